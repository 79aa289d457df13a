import {
  colIndex,
  colLetter,
  parseRange,
  rangeAddress,
  sheetRef,
} from "../../src/workbook/address";
import { addTable, rowHeight, textUnits, wrappedLines } from "../../src/workbook/builder";
import {
  emptySheet,
  isoToSerial,
  modelProblems,
  officeFormulas,
  safeSheetName,
  serialToIso,
  undatedDateCells,
  widthToPoints,
  type WorkbookModel,
} from "../../src/workbook/model";

describe("addresses", () => {
  test("column letters both ways", () => {
    expect([1, 26, 27, 52, 703].map(colLetter)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
    expect(["A", "Z", "AA", "AZ", "AAA"].map(colIndex)).toEqual([1, 26, 27, 52, 703]);
  });
  test("ranges are normalised and sheet references quoted", () => {
    expect(parseRange("$C$10:A2")).toEqual({ top: 2, left: 1, bottom: 10, right: 3 });
    expect(rangeAddress({ top: 2, left: 1, bottom: 10, right: 3 }, true)).toBe("$A$2:$C$10");
    expect(sheetRef("it's", "B3")).toBe("'it''s'!$B$3");
  });
});

describe("dates are serial numbers computed in UTC", () => {
  test("known serials", () => {
    // 2025-01-01 is 45658; +365 → 2026-01-01 = 46023; +303 days (Jan..Sep = 273, +30) → 2026-10-31
    expect(isoToSerial("2025-01-01")).toBe(45658);
    expect(isoToSerial("2026-01-01")).toBe(46023);
    expect(isoToSerial("2026-10-31")).toBe(46326);
    expect(serialToIso(46326)).toBe("2026-10-31");
    expect(serialToIso(46326.75)).toBe("2026-10-31");
  });
  test("impossible dates are refused", () => {
    expect(() => isoToSerial("2026-02-29")).toThrow("不存在的日期：2026-02-29");
    expect(() => isoToSerial("2026/2/1")).toThrow("YYYY-MM-DD");
  });
});

describe("officeFormulas (one range.formulas write per block)", () => {
  test("formulas get '=', dates become serials, text that would be parsed stays text", () => {
    const cells = officeFormulas({
      origin: "A1",
      cells: [
        [
          { formula: "SUM(B1:B3)", result: 6 },
          { date: "2026-10-31" },
          "=HYPERLINK(1)",
          "0012",
          "事项",
          null,
          2.5,
          true,
          "11月3日",
          "TRUE",
          "-3",
        ],
      ],
    });
    expect(cells).toEqual([
      [
        "=SUM(B1:B3)",
        46326,
        "'=HYPERLINK(1)",
        "'0012",
        "事项",
        "",
        2.5,
        true,
        "'11月3日",
        "'TRUE",
        "'-3",
      ],
    ]);
  });
});

describe("modelProblems", () => {
  test("inline lists over 255 characters, bad sheet names and ragged blocks are reported", () => {
    const s = emptySheet("a:b");
    s.validations.push({
      range: "A2:A9",
      rule: { type: "list", values: Array.from({ length: 60 }, (_, i) => `选项${i}`) },
    });
    s.blocks.push({ origin: "A1", cells: [[1, 2], [3]] });
    s.blocks.push({
      origin: "D1",
      cells: [
        [
          { formula: "A1", result: null },
          { formula: "A2", result: "" },
        ],
      ],
    });
    const m: WorkbookModel = { title: "t", sheets: [s, emptySheet("A:B")], definedNames: [] };
    // 60 options: 选项0..选项9 are 3 chars (30), 选项10..选项59 are 4 chars (200), plus 59 commas = 289
    expect(modelProblems(m)).toEqual([
      "工作表“a:b”：名称含非法字符或超过 31 个字符",
      "工作表“a:b”：从 A1 开始的数据块各行长度不一致",
      '工作表“a:b”：从 D1 开始的数据块有 1 个公式没有缓存值（空结果请用 ""）',
      "工作表“a:b” A2:A9：下拉列表共 289 个字符，超过 255，应引用单元格区域",
      "工作表“A:B”：名称含非法字符或超过 31 个字符",
      "工作表“A:B”：名称重复",
    ]);
    expect(safeSheetName("门卫/收发")).toBe("门卫_收发");
  });
});

describe("undatedDateCells", () => {
  test("date cells and date-valued formulas without a number format are listed", () => {
    const s = emptySheet("日历");
    // G1 has a date format; H1 (a formula giving a date) and G2 (a date) do not
    s.blocks.push({
      origin: "G1",
      cells: [
        [{ date: "2026-10-01" }, { formula: "G1+1", result: { date: "2026-10-02" } }],
        [{ date: "2026-10-03" }, "2026-10-04"],
      ],
    });
    s.formats.push({ range: "G1", style: { numberFormat: "yyyy-mm-dd" } });
    expect(undatedDateCells(s)).toEqual(["H1", "G2"]);
  });

  test("addTable gives a formula column with date results the date format by itself", () => {
    const s = emptySheet("交办事项");
    addTable(s, {
      rows: [{ due: "2026-10-09" }],
      columns: [
        { header: "到期日", kind: "date", width: 12, value: (r) => ({ date: r.due }) },
        {
          header: "应完成日",
          kind: "formula",
          width: 12,
          formula: (row) => `A${row}`,
          result: (r) => ({ date: r!.due }),
        },
      ],
    });
    expect(undatedDateCells(s)).toEqual([]);
  });
});

test("column widths in points for Office.js: (width × 7 + 5) px × 0.75", () => {
  // 10 units: 75 px → 56.25 pt; 8.43 (Excel's default): 64.01 px → 48.01 pt
  expect(widthToPoints(10)).toBe(56.25);
  expect(widthToPoints(8.43)).toBe(48.01);
});

describe("addTable", () => {
  test("one block for headers and rows, formats and validations over column ranges", () => {
    const s = emptySheet("人员");
    const t = addTable(s, {
      headerRow: 2,
      firstColumn: 2,
      spareRows: 3,
      rows: [
        { n: "张三", d: "2026-10-08" },
        { n: "李四", d: "2026-10-09" },
      ],
      columns: [
        {
          header: "姓名",
          kind: "text",
          width: 10,
          input: true,
          value: (r) => r.n,
          validation: { type: "list", values: ["张三", "李四"] },
        },
        {
          header: "起算日期",
          kind: "date",
          width: 12,
          input: true,
          value: (r) => ({ date: r.d }),
          validation: { type: "date" },
        },
        {
          header: "序号",
          kind: "formula",
          width: 6,
          formula: () => `ROW()-${2}`,
          result: (_r, i) => i + 1,
        },
      ],
    });
    // header row 2, records rows 3-4, spare rows 5-7; columns B..D
    expect([
      t.firstDataRow,
      t.lastRecordRow,
      t.lastRow,
      t.col("起算日期"),
      t.range("序号", true),
    ]).toEqual([3, 4, 7, "C", "$D$3:$D$7"]);
    expect(s.blocks).toHaveLength(1);
    expect(s.blocks[0].origin).toBe("B2");
    expect(s.blocks[0].cells).toEqual([
      ["姓名", "起算日期", "序号"],
      ["张三", { date: "2026-10-08" }, { formula: "ROW()-2", result: 1 }],
      ["李四", { date: "2026-10-09" }, { formula: "ROW()-2", result: 2 }],
      [null, null, { formula: "ROW()-2", result: 3 }],
      [null, null, { formula: "ROW()-2", result: 4 }],
      [null, null, { formula: "ROW()-2", result: 5 }],
    ]);
    expect(s.validations).toEqual([
      { range: "B3:B7", rule: { type: "list", values: ["张三", "李四"] } },
      { range: "C3:C7", rule: { type: "date" } },
    ]);
    expect(s.formats.find((f) => f.range === "C3:C7")?.style).toEqual({
      locked: false,
      fill: "FFFFFF",
      numberFormat: "yyyy-mm-dd",
    });
    expect(s.formats.find((f) => f.range === "D3:D7")?.style.locked).toBe(true);
    expect(s.columnWidths).toEqual([undefined, 10, 12, 6]);
  });

  test("row heights follow the longest wrapped text", () => {
    // 20 CJK characters = 42 units; a column 21 wide holds (21 - 1) × 0.92 = 18.4 units a line → 3 lines
    expect(textUnits("一二三四五六七八九十一二三四五六七八九十")).toBeCloseTo(42, 6);
    expect(wrappedLines("一二三四五六七八九十一二三四五六七八九十", 21)).toBe(3);
    expect(wrappedLines("第一行\n第二行", 21)).toBe(2);
    // 3 lines × 11 pt × 1.45 + 5 = 52.85 → 53
    expect(
      rowHeight(
        [
          { text: "短", width: 10 },
          { text: "一二三四五六七八九十一二三四五六七八九十", width: 21 },
        ],
        11
      )
    ).toBe(53);
  });
});
