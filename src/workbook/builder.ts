// A small typed builder for workbook authors: lay a table (header row + records + empty input
// rows) onto a sheet and get back its geometry for formulas that point at it.

import { cellAddress, colLetter, rangeAddress } from "./address";
import {
  DATE_FORMAT,
  formulaCell,
  isDateValue,
  keepFormulaTexts,
  isFormulaCell,
  type Cell,
  type CellStyle,
  type FormulaResult,
  type HorizontalAlign,
  type SheetModel,
  type ValidationRule,
} from "./model";
import { FONT_SIZE, STYLE_BODY, STYLE_FORMULA, STYLE_HEADER, STYLE_INPUT } from "./styles";

/**
 * A results-only build (verification, src/workbook/verify.ts) needs each formula cell's place and
 * cached result, nothing else: formula texts are left empty and formats, validations and row
 * heights are not made — over half of a month workbook's build. Set only inside
 * `buildResultsOnly` (builds are synchronous, so nothing else runs meanwhile).
 */
let resultsOnly = false;

/** Whether a results-only build is running (page-like sheets skip their layout too). */
export function isResultsOnly(): boolean {
  return resultsOnly;
}

/** Runs `build` as a results-only build (see above). */
export function buildResultsOnly<T>(build: () => T): T {
  const was = resultsOnly;
  resultsOnly = true;
  const texts = keepFormulaTexts(false); // formulaCell (model.ts) too: sheets not made by addTable
  try {
    return build();
  } finally {
    resultsOnly = was;
    keepFormulaTexts(texts);
  }
}

export type ColumnKind = "text" | "number" | "date" | "formula";

interface ColumnBase {
  header: string;
  /** Excel character units */
  width: number;
  /** unlocked, so it can be typed into on a protected sheet */
  input?: boolean;
  validation?: ValidationRule;
  numberFormat?: string;
  align?: HorizontalAlign;
  /** wrapped text: counted when computing row heights */
  wrap?: boolean;
}

export interface ValueColumn<R> extends ColumnBase {
  kind: "text" | "number" | "date";
  /** usually text, a number or a date; a formula cell is allowed too (a per-row formula) */
  value: (record: R, index: number) => Cell | undefined;
}

export interface FormulaColumn<R> extends ColumnBase {
  kind: "formula";
  /** the formula of sheet row `row` (no leading `=`) */
  formula: (row: number) => string;
  /** the cached result, computed by the TypeScript rules */
  result: (record: R | undefined, index: number) => FormulaResult;
}

export type Column<R> = ValueColumn<R> | FormulaColumn<R>;

export interface TableSpec<R> {
  columns: Column<R>[];
  rows: R[];
  /** row of the headers (default 1) */
  headerRow?: number;
  /** first column (default 1 = A) */
  firstColumn?: number;
  /** empty formatted input rows after the records (formula columns still get their formulas) */
  spareRows?: number;
  /** set explicit heights so wrapped text prints fully (default true) */
  autoHeight?: boolean;
  /** points, headers and body alike (default FONT_SIZE; the clerk's log uses 12) */
  fontSize?: number;
}

export interface TableLayout {
  headerRow: number;
  firstDataRow: number;
  /** last row of records (firstDataRow - 1 when there are none) */
  lastRecordRow: number;
  /** last formatted row, spare rows included */
  lastRow: number;
  /** column letter of a header */
  col(header: string): string;
  /** data range of a column, e.g. `C3:C40`, spare rows included; absolute with `$` when asked */
  range(header: string, absolute?: boolean): string;
}

export function addTable<R>(sheet: SheetModel, spec: TableSpec<R>): TableLayout {
  const headerRow = spec.headerRow ?? 1;
  const c0 = spec.firstColumn ?? 1;
  const first = headerRow + 1;
  const lastRecordRow = headerRow + spec.rows.length;
  const lastRow = lastRecordRow + (spec.spareRows ?? 0);
  const cols = spec.columns;
  const letters = new Map<string, string>();
  cols.forEach((c, i) => {
    if (letters.has(c.header)) throw new Error(`表头重复：${c.header}`);
    letters.set(c.header, colLetter(c0 + i));
    sheet.columnWidths[c0 + i - 1] = c.width;
  });

  const cells: Cell[][] = [cols.map((c) => c.header)];
  for (let i = 0; i < lastRow - headerRow; i++) {
    const record = i < spec.rows.length ? spec.rows[i] : undefined;
    const row = first + i;
    cells.push(
      cols.map((c): Cell => {
        if (c.kind === "formula")
          return resultsOnly
            ? { formula: "", result: c.result(record, i) }
            : formulaCell(c.formula(row), c.result(record, i));
        if (record === undefined) return null;
        return c.value(record, i) ?? null;
      })
    );
  }
  sheet.blocks.push({ origin: cellAddress(headerRow, c0), cells });
  if (resultsOnly) return tableLayout(headerRow, first, lastRecordRow, lastRow, letters);

  const lastCol = c0 + cols.length - 1;
  const size = spec.fontSize ?? FONT_SIZE;
  const sized = (style: CellStyle): CellStyle =>
    size === FONT_SIZE ? style : { ...style, font: { ...style.font, size } };
  sheet.formats.push({
    range: rangeAddress({ top: headerRow, left: c0, bottom: headerRow, right: lastCol }),
    style: sized(STYLE_HEADER),
  });
  if (lastRow >= first) {
    sheet.formats.push({
      range: rangeAddress({ top: first, left: c0, bottom: lastRow, right: lastCol }),
      style: sized(STYLE_BODY),
    });
    cols.forEach((c, i) => {
      const range = rangeAddress({ top: first, left: c0 + i, bottom: lastRow, right: c0 + i });
      const style: CellStyle = {
        ...(c.kind === "formula" ? STYLE_FORMULA : c.input ? STYLE_INPUT : { locked: true }),
      };
      // a formula column whose results are dates gets the date format without being told
      const datedFormula = cells.some(
        (row, r) => r > 0 && isFormulaCell(row[i]) && isDateValue(row[i].result)
      );
      const numberFormat =
        c.numberFormat ?? (c.kind === "date" || datedFormula ? DATE_FORMAT : undefined);
      if (numberFormat) style.numberFormat = numberFormat;
      if (c.align) style.horizontal = c.align;
      if (c.wrap === false) style.wrap = false;
      sheet.formats.push({ range, style });
      if (c.validation) sheet.validations.push({ range, rule: c.validation });
    });
  }

  if (spec.autoHeight !== false) {
    // widths are measured at FONT_SIZE: a larger font fits fewer characters; a hidden (0-wide)
    // column holds nothing to see and must not make the row tall
    const shown = (width: number) => (width * FONT_SIZE) / size;
    sheet.rowHeights[headerRow] = rowHeight(
      cols.filter((c) => c.width > 0).map((c) => ({ text: c.header, width: shown(c.width) })),
      size
    );
    spec.rows.forEach((_, i) => {
      const texts = cols.flatMap((c, k) => {
        if (c.width <= 0) return [];
        const v = cells[i + 1][k];
        return [{ text: c.wrap === false ? "" : displayText(v), width: shown(c.width) }];
      });
      sheet.rowHeights[first + i] = rowHeight(texts, size);
    });
  }

  return tableLayout(headerRow, first, lastRecordRow, lastRow, letters);
}

function tableLayout(
  headerRow: number,
  first: number,
  lastRecordRow: number,
  lastRow: number,
  letters: Map<string, string>
): TableLayout {
  return {
    headerRow,
    firstDataRow: first,
    lastRecordRow,
    lastRow,
    col(header) {
      const l = letters.get(header);
      if (!l) throw new Error(`没有这一列：${header}`);
      return l;
    },
    range(header, absolute = false) {
      const l = this.col(header);
      return absolute
        ? `$${l}$${first}:$${l}$${Math.max(first, lastRow)}`
        : `${l}${first}:${l}${Math.max(first, lastRow)}`;
    },
  };
}

function displayText(v: Cell): string {
  if (v === null) return "";
  if (typeof v === "object") return "date" in v ? v.date : "";
  return String(v);
}

/**
 * Width of a text in Excel character units (the width of "0" in the default font):
 * a CJK/full-width character is about 2.1 units at 11 pt, other characters about 1.1.
 */
export function textUnits(text: string): number {
  let u = 0;
  for (const ch of text)
    u +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch
      )
        ? 2.1
        : 1.1;
  return u;
}

/** Lines a wrapped text needs in a column `width` units wide (explicit line breaks honoured). */
export function wrappedLines(text: string, width: number): number {
  // ~1 unit of cell padding; 0.92 leaves room for breaks that cannot split a word or punctuation
  const capacity = Math.max(1, (width - 1) * 0.92);
  return text
    .split("\n")
    .reduce((n, part) => n + Math.max(1, Math.ceil(textUnits(part) / capacity)), 0);
}

/**
 * Row height in points for the tallest wrapped cell: LibreOffice and Excel do not grow rows
 * of generated files by themselves, so wrapped Chinese text would be cut off when printed.
 * Line height 1.45 × font size covers SimSun and Noto CJK (whose line gap is the larger).
 */
export function rowHeight(cells: { text: string; width: number }[], fontSize: number): number {
  if (resultsOnly) return 0; // nothing is drawn
  const lines = Math.max(1, ...cells.map((c) => (c.text ? wrappedLines(c.text, c.width) : 1)));
  return Math.ceil(lines * fontSize * 1.45 + 5);
}
