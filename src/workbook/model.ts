// The description of a workbook, independent of the host that renders it.
// Rendered to .xlsx by src/xlsx/writer.ts (ExcelJS) and through Office.js by the add-in,
// so everything here is range-oriented: one value block = one `range.formulas` write,
// one format/validation/conditional format = one range. No ExcelJS or Office.js import.

import type { ISODate } from "../domain/types";
import { cellAddress, parseCell, parseRange, rangeContains } from "./address";

/** `RRGGBB`, no `#` (Office.js wants `#RRGGBB`, ExcelJS `FFRRGGBB`). */
export type Color = string;

export type ErrorCode = "#N/A" | "#VALUE!" | "#REF!" | "#DIV/0!" | "#NUM!" | "#NAME?" | "#NULL!";

/** Every error value a cell can show, in any Excel (newer ones too), for readers of user files. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
]);

/** A date cell: stored in files as an Excel serial number with a date number format. */
export interface DateValue {
  date: ISODate;
}

export interface ErrorValue {
  error: ErrorCode;
}

export type Scalar = string | number | boolean;

/**
 * The value a formula had when we computed it (the cached result written to the file).
 * A formula showing nothing caches `""`; `null` (no cached value) is refused by `modelProblems`.
 */
export type FormulaResult = Scalar | DateValue | ErrorValue | null;

export interface FormulaCell {
  /** English function names, `,` separators, no leading `=`, references relative to its own cell. */
  formula: string;
  result: FormulaResult;
}

/** null = empty. Text is always text: a string starting with `=` is never a formula. */
export type Cell = null | Scalar | DateValue | FormulaCell;

/** A rectangle of cells starting at `origin` (e.g. `A2`): one 2-D write in Office.js. */
export interface Block {
  origin: string;
  /** rows × columns; every row has the same length */
  cells: Cell[][];
}

export type HorizontalAlign = "left" | "center" | "right";
export type VerticalAlign = "top" | "middle" | "bottom";
export type BorderStyle = "thin" | "medium" | "none";

export interface FontStyle {
  name?: string;
  /** points */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  color?: Color;
}

/** A style applied to a range; several formats may cover a cell, later ones win field by field. */
export interface CellStyle {
  font?: FontStyle;
  /** solid fill colour */
  fill?: Color;
  /** the same border on every edge of every cell of the range */
  border?: BorderStyle;
  horizontal?: HorizontalAlign;
  vertical?: VerticalAlign;
  wrap?: boolean;
  /**
   * Indent from the left border, in Excel's levels (about one character each), with left
   * alignment: printed text keeps clear of the border. Office.js needs ExcelApi 1.9 for it.
   */
  indent?: number;
  numberFormat?: string;
  /** protection: input cells are unlocked (default: locked, as in Excel) */
  locked?: boolean;
}

export interface RangeFormat {
  range: string;
  style: CellStyle;
}

interface ValidationMessages {
  /** default true */
  allowBlank?: boolean;
  /** stop (default) refuses the entry; warning lets the user keep it */
  errorStyle?: "stop" | "warning" | "information";
  errorTitle?: string;
  error?: string;
  promptTitle?: string;
  prompt?: string;
}

export type ValidationRule =
  /** source: a reference such as `'岗位职责'!$A$2:$A$116` or a defined name; no leading `=` */
  | ({ type: "list"; source: string } & ValidationMessages)
  /** a short inline list: the joined text must stay within 255 characters */
  | ({ type: "list"; values: string[] } & ValidationMessages)
  | ({ type: "date"; min?: ISODate; max?: ISODate } & ValidationMessages)
  | ({ type: "decimal" | "whole"; min?: number; max?: number } & ValidationMessages)
  /** a formula relative to the range's top-left cell that must be TRUE */
  | ({ type: "custom"; formula: string } & ValidationMessages);

export interface RangeValidation {
  range: string;
  rule: ValidationRule;
}

/** A formula-driven conditional format; the formula is relative to the range's top-left cell. */
export interface ConditionalFormat {
  range: string;
  formula: string;
  fill?: Color;
  fontColor?: Color;
  bold?: boolean;
}

export interface SheetProtection {
  /** no password unless the user sets one */
  password?: string;
  allowFormatColumns?: boolean;
  allowFormatRows?: boolean;
  allowInsertRows?: boolean;
  allowDeleteRows?: boolean;
  allowSort?: boolean;
  allowAutoFilter?: boolean;
}

export interface HeaderFooter {
  /** Excel codes: `&P` page, `&N` pages, `&A` sheet name */
  left?: string;
  center?: string;
  right?: string;
}

export interface PrintSetup {
  paper: "A4";
  orientation: "portrait" | "landscape";
  /** scale to one page wide, as many pages tall as needed */
  fitToWidth: boolean;
  /** rows repeated at the top of every printed page, e.g. [2, 2] */
  titleRows?: [number, number];
  header?: HeaderFooter;
  footer?: HeaderFooter;
  horizontalCentered?: boolean;
  /** e.g. `A1:I116`; absent = the used range */
  printArea?: string;
  /** a printed page ends after each of these 1-based rows (manual page breaks) */
  rowBreaks?: number[];
  /**
   * The number `&P` prints on the sheet's first page, whatever else is printed with it (the
   * handbook's 目录 names pages); absent = the host numbers pages itself.
   */
  firstPageNumber?: number;
  /** inches */
  margins?: {
    left: number;
    right: number;
    top: number;
    bottom: number;
    header: number;
    footer: number;
  };
}

export interface SheetModel {
  name: string;
  tabColor?: Color;
  hidden?: boolean;
  /** column widths in Excel character units, index 0 = column A; 0 hides the column */
  columnWidths: number[];
  /** row heights in points, by 1-based row number */
  rowHeights: Record<number, number>;
  /** 1-based columns hidden from view and print (helper columns that only feed formulas) */
  hiddenColumns?: number[];
  blocks: Block[];
  formats: RangeFormat[];
  merges: string[];
  validations: RangeValidation[];
  conditionalFormats: ConditionalFormat[];
  /** rows/columns frozen at the top/left */
  freeze?: { rows: number; columns: number };
  /** absent = not protected */
  protection?: SheetProtection;
  print?: PrintSetup;
  /** comments on cells (what the director wrote on the old workbook's cells, carried over) */
  comments?: CellComment[];
}

/**
 * A comment on one cell. `thread`: Excel's threaded comment (its replies follow it); `note`: the
 * old-style comment (a file's only kind, and Excel's "note"). Texts already say who wrote them
 * and when (a host adding a comment makes the current user its author).
 */
export interface CellComment {
  /** `C5` */
  cell: string;
  kind: "thread" | "note";
  text: string;
  replies?: string[];
  /** a resolved thread */
  resolved?: boolean;
}

export interface DefinedName {
  name: string;
  /** e.g. `'说明'!$B$3` */
  ref: string;
}

export interface WorkbookModel {
  /** used for file names and messages, e.g. 岗位责任手册 */
  title: string;
  sheets: SheetModel[];
  definedNames: DefinedName[];
}

export const DATE_FORMAT = "yyyy-mm-dd";
export const MAX_INLINE_LIST = 255;
/** Excel's sheet-name limit and forbidden characters */
export const MAX_SHEET_NAME = 31;
const FORBIDDEN_SHEET_CHARS = /[\\/?*:[\]]/g;

export function isDateValue(v: unknown): v is DateValue {
  return typeof v === "object" && v !== null && typeof (v as DateValue).date === "string";
}

/**
 * A formula cell whose text is stored as one flat string. Formulas are assembled from many
 * pieces (template literals over names and ranges), which V8 keeps as a tree of pieces: a
 * 250-character formula then costs about 1.5 KB instead of 0.5 KB, and a 500-person month holds
 * 350,000 of them (325 MB of heap instead of 123 MB). JSON's round trip copies the text flat.
 */
export function formulaCell(formula: string, result: FormulaResult): FormulaCell {
  if (!formulaTexts) return { formula: "", result };
  return { formula: JSON.parse(JSON.stringify(formula)) as string, result };
}

/** false during a results-only build (builder.ts `buildResultsOnly`): formula texts left empty. */
let formulaTexts = true;

/** Turns formula texts on or off (builder.ts `buildResultsOnly` only); the previous setting. */
export function keepFormulaTexts(on: boolean): boolean {
  const was = formulaTexts;
  formulaTexts = on;
  return was;
}

export function isFormulaCell(v: unknown): v is FormulaCell {
  return typeof v === "object" && v !== null && typeof (v as FormulaCell).formula === "string";
}

export function isErrorValue(v: unknown): v is ErrorValue {
  return typeof v === "object" && v !== null && typeof (v as ErrorValue).error === "string";
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** 1899-12-30, Excel's day 0 in the 1900 system (serials from 61 on, i.e. after the fake 1900-02-29) */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** `2026-10-31` → 46326, with UTC arithmetic only. */
export function isoToSerial(iso: ISODate): number {
  const m = ISO_RE.exec(iso);
  if (!m) throw new RangeError(`日期格式应为 YYYY-MM-DD：${iso}`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(t);
  if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
    throw new RangeError(`不存在的日期：${iso}`);
  }
  return Math.round((t - EXCEL_EPOCH_UTC) / MS_PER_DAY);
}

/** 46326 → `2026-10-31` (the time of day, if any, is dropped). */
export function serialToIso(serial: number): ISODate {
  const d = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * MS_PER_DAY);
  return d.toISOString().slice(0, 10);
}

/** A name Excel accepts for a sheet: forbidden characters replaced, at most 31 characters. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(FORBIDDEN_SHEET_CHARS, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (cleaned || "Sheet").slice(0, MAX_SHEET_NAME);
}

export function emptySheet(name: string): SheetModel {
  return {
    name,
    columnWidths: [],
    rowHeights: {},
    blocks: [],
    formats: [],
    merges: [],
    validations: [],
    conditionalFormats: [],
  };
}

/**
 * The cells of a block as Office.js `range.formulas` wants them: formulas with `=`,
 * dates as serial numbers, text that would parse as a formula or number kept as text with `'`.
 */
export function officeFormulas(block: Block): (string | number | boolean)[][] {
  return block.cells.map((row) =>
    row.map((c): string | number | boolean => {
      if (c === null) return "";
      if (typeof c === "number" || typeof c === "boolean") return c;
      if (typeof c === "string") return mightParse(c) ? `'${c}` : c;
      if (isDateValue(c)) return isoToSerial(c.date);
      return `=${c.formula}`;
    })
  );
}

/**
 * Would Excel turn this text into something else when written through `range.formulas`?
 * Formulas, numbers, dates (`2026-10-31`, `11月3日`), times, percentages, TRUE/FALSE.
 */
function mightParse(s: string): boolean {
  return /^[=+\-@']/.test(s) || /^\s*[\d.,:/%($￥]/.test(s) || /^\s*(true|false)\s*$/i.test(s);
}

/** Text of an inline list as stored in the file: `"a,b,c"` without the quotes. */
export function inlineListText(values: string[]): string {
  return values.join(",");
}

/** Structural problems a host would reject or silently "repair" (Chinese messages). */
export function modelProblems(model: WorkbookModel): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const sheet of model.sheets) {
    const where = `工作表“${sheet.name}”`;
    if (sheet.name !== safeSheetName(sheet.name))
      problems.push(`${where}：名称含非法字符或超过 31 个字符`);
    const key = sheet.name.toLowerCase();
    if (names.has(key)) problems.push(`${where}：名称重复`);
    names.add(key);
    for (const b of sheet.blocks) {
      const width = b.cells[0]?.length ?? 0;
      if (b.cells.some((r) => r.length !== width))
        problems.push(`${where}：从 ${b.origin} 开始的数据块各行长度不一致`);
      // SPEC §5: every formula carries its cached value (Protected View shows nothing else)
      const missing = b.cells.flat().filter((c) => isFormulaCell(c) && c.result === null).length;
      if (missing)
        problems.push(
          `${where}：从 ${b.origin} 开始的数据块有 ${missing} 个公式没有缓存值（空结果请用 ""）`
        );
    }
    for (const v of sheet.validations) {
      if (v.rule.type === "list" && "values" in v.rule) {
        const text = inlineListText(v.rule.values);
        if (text.length > MAX_INLINE_LIST) {
          problems.push(
            `${where} ${v.range}：下拉列表共 ${text.length} 个字符，超过 255，应引用单元格区域`
          );
        }
        if (v.rule.values.some((x) => x.includes(",")))
          problems.push(`${where} ${v.range}：下拉列表的选项不能含逗号`);
      }
    }
  }
  return problems;
}

/**
 * Date cells (and formulas with a date result) that no format gives a number format. The .xlsx
 * writer falls back to `yyyy-mm-dd` for them, but Office.js writes only what the description
 * says, where they would show as numbers: the registry test requires none.
 */
export function undatedDateCells(sheet: SheetModel): string[] {
  const ranges = sheet.formats.filter((f) => f.style.numberFormat).map((f) => parseRange(f.range));
  const out: string[] = [];
  for (const b of sheet.blocks) {
    const o = parseCell(b.origin);
    b.cells.forEach((row, r) =>
      row.forEach((c, k) => {
        if (!isDateValue(c) && !(isFormulaCell(c) && isDateValue(c.result))) return;
        const [y, x] = [o.row + r, o.col + k];
        if (!ranges.some((g) => rangeContains(g, y, x))) out.push(cellAddress(y, x));
      })
    );
  }
  return out;
}

/** A column width in Excel character units as points (Office.js `format.columnWidth`). */
export function widthToPoints(width: number): number {
  // Excel: pixels = width × 7 + 5 at the default Calibri 11 (7 px per "0"); 1 px = 0.75 pt
  return Math.round((width * 7 + 5) * 0.75 * 100) / 100;
}
