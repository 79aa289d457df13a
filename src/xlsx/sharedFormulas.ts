// Shared formulas: a run of cells down a column whose formulas are the same after moving the
// relative references is stored once (`<f t="shared" ref="K2:K531" si="0">…</f>` on the first
// cell, `<f t="shared" si="0"/>` on the others). Most of a month workbook's bytes are such runs.

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384; // XFD

/** Fewer cells than this stay plain formulas: sharing two cells saves next to nothing. */
export const MIN_SHARED_RUN = 3;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function colLetters(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Characters of a name, reference or number token (`$` kept inside, so `$A$1` is one token). */
const TOKEN_CHAR = /[A-Za-z0-9_.$\\\u0080-\uffff]/;
const CELL_REF = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const ROW_ONLY = /^\$?\d+$/;
const COL_ONLY = /^\$?[A-Za-z]{1,3}$/;

/** A cell reference inside a formula; `$` parts are kept as written. */
interface Ref {
  colAbs: string;
  letters: string;
  col: number;
  rowAbs: string;
  row: number;
}

/**
 * A formula cut into text that never moves and the references that may: `wholeRows` /
 * `wholeCols` mark ranges such as `2:5` or `A:A`; `undefined` when the formula cannot be cut
 * with certainty (a bracket, i.e. an external or structured reference; an unterminated quote).
 */
interface Parsed {
  parts: (string | Ref)[];
  wholeRows: boolean;
  wholeCols: boolean;
}

function parse(f: string): Parsed | undefined {
  const parts: (string | Ref)[] = [];
  let text = "";
  let wholeRows = false;
  let wholeCols = false;
  let i = 0;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"' || ch === "'") {
      // "" inside a string and '' inside a sheet name are escaped quotes
      let j = i + 1;
      for (;;) {
        if (j >= f.length) return undefined;
        if (f[j] === ch) {
          if (f[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      text += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "[") return undefined;
    if (!TOKEN_CHAR.test(ch)) {
      text += ch;
      i++;
      continue;
    }
    let j = i;
    while (j < f.length && TOKEN_CHAR.test(f[j])) j++;
    const token = f.slice(i, j);
    const next = f[j];
    const nearColon = next === ":" || (i > 0 && f[i - 1] === ":");
    i = j;
    // a function name, a sheet name (`Sheet1!A1`), or a number (`1E`, `10`, `1.5`)
    if (next === "(" || next === "!" || (/^[0-9.]/.test(token) && !ROW_ONLY.test(token))) {
      text += token;
      continue;
    }
    if (ROW_ONLY.test(token)) {
      // a number, or one end of a whole-row range (`2:5`, `$1:$1`)
      if (nearColon) wholeRows = true;
      text += token;
      continue;
    }
    const m = CELL_REF.exec(token);
    if (m && colNumber(m[2]) <= MAX_COL) {
      parts.push(text);
      text = "";
      parts.push({
        colAbs: m[1],
        letters: m[2],
        col: colNumber(m[2]),
        rowAbs: m[3],
        row: Number(m[4]),
      });
      continue;
    }
    // one end of a whole-column range (`A:A`); anything else is a name or TRUE/FALSE
    if (COL_ONLY.test(token) && nearColon) wholeCols = true;
    text += token;
  }
  parts.push(text);
  return { parts, wholeRows, wholeCols };
}

function move(p: Parsed, rows: number, cols: number): string | undefined {
  if ((p.wholeRows && rows !== 0) || (p.wholeCols && cols !== 0)) return undefined;
  let out = "";
  for (const part of p.parts) {
    if (typeof part === "string") {
      out += part;
      continue;
    }
    const col = part.colAbs ? part.col : part.col + cols;
    const row = part.rowAbs ? part.row : part.row + rows;
    if (col < 1 || col > MAX_COL || row < 1 || row > MAX_ROW) return undefined;
    const letters = part.colAbs || col === part.col ? part.letters : colLetters(col);
    out += `${part.colAbs}${letters}${part.rowAbs}${row}`;
  }
  return out;
}

/**
 * The formula as it reads `rows` rows lower and `cols` columns to the right, as Excel moves a
 * copied or shared formula: relative rows/columns of cell references shift, `$` parts, whole
 * columns (for a row move), defined names, function names, string literals and sheet names do
 * not. `undefined` when the move is not certain: a reference would leave the sheet, the formula
 * holds a whole-row range moved by rows (or a whole-column range moved by columns), a bracket
 * (external or structured reference) or an unterminated quote. Callers then keep plain formulas.
 * Array constants (`{1,"a"}`) need nothing special: they hold numbers, strings and TRUE/FALSE.
 */
export function moveFormula(formula: string, rows: number, cols = 0): string | undefined {
  const p = parse(formula);
  return p && move(p, rows, cols);
}

export interface SharedRun {
  /** index of the run's first cell in the column's list */
  start: number;
  /** number of cells, ≥ MIN_SHARED_RUN */
  length: number;
}

/**
 * Runs of consecutive cells down one column (`formulas[k]` is the formula of row `first + k`,
 * `undefined` for a cell that is not a formula) that can be stored as one shared formula: each
 * cell's formula equals the run's first formula moved down by the row difference, exactly.
 */
export function sharedRuns(formulas: (string | undefined)[]): SharedRun[] {
  const runs: SharedRun[] = [];
  let k = 0;
  while (k < formulas.length) {
    const master = formulas[k];
    if (master === undefined) {
      k++;
      continue;
    }
    // the master is cut once; each following cell compares its text with the master moved
    const p = parse(master);
    let n = 1;
    while (p && k + n < formulas.length) {
      const f = formulas[k + n];
      if (f === undefined || move(p, n, 0) !== f) break;
      n++;
    }
    if (n >= MIN_SHARED_RUN) runs.push({ start: k, length: n });
    k += n;
  }
  return runs;
}
