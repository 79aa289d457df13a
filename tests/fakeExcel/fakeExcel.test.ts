// The fake Excel host behaves like Office.js where our code could go wrong: reading before
// load+sync, counting syncs, the 5 MB payload limit, used ranges, protection, validation.
// These tests read before load/sync on purpose, and sync in a loop to show chunked writes.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load, office-addins/no-context-sync-in-loop */

import { chunkRows } from "../../src/office/chunks";
import { createFakeOffice, FIVE_MB, type FakeOffice } from "./office";
import { getCell, sheetValues } from "./grid";
import type { RequestContext } from "./base";

type Batch<T> = (context: RequestContext) => Promise<T>;

function run<T>(fake: FakeOffice, batch: Batch<T>): Promise<T> {
  return fake.Excel.run(batch);
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
  return "no error";
}

describe("load and sync", () => {
  test("reading a property before load+sync throws PropertyNotLoaded, after it works", async () => {
    const fake = createFakeOffice({ sheets: { 台账: [["岗位", 3]] } });
    await run(fake, async (context) => {
      const range = context.workbook.worksheets.getItem("台账").getRange("A1:B1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values, address, format/fill/color");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["岗位", 3]]);
      expect(range.address).toBe("'台账'!A1:B1");
      expect(range.format.fill.color).toBe("#FFFFFF");
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(fake.stats.syncs).toBe(1);
  });

  test("a load sees the state at its place in the batch", async () => {
    const fake = createFakeOffice();
    await run(fake, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      const before = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      range.values = [[7]];
      range.load("values");
      await context.sync();
      expect(before.values).toEqual([[""]]);
      expect(range.values).toEqual([[7]]);
    });
  });

  test("Excel.run sends what is still queued when the batch resolves, and counts it", async () => {
    const fake = createFakeOffice();
    await run(fake, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [["done"]];
    });
    expect(getCell(fake.grid.sheets[0], 1, 1)?.value).toBe("done");
    expect(fake.stats).toMatchObject({ runs: 1, syncs: 1 });
    // A batch with nothing queued at the end costs no extra round trip.
    await run(fake, async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("B2").load("values");
      await context.sync();
      return r.values;
    });
    expect(fake.stats).toMatchObject({ runs: 2, syncs: 2 });
  });

  test("a failing operation stops the batch; earlier operations stay applied (no rollback)", async () => {
    const fake = createFakeOffice();
    const code = await codeOf(
      run(fake, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["first"]];
        sheet.getRange("A2:B2").values = [["only one"]]; // 1 column for a 2-column range
        sheet.getRange("A3").values = [["never"]];
        await context.sync();
      })
    );
    expect(code).toBe("InvalidArgument");
    expect(sheetValues(fake.grid.sheets[0])).toEqual([["first"]]);
  });

  test("getItem of a missing sheet fails at sync; getItemOrNullObject reports isNullObject", async () => {
    const fake = createFakeOffice();
    const code = await codeOf(
      run(fake, async (context) => {
        context.workbook.worksheets.getItem("无此表").load("name");
        await context.sync();
      })
    );
    expect(code).toBe("ItemNotFound");
    await run(fake, async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("无此表");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1"); // names ignore case
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });
});

describe("payload size", () => {
  test("records each batch's request bytes as UTF-8 JSON of the queued operations", async () => {
    const fake = createFakeOffice();
    await run(fake, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["岗"]];
      await context.sync();
    });
    // [["worksheets/getItem(Sheet1)/getRange(A1)","values",[["岗"]]]]
    // 2 + (39 + 2) + 1 + 8 + 1 + 3 + 3 (岗 in UTF-8) + 3 + 2 = 64
    expect(fake.stats.batches).toEqual([{ operations: 1, requestBytes: 64, responseBytes: 2 }]);
  });

  // 4000 rows × 50 cells of "岗位职责内容示例" (8 CJK characters = 24 bytes):
  // one row's JSON = 2 + 50 × (24 + 2) + 49 = 1351 bytes; all rows = 2 + 4000 × 1351 + 3999
  // = 5,408,001 bytes > 5 MB (5,242,880).
  const rows = Array.from({ length: 4000 }, () =>
    Array.from({ length: 50 }, () => "岗位职责内容示例")
  );

  test("a write over 5 MB is rejected like Excel on the web, and nothing is written", async () => {
    const fake = createFakeOffice();
    const code = await codeOf(
      run(fake, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 4000, 50).values =
          rows;
        await context.sync();
      })
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.stats.batches[0].requestBytes).toBeGreaterThan(FIVE_MB);
    expect(fake.grid.sheets[0].cells.size).toBe(0);
  });

  test("the same write in 4 MB row blocks goes through in two syncs", async () => {
    const fake = createFakeOffice();
    // 4 MB = 4,194,304 bytes; a block of n rows is 2 + 1351n + (n - 1) bytes ≤ 4,194,304
    // → n ≤ 3102: blocks of 3102 and 898 rows.
    const blocks = chunkRows(rows);
    expect(blocks.map((b) => b.rows.length)).toEqual([3102, 898]);
    await run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      for (const block of blocks) {
        sheet.getRangeByIndexes(block.startRow, 0, block.rows.length, 50).values = block.rows;
        await context.sync();
      }
    });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.batches.every((b) => b.requestBytes < FIVE_MB)).toBe(true);
    expect(fake.grid.sheets[0].cells.size).toBe(4000 * 50);
    expect(getCell(fake.grid.sheets[0], 3999, 49)?.value).toBe("岗位职责内容示例");
  });

  test("a response over the limit is refused too", async () => {
    const fake = createFakeOffice({
      payloadLimitBytes: 1000,
      sheets: { S: [["x".repeat(600)], ["y".repeat(600)]] },
    });
    const code = await codeOf(
      run(fake, async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:A2").load("values");
        await context.sync();
      })
    );
    expect(code).toBe("ResponsePayloadSizeLimitExceeded");
  });
});

describe("cells", () => {
  test("values are entered as Excel enters them", async () => {
    const fake = createFakeOffice({ sheets: { S: [[null, "keep"]] } });
    await run(fake, async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:E1");
      range.values = [["=SUM(1,2)", null, "0012", "'=not a formula", true]];
      range.load("values, formulas, valueTypes");
      await context.sync();
      // The fake does not calculate: a formula cell's value is "" unless a test sets a cached value.
      expect(range.formulas).toEqual([["=SUM(1,2)", "keep", 12, "=not a formula", true]]);
      expect(range.values).toEqual([["", "keep", 12, "=not a formula", true]]);
      expect(range.valueTypes).toEqual([["String", "String", "Double", "String", "Boolean"]]);
    });
  });

  test("formulasLocal is refused (formulas are written in English)", async () => {
    const fake = createFakeOffice();
    await run(fake, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1") as unknown as {
        formulasLocal: unknown;
      };
      expect(() => {
        range.formulasLocal = [["=求和(1)"]];
      }).toThrow(/formulasLocal/);
    });
  });

  test("used range: A1 for an empty sheet, null object when asked, values-only or with formats", async () => {
    const fake = createFakeOffice();
    await run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const empty = sheet.getUsedRange().load("address");
      const none = sheet.getUsedRangeOrNullObject(true);
      await context.sync();
      expect(empty.address).toBe("Sheet1!A1");
      expect(none.isNullObject).toBe(true);
      sheet.getRange("B2:C3").values = [
        [1, 2],
        [3, ""],
      ];
      sheet.getRange("E10").format.fill.color = "#ffc7ce";
      const values = sheet.getUsedRangeOrNullObject(true).load("address, rowCount, columnCount");
      const all = sheet.getUsedRange(false).load("address");
      await context.sync();
      expect([values.isNullObject, values.address, values.rowCount, values.columnCount]).toEqual([
        false,
        "Sheet1!B2:C3",
        2,
        2,
      ]);
      expect(all.address).toBe("Sheet1!B2:E10");
    });
    expect(getCell(fake.grid.sheets[0], 9, 4)?.style.fill).toBe("#FFC7CE");
  });

  test("formats, widths, selection and calculation suspension land in the grid", async () => {
    const fake = createFakeOffice();
    await run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      context.workbook.application.suspendApiCalculationUntilNextSync();
      const header = sheet.getRange("A1:C1");
      header.format.font.bold = true;
      header.format.font.name = "等线";
      header.format.columnWidth = 90;
      header.format.wrapText = true;
      header.numberFormat = [["@", "yyyy-mm-dd", "0.0"]];
      sheet.getRange("B2").select();
      sheet.freezePanes.freezeRows(1);
      sheet.tabColor = "#1f5fa8";
      context.workbook.application.calculate("Full");
      const check = sheet.getRange("A1:D1").load("format/font/bold, format/columnWidth");
      await context.sync();
      expect(check.format.font.bold).toBeNull(); // D1 is not bold: mixed
      expect(check.format.columnWidth).toBeNull(); // D keeps the default width
    });
    const sheet = fake.grid.sheets[0];
    expect(getCell(sheet, 0, 2)?.style).toEqual({
      fontBold: true,
      fontName: "等线",
      wrapText: true,
    });
    expect(getCell(sheet, 0, 1)?.numberFormat).toBe("yyyy-mm-dd");
    expect([sheet.columnWidths.get(0), sheet.columnWidths.get(3)]).toEqual([90, undefined]);
    expect(
      fake.grid.selection &&
        `${fake.grid.selection.sheet.name}:${fake.grid.selection.area.row},${fake.grid.selection.area.column}`
    ).toBe("Sheet1:1,1");
    expect([sheet.frozenRows, sheet.tabColor, fake.stats.calculationSuspensions]).toEqual([
      1,
      "#1F5FA8",
      1,
    ]);
  });
});

describe("sheets, names, protection, validation, conditional formats", () => {
  test("worksheets add, list, refuse duplicates, delete", async () => {
    const fake = createFakeOffice();
    await run(fake, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.add("岗位职责");
      sheets.add("任务台账");
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "岗位职责", "任务台账"]);
    });
    expect(
      await codeOf(
        run(fake, async (context) => {
          context.workbook.worksheets.add("岗位职责");
          await context.sync();
        })
      )
    ).toBe("ItemAlreadyExists");
    await run(fake, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").delete();
      await context.sync();
    });
    expect(fake.grid.sheets.map((s) => s.name)).toEqual(["岗位职责", "任务台账"]);
  });

  test("defined names point at absolute ranges and can be looked up", async () => {
    const fake = createFakeOffice({ sheets: { 岗位职责: [] } });
    await run(fake, async (context) => {
      const range = context.workbook.worksheets.getItem("岗位职责").getRange("A2:A30");
      context.workbook.names.add("岗位列表", range, "下拉列表来源");
      await context.sync();
      const found = context.workbook.names.getItemOrNullObject("岗位列表").load("formula, type");
      const missing = context.workbook.names.getItemOrNullObject("无此名");
      await context.sync();
      expect([found.isNullObject, found.formula, found.type, missing.isNullObject]).toEqual([
        false,
        "='岗位职责'!$A$2:$A$30",
        "Range",
        true,
      ]);
    });
  });

  test("a protected sheet refuses writes to locked cells, accepts unlocked ones; passwords are checked", async () => {
    const fake = createFakeOffice({ excelApi: "1.8" });
    await run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2:B3").format.protection.locked = false;
      sheet.protection.protect({ allowFormatCells: false }, "pw");
      await context.sync();
      sheet.getRange("B2").values = [["ok"]];
      await context.sync();
    });
    expect(
      await codeOf(
        run(fake, async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["no"]];
          await context.sync();
        })
      )
    ).toBe("AccessDenied");
    expect(
      await codeOf(
        run(fake, async (context) => {
          context.workbook.worksheets.getItem("Sheet1").protection.unprotect("wrong");
          await context.sync();
        })
      )
    ).toBe("InvalidArgument");
    const sheet = fake.grid.sheets[0];
    expect([
      getCell(sheet, 1, 1)?.value,
      getCell(sheet, 0, 0)?.value,
      sheet.protection.protected,
    ]).toEqual(["ok", undefined, true]);
  });

  test("list validation is stored as one range-level rule; inline lists over 255 characters are refused", async () => {
    const fake = createFakeOffice();
    await run(fake, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("C2:C200");
      range.dataValidation.rule = {
        list: { inCellDropDown: true, source: "完成,进行中,未完成,请假,出差" },
      };
      range.dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: "状态",
        message: "请从列表中选择",
      };
      const check = range.dataValidation.load("type");
      await context.sync();
      expect(check.type).toBe("List");
    });
    expect(fake.grid.sheets[0].validations).toEqual([
      expect.objectContaining({
        address: "C2:C200",
        rule: { list: { inCellDropDown: true, source: "完成,进行中,未完成,请假,出差" } },
        errorAlert: expect.objectContaining({ message: "请从列表中选择" }),
      }),
    ]);
    await run(fake, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("D2:D9");
      expect(() => {
        range.dataValidation.rule = { list: { inCellDropDown: true, source: "岗".repeat(256) } };
      }).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
    });
  });

  test("custom conditional formats keep their formula and fill", async () => {
    const fake = createFakeOffice();
    await run(fake, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A2:H100");
      const cf = range.conditionalFormats.add(fake.Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = '=AND($F2<>"",$F2<TODAY())';
      cf.custom.format.fill.color = "#FFC7CE";
      await context.sync();
    });
    expect(fake.grid.sheets[0].conditionalFormats).toEqual([
      expect.objectContaining({
        address: "A2:H100",
        type: "Custom",
        formula: '=AND($F2<>"",$F2<TODAY())',
        fill: "#FFC7CE",
      }),
    ]);
  });

  test("requirement sets: isSetSupported follows the configured version and newer APIs are missing", async () => {
    const old = createFakeOffice({ excelApi: "1.7" });
    expect(old.Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(old.Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(false);
    await run(old, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => {
        range.dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      }).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
    await expect(old.Excel.createWorkbook("UEsDBA==")).rejects.toMatchObject({
      code: "ApiNotFound",
    });
    const current = createFakeOffice({ excelApi: "1.12" });
    expect(current.Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    await current.Excel.createWorkbook("UEsDBA==");
    expect(current.grid.createdWorkbooks).toEqual(["UEsDBA=="]);
  });
});
