// A1 addresses for the fake Excel host (0-based rows and columns inside).

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface Area {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** `A1`, `A1:C3`, `A:C`, `2:4`, optionally `Sheet!`-prefixed and with `$`. Returns the sheet
 *  prefix (unquoted) separately. Throws on anything else. */
export function parseAddress(address: string): { sheet?: string; area: Area } {
  let text = address.trim();
  let sheet: string | undefined;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    sheet = text
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  text = text.replace(/\$/g, "").toUpperCase();
  const [a, b = a] = text.split(":");
  const cell = /^([A-Z]{1,3})(\d{1,7})$/;
  const ca = cell.exec(a);
  const cb = cell.exec(b);
  if (ca && cb) {
    const r1 = Number(ca[2]) - 1,
      r2 = Number(cb[2]) - 1;
    const c1 = columnIndex(ca[1]),
      c2 = columnIndex(cb[1]);
    return {
      sheet,
      area: checked(
        address,
        Math.min(r1, r2),
        Math.min(c1, c2),
        Math.abs(r2 - r1) + 1,
        Math.abs(c2 - c1) + 1
      ),
    };
  }
  if (/^[A-Z]{1,3}$/.test(a) && /^[A-Z]{1,3}$/.test(b) && text.includes(":")) {
    const c1 = columnIndex(a),
      c2 = columnIndex(b);
    return { sheet, area: checked(address, 0, Math.min(c1, c2), MAX_ROWS, Math.abs(c2 - c1) + 1) };
  }
  if (/^\d{1,7}$/.test(a) && /^\d{1,7}$/.test(b) && text.includes(":")) {
    const r1 = Number(a) - 1,
      r2 = Number(b) - 1;
    return {
      sheet,
      area: checked(address, Math.min(r1, r2), 0, Math.abs(r2 - r1) + 1, MAX_COLUMNS),
    };
  }
  throw new Error(`invalid address ${address}`);
}

function checked(
  address: string,
  row: number,
  column: number,
  rowCount: number,
  columnCount: number
): Area {
  if (row < 0 || column < 0 || row + rowCount > MAX_ROWS || column + columnCount > MAX_COLUMNS) {
    throw new Error(`address out of the sheet: ${address}`);
  }
  return { row, column, rowCount, columnCount };
}

export function formatArea(area: Area): string {
  const first = `${columnLetters(area.column)}${area.row + 1}`;
  if (area.rowCount === 1 && area.columnCount === 1) return first;
  if (area.rowCount === MAX_ROWS && area.row === 0) {
    return `${columnLetters(area.column)}:${columnLetters(area.column + area.columnCount - 1)}`;
  }
  if (area.columnCount === MAX_COLUMNS && area.column === 0)
    return `${area.row + 1}:${area.row + area.rowCount}`;
  return `${first}:${columnLetters(area.column + area.columnCount - 1)}${area.row + area.rowCount}`;
}

/** How Excel prefixes an address with a sheet name (quoted unless a plain identifier). */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

export function contains(outer: Area, inner: Area): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.column + inner.columnCount <= outer.column + outer.columnCount
  );
}

export function intersects(a: Area, b: Area): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}
