/// <reference types="office-js" />
// 检查 marks: the cells a check found a problem in get a red (error) or amber (warning) fill. The
// fills they had are kept in a very hidden sheet, so clearMarks puts back exactly what was there,
// also after Excel was closed and the workbook reopened. Protected sheets are unprotected for the
// marking and protected again with the same options (sheets protected with a password cannot be:
// the check result then says the cells were not marked).
//
// ExcelApi 1.8 reports no fill and a white fill alike ("#FFFFFF"); a cell is given back a white
// fill in both cases (the input cells of our workbooks have a white fill, so for them it is exact).

import type { SheetData, WorkbookState } from "./book";
import { queueDeletes } from "./deleteSheets";
import { describeOfficeError } from "./errors";
import { HostError } from "./host";

export const MARKS_SHEET = "_gangze_marks";
export const MARK_COLORS = { error: "#FF8F8F", warning: "#FFD966" } as const;

export interface MarkTarget {
  sheet: string;
  cell: string;
  severity: "error" | "warning";
}

export interface MarkRecord {
  sheet: string;
  cell: string;
  /** the fill the cell had before it was marked, `#RRGGBB` */
  fill: string;
}

const key = (sheet: string, cell: string) => `${sheet.toLowerCase()}!${cell.toUpperCase()}`;

/** The marks recorded in the marks sheet, as loaded by queueSheets. */
export function recordedMarks(data: SheetData | undefined): MarkRecord[] {
  if (!data) return [];
  const out: MarkRecord[] = [];
  data.values.forEach((row, r) => {
    if (data.row + r === 0) return; // header row
    const [sheet, cell, fill] = row.map((v) => String(v ?? ""));
    if (sheet && /^[A-Z]+\d+$/i.test(cell) && /^#[0-9A-F]{6}$/i.test(fill))
      out.push({ sheet, cell: cell.toUpperCase(), fill: fill.toUpperCase() });
  });
  return out;
}

/** One target per cell, an error winning over a warning; only cells of existing sheets. */
export function markTargets(targets: readonly MarkTarget[], state: WorkbookState): MarkTarget[] {
  const sheets = new Map(state.sheets.map((s) => [s.name.toLowerCase(), s]));
  const byCell = new Map<string, MarkTarget>();
  for (const t of targets) {
    const sheet = sheets.get(t.sheet.toLowerCase());
    if (!sheet || sheet.visibility !== "Visible" || !/^[A-Z]{1,3}\d+$/i.test(t.cell)) continue;
    const k = key(sheet.name, t.cell);
    const have = byCell.get(k);
    if (!have || (have.severity === "warning" && t.severity === "error")) {
      byCell.set(k, { sheet: sheet.name, cell: t.cell.toUpperCase(), severity: t.severity });
    }
  }
  return [...byCell.values()];
}

interface Protection {
  protected: boolean;
  options: Excel.WorksheetProtectionOptions;
}

function loadProtection(
  context: Excel.RequestContext,
  sheets: readonly string[]
): () => Map<string, Protection> {
  const loaded = sheets.map((name) => {
    const p = context.workbook.worksheets.getItem(name).protection;
    p.load("protected,options");
    return { name, p };
  });
  return () =>
    new Map(
      loaded.map(({ name, p }) => [
        name.toLowerCase(),
        { protected: p.protected, options: { ...p.options } },
      ])
    );
}

/** Re-protects the sheets that were protected (after a failed marking). */
async function reprotect(
  context: Excel.RequestContext,
  before: Map<string, Protection>,
  sheets: readonly string[]
): Promise<void> {
  const now = loadProtection(context, sheets);
  await context.sync();
  for (const [name, p] of now()) {
    const was = before.get(name);
    if (was?.protected && !p.protected) {
      context.workbook.worksheets
        .getItem(sheets.find((s) => s.toLowerCase() === name)!)
        .protection.protect(was.options);
    }
  }
  await context.sync();
}

/** Writes fills (with the sheets unprotected around them) and the record sheet, in one sync. */
async function writeFills(
  context: Excel.RequestContext,
  fills: { sheet: string; cell: string; color: string }[],
  protection: Map<string, Protection>,
  record: MarkRecord[] | null,
  recordExists: boolean
): Promise<void> {
  const sheets = [...new Set(fills.map((f) => f.sheet))];
  const locked = sheets.filter((s) => protection.get(s.toLowerCase())?.protected);
  // unprotecting is what can fail (a password): it goes first, before anything changes
  for (const s of locked) context.workbook.worksheets.getItem(s).protection.unprotect();
  for (const f of fills)
    context.workbook.worksheets.getItem(f.sheet).getRange(f.cell).format.fill.color = f.color;
  for (const s of locked)
    context.workbook.worksheets
      .getItem(s)
      .protection.protect(protection.get(s.toLowerCase())!.options);
  // the record sheet is VeryHidden: Excel deletes it only once it is Hidden
  if (recordExists) queueDeletes(context, [{ name: MARKS_SHEET, veryHidden: true }]);
  if (record && record.length) {
    const ws = context.workbook.worksheets.add(MARKS_SHEET);
    const rows = [["工作表", "单元格", "原填充"], ...record.map((m) => [m.sheet, m.cell, m.fill])];
    // `'` keeps a sheet named like a number as text
    ws.getRange(`A1:C${rows.length}`).values = rows.map((r) => r.map((v) => `'${v}`));
    ws.visibility = "VeryHidden";
  }
  try {
    await context.sync();
  } catch (error) {
    try {
      await reprotect(context, protection, locked);
    } catch {
      // the first error is the one to report
    }
    throw error;
  }
}

export interface MarkOutcome {
  marked: number;
  /** why nothing was marked, or "" */
  note: string;
}

/**
 * Marks `targets` (after restoring the previous marks). `state` and `previous` come from the
 * caller's read sync; this makes two more syncs (load fills and protection; write).
 */
export async function applyMarks(
  context: Excel.RequestContext,
  state: WorkbookState,
  previous: MarkRecord[],
  targets: readonly MarkTarget[]
): Promise<MarkOutcome> {
  const wanted = markTargets(targets, state);
  const existing = new Set(state.sheets.map((s) => s.name.toLowerCase()));
  const prev = previous.filter((m) => existing.has(m.sheet.toLowerCase()));
  const prevByKey = new Map(prev.map((m) => [key(m.sheet, m.cell), m]));
  const recordExists = existing.has(MARKS_SHEET.toLowerCase());
  if (!wanted.length && !prev.length && !recordExists) return { marked: 0, note: "" };
  const fills = wanted
    .filter((t) => !prevByKey.has(key(t.sheet, t.cell)))
    .map((t) => {
      const fill = context.workbook.worksheets.getItem(t.sheet).getRange(t.cell).format.fill;
      fill.load("color");
      return { t, fill };
    });
  const sheets = [...new Set([...wanted.map((t) => t.sheet), ...prev.map((m) => m.sheet)])];
  const protection = loadProtection(context, sheets);
  await context.sync();
  const original = new Map(
    fills.map(({ t, fill }) => [
      key(t.sheet, t.cell),
      String(fill.color ?? "#FFFFFF").toUpperCase(),
    ])
  );

  const record: MarkRecord[] = wanted.map((t) => ({
    sheet: t.sheet,
    cell: t.cell,
    fill:
      prevByKey.get(key(t.sheet, t.cell))?.fill ?? original.get(key(t.sheet, t.cell)) ?? "#FFFFFF",
  }));
  const wantedKeys = new Set(wanted.map((t) => key(t.sheet, t.cell)));
  const writes = [
    ...prev
      .filter((m) => !wantedKeys.has(key(m.sheet, m.cell)))
      .map((m) => ({ sheet: m.sheet, cell: m.cell, color: m.fill })),
    ...wanted.map((t) => ({ sheet: t.sheet, cell: t.cell, color: MARK_COLORS[t.severity] })),
  ];
  try {
    await writeFills(context, writes, protection(), record, recordExists);
  } catch (error) {
    return { marked: 0, note: `未能在工作簿中标出问题单元格：${describeOfficeError(error)}` };
  }
  return { marked: wanted.length, note: "" };
}

/** Restores every recorded fill and removes the marks sheet (two syncs after the caller's read). */
export async function removeMarks(
  context: Excel.RequestContext,
  state: WorkbookState,
  previous: MarkRecord[]
): Promise<number> {
  const existing = new Set(state.sheets.map((s) => s.name.toLowerCase()));
  const hasRecord = existing.has(MARKS_SHEET.toLowerCase());
  const marks = previous.filter((m) => existing.has(m.sheet.toLowerCase()));
  if (!marks.length && !hasRecord) return 0;
  const protection = loadProtection(context, [...new Set(marks.map((m) => m.sheet))]);
  await context.sync();
  try {
    await writeFills(
      context,
      marks.map((m) => ({ sheet: m.sheet, cell: m.cell, color: m.fill })),
      protection(),
      null,
      hasRecord
    );
  } catch (error) {
    throw new HostError(`清除标记失败，工作簿未改动。原因：${describeOfficeError(error)}`);
  }
  return marks.length;
}

/** Activates the sheet and selects the cell (two syncs: the sheet must exist). */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  cell: string
): Promise<void> {
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  ws.load("visibility");
  await context.sync();
  if (ws.isNullObject) throw new HostError(`找不到工作表“${sheet}”`);
  if (ws.visibility !== "Visible")
    throw new HostError(`工作表“${sheet}”已隐藏，无法选中 ${cell}；请先取消隐藏`);
  ws.activate();
  ws.getRange(cell || "A1").select();
  await context.sync();
}
