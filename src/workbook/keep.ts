// Keeping what the director added (SPEC §9) when a month workbook is written again from its
// dataset — collect, regenerate, 结转, export. This module is host-independent: it says where each
// record of the old workbook went in the new one (origins → row maps), and puts the formulas the
// director typed into input cells back into the new description. The hosts carry the rest over
// with these row maps (src/xlsx/keep.ts: extra columns, sheets, comments, formats, names).

import type { Collection, Dataset } from "../domain/types";
import { colLetter, parseCell, parseRange, rangeContains, type RangeRef } from "./address";
import {
  emptySheet,
  EXCEL_ERRORS,
  isFormulaCell,
  isDateValue,
  type Cell,
  type CellComment,
  type CellStyle,
  type SheetModel,
  type WorkbookModel,
} from "./model";
import type { InputFormula } from "./read/cells";
import {
  BONUS_FIELDS,
  DUTY_FIELDS,
  FINDING_FIELDS,
  LOG_FIELDS,
  QUOTA_FIELDS,
  STAFF_FIELDS,
  TASK_FIELDS,
  WEEKLY_FIELDS,
} from "./read/specs";
import type { FieldSpec } from "./read/table";
import { MONTH_SHEETS } from "./sheets";

export type RecordCollection =
  "duties" | "staff" | "tasks" | "logs" | "weeklyPlans" | "findings" | "quotas" | "bonuses";

/** The month workbook's sheet of each record collection, and its columns. */
export const RECORD_SHEETS: Readonly<
  Record<RecordCollection, { sheet: string; fields: readonly FieldSpec[] }>
> = {
  duties: { sheet: MONTH_SHEETS.duties, fields: DUTY_FIELDS },
  staff: { sheet: MONTH_SHEETS.staff, fields: STAFF_FIELDS },
  tasks: { sheet: MONTH_SHEETS.tasks, fields: TASK_FIELDS },
  logs: { sheet: MONTH_SHEETS.logs, fields: LOG_FIELDS },
  weeklyPlans: { sheet: MONTH_SHEETS.weeklyPlans, fields: WEEKLY_FIELDS },
  findings: { sheet: MONTH_SHEETS.findings, fields: FINDING_FIELDS },
  quotas: { sheet: MONTH_SHEETS.quotas, fields: QUOTA_FIELDS },
  bonuses: { sheet: MONTH_SHEETS.bonuses, fields: BONUS_FIELDS },
};

export const RECORD_COLLECTIONS = Object.keys(RECORD_SHEETS) as RecordCollection[];

/**
 * For each record of the new dataset, the index of the record of the old dataset it continues
 * (undefined: a new record). Collections left out have no old counterpart at all.
 */
export type Origins = Partial<Record<RecordCollection, (number | undefined)[]>>;

/** The dataset written again as it is (export, regenerate): record i is record i. */
export function sameOrigins(ds: Dataset): Origins {
  const out: Origins = {};
  for (const c of RECORD_COLLECTIONS) out[c] = ds[c].map((_, i) => i);
  return out;
}

type Rec = Record<string, unknown>;
const norm = (v: unknown): string => String(v ?? "").replace(/[\s\u3000]+/g, "");

/** What identifies a record across months (结转): the id, the name, the code … */
const KEYS: Record<RecordCollection, (r: Rec) => string> = {
  duties: (r) => norm(r.code),
  staff: (r) => norm(r.name),
  tasks: (r) => norm(r.id),
  quotas: (r) => `${norm(r.person)}\u0001${norm(r.indicator)}`,
  logs: (r) =>
    r.rowId
      ? `#${norm(r.rowId)}`
      : `${norm(r.date)}\u0001${norm(r.person)}\u0001${norm(r.content)}`,
  weeklyPlans: (r) =>
    r.rowId
      ? `#${norm(r.rowId)}`
      : `${norm(r.person)}\u0001${norm(r.weekStart)}\u0001${norm(r.item)}`,
  findings: (r) =>
    r.rowId
      ? `#${norm(r.rowId)}`
      : `${norm(r.date)}\u0001${norm(r.person)}\u0001${norm(r.problem)}`,
  bonuses: (r) => `${norm(r.date)}\u0001${norm(r.person)}\u0001${norm(r.reason)}`,
};

/** Origins found by each record's identity (repeated keys matched in order). */
export function matchOrigins(old: Dataset, next: Dataset): Origins {
  const out: Origins = {};
  for (const c of RECORD_COLLECTIONS) {
    const key = KEYS[c];
    const free = new Map<string, number[]>();
    (old[c] as unknown as Rec[]).forEach((r, i) => {
      const k = key(r);
      const list = free.get(k);
      if (list) list.push(i);
      else free.set(k, [i]);
    });
    out[c] = (next[c] as unknown as Rec[]).map((r) => free.get(key(r))?.shift());
  }
  return out;
}

/** A sheet's old rows → new rows. */
export interface RowMap {
  /** undefined: the row has no place in the new sheet (its record was removed) */
  map(oldRow: number): number | undefined;
}

const IDENTITY: RowMap = { map: (r) => r };

/** The row map of every record sheet of the old workbook; other sheets keep their rows. */
export function rowMaps(
  old: {
    tableRows(c: Collection): { sheet: string; headerRow: number; rows: number[] } | undefined;
  },
  origins: Origins,
  next: Dataset
): (sheet: string) => RowMap {
  const maps = new Map<string, RowMap>();
  for (const c of RECORD_COLLECTIONS) {
    const t = old.tableRows(c);
    const o = origins[c];
    if (!t || t.sheet !== RECORD_SHEETS[c].sheet) continue;
    const newHeader = 1; // the builder lays every record table under a header in row 1
    const shift = newHeader - t.headerRow;
    const records = new Map<number, number>();
    o?.forEach((from, i) => {
      if (from !== undefined && t.rows[from] !== undefined)
        records.set(t.rows[from], newHeader + 1 + i);
    });
    const recordRows = new Set(t.rows);
    const lastOld = Math.max(t.headerRow, ...t.rows);
    const lastNew = newHeader + next[c].length;
    maps.set(t.sheet, {
      map(r) {
        if (r <= t.headerRow) return r + shift >= 1 ? r + shift : undefined;
        if (recordRows.has(r)) return records.get(r);
        if (r > lastOld) return r + (lastNew - lastOld);
        return undefined; // an empty row between records: nothing of it is a record
      },
    });
  }
  return (sheet) => maps.get(sheet) ?? IDENTITY;
}

/** The new index of each old record. */
function inverse(o: (number | undefined)[] | undefined): Map<number, number> {
  const m = new Map<number, number>();
  o?.forEach((from, i) => from !== undefined && !m.has(from) && m.set(from, i));
  return m;
}

/** What a model cell shows, comparable with a formula's cached result. */
function shown(c: Cell): string | number | boolean | undefined {
  if (c === null) return undefined;
  if (isDateValue(c)) return c.date;
  if (isFormulaCell(c)) return undefined;
  return c as string | number | boolean;
}

/**
 * Puts the formulas the director typed into input cells back into the new description, at the
 * row their record moved to, with the model's value as cached result — only where the model
 * writes exactly what the formula showed (a clerk's correction or a cleared cell wins).
 * Returns how many were put back.
 */
export function restoreInputFormulas(
  model: WorkbookModel,
  formulas: readonly InputFormula[],
  origins: Origins
): number {
  let n = 0;
  const inv = new Map<string, Map<number, number>>();
  for (const f of formulas) {
    if (!(f.collection in RECORD_SHEETS)) continue;
    const c = f.collection as RecordCollection;
    if (!inv.has(c)) inv.set(c, inverse(origins[c]));
    const to = inv.get(c)!.get(f.index);
    if (to === undefined) continue;
    const spec = RECORD_SHEETS[c];
    const header = spec.fields.find((s) => s.field === f.field)?.header;
    const sheet = model.sheets.find((s) => s.name === spec.sheet);
    if (!header || !sheet) continue;
    const at = findHeader(sheet.blocks, header);
    if (!at) continue;
    const row = at.row + 1 + to;
    const block = sheet.blocks.find((b) => {
      const o = parseCell(b.origin);
      return (
        row >= o.row &&
        row < o.row + b.cells.length &&
        at.col >= o.col &&
        at.col < o.col + (b.cells[0]?.length ?? 0)
      );
    });
    if (!block) continue;
    const o = parseCell(block.origin);
    const cells = block.cells[row - o.row];
    const current = cells[at.col - o.col];
    const value = shown(current);
    const result = f.result;
    if (value === undefined || value !== result) continue;
    cells[at.col - o.col] = {
      formula: f.formula,
      result: isDateValue(current)
        ? { date: current.date }
        : (current as string | number | boolean),
    };
    n++;
  }
  return n;
}

/** Row and column of a header cell in the model's first rows. */
function findHeader(
  blocks: WorkbookModel["sheets"][number]["blocks"],
  header: string
): { row: number; col: number } | undefined {
  for (const b of blocks) {
    const o = parseCell(b.origin);
    for (let r = 0; r < Math.min(5, b.cells.length); r++) {
      const k = b.cells[r].indexOf(header);
      if (k >= 0) return { row: o.row + r, col: o.col + k };
    }
  }
  return undefined;
}

/** A sheet's cells as a host loaded them: values, formulas (`=…`) and number formats from (row, column), 0-based. */
export interface LoadedCells {
  name: string;
  row: number;
  column: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  /** the cells' own formats, same shape as values (absent: not read) */
  looks?: CellLook[][];
  /** column widths in the host's unit by 0-based sheet column (absent: not read) */
  widths?: number[];
}

/**
 * The part of a cell's format the add-in keeps, as Excel reports it (getCellProperties:
 * `#RRGGBB` colours; no fill reads `#FFFFFF`, the automatic font colour `#000000`).
 */
export interface CellLook {
  fill?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
}

/**
 * The cells of the old sheets outside what the model writes (an extra column 主任批注, a note
 * under a table) added to the model as their own blocks, moved with their record's row: how the
 * add-in keeps them when it writes the sheets again (values, formulas with their cached results,
 * number formats; unlocked on protected sheets). Returns how many cells were kept.
 */
export function keepExtraCells(
  model: WorkbookModel,
  sheets: readonly LoadedCells[],
  rowMap: (sheet: string) => RowMap
): number {
  let n = 0;
  for (const data of sheets) {
    const ms = model.sheets.find((s) => s.name.toLowerCase() === data.name.toLowerCase());
    if (!ms) continue;
    const owned = new Set<string>();
    for (const b of ms.blocks) {
      const o = parseCell(b.origin);
      b.cells.forEach((row, r) => row.forEach((_, k) => owned.add(`${o.row + r},${o.col + k}`)));
    }
    const map = rowMap(ms.name);
    data.values.forEach((row, r) =>
      row.forEach((value, k) => {
        const formula = data.formulas[r]?.[k];
        const isFormula =
          typeof formula === "string" && formula.startsWith("=") && formula.length > 1;
        if (!isFormula && (value === "" || value === null || value === undefined)) return;
        const oldRow = data.row + r + 1;
        const col = data.column + k + 1;
        const to = map.map(oldRow);
        if (to === undefined || owned.has(`${to},${col}`)) return;
        const v = value as string | number | boolean;
        const cell: Cell = isFormula
          ? { formula: (formula as string).slice(1), result: v ?? "" }
          : v;
        const address = `${colLetter(col)}${to}`;
        ms.blocks.push({ origin: address, cells: [[cell]] });
        const format = data.numberFormat[r]?.[k];
        ms.formats.push({
          range: address,
          style: {
            ...(typeof format === "string" && format !== "General" ? { numberFormat: format } : {}),
            locked: false,
          },
        });
        n++;
      })
    );
  }
  return n;
}

/** `#ffc7ce` → `FFC7CE`; Excel's "no fill" (white) and the automatic black font read as none. */
function colour(value: unknown, none: string): string | undefined {
  if (typeof value !== "string") return undefined;
  const c = value.replace(/^#/, "").toUpperCase();
  return /^[0-9A-F]{6}$/.test(c) && c !== none ? c : undefined;
}

/** What the model writes on one cell: its formats folded in order (later ones win field by field). */
function styleAt(formats: { area: RangeRef; style: CellStyle }[], row: number, col: number) {
  const out = { fill: undefined as string | undefined, color: undefined as string | undefined };
  let bold = false;
  let italic = false;
  for (const f of formats) {
    if (!rangeContains(f.area, row, col)) continue;
    if (f.style.fill !== undefined) out.fill = f.style.fill;
    if (f.style.font?.color !== undefined) out.color = f.style.font.color;
    if (f.style.font?.bold !== undefined) bold = f.style.font.bold;
    if (f.style.font?.italic !== undefined) italic = f.style.font.italic;
  }
  return {
    fill: colour(out.fill, "FFFFFF"),
    color: colour(out.color, "000000"),
    bold,
    italic,
  };
}

/**
 * The director's own cell formats on the old input sheets (a coloured log row, a task in red
 * bold) added to the model at the cell their record moved to: only what differs from what the
 * model writes there, so the product's look elsewhere stays the product's. A fill the director
 * removed is not put back as "no fill" (the model has no way to say it); the model's fill wins.
 * Returns how many cells carry a kept format.
 */
export function keepCellFormats(
  model: WorkbookModel,
  sheets: readonly LoadedCells[],
  rowMap: (sheet: string) => RowMap
): number {
  let n = 0;
  for (const data of sheets) {
    const looks = data.looks;
    const ms = model.sheets.find((s) => s.name.toLowerCase() === data.name.toLowerCase());
    if (!looks || !ms) continue;
    const formats = ms.formats
      .filter((f) => /^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(f.range))
      .map((f) => ({ area: parseRange(f.range), style: f.style }));
    const map = rowMap(ms.name);
    const kept: { range: string; style: CellStyle }[] = [];
    looks.forEach((row, r) =>
      row?.forEach((look, k) => {
        if (!look) return;
        const to = map.map(data.row + r + 1);
        if (to === undefined) return;
        const col = data.column + k + 1;
        const own = styleAt(formats, to, col);
        const fill = colour(look.fill, "FFFFFF");
        const color = colour(look.fontColor, "000000");
        const style: CellStyle = {};
        const font: NonNullable<CellStyle["font"]> = {};
        if (fill !== undefined && fill !== own.fill) style.fill = fill;
        if (color !== undefined && color !== own.color) font.color = color;
        if (typeof look.bold === "boolean" && look.bold !== own.bold) font.bold = look.bold;
        if (typeof look.italic === "boolean" && look.italic !== own.italic)
          font.italic = look.italic;
        if (Object.keys(font).length) style.font = font;
        if (!Object.keys(style).length) return;
        kept.push({ range: `${colLetter(col)}${to}`, style });
        n++;
      })
    );
    // after the model's own formats: render applies them in order, so these win
    ms.formats.push(...kept);
  }
  return n;
}

/** One reply of a comment thread as a host read it. */
export interface LoadedReply {
  text: string;
  author?: string;
  /** `YYYY-MM-DD` */
  date?: string;
}

/** A comment or note of the old workbook as a host read it, 1-based cell. */
export interface LoadedComment extends LoadedReply {
  sheet: string;
  row: number;
  column: number;
  kind: "thread" | "note";
  replies?: LoadedReply[];
  resolved?: boolean;
}

/** `〔张主任 2026-11-03〕` at the head of a text the product already signed (kept as it is). */
const SIGNED = /^〔[^〕\n]{1,80}〕/;

/**
 * A thread's text or reply signed with who wrote it and when: a host adding it again makes the
 * current user its author and today its date, so the original ones stay in the text.
 */
export function signed(r: LoadedReply): string {
  const by = [r.author?.trim(), r.date].filter(Boolean).join(" ");
  return !by || SIGNED.test(r.text) ? r.text : `〔${by}〕${r.text}`;
}

/**
 * The comments and notes of the old workbook's sheets that the model writes again, added to the
 * model at the cell their record moved to (a comment on a removed record goes with it). Sheets
 * the model does not write keep their own comments. Returns how many were kept.
 */
export function keepComments(
  model: WorkbookModel,
  comments: readonly LoadedComment[],
  rowMap: (sheet: string) => RowMap
): number {
  let n = 0;
  const taken = new Set<string>();
  for (const c of comments) {
    const ms = model.sheets.find((s) => s.name.toLowerCase() === c.sheet.toLowerCase());
    if (!ms) continue;
    const to = rowMap(ms.name).map(c.row);
    const cell = to === undefined ? undefined : `${colLetter(c.column)}${to}`;
    // a cell holds one comment or note (Excel's rule)
    if (!cell || taken.has(`${ms.name}!${cell}`)) continue;
    taken.add(`${ms.name}!${cell}`);
    const kept: CellComment =
      c.kind === "note"
        ? { cell, kind: "note", text: c.text }
        : {
            cell,
            kind: "thread",
            text: signed(c),
            ...(c.replies?.length ? { replies: c.replies.map(signed) } : {}),
            ...(c.resolved ? { resolved: true } : {}),
          };
    (ms.comments ??= []).push(kept);
    n++;
  }
  return n;
}

/**
 * A sheet of the director's own (not one the product makes) as a model sheet, for a new file
 * written from the open workbook (export and 结转 in Excel): its values, formulas with their
 * cached results, number formats, merged ranges, and — where the host read them — column widths
 * and the cells' fill, font colour, bold and italic (borders and alignment are not carried).
 */
export function ownSheet(
  data: LoadedCells & { merges?: readonly string[] },
  hidden: boolean,
  /** column widths in characters by 0-based column, where the host read them */
  widths: readonly (number | undefined)[] = []
): SheetModel {
  const sheet = emptySheet(data.name);
  if (hidden) sheet.hidden = true;
  widths.forEach((w, c) => {
    if (w !== undefined && w > 0) sheet.columnWidths[c] = w;
  });
  const cells: Cell[][] = data.values.map((row, r) =>
    row.map((value, k) => {
      const formula = data.formulas[r]?.[k];
      const v = value === undefined ? "" : (value as string | number | boolean);
      if (typeof formula === "string" && formula.startsWith("=") && formula.length > 1) {
        const result = typeof v === "string" && EXCEL_ERRORS.has(v) ? { error: v } : v;
        return { formula: formula.slice(1), result } as Cell;
      }
      return v === "" ? null : v;
    })
  );
  if (cells.length && cells[0].length)
    sheet.blocks.push({ origin: `${colLetter(data.column + 1)}${data.row + 1}`, cells });
  data.numberFormat.forEach((row, r) =>
    row.forEach((format, k) => {
      if (typeof format !== "string" || format === "General" || data.values[r]?.[k] === "") return;
      sheet.formats.push({
        range: `${colLetter(data.column + k + 1)}${data.row + r + 1}`,
        style: { numberFormat: format },
      });
    })
  );
  // the cells' own fill and font where the host read them
  data.looks?.forEach((row, r) =>
    row?.forEach((look, k) => {
      if (!look) return;
      const fill = colour(look.fill, "FFFFFF");
      const color = colour(look.fontColor, "000000");
      const style: CellStyle = {};
      if (fill) style.fill = fill;
      if (color || look.bold || look.italic)
        style.font = {
          ...(color ? { color } : {}),
          ...(look.bold ? { bold: true } : {}),
          ...(look.italic ? { italic: true } : {}),
        };
      if (Object.keys(style).length)
        sheet.formats.push({
          range: `${colLetter(data.column + k + 1)}${data.row + r + 1}`,
          style,
        });
    })
  );
  sheet.merges.push(...(data.merges ?? []));
  return sheet;
}

/** Excel's standard column width in characters (Calibri 8.43, 等线 8.38): a width nobody set. */
const STANDARD_WIDTH = 8.43;

/**
 * The director's column widths on the old sheets (a widened 工作内容, the width of his extra
 * column) put into the model where they differ from what the model sets: by more than a tenth
 * of a character, so a width read back from the model's own is not taken for his. Hidden
 * columns (width 0) are not carried. Returns how many widths were kept.
 */
export function keepColumnWidths(
  model: WorkbookModel,
  sheets: readonly LoadedCells[],
  /** the host's width → characters */
  toChars: (width: number) => number
): number {
  let n = 0;
  for (const data of sheets) {
    const ms = model.sheets.find((s) => s.name.toLowerCase() === data.name.toLowerCase());
    if (!ms || !data.widths) continue;
    const hidden = new Set(ms.hiddenColumns ?? []);
    data.widths.forEach((width, c) => {
      if (width === undefined || !(width > 0) || hidden.has(c + 1)) return;
      const chars = toChars(width);
      const own = ms.columnWidths[c];
      if (own === 0) return; // the model hides it
      if (Math.abs(chars - (own ?? STANDARD_WIDTH)) <= 0.1) return;
      ms.columnWidths[c] = chars;
      n++;
    });
  }
  return n;
}
