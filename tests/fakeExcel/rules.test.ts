// Each refusal the fake host enforces because Microsoft documents it (the link is beside the rule
// in the fake's source and here), shown firing — and the allowed way round it working.
/* eslint-disable office-addins/load-object-before-read */

import { createFakeOffice, type FakeOffice } from "./office";
import type { RequestContext } from "./base";
import { getCell } from "./grid";

type Batch<T> = (context: RequestContext) => Promise<T>;

const run = <T>(fake: FakeOffice, batch: Batch<T>) => fake.Excel.run(batch);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return (e as { code?: string }).code ?? (e as Error).message;
  }
  return "no error";
}

describe("sheets", () => {
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)
  // https://github.com/OfficeDev/office-js/issues/365
  test("a VeryHidden sheet cannot be deleted (InvalidOperation); made Hidden in the same request it can", async () => {
    const fake = createFakeOffice({ sheets: { 表: [], _marks: [] } });
    fake.grid.sheets[1].visibility = "VeryHidden";
    const refused = run(fake, async (context) => {
      context.workbook.worksheets.getItem("_marks").delete();
      await context.sync();
    });
    expect(await codeOf(refused)).toBe("InvalidOperation");
    expect(fake.grid.sheets.map((s) => s.name)).toEqual(["表", "_marks"]);
    await run(fake, async (context) => {
      const marks = context.workbook.worksheets.getItem("_marks");
      marks.visibility = "Hidden";
      marks.delete();
      await context.sync();
    });
    expect(fake.grid.sheets.map((s) => s.name)).toEqual(["表"]);
  });

  // https://support.microsoft.com/en-us/office/hide-or-show-worksheets-or-workbooks-69f2701a-21f5-4186-87d7-341a8cf53344
  test("the last visible sheet can be neither hidden nor deleted (InvalidOperation)", async () => {
    const fake = createFakeOffice({ sheets: { 表: [], 隐藏: [] } });
    fake.grid.sheets[1].visibility = "Hidden";
    const hide = run(fake, async (context) => {
      context.workbook.worksheets.getItem("表").visibility = "Hidden";
      await context.sync();
    });
    expect(await codeOf(hide)).toBe("InvalidOperation");
    const remove = run(fake, async (context) => {
      context.workbook.worksheets.getItem("表").delete();
      await context.sync();
    });
    expect(await codeOf(remove)).toBe("InvalidOperation");
  });
});

describe("references to a sheet", () => {
  // https://support.microsoft.com/en-us/office/how-to-correct-a-ref-error-822c8e46-e610-4d02-bf6f-7a2ff01c6fe5
  test("renaming a sheet rewrites the formulas and names that refer to it; deleting it leaves #REF!", async () => {
    const fake = createFakeOffice({ sheets: { 汇总: [[1]], 笔记: [] } });
    const note = fake.grid.sheets[1];
    note.cells.set("0,0", { formula: "='汇总'!A1*2", value: 2, style: {} });
    note.cells.set("0,1", { formula: "=SUM(汇总!A1:A3)", value: 1, style: {} });
    fake.grid.names.push({ name: "总分", formula: "='汇总'!$A$1", comment: "" });
    await run(fake, async (context) => {
      context.workbook.worksheets.getItem("汇总").name = "旧汇总";
      await context.sync();
    });
    expect(getCell(note, 0, 0)?.formula).toBe("='旧汇总'!A1*2");
    expect(getCell(note, 0, 1)?.formula).toBe("=SUM('旧汇总'!A1:A3)");
    expect(fake.grid.names[0].formula).toBe("='旧汇总'!$A$1");
    await run(fake, async (context) => {
      context.workbook.worksheets.add("汇总");
      context.workbook.worksheets.getItem("旧汇总").delete();
      await context.sync();
    });
    // a new sheet under the old name does not bring the references back
    expect(getCell(note, 0, 0)).toMatchObject({ formula: "=#REF!A1*2", value: "#REF!" });
    expect(fake.grid.names[0].formula).toBe("=#REF!$A$1");
  });
});

describe("payload limits of Excel on the web", () => {
  // https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
  // https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-error-handling#api-error-codes
  test("a request over the limit is RequestPayloadSizeLimitExceeded, a response ResponsePayloadSizeLimitExceeded", async () => {
    const fake = createFakeOffice({ payloadLimitBytes: 10_000 });
    const big = "字".repeat(4000); // 12,000 bytes of UTF-8
    const request = run(fake, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[big]];
      await context.sync();
    });
    expect(await codeOf(request)).toBe("RequestPayloadSizeLimitExceeded");
    const cell = getCell(fake.grid.sheets[0], 0, 0);
    expect(cell?.value).toBeUndefined(); // nothing of a refused request is applied
    fake.state.payloadLimitBytes = 1_000_000;
    await run(fake, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").values = [[big], [big]];
      await context.sync();
    });
    fake.state.payloadLimitBytes = 10_000;
    const response = run(fake, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").load("values");
      await context.sync();
    });
    expect(await codeOf(response)).toBe("ResponsePayloadSizeLimitExceeded");
  });
});

describe("protection", () => {
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotection#excel-excel-worksheetprotection-protect-member(1)
  test("protecting a protected sheet fails (InvalidOperation); a locked cell refuses writes (AccessDenied)", async () => {
    const fake = createFakeOffice({ excelApi: "1.8" });
    await run(fake, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.protect();
      await context.sync();
    });
    const twice = run(fake, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.protect();
      await context.sync();
    });
    expect(await codeOf(twice)).toBe("InvalidOperation");
    const write = run(fake, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      await context.sync();
    });
    expect(await codeOf(write)).toBe("AccessDenied");
  });
});

describe("conditional formats", () => {
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1)
  test("add puts the new format at the top priority: formats added in order end reversed", async () => {
    const fake = createFakeOffice({ excelApi: "1.8" });
    await run(fake, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A9");
      for (const formula of ["=A1<60", "=A1>=90"]) {
        const cf = range.conditionalFormats.add("Custom" as Excel.ConditionalFormatType.custom);
        cf.custom.rule.formula = formula;
      }
      await context.sync();
    });
    const cfs = fake.grid.sheets[0].conditionalFormats;
    expect(cfs.map((c) => c.formula)).toEqual(["=A1>=90", "=A1<60"]);
  });
});

describe("calculation", () => {
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member(1)
  test("a batch that suspends calculation must recalculate before it ends", async () => {
    const fake = createFakeOffice({ excelApi: "1.8" });
    const forgot = run(fake, async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=1+1"]];
      await context.sync();
    });
    expect(await codeOf(forgot)).toMatch(/without application.calculate/);
    await run(fake, async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=1+1"]];
      await context.sync();
      context.workbook.application.calculate("Full");
      await context.sync();
    });
    expect(fake.stats.calculations).toBe(1);
  });
});

describe("requirement sets and the workbook's own units", () => {
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
  test("merged areas need ExcelApi 1.13 (ApiNotFound before), then come back with the sheet named", async () => {
    const old = createFakeOffice({ excelApi: "1.8" });
    const refused = run(old, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange().getMergedAreasOrNullObject();
      await context.sync();
    });
    expect(await codeOf(refused)).toBe("ApiNotFound");
    const fake = createFakeOffice({ excelApi: "1.13", sheets: { 日志: [] } });
    const address = await run(fake, async (context) => {
      const ws = context.workbook.worksheets.getItem("日志");
      ws.getRange("A2:A3").merge();
      ws.getRange("C5:D5").merge();
      const areas = ws.getRange().getMergedAreasOrNullObject().load("address");
      await context.sync();
      return areas.address;
    });
    expect(address).toBe("'日志'!A2:A3, '日志'!C5:D5");
  });

  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getcellproperties-member(1)
  // https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
  test("getCellProperties needs ExcelApi 1.9 (ApiNotFound); its values count against the 5 MB response", async () => {
    const old = createFakeOffice({ excelApi: "1.8" });
    const refused = run(old, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").getCellProperties({});
      await context.sync();
    });
    expect(await codeOf(refused)).toBe("ApiNotFound");
    const fake = createFakeOffice({ excelApi: "1.9" });
    const ask = { format: { fill: { color: true }, font: { color: true, bold: true } } };
    const value = await run(fake, async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("B2").format.fill.color = "#FFFF00";
      ws.getRange("A1").format.font.bold = true;
      const props = ws.getRange("A1:B2").getCellProperties(ask);
      await context.sync();
      return props.value ?? [];
    });
    // no fill reads white, the automatic font black
    expect(value[0][0].format).toEqual({
      fill: { color: "#FFFFFF" },
      font: { color: "#000000", bold: true },
    });
    expect(value[1][1].format?.fill?.color).toBe("#FFFF00");
    const response = fake.stats.batches[fake.stats.batches.length - 1].responseBytes;
    expect(response).toBeGreaterThan(4 * 50);
    fake.state.payloadLimitBytes = response - 1;
    const tooBig = run(fake, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").getCellProperties(ask);
      await context.sync();
    });
    expect(await codeOf(tooBig)).toBe("ResponsePayloadSizeLimitExceeded");
  });

  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-standardwidth-member
  test("standardWidth is in characters and a default column's width in points, per the Normal font", async () => {
    const fake = createFakeOffice({ standardWidth: { characters: 8.38, points: 54 } });
    const [chars, points] = await run(fake, async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1").load("standardWidth");
      const col = ws.getRange("XFD:XFD").format.load("columnWidth");
      await context.sync();
      return [ws.standardWidth, col.columnWidth];
    });
    expect([chars, points]).toEqual([8.38, 54]);
  });

  test("an injected failure stops the request at that operation; those before it stay done", async () => {
    const fake = createFakeOffice();
    fake.state.failAfter = 1;
    const failed = run(fake, async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").values = [["一"]];
      ws.getRange("A2").values = [["二"]];
      await context.sync();
    });
    expect(await codeOf(failed)).toBe("GeneralException");
    const sheet = fake.grid.sheets[0];
    expect([getCell(sheet, 0, 0)?.value, getCell(sheet, 1, 0)?.value]).toEqual(["一", undefined]);
  });
});

describe("comments and notes", () => {
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.commentcollection#excel-excel-commentcollection-add-member(1)
  test("comments need ExcelApi 1.10, a sheet-qualified address and one cell", async () => {
    const old = createFakeOffice({ sheets: { 表: [] }, excelApi: "1.9" });
    expect(
      await codeOf(
        run(old, async (context) => {
          context.workbook.comments.add("表!A1", "x");
          await context.sync();
        })
      )
    ).toBe("ApiNotFound");
    const fake = createFakeOffice({ sheets: { 表: [] }, excelApi: "1.10", userName: "李四" });
    const add = (address: string) =>
      codeOf(
        run(fake, async (context) => {
          context.workbook.comments.add(address, "x");
          await context.sync();
        })
      );
    expect(await add("A1")).toBe("InvalidArgument");
    expect(await add("表!A1:B2")).toBe("InvalidArgument");
    await run(fake, async (context) => {
      context.workbook.comments.add("表!B3", "看一下").replies.add("好的");
      await context.sync();
    });
    const [c] = fake.grid.sheets[0].comments;
    // what an add-in adds is the signed-in user's
    expect(c).toEqual(
      expect.objectContaining({ row: 2, column: 1, content: "看一下", authorName: "李四" })
    );
    expect(c.replies.map((r) => [r.content, r.authorName])).toEqual([["好的", "李四"]]);
  });

  // https://support.microsoft.com/en-us/office/the-difference-between-threaded-comments-and-notes-75a51eec-4092-42ab-abf8-7669077b7be3
  test("a cell holds one comment or one note; notes need ExcelApi 1.18", async () => {
    const fake = createFakeOffice({ sheets: { 表: [] }, excelApi: "1.17" });
    expect(
      await codeOf(
        run(fake, async (context) => {
          context.workbook.worksheets.getItem("表").notes.add("A1", "x");
          await context.sync();
        })
      )
    ).toBe("ApiNotFound");
    fake.state.excelApi = "1.18";
    await run(fake, async (context) => {
      context.workbook.worksheets.getItem("表").notes.add("A1", "注释");
      await context.sync();
    });
    expect(
      await codeOf(
        run(fake, async (context) => {
          context.workbook.comments.add("表!A1", "x");
          await context.sync();
        })
      )
    ).toBe("InvalidOperation");
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.notecollection#excel-excel-notecollection-add-member(1)
    expect(
      await codeOf(
        run(fake, async (context) => {
          context.workbook.worksheets.getItem("表").notes.add("A1:A2", "x");
          await context.sync();
        })
      )
    ).toBe("InvalidCellAddress");
  });

  // https://support.microsoft.com/en-us/office/protect-a-worksheet-3179efdb-1285-4d49-a9c3-f4ca36276de6
  test("a protected sheet refuses new comments unless editing objects is allowed", async () => {
    const fake = createFakeOffice({ sheets: { 表: [] }, excelApi: "1.18" });
    fake.grid.sheets[0].protection = { protected: true, options: {} };
    expect(
      await codeOf(
        run(fake, async (context) => {
          context.workbook.comments.add("表!A1", "x");
          await context.sync();
        })
      )
    ).toBe("AccessDenied");
    fake.grid.sheets[0].protection = { protected: true, options: { allowEditObjects: true } };
    await run(fake, async (context) => {
      context.workbook.comments.add("表!A1", "x");
      await context.sync();
    });
    expect(fake.grid.sheets[0].comments).toHaveLength(1);
  });

  test("comments are found with getLocation after a load, follow a renamed sheet and go with a deleted one", async () => {
    const fake = createFakeOffice({ sheets: { 表: [], 另: [] }, excelApi: "1.18" });
    await run(fake, async (context) => {
      context.workbook.comments.add("表!C5", "甲");
      await context.sync();
    });
    const address = await run(fake, async (context) => {
      context.workbook.worksheets.getItem("表").name = "新表";
      const comments = context.workbook.comments;
      comments.load("items/content");
      await context.sync();
      const at = comments.items[0].getLocation();
      at.load("address");
      await context.sync();
      return at.address;
    });
    expect(address.replace(/'/g, "")).toBe("新表!C5");
    await run(fake, async (context) => {
      context.workbook.worksheets.getItem("新表").delete();
      const comments = context.workbook.comments;
      comments.load("items/id");
      await context.sync();
      expect(comments.items).toHaveLength(0);
    });
  });
});
