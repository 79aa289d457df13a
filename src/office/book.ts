/// <reference types="office-js" />
// The open workbook as a WorkbookGrid (src/workbook/grid.ts), so the month and clerk readers
// work on it as on a file. Everything is loaded in ONE sync (the sheets' used ranges: values,
// formulas, number formats, merged areas; the workbook's sheet names and defined names) and then
// served from memory. Cells mean what the .xlsx reader's cells mean: a number with a date format
// is an ISO date, a formula typed into an input cell is kind "formula" with its cached value.

import { colLetter, parseRange, rangeContains } from "../workbook/address";
import type { RawCell, RawKind, WorkbookGrid } from "../workbook/grid";
import type { CellLook, LoadedComment, LoadedReply } from "../workbook/keep";
import { EXCEL_ERRORS, serialToIso } from "../workbook/model";
import { isExcelApiSupported } from "./env";
import { officeErrorCode } from "./errors";
import { columnUnitOf, type ColumnUnit } from "./units";

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
  /** merged ranges (`B5:B7`); empty when the host lacks ExcelApi 1.13 */
  merges?: string[];
  /** the cells' own fill and font (ExcelApi 1.9); absent when not asked for or not read */
  looks?: CellLook[][];
  /** column widths in points by 0-based sheet column (ExcelApi 1.9), read with the looks */
  widths?: number[];
}

/**
 * Whether the cells' formats were read with the sheets (asked only by actions that rebuild the
 * input sheets): "read" (in the one request, or block by block with the values when the
 * workbook is too big for one response); "old-excel" (no ExcelApi 1.9); "not-asked".
 */
export type FormatsRead = "read" | "old-excel" | "not-asked";

/**
 * Whether the workbook's comments were read (asked with the formats, by actions that rebuild
 * sheets): "read" (threads and notes); "no-notes" (threads only: notes need ExcelApi 1.18);
 * "old-excel" (no ExcelApi 1.10); "failed" (Excel refused the read); "not-asked".
 */
export type CommentsRead = "read" | "no-notes" | "old-excel" | "failed" | "not-asked";

export interface WorkbookState {
  /** every sheet, in tab order */
  sheets: { name: string; visibility: string }[];
  /** workbook-level names with their formulas (`='说明'!$B$4`) */
  names: { name: string; formula: string }[];
  /** the Normal style's column unit (widths are written in points); absent: Calibri */
  columnUnit?: ColumnUnit;
}

type Loaded<T> = () => T;

/** Queues the loads of the sheet list and the defined names; read the result after the sync. */
export function queueState(context: Excel.RequestContext): Loaded<WorkbookState> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  // the column unit in the same read: the standard width (characters) against the width of a
  // column nobody sizes (points), both of the active sheet
  const active = context.workbook.worksheets.getActiveWorksheet();
  const column = active.getRange("XFD:XFD");
  column.load("format/columnWidth");
  active.load("standardWidth");
  return () => ({
    sheets: sheets.items.map((s) => ({ name: s.name, visibility: String(s.visibility) })),
    names: names.items.map((n) => ({ name: n.name, formula: String(n.formula ?? "") })),
    // read after the caller's sync (this function only queues)
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
    columnUnit: columnUnitOf(active.standardWidth, column.format.columnWidth),
  });
}

/**
 * Queues the loads of the used ranges (values only: formatting alone does not extend them) of
 * the named sheets; sheets that do not exist come back absent. One sync serves them all.
 */
export function queueSheets(
  context: Excel.RequestContext,
  names: readonly string[],
  /** also the cells' formats (the caller checked ExcelApi 1.9) */
  formats = false
): Loaded<SheetData[]> {
  const ranges = names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("address,rowIndex,columnIndex,values,formulas,numberFormat");
    return {
      name,
      range,
      merges: queueMerges(sheet),
      looks: formats ? queueLooks(range) : null,
      widths: formats ? queueWidths(range) : null,
    };
  });
  return () =>
    ranges
      .filter(({ range }) => !range.isNullObject)
      .map(({ name, range, merges, looks, widths }) => ({
        name,
        row: range.rowIndex,
        column: range.columnIndex,
        values: range.values,
        formulas: range.formulas,
        numberFormat: range.numberFormat,
        merges: merges(),
        ...(looks ? { looks: looks() } : {}),
        ...(widths ? { widths: widths() } : {}),
      }));
}

/**
 * Queues the read of the column widths (points) over the range, in bulk (ExcelApi 1.9, checked
 * by the caller); after the sync, widths by 0-based sheet column.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getcolumnproperties-member(1)
 */
function queueWidths(range: Excel.Range): Loaded<number[]> {
  const props = range.getColumnProperties({ format: { columnWidth: true }, columnIndex: true });
  return () => {
    const widths: number[] = [];
    // a ClientResult needs no load; it is read after the caller's sync
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    for (const p of props.value ?? [])
      if (typeof p.columnIndex === "number" && typeof p.format?.columnWidth === "number")
        widths[p.columnIndex] = p.format.columnWidth;
    return widths;
  };
}

/**
 * Queues the read of the range's cell formats in bulk: only fill colour and font colour, bold,
 * italic (about 80 bytes a cell in the response), ExcelApi 1.9.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getcellproperties-member(1)
 */
function queueLooks(range: Excel.Range): Loaded<CellLook[][]> {
  const props = range.getCellProperties({
    format: { fill: { color: true }, font: { color: true, bold: true, italic: true } },
  });
  // a ClientResult needs no load; it is read after the caller's sync (this function only queues)
  return () =>
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    (props.value ?? []).map((row) =>
      row.map((p) => ({
        fill: p.format?.fill?.color ?? null,
        fontColor: p.format?.font?.color ?? null,
        bold: p.format?.font?.bold ?? null,
        italic: p.format?.font?.italic ?? null,
      }))
    );
}

/**
 * Queues the load of a sheet's merged areas (ExcelApi 1.13, asked first: calling an API the host
 * lacks fails the batch); after the sync, their addresses without the sheet part.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
 */
function queueMerges(sheet: Excel.Worksheet): Loaded<string[]> {
  if (!isExcelApiSupported("1.13")) return () => [];
  const areas = sheet.getRange().getMergedAreasOrNullObject();
  areas.load("address");
  return () => (areas.isNullObject ? [] : areaAddresses(areas.address));
}

/** `'人员'!B5:B7, '人员'!D2:E2` → [`B5:B7`, `D2:E2`] */
export function areaAddresses(address: string): string[] {
  const out: string[] = [];
  const re = /(?:'(?:[^']|'')*'|[^'!,\s]+)!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/g;
  for (let m = re.exec(address); m; m = re.exec(address)) {
    out.push(m[3] ? `${m[1]}${m[2]}:${m[3]}${m[4]}` : `${m[1]}${m[2]}`);
  }
  return out;
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
export class OfficeGrid implements WorkbookGrid {
  readonly sheetNames: string[];
  readonly place: string;
  private readonly data = new Map<string, SheetData>();
  private readonly filled: Set<string>;
  /** whether the input sheets' cell formats came with the read */
  formats: FormatsRead = "not-asked";
  /** the workbook's comments and notes (when asked and readable) */
  comments: LoadedComment[] = [];
  /** whether the comments were read */
  commentsRead: CommentsRead = "not-asked";

  constructor(
    readonly state: WorkbookState,
    sheets: SheetData[],
    readonly file: string = OPEN_WORKBOOK,
    /** sheets known to hold something though their cells were not loaded */
    filled: readonly string[] = []
  ) {
    this.sheetNames = state.sheets.map((s) => s.name);
    this.place = file;
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

  size(sheet: string): { rows: number; columns: number } {
    const s = this.sheetData(sheet);
    // a sheet that exists but was not loaded (or is empty) reads as empty
    if (!s || s.values.length === 0) return { rows: 0, columns: 0 };
    return { rows: s.row + s.values.length, columns: s.column + (s.values[0]?.length ?? 0) };
  }

  cellAt(sheet: string, row: number, column: number): RawCell {
    const address = `${colLetter(column)}${row}`;
    const s = this.sheetData(sheet);
    const master = s?.merges?.find((m) => rangeContains(parseRange(m), row, column));
    const top = master?.split(":")[0];
    // a covered cell of a merged range reads empty and says where its content is (as in a file)
    if (top !== undefined && top !== address)
      return { kind: "empty", value: null, address, mergedInto: top };
    const r = row - 1 - (s?.row ?? 0);
    const c = column - 1 - (s?.column ?? 0);
    if (!s || r < 0 || c < 0 || r >= s.values.length || c >= (s.values[r]?.length ?? 0)) {
      return { kind: "empty", value: null, address };
    }
    return rawCell(s.values[r][c], s.formulas[r]?.[c], s.numberFormat[r]?.[c], address);
  }

  merges(sheet: string): readonly string[] {
    return this.sheetData(sheet)?.merges ?? [];
  }

  definedName(name: string): string | undefined {
    return this.state.names.find((n) => n.name.toLowerCase() === name.toLowerCase())?.formula;
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
  stepCells: number = STEP_CELLS,
  /**
   * also read the cells' formats of `sheets` and the workbook's comments (actions that rebuild
   * sheets), in the same request; the comments' cells take one more request when there are any
   */
  formats = false
): Promise<OfficeGrid> {
  const canRead = formats && isExcelApiSupported("1.9");
  const state = queueState(context);
  const data = queueSheets(context, sheets, canRead);
  const filled = queuePresence(context, presence);
  const comments = formats ? queueComments(context) : null;
  let book: OfficeGrid;
  try {
    await context.sync();
    book = new OfficeGrid(state(), data(), OPEN_WORKBOOK, filled());
    book.formats = !formats ? "not-asked" : canRead ? "read" : "old-excel";
  } catch {
    // too big for one response: step by step, the formats with the values of each block (they
    // add about 80 bytes a cell, so the blocks are smaller)
    book = await readInSteps(context, [...sheets, ...presence], stepCells, canRead ? sheets : []);
    book.formats = !formats ? "not-asked" : canRead ? "read" : "old-excel";
    if (formats) return withComments(context, book, null);
  }
  return formats ? withComments(context, book, comments) : book;
}

/** The workbook's comment threads (ExcelApi 1.10) and notes (1.18), loaded with one sync. */
interface QueuedComments {
  threads: Excel.CommentCollection;
  notes: Excel.NoteCollection | null;
  resolved: boolean;
}

/** Queues the load of every comment and note of the workbook; null when Excel has no comment API. */
function queueComments(context: Excel.RequestContext): QueuedComments | null {
  if (!isExcelApiSupported("1.10")) return null;
  const resolved = isExcelApiSupported("1.11");
  const threads = context.workbook.comments;
  threads.load(
    `items/id,items/content,items/authorName,items/creationDate${resolved ? ",items/resolved" : ""}`
  );
  const notes = isExcelApiSupported("1.18") ? context.workbook.notes : null;
  notes?.load("items/content,items/authorName");
  return { threads, notes, resolved };
}

/**
 * Reads where each comment and note is (`getLocation`, one request for all of them, only when
 * there are any) and the threads' replies, into `book.comments`. `queued`: the loads that went
 * with the sheets' read (null: load them now, one more request). A refusal is said, not thrown:
 * the action goes on and its message says the comments were not kept.
 */
async function withComments(
  context: Excel.RequestContext,
  book: OfficeGrid,
  queued: QueuedComments | null
): Promise<OfficeGrid> {
  if (!isExcelApiSupported("1.10")) {
    book.commentsRead = "old-excel";
    return book;
  }
  try {
    let q = queued;
    if (!q) {
      q = queueComments(context)!;
      await context.sync();
    }
    const { threads, notes, resolved } = q;
    if (threads.items.length > 0 || (notes?.items.length ?? 0) > 0) {
      const threadAt = threads.items.map((c) => {
        const at = c.getLocation();
        at.load("address");
        c.replies.load("items/content,items/authorName,items/creationDate");
        return at;
      });
      const noteAt = (notes?.items ?? []).map((n) => {
        const at = n.getLocation();
        at.load("address");
        return at;
      });
      await context.sync();
      threads.items.forEach((c, i) => {
        const where = cellOfAddress(threadAt[i].address);
        if (!where) return;
        book.comments.push({
          ...where,
          kind: "thread",
          ...reply(c.content, c.authorName, c.creationDate),
          replies: c.replies.items.map((r) => reply(r.content, r.authorName, r.creationDate)),
          ...(resolved && c.resolved ? { resolved: true } : {}),
        });
      });
      (notes?.items ?? []).forEach((n, i) => {
        const where = cellOfAddress(noteAt[i].address);
        if (where) book.comments.push({ ...where, kind: "note", text: String(n.content ?? "") });
      });
    }
    book.commentsRead = notes ? "read" : "no-notes";
  } catch {
    book.comments = [];
    book.commentsRead = "failed";
  }
  return book;
}

/** A comment's or reply's text, author and local date. */
function reply(content: unknown, author: unknown, created: unknown): LoadedReply {
  const when = created instanceof Date ? created : new Date(String(created ?? ""));
  const date = Number.isNaN(when.getTime())
    ? undefined
    : `${when.getFullYear()}-${String(when.getMonth() + 1).padStart(2, "0")}-${String(when.getDate()).padStart(2, "0")}`;
  return {
    text: String(content ?? ""),
    ...(typeof author === "string" && author.trim() ? { author: author.trim() } : {}),
    ...(date ? { date } : {}),
  };
}

/** `'工作日志'!C5` → { sheet: 工作日志, row: 5, column: 3 } */
export function cellOfAddress(
  address: string
): { sheet: string; row: number; column: number } | undefined {
  const m = /^(?:'((?:[^']|'')*)'|([^!]+))!\$?([A-Z]+)\$?(\d+)/.exec(address);
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[3]) column = column * 26 + ch.charCodeAt(0) - 64;
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), row: Number(m[4]), column };
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
  stepCells: number,
  /** sheets whose cells' formats are read too (ExcelApi 1.9, checked by the caller) */
  withLooks: readonly string[] = []
): Promise<OfficeGrid> {
  const looksOf = new Set(withLooks.map((n) => n.toLowerCase()));
  const stateOf = queueState(context);
  await context.sync();
  const state = stateOf();
  const present = names
    .map((n) => state.sheets.find((s) => s.name.toLowerCase() === n.toLowerCase())?.name)
    .filter((n): n is string => n !== undefined);
  const used = present.map((name) => {
    const sheet = context.workbook.worksheets.getItem(name);
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    // on the sheet's used range that is never a null object (A1 when empty): the sheet exists
    const widths = looksOf.has(name.toLowerCase()) ? queueWidths(sheet.getUsedRange(true)) : null;
    return { name, range, merges: queueMerges(sheet), widths };
  });
  await context.sync();
  const out: SheetData[] = [];
  for (const { name, range, merges, widths } of used) {
    if (range.isNullObject) continue;
    const data: SheetData = {
      name,
      row: range.rowIndex,
      column: range.columnIndex,
      values: [],
      formulas: [],
      numberFormat: [],
      merges: merges(),
      ...(looksOf.has(name.toLowerCase()) ? { looks: [] } : {}),
      ...(widths ? { widths: widths() } : {}),
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
      const looks = data.looks ? queueLooks(part) : null;
      try {
        // one request per block: the fallback for a workbook too big for one response
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        // long texts make a block too big for one response: halve it (bytes decide, not rows)
        const code = officeErrorCode(error);
        const tooBig =
          code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
        if (tooBig && rows > 1) {
          step = Math.max(1, Math.floor(rows / 2));
          continue;
        }
        throw error;
      }
      const blockLooks = looks?.();
      part.values.forEach((row, i) => {
        data.values[at + i] = row;
        data.formulas[at + i] = part.formulas[i];
        data.numberFormat[at + i] = part.numberFormat[i];
        if (data.looks && blockLooks) data.looks[at + i] = blockLooks[i];
      });
      at += rows;
    }
  }
  return new OfficeGrid(state, out);
}
