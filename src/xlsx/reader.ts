// A low-level .xlsx reader: opens a file with ExcelJS and exposes its tables found by header
// text, each cell normalised to a small tagged value. It interprets nothing (no date parsing of
// text, no defaults): callers decide what a cell means and report problems with its address.

import type * as ExcelJSTypes from "exceljs";
import { colLetter, parseCell, parseRange, rangesOverlap } from "../workbook/address";
import { EXCEL_ERRORS } from "../workbook/model";
import { loadExcelJS } from "./exceljs";
import { moveFormula } from "./sharedFormulas";

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

export type XlsxErrorCode =
  | "empty-file"
  | "not-xlsx"
  | "old-xls"
  | "encrypted"
  | "corrupt"
  | "missing-sheet"
  | "missing-header";

/** A problem with the user's file; the message is Chinese and names file, sheet and cell. */
export class XlsxReadError extends Error {
  constructor(
    readonly code: XlsxErrorCode,
    message: string,
    readonly file: string,
    readonly sheet?: string,
    readonly cell?: string
  ) {
    super(message);
    this.name = "XlsxReadError";
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

export interface XlsxBook {
  file: string;
  sheetNames: string[];
  hasSheet(name: string): boolean;
  /** one cell; `XlsxReadError` when the sheet is missing */
  cell(sheet: string, address: string): RawCell;
  table(sheet: string, required: string[], options?: TableOptions): TableRead;
  /** where a workbook-level defined name points, e.g. 基准日 → { sheet: 说明, address: B3 } */
  definedName(name: string): { sheet: string; address: string } | undefined;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** An OLE file holding an `EncryptionInfo` stream is an .xlsx protected by an open password. */
function isEncryptedOle(bytes: Uint8Array): boolean {
  const needle = [..."EncryptionInfo"].flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

export async function readXlsx(
  data: Uint8Array | ArrayBuffer,
  fileName: string
): Promise<XlsxBook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const f = `文件“${fileName}”`;
  if (bytes.length === 0) throw new XlsxReadError("empty-file", `${f}是空文件（0 字节）`, fileName);
  if (startsWith(bytes, OLE_MAGIC)) {
    if (isEncryptedOle(bytes)) {
      throw new XlsxReadError(
        "encrypted",
        `${f}设有打开密码（已加密），无法读取：请在 Excel 中删除密码（文件→信息→保护工作簿）后另存再试`,
        fileName
      );
    }
    throw new XlsxReadError(
      "old-xls",
      `${f}是旧版 .xls 格式：请在 Excel 或 WPS 中“另存为” .xlsx 后再试`,
      fileName
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC))
    throw new XlsxReadError("not-xlsx", `${f}不是 Excel 工作簿（.xlsx）`, fileName);
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJSTypes.Buffer);
  } catch {
    throw new XlsxReadError("corrupt", `${f}已损坏或不是 Excel 工作簿，无法打开`, fileName);
  }
  return new Book(wb, fileName);
}

class Book implements XlsxBook {
  readonly sheetNames: string[];
  constructor(
    private readonly wb: ExcelJSTypes.Workbook,
    readonly file: string
  ) {
    this.sheetNames = wb.worksheets.map((w) => w.name);
  }

  hasSheet(name: string): boolean {
    return this.wb.getWorksheet(name) !== undefined;
  }

  private sheet(name: string): ExcelJSTypes.Worksheet {
    const ws = this.wb.getWorksheet(name);
    if (!ws)
      throw new XlsxReadError(
        "missing-sheet",
        `文件 ${this.file} 中没有工作表“${name}”`,
        this.file,
        name
      );
    return ws;
  }

  cell(sheet: string, address: string): RawCell {
    const ws = this.sheet(sheet);
    const { row, col } = parseCell(address);
    return cellContent(ws.getRow(row).getCell(col));
  }

  definedName(name: string): { sheet: string; address: string } | undefined {
    const ranges = (
      this.wb.definedNames as unknown as { getRanges(n: string): { ranges: string[] } }
    ).getRanges(name);
    // ExcelJS, not Office.js: the office-addins load/sync rules do not apply here.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    const first = ranges?.ranges?.[0];
    if (!first) return undefined;
    const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)/.exec(first);
    return m ? { sheet: m[1].replace(/''/g, "'"), address: `${m[2]}${m[3]}` } : undefined;
  }

  table(sheetName: string, required: string[], options: TableOptions = {}): TableRead {
    const ws = this.sheet(sheetName);
    const optional = options.optional ?? [];
    const searchRows = options.searchRows ?? 5;
    let best: { row: number; found: Map<string, number> } | undefined;
    for (let r = 1; r <= Math.max(1, Math.min(searchRows, ws.rowCount || 1)); r++) {
      const found = headerColumns(ws.getRow(r), [...required, ...optional]);
      const hits = required.filter((h) => found.has(h)).length;
      if (!best || hits > required.filter((h) => best!.found.has(h)).length)
        best = { row: r, found };
      if (hits === required.length) break;
    }
    const { row: headerRow, found } = best!;
    const missing = required.filter((h) => !found.has(h));
    if (missing.length) {
      const names = missing.map((h) => `“${h}”`).join("、");
      throw new XlsxReadError(
        "missing-header",
        `文件 ${this.file}，工作表“${sheetName}”：找不到列${names}（第 ${headerRow} 行）`,
        this.file,
        sheetName,
        `${headerRow}`
      );
    }
    const columns: Record<string, string> = {};
    for (const [h, c] of found) columns[h] = colLetter(c);
    const merges = sheetMerges(ws);
    const rows: TableRow[] = [];
    for (let r = headerRow + 1; r <= ws.rowCount; r++) {
      const xrow = ws.getRow(r);
      const cells: Record<string, RawCell> = {};
      let any = false;
      for (const [h, c] of found) {
        const cell = cellContent(xrow.getCell(c));
        cells[h] = cell;
        if (cell.kind !== "empty") any = true;
      }
      if (any) rows.push({ row: r, cells });
    }
    const lastCol = Math.max(...found.values());
    const area = {
      top: headerRow + 1,
      left: 1,
      bottom: Math.max(headerRow + 1, ws.rowCount),
      right: lastCol,
    };
    return {
      sheet: sheetName,
      headerRow,
      columns,
      missingOptional: optional.filter((h) => !found.has(h)),
      rows,
      merges: merges.filter((m) => rangesOverlap(parseRange(m), area)),
    };
  }
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

function headerColumns(row: ExcelJSTypes.Row, wanted: string[]): Map<string, number> {
  const want = new Map(wanted.map((h) => [normaliseHeader(h), h]));
  const found = new Map<string, number>();
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    const text = cellContent(cell).value;
    if (typeof text !== "string") return;
    const h = want.get(normaliseHeader(text));
    if (h !== undefined && !found.has(h)) found.set(h, col);
  });
  return found;
}

function sheetMerges(ws: ExcelJSTypes.Worksheet): string[] {
  const m = (ws as unknown as { _merges?: Record<string, { range: string }> })._merges;
  if (m) return Object.values(m).map((x) => x.range);
  return ws.model.merges ?? [];
}

/** A JS Date from ExcelJS (built from the serial in UTC) as an ISO date, time kept when present. */
function dateIso(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}

type Plain = { kind: Exclude<RawKind, "formula">; value: RawValue };

function plain(v: unknown): Plain {
  if (v === null || v === undefined) return { kind: "empty", value: null };
  if (typeof v === "number") return { kind: "number", value: v };
  if (typeof v === "string")
    return v === "" ? { kind: "empty", value: null } : { kind: "text", value: v };
  if (typeof v === "boolean") return { kind: "bool", value: v };
  if (v instanceof Date) {
    const iso = dateIso(v);
    // LibreOffice writes an error into a date-formatted cell; ExcelJS reads it as an invalid Date
    return iso === null ? { kind: "error", value: "#VALUE!" } : { kind: "date", value: iso };
  }
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) {
      const text = (o.richText as { text?: string }[]).map((r) => r.text ?? "").join("");
      return text === "" ? { kind: "empty", value: null } : { kind: "text", value: text };
    }
    if ("error" in o) return { kind: "error", value: String(o.error) };
    if ("hyperlink" in o || "text" in o) return plain(o.text);
  }
  const s = String(v);
  return EXCEL_ERRORS.has(s) ? { kind: "error", value: s } : { kind: "text", value: s };
}

/**
 * A dependent cell of a shared formula: the first cell's formula moved to this cell by our own
 * reference mover (ExcelJS's regex also moves "A1" inside string literals); `undefined` when
 * the cell is not a dependent or the move is uncertain (ExcelJS's translation is used then).
 */
function sharedFormulaText(
  cell: ExcelJSTypes.Cell,
  v: { sharedFormula?: string }
): string | undefined {
  if (!v.sharedFormula) return undefined;
  const from = parseCell(v.sharedFormula);
  const f = cell.worksheet.findCell(from.row, from.col)?.formula;
  if (!f) return undefined;
  const to = parseCell(cell.address);
  return moveFormula(f, to.row - from.row, to.col - from.col);
}

/** The normalised content of one ExcelJS cell. */
export function cellContent(cell: ExcelJSTypes.Cell): RawCell {
  const address = cell.address;
  // ValueType.Merge = 1: a covered cell of a merged range repeats the master's value; report it empty
  if ((cell.type as number) === 1 && cell.master && cell.master.address !== address) {
    return { kind: "empty", value: null, address, mergedInto: cell.master.address };
  }
  const v = cell.value as unknown;
  if (
    v &&
    typeof v === "object" &&
    !(v instanceof Date) &&
    ("formula" in v || "sharedFormula" in v)
  ) {
    const formula = (
      sharedFormulaText(cell, v as { sharedFormula?: string }) ??
      cell.formula ??
      (v as { formula?: string }).formula ??
      ""
    ).replace(/^=/, "");
    // cell.value drops a result of 0 or FALSE (ExcelJS copies only truthy fields); cell.result keeps it
    const r = plain((cell as { result?: unknown }).result ?? (v as { result?: unknown }).result);
    return { kind: "formula", value: r.value, address, formula, resultKind: r.kind };
  }
  return { ...plain(v), address };
}
