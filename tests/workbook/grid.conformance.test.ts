// One table of cases run against every host's grid (STYLE §8): the ExcelJS grid over a saved
// .xlsx (src/xlsx/reader.ts), the CLI's lean grid over the same file (src/xlsx/leanReader.ts) and
// the open workbook's grid over the fake Excel host (src/office/book.ts). Each case describes a workbook once, builds it in both hosts, asks the
// same questions through the one header search and cell helpers, and expects the same answers
// — the answers written out here, so both hosts being wrong the same way fails too.

import ExcelJS from "exceljs";
import { readOpenBook } from "../../src/office/book";
import { parseCell, parseRange } from "../../src/workbook/address";
import {
  cellOf,
  hasSheet,
  namedCell,
  WorkbookReadError,
  type RawCell,
  type TableOptions,
  type WorkbookGrid,
} from "../../src/workbook/grid";
import { findTable } from "../../src/workbook/read/table";
import { LeanGrid, readXlsxLean } from "../../src/xlsx/leanReader";
import { readXlsx } from "../../src/xlsx/reader";
import { ensureCell, addSheet } from "../fakeExcel";
import { installFake, uninstallFake } from "../addin/officeHelpers";

afterEach(uninstallFake);

/** One cell as both hosts can hold it. */
interface CellSpec {
  value?: string | number | boolean;
  /** an error value such as #N/A */
  error?: string;
  /** without `=` */
  formula?: string;
  /** the formula's cached result */
  result?: string | number | boolean;
  numFmt?: string;
}

interface BookSpec {
  sheets: Record<string, Record<string, CellSpec | string | number | boolean>>;
  merges?: Record<string, string[]>;
  /** workbook-level names: name → reference (`'说明'!$B$4`) */
  names?: Record<string, string>;
}

type Probe =
  | { cell: [string, string] }
  | { table: [string, string[], TableOptions?] }
  | { named: string }
  | { sheet: string };

interface Case {
  name: string;
  book: BookSpec;
  probes: { probe: Probe; expected: unknown }[];
}

const spec = (c: CellSpec | string | number | boolean): CellSpec =>
  typeof c === "object" ? c : { value: c };

/** The book saved by ExcelJS, read back by ExcelJS's full load and by the lean reader. */
async function fileGrids(book: BookSpec): Promise<{ full: WorkbookGrid; lean: WorkbookGrid }> {
  const wb = new ExcelJS.Workbook();
  for (const [name, cells] of Object.entries(book.sheets)) {
    const ws = wb.addWorksheet(name);
    for (const [address, raw] of Object.entries(cells)) {
      const c = spec(raw);
      const cell = ws.getCell(address);
      if (c.formula !== undefined) cell.value = { formula: c.formula, result: c.result } as never;
      else if (c.error !== undefined) cell.value = { error: c.error } as never;
      else if (c.value !== undefined) cell.value = c.value;
      if (c.numFmt) cell.numFmt = c.numFmt;
    }
    for (const m of book.merges?.[name] ?? []) ws.mergeCells(m);
  }
  for (const [name, ref] of Object.entries(book.names ?? {})) wb.definedNames.add(ref, name);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return { full: await readXlsx(bytes, "表.xlsx"), lean: await readXlsxLean(bytes, "表.xlsx") };
}

async function officeGrid(book: BookSpec): Promise<WorkbookGrid> {
  const fake = installFake({ excelApi: "1.13", sheets: {} });
  for (const [name, cells] of Object.entries(book.sheets)) {
    const sheet = addSheet(fake.grid, name);
    for (const [address, raw] of Object.entries(cells)) {
      const c = spec(raw);
      const { row, col } = parseCell(address);
      const cell = ensureCell(sheet, row - 1, col - 1);
      if (c.formula !== undefined) {
        cell.formula = `=${c.formula}`;
        if (c.result !== undefined) cell.value = c.result;
      } else if (c.error !== undefined) cell.value = c.error;
      else if (c.value !== undefined) cell.value = c.value;
      if (c.numFmt) cell.numberFormat = c.numFmt;
    }
    for (const m of book.merges?.[name] ?? []) {
      const r = parseRange(m);
      sheet.merges.push({
        row: r.top - 1,
        column: r.left - 1,
        rowCount: r.bottom - r.top + 1,
        columnCount: r.right - r.left + 1,
      });
    }
  }
  for (const [name, ref] of Object.entries(book.names ?? {}))
    fake.grid.names.push({ name, formula: `=${ref}`, comment: "" });
  return fake.Excel.run((context) =>
    readOpenBook(context as unknown as Excel.RequestContext, Object.keys(book.sheets))
  );
}

/** The answer to one probe; a read error as its code, sheet, cell and message (place elided). */
function ask(grid: WorkbookGrid, probe: Probe): unknown {
  try {
    // as cells serialise (the lean reader's cells make their address and formula on demand)
    if ("cell" in probe) return JSON.parse(JSON.stringify(cellOf(grid, ...probe.cell))) as unknown;
    if ("table" in probe)
      return JSON.parse(JSON.stringify(findTable(grid, ...probe.table))) as unknown;
    if ("named" in probe) return namedCell(grid, probe.named) ?? null;
    return hasSheet(grid, probe.sheet);
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    return {
      error: e.code,
      sheet: e.sheet,
      cell: e.cell,
      // a space follows a Latin file name before Chinese text (文件 a.xlsx 中…), not 当前工作簿
      message: e.message.split(`${grid.place} `).join("<文件>").split(grid.place).join("<文件>"),
    };
  }
}

const cell = (address: string, kind: RawCell["kind"], value: RawCell["value"], more = {}) => ({
  kind,
  value,
  address,
  ...more,
});

const CASES: Case[] = [
  {
    name: "each kind of cell",
    book: {
      sheets: {
        表: {
          A1: "文字",
          A2: 3.5,
          A3: { value: 46326, numFmt: "yyyy-mm-dd" },
          A4: { value: 46326.5, numFmt: "yyyy-mm-dd hh:mm" },
          A5: true,
          A6: { error: "#N/A" },
          A7: { formula: "A2*2", result: 7 },
          A8: { formula: 'IF(A5,"是","否")', result: "是" },
          A9: { formula: "A2+1" },
          A10: { formula: "A5", result: false },
        },
      },
    },
    probes: [
      { probe: { cell: ["表", "A1"] }, expected: cell("A1", "text", "文字") },
      { probe: { cell: ["表", "A2"] }, expected: cell("A2", "number", 3.5) },
      { probe: { cell: ["表", "A3"] }, expected: cell("A3", "date", "2026-10-31") },
      { probe: { cell: ["表", "A4"] }, expected: cell("A4", "date", "2026-10-31T12:00:00") },
      { probe: { cell: ["表", "A5"] }, expected: cell("A5", "bool", true) },
      { probe: { cell: ["表", "A6"] }, expected: cell("A6", "error", "#N/A") },
      {
        probe: { cell: ["表", "A7"] },
        expected: cell("A7", "formula", 7, { formula: "A2*2", resultKind: "number" }),
      },
      {
        probe: { cell: ["表", "A8"] },
        expected: cell("A8", "formula", "是", { formula: 'IF(A5,"是","否")', resultKind: "text" }),
      },
      {
        probe: { cell: ["表", "A9"] },
        expected: cell("A9", "formula", null, { formula: "A2+1", resultKind: "empty" }),
      },
      {
        probe: { cell: ["表", "A10"] },
        expected: cell("A10", "formula", false, { formula: "A5", resultKind: "bool" }),
      },
      { probe: { cell: ["表", "C30"] }, expected: cell("C30", "empty", null) },
      { probe: { cell: ["表", "A11"] }, expected: cell("A11", "empty", null) },
    ],
  },
  {
    name: "header search: the best of the first rows, headers compared without spaces",
    book: {
      sheets: {
        交办事项: {
          A1: "交办事项清单",
          A3: "编 号",
          B3: "时限（工作日）",
          C3: "责任人",
          A4: "T1",
          B4: 5,
          C4: "刘晓燕",
          A6: "T2",
          C6: "王建国",
          D6: "表外的字",
        },
      },
    },
    probes: [
      {
        probe: { table: ["交办事项", ["编号", "责任人"], { optional: ["时限(工作日)", "备注"] }] },
        expected: {
          sheet: "交办事项",
          headerRow: 3,
          columns: { 编号: "A", 责任人: "C", "时限(工作日)": "B" },
          missingOptional: ["备注"],
          rows: [
            {
              row: 4,
              cells: {
                编号: cell("A4", "text", "T1"),
                责任人: cell("C4", "text", "刘晓燕"),
                "时限(工作日)": cell("B4", "number", 5),
              },
            },
            {
              row: 6,
              cells: {
                编号: cell("A6", "text", "T2"),
                责任人: cell("C6", "text", "王建国"),
                "时限(工作日)": cell("B6", "empty", null),
              },
            },
          ],
          merges: [],
        },
      },
    ],
  },
  {
    name: "a missing header, a missing sheet, a sheet name in other letter case",
    book: { sheets: { Staff: { A1: "编号", B1: "事项", A2: 1 } } },
    probes: [
      {
        probe: { table: ["Staff", ["编号", "到期日", "责任人"]] },
        expected: {
          error: "missing-header",
          sheet: "Staff",
          cell: "1",
          message: "<文件>，工作表“Staff”：找不到列“到期日”、“责任人”（第 1 行）",
        },
      },
      {
        probe: { table: ["人员", ["姓名"]] },
        expected: {
          error: "missing-sheet",
          sheet: "人员",
          cell: undefined,
          message: "<文件>中没有工作表“人员”",
        },
      },
      { probe: { sheet: "STAFF" }, expected: true },
      { probe: { sheet: "人员" }, expected: false },
      { probe: { cell: ["staff", "A2"] }, expected: cell("A2", "number", 1) },
      {
        probe: { table: ["空表", ["编号"]] },
        expected: {
          error: "missing-sheet",
          sheet: "空表",
          cell: undefined,
          message: "<文件>中没有工作表“空表”",
        },
      },
    ],
  },
  {
    name: "merged cells in the data rows: covered cells read empty and the table lists the merge",
    book: {
      sheets: {
        日志: {
          A1: "姓名",
          B1: "内容",
          A2: "刘晓燕",
          B2: "整理档案",
          B3: "接待来访",
          A4: "王建国",
          B4: "起草通知",
        },
      },
      merges: { 日志: ["A2:A3"] },
    },
    probes: [
      {
        probe: { cell: ["日志", "A3"] },
        expected: cell("A3", "empty", null, { mergedInto: "A2" }),
      },
      {
        probe: { table: ["日志", ["姓名", "内容"]] },
        expected: {
          sheet: "日志",
          headerRow: 1,
          columns: { 姓名: "A", 内容: "B" },
          missingOptional: [],
          rows: [
            {
              row: 2,
              cells: { 姓名: cell("A2", "text", "刘晓燕"), 内容: cell("B2", "text", "整理档案") },
            },
            {
              row: 3,
              cells: {
                姓名: cell("A3", "empty", null, { mergedInto: "A2" }),
                内容: cell("B3", "text", "接待来访"),
              },
            },
            {
              row: 4,
              cells: { 姓名: cell("A4", "text", "王建国"), 内容: cell("B4", "text", "起草通知") },
            },
          ],
          merges: ["A2:A3"],
        },
      },
    ],
  },
  {
    name: "a merged title above the header is not a merge of the table",
    book: {
      sheets: { 人员: { A1: "人员名单", A2: "姓名", B2: "岗位", A3: "刘晓燕", B3: "办公室" } },
      merges: { 人员: ["A1:B1"] },
    },
    probes: [
      {
        probe: { table: ["人员", ["姓名", "岗位"]] },
        expected: expect.objectContaining({ headerRow: 2, merges: [] }),
      },
    ],
  },
  {
    name: "defined names point at one cell",
    book: {
      sheets: {
        说明: { A4: "基准日", B4: { value: 46326, numFmt: "yyyy-mm-dd" } },
        "O'Brien": { A1: 1 },
      },
      names: { 基准日: "'说明'!$B$4", 首格: "'O''Brien'!$A$1" },
    },
    probes: [
      { probe: { named: "基准日" }, expected: { sheet: "说明", address: "B4" } },
      { probe: { named: "首格" }, expected: { sheet: "O'Brien", address: "A1" } },
      { probe: { named: "没有" }, expected: null },
      { probe: { cell: ["说明", "B4"] }, expected: cell("B4", "date", "2026-10-31") },
    ],
  },
];

describe.each(CASES)("$name", ({ book, probes }) => {
  test("the ExcelJS grid, the lean grid and the Office grid give the answers of the table", async () => {
    const { full: fromFile, lean: fromLean } = await fileGrids(book);
    expect(fromLean).toBeInstanceOf(LeanGrid); // read by itself, not by its ExcelJS fallback
    const fromOffice = await officeGrid(book);
    for (const { probe, expected } of probes) {
      const file = ask(fromFile, probe);
      const lean = ask(fromLean, probe);
      const office = ask(fromOffice, probe);
      expect({ probe, answer: file }).toEqual({ probe, answer: expected });
      expect({ probe, answer: lean }).toEqual({ probe, answer: expected });
      expect({ probe, answer: office }).toEqual({ probe, answer: expected });
    }
  });
});
