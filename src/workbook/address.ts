// A1-style addresses and ranges, shared by the model, the writers and the reader.
// Rows and columns are 1-based, as in Excel.

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 1 → A, 27 → AA */
export function colLetter(col: number): string {
  if (!Number.isInteger(col) || col < 1 || col > 16384)
    throw new RangeError(`列号超出范围：${col}`);
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A → 1, AA → 27 */
export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) throw new RangeError(`不是列字母：${letters}`);
    n = n * 26 + (c - 64);
  }
  return n;
}

export function cellAddress(row: number, col: number, absolute = false): string {
  return absolute ? `$${colLetter(col)}$${row}` : `${colLetter(col)}${row}`;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

export function parseCell(address: string): CellRef {
  const m = CELL_RE.exec(address.trim());
  if (!m) throw new RangeError(`不是单元格地址：${address}`);
  return { row: Number(m[2]), col: colIndex(m[1]) };
}

/** "A2:C10" or a single cell "B3" (no sheet part). */
export function parseRange(range: string): RangeRef {
  const [a, b] = range.split(":");
  const p = parseCell(a);
  const q = b === undefined ? p : parseCell(b);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function rangeAddress(r: RangeRef, absolute = false): string {
  const a = cellAddress(r.top, r.left, absolute);
  if (r.top === r.bottom && r.left === r.right) return a;
  return `${a}:${cellAddress(r.bottom, r.right, absolute)}`;
}

/** `'sheet'!$A$1:$B$2` — sheet names are always quoted, which every host accepts. */
export function sheetRef(sheet: string, range: string | RangeRef, absolute = true): string {
  const r = typeof range === "string" ? parseRange(range) : range;
  return `${quoteSheet(sheet)}!${rangeAddress(r, absolute)}`;
}

export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

export function rangeContains(outer: RangeRef, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}

export function rangesOverlap(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
