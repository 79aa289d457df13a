// Tables found by header text, written once for every host's grid (src/workbook/grid.ts):
// `findTable` searches the header row and collects the data rows below it; `readRecords` turns
// each requested header into a dataset field, interpreted by its kind, keeping the sheet row of
// every record for `locate`.

import type { Collection } from "../../domain/types";
import { colLetter, parseRange, rangesOverlap } from "../address";
import {
  normaliseHeader,
  readErrorText,
  requireSheet,
  WorkbookReadError,
  type RawCell,
  type TableOptions,
  type TableRead,
  type TableRow,
  type WorkbookGrid,
} from "../grid";
import {
  boolValue,
  dateValue,
  numberValue,
  report,
  textValue,
  type CellCtx,
  type InputFormula,
} from "./cells";
import { dutyCodeOf } from "../dutyPick";
import type { CellIssue } from "./issues";

/** `code`: a duty code, typed bare (MS-05) or picked with its content (MS-05 收集…): the code */
export type FieldKind = "text" | "date" | "number" | "bool" | "code";

export interface FieldSpec {
  header: string;
  field: string;
  kind: FieldKind;
  /** the column must exist (a missing required column makes the file unusable) */
  required?: boolean;
}

export interface ReadCtx {
  file: string;
  issues: CellIssue[];
  year?: number;
  /** the director's workbook: formulas typed into inputs are read by their result and kept here */
  formulas?: InputFormula[];
}

export interface RecordsRead {
  sheet: string;
  records: Record<string, unknown>[];
  /** sheet row of each record */
  rows: number[];
  /** column letter of each field found */
  columns: Record<string, string>;
  headerRow: number;
}

export interface RecordsOptions {
  /**
   * A row counts only when one of these fields is filled: rows a workbook pre-fills (date and
   * name of each working day) are templates, not entries, until the person writes in them.
   */
  content?: string[];
}

/** Header text of a cell: typed text, or a formula's text result. */
function headerText(cell: RawCell): string | undefined {
  const text = cell.kind === "text" || cell.kind === "formula" ? cell.value : undefined;
  return typeof text === "string" ? text : undefined;
}

/**
 * The table whose header row (among the first `searchRows` rows) holds the required headers:
 * the row with the most of them wins; a `missing-header` error names those it lacks.
 */
export function findTable(
  grid: WorkbookGrid,
  sheetName: string,
  required: string[],
  options: TableOptions = {}
): TableRead {
  const sheet = requireSheet(grid, sheetName);
  const optional = options.optional ?? [];
  const searchRows = options.searchRows ?? 5;
  const size = grid.size(sheet);
  const want = new Map([...required, ...optional].map((h) => [normaliseHeader(h), h]));
  const hitsOf = (found: Map<string, number>) => required.filter((h) => found.has(h)).length;
  let best: { row: number; found: Map<string, number> } | undefined;
  for (let r = 1; r <= Math.max(1, Math.min(searchRows, size.rows)); r++) {
    const found = new Map<string, number>();
    for (let c = 1; c <= size.columns; c++) {
      const text = headerText(grid.cellAt(sheet, r, c));
      const h = text === undefined ? undefined : want.get(normaliseHeader(text));
      if (h !== undefined && !found.has(h)) found.set(h, c);
    }
    if (!best || hitsOf(found) > hitsOf(best.found)) best = { row: r, found };
    if (hitsOf(found) === required.length) break;
  }
  const { row: headerRow, found } = best!;
  const missing = required.filter((h) => !found.has(h));
  if (missing.length) {
    throw new WorkbookReadError(
      "missing-header",
      readErrorText.missingHeader(grid.place, sheetName, missing, headerRow),
      grid.file,
      sheetName,
      `${headerRow}`
    );
  }
  const columns: Record<string, string> = {};
  for (const [h, c] of found) columns[h] = colLetter(c);
  const rows: TableRow[] = [];
  const candidates = grid.rowsWithData?.(sheet) ?? rowRange(headerRow + 1, size.rows);
  for (const r of candidates) {
    if (r <= headerRow) continue;
    const cells: Record<string, RawCell> = {};
    let any = false;
    for (const [h, c] of found) {
      const cell = grid.cellAt(sheet, r, c);
      cells[h] = cell;
      if (cell.kind !== "empty") any = true;
    }
    if (any) rows.push({ row: r, cells });
  }
  // merged ranges below the header within the table's columns (however far down they reach)
  const area = {
    top: headerRow + 1,
    left: 1,
    bottom: Number.MAX_SAFE_INTEGER,
    right: Math.max(1, ...found.values()),
  };
  return {
    sheet: sheetName,
    headerRow,
    columns,
    missingOptional: optional.filter((h) => !found.has(h)),
    rows,
    merges: grid.merges(sheet).filter((m) => rangesOverlap(parseRange(m), area)),
  };
}

export function readRecords(
  book: WorkbookGrid,
  ctx: ReadCtx,
  sheet: string,
  collection: Collection | undefined,
  specs: FieldSpec[],
  opts: RecordsOptions = {}
): RecordsRead {
  const t = findTable(
    book,
    sheet,
    specs.filter((s) => s.required).map((s) => s.header),
    { optional: specs.filter((s) => !s.required).map((s) => s.header) }
  );
  const found = specs.filter((s) => t.columns[s.header] !== undefined);
  const columns: Record<string, string> = {};
  for (const s of found) columns[s.field] = t.columns[s.header];
  const contentHeaders = opts.content
    ? found.filter((s) => opts.content!.includes(s.field)).map((s) => s.header)
    : undefined;

  const records: Record<string, unknown>[] = [];
  const rows: number[] = [];
  for (const row of t.rows) {
    if (contentHeaders && contentHeaders.every((h) => row.cells[h].kind === "empty")) continue;
    const index = records.length;
    const rec: Record<string, unknown> = {};
    for (const s of found) {
      const cell = row.cells[s.header];
      const cctx: CellCtx = {
        file: ctx.file,
        sheet,
        issues: ctx.issues,
        year: ctx.year,
        collection,
        index,
        field: s.field,
        label: s.header,
        ...(ctx.formulas ? { formulas: ctx.formulas } : {}),
      };
      const v = value(cctx, cell, s.kind);
      if (v !== undefined) rec[s.field] = v;
    }
    records.push(rec);
    rows.push(row.row);
  }
  reportMerges(ctx, t, collection, rows);
  return { sheet, records, rows, columns, headerRow: t.headerRow };
}

function value(ctx: CellCtx, cell: RawCell, kind: FieldKind): unknown {
  switch (kind) {
    case "text":
      return textValue(ctx, cell);
    case "code": {
      const t = textValue(ctx, cell);
      return typeof t === "string" ? dutyCodeOf(t) : t;
    }
    case "date":
      return dateValue(ctx, cell);
    case "number":
      return numberValue(ctx, cell);
    case "bool":
      return boolValue(ctx, cell);
  }
}

/** Merged cells in the data rows: the covered rows read as empty, so the table cannot be trusted. */
export function reportMerges(
  ctx: ReadCtx,
  t: TableRead,
  collection: Collection | undefined,
  rows: number[]
): void {
  for (const m of t.merges) {
    const r = parseRange(m);
    const already = ctx.issues.some(
      (i) => i.code === "merged-cells" && i.sheet === t.sheet && i.cell === m.split(":")[0]
    );
    if (already) continue;
    const index = rows.indexOf(r.top);
    const cctx: CellCtx = {
      file: ctx.file,
      sheet: t.sheet,
      issues: ctx.issues,
      label: "",
      ...(collection && index >= 0 ? { collection, index } : {}),
    };
    report(
      cctx,
      { kind: "empty", value: null, address: m.split(":")[0] },
      "error",
      "merged-cells",
      `表格中有合并单元格 ${m}，合并后只有第一个单元格有内容，其余各行的该栏会被当作空白`,
      `取消合并 ${m}，在每一行分别填写`
    );
  }
}

function* rowRange(from: number, to: number): Generator<number> {
  for (let r = from; r <= to; r++) yield r;
}
