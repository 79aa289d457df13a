// The open workbook as a WorkbookGrid (src/office/book.ts): one sync loads it, and the month reader
// gives over it exactly what it gives over the same workbook saved as .xlsx.

import { sampleMonth } from "../../src/domain/defaultOffice";
import { OfficeGrid, rawCell, readOpenBook } from "../../src/office/book";
import { buildMonthWorkbook } from "../../src/workbook/month";
import { readMonthBook } from "../../src/workbook/read";
import { readMonthWorkbook } from "../../src/xlsx/readWorkbooks";
import { MONTH_SHEETS } from "../../src/workbook/sheets";
import { writeXlsx } from "../../src/xlsx/writer";
import { queueState } from "../../src/office/book";
import { renderModel } from "../../src/office/render";
import { getCell, type FakeOffice } from "../fakeExcel";
import { installFake, uninstallFake } from "./officeHelpers";
import { cellOf, hasSheet, namedCell } from "../../src/workbook/grid";

afterEach(uninstallFake);

type Ctx = Excel.RequestContext;

async function renderSample(fake: FakeOffice) {
  const model = buildMonthWorkbook(sampleMonth());
  await fake.Excel.run(async (context) => {
    const state = queueState(context as unknown as Ctx);
    await context.sync();
    await renderModel(context as unknown as Ctx, model, state());
  });
  return model;
}

const readBook = (fake: FakeOffice, sheets: string[]) =>
  fake.Excel.run((context) =>
    readOpenBook(context as unknown as Ctx, sheets)
  ) as Promise<OfficeGrid>;

test("cells mean what the .xlsx reader's cells mean", () => {
  expect(rawCell(46326, 46326, "yyyy-mm-dd", "A2")).toEqual({
    kind: "date",
    value: "2026-10-31",
    address: "A2",
  });
  // 46326.5 = noon of 2026-10-31
  expect(rawCell(46326.5, 46326.5, 'yyyy"年"m"月"d"日" hh:mm', "A2")).toEqual({
    kind: "date",
    value: "2026-10-31T12:00:00",
    address: "A2",
  });
  expect(rawCell(3.5, 3.5, "0.0", "B2")).toEqual({ kind: "number", value: 3.5, address: "B2" });
  expect(rawCell("2026/11/3", "2026/11/3", "General", "C2")).toEqual({
    kind: "text",
    value: "2026/11/3",
    address: "C2",
  });
  expect(rawCell("", "", "General", "D2")).toEqual({ kind: "empty", value: null, address: "D2" });
  expect(rawCell(true, true, "General", "E2")).toEqual({
    kind: "bool",
    value: true,
    address: "E2",
  });
  expect(rawCell("#N/A", "#N/A", "General", "F2")).toEqual({
    kind: "error",
    value: "#N/A",
    address: "F2",
  });
  expect(rawCell(46326, "=DATE(2026,10,31)", "yyyy-mm-dd", "G2")).toEqual({
    kind: "formula",
    value: "2026-10-31",
    address: "G2",
    formula: "DATE(2026,10,31)",
    resultKind: "date",
  });
  // a formula whose value Excel has not sent (or that shows nothing)
  expect(rawCell("", "=A1", "General", "H2")).toEqual({
    kind: "formula",
    value: null,
    address: "H2",
    formula: "A1",
    resultKind: "empty",
  });
});

test("the month reader gives the same dataset and issues over the open workbook as over the .xlsx file", async () => {
  const fake = installFake();
  const model = await renderSample(fake);
  // entries typed the way people type them: a date as text, a formula in an input cell
  await fake.Excel.run(async (context) => {
    const logs = context.workbook.worksheets.getItem(MONTH_SHEETS.logs);
    logs.getRange("A2").values = [["2026/10/8"]];
    logs.getRange("D3").values = [["=1+1"]];
  });
  // Excel calculates what was typed; the fake does not, so the test puts the result there
  const logSheet = fake.grid.sheets.find((s) => s.name === MONTH_SHEETS.logs)!;
  getCell(logSheet, 2, 3)!.value = 2; // D3, 0-based
  fake.resetStats();
  const book = await readBook(fake, Object.values(MONTH_SHEETS));
  expect(fake.stats.syncs).toBe(1);
  const fromOffice = readMonthBook(book);

  // the same edits in the .xlsx: text in A2, a formula in D3 (with a cached 2, as Excel would save it)
  const logs = model.sheets.find((s) => s.name === MONTH_SHEETS.logs)!;
  logs.blocks[0].cells[1][0] = "2026/10/8";
  logs.blocks[0].cells[2][3] = { formula: "1+1", result: 2 };
  const fromFile = await readMonthWorkbook(await writeXlsx(model), "当前工作簿");

  expect(fromOffice.dataset).toEqual(fromFile.dataset);
  // messages name the file: "文件 当前工作簿，…" on both sides here
  const strip = (i: { message: string }) => ({
    ...i,
    message: i.message.replace(/^文件 当前工作簿/, ""),
  });
  expect(fromOffice.issues.map(strip)).toEqual(fromFile.issues.map(strip));
  expect(fromOffice.issues.map((i) => `${i.code} ${i.sheet}!${i.cell}`)).toEqual(
    expect.arrayContaining(["text-date 工作日志!A2", "formula-kept 工作日志!D3"])
  );
  expect(fromOffice.dataset.logs.length).toBe(sampleMonth().logs.length);
});

test("definedName, missing sheets, and a workbook that is not a month workbook", async () => {
  const fake = installFake();
  await renderSample(fake);
  const book = await readBook(fake, [MONTH_SHEETS.readme, "不存在"]);
  expect(namedCell(book, "基准日")).toEqual({ sheet: "说明", address: "B4" });
  expect(cellOf(book, "说明", "B4")).toEqual({ kind: "date", value: "2026-10-31", address: "B4" });
  expect(hasSheet(book, "人员")).toBe(true); // listed, though its cells were not loaded
  expect(book.sheetData("不存在")).toBeUndefined();
  expect(() => cellOf(book, "不存在", "A1")).toThrow("当前工作簿中没有工作表“不存在”");

  const empty = installFake({ sheets: { Sheet1: [["hello"]] } });
  const other = await readBook(empty, Object.values(MONTH_SHEETS));
  expect(() => readMonthBook(other)).toThrow("缺少工作表“说明”");
});

test("a workbook too big for one response is read step by step, to the same book", async () => {
  const fake = installFake();
  await renderSample(fake);
  const sheets = Object.values(MONTH_SHEETS);
  const whole = readMonthBook(await readBook(fake, sheets));
  // Excel refuses the one-request read (its response is ≈ 600 KB here): row blocks of ≤ 2,000 cells
  fake.state.payloadLimitBytes = 150 * 1024;
  fake.resetStats();
  const book = (await fake.Excel.run((context) =>
    readOpenBook(context as unknown as Ctx, sheets, [], 2000)
  )) as OfficeGrid;
  // the one-request read is refused, then lists, sizes and row blocks; a block of long log texts
  // is refused too and read again in halves (the fake refuses every response over the limit)
  const refused = fake.stats.batches.filter((b) => b.responseBytes > 150 * 1024).length;
  expect(refused).toBeGreaterThanOrEqual(2);
  expect(fake.stats.syncs).toBeGreaterThan(refused + 2);
  const stepped = readMonthBook(book);
  expect(stepped.dataset).toEqual(whole.dataset);
  expect(stepped.issues).toEqual(whole.issues);
});
