// Reading a month workbook back into a dataset: round trip, columns by header text, values as
// people type them, and where every record came from.

import { checkDataset, withoutErrors } from "../../src/domain/checks";
import { sampleMonth } from "../../src/domain/defaultOffice";
import { isoToExcelSerial } from "../../src/domain/dates";
import type { Dataset } from "../../src/domain/types";
import { cellIssuesAsEntryIssues, combineIssues } from "../../src/workbook/read/issues";
import { buildMonthWorkbook } from "../../src/workbook/month";
import { readMonthWorkbook } from "../../src/xlsx/readWorkbooks";
import { HEADERS, MONTH_SHEETS } from "../../src/workbook/sheets";
import { writeXlsx } from "../../src/xlsx/writer";
import {
  columnsOf,
  findRow,
  loadBook,
  replaceSheet,
  saveBook,
  setCells,
  sheetValues,
  utc,
} from "../fixtures/clerk";
import { buildTestMonthWorkbook } from "../fixtures/monthWorkbook";

const FILE = "2026-10 月度考核.xlsx";
const written = (ds: Dataset) => writeXlsx(buildTestMonthWorkbook(ds));

describe("round trip", () => {
  test("sampleMonth() written and read back is the same dataset, with no issue", async () => {
    const ds = sampleMonth();
    const r = await readMonthWorkbook(await written(ds), FILE);
    expect(r.issues).toEqual([]);
    expect(r.dataset).toEqual(ds);
  });

  test("rules that differ from the defaults, and the office's own calendar days, come back", async () => {
    const ds = sampleMonth();
    ds.rules = {
      warnDays: 3,
      missingLogPerDay: 0.5,
      vetoGrade: "合格",
      grades: [
        { grade: "优秀", min: 95, money: 500 },
        { grade: "良好", min: 80, money: 100 },
        { grade: "合格", min: 60, money: 0 },
        { grade: "不合格", min: 0, money: -200 },
      ],
    };
    // Fri 10-30 an extra rest day, Sat 10-31 an extra duty day
    ds.calendar = { restDays: ["2026-10-30"], workDays: ["2026-10-31"] };
    const r = await readMonthWorkbook(await written(ds), FILE);
    expect(r.dataset.rules).toEqual(ds.rules);
    expect(r.dataset.calendar).toEqual(ds.calendar);
  });

  test("a year without State Council data is complete only when 日历's year table says 完整", async () => {
    const ds = sampleMonth();
    ds.month = "2027-01";
    ds.asOf = "2027-01-29";
    ds.logs = [];
    ds.weeklyPlans = [];
    ds.findings = [];
    ds.bonuses = [];
    ds.tasks = [];
    // 2027-01-01 is a Friday (holiday); Sat 2027-01-09 a duty day
    ds.calendar = { restDays: ["2027-01-01"], workDays: ["2027-01-09"], years: [2027] };
    // the real writer declares 2027 完整 in the year table: it comes back complete
    const real = await readMonthWorkbook(await writeXlsx(buildMonthWorkbook(ds)), FILE);
    expect(real.dataset.calendar).toEqual(ds.calendar);
    // typed rows without the declaration (a sheet without the year table): 2027 stays
    // provisional, and only the rows that differ from the provisional days are the office's
    const typed = await readMonthWorkbook(await written(ds), FILE);
    expect(typed.dataset.calendar).toEqual({ restDays: [], workDays: ["2027-01-09"] });
  });
});

describe("round trip through the month workbook writer (src/workbook/month)", () => {
  const real = (ds: Dataset) => writeXlsx(buildMonthWorkbook(ds));

  test("sampleMonth(): the same dataset, no issue", async () => {
    const ds = sampleMonth();
    const r = await readMonthWorkbook(await real(ds), FILE);
    expect(r.issues).toEqual([]);
    expect(r.dataset).toEqual(ds);
  });

  test("a month of a year the office entered itself (2027)", async () => {
    const ds = sampleMonth();
    ds.month = "2027-01";
    ds.asOf = "2027-01-29";
    for (const k of ["logs", "weeklyPlans", "findings", "bonuses", "tasks"] as const) ds[k] = [];
    // Fri 2027-01-01 a holiday, Sat 2027-01-09 a duty day
    ds.calendar = { restDays: ["2027-01-01"], workDays: ["2027-01-09"], years: [2027] };
    const r = await readMonthWorkbook(await real(ds), FILE);
    expect(r.dataset.calendar).toEqual(ds.calendar);
    expect(r.dataset).toEqual(ds);
  });

  test("changed rules and office calendar days", async () => {
    const ds = sampleMonth();
    ds.rules = {
      lateReport: 1,
      bonusCap: 3,
      deductionStandards: [{ code: "K01", problem: "公文差错", points: 2 }],
    };
    ds.calendar = { restDays: ["2026-10-30"], workDays: ["2026-10-31"] };
    const r = await readMonthWorkbook(await real(ds), FILE);
    expect(r.dataset.rules).toEqual(ds.rules);
    expect(r.dataset.calendar).toEqual(ds.calendar);
    expect(r.issues).toEqual([]);
  });

  test("locate: task 6's 完成日期 is 交办事项!I7", async () => {
    const ds = sampleMonth();
    const r = await readMonthWorkbook(await real(ds), FILE);
    // 完成日期 is the 9th header (I); record index 5 is the 6th data row = sheet row 7
    expect(
      r.locate({
        severity: "error",
        code: "x",
        collection: "tasks",
        index: 5,
        field: "completed",
        message: "",
        fix: "",
      })
    ).toEqual({ sheet: "交办事项", cell: "I7" });
  });
});

describe("columns found by header text", () => {
  test("reordered, inserted and extra columns, title rows and blank rows break nothing", async () => {
    const ds = sampleMonth();
    const wb = await loadBook(await written(ds));
    // 交办事项: columns reversed, an extra column in front, two blank rows among the data
    const tasks = sheetValues(wb.getWorksheet(MONTH_SHEETS.tasks)!);
    const reordered = tasks.map((row, i) => [i === 0 ? "领导批示" : "阅", ...[...row].reverse()]);
    reordered.splice(5, 0, [], Array(reordered[0].length).fill(null));
    // and a header retyped with full-width brackets, as a Chinese IME writes them
    reordered[0] = reordered[0].map((h) => (h === "时限(工作日)" ? "时限（工作日）" : h));
    replaceSheet(wb, MONTH_SHEETS.tasks, reordered);
    // 工作日志: a title row above the header, and a helper column inserted after 日期
    const logs = sheetValues(wb.getWorksheet(MONTH_SHEETS.logs)!);
    const withHelper = logs.map((row, i) => [
      row[0],
      i === 0 ? "辅助列" : { formula: `A${i + 2}+1`, result: 1 },
      ...row.slice(1),
    ]);
    replaceSheet(wb, MONTH_SHEETS.logs, [["2026年10月工作日志（日清日结）"], ...withHelper]);
    // 人员: headers typed with spaces and a line break
    const staff = wb.getWorksheet(MONTH_SHEETS.staff)!;
    staff.getCell("A1").value = "姓 名";
    staff.getCell("C1").value = "起算\n日期";
    const r = await readMonthWorkbook(await saveBook(wb), FILE);
    expect(r.issues).toEqual([]);
    expect(r.dataset).toEqual(ds);
    // locate follows the moved columns: 完成日期 is header 9 of 17; reversed it is 17 − 9 + 1 = 9th,
    // after the extra column the 10th (J)
    expect(columnsOf(wb.getWorksheet(MONTH_SHEETS.tasks)!)["完成日期"]).toBe(10);
    expect(
      r.locate({
        severity: "error",
        code: "x",
        collection: "tasks",
        index: 0,
        field: "completed",
        message: "",
        fix: "",
      })
    ).toEqual({ sheet: "交办事项", cell: "J2" });
    // records 0–3 in rows 2–5, two blank rows (6, 7), so record 4 sits in row 8
    expect(
      r.locate({
        severity: "error",
        code: "x",
        collection: "tasks",
        index: 4,
        field: "completed",
        message: "",
        fix: "",
      })
    ).toEqual({ sheet: "交办事项", cell: "J8" });
    // logs: header in row 2 now, record 0 in row 3, 工作内容 moved from D to E
    expect(
      r.locate({
        severity: "error",
        code: "x",
        collection: "logs",
        index: 0,
        field: "content",
        message: "",
        fix: "",
      })
    ).toEqual({ sheet: "工作日志", cell: "E3" });
  });
});

describe("values as people type them", () => {
  async function logsWith(values: { date?: unknown; points?: unknown }[]): Promise<Uint8Array> {
    const ds = sampleMonth();
    const wb = await loadBook(await written(ds));
    const logs = wb.getWorksheet(MONTH_SHEETS.logs)!;
    values.forEach((v, i) => {
      if (v.date !== undefined) logs.getRow(2 + i).getCell(1).value = v.date as string;
    });
    return saveBook(wb);
  }

  test("dates typed every way read as 2026-10-09; text ones with a warning naming the cell", async () => {
    const typed = [
      "2026-10-09",
      "2026/10/9",
      "2026.10.9",
      "10月9日",
      "2026年10月9日",
      "２０２６－１０－０９",
      "20261009",
      " 2026/10/09 ",
    ];
    const bytes = await logsWith([
      ...typed.map((date) => ({ date })),
      { date: isoToExcelSerial("2026-10-09") },
    ]);
    const r = await readMonthWorkbook(bytes, FILE);
    expect(r.dataset.logs.slice(0, typed.length + 1).map((l) => l.date)).toEqual(
      Array(typed.length + 1).fill("2026-10-09")
    );
    const warnings = r.issues.filter((i) => i.code === "text-date");
    // one per text; the serial number (a real Excel date without date format) is not a warning
    expect(warnings.map((w) => w.cell)).toEqual(typed.map((_, i) => `A${2 + i}`));
    expect(warnings[3].message).toBe(
      `文件 ${FILE}，工作日志!A5：日期“10月9日”是文本，已按日期 2026-10-09 读取；表中公式不会把文本当作日期`
    );
  });

  test("a date that is not a date: an error at its cell, the text kept, the record not scored", async () => {
    const r = await readMonthWorkbook(await logsWith([{}, { date: "10月32日" }]), FILE);
    const issue = r.issues.find((i) => i.code === "invalid-date")!;
    expect(issue).toMatchObject({
      severity: "error",
      sheet: "工作日志",
      cell: "A3",
      collection: "logs",
      index: 1,
      field: "date",
    });
    expect(issue.message).toBe(
      `文件 ${FILE}，工作日志!A3：日期“10月32日”不是有效日期，请写成 2026-11-03 这样的日期`
    );
    expect(r.dataset.logs[1].date).toBe("10月32日");
    // the entry check sees the same cell: combined, it is said once
    const entry = checkDataset(r.dataset);
    expect(
      entry.some((e) => e.collection === "logs" && e.index === 1 && e.code === "invalid-date")
    ).toBe(true);
    const all = combineIssues(FILE, r.issues, entry, r.locate);
    expect(
      all.filter((i) => i.sheet === "工作日志" && i.cell === "A3" && i.severity === "error")
    ).toHaveLength(1);
    expect(
      withoutErrors(r.dataset, [...entry, ...cellIssuesAsEntryIssues(r.issues)]).logs
    ).toHaveLength(r.dataset.logs.length - 1);
  });

  test("numbers: numeric text (full-width too) read with a warning; other text an error", async () => {
    const ds = sampleMonth();
    const wb = await loadBook(await written(ds));
    const f = wb.getWorksheet(MONTH_SHEETS.findings)!;
    setCells(f, 2, { 扣分: "２" });
    setCells(f, 3, { 扣分: " 1.5 " });
    setCells(f, 4, { 扣分: "两分" });
    const r = await readMonthWorkbook(await saveBook(wb), FILE);
    expect(r.dataset.findings.slice(0, 3).map((x) => x.points)).toEqual([2, 1.5, "两分"]);
    const col = String.fromCharCode(64 + columnsOf(f)["扣分"]);
    expect(r.issues.map((i) => [i.code, i.cell])).toEqual([
      ["text-number", `${col}2`],
      ["text-number", `${col}3`],
      ["not-a-number", `${col}4`],
    ]);
    expect(r.issues[2].message).toBe(`文件 ${FILE}，检查记录!${col}4：扣分“两分”不是数字`);
  });

  test("yes/no written as 是/否/Y/N/√/×/TRUE/1, blank = 否; anything else an error", async () => {
    const ds = sampleMonth();
    const wb = await loadBook(await written(ds));
    const f = wb.getWorksheet(MONTH_SHEETS.findings)!;
    const words: [unknown, boolean | string][] = [
      ["Y", true],
      ["√", true],
      [true, true],
      ["１", true],
      ["N", false],
      ["×", false],
      [null, false],
      ["待定", "待定"],
    ];
    words.forEach(([w], i) => setCells(f, 2 + i, { 已整改: w as string }));
    const r = await readMonthWorkbook(await saveBook(wb), FILE);
    expect(r.dataset.findings.slice(0, words.length).map((x) => x.rectified)).toEqual(
      words.map(([, b]) => b)
    );
    expect(r.issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual([
      "invalid-yes-no",
    ]);
  });

  test("text starting with = + - @ is data, never a formula", async () => {
    const ds = sampleMonth();
    const texts = [
      "=SUM(A1:A3)",
      "+86 0371 1234",
      "-",
      "@张三 请审核",
      '=HYPERLINK("http://x","y")',
    ];
    texts.forEach((t, i) => (ds.logs[i].content = t));
    const r = await readMonthWorkbook(await written(ds), FILE);
    expect(r.dataset.logs.slice(0, texts.length).map((l) => l.content)).toEqual(texts);
    expect(r.issues).toEqual([]);
  });

  test("a formula typed into an input cell is reported and not read; HYPERLINK too", async () => {
    const ds = sampleMonth();
    const wb = await loadBook(await written(ds));
    const t = wb.getWorksheet(MONTH_SHEETS.tasks)!;
    const row = findRow(t, "编号", ds.tasks[5].id);
    setCells(t, row, {
      完成日期: { formula: "TODAY()", result: utc("2026-10-20") },
      事项: { formula: 'HYPERLINK("file:///c:/a.docx","通知")', result: "通知" },
    });
    const r = await readMonthWorkbook(await saveBook(wb), FILE);
    const cols = columnsOf(t);
    const at = (h: string) => `${String.fromCharCode(64 + cols[h])}${row}`;
    expect(r.issues.map((i) => [i.code, i.cell, i.severity])).toEqual([
      ["formula-in-input", at("事项"), "error"],
      ["formula-in-input", at("完成日期"), "error"],
    ]);
    expect(r.issues[1].message).toBe(
      `文件 ${FILE}，交办事项!${at("完成日期")}：完成日期栏填的是公式“=TODAY()”，录入栏只能直接填写内容，公式不计算也不读取`
    );
    expect(r.dataset.tasks[5].completed).toBeUndefined();
    expect(r.dataset.tasks[5].title).toBeUndefined();
    // the task is kept out of scoring
    const scored = withoutErrors(r.dataset, cellIssuesAsEntryIssues(r.issues));
    expect(scored.tasks.map((x) => x.id)).not.toContain(ds.tasks[5].id);
  });
});

describe("locate", () => {
  test("entry issues of checkDataset point at the record's cell", async () => {
    const ds = sampleMonth();
    ds.tasks[5].owner = "无此人";
    const r = await readMonthWorkbook(await written(ds), FILE);
    const issue = checkDataset(r.dataset).find((i) => i.code === "unknown-person")!;
    // 责任人 is the 5th header of 交办事项 (E); record 5 is sheet row 7
    expect(HEADERS.tasks.indexOf("责任人")).toBe(4);
    expect(r.locate(issue)).toEqual({ sheet: "交办事项", cell: "E7" });
    const head = r.locate({
      severity: "error",
      code: "x",
      collection: "dataset",
      index: -1,
      field: "asOf",
      message: "",
      fix: "",
    });
    // 说明 row 4 = 基准日 (项目/内容 header, 单位, 考核月份, 基准日)
    expect(head).toEqual({ sheet: "说明", cell: "B4" });
    expect(
      r.locate({
        severity: "error",
        code: "x",
        collection: "posts",
        index: 1,
        field: "name",
        message: "",
        fix: "",
      })!.sheet
    ).toBe("岗位职责");
  });

  test("without 日历 and 考核标准: defaults, with a warning each", async () => {
    const wb = await loadBook(await written(sampleMonth()));
    wb.removeWorksheet(wb.getWorksheet(MONTH_SHEETS.calendar)!.id);
    wb.removeWorksheet(wb.getWorksheet(MONTH_SHEETS.rules)!.id);
    const r = await readMonthWorkbook(await saveBook(wb), FILE);
    expect(r.issues.map((i) => [i.code, i.severity, i.sheet])).toEqual([
      ["missing-sheet", "warning", "日历"],
      ["missing-sheet", "warning", "考核标准"],
    ]);
    expect(r.dataset.rules).toBeUndefined();
    expect(r.dataset.calendar).toEqual({ restDays: [], workDays: [] });
  });
});
