// A page-like sheet (公示, 个人考核单, 奖惩发放表): rows of cells written top to bottom, titles and
// prose merged across the page width, small tables with borders, explicit row heights (generated
// rows do not grow by themselves) and an A4 print setup whose area stops at the last written row.

import { colLetter } from "../address";
import { isResultsOnly, rowHeight, textUnits } from "../builder";
import {
  DATE_FORMAT,
  formulaCell,
  isDateValue,
  isFormulaCell,
  type Cell,
  type CellStyle,
  type FormulaResult,
  type SheetModel,
} from "../model";
import { COLORS, FONT_BODY, FOOTER_PAGES } from "../styles";
import { TAB } from "./layout";

export const DOC_FONT = 12;

const BODY: CellStyle = {
  font: { name: FONT_BODY, size: DOC_FONT },
  vertical: "middle",
  wrap: true,
};
/** on top of the page's body style (font, middle, wrap): only what differs, each key is a request */
const TABLE_HEADER: CellStyle = {
  font: { bold: true },
  fill: COLORS.headerFill,
  horizontal: "center",
};
const TABLE_BODY: CellStyle = { horizontal: "center" };

/**
 * `{formula, result}` shorthand. The formula may be given as a function: a results-only build
 * (verification) never makes its text.
 */
export const f = (formula: string | (() => string), result: FormulaResult): Cell =>
  isResultsOnly()
    ? { formula: "", result }
    : formulaCell(typeof formula === "string" ? formula : formula(), result);

/** The text a cell shows, for row heights. */
function shown(c: Cell): string {
  if (c === null) return "";
  if (isFormulaCell(c)) {
    const r = c.result;
    if (r === null) return "";
    if (typeof r === "object") return isDateValue(r) ? r.date : "";
    return String(r);
  }
  if (typeof c === "object") return c.date;
  return String(c);
}

export class DocSheet {
  /** next row to write (1-based) */
  row = 1;
  /** the page's cells by row and column, written as one block by finish() (one Office.js write) */
  private grid = new Map<number, Map<number, Cell>>();
  /**
   * a results-only build (verification): the cells in their places and nothing else — no
   * formats, merges or row heights (measuring every text for its height was most of the page)
   */
  private readonly lean = isResultsOnly();
  constructor(
    readonly sheet: SheetModel,
    /** column widths of the printed page, A first */
    readonly widths: number[]
  ) {
    sheet.columnWidths = [...widths];
  }

  get cols(): number {
    return this.widths.length;
  }

  private width(from: number, to: number): number {
    let w = 0;
    for (let c = from; c <= to; c++) w += this.widths[c - 1] ?? 8.43;
    return w;
  }

  private put(row: number, col: number, cells: Cell[]): void {
    let r = this.grid.get(row);
    if (!r) this.grid.set(row, (r = new Map()));
    cells.forEach((c, k) => r!.set(col + k, c));
  }

  /** A format unless the style adds nothing to the page's body style. */
  private style(range: string, style: CellStyle, size?: number): void {
    if (this.lean) return;
    const own: CellStyle = { ...style };
    if (size !== undefined && size !== DOC_FONT) own.font = { ...style.font, size };
    if (Object.keys(own).length) this.sheet.formats.push({ range, style: own });
  }

  private height(row: number, h: number): void {
    if (this.lean) return;
    this.sheet.rowHeights[row] = Math.max(this.sheet.rowHeights[row] ?? 0, h);
  }

  /** One cell merged across the page (or columns `from`..`to`), wrapped; returns its row. */
  line(
    cell: Cell,
    style: CellStyle = {},
    opts: { from?: number; to?: number; size?: number; minHeight?: number } = {}
  ): number {
    const r = this.row++;
    const from = opts.from ?? 1;
    const to = opts.to ?? this.cols;
    this.put(r, from, [cell]);
    if (this.lean) return r;
    const range = `${colLetter(from)}${r}:${colLetter(to)}${r}`;
    if (to > from) this.sheet.merges.push(range);
    const size = opts.size ?? style.font?.size ?? DOC_FONT;
    this.style(range, style, size);
    const text = shown(cell);
    this.height(
      r,
      Math.max(opts.minHeight ?? 0, rowHeight([{ text, width: this.width(from, to) }], size))
    );
    return r;
  }

  /** Several merged pieces on one row: [cell, fromCol, toCol, style]. */
  pieces(items: Array<[Cell, number, number, CellStyle?]>, minHeight = 0): number {
    const r = this.row++;
    let h = minHeight;
    for (const [cell, from, to, style] of items) {
      this.put(r, from, [cell]);
      if (this.lean) continue;
      const range = `${colLetter(from)}${r}:${colLetter(to)}${r}`;
      if (to > from) this.sheet.merges.push(range);
      if (style) this.style(range, style);
      h = Math.max(h, rowHeight([{ text: shown(cell), width: this.width(from, to) }], DOC_FONT));
    }
    this.height(r, h);
    return r;
  }

  /** Thin borders on every cell of page rows `top`..`bottom`: one format for a whole block. */
  border(top: number, bottom: number): void {
    if (this.lean) return;
    this.sheet.formats.push({
      range: `A${top}:${colLetter(this.cols)}${bottom}`,
      style: { border: "thin" },
    });
  }

  blank(height = 8): void {
    this.height(this.row++, height);
  }

  /**
   * A bordered table: one header row, then the given rows; `spans` merges a column's cell over
   * several page columns (e.g. 事由 over E:F). Returns the first and last data rows.
   */
  table(
    headers: string[],
    rows: Cell[][],
    opts: {
      spans?: number[];
      align?: Array<"left" | "center" | "right" | undefined>;
      numberFormats?: Array<string | undefined>;
      minHeight?: number;
      /** the caller draws one border around several tables (fewer formats to send) */
      noBorder?: boolean;
    } = {}
  ): { first: number; last: number; col: (k: number) => string } {
    const spans = opts.spans ?? headers.map(() => 1);
    const starts: number[] = [];
    let c = 1;
    for (const s of spans) {
      starts.push(c);
      c += s;
    }
    // one format per table part and column (not per cell): the Office.js render sends each as a request
    const emit = (cells: Cell[]): number => {
      const r = this.row++;
      let h = opts.minHeight ?? 0;
      cells.forEach((cell, k) => {
        const from = starts[k];
        const to = from + spans[k] - 1;
        this.put(r, from, [cell]);
        if (this.lean) return;
        if (to > from) this.sheet.merges.push(`${colLetter(from)}${r}:${colLetter(to)}${r}`);
        h = Math.max(h, rowHeight([{ text: shown(cell), width: this.width(from, to) }], DOC_FONT));
      });
      this.height(r, h);
      return r;
    };
    const right = colLetter(starts[starts.length - 1] + spans[spans.length - 1] - 1);
    const headerRow = emit(headers);
    if (this.lean) {
      const first = this.row;
      for (const cells of rows) emit(cells);
      return { first, last: this.row - 1, col: (k) => colLetter(starts[k]) };
    }
    this.sheet.formats.push({
      range: `A${headerRow}:${right}${headerRow}`,
      style: TABLE_HEADER,
    });
    const first = this.row;
    for (const cells of rows) emit(cells);
    const last = this.row - 1;
    if (!opts.noBorder) this.border(headerRow, last);
    if (last >= first) {
      this.sheet.formats.push({
        range: `A${first}:${right}${last}`,
        style: TABLE_BODY,
      });
      headers.forEach((_, k) => {
        const style: CellStyle = {};
        const align = opts.align?.[k];
        if (align) style.horizontal = align;
        const dated = rows.some(
          (row) => isDateValue(row[k]) || (isFormulaCell(row[k]) && isDateValue(row[k].result))
        );
        const nf = opts.numberFormats?.[k] ?? (dated ? DATE_FORMAT : undefined);
        if (nf) style.numberFormat = nf;
        if (Object.keys(style).length === 0) return;
        const col = colLetter(starts[k]);
        const end = colLetter(starts[k] + spans[k] - 1);
        this.sheet.formats.push({ range: `${col}${first}:${end}${last}`, style });
      });
    }
    return { first, last: this.row - 1, col: (k) => colLetter(starts[k]) };
  }

  /** A4, fit to width, centred, the page number at the foot; the area ends at the last row. */
  finish(opts: { landscape?: boolean; breaks?: number[] } = {}): void {
    const s = this.sheet;
    const last = Math.max(1, this.row - 1);
    s.blocks.unshift({
      origin: "A1",
      cells: Array.from({ length: last }, (_, r) =>
        Array.from({ length: this.cols }, (_, c) => this.grid.get(r + 1)?.get(c + 1) ?? null)
      ),
    });
    s.formats.unshift({ range: `A1:${colLetter(this.cols)}${last}`, style: BODY });
    s.tabColor = TAB.result;
    s.protection = {
      allowFormatColumns: true,
      allowFormatRows: true,
      allowAutoFilter: false,
      allowSort: false,
    };
    s.print = {
      paper: "A4",
      orientation: opts.landscape ? "landscape" : "portrait",
      fitToWidth: true,
      horizontalCentered: true,
      footer: { center: FOOTER_PAGES },
      printArea: `A1:${colLetter(this.cols)}${Math.max(1, this.row - 1)}`,
      margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
      ...(opts.breaks?.length ? { rowBreaks: opts.breaks } : {}),
    };
  }
}

/** Width units a text needs on one line (for choosing widths). */
export const unitsOf = textUnits;

/**
 * The k-th cell (1-based) of an absolute column range: `'考核汇总'!$C$2:$C$21`, 3 →
 * `'考核汇总'!$C$4`. A direct reference is as live as INDEX(range, k) and half as long to send.
 */
export function nthCell(range: string, k: number): string {
  const m = /^(.*!)\$([A-Z]+)\$(\d+):\$[A-Z]+\$\d+$/.exec(range);
  if (!m) throw new Error(`不是单列区域：${range}`);
  return `${m[1]}$${m[2]}$${Number(m[3]) + k - 1}`;
}

/** 说明!B2, the office's name (never pasted into a formula's string literal). */
export const officeRef = (): string => "'说明'!$B$2";

/** `2026-11-02` → `2026年11月2日` as a formula over a date cell (no TEXT(): locale-dependent). */
export function cnDateF(ref: string): string {
  return `YEAR(${ref})&"年"&MONTH(${ref})&"月"&DAY(${ref})&"日"`;
}

export function cnDate(iso: string): string {
  return `${+iso.slice(0, 4)}年${+iso.slice(5, 7)}月${+iso.slice(8, 10)}日`;
}
