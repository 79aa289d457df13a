// Regenerating and collecting in Excel (the fake host) keep what the director added to the input
// sheets (SPEC §9): an extra column beside the logs, its formula, formulas typed into input
// cells (kept as typed, counted by their results), sheets of the director's own, and the cell
// formats he set (a coloured log row, a task in red bold) where Excel can read them (ExcelApi 1.9).

import fs from "fs";
import path from "path";
import { sampleMonth } from "../../src/domain/defaultOffice";
import type { Dataset } from "../../src/domain/types";
import { createApp } from "../../src/app";
import type { GangzeApp } from "../../src/app/actions";
import { createExcelHost } from "../../src/office/excelHost";
import { buildClerkWorkbook } from "../../src/workbook/clerk";
import { MONTH_SHEETS } from "../../src/workbook/sheets";
import { writeXlsx } from "../../src/xlsx/writer";
import { ensureCell, getCell, type FakeOffice } from "../fakeExcel";
import { fillLogDays, loadBook, saveBook } from "../fixtures/clerk";
import { monthWorkbook, rowOf, sheet, uninstallFake } from "./officeHelpers";

afterEach(uninstallFake);

function excelApp(): GangzeApp {
  return createApp(createExcelHost("zh-CN"), { today: () => "2026-10-31" });
}

/** What the director did in Excel: an extra column with a formula, formulas typed into inputs. */
function addExtras(fake: FakeOffice, ds: Dataset, logIndex: number): void {
  const logs = sheet(fake, MONTH_SHEETS.logs);
  const r = rowOf(logs, 3, ds.logs[logIndex].content);
  Object.assign(ensureCell(logs, 0, 12), { value: "主任批注" });
  Object.assign(ensureCell(logs, r, 12), { value: "内容具体，予以表扬" });
  Object.assign(ensureCell(logs, r, 13), {
    formula: `=LEN(D${r + 1})`,
    value: ds.logs[logIndex].content.length,
  });
  const bonuses = sheet(fake, MONTH_SHEETS.bonuses);
  Object.assign(ensureCell(bonuses, 1, 3), { formula: "=0.5*2", value: 1 });
}

function expectExtras(fake: FakeOffice, ds: Dataset, logIndex: number): void {
  const logs = sheet(fake, MONTH_SHEETS.logs);
  expect(getCell(logs, 0, 12)?.value).toBe("主任批注");
  const r = rowOf(logs, 3, ds.logs[logIndex].content);
  expect(getCell(logs, r, 12)?.value).toBe("内容具体，予以表扬");
  expect(getCell(logs, r, 13)?.formula).toBe(`=LEN(D${r + 1})`);
  const bonuses = sheet(fake, MONTH_SHEETS.bonuses);
  // written back as the formula (the fake host does not calculate; Excel shows 1)
  expect(getCell(bonuses, 1, 3)?.formula).toBe("=0.5*2");
}

test("regenerate (upgrade) keeps the extra column, its formula and formulas typed into inputs", async () => {
  const ds = sampleMonth();
  const fake = await monthWorkbook(ds);
  addExtras(fake, ds, 5);
  // the typed bonus counts with its result and is reported as kept, not as an error
  const check = await excelApp().check();
  const kept = check.issues.filter((i) => i.code === "formula-kept");
  expect(kept.map((i) => `${i.sheet}!${i.cell}`)).toEqual(["加分记录!D2"]);
  expect((await excelApp().score()).report.people.length).toBe(ds.staff.length);
  fake.resetStats();
  const result = await excelApp().generate("month", {});
  expect(result.message).toContain("保留了全部录入");
  // read, write, then the closing request (recalculate, drop the old sheets): still 3 at any size
  expect(fake.stats.syncs).toBe(3);
  expectExtras(fake, ds, 5);
});

test("collect in Excel keeps them beside their rows while rows are added", async () => {
  const ds = sampleMonth();
  ds.logs = ds.logs.filter((l) => !(l.person === "刘晓燕" && l.date >= "2026-10-20"));
  const fake = await monthWorkbook(ds);
  const note = ds.logs.findIndex((l) => l.person !== "刘晓燕" && l.date > "2026-10-20");
  addExtras(fake, ds, note);
  const wb = await loadBook(await writeXlsx(buildClerkWorkbook(ds, "刘晓燕")));
  const logs = wb.getWorksheet("工作日志")!;
  fillLogDays(logs, "2026-10-20", 3, (k) => `补记第 ${k} 天`);
  const items = await excelApp().collect([{ name: "刘晓燕.xlsx", bytes: await saveBook(wb) }]);
  expect(items[0].message).toContain("新增日志 3 行");
  expectExtras(fake, ds, note);
});

test("a sheet of the director's that refers to regenerated sheets keeps working (no #REF!), and so do its names", async () => {
  const ds = sampleMonth();
  const fake = await monthWorkbook(ds);
  // 主任笔记: a formula on 考核汇总 and one on 工作日志, a defined name on 考核汇总
  await fake.Excel.run(async (context) => {
    const notes = context.workbook.worksheets.add("主任笔记");
    notes.getRange("A1:B2").formulas = [
      ["第一名得分", `='${MONTH_SHEETS.summary}'!D3`],
      ["日志行数", `=COUNTA('${MONTH_SHEETS.logs}'!A:A)-1`],
    ];
    context.workbook.names.add("第一名", `='${MONTH_SHEETS.summary}'!$D$3`);
    await context.sync();
  });
  fake.resetStats();
  const result = await excelApp().generate("month", {});
  expect(result.message).toContain("保留了全部录入");
  const notes = sheet(fake, "主任笔记");
  expect(getCell(notes, 0, 1)?.formula).toBe(`='${MONTH_SHEETS.summary}'!D3`);
  expect(getCell(notes, 1, 1)?.formula).toBe(`=COUNTA('${MONTH_SHEETS.logs}'!A:A)-1`);
  expect(getCell(notes, 0, 1)?.value).not.toBe("#REF!");
  const name = fake.grid.names.find((n) => n.name === "第一名");
  expect(name?.formula).toBe(`='${MONTH_SHEETS.summary}'!$D$3`);
  // the backups are gone, and the rebinding is one more request only because such formulas exist
  expect(fake.grid.sheets.some((s) => s.name.startsWith("~"))).toBe(false);
  expect(fake.stats.syncs).toBe(4);
});

/** The director's formats: a yellow fill on a log row's 工作内容, a 交办事项 title in red bold. */
function addFormats(fake: FakeOffice, ds: Dataset, logIndex: number): void {
  const logs = sheet(fake, MONTH_SHEETS.logs);
  const r = rowOf(logs, 3, ds.logs[logIndex].content);
  ensureCell(logs, r, 3).style.fill = "#FFFF00";
  const tasks = sheet(fake, MONTH_SHEETS.tasks);
  const t = rowOf(tasks, 2, ds.tasks[1].title);
  Object.assign(ensureCell(tasks, t, 2).style, { fontColor: "#FF0000", fontBold: true });
}

function expectFormats(fake: FakeOffice, ds: Dataset, logIndex: number): void {
  const logs = sheet(fake, MONTH_SHEETS.logs);
  const r = rowOf(logs, 3, ds.logs[logIndex].content);
  expect(getCell(logs, r, 3)?.style.fill).toBe("#FFFF00");
  // only that cell: its neighbours and the next record keep the product's look
  expect(getCell(logs, r, 4)?.style.fill).not.toBe("#FFFF00");
  expect(getCell(logs, r + 1, 3)?.style.fill).not.toBe("#FFFF00");
  const tasks = sheet(fake, MONTH_SHEETS.tasks);
  const t = rowOf(tasks, 2, ds.tasks[1].title);
  expect(getCell(tasks, t, 2)?.style).toMatchObject({ fontColor: "#FF0000", fontBold: true });
  expect(getCell(tasks, t + 1, 2)?.style.fontColor ?? "#000000").toBe("#000000");
  // inputs stay open for typing
  expect(getCell(logs, r, 3)?.style.locked).toBe(false);
}

test("regenerate keeps the director's cell formats on their cells (ExcelApi 1.9 and newer), in the same 3 requests", async () => {
  const ds = sampleMonth();
  const fake = await monthWorkbook(ds, "1.18");
  addFormats(fake, ds, 5);
  addExtras(fake, ds, 5);
  fake.resetStats();
  const result = await excelApp().generate("month", {});
  expect(result.message).toContain("保留了全部录入");
  expect(result.message).not.toContain("未能保留");
  expect(fake.stats.syncs).toBe(3);
  expectFormats(fake, ds, 5);
  expectExtras(fake, ds, 5);
});

test("regenerate keeps the column widths the director set, and the model's widths elsewhere", async () => {
  const ds = sampleMonth();
  const fake = await monthWorkbook(ds, "1.18");
  const before = new Map(sheet(fake, MONTH_SHEETS.logs).columnWidths);
  addExtras(fake, ds, 5);
  const logs = sheet(fake, MONTH_SHEETS.logs);
  logs.columnWidths.set(3, 300); // a widened 工作内容 (points)
  logs.columnWidths.set(12, 120); // his extra column 主任批注
  fake.resetStats();
  await excelApp().generate("month", {});
  const after = sheet(fake, MONTH_SHEETS.logs).columnWidths;
  // written back in characters and converted to points again: within a point
  expect(after.get(3)).toBeCloseTo(300, 0);
  expect(after.get(12)).toBeCloseTo(120, 0);
  for (const [c, w] of before) if (c !== 3) expect(after.get(c)).toBeCloseTo(w, 0);
  expect(fake.stats.syncs).toBe(3);
});

test("collect that adds rows keeps the formats on the same records' cells", async () => {
  const ds = sampleMonth();
  ds.logs = ds.logs.filter((l) => !(l.person === "刘晓燕" && l.date >= "2026-10-20"));
  const fake = await monthWorkbook(ds, "1.18");
  // the last log row: the collected rows come right after it and must not take its colour
  const note = ds.logs.length - 1;
  addFormats(fake, ds, note);
  const logs = sheet(fake, MONTH_SHEETS.logs);
  const before = rowOf(logs, 3, ds.logs[note].content);
  const wb = await loadBook(await writeXlsx(buildClerkWorkbook(ds, "刘晓燕")));
  const clerkLogs = wb.getWorksheet("工作日志")!;
  fillLogDays(clerkLogs, "2026-10-20", 3, (k) => `补记第 ${k} 天`);
  const items = await excelApp().collect([{ name: "刘晓燕.xlsx", bytes: await saveBook(wb) }]);
  expect(items[0].message).toContain("新增日志 3 行");
  expect(items[0].message).not.toContain("未能保留");
  const after = sheet(fake, MONTH_SHEETS.logs);
  expect(rowOf(after, 3, ds.logs[note].content)).toBe(before);
  expect(getCell(after, before + 1, 3)?.value).toBe("补记第 1 天");
  expectFormats(fake, ds, note);
});

test("on ExcelApi 1.8 the formats and comments cannot be read: regenerate and collect say so in one sentence", async () => {
  const ds = sampleMonth();
  ds.logs = ds.logs.filter((l) => !(l.person === "刘晓燕" && l.date >= "2026-10-25"));
  const fake = await monthWorkbook(ds);
  addFormats(fake, ds, 5);
  fake.resetStats();
  const result = await excelApp().generate("month", {});
  expect(result.message).toContain("保留了全部录入");
  expect(result.message).toContain(
    "单元格格式（填充色、字体颜色、加粗、倾斜）和重建的工作表上的批注（如有）未能保留"
  );
  expect(result.message).toContain("ExcelApi 1.10");
  expect(fake.stats.syncs).toBe(3);
  const wb = await loadBook(await writeXlsx(buildClerkWorkbook(ds, "刘晓燕")));
  const clerkLogs = wb.getWorksheet("工作日志")!;
  fillLogDays(clerkLogs, "2026-10-25", 1, () => "补记");
  const items = await excelApp().collect([{ name: "刘晓燕.xlsx", bytes: await saveBook(wb) }]);
  expect(items[0].message).toContain("新增日志 1 行");
  expect(items[0].message).toContain("未能保留");
});

test("a workbook too big to read with its formats in one request is read block by block, formats and all", async () => {
  const ds = sampleMonth();
  const fake = await monthWorkbook(ds, "1.18");
  addFormats(fake, ds, 5);
  // a limit the sample's read fits in (≈ 1.1 MB), and its write (≈ 2.3 MB with 排序索引), but not
  // the read with ~80 bytes of format per cell (≈ 2.9 MB), as a large office's workbook meets
  // Excel on the web's 5 MB
  fake.state.payloadLimitBytes = 2_600_000;
  fake.resetStats();
  const result = await excelApp().generate("month", {});
  expect(result.message).not.toContain("未能保留");
  // the one-request read was refused; then more requests (the read in blocks), each under the
  // limit, and the formats kept all the same
  expect(fake.stats.batches[0].responseBytes).toBeGreaterThan(2_600_000);
  expect(fake.stats.syncs).toBeGreaterThan(3);
  expect(Math.max(...fake.stats.batches.slice(1).map((b) => b.responseBytes))).toBeLessThan(
    2_600_000
  );
  expectFormats(fake, ds, 5);
});

test("entering the holiday notice in Excel keeps the extra column, its formula and formulas typed into inputs", async () => {
  const ds = sampleMonth();
  const fake = await monthWorkbook(ds);
  addExtras(fake, ds, 5);
  const notice = fs.readFileSync(
    path.join(__dirname, "../fixtures/calendar-notices/2026.txt"),
    "utf8"
  );
  const result = await excelApp().enterNotice(notice);
  expect(result.message).toContain("2026");
  expectExtras(fake, ds, 5);
});
