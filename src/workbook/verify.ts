// Verification of a received month workbook (SPEC §8 `verify`, §5.6 核验): the workbook is
// rebuilt from its own entries with the same builder that writes it, and every formula cell of
// the rebuilt description is compared with the stored cell of the received file. A result typed
// over (a formula replaced by a number or text), a cached value that no longer matches the entries
// (a changed parameter saved without recalculation, an edited cache), a deleted result row: each
// shows as the cell where the stored value differs. Generic over sheets: whatever result sheets
// the builder writes are covered without naming them here.

import { Calendar } from "../domain/calendar";
import type { Collection, EntryIssue } from "../domain/types";
import { colLetter, parseCell } from "./address";
import { buildResultsOnly } from "./builder";
import { sheetName, type RawCell, type WorkbookGrid } from "./grid";
import {
  isDateValue,
  isErrorValue,
  isFormulaCell,
  isoToSerial,
  type FormulaResult,
  type WorkbookModel,
} from "./model";
import { buildMonthWorkbook } from "./month";
import type { WorkbookRead } from "./read";
import { MONTH_SHEETS } from "./sheets";

export type DifferenceKind =
  /** the stored value differs from the recomputed one */
  | "value"
  /** a formula cell holds a typed value instead (even when it equals the recomputed one) */
  | "not-formula"
  /** a sheet with results is missing */
  | "missing-sheet";

export interface VerifyDifference {
  kind: DifferenceKind;
  sheet: string;
  /** the cell of the received file, e.g. `F5` (empty for a missing sheet) */
  cell: string;
  /** what the file shows there (`（空）` for nothing) */
  stored: string;
  /** what the entries give */
  recomputed: string;
}

export interface VerifyReport {
  /** formula cells compared */
  checked: number;
  differences: VerifyDifference[];
}

const KIND_TEXT: Record<DifferenceKind, string> = {
  value: "存储的结果与录入不符",
  "not-formula": "公式被改成了数值",
  "missing-sheet": "缺少结果工作表",
};

/** One line per difference: where, what is stored, what the entries give (CLI, 核验 sheet). */
export function describeDifference(d: VerifyDifference): string {
  if (d.kind === "missing-sheet") return `工作表“${d.sheet}”：${KIND_TEXT[d.kind]}`;
  return `${d.sheet}!${d.cell}：${KIND_TEXT[d.kind]}，存储为 ${d.stored}，按录入重新计算应为 ${d.recomputed}`;
}

/** Record tables the reader reads row by row: their rows in the file may have gaps. */
const TABLES: ReadonlyArray<[Collection, string]> = [
  ["duties", MONTH_SHEETS.duties],
  ["staff", MONTH_SHEETS.staff],
  ["tasks", MONTH_SHEETS.tasks],
  ["logs", MONTH_SHEETS.logs],
  ["weeklyPlans", MONTH_SHEETS.weeklyPlans],
  ["findings", MONTH_SHEETS.findings],
  ["quotas", MONTH_SHEETS.quotas],
  ["bonuses", MONTH_SHEETS.bonuses],
];

const EMPTY = "（空）";

/** How a value reads in a message. */
export function showResult(v: FormulaResult): string {
  if (v === null || v === "") return EMPTY;
  if (isDateValue(v)) return v.date;
  if (isErrorValue(v)) return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function showStored(c: RawCell): string {
  const kind = c.kind === "formula" ? c.resultKind : c.kind;
  if (kind === "empty" || kind === undefined || c.value === null || c.value === "") return EMPTY;
  if (kind === "bool") return c.value ? "TRUE" : "FALSE";
  return String(c.value);
}

const close = (a: number, b: number): boolean =>
  a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Does the stored cell show the recomputed value? Numbers within 1e-9 (another engine's sums). */
export function sameValue(stored: RawCell, expected: FormulaResult): boolean {
  const kind = stored.kind === "formula" ? stored.resultKind : stored.kind;
  const v = stored.value;
  if (expected === null || expected === "") return kind === "empty" || v === "" || v === null;
  // the usual results first, by `typeof` (tens of thousands of cells per file)
  if (typeof expected === "number") {
    if (kind === "number") return close(v as number, expected);
    // a number shown with a date format reads as a date
    if (kind === "date" && typeof v === "string" && v.length === 10)
      return close(isoToSerial(v), expected);
    return false;
  }
  if (typeof expected === "string") return kind === "text" && v === expected;
  if (typeof expected === "boolean") return kind === "bool" && v === expected;
  if (isDateValue(expected)) {
    if (kind === "date") return String(v).slice(0, 10) === expected.date;
    return kind === "number" && close(v as number, isoToSerial(expected.date));
  }
  if (isErrorValue(expected)) return kind === "error" && v === expected.error;
  return false;
}

/** The file row of each record row of an input table (records may be spread with gaps). */
function rowMaps(read: WorkbookRead): Map<string, (modelRow: number) => number> {
  const maps = new Map<string, (modelRow: number) => number>();
  const rowOf = (collection: Collection, index: number): number | undefined => {
    const issue: EntryIssue = {
      severity: "error",
      code: "",
      collection,
      index,
      message: "",
      fix: "",
    };
    const at = read.locate(issue);
    return at ? parseCell(at.cell).row : undefined;
  };
  for (const [collection, sheet] of TABLES) {
    const count =
      (read.dataset as unknown as Record<string, unknown[] | undefined>)[collection]?.length ?? 0;
    const rows: number[] = [];
    for (let index = 0; index < count; index++) rows.push(rowOf(collection, index) ?? index + 2);
    const last = rows.length ? rows[rows.length - 1] : (rowOf(collection, -1) ?? 1);
    // the builder writes its header in row 1 and records from row 2 on, spare rows after them
    maps.set(sheet, (modelRow) => {
      const k = modelRow - 2;
      if (k >= 0 && k < rows.length) return rows[k];
      return last + (modelRow - 1 - rows.length);
    });
  }
  return maps;
}

/** Compares every formula cell of `model` with the same cell of `book`. */
export function compareWithModel(
  book: WorkbookGrid,
  model: WorkbookModel,
  rowOf: Map<string, (modelRow: number) => number> = new Map()
): VerifyReport {
  const differences: VerifyDifference[] = [];
  let checked = 0;
  for (const sheet of model.sheets) {
    const formulas = sheet.blocks.some((b) => b.cells.some((r) => r.some(isFormulaCell)));
    if (!formulas) continue;
    const fileSheet = sheetName(book, sheet.name);
    if (fileSheet === undefined) {
      differences.push({
        kind: "missing-sheet",
        sheet: sheet.name,
        cell: "",
        stored: "（缺少工作表）",
        recomputed: "（有公式结果的工作表）",
      });
      continue;
    }
    const mapRow = rowOf.get(sheet.name) ?? ((r: number) => r);
    for (const b of sheet.blocks) {
      const o = parseCell(b.origin);
      for (let i = 0; i < b.cells.length; i++) {
        const cells = b.cells[i];
        const row = mapRow(o.row + i);
        for (let k = 0; k < cells.length; k++) {
          const c = cells[k];
          if (typeof c !== "object" || c === null || !isFormulaCell(c)) continue;
          checked++;
          const stored = book.cellAt(fileSheet, row, o.col + k);
          const formula = stored.kind === "formula";
          // the cell's name is made only for a difference (tens of thousands of cells are equal)
          if (!formula || !sameValue(stored, c.result))
            differences.push({
              kind: formula ? "value" : "not-formula",
              sheet: sheet.name,
              cell: `${colLetter(o.col + k)}${row}`,
              stored: showStored(stored),
              recomputed: showResult(c.result),
            });
        }
      }
    }
  }
  return { checked, differences };
}

/**
 * Recomputes a read month workbook from its own entries and compares every stored result.
 * Throws what the builder throws (RangeError) when the entries cannot be
 * recomputed at all: the caller calls the file unusable.
 */
export function verifyMonthBook(book: WorkbookGrid, read: WorkbookRead): VerifyReport {
  // results only: the comparison looks at each formula cell's place and result, not its text
  const model = buildResultsOnly(() =>
    buildMonthWorkbook(read.dataset, { calendar: new Calendar(read.dataset.calendar) })
  );
  return compareWithModel(book, model, rowMaps(read));
}
