// The contract every host's reader fulfils: a workbook as a grid of primitives (sheet names, used
// size, one cell, merged ranges, defined names). The ExcelJS reader (src/xlsx/reader.ts) and the
// open workbook (src/office/book.ts) each supply one; everything that interprets cells (header
// search in read/table.ts, the month and clerk readers) is written once against it. Here too:
// the normalised cell, the read error with its code, and the one place its sentences are made.

import { parseCell } from "./address";

export type RawKind = "empty" | "text" | "number" | "date" | "bool" | "formula" | "error";
export type RawValue = string | number | boolean | null;

export interface RawCell {
  kind: RawKind;
  /**
   * text (rich text runs joined, hyperlink text), number, ISO date (`YYYY-MM-DD`, or
   * `YYYY-MM-DDTHH:MM:SS` when a time is present), boolean, error code (`#N/A`);
   * for a formula: the value of its cached result.
   */
  value: RawValue;
  /** e.g. `C5` */
  address: string;
  /** formula cells: the formula without the leading `=` */
  formula?: string;
  /** formula cells: the kind of the cached result (`empty` when the file holds none) */
  resultKind?: Exclude<RawKind, "formula">;
  /** a covered cell of a merged range: the address of the range's top-left cell */
  mergedInto?: string;
}

/** A workbook as a host supplies it: primitives only, no interpretation. */
export interface WorkbookGrid {
  /** the file's name for errors (`刘晓燕.xlsx`, or 当前工作簿 for the open workbook) */
  readonly file: string;
  /** how messages name it: `文件 刘晓燕.xlsx` / `当前工作簿` */
  readonly place: string;
  /** every sheet, in tab order */
  readonly sheetNames: readonly string[];
  /** rows and columns from A1 to the last cell holding something (0 × 0 when empty) */
  size(sheet: string): { rows: number; columns: number };
  /**
   * The rows holding a value, ascending, when the host knows them cheaply (a file's sparse rows):
   * reading then costs the cells that hold data, not the declared size — one cell typed at
   * row 1,048,576 is one row, not a million. Absent: every row up to `size` is looked at.
   */
  rowsWithData?(sheet: string): readonly number[];
  /** one cell, 1-based row and column; `sheet` is a name from `sheetNames` */
  cellAt(sheet: string, row: number, column: number): RawCell;
  /** merged ranges of the sheet, as `B5:B7` */
  merges(sheet: string): readonly string[];
  /** the reference a workbook-level defined name holds (`'说明'!$B$4`), undefined when absent */
  definedName(name: string): string | undefined;
}

export type ReadErrorCode =
  | "empty-file"
  | "not-xlsx"
  | "old-xls"
  | "encrypted"
  | "corrupt"
  | "too-large"
  | "missing-sheet"
  | "missing-header";

/** A problem with the user's file; the message is Chinese and names file, sheet and cell. */
export class WorkbookReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    message: string,
    readonly file: string,
    readonly sheet?: string,
    readonly cell?: string
  ) {
    super(message);
    this.name = "WorkbookReadError";
  }
}

export interface TableRow {
  /** 1-based sheet row */
  row: number;
  /** by requested header (required and optional ones found) */
  cells: Record<string, RawCell>;
}

export interface TableRead {
  sheet: string;
  headerRow: number;
  /** column letter of each requested header that was found */
  columns: Record<string, string>;
  /** optional headers that are absent */
  missingOptional: string[];
  /** data rows below the header, rows empty in every requested column skipped */
  rows: TableRow[];
  /** merged ranges that touch the table's data rows */
  merges: string[];
}

export interface TableOptions {
  optional?: string[];
  /** search the header among the first N rows (default 5) */
  searchRows?: number;
}

/**
 * Header text compared without any whitespace (people add spaces and line breaks to headers) and
 * with full-width brackets as ASCII (a Chinese IME types `时限（工作日）`).
 */
export function normaliseHeader(text: string): string {
  return text
    .replace(/[\s\u3000]+/g, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")");
}

/** `place` before a Chinese verb: a space after a Latin file name (`文件 a.xlsx 中…`), none after Chinese. */
function subject(place: string): string {
  return /[\x21-\x7e]$/.test(place) ? `${place} ` : place;
}

/** The sentences of the read errors that name a sheet or header: one table for every host. */
export const readErrorText = {
  missingSheet: (place: string, sheet: string) => `${subject(place)}中没有工作表“${sheet}”`,
  missingSheets: (place: string, sheets: readonly string[], what: string, hint?: string) =>
    `${subject(place)}缺少工作表${sheets.map((s) => `“${s}”`).join("、")}，不是${what}${hint ? `：${hint}` : ""}`,
  noSheets: (place: string) =>
    `${subject(place)}不是 Excel 工作簿（压缩包中没有工作表），请确认选对了文件`,
  missingHeader: (place: string, sheet: string, headers: readonly string[], row: number) =>
    `${place}，工作表“${sheet}”：找不到列${headers.map((h) => `“${h}”`).join("、")}（第 ${row} 行）`,
};

/** How a file is named in messages: `文件 月度.xlsx`. */
export function filePlace(file: string): string {
  return `文件 ${file}`;
}

/** The sheet's name as the workbook spells it (Excel compares sheet names case-insensitively). */
export function sheetName(grid: WorkbookGrid, name: string): string | undefined {
  const lower = name.toLowerCase();
  return grid.sheetNames.find((s) => s.toLowerCase() === lower);
}

export function hasSheet(grid: WorkbookGrid, name: string): boolean {
  return sheetName(grid, name) !== undefined;
}

/** The sheet's name as spelled in the workbook; a `missing-sheet` error when there is none. */
export function requireSheet(grid: WorkbookGrid, name: string): string {
  const found = sheetName(grid, name);
  if (found === undefined) {
    throw new WorkbookReadError(
      "missing-sheet",
      readErrorText.missingSheet(grid.place, name),
      grid.file,
      name
    );
  }
  return found;
}

/** One cell by address (`C5`). */
export function cellOf(grid: WorkbookGrid, sheet: string, address: string): RawCell {
  const { row, col } = parseCell(address);
  return grid.cellAt(requireSheet(grid, sheet), row, col);
}

/** Where a defined name points when it names one cell: 基准日 → { sheet: 说明, address: B3 }. */
export function namedCell(
  grid: WorkbookGrid,
  name: string
): { sheet: string; address: string } | undefined {
  const ref = grid.definedName(name);
  if (ref === undefined) return undefined;
  const m = /^=?'?(.+?)'?!\$?([A-Z]+)\$?(\d+)/.exec(ref);
  return m ? { sheet: m[1].replace(/''/g, "'"), address: `${m[2]}${m[3]}` } : undefined;
}
