// The pane's actions over the office's own files (issue 11 item 5, issue 9 item 4), in both hosts:
// 年度 from picked month workbooks gives what `gangze year` gives (same rules, same workbook);
// verification of a received workbook finds a typed-over result at its cell, as `gangze verify`
// does; a month generated from a handbook and a roster file; clerk log workbooks for chosen
// people, a person added mid-month included.

import ExcelJS from "exceljs";
import type * as ExcelJSTypes from "exceljs";
import { createApp } from "../../src/app";
import type { FileBytes } from "../../src/app/actions";
import { checkDataset, withoutErrors } from "../../src/domain/checks";
import { sampleMonth } from "../../src/domain/defaultOffice";
import { resolveRules } from "../../src/domain/rules";
import type { Dataset } from "../../src/domain/types";
import { assessYear, monthScoresOf } from "../../src/domain/year";
import { createBrowserHost } from "../../src/office/browserHost";
import { createExcelHost } from "../../src/office/excelHost";
import { buildHandbook } from "../../src/workbook/handbook";
import { buildMonthWorkbook } from "../../src/workbook/month";
import { findTable } from "../../src/workbook/read/table";
import { YEAR_SHEETS } from "../../src/workbook/year";
import { readClerkWorkbook, readMonthWorkbook } from "../../src/xlsx/readWorkbooks";
import { readXlsx } from "../../src/xlsx/reader";
import { verifyBytes } from "../../src/xlsx/verify";
import { writeXlsx } from "../../src/xlsx/writer";
import { syntheticMonths } from "../../bench/yearData";
import { installFake, uninstallFake } from "./officeHelpers";

afterEach(uninstallFake);

const browser = (locale = "zh-CN") =>
  createApp(createBrowserHost(locale), { today: () => "2026-11-05" });
const excel = () => createApp(createExcelHost("zh-CN"), { today: () => "2026-11-05" });

const months = syntheticMonths(4);
let monthFiles: FileBytes[] = [];

async function saveBook(wb: ExcelJSTypes.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function loadBook(bytes: Uint8Array): Promise<ExcelJSTypes.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJSTypes.Buffer);
  return wb;
}

beforeAll(async () => {
  monthFiles = await Promise.all(
    months.map(async (ds) => ({
      name: `${ds.month}.xlsx`,
      bytes: await writeXlsx(buildMonthWorkbook(ds)),
    }))
  );
}, 120000);

describe("年度", () => {
  test("the months picked in any order give the rules' year and the workbook gangze year writes", async () => {
    const picked = [monthFiles[5], monthFiles[0], monthFiles[3], monthFiles[1]];
    const y = await browser().year(picked, {});
    const expected = assessYear(
      [0, 1, 3, 5].map((i) => monthScoresOf(withoutErrors(months[i], checkDataset(months[i])))),
      resolveRules()
    );
    expect(y.year).toBe(2026);
    expect(y.months).toEqual(["2026-01", "2026-02", "2026-04", "2026-06"]);
    expect(y.missingMonths).toEqual(["2026-03", "2026-05"]);
    expect(y.people.map((p) => [p.name, p.score, p.grade, p.rank, p.money])).toEqual(
      expected.people.map((p) => [p.name, p.score, p.grade, p.rank, p.money])
    );
    // the joiner (2026-06-10) was scored in June only; the others miss March and May
    const joiner = y.people[y.people.length - 1];
    expect(joiner.months.map((m) => m.month)).toEqual(["2026-06"]);
    expect(joiner.missing).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"]);
    expect(y.message).toContain("缺少 3月、5月 的工作簿");
    expect(y.file.name).toBe(`${months[0].office}-2026-年度考核.xlsx`);
    const book = await readXlsx(y.file.bytes, y.file.name);
    const t = findTable(book, YEAR_SHEETS.annual, ["姓名", "年度得分", "等级", "名次"]);
    expect(t.rows.map((r) => r.cells["年度得分"].value)).toEqual(
      expected.people.map((p) => p.score)
    );
    expect(y.quotas.length).toBe(expected.quotas.length);
  });

  test("优秀比例 keeps 优秀 for the top floor(N × q) only", async () => {
    const all = await browser().year(monthFiles, {});
    const limited = await browser().year(monthFiles, { excellentRatio: 0.25 });
    expect(limited.excellentLimit).toBe(1);
    const excellent = (y: typeof all) => y.people.filter((p) => p.grade === "优秀").length;
    expect(excellent(limited)).toBeLessThanOrEqual(1);
    expect(excellent(all)).toBeGreaterThanOrEqual(excellent(limited));
  });

  test("a month given twice, another office, a file that is not a month workbook: refused with the file named", async () => {
    const twice = { ...monthFiles[2], name: "又一个三月.xlsx" };
    await expect(browser().year([monthFiles[2], twice], {})).rejects.toThrow(
      "又一个三月.xlsx 与 2026-03.xlsx 是同一个月份 2026-03"
    );
    const other = syntheticMonths(3, 1, "财务科")[0];
    const otherFile = { name: "财务科.xlsx", bytes: await writeXlsx(buildMonthWorkbook(other)) };
    await expect(browser().year([monthFiles[0], otherFile], {})).rejects.toThrow(
      "财务科.xlsx 是“财务科”的工作簿"
    );
    await expect(
      browser().year([{ name: "笔记.xlsx", bytes: new Uint8Array([1, 2, 3]) }], {})
    ).rejects.toThrow("笔记.xlsx");
    await expect(browser().year([{ name: "a.csv", bytes: new Uint8Array() }], {})).rejects.toThrow(
      "不是 Excel 工作簿"
    );
    await expect(browser().year([], {})).rejects.toThrow("请选择同一年各月的月度考核工作簿");
    await expect(browser("en-US").year([monthFiles[2], twice], {})).rejects.toThrow(
      /^These files do not make one year: /
    );
  });

  test("in Excel the year is computed from the picked files without touching the open workbook, and can open in a new window", async () => {
    const fake = installFake();
    const app = excel();
    const y = await app.year([monthFiles[0], monthFiles[1]], {});
    expect(y.months).toEqual(["2026-01", "2026-02"]);
    expect(fake.stats.syncs).toBe(0);
    expect(await app.openCopy!(y.file)).toEqual({
      opened: true,
      message: `已在新窗口中打开“${y.file.name}”，请保存`,
    });
    expect(fake.grid.createdWorkbooks.length).toBe(1);
  });
});

describe("核验", () => {
  let original: Uint8Array;
  beforeAll(async () => {
    original = await writeXlsx(buildMonthWorkbook(sampleMonth()));
  });

  test("a workbook as written verifies equal, like gangze verify", async () => {
    const v = await browser().verify({ name: "收到.xlsx", bytes: original });
    const cli = await verifyBytes(original, "收到.xlsx");
    expect(v.status).toBe("equal");
    expect(cli.status === "equal" && v.checked === cli.report.checked).toBe(true);
    expect(v.message).toBe(`收到.xlsx：核验通过，${v.checked} 个公式结果与按录入重新计算的一致`);
  });

  test("a score typed over in 考核汇总 is reported at its cell with stored and recomputed values", async () => {
    const wb = await loadBook(original);
    const ws = wb.getWorksheet("考核汇总")!;
    let col = 0;
    ws.getRow(1).eachCell((c, i) => void (String(c.value) === "得分" && (col = i)));
    // the second person's score: a cell filled from the first row's shared formula
    const cell = ws.getCell(3, col);
    const before = (cell.value as { result?: number }).result;
    cell.value = 99;
    const tampered = await saveBook(wb);
    const app = installFake() && excel();
    const v = await app.verify({ name: "改过.xlsx", bytes: tampered });
    expect(v.status).toBe("differ");
    const address = `${String.fromCharCode(64 + col)}3`;
    expect(v.differences).toContainEqual({
      kind: "not-formula",
      sheet: "考核汇总",
      cell: address,
      stored: "99",
      recomputed: String(before),
    });
    expect(v.message).toContain("改过.xlsx：核验未通过");
  });

  test("a file that is not a workbook is unusable, said why; not an .xlsx is refused", async () => {
    const v = await browser().verify({ name: "坏.xlsx", bytes: new Uint8Array([80, 75, 3, 4, 0]) });
    expect(v.status).toBe("unusable");
    expect(v.message).toMatch(/^无法核验：.*坏\.xlsx/);
    const en = await browser("en-US").verify({ name: "bad.xlsx", bytes: new Uint8Array([1]) });
    expect(en.message).toMatch(/^Cannot verify: /);
    await expect(browser().verify({ name: "a.xls", bytes: new Uint8Array([1]) })).rejects.toThrow(
      "不是 Excel 工作簿"
    );
  });
});

describe("生成 from the office's own files", () => {
  let handbook: FileBytes;
  let roster: FileBytes;
  beforeAll(async () => {
    const hb = sampleMonth();
    // the director's handbook with a new post typed into its 岗位职责 sheet
    const wb = await loadBook(
      await writeXlsx(buildHandbook({ office: hb.office, posts: hb.posts, duties: hb.duties }))
    );
    const ws = wb.getWorksheet("岗位职责")!;
    const h: Record<string, number> = {};
    ws.getRow(1).eachCell((c, i) => void (h[String(c.value)] = i));
    let last = 1;
    ws.eachRow((row, r) => void (row.getCell(h["编码"]).value ? (last = r) : undefined));
    const duties: [string, string, number][] = [
      ["XFJD-01", "来访登记，当日录入信访台账", 60],
      ["XFJD-02", "来信来电按时转办并跟踪回复", 40],
    ];
    for (const [code, content, points] of duties) {
      last++;
      ws.getCell(last, h["编码"]).value = code;
      ws.getCell(last, h["岗位"]).value = "信访接待";
      ws.getCell(last, h["工作内容"]).value = content;
      ws.getCell(last, h["频次"]).value = "每日";
      ws.getCell(last, h["时限要求"]).value = "当日";
      ws.getCell(last, h["质量标准"]).value = "登记完整";
      ws.getCell(last, h["检查人"]).value = "办公室主任";
      ws.getCell(last, h["分值"]).value = points;
    }
    handbook = { name: "手册.xlsx", bytes: await saveBook(wb) };
    const rw = new ExcelJS.Workbook();
    const s = rw.addWorksheet("名单");
    s.addRow(["序", "姓名", "岗位", "起算日期"]);
    s.addRow([1, "王新", "信访接待", "2026年11月9日"]);
    s.addRow([2, "刘晓燕", "秘书", null]);
    roster = { name: "名单.xlsx", bytes: await saveBook(rw) };
  });

  const expectOfficeFiles = (ds: Dataset) => {
    expect(ds.duties.filter((d) => d.post === "信访接待").map((d) => d.code)).toEqual([
      "XFJD-01",
      "XFJD-02",
    ]);
    expect(ds.staff).toEqual([
      { name: "王新", post: "信访接待", start: "2026-11-09" },
      { name: "刘晓燕", post: "秘书" },
    ]);
  };

  test("browser: a new month workbook takes the handbook's catalogue and the roster sheet", async () => {
    const r = await browser().generate("month", {
      month: "2026-11",
      catalog: handbook,
      staff: roster,
    });
    expect(r.message).toContain("岗位职责取自“手册.xlsx”（14 个岗位、117 条职责）");
    expect(r.message).toContain("人员取自“名单.xlsx”（2 人）");
    expectOfficeFiles((await readMonthWorkbook(r.files![0].bytes, "m.xlsx")).dataset);
  });

  test("Excel: in a blank workbook the month is built from the files; over a month workbook they are refused", async () => {
    installFake();
    const app = excel();
    const r = await app.generate("month", { month: "2026-11", catalog: handbook, staff: roster });
    expect(r.message).toContain("人员取自“名单.xlsx”（2 人）");
    expect((await app.roster()).people).toEqual([
      { name: "王新", post: "信访接待", start: "2026-11-09" },
      { name: "刘晓燕", post: "秘书" },
    ]);
    await expect(app.generate("month", { month: "2026-11", staff: roster })).rejects.toThrow(
      "当前工作簿已是 2026-11 的月度考核工作簿"
    );
  });

  test("a catalogue with a duty missing its points is refused with sheet and cell; a file without a roster says what is needed", async () => {
    const wb = await loadBook(handbook.bytes);
    const ws = wb.getWorksheet("岗位职责")!;
    const h: Record<string, number> = {};
    ws.getRow(1).eachCell((c, i) => void (h[String(c.value)] = i));
    ws.getCell(2, h["分值"]).value = null;
    const bad = { name: "坏手册.xlsx", bytes: await saveBook(wb) };
    const col = String.fromCharCode(64 + h["分值"]);
    await expect(browser().generate("month", { month: "2026-11", catalog: bad })).rejects.toThrow(
      `岗位职责!${col}2`
    );
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Sheet1").addRow(["张三", "秘书"]);
    const noHeaders = { name: "无表头.xlsx", bytes: await saveBook(plain) };
    await expect(
      browser().generate("month", { month: "2026-11", staff: noHeaders })
    ).rejects.toThrow(/姓名.*岗位/);
  });
});

describe("个人工作日志 for chosen people", () => {
  test("a person added mid-month gets a workbook from their 起算日期; unknown names are refused", async () => {
    const ds = sampleMonth();
    ds.staff.push({ name: "赵新来", post: "秘书", start: "2026-10-19" });
    const bytes = await writeXlsx(buildMonthWorkbook(ds));
    const app = browser();
    await app.openFile!({ name: "十月.xlsx", bytes });
    const roster = await app.roster();
    expect(roster.month).toBe("2026-10");
    expect(roster.people[roster.people.length - 1]).toEqual({
      name: "赵新来",
      post: "秘书",
      start: "2026-10-19",
    });
    const r = await app.generate("clerkLogs", { people: ["赵新来"] });
    expect(r.files!.map((f) => f.name)).toEqual(["2026-10-赵新来-个人工作日志.xlsx"]);
    const clerk = await readClerkWorkbook(r.files![0].bytes, "x.xlsx");
    expect(clerk.person).toBe("赵新来");
    const wb = await loadBook(r.files![0].bytes);
    const lw = wb.getWorksheet("工作日志")!;
    const first = lw.getRow(2).getCell(1).value;
    expect(first instanceof Date ? first.toISOString().slice(0, 10) : first).toBe("2026-10-19");
    await expect(app.generate("clerkLogs", { people: ["钱未录"] })).rejects.toThrow(
      "“人员”表中没有 “钱未录”"
    );
    await expect(app.generate("clerkLogs", { people: [] })).rejects.toThrow("请至少选择一个人");
  });

  test("Excel: the open month workbook's roster, and logs for the chosen people only", async () => {
    installFake();
    const app = excel();
    await app.generate("month", { month: "2026-11" });
    const people = (await app.roster()).people.map((p) => p.name);
    const r = await app.generate("clerkLogs", { people: [people[2], people[0]] });
    // in roster order
    expect(r.files!.map((f) => f.name)).toEqual([
      `2026-11-${people[0]}-个人工作日志.xlsx`,
      `2026-11-${people[2]}-个人工作日志.xlsx`,
    ]);
  });
});

test("the real app reads a pasted notice (日历) through the lazily loaded implementation", async () => {
  const preview = await browser().previewNotice("国务院办公厅关于2027年部分节假日安排的通知");
  expect(preview.ok).toBe(false);
  expect(preview.ok === false && preview.message.length > 0).toBe(true);
});
