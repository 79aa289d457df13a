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
  const f = formula;
  let out = "";
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
      out += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "[") return undefined;
    if (!TOKEN_CHAR.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let j = i;
    while (j < f.length && TOKEN_CHAR.test(f[j])) j++;
    const token = f.slice(i, j);
    const next = f[j];
    const prev = i > 0 ? f[i - 1] : "";
    i = j;
    // a function name, a sheet name (`Sheet1!A1`), or a number (`1E`, `10`, `1.5`)
    if (next === "(" || next === "!" || (/^[0-9.]/.test(token) && !ROW_ONLY.test(token))) {
      out += token;
      continue;
    }
    const nearColon = next === ":" || prev === ":";
    if (ROW_ONLY.test(token)) {
      // a number, or one end of a whole-row range (`2:5`, `$1:$1`)
      if (nearColon && rows !== 0) return undefined;
      out += token;
      continue;
    }
    const m = CELL_REF.exec(token);
    if (m && colNumber(m[2]) <= MAX_COL) {
      let col = colNumber(m[2]);
      let row = Number(m[4]);
      if (!m[1]) col += cols;
      if (!m[3]) row += rows;
      if (col < 1 || col > MAX_COL || row < 1 || row > MAX_ROW) return undefined;
      out += `${m[1]}${m[1] || cols === 0 ? m[2] : colLetters(col)}${m[3]}${row}`;
      continue;
    }
    // one end of a whole-column range (`A:A`); anything else is a name or TRUE/FALSE
    if (COL_ONLY.test(token) && nearColon && cols !== 0) return undefined;
    out += token;
  }
  return out;
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
    let n = 1;
    while (k + n < formulas.length) {
      const f = formulas[k + n];
      if (f === undefined || moveFormula(master, n) !== f) break;
      n++;
    }
    if (n >= MIN_SHARED_RUN) runs.push({ start: k, length: n });
    k += n;
  }
  return runs;
}
