// A low-level .xlsx reader: opens a file with ExcelJS and supplies it as a WorkbookGrid
// (src/workbook/grid.ts), each cell normalised to a small tagged value. It interprets nothing
// (no header search, no date parsing of text, no defaults): the workbook layer does that once
// for every host and reports problems with the cell's address.

import type * as ExcelJSTypes from "exceljs";
import { colLetter, parseCell } from "../workbook/address";
import {
  filePlace,
  WorkbookReadError,
  type RawCell,
  type RawKind,
  type RawValue,
  type WorkbookGrid,
} from "../workbook/grid";
import { EXCEL_ERRORS } from "../workbook/model";
import { loadExcelJS } from "./exceljs";
import { moveFormula } from "./sharedFormulas";

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
): Promise<WorkbookGrid> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  await checkXlsxBytes(bytes, fileName);
  return readChecked(bytes, fileName);
}

/**
 * What every reader refuses before parsing: an empty file, an old .xls, an encrypted one, a file
 * that is not a zip, and (in Node) one beyond the hostile-file guard's limits.
 */
export async function checkXlsxBytes(
  bytes: Uint8Array,
  fileName: string,
  /** false: the caller runs the guard itself (the lean reader keeps what it inflates) */
  guard = true
): Promise<void> {
  // the file is the subject of these sentences: quoted, so a name like 不是工作簿.xlsx reads as one
  const f = `文件“${fileName}”`;
  if (bytes.length === 0)
    throw new WorkbookReadError("empty-file", `${f}是空文件（0 字节）`, fileName);
  if (startsWith(bytes, OLE_MAGIC)) {
    if (isEncryptedOle(bytes)) {
      throw new WorkbookReadError(
        "encrypted",
        `${f}设有打开密码（已加密），无法读取：请在 Excel 中删除密码（文件→信息→保护工作簿）后另存再试`,
        fileName
      );
    }
    throw new WorkbookReadError(
      "old-xls",
      `${f}是旧版 .xls 格式：请在 Excel 或 WPS 中“另存为” .xlsx 后再试`,
      fileName
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC))
    throw new WorkbookReadError("not-xlsx", `${f}不是 Excel 工作簿（.xlsx）`, fileName);
  // sizes and cell counts first: ExcelJS would exhaust memory on a hostile file before failing.
  // The guard needs Node's zlib and Buffer: it runs in the CLI; the task pane (a file the person
  // picked themselves) loads it never — its chunk is only fetched here, and only in Node.
  if (guard && typeof process !== "undefined" && Boolean(process.versions?.node)) {
    const { guardXlsx } = await import("./guard");
    await guardXlsx(bytes, fileName);
  }
}

/** ExcelJS's full load of bytes that passed `checkXlsxBytes`. */
export async function readChecked(bytes: Uint8Array, fileName: string): Promise<WorkbookGrid> {
  const f = `文件“${fileName}”`;
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJSTypes.Buffer);
  } catch {
    throw new WorkbookReadError("corrupt", `${f}已损坏或不是 Excel 工作簿，无法打开`, fileName);
  }
  return new ExcelJsGrid(wb, fileName);
}

/** An ExcelJS workbook as a grid; cells are looked up without creating them. */
class ExcelJsGrid implements WorkbookGrid {
  readonly sheetNames: string[];
  readonly place: string;
  private readonly sizes = new Map<string, { rows: number; columns: number; withData: number[] }>();
  constructor(
    private readonly wb: ExcelJSTypes.Workbook,
    readonly file: string
  ) {
    this.sheetNames = wb.worksheets.map((w) => w.name);
    this.place = filePlace(file);
  }

  private sheet(name: string): ExcelJSTypes.Worksheet {
    const ws = this.wb.getWorksheet(name);
    if (!ws) throw new Error(`ExcelJsGrid: no sheet ${name}`);
    return ws;
  }

  /** The last row and column holding a value (styles alone do not count, as in Excel's used range). */
  size(sheet: string): { rows: number; columns: number } {
    const { rows, columns } = this.scan(sheet);
    return { rows, columns };
  }

  rowsWithData(sheet: string): readonly number[] {
    return this.scan(sheet).withData;
  }

  /** One pass over the sheet's stored (sparse) rows: its size and the rows holding a value. */
  private scan(sheet: string): { rows: number; columns: number; withData: number[] } {
    let size = this.sizes.get(sheet);
    if (!size) {
      const s = { rows: 0, columns: 0, withData: [] as number[] };
      this.sheet(sheet).eachRow((row, r) => {
        let any = false;
        row.eachCell((cell, c) => {
          if ((cell.type as number) === 0) return; // ValueType.Null
          any = true;
          s.rows = Math.max(s.rows, r);
          s.columns = Math.max(s.columns, c);
        });
        if (any) s.withData.push(r);
      });
      this.sizes.set(sheet, s);
      size = s;
    }
    return size;
  }

  cellAt(sheet: string, row: number, column: number): RawCell {
    const cell = this.sheet(sheet).findCell(row, column);
    return cell
      ? cellContent(cell)
      : { kind: "empty", value: null, address: `${colLetter(column)}${row}` };
  }

  merges(sheet: string): string[] {
    return sheetMerges(this.sheet(sheet));
  }

  definedName(name: string): string | undefined {
    const ranges = (
      this.wb.definedNames as unknown as { getRanges(n: string): { ranges: string[] } }
    ).getRanges(name);
    // ExcelJS, not Office.js: the office-addins load/sync rules do not apply here.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    return ranges?.ranges?.[0];
  }
}

function sheetMerges(ws: ExcelJSTypes.Worksheet): string[] {
  const m = (ws as unknown as { _merges?: Record<string, { range: string }> })._merges;
  if (m) return Object.values(m).map((x) => x.range);
  return ws.model.merges ?? [];
}

/** A JS Date from ExcelJS (built from the serial in UTC) as an ISO date, time kept when present. */
export function dateIso(d: Date): string | null {
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
