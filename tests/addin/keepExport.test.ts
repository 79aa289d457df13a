// 导出 and 结转 in Excel write a new file from the open workbook: like the CLI's export and
// `month --from`, it keeps what the director added (SPEC §9) — an extra column and its formula,
// formulas typed into inputs, his cell formats, comments, and sheets of his own.

import type ExcelJS from "exceljs";
import { sampleMonth } from "../../src/domain/defaultOffice";
import type { Dataset } from "../../src/domain/types";
import { createApp } from "../../src/app";
import { createExcelHost } from "../../src/office/excelHost";
import { MONTH_SHEETS } from "../../src/workbook/sheets";
import { addSheet, ensureCell, type FakeOffice } from "../fakeExcel";
import { loadBook } from "../fixtures/clerk";
import { monthWorkbook, rowOf, sheet, uninstallFake } from "./officeHelpers";

afterEach(uninstallFake);

const excelApp = () => createApp(createExcelHost("zh-CN"), { today: () => "2026-10-31" });

/** What the director did in Excel: extras on the log sheet, a sheet of his own, a comment. */
function addAll(fake: FakeOffice, ds: Dataset): number {
  const logs = sheet(fake, MONTH_SHEETS.logs);
  const r = rowOf(logs, 3, ds.logs[5].content);
  Object.assign(ensureCell(logs, 0, 12), { value: "主任批注" });
  Object.assign(ensureCell(logs, r, 12), { value: "内容具体，予以表扬" });
  Object.assign(ensureCell(logs, r, 13), { formula: `=LEN(D${r + 1})`, value: 9 });
  ensureCell(logs, r, 3).style.fill = "#FFFF00";
  logs.comments.push({
    id: "c1",
    row: r,
    column: 3,
    content: "这条日志写得太简略",
    authorName: "王科长",
    creationDate: "2026-10-28T12:00:00.000Z",
    resolved: false,
    replies: [],
  });
  const bonuses = sheet(fake, MONTH_SHEETS.bonuses);
  Object.assign(ensureCell(bonuses, 1, 3), { formula: "=0.5*2", value: 1 });
  const own = addSheet(fake.grid, "主任笔记");
  Object.assign(ensureCell(own, 0, 0), { value: "本月重点" });
  Object.assign(ensureCell(own, 1, 0), { value: 46300, numberFormat: "yyyy-mm-dd" });
  Object.assign(ensureCell(own, 1, 1), { formula: "=A2+1", value: 46301 });
  own.notes.push({ row: 0, column: 0, content: "张主任:\n月底前落实", authorName: "张主任" });
  Object.assign(ensureCell(own, 0, 0).style, { fill: "#FFC000", fontBold: true });
  own.columnWidths.set(0, 120); // points: 160 px = 22.14 characters of Calibri 11
  return r;
}

function expectOwnSheet(wb: ExcelJS.Workbook, newExcel = true): void {
  const own = wb.getWorksheet("主任笔记")!;
  expect(own).toBeDefined();
  expect(own.getCell("A1").value).toBe("本月重点");
  if (newExcel) {
    // the note (ExcelApi 1.18); fill, bold and width where Excel gives them in bulk (1.9)
    expect(own.getCell("A1").note).toBe("张主任:\n月底前落实");
    expect(own.getCell("A1").fill).toMatchObject({ fgColor: { argb: "FFFFC000" } });
    expect(own.getCell("A1").font?.bold).toBe(true);
    expect(own.getColumn(1).width).toBeCloseTo(22.14, 1);
  }
  expect(own.getCell("A2").numFmt).toBe("yyyy-mm-dd");
  expect(own.getCell("B2").value).toMatchObject({ formula: "A2+1", result: 46301 });
}

test("导出 in Excel keeps the extra column, typed formulas, formats, comments and the director's own sheet", async () => {
  const ds = sampleMonth();
  const fake = await monthWorkbook(ds, "1.18");
  const r = addAll(fake, ds);
  fake.resetStats();
  const result = await excelApp().exportMonth();
  expect(result.message).not.toContain("未能");
  // read (with formats and comments), where the comment is, the director's sheet
  expect(fake.stats.syncs).toBe(3);
  const wb = await loadBook(result.files![0].bytes);
  const logs = wb.getWorksheet(MONTH_SHEETS.logs)!;
  const row = r + 1;
  expect(logs.getCell(`D${row}`).value).toBe(ds.logs[5].content);
  expect(logs.getCell("M1").value).toBe("主任批注");
  expect(logs.getCell(`M${row}`).value).toBe("内容具体，予以表扬");
  expect(logs.getCell(`N${row}`).value).toMatchObject({ formula: `LEN(D${row})` });
  expect(logs.getCell(`D${row}`).fill).toMatchObject({ fgColor: { argb: "FFFFFF00" } });
  expect(logs.getCell(`D${row}`).note).toBe("〔王科长 2026-10-28〕这条日志写得太简略");
  expect(wb.getWorksheet(MONTH_SHEETS.bonuses)!.getCell("D2").value).toMatchObject({
    formula: "0.5*2",
  });
  expectOwnSheet(wb);
});

test("结转 in Excel carries the director's own sheet and his extra column into the next month", async () => {
  const ds = sampleMonth();
  const fake = await monthWorkbook(ds, "1.18");
  addAll(fake, ds);
  const result = await excelApp().generate("nextMonth", {});
  expect(result.message).toContain("已结转生成 2026-11 月度考核工作簿");
  const wb = await loadBook(Buffer.from(fake.grid.createdWorkbooks[0], "base64"));
  // the logs of October do not carry over; the column's header does
  expect(wb.getWorksheet(MONTH_SHEETS.logs)!.getCell("M1").value).toBe("主任批注");
  expectOwnSheet(wb);
});

test("on ExcelApi 1.8 导出 still carries the extras it can read and says formats and comments were not kept", async () => {
  const ds = sampleMonth();
  const fake = await monthWorkbook(ds);
  const r = addAll(fake, ds);
  const result = await excelApp().exportMonth();
  expect(result.message).toContain("未能保留");
  const wb = await loadBook(result.files![0].bytes);
  expect(wb.getWorksheet(MONTH_SHEETS.logs)!.getCell(`M${r + 1}`).value).toBe("内容具体，予以表扬");
  expectOwnSheet(wb, false);
});
