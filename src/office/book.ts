/// <reference types="office-js" />
// The open workbook as an XlsxBook (src/xlsx/reader.ts), so the month and clerk readers work on
// it unchanged. Everything is loaded in ONE sync (the sheets' used ranges: values, formulas,
// number formats; the workbook's sheet names and defined names) and then served from memory.
// Cells mean what the .xlsx reader's cells mean: a number with a date format is an ISO date, a
// formula typed into an input cell is kind "formula" with its cached value.

import { EXCEL_ERRORS, serialToIso } from "../workbook/model";
import { officeErrorCode } from "./errors";
import { colLetter, parseCell } from "../workbook/address";
import {
  normaliseHeader,
  XlsxReadError,
  type RawCell,
  type RawKind,
  type TableOptions,
  type TableRead,
  type TableRow,
  type XlsxBook,
} from "../xlsx/reader";

/** The name messages give the open workbook (Office.js 1.8 has no reliable file name). */
export const OPEN_WORKBOOK = "当前工作簿";

/** One sheet's used range as loaded: 0-based origin and the three 2-D arrays. */
export interface SheetData {
  name: string;
  row: number;
  column: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
}

export interface WorkbookState {
  /** every sheet, in tab order */
  sheets: { name: string; visibility: string }[];
  /** workbook-level names with their formulas (`='说明'!$B$4`) */
  names: { name: string; formula: string }[];
}

type Loaded<T> = () => T;

/** Queues the loads of the sheet list and the defined names; read the result after the sync. */
export function queueState(context: Excel.RequestContext): Loaded<WorkbookState> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  return () => ({
    sheets: sheets.items.map((s) => ({ name: s.name, visibility: String(s.visibility) })),
    names: names.items.map((n) => ({ name: n.name, formula: String(n.formula ?? "") })),
  });
}

/**
 * Queues the loads of the used ranges (values only: formatting alone does not extend them) of
 * the named sheets; sheets that do not exist come back absent. One sync serves them all.
 */
export function queueSheets(
  context: Excel.RequestContext,
  names: readonly string[]
): Loaded<SheetData[]> {
  const ranges = names.map((name) => {
    const range = context.workbook.worksheets
      .getItemOrNullObject(name)
      .getUsedRangeOrNullObject(true);
    range.load("address,rowIndex,columnIndex,values,formulas,numberFormat");
    return { name, range };
  });
  return () =>
    ranges
      .filter(({ range }) => !range.isNullObject)
      .map(({ name, range }) => ({
        name,
        row: range.rowIndex,
        column: range.columnIndex,
        values: range.values,
        formulas: range.formulas,
        numberFormat: range.numberFormat,
      }));
}

/** A number format that shows a date (not only a time of day). */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string" || format === "General" || format === "@") return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[yd]/i.test(bare) || /[年月日]/.test(format);
}

/** A serial number as ISO, with the time kept when present (as the .xlsx reader does). */
function serialDate(serial: number): string {
  const day = serialToIso(serial);
  const seconds = Math.round((serial - Math.floor(serial)) * 86400);
  if (seconds === 0) return day;
  const hh = String(Math.floor(seconds / 3600)).padStart(2, "0");
  const mm = String(Math.floor((seconds % 3600) / 60)).padStart(2, "0");
  const ss = String(seconds % 60).padStart(2, "0");
  return `${day}T${hh}:${mm}:${ss}`;
}

type Plain = { kind: Exclude<RawKind, "formula">; value: string | number | boolean | null };

function plain(value: unknown, format: unknown): Plain {
  if (value === null || value === undefined || value === "") return { kind: "empty", value: null };
  if (typeof value === "number") {
    return isDateFormat(format) && value >= 1
      ? { kind: "date", value: serialDate(value) }
      : { kind: "number", value };
  }
  if (typeof value === "boolean") return { kind: "bool", value };
  const text = String(value);
  return EXCEL_ERRORS.has(text) ? { kind: "error", value: text } : { kind: "text", value: text };
}

/** One cell as the .xlsx reader would give it. */
export function rawCell(
  value: unknown,
  formula: unknown,
  format: unknown,
  address: string
): RawCell {
  const p = plain(value, format);
  if (typeof formula === "string" && formula.startsWith("=") && formula.length > 1) {
    return {
      kind: "formula",
      value: p.value,
      address,
      formula: formula.slice(1),
      resultKind: p.kind,
    };
  }
  return { ...p, address };
}

/** The loaded workbook, served from memory. */
export class OfficeBook implements XlsxBook {
  readonly sheetNames: string[];
  private readonly data = new Map<string, SheetData>();

  private readonly filled: Set<string>;

  constructor(
    readonly state: WorkbookState,
    sheets: SheetData[],
    readonly file: string = OPEN_WORKBOOK,
    /** sheets known to hold something though their cells were not loaded */
    filled: readonly string[] = []
  ) {
    this.sheetNames = state.sheets.map((s) => s.name);
    for (const s of sheets) this.data.set(s.name.toLowerCase(), s);
    this.filled = new Set([...filled, ...sheets.map((s) => s.name)].map((n) => n.toLowerCase()));
  }

  /** Whether the sheet holds a value or a formula (loaded, or looked at with `presence`). */
  isFilled(name: string): boolean {
    return this.filled.has(name.toLowerCase());
  }

  /** The loaded used range of a sheet; undefined when the sheet is empty, missing or not loaded. */
  sheetData(name: string): SheetData | undefined {
    return this.data.get(name.toLowerCase());
  }

  hasSheet(name: string): boolean {
    return this.sheetNames.some((s) => s.toLowerCase() === name.toLowerCase());
  }

  private sheet(name: string): SheetData {
    if (!this.hasSheet(name)) {
      throw new XlsxReadError(
        "missing-sheet",
        `${this.file}中没有工作表“${name}”`,
        this.file,
        name
      );
    }
    // a sheet that exists but was not loaded (or is empty) reads as empty
    return (
      this.data.get(name.toLowerCase()) ?? {
        name,
        row: 0,
        column: 0,
        values: [],
        formulas: [],
        numberFormat: [],
      }
    );
  }

  /** 0-based row/column of the sheet → RawCell */
  private at(s: SheetData, row: number, column: number): RawCell {
    const address = `${colLetter(column + 1)}${row + 1}`;
    const r = row - s.row;
    const c = column - s.column;
    if (r < 0 || c < 0 || r >= s.values.length || c >= (s.values[r]?.length ?? 0)) {
      return { kind: "empty", value: null, address };
    }
    return rawCell(s.values[r][c], s.formulas[r]?.[c], s.numberFormat[r]?.[c], address);
  }

  cell(sheet: string, address: string): RawCell {
    const { row, col } = parseCell(address);
    return this.at(this.sheet(sheet), row - 1, col - 1);
  }

  definedName(name: string): { sheet: string; address: string } | undefined {
    const item = this.state.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
    if (!item) return undefined;
    const m = /^=?'?(.+?)'?!\$?([A-Z]+)\$?(\d+)/.exec(item.formula);
    return m ? { sheet: m[1].replace(/''/g, "'"), address: `${m[2]}${m[3]}` } : undefined;
  }

  table(sheetName: string, required: string[], options: TableOptions = {}): TableRead {
    const s = this.sheet(sheetName);
    const optional = options.optional ?? [];
    const searchRows = options.searchRows ?? 5;
    const lastRow = s.row + s.values.length; // 1-based number of the last used row
    const lastCol = s.column + (s.values[0]?.length ?? 0);
    const want = new Map([...required, ...optional].map((h) => [normaliseHeader(h), h]));
    let best: { row: number; found: Map<string, number> } | undefined;
    const hitsOf = (found: Map<string, number>) => required.filter((h) => found.has(h)).length;
    for (let r = 1; r <= Math.max(1, Math.min(searchRows, lastRow || 1)); r++) {
      const found = new Map<string, number>();
      for (let c = 1; c <= lastCol; c++) {
        const cell = this.at(s, r - 1, c - 1);
        if (cell.kind !== "text") continue;
        const h = want.get(normaliseHeader(String(cell.value)));
        if (h !== undefined && !found.has(h)) found.set(h, c);
      }
      if (!best || hitsOf(found) > hitsOf(best.found)) best = { row: r, found };
      if (hitsOf(found) === required.length) break;
    }
    const { row: headerRow, found } = best!;
    const missing = required.filter((h) => !found.has(h));
    if (missing.length) {
      const names = missing.map((h) => `“${h}”`).join("、");
      throw new XlsxReadError(
        "missing-header",
        `${this.file}，工作表“${sheetName}”：找不到列${names}（第 ${headerRow} 行）`,
        this.file,
        sheetName,
        `${headerRow}`
      );
    }
    const columns: Record<string, string> = {};
    for (const [h, c] of found) columns[h] = colLetter(c);
    const rows: TableRow[] = [];
    for (let r = headerRow + 1; r <= lastRow; r++) {
      const cells: Record<string, RawCell> = {};
      let any = false;
      for (const [h, c] of found) {
        const cell = this.at(s, r - 1, c - 1);
        cells[h] = cell;
        if (cell.kind !== "empty") any = true;
      }
      if (any) rows.push({ row: r, cells });
    }
    return {
      sheet: sheetName,
      headerRow,
      columns,
      missingOptional: optional.filter((h) => !found.has(h)),
      rows,
      // merged areas need ExcelApi 1.13 (getMergedAreasOrNullObject); covered cells read empty
      merges: [],
    };
  }
}

/** Cells per read request in the step-by-step read to start with; halved while Excel refuses. */
const STEP_CELLS = 20_000;

/**
 * Loads the named sheets (and the sheet/name lists) in one sync and returns the book. When that
 * request fails (a response over 5 MB, or a host that refuses the null-object chain), the sheets
 * are read step by step instead: the lists, the used ranges' sizes, then row blocks of at most
 * STEP_CELLS cells per request, halved while a response is too big (more syncs only for more
 * bytes).
 */
export async function readOpenBook(
  context: Excel.RequestContext,
  sheets: readonly string[],
  /** sheets whose content is not needed, only whether they hold anything */
  presence: readonly string[] = [],
  stepCells: number = STEP_CELLS
): Promise<OfficeBook> {
  const state = queueState(context);
  const data = queueSheets(context, sheets);
  const filled = queuePresence(context, presence);
  try {
    await context.sync();
    return new OfficeBook(state(), data(), OPEN_WORKBOOK, filled());
  } catch {
    return readInSteps(context, [...sheets, ...presence], stepCells);
  }
}

/** Queues a look at whether each sheet holds a value or formula (its used range's address only). */
function queuePresence(context: Excel.RequestContext, names: readonly string[]): Loaded<string[]> {
  const ranges = names.map((name) => {
    const range = context.workbook.worksheets
      .getItemOrNullObject(name)
      .getUsedRangeOrNullObject(true);
    range.load("address");
    return { name, range };
  });
  return () => ranges.filter(({ range }) => !range.isNullObject).map(({ name }) => name);
}

async function readInSteps(
  context: Excel.RequestContext,
  names: readonly string[],
  stepCells: number
): Promise<OfficeBook> {
  const stateOf = queueState(context);
  await context.sync();
  const state = stateOf();
  const present = names
    .map((n) => state.sheets.find((s) => s.name.toLowerCase() === n.toLowerCase())?.name)
    .filter((n): n is string => n !== undefined);
  const used = present.map((name) => {
    const range = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { name, range };
  });
  await context.sync();
  const out: SheetData[] = [];
  for (const { name, range } of used) {
    if (range.isNullObject) continue;
    const data: SheetData = {
      name,
      row: range.rowIndex,
      column: range.columnIndex,
      values: [],
      formulas: [],
      numberFormat: [],
    };
    out.push(data);
    const width = range.columnCount;
    let step = Math.max(1, Math.floor(stepCells / width));
    for (let at = 0; at < range.rowCount;) {
      const rows = Math.min(step, range.rowCount - at);
      const part = context.workbook.worksheets
        .getItem(name)
        .getRangeByIndexes(range.rowIndex + at, range.columnIndex, rows, width);
      part.load("values,formulas,numberFormat");
      try {
        // one request per block: the fallback for a workbook too big for one response
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        // long texts make a block too big for one response: halve it (bytes decide, not rows)
        if (officeErrorCode(error) === "RequestPayloadSizeLimitExceeded" && rows > 1) {
          step = Math.max(1, Math.floor(rows / 2));
          continue;
        }
        throw error;
      }
      part.values.forEach((row, i) => {
        data.values[at + i] = row;
        data.formulas[at + i] = part.formulas[i];
        data.numberFormat[at + i] = part.numberFormat[i];
      });
      at += rows;
    }
  }
  return new OfficeBook(state, out);
}
