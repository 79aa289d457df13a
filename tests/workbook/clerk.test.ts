// The clerk's 个人工作日志: rows per working day, the person's own dropdowns, protection,
// task statuses by formula equal to the TypeScript ones (and to LibreOffice's recalculation).

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Calendar } from "../../src/domain/calendar";
import { sampleMonth } from "../../src/domain/defaultOffice";
import { buildClerkWorkbook } from "../../src/workbook/clerk/build";
import { resolveRules } from "../../src/domain/rules";
import { CLERK_FONT_SIZE } from "../../src/workbook/clerk/build";
import { CLERK_SHEET, DUTY_PICK_HEADER } from "../../src/workbook/clerk/sheets";
import { dutyCodeOf, dutyLabel, shortContent } from "../../src/workbook/dutyPick";
import { functionNames, ALLOWED_FUNCTIONS } from "../../src/workbook/functions";
import {
  isFormulaCell,
  modelProblems,
  type SheetModel,
  type WorkbookModel,
} from "../../src/workbook/model";
import { writeXlsx } from "../../src/xlsx/writer";
import { clerkMonth, findRow, loadBook, saveBook, setCells, utc } from "../fixtures/clerk";
import { compareFormulaCells, recalc } from "../support/libreoffice";

const sheet = (m: WorkbookModel, name: string): SheetModel =>
  m.sheets.find((s) => s.name === name)!;

/** Values of one column of a table sheet (header in row 1), data rows only, as written. */
function column(s: SheetModel, header: string): unknown[] {
  const cells = s.blocks[0].cells;
  const k = (cells[0] as unknown[]).indexOf(header);
  return cells.slice(1).map((r) => r[k]);
}

describe("个人工作日志: 工作日志 rows", () => {
  test("a full-month person gets one ready row per working day of October 2026: 18", () => {
    const ds = sampleMonth();
    ds.logs = [];
    const m = buildClerkWorkbook(ds, "刘晓燕", { spareLogRows: 5 });
    const dates = column(sheet(m, CLERK_SHEET.logs), "日期").filter((d) => d !== null) as {
      date: string;
    }[];
    // 10-01…10-07 National Day; 10-08, 10-09, Sat 10-10 (make-up), then 4 weeks minus the first: 3 + 3 × 5 = 18
    expect(dates.map((d) => d.date)).toEqual([
      "2026-10-08",
      "2026-10-09",
      "2026-10-10",
      "2026-10-12",
      "2026-10-13",
      "2026-10-14",
      "2026-10-15",
      "2026-10-16",
      "2026-10-19",
      "2026-10-20",
      "2026-10-21",
      "2026-10-22",
      "2026-10-23",
      "2026-10-26",
      "2026-10-27",
      "2026-10-28",
      "2026-10-29",
      "2026-10-30",
    ]);
    expect(new Calendar().workdays("2026-10-01", "2026-10-31")).toHaveLength(18);
    // 18 ready rows + 5 spare, 姓名 on every one
    expect(column(sheet(m, CLERK_SHEET.logs), "姓名")).toEqual(Array(23).fill("刘晓燕"));
  });

  test("星期 names the day and marks the make-up Saturday 10-10 调休上班", () => {
    const ds = sampleMonth();
    ds.logs = [];
    const m = buildClerkWorkbook(ds, "刘晓燕", { spareLogRows: 1 });
    const days = column(sheet(m, CLERK_SHEET.logs), "星期").map((c) =>
      isFormulaCell(c) ? c.result : c
    );
    expect(days.slice(0, 4)).toEqual(["星期四", "星期五", "星期六（调休上班）", "星期一"]);
    expect(days[days.length - 1]).toBe(""); // the spare row shows nothing until a date is typed
  });

  test("韩立新 starts on 10-19: 10 rows (10-19…10-23, 10-26…10-30)", () => {
    const ds = sampleMonth();
    ds.logs = [];
    const m = buildClerkWorkbook(ds, "韩立新", { spareLogRows: 0 });
    const dates = (column(sheet(m, CLERK_SHEET.logs), "日期") as { date: string }[]).map(
      (d) => d.date
    );
    expect(dates).toHaveLength(10);
    expect(dates[0]).toBe("2026-10-19");
    expect(dates[9]).toBe("2026-10-30");
  });

  test("existing entries are kept in date order; days without an entry get a ready row", () => {
    const ds = clerkMonth(); // 刘晓燕's logs up to 10-23 kept, 10-26…10-30 removed
    const own = ds.logs.filter((l) => l.person === "刘晓燕");
    const m = buildClerkWorkbook(ds, "刘晓燕", { spareLogRows: 0 });
    const s = sheet(m, CLERK_SHEET.logs);
    const contents = column(s, "工作内容");
    // every existing entry once, plus 5 ready rows (10-26…10-30, no content)
    expect(contents.filter((c) => c !== null).sort()).toEqual(own.map((l) => l.content).sort());
    expect(contents.length).toBe(own.length + 5);
    const dates = (column(s, "日期") as { date: string }[]).map((d) => d.date);
    expect([...dates].sort()).toEqual(dates);
  });
});

describe("个人工作日志: dropdowns, protection, formulas", () => {
  const ds = clerkMonth();
  const m = buildClerkWorkbook(ds, "刘晓燕");

  test("the 职责编码 dropdown lists the person's post's duties, code and content (秘书: 10 duties)", () => {
    const duties = sheet(m, CLERK_SHEET.duties);
    const mine = ds.duties.filter((d) => d.post === "秘书");
    expect(mine).toHaveLength(10);
    expect(column(duties, "编码")).toEqual(mine.map((d) => d.code));
    // the picker items: hidden column I of 我的职责, e.g. "MS-05 收集编写本局工作动态信息"
    const items = column(duties, DUTY_PICK_HEADER) as string[];
    expect(items).toEqual(mine.map((d) => `${d.code} ${shortContent(d.content)}`));
    expect(items).toContain("MS-05 收集编写本局工作动态信息");
    for (const [i, d] of mine.entries())
      expect(d.content.startsWith(items[i].slice(6).replace(/…$/, ""))).toBe(true);
    expect(duties.hiddenColumns).toEqual([9]);
    // as an inline list the 档案员's 15 would pass Excel's 255 characters: the rule points at a range
    const archivist = ds.duties.filter((d) => d.post === "档案员").map((d) => dutyLabel(d));
    expect(archivist.join(",").length).toBeGreaterThan(255);
    for (const name of [CLERK_SHEET.logs, CLERK_SHEET.weeklyPlans, CLERK_SHEET.selfCheck]) {
      const v = sheet(m, name).validations.find(
        (x) =>
          x.rule.type === "list" && "source" in x.rule && x.rule.source.includes(CLERK_SHEET.duties)
      );
      expect(v && "source" in v.rule ? v.rule.source : "").toBe("'我的职责'!$I$2:$I$11");
      // a bare code typed by hand is kept (warning), since the readers accept it
      expect(v?.rule.errorStyle).toBe("warning");
    }
    expect(modelProblems(m)).toEqual([]);
  });

  test("entries already collected show their duty as a picker item; the code alone is read back", () => {
    const logs = sheet(m, CLERK_SHEET.logs);
    const filled = column(logs, "职责编码").filter((c) => c !== null) as string[];
    expect(filled.length).toBeGreaterThan(0);
    for (const c of filled) expect(c).toMatch(/^MS-\d\d \S+/);
    expect(dutyCodeOf("MS-05 收集编写本局工作动态信息")).toBe("MS-05");
    expect(dutyCodeOf(" MS-05\u3000收集 ")).toBe("MS-05");
    expect(dutyCodeOf("MS-05")).toBe("MS-05");
  });

  test("扣分标准 has a sheet of its own (beside the duties it shared their row heights)", () => {
    const duties = sheet(m, CLERK_SHEET.duties);
    expect(duties.blocks).toHaveLength(1);
    const std = sheet(m, CLERK_SHEET.standards);
    expect(column(std, "代码")).toEqual(
      resolveRules(ds.rules).deductionStandards.map((x) => x.code)
    );
    const v = sheet(m, CLERK_SHEET.selfCheck).validations.find(
      (x) => x.rule.type === "list" && "source" in x.rule && x.rule.source.includes("扣分标准")
    );
    expect(v && "source" in v.rule ? v.rule.source : "").toMatch(/^'扣分标准'!\$A\$2:\$A\$\d+$/);
  });

  test("text is 12 pt: every table's headers and body, and 说明", () => {
    for (const s of m.sheets.filter((x) => !x.hidden)) {
      const sizes = s.formats.map((f) => f.style.font?.size).filter((x) => x !== undefined);
      expect([s.name, sizes.length > 0, sizes.every((x) => x === CLERK_FONT_SIZE)]).toEqual([
        s.name,
        true,
        true,
      ]);
    }
    expect(CLERK_FONT_SIZE).toBe(12);
  });

  test("print areas end at the rows in use: ready log rows, prepared weeks, entries; never the spare rows", () => {
    const area = (name: string) => sheet(m, name).print?.printArea;
    const logs = sheet(m, CLERK_SHEET.logs);
    const dated = column(logs, "日期").filter((d) => d !== null).length;
    expect(column(logs, "日期").length).toBeGreaterThan(dated); // spare rows exist
    expect(area(CLERK_SHEET.logs)).toBe(`A1:I${1 + dated}`); // 日期 … 自查, not 行标识
    const plans = sheet(m, CLERK_SHEET.weeklyPlans);
    const weeks = column(plans, "周起始").filter((d) => d !== null).length;
    expect(area(CLERK_SHEET.weeklyPlans)).toBe(`A1:E${1 + weeks}`);
    expect(area(CLERK_SHEET.duties)).toBe("A1:H11");
    const own = ds.tasks.filter((t) => t.owner === "刘晓燕").length;
    expect(area(CLERK_SHEET.tasks)).toBe(`A1:K${Math.max(2, 1 + own)}`);
    // 自查: the table and, beside it, 登记情况 (live), so even an empty 自查 prints a sentence
    expect(area(CLERK_SHEET.selfCheck)).toMatch(/^A1:H\d+$/);
    const note = sheet(m, CLERK_SHEET.selfCheck).blocks.find((b) => b.origin === "H1")!;
    expect(isFormulaCell(note.cells[1][0]) && note.cells[1][0].result).toMatch(
      /^本月(尚未|已)登记自查问题/
    );
  });

  test("说明 names the person and month, with the four status colours as a legend", () => {
    const s = sheet(m, CLERK_SHEET.readme);
    const cells = s.blocks.flatMap((b) =>
      b.cells.map((row, r) => ({ row: Number(b.origin.slice(1)) + r, values: row }))
    );
    const rowOf = (text: string) => cells.find((c) => c.values[0] === text)!.row;
    expect(cells.find((c) => c.values[0] === "姓名")!.values[1]).toBe("刘晓燕");
    expect(cells.find((c) => c.values[0] === "考核月份")!.values[1]).toBe("2026-10");
    const fillOf = (row: number) =>
      s.formats.filter((f) => f.range === `A${row}` && f.style.fill).map((f) => f.style.fill);
    expect(fillOf(rowOf("逾期未完成"))).toEqual(["FFC7CE"]);
    expect(fillOf(rowOf("逾期完成"))).toEqual(["F8CBAD"]);
    expect(fillOf(rowOf("按时完成"))).toEqual(["C6EFCE"]);
    expect(fillOf(rowOf("状态颜色"))).toEqual([]);
  });

  test("every sheet protected without password; inputs unlocked, the rest locked (as written)", async () => {
    const wb = await loadBook(await writeXlsx(m));
    for (const ws of wb.worksheets) {
      expect(
        (ws as unknown as { sheetProtection?: { sheet?: boolean; algorithmName?: string } })
          .sheetProtection?.sheet
      ).toBe(true);
      expect(
        (ws as unknown as { sheetProtection?: { algorithmName?: string } }).sheetProtection
          ?.algorithmName
      ).toBeUndefined();
    }
    const logs = wb.getWorksheet(CLERK_SHEET.logs)!;
    expect(logs.getCell("A2").protection?.locked).toBe(false); // 日期
    expect(logs.getCell("E2").protection?.locked).toBe(false); // 工作内容
    expect(logs.getCell("C2").protection?.locked ?? true).toBe(true); // 姓名
    expect(logs.getCell("B2").protection?.locked ?? true).toBe(true); // 星期 (formula)
    const tasks = wb.getWorksheet(CLERK_SHEET.tasks)!;
    expect(tasks.getCell("G2").protection?.locked).toBe(false); // 完成日期
    expect(tasks.getCell("H2").protection?.locked).toBe(false); // 回报日期
    expect(tasks.getCell("F2").protection?.locked ?? true).toBe(true); // 应完成日
    expect(tasks.getCell("I2").protection?.locked ?? true).toBe(true); // 状态 (formula)
    expect(wb.getWorksheet(CLERK_SHEET.calendar)!.state).toBe("hidden");
  });

  test("task statuses: cached values are the TypeScript rules at 基准日 2026-10-21", () => {
    const s = sheet(m, CLERK_SHEET.tasks);
    const ids = column(s, "编号");
    const status = column(s, "状态").map((c) => (isFormulaCell(c) ? c.result : c));
    const report = column(s, "回报情况").map((c) => (isFormulaCell(c) ? c.result : c));
    const by = (id: string) => ids.indexOf(id);
    // 2026-10-001: due 10-09, completed 10-09 → 按时完成; reported 10-10 (make-up Saturday): wd = 1 → 及时回报
    expect([status[by("2026-10-001")], report[by("2026-10-001")]]).toEqual([
      "按时完成",
      "及时回报",
    ]);
    // 2026-10-019: completed 10-22 is after A → open; due 10-23: wd(10-21, 10-23) = 2 → 临期
    expect(status[by("2026-10-019")]).toBe("临期");
    expect(status[by("T-A")]).toBe("逾期未完成");
    expect(status[by("T-B")]).toBe("临期");
    expect(status[by("T-C")]).toBe("进行中");
    expect([status[by("T-D")], report[by("T-D")]]).toEqual(["逾期完成", "未及时回报"]);
    expect(column(s, "应完成日")[by("T-D")]).toEqual({ date: "2026-10-13" });
    expect(status[by("T-E")]).toBe("临期");
    // conditional formats colour the four statuses
    expect(s.conditionalFormats.map((c) => c.formula)).toEqual(
      expect.arrayContaining(['$I2="逾期未完成"', '$I2="临期"', '$I2="逾期完成"', '$I2="按时完成"'])
    );
  });

  test("formulas use only allowed functions", () => {
    for (const s of m.sheets)
      for (const b of s.blocks)
        for (const row of b.cells)
          for (const c of row)
            if (isFormulaCell(c))
              for (const f of functionNames(c.formula)) expect(ALLOWED_FUNCTIONS.has(f)).toBe(true);
  });

  test("LibreOffice's recalculation reproduces every cached value (every person of the roster)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gangze-clerk-"));
    const files: string[] = [];
    for (const person of ds.staff.map((s) => s.name)) {
      const f = path.join(dir, `${person}.xlsx`);
      fs.writeFileSync(f, await writeXlsx(buildClerkWorkbook(ds, person)));
      files.push(f);
    }
    const out = await recalc(files);
    let statuses = 0;
    for (const f of files) {
      expect(await compareFormulaCells(f, out.get(f)!)).toEqual([]);
      statuses +=
        (await loadBook(new Uint8Array(fs.readFileSync(f)))).getWorksheet(CLERK_SHEET.tasks)!
          .rowCount - 1;
    }
    // every task of the month is someone's: 29 of the sample + 5 added = 34 rows compared
    expect(statuses).toBe(ds.tasks.length);
    expect(ds.tasks.length).toBe(34);
  }, 180_000);
});

describe("个人工作日志 without the add-in", () => {
  test("dates a clerk types change the status when the workbook recalculates (LibreOffice)", async () => {
    const ds = clerkMonth();
    const wb = await loadBook(await writeXlsx(buildClerkWorkbook(ds, "刘晓燕")));
    const tasks = wb.getWorksheet(CLERK_SHEET.tasks)!;
    // T-C due 10-30, completed 10-20 ≤ A (10-21) and ≤ due → 按时完成; reported 10-21: wd(10-20, 10-21) = 1 → 及时回报
    setCells(tasks, findRow(tasks, "编号", "T-C"), {
      完成日期: utc("2026-10-20"),
      回报日期: utc("2026-10-21"),
    });
    // T-A due 10-20, completed 10-21 > due → 逾期完成; not reported → 未回报
    setCells(tasks, findRow(tasks, "编号", "T-A"), { 完成日期: utc("2026-10-21") });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gangze-clerk-"));
    const f = path.join(dir, "filled.xlsx");
    fs.writeFileSync(f, await saveBook(wb));
    const out = (await recalc([f])).get(f)!;
    const again = (await loadBook(new Uint8Array(fs.readFileSync(out)))).getWorksheet(
      CLERK_SHEET.tasks
    )!;
    const at = (id: string, col: string) => {
      const v = again.getCell(`${col}${findRow(again, "编号", id)}`).value as
        { result?: unknown } | string;
      return typeof v === "object" && v !== null ? v.result : v;
    };
    expect([at("T-C", "I"), at("T-C", "J")]).toEqual(["按时完成", "及时回报"]);
    expect([at("T-A", "I"), at("T-A", "J")]).toEqual(["逾期完成", "未回报"]);
    // untouched rows keep their status: T-B 临期
    expect(at("T-B", "I")).toBe("临期");
  }, 60_000);
});

describe("个人工作日志: refusals", () => {
  test("a person not on the roster", () => {
    expect(() => buildClerkWorkbook(sampleMonth(), "无此人")).toThrow("人员表中没有“无此人”");
  });
});

describe("个人工作日志 of a provisional (暂定) month", () => {
  const texts = (s: SheetModel) =>
    s.blocks.flatMap((b) => b.cells.flat()).filter((c): c is string => typeof c === "string");

  test("January 2027 before the notice: rows on the provisional working days, marked 暂定", () => {
    const ds = sampleMonth();
    ds.month = "2027-01";
    ds.asOf = "2027-01-31";
    ds.tasks = [];
    const wb = buildClerkWorkbook(ds, "刘晓燕");
    const readme = wb.sheets.find((s) => s.name === CLERK_SHEET.readme)!;
    expect(texts(readme).some((t) => t.includes("日历暂定：2027 年"))).toBe(true);
    const logs = wb.sheets.find((s) => s.name === CLERK_SHEET.logs)!;
    const dates = column(logs, "日期").filter((v) => v !== null);
    expect(dates).not.toContainEqual({ date: "2027-01-01" }); // 元旦, statutory
    expect(dates).toContainEqual({ date: "2027-01-04" });
  });

  test("the imported notice makes it final: no 暂定 line", () => {
    const ds = sampleMonth();
    ds.month = "2027-01";
    ds.asOf = "2027-01-31";
    ds.tasks = [];
    ds.calendar = {
      restDays: [],
      workDays: [],
      notices: [{ year: 2027, holidays: ["2027-01-01"], workdays: [] }],
    };
    const readme = buildClerkWorkbook(ds, "刘晓燕").sheets.find(
      (s) => s.name === CLERK_SHEET.readme
    )!;
    expect(texts(readme).some((t) => t.includes("暂定"))).toBe(false);
  });
});
