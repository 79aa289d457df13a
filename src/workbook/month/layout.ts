// Sheet roles and the finishing every month sheet gets: frozen header row, protection without
// password, A4 print setup with the header row repeated and a printed title, a tab colour by role,
// helper columns hidden, and a print area that stops at the last row in use (SPEC §5: no blank
// bordered pages).

import { colLetter, parseCell, parseRange } from "../address";
import { rowHeight } from "../builder";
import { isFormulaCell, type Cell, type Color, type SheetModel } from "../model";
import { FONT_BODY, FONT_SIZE, FOOTER_PAGES } from "../styles";

/** Tab colours: settings/reference grey, inputs blue, results green. */
export const TAB: Readonly<Record<"settings" | "input" | "result", Color>> = {
  settings: "7F7F7F",
  input: "2F5597",
  result: "548235",
};

/** `&` starts a code in Excel headers and footers */
export const hfText = (s: string): string => s.replace(/&/g, "&&");

/** `2026-10` → `2026年10月`: the one period format people read (titles, notices). */
export function monthText(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${m[1]}年${+m[2]}月` : month;
}

/** A printed page header: the sheet's title in 14-pt 黑体, bold (a real title, not a 10-pt line). */
export function printedTitle(title: string): string {
  return `&"黑体,Bold"&14${hfText(title)}`;
}

/** Helper columns: hidden, never printed, and their headers look like notes, not like headers. */
export const STYLE_HELPER_HEADER = {
  font: { name: FONT_BODY, size: 9, bold: false, color: "7F7F7F" },
  fill: "F2F2F2",
} as const;

const hasContent = (c: Cell): boolean =>
  c !== null && c !== "" && !(isFormulaCell(c) && (c.result === "" || c.result === null));

/**
 * The last row holding something to print (a formula showing "" counts as empty). Hidden helper
 * columns print nothing: a spare row whose only value is a helper's (交办事项's running 逾期序号)
 * is not in use.
 */
export function lastUsedRow(sheet: SheetModel): number {
  let last = 1;
  const hidden = new Set(sheet.hiddenColumns ?? []);
  for (const b of sheet.blocks) {
    const o = parseCell(b.origin);
    b.cells.forEach((row, r) => {
      if (o.row + r > last && row.some((c, k) => !hidden.has(o.col + k) && hasContent(c)))
        last = o.row + r;
    });
  }
  return last;
}

/** The last column holding something, by 1-based index. */
function lastUsedColumn(sheet: SheetModel): number {
  let last = 1;
  for (const b of sheet.blocks) {
    const o = parseCell(b.origin);
    for (const row of b.cells)
      row.forEach((c, k) => {
        if (c !== null && o.col + k > last) last = o.col + k;
      });
  }
  return last;
}

/**
 * Hides the columns whose row-1 header is one of `helpers` and gives their headers the helper look.
 * Hidden columns are not printed by Excel, WPS or LibreOffice.
 */
export function hideHelperColumns(sheet: SheetModel, helpers: readonly string[]): void {
  const wanted = new Set(helpers);
  const hidden = new Set(sheet.hiddenColumns ?? []);
  for (const b of sheet.blocks) {
    const o = parseCell(b.origin);
    if (o.row !== 1) continue;
    b.cells[0].forEach((c, k) => {
      if (typeof c !== "string" || !wanted.has(c)) return;
      hidden.add(o.col + k);
      sheet.formats.push({ range: `${colLetter(o.col + k)}1`, style: STYLE_HELPER_HEADER });
    });
  }
  if (hidden.size) sheet.hiddenColumns = [...hidden].sort((a, b) => a - b);
}

export function finishSheet(
  sheet: SheetModel,
  role: keyof typeof TAB,
  opts: {
    title: string;
    landscape?: boolean;
    printArea?: string;
    freezeColumns?: number;
    /** headers (row 1) of helper columns that only feed formulas: hidden, not printed */
    helpers?: readonly string[];
  }
): void {
  sheet.tabColor = TAB[role];
  if (opts.helpers) hideHelperColumns(sheet, opts.helpers);
  const title = opts.title.replace(/(\d{4})-(\d{2})(?!-\d)/g, (m) => monthText(m));
  // a header that wraps needs an explicit height: generated rows do not grow by themselves
  const headers: { text: string; width: number }[] = [];
  for (const b of sheet.blocks) {
    const o = parseCell(b.origin);
    if (o.row !== 1) continue;
    b.cells[0].forEach((c, k) => {
      const width = sheet.columnWidths[o.col + k - 1] ?? 8.43;
      // a 0-wide column (行标识) shows nothing and must not make the header row tall
      if (typeof c === "string" && width > 0) headers.push({ text: c, width });
    });
  }
  sheet.rowHeights[1] = Math.max(sheet.rowHeights[1] ?? 0, rowHeight(headers, FONT_SIZE));
  sheet.freeze = { rows: 1, columns: opts.freezeColumns ?? 0 };
  // inputs may be resized; rows are never inserted through protection (spare rows are ready)
  sheet.protection = {
    allowFormatColumns: true,
    allowFormatRows: true,
    allowAutoFilter: true,
    allowSort: false,
  };
  sheet.print = {
    paper: "A4",
    orientation: opts.landscape ? "landscape" : "portrait",
    fitToWidth: true,
    titleRows: [1, 1],
    header: { center: printedTitle(title) },
    footer: { center: FOOTER_PAGES },
    printArea: printAreaInUse(sheet, opts.printArea),
  };
}

/**
 * The print area clipped to the rows in use: spare input rows stay on screen, ready to type
 * into, but print no empty bordered grid. Regenerating the workbook (collect, 重新生成) moves it.
 */
export function printAreaInUse(sheet: SheetModel, given?: string): string {
  const last = Math.max(2, lastUsedRow(sheet));
  if (given) {
    const r = parseRange(given);
    return `${colLetter(r.left)}${r.top}:${colLetter(r.right)}${Math.min(r.bottom, last)}`;
  }
  return `A1:${colLetter(lastUsedColumn(sheet))}${last}`;
}
