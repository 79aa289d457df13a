// A table of records read by header text: each requested header becomes a dataset field,
// interpreted by its kind; the sheet row of every record is kept for `locate`.

import type { Collection } from "../../domain/types";
import type { RawCell, TableRead, XlsxBook } from "../../xlsx/reader";
import { parseRange } from "../address";
import {
  boolValue,
  dateValue,
  numberValue,
  report,
  textValue,
  type CellCtx,
  type InputFormula,
} from "./cells";
import type { CellIssue } from "./issues";

export type FieldKind = "text" | "date" | "number" | "bool";

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

export function readRecords(
  book: XlsxBook,
  ctx: ReadCtx,
  sheet: string,
  collection: Collection | undefined,
  specs: FieldSpec[],
  opts: RecordsOptions = {}
): RecordsRead {
  const t = book.table(
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
