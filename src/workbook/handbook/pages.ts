// The handbook's pages, computed before it is printed: the 目录 names the page each section
// starts on, so every printed sheet is laid out at 100 % scale (no fit-to-page, whose scale each
// host computes its own way) with manual row breaks placed from the row heights we set. A page
// then holds exactly the rows we put on it in Excel, WPS and LibreOffice alike, and each sheet
// prints as many pages as `paginate` says. Tests print the workbook with LibreOffice and check.

import type { PrintSetup } from "../model";
import { textUnits } from "../builder";

/** A4 in points. */
const A4 = { short: 595.3, long: 841.9 };

/** Inches; the header and footer sit inside the top and bottom margins. */
export const HANDBOOK_MARGINS: NonNullable<PrintSetup["margins"]> = {
  left: 0.6,
  right: 0.6,
  top: 0.8,
  bottom: 0.8,
  header: 0.35,
  footer: 0.35,
};

export type Orientation = PrintSetup["orientation"];

/**
 * Share of the page body we fill: the rest absorbs the small differences between hosts (a
 * printer's unprintable edge, rounding of row heights to pixels).
 */
const FILL = 0.94;

/** Height of the printable body of a page, in points. */
export function bodyHeight(o: Orientation, m = HANDBOOK_MARGINS): number {
  const h = o === "portrait" ? A4.long : A4.short;
  return h - (m.top + m.bottom) * 72;
}

/** Width of the printable body of a page, in points. */
export function bodyWidth(o: Orientation, m = HANDBOOK_MARGINS): number {
  const w = o === "portrait" ? A4.short : A4.long;
  return w - (m.left + m.right) * 72;
}

/**
 * Printed width of columns given in Excel character units. A unit is the width of "0" in the
 * workbook's default font: 5.25 pt in Excel (Calibri 11, 7 px), but 7 pt in LibreOffice on a
 * machine without Calibri or Carlito (measured: a width of 36 prints 3.5 in). Widths are checked
 * against the wider, so no host prints a column on a second page to the right.
 */
export function columnsWidth(widths: number[]): number {
  return widths.reduce((s, w) => s + w * 7, 0);
}

/** Lines a text needs in a column `width` units wide at `size` points (line breaks honoured). */
export function linesAt(text: string, width: number, size: number): number {
  // heights are for Excel's narrower columns (5.25 pt a unit): about one unit of cell padding,
  // and 0.95 leaves room for breaks that cannot split a word or punctuation
  const capacity = Math.max(1, (width - 1) * 0.95);
  const scale = size / 11;
  return text
    .split("\n")
    .reduce((n, part) => n + Math.max(1, Math.ceil((textUnits(part) * scale) / capacity)), 0);
}

/**
 * Left-aligned text in a bordered table is indented one level (about a character: 2 width
 * units are reserved for it when counting lines), so it keeps clear of the left border.
 */
export const TEXT_INDENT = 1;
export const INDENT_UNITS = 2;

/** Vertical padding of a table row (points, top and bottom together): text never touches a border. */
export const ROW_PADDING = 10;

/**
 * Height of a row whose cells hold `cells` (text and column width in units) at `size` points:
 * the tallest wrapped cell, a line height of 1.45 × size (SimSun and Noto CJK both fit) and
 * ROW_PADDING.
 */
export function paddedHeight(cells: { text: string; width: number }[], size: number): number {
  const lines = Math.max(1, ...cells.map((c) => (c.text ? linesAt(c.text, c.width, size) : 1)));
  return Math.ceil(lines * size * 1.45 + ROW_PADDING);
}

export interface Pagination {
  /** rows after which a page ends (the model's `rowBreaks`) */
  breaks: number[];
  pages: number;
}

/**
 * Splits rows `first`..`last` into pages of the body height: a page ends before the row that
 * would overflow it. `titleRows` are printed again at the top of every following page;
 * a row in `keepWithNext` (a heading) never ends a page.
 */
export function paginate(opts: {
  orientation: Orientation;
  rowHeights: Record<number, number>;
  first: number;
  last: number;
  titleRows?: [number, number];
  keepWithNext?: ReadonlySet<number>;
  margins?: PrintSetup["margins"];
}): Pagination {
  const capacity = bodyHeight(opts.orientation, opts.margins ?? HANDBOOK_MARGINS) * FILL;
  const h = (r: number): number => opts.rowHeights[r] ?? 15;
  let repeat = 0;
  if (opts.titleRows) for (let r = opts.titleRows[0]; r <= opts.titleRows[1]; r++) repeat += h(r);
  const breaks: number[] = [];
  let used = 0;
  let pageStart = opts.first;
  for (let r = opts.first; r <= opts.last; r++) {
    if (r > pageStart && used + h(r) > capacity) {
      // move a heading that would end the page to the next one (unless it started the page)
      let end = r - 1;
      while (end > pageStart && opts.keepWithNext?.has(end)) end--;
      breaks.push(end);
      pageStart = end + 1;
      used = repeat;
      r = end; // the loop adds the rows moved to the new page again
      continue;
    }
    used += h(r);
  }
  return { breaks, pages: breaks.length + 1 };
}

/** Column widths that fit the page body, so nothing prints on a second page to the right. */
export function fitsWidth(widths: number[], o: Orientation, m = HANDBOOK_MARGINS): boolean {
  // widths do not round like row heights: a smaller safety share
  return columnsWidth(widths) <= bodyWidth(o, m) * 0.97;
}

/** Text units of a string at 11 pt (re-exported for layout code choosing widths). */
export const unitsOf = textUnits;
