// gridToModel reads back what Office.js calls put into the fake grid, in the terms of
// src/workbook/model.ts: the round trip phase 2 will use to test writing a model into Excel.

import {
  isoToSerial,
  modelProblems,
  officeFormulas,
  type Block,
  type WorkbookModel,
} from "../../src/workbook/model";
import { columnCharsToPoints } from "../../src/office/units";
import { createFakeOffice } from "./office";
import { gridToModel } from "./toModel";

const block: Block = {
  origin: "A1",
  cells: [
    ["编号", "事项", "期限", "状态"],
    [
      "T-001",
      "=不是公式",
      { date: "2026-11-03" },
      { formula: 'IF(C2="","",IF(C2<TODAY(),"逾期","正常"))', result: "正常" },
    ],
  ],
};

test("a sheet written through the Excel API reads back as the model that describes it", async () => {
  const fake = createFakeOffice({ sheets: { 任务台账: [] } });
  await fake.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("任务台账");
    sheet.getRange("A1:D2").formulas = officeFormulas(block);
    sheet.getRange("C2").numberFormat = [["yyyy-mm-dd"]];
    const header = sheet.getRange("A1:D1");
    header.format.font.bold = true;
    header.format.fill.color = "#DDEBF7";
    header.format.rowHeight = 24;
    const table = sheet.getRange("A1:D2");
    for (const edge of [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideVertical",
      "InsideHorizontal",
    ]) {
      table.format.borders.getItem(edge).style = "Continuous";
    }
    sheet.getRange("B2:C2").format.protection.locked = false;
    [10, 30, 12, 8].forEach((chars, i) => {
      sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = columnCharsToPoints(chars);
    });
    // The rule flags `status.rule = …` as a read of an unloaded object; it is a write.
    // eslint-disable-next-line office-addins/load-object-before-read
    const status = sheet.getRange("B2:B100").dataValidation;
    status.rule = { list: { inCellDropDown: true, source: "完成,进行中" } };
    status.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: "状态",
      message: "请从列表中选择",
    };
    sheet.getRange("C2:C100").dataValidation.rule = {
      date: { operator: "Between", formula1: "2026-11-01", formula2: "2026-11-30" },
    };
    const overdue = sheet.getRange("A2:D100").conditionalFormats.add("Custom");
    overdue.custom.rule.formula = '=$D2="逾期"';
    overdue.custom.format.fill.color = "#FFC7CE";
    overdue.custom.format.font.color = "#9C0006";
    sheet.freezePanes.freezeRows(1);
    sheet.tabColor = "#1F5FA8";
    sheet.protection.protect({ allowFormatColumns: true, allowInsertRows: true });

    const help = context.workbook.worksheets.add("说明");
    help.getRange("A1").values = [["岗责使用说明"]];
    help.getRange("A1:D1").merge();
    context.workbook.names.add("岗位列表", help.getRange("A3:A10"));
  });
  expect(fake.stats.syncs).toBe(1); // everything went in one batch

  const model = gridToModel(fake.grid, {
    title: "测试",
    formulaResult: (sheet, address) => (sheet === "任务台账" && address === "D2" ? "正常" : null),
  });
  const expected: WorkbookModel = {
    title: "测试",
    sheets: [
      {
        name: "任务台账",
        tabColor: "1F5FA8",
        columnWidths: [10, 30, 12, 8],
        rowHeights: { 1: 24 },
        // B2 was written as '=不是公式 (text), C2 as the serial 46329 with a date format.
        blocks: [block],
        formats: [
          { range: "A1:D1", style: { font: { bold: true }, fill: "DDEBF7", border: "thin" } },
          { range: "A2", style: { border: "thin" } },
          { range: "B2", style: { border: "thin", locked: false } },
          { range: "C2", style: { border: "thin", numberFormat: "yyyy-mm-dd", locked: false } },
          { range: "D2", style: { border: "thin" } },
        ],
        merges: [],
        validations: [
          {
            range: "B2:B100",
            rule: {
              type: "list",
              values: ["完成", "进行中"],
              errorStyle: "stop",
              errorTitle: "状态",
              error: "请从列表中选择",
            },
          },
          { range: "C2:C100", rule: { type: "date", min: "2026-11-01", max: "2026-11-30" } },
        ],
        conditionalFormats: [
          { range: "A2:D100", formula: '$D2="逾期"', fill: "FFC7CE", fontColor: "9C0006" },
        ],
        freeze: { rows: 1, columns: 0 },
        protection: { allowFormatColumns: true, allowInsertRows: true },
      },
      {
        name: "说明",
        columnWidths: [],
        rowHeights: {},
        blocks: [{ origin: "A1", cells: [["岗责使用说明"]] }],
        formats: [],
        merges: ["A1:D1"],
        validations: [],
        conditionalFormats: [],
      },
    ],
    definedNames: [{ name: "岗位列表", ref: "'说明'!$A$3:$A$10" }],
  };
  expect(isoToSerial("2026-11-03")).toBe(46329);
  expect(model).toEqual(expected);
  expect(modelProblems(model)).toEqual([]);
});

test("a formula without a cached value comes back with result null, which modelProblems flags", async () => {
  const fake = createFakeOffice({ sheets: { 评分: [["=SUM(1,2)"]] } });
  const model = gridToModel(fake.grid);
  expect(model.sheets[0].blocks).toEqual([
    { origin: "A1", cells: [[{ formula: "SUM(1,2)", result: null }]] },
  ]);
  expect(modelProblems(model)).toHaveLength(1);
});
