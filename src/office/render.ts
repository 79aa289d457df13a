/// <reference types="office-js" />
// Applies a WorkbookModel (src/workbook/model.ts) to the OPEN workbook through Office.js
// (ExcelApi 1.8), with a number of context.sync() calls that does not depend on the number of
// sheets, rows or people: every write is queued, the queue is cut into requests below Excel on the
// web's 5 MB limit by bytes only, and each request is one sync (the month workbook of 50 people
// is one request).
//
// A failed render leaves the workbook as it was. Sheets the model replaces are first renamed to
// backup names, the new sheets are added under their final names (so formulas between them bind
// to the new sheets, not to the old ones); at the very end of the last request the extra sheets
// (the 检查 marks sheet) go, then the backups: a very hidden sheet is made Hidden in the same
// request first (Excel refuses to delete a VeryHidden sheet). On any error the new sheets are
// deleted, the backups renamed back, visibility and defined names restored; the workbook is then
// read again, and the Chinese HostError says "restored" only when it matches what it was (what
// cannot come back, e.g. a deleted sheet, is named). Excel cannot undo these steps (Ctrl+Z), so
// no message suggests it. After the writes (calculation suspended while they run) the workbook
// is recalculated. Formulas and names of the director's own sheets that refer to a replaced
// sheet would end as #REF! with its backup: their texts are read at the head of the first
// request and written again once the backups are gone (one more request, only when they exist).

import { parseRange, colLetter } from "../workbook/address";
import {
  modelProblems,
  officeFormulas,
  type CellComment,
  type CellStyle,
  type SheetModel,
  type ValidationRule,
  type WorkbookModel,
} from "../workbook/model";
import type { WorkbookState } from "./book";
import { chunkRows, utf8Length } from "./chunks";
import { isExcelApiSupported } from "./env";
import { queueDeletes } from "./deleteSheets";
import { actionError, type Restoration } from "./errors";
import { HostError } from "./host";
import { CALIBRI_UNIT, columnCharsToPoints, type ColumnUnit } from "./units";

/**
 * Estimated request bytes per sync. The estimate is never below the real request (each border
 * edge counts its four wire operations; tests/addin/officeRender.test.ts checks estimate ≥ real),
 * so 4 MB of estimate stays under Excel on the web's 5 MB limit with a margin.
 */
export const DEFAULT_BATCH_BYTES = 4 * 1024 * 1024;

export interface RenderOptions {
  /** estimated bytes per request (tests lower it to force several requests) */
  batchBytes?: number;
  /** sheets to delete in the last request besides the replaced ones (e.g. the marks sheet) */
  alsoDelete?: readonly string[];
  /** what the action is called in messages (`生成月度考核工作簿`) */
  action?: string;
  progress?: (message: string) => void;
}

export interface RenderReport {
  /** context.sync() calls made by the render itself */
  syncs: number;
  /** estimated bytes of the largest request */
  largestBatch: number;
  /** sheets written */
  sheets: number;
  /** the model has print setup but ExcelApi 1.9 (pageLayout) is missing: it was not applied */
  printSkipped: boolean;
  /** a Chinese note for the result message, or "" */
  note: string;
}

type Handles = (sheet: string) => Excel.Worksheet;

/** Worksheet proxies of one request, one per sheet name (a request makes each at most once). */
function handlesFor(context: Excel.RequestContext): Handles {
  const handles = new Map<string, Excel.Worksheet>();
  return (name) => {
    let ws = handles.get(name);
    if (!ws) handles.set(name, (ws = context.workbook.worksheets.getItem(name)));
    return ws;
  };
}

interface Op {
  bytes: number;
  run(context: Excel.RequestContext, sheet: Handles): void;
}

interface Plan {
  ops: Op[];
  /** sheets deleted in the closing request, in order: extra sheets first, then the backups */
  gone: { name: string; veryHidden: boolean }[];
  /** original name → backup name */
  backups: Map<string, string>;
  /** names deleted before the new ones were added (restored on failure) */
  deletedNames: { name: string; formula: string }[];
  /** sheets of the model that did not exist before */
  model: string[];
  /** sheets the render leaves alone (the director's own): their formulas may refer to ours */
  others: string[];
  /** names of the director's that refer to replaced sheets: added again once the backups are gone */
  keptNames: { name: string; formula: string }[];
}

/** A formula of a sheet the render leaves alone, 0-based, as it was before the render. */
interface Reference {
  sheet: string;
  row: number;
  column: number;
  formula: string;
}

const lower = (s: string) => s.toLowerCase();
const hash = (color: string) => `#${color.toUpperCase()}`;
/** fixed cost of one queued operation (its object path and property) in the request JSON */
const OP_BYTES = 160;

function bytesOf(value: unknown): number {
  return OP_BYTES + utf8Length(JSON.stringify(value) ?? "");
}

/** Whether a defined name's formula refers to one of the sheets (`'说明'!…` or `Sheet1!…`). */
function refersTo(formula: string, sheets: readonly string[]): boolean {
  return sheets.some((s) => {
    const quoted = `'${s.replace(/'/g, "''")}'!`;
    if (formula.toLowerCase().includes(quoted.toLowerCase())) return true;
    const escaped = s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(^|[=,(+\\-*/&])${escaped}!`, "i").test(formula);
  });
}

/** Sheets a render moves aside start with this (`~岗责旧表1`); messages name them. */
export const BACKUP_PREFIX = "~岗责旧表";

function backupName(taken: Set<string>): string {
  for (let i = 1; ; i++) {
    const name = `${BACKUP_PREFIX}${i}`;
    if (!taken.has(lower(name))) {
      taken.add(lower(name));
      return name;
    }
  }
}

/** Consecutive runs of equal values: [first index, last index, value]. */
function runs<T>(entries: [number, T][]): [number, number, T][] {
  const out: [number, number, T][] = [];
  for (const [i, v] of entries.sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && last[1] === i - 1 && last[2] === v) last[1] = i;
    else out.push([i, i, v]);
  }
  return out;
}

function rangeSize(address: string): { rows: number; columns: number } {
  const r = parseRange(address);
  return { rows: r.bottom - r.top + 1, columns: r.right - r.left + 1 };
}

const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function formatOps(sheet: string, address: string, style: CellStyle): Op[] {
  const ops: Op[] = [];
  const op = (value: unknown, run: (range: Excel.Range) => void) =>
    ops.push({ bytes: bytesOf(value), run: (_c, ws) => run(ws(sheet).getRange(address)) });
  const f = style.font;
  if (f) {
    if (f.name !== undefined) op(f.name, (r) => (r.format.font.name = f.name!));
    if (f.size !== undefined) op(f.size, (r) => (r.format.font.size = f.size!));
    if (f.bold !== undefined) op(f.bold, (r) => (r.format.font.bold = f.bold!));
    if (f.italic !== undefined) op(f.italic, (r) => (r.format.font.italic = f.italic!));
    if (f.color !== undefined) op(f.color, (r) => (r.format.font.color = hash(f.color!)));
  }
  if (style.fill !== undefined) op(style.fill, (r) => (r.format.fill.color = hash(style.fill!)));
  if (style.border !== undefined) {
    const size = rangeSize(address);
    const edges: string[] = [...BORDER_EDGES];
    // inside edges exist only in ranges with more than one row/column
    if (size.rows > 1) edges.push("InsideHorizontal");
    if (size.columns > 1) edges.push("InsideVertical");
    const b = style.border;
    for (const edge of edges) {
      // getItem + style, weight and colour: four operations on the wire
      ops.push({
        bytes: bytesOf(edge) + 3 * OP_BYTES,
        run: (_c, ws) => {
          const r = ws(sheet).getRange(address);
          const item = r.format.borders.getItem(edge as Excel.BorderIndex);
          if (b === "none") item.style = "None";
          else {
            item.style = "Continuous";
            item.weight = b === "medium" ? "Medium" : "Thin";
            item.color = "#808080";
          }
        },
      });
    }
  }
  if (style.horizontal !== undefined) {
    const h = { left: "Left", center: "Center", right: "Right" }[style.horizontal];
    op(h, (r) => (r.format.horizontalAlignment = h as Excel.HorizontalAlignment));
  }
  if (style.vertical !== undefined) {
    const v = { top: "Top", middle: "Center", bottom: "Bottom" }[style.vertical];
    op(v, (r) => (r.format.verticalAlignment = v as Excel.VerticalAlignment));
  }
  if (style.wrap !== undefined) op(style.wrap, (r) => (r.format.wrapText = style.wrap!));
  if (style.numberFormat !== undefined) {
    const size = rangeSize(address);
    const grid = Array.from({ length: size.rows }, () =>
      Array.from({ length: size.columns }, () => style.numberFormat!)
    );
    op(grid, (r) => (r.numberFormat = grid));
  }
  if (style.locked !== undefined)
    op(style.locked, (r) => (r.format.protection.locked = style.locked!));
  return ops;
}

/** The Office.js rule of a model validation (ExcelApi 1.8). */
export function officeRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.type) {
    case "list":
      return {
        list: {
          inCellDropDown: true,
          source: "values" in rule ? rule.values.join(",") : `=${rule.source}`,
        },
      };
    case "date": {
      const { min, max } = rule;
      if (min !== undefined && max !== undefined)
        return { date: { operator: "Between", formula1: min, formula2: max } };
      if (max !== undefined) return { date: { operator: "LessThanOrEqualTo", formula1: max } };
      return { date: { operator: "GreaterThanOrEqualTo", formula1: min ?? "1900-01-01" } };
    }
    case "decimal":
    case "whole": {
      const key = rule.type === "decimal" ? "decimal" : "wholeNumber";
      const { min, max } = rule;
      const basic: Excel.BasicDataValidation =
        min !== undefined && max !== undefined
          ? { operator: "Between", formula1: min, formula2: max }
          : max !== undefined
            ? { operator: "LessThanOrEqualTo", formula1: max }
            : {
                operator: "GreaterThanOrEqualTo",
                formula1: min ?? (rule.type === "whole" ? -2147483648 : -1e15),
              };
      return { [key]: basic } as Excel.DataValidationRule;
    }
    case "custom":
      return { custom: { formula: `=${rule.formula}` } };
  }
}

function validationOps(sheet: string, s: SheetModel): Op[] {
  return s.validations.map((v) => {
    const rule = officeRule(v.rule);
    const r = v.rule;
    const alert =
      r.errorStyle !== undefined || r.errorTitle !== undefined || r.error !== undefined
        ? {
            showAlert: true,
            style: ({ stop: "Stop", warning: "Warning", information: "Information" } as const)[
              r.errorStyle ?? "stop"
            ],
            title: r.errorTitle ?? "",
            message: r.error ?? "",
          }
        : undefined;
    const prompt =
      r.prompt !== undefined || r.promptTitle !== undefined
        ? { showPrompt: true, title: r.promptTitle ?? "", message: r.prompt ?? "" }
        : undefined;
    return {
      bytes: bytesOf([rule, alert, prompt]) + 2 * OP_BYTES,
      run: (_c, ws) => {
        const dv = ws(sheet).getRange(v.range).dataValidation;
        dv.rule = rule; // the rule first: messages set before it are lost on Excel on the web
        if (r.allowBlank === false) dv.ignoreBlanks = false;
        if (alert) dv.errorAlert = alert as Excel.DataValidationErrorAlert;
        if (prompt) dv.prompt = prompt;
      },
    };
  });
}

function sheetOps(s: SheetModel, budget: number, unit: ColumnUnit): Op[] {
  const name = s.name;
  const ops: Op[] = [];
  // values (formulas, text, numbers, date serials) first, then formats, as Microsoft advises
  for (const block of s.blocks) {
    const rows = officeFormulas(block);
    if (rows.length === 0 || rows[0].length === 0) continue;
    const origin = parseRange(block.origin);
    const width = rows[0].length;
    for (const chunk of chunkRows(rows, budget - 4096)) {
      const top = origin.top + chunk.startRow;
      const address = `${colLetter(origin.left)}${top}:${colLetter(origin.left + width - 1)}${top + chunk.rows.length - 1}`;
      ops.push({
        bytes: chunk.bytes + OP_BYTES,
        run: (_c, ws) => (ws(name).getRange(address).formulas = chunk.rows),
      });
    }
  }
  for (const f of s.formats) ops.push(...formatOps(name, f.range, f.style));
  for (const [first, last, width] of runs(
    s.columnWidths.map((w, i) => [i, w] as [number, number]).filter(([, w]) => w !== undefined)
  )) {
    const address = `${colLetter(first + 1)}:${colLetter(last + 1)}`;
    ops.push({
      bytes: OP_BYTES,
      run: (_c, ws) =>
        (ws(name).getRange(address).format.columnWidth = columnCharsToPoints(width, unit)),
    });
  }
  for (const [first, last, height] of runs(
    Object.entries(s.rowHeights).map(([r, h]) => [Number(r), h] as [number, number])
  )) {
    ops.push({
      bytes: OP_BYTES,
      run: (_c, ws) => (ws(name).getRange(`${first}:${last}`).format.rowHeight = height),
    });
  }
  for (const [first, last] of runs((s.hiddenColumns ?? []).map((c) => [c, 1] as [number, number])))
    ops.push({
      bytes: OP_BYTES,
      run: (_c, ws) =>
        (ws(name).getRange(`${colLetter(first)}:${colLetter(last)}`).columnHidden = true),
    });
  for (const m of s.merges)
    ops.push({ bytes: OP_BYTES, run: (_c, ws) => ws(name).getRange(m).merge(false) });
  ops.push(...validationOps(name, s));
  // conditionalFormats.add inserts at the top priority: adding the description's rules last to
  // first leaves them in its order, each with its own priority
  for (const cf of [...s.conditionalFormats].reverse()) {
    ops.push({
      bytes: bytesOf(cf) + 4 * OP_BYTES,
      run: (_c, ws) => {
        const format = ws(name)
          .getRange(cf.range)
          .conditionalFormats.add("Custom" as Excel.ConditionalFormatType.custom);
        format.custom.rule.formula = `=${cf.formula}`;
        if (cf.fill !== undefined) format.custom.format.fill.color = hash(cf.fill);
        if (cf.fontColor !== undefined) format.custom.format.font.color = hash(cf.fontColor);
        if (cf.bold) format.custom.format.font.bold = true;
      },
    });
  }
  if (s.freeze && (s.freeze.rows || s.freeze.columns)) {
    const { rows, columns } = s.freeze;
    ops.push({
      bytes: OP_BYTES,
      run: (_c, ws) => {
        const panes = ws(name).freezePanes;
        if (rows && columns) panes.freezeAt(ws(name).getRange(`A1:${colLetter(columns)}${rows}`));
        else if (rows) panes.freezeRows(rows);
        else panes.freezeColumns(columns);
      },
    });
  }
  if (s.tabColor)
    ops.push({ bytes: OP_BYTES, run: (_c, ws) => (ws(name).tabColor = hash(s.tabColor!)) });
  ops.push(...commentOps(s));
  return ops;
}

/** Whether this Excel can add the comment (threads: ExcelApi 1.10; notes: 1.18). */
const canComment = (c: CellComment) => isExcelApiSupported(c.kind === "note" ? "1.18" : "1.10");

/**
 * The sheet's comments, before its protection (a protected sheet refuses new comments and
 * notes). A thread's replies follow it; resolving needs ExcelApi 1.11. Comments this Excel
 * cannot add are left out (renderModel's note counts them).
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.commentcollection#excel-excel-commentcollection-add-member(1)
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.notecollection#excel-excel-notecollection-add-member(1)
 */
function commentOps(s: SheetModel): Op[] {
  const resolve = isExcelApiSupported("1.11");
  return (s.comments ?? []).filter(canComment).map((c) => ({
    bytes: bytesOf([c.text, c.replies]) + (c.replies?.length ?? 0) * OP_BYTES + 2 * OP_BYTES,
    run: (_c, ws) => {
      const sheet = ws(s.name);
      const cell = sheet.getRange(c.cell);
      if (c.kind === "note") {
        sheet.notes.add(cell, c.text);
        return;
      }
      const thread = sheet.comments.add(cell, c.text);
      for (const reply of c.replies ?? []) thread.replies.add(reply);
      if (c.resolved && resolve) thread.resolved = true;
    },
  }));
}

/** Protection and visibility come after every write to the sheet (a protected sheet refuses writes). */
function closingOps(s: SheetModel): Op[] {
  const ops: Op[] = [];
  if (s.protection) {
    const { password, ...allow } = s.protection;
    const options: Excel.WorksheetProtectionOptions = {};
    for (const [key, value] of Object.entries(allow)) {
      if (value !== undefined) (options as Record<string, boolean>)[key] = value;
    }
    ops.push({
      bytes: bytesOf(options),
      run: (_c, ws) => ws(s.name).protection.protect(options, password),
    });
  }
  if (s.hidden) ops.push({ bytes: OP_BYTES, run: (_c, ws) => (ws(s.name).visibility = "Hidden") });
  return ops;
}

function plan(
  model: WorkbookModel,
  state: WorkbookState,
  budget: number,
  alsoDelete: readonly string[]
): Plan {
  const existing = new Map(state.sheets.map((s) => [lower(s.name), s.name]));
  const taken = new Set([...existing.keys(), ...model.sheets.map((s) => lower(s.name))]);
  const backups = new Map<string, string>();
  for (const s of model.sheets) {
    const old = existing.get(lower(s.name));
    if (old !== undefined) backups.set(old, backupName(taken));
  }
  const modelNames = new Set(model.definedNames.map((n) => lower(n.name)));
  const replaced = [...backups.keys()];
  const deletedNames = state.names.filter(
    (n) => modelNames.has(lower(n.name)) || refersTo(n.formula, replaced)
  );
  const ops: Op[] = [];
  // 1. move the old sheets aside, drop the names the model redefines, add the new sheets and names
  for (const [old, backup] of backups) {
    ops.push({ bytes: OP_BYTES, run: (c) => (c.workbook.worksheets.getItem(old).name = backup) });
  }
  for (const n of deletedNames)
    ops.push({ bytes: OP_BYTES, run: (c) => c.workbook.names.getItem(n.name).delete() });
  for (const s of model.sheets)
    ops.push({ bytes: OP_BYTES, run: (c) => void c.workbook.worksheets.add(s.name) });
  for (const n of model.definedNames) {
    ops.push({ bytes: bytesOf(n), run: (c) => void c.workbook.names.add(n.name, `=${n.ref}`) });
  }
  // 2. content, sheet by sheet
  const unit = state.columnUnit ?? CALIBRI_UNIT;
  for (const s of model.sheets) ops.push(...sheetOps(s, budget, unit));
  // 3. protection, hidden sheets, then the old sheets go
  for (const s of model.sheets) ops.push(...closingOps(s));
  const first = model.sheets.find((s) => !s.hidden);
  if (first) ops.push({ bytes: OP_BYTES, run: (_c, ws) => ws(first.name).activate() });
  const inModel = new Set(model.sheets.map((s) => lower(s.name)));
  const extra = alsoDelete
    .filter((n) => existing.has(lower(n)) && !inModel.has(lower(n)))
    .map((n) => existing.get(lower(n))!);
  const veryHidden = new Set(
    state.sheets.filter((s) => s.visibility === "VeryHidden").map((s) => lower(s.name))
  );
  // extra sheets before any backup: once a backup is gone the old workbook cannot come back
  const gone = [
    ...extra.map((n) => ({ name: n, veryHidden: veryHidden.has(lower(n)) })),
    ...[...backups].map(([old, b]) => ({ name: b, veryHidden: veryHidden.has(lower(old)) })),
  ];
  const going = new Set(extra.map(lower));
  return {
    ops,
    gone,
    backups,
    deletedNames,
    model: model.sheets.map((s) => s.name),
    others: state.sheets
      .map((s) => s.name)
      .filter((n) => !inModel.has(lower(n)) && !going.has(lower(n))),
    keptNames: deletedNames.filter((n) => !modelNames.has(lower(n.name))),
  };
}

/**
 * Queues the load of the formulas of the sheets the render leaves alone; after the sync, those
 * that refer to a replaced sheet. Queued at the head of the first request, before any sheet is
 * renamed: the texts are as the director typed them (`='考核汇总'!D5`).
 */
function queueReferences(
  context: Excel.RequestContext,
  sheets: readonly string[],
  replaced: readonly string[]
): () => Reference[] {
  const ranges = sheets.map((sheet) => {
    const range = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
    range.load("formulas,rowIndex,columnIndex");
    return { sheet, range };
  });
  return () => {
    const out: Reference[] = [];
    for (const { sheet, range } of ranges) {
      if (range.isNullObject) continue;
      range.formulas.forEach((row, r) =>
        row.forEach((formula, c) => {
          if (typeof formula === "string" && formula.startsWith("=") && refersTo(formula, replaced))
            out.push({ sheet, row: range.rowIndex + r, column: range.columnIndex + c, formula });
        })
      );
    }
    return out;
  };
}

/**
 * Once the backups are gone, Excel has turned the director's references to them into #REF!
 * (a deleted sheet's references do not come back when a sheet of the same name is added): the
 * formulas are written again as they were typed, and so are the director's names, so they bind
 * to the new sheets. Returns a note when that fails (e.g. a protected sheet of the director's).
 */
async function rebind(
  context: Excel.RequestContext,
  references: readonly Reference[],
  names: readonly { name: string; formula: string }[],
  budget: number
): Promise<{ syncs: number; note: string }> {
  const ops: Op[] = [
    ...names.map((n) => ({
      bytes: bytesOf(n),
      run: (c: Excel.RequestContext) => void c.workbook.names.add(n.name, n.formula),
    })),
    ...references.map((ref) => ({
      bytes: bytesOf(ref),
      run: (_c: Excel.RequestContext, ws: Handles) =>
        void (ws(ref.sheet).getCell(ref.row, ref.column).formulas = [[ref.formula]]),
    })),
  ];
  let syncs = 0;
  try {
    for (const batch of pack(ops, budget)) {
      const sheet = handlesFor(context);
      for (const op of batch) op.run(context, sheet);
      syncs++;
      // only when the director's own sheets refer to ours; cut by bytes like the render
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
    return { syncs, note: "" };
  } catch {
    const where = [...new Set(references.map((r) => r.sheet))].join("、");
    return {
      syncs,
      note: `工作表“${where || "名称"}”中引用重建工作表的公式未能恢复，显示 #REF! 处请重新输入`,
    };
  }
}

/** Rolls back; a rollback that fails itself reports "not restored". */
async function restore(
  context: Excel.RequestContext,
  p: Plan,
  state: WorkbookState
): Promise<Restoration> {
  try {
    return await rollback(context, p, state);
  } catch {
    return { restored: false, missing: [], leftovers: [] };
  }
}

/** Which of the sheets to delete are still there. */
async function remaining(context: Excel.RequestContext, gone: Plan["gone"]): Promise<Plan["gone"]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const now = new Set(sheets.items.map((s) => lower(s.name)));
  return gone.filter((s) => now.has(lower(s.name)));
}

/** Cuts the operations into requests of at most `budget` estimated bytes, in order. */
function pack(ops: Op[], budget: number): Op[][] {
  const batches: Op[][] = [];
  let current: Op[] = [];
  let bytes = 0;
  for (const op of ops) {
    if (current.length > 0 && bytes + op.bytes > budget) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += op.bytes;
  }
  if (current.length) batches.push(current);
  return batches;
}

/** `='说明'!$B$4` and `=说明!$B$4` alike (Excel may write a name's reference either way). */
const sameReference = (a: string, b: string) =>
  a.replace(/^=/, "").replace(/'/g, "").toLowerCase() ===
  b.replace(/^=/, "").replace(/'/g, "").toLowerCase();

/** Sheets (in order, with visibility) and names as they are now, compared with `state`. */
async function compareWith(
  context: Excel.RequestContext,
  state: WorkbookState
): Promise<Restoration> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  await context.sync();
  const now = new Map(sheets.items.map((s) => [lower(s.name), s]));
  const missing = state.sheets.filter((s) => !now.has(lower(s.name))).map((s) => s.name);
  const sameSheets =
    sheets.items.length === state.sheets.length &&
    state.sheets.every(
      (s, i) =>
        lower(sheets.items[i].name) === lower(s.name) &&
        String(sheets.items[i].visibility) === s.visibility
    );
  const namesNow = new Map(names.items.map((n) => [lower(n.name), String(n.formula ?? "")]));
  const sameNames =
    namesNow.size === state.names.length &&
    state.names.every((n) => {
      const f = namesNow.get(lower(n.name));
      return f !== undefined && sameReference(f, n.formula);
    });
  return {
    restored: sameSheets && sameNames,
    missing,
    leftovers: sheets.items.map((s) => s.name).filter((n) => n.startsWith(BACKUP_PREFIX)),
  };
}

/**
 * Puts the workbook back as `state` describes it, after a failed render, and reads it again to
 * say truthfully whether it is as it was.
 */
async function rollback(
  context: Excel.RequestContext,
  p: Plan,
  state: WorkbookState
): Promise<Restoration> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();
  const now = new Map(sheets.items.map((s) => [lower(s.name), s]));
  const before = new Set(state.sheets.map((s) => lower(s.name)));
  const backupOf = new Map([...p.backups].map(([old, backup]) => [lower(old), backup]));
  for (const name of p.model) {
    if (!now.has(lower(name))) continue;
    const backup = backupOf.get(lower(name));
    // a model name whose backup is missing was never renamed: that sheet is the original one
    const isNew = backup !== undefined ? now.has(lower(backup)) : !before.has(lower(name));
    if (isNew) sheets.getItem(name).delete();
  }
  for (const [old, backup] of p.backups)
    if (now.has(lower(backup))) sheets.getItem(backup).name = old;
  // visibility back (the marks sheet may have been made Hidden to be deleted)
  for (const s of state.sheets) {
    const backup = backupOf.get(lower(s.name));
    const item =
      backup !== undefined && now.has(lower(backup))
        ? now.get(lower(backup))
        : backup === undefined
          ? now.get(lower(s.name))
          : undefined;
    if (item && String(item.visibility) !== s.visibility)
      item.visibility = s.visibility as Excel.SheetVisibility;
  }
  const namesNow = new Set(names.items.map((n) => lower(n.name)));
  const original = new Set(state.names.map((n) => lower(n.name)));
  for (const n of names.items) if (!original.has(lower(n.name))) n.delete();
  for (const n of p.deletedNames) {
    if (namesNow.has(lower(n.name))) names.getItem(n.name).delete();
    names.add(n.name, n.formula);
  }
  await context.sync();
  return compareWith(context, state);
}

/** Cell indents (`format.indentLevel` is ExcelApi 1.9, like the page layout): sent with it. */
function applyIndents(context: Excel.RequestContext, model: WorkbookModel): void {
  for (const s of model.sheets)
    for (const f of s.formats)
      if (f.style.indent !== undefined)
        context.workbook.worksheets.getItem(s.name).getRange(f.range).format.indentLevel =
          f.style.indent;
}

function applyPrint(context: Excel.RequestContext, model: WorkbookModel): void {
  for (const s of model.sheets) {
    const p = s.print;
    if (!p) continue;
    const layout = context.workbook.worksheets.getItem(s.name).pageLayout;
    layout.paperSize = "A4";
    layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
    if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.centerHorizontally = Boolean(p.horizontalCentered);
    if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows[0]}:$${p.titleRows[1]}`);
    if (p.printArea) layout.setPrintArea(p.printArea);
    if (p.firstPageNumber !== undefined) layout.firstPageNumber = p.firstPageNumber;
    for (const r of p.rowBreaks ?? [])
      context.workbook.worksheets.getItem(s.name).horizontalPageBreaks.add(`A${r + 1}`);
    if (p.margins) {
      const pt = (inches: number) => inches * 72;
      layout.leftMargin = pt(p.margins.left);
      layout.rightMargin = pt(p.margins.right);
      layout.topMargin = pt(p.margins.top);
      layout.bottomMargin = pt(p.margins.bottom);
      layout.headerMargin = pt(p.margins.header);
      layout.footerMargin = pt(p.margins.footer);
    }
    const pages = layout.headersFooters.defaultForAllPages;
    if (p.header?.left) pages.leftHeader = p.header.left;
    if (p.header?.center) pages.centerHeader = p.header.center;
    if (p.header?.right) pages.rightHeader = p.header.right;
    if (p.footer?.left) pages.leftFooter = p.footer.left;
    if (p.footer?.center) pages.centerFooter = p.footer.center;
    if (p.footer?.right) pages.rightFooter = p.footer.right;
  }
}

/**
 * Writes `model` into the open workbook whose sheets and names `state` lists (loaded in the
 * caller's first sync). Sheets of the model replace same-named sheets; other sheets stay.
 */
export async function renderModel(
  context: Excel.RequestContext,
  model: WorkbookModel,
  state: WorkbookState,
  options: RenderOptions = {}
): Promise<RenderReport> {
  const action = options.action ?? `生成${model.title}`;
  const problems = modelProblems(model);
  if (problems.length)
    throw new HostError(`${action}失败：工作簿描述有误。${problems.slice(0, 3).join("；")}`);
  const budget = options.batchBytes ?? DEFAULT_BATCH_BYTES;
  let p: Plan;
  try {
    p = plan(model, state, budget, options.alsoDelete ?? []);
  } catch (error) {
    // chunkRows refuses a single row over the budget: nothing was sent yet
    throw new HostError(`${action}失败：${error instanceof Error ? error.message : String(error)}`);
  }
  const batches = pack(p.ops, budget);
  let syncs = 0;
  let references: (() => Reference[]) | undefined;
  try {
    for (const [i, batch] of batches.entries()) {
      if (i === 0 && p.backups.size > 0 && p.others.length > 0)
        references = queueReferences(context, p.others, [...p.backups.keys()]);
      const sheet = handlesFor(context);
      context.application.suspendApiCalculationUntilNextSync();
      for (const op of batch) op.run(context, sheet);
      syncs++;
      // one request per batch: the batches are cut by bytes (5 MB limit), not by rows or sheets
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      if (batches.length > 1) options.progress?.(`正在写入工作表（${i + 1}/${batches.length}）…`);
    }
  } catch (error) {
    throw actionError(action, error, await restore(context, p, state));
  }
  // The closing request: recalculate (calculation was suspended while writing: "it is the
  // developer's responsibility to re-calc the workbook"), then drop the extra sheets and the
  // backups. Until the first of them is gone the old workbook can still come back.
  syncs++;
  try {
    context.application.calculate("Full" as Excel.CalculationType);
    queueDeletes(context, p.gone);
    await context.sync();
  } catch (error) {
    const left = await remaining(context, p.gone);
    if (left.length === p.gone.length)
      throw actionError(action, error, await restore(context, p, state));
    // some are gone: the new workbook is complete, so finish the deletions instead
    try {
      context.application.calculate("Full" as Excel.CalculationType);
      queueDeletes(context, left);
      await context.sync();
      syncs += 2;
    } catch (again) {
      throw actionError(action, again, {
        restored: false,
        missing: [],
        leftovers: left.map((s) => s.name).filter((n) => n.startsWith(BACKUP_PREFIX)),
        written: true,
      });
    }
  }
  let note = "";
  const typed = references?.() ?? [];
  if (typed.length > 0 || p.keptNames.length > 0) {
    const rebound = await rebind(context, typed, p.keptNames, budget);
    syncs += rebound.syncs;
    note = rebound.note;
  }
  const unwritable = model.sheets.reduce(
    (n, s) => n + (s.comments ?? []).filter((c) => !canComment(c)).length,
    0
  );
  if (unwritable > 0)
    note = [note, `${unwritable} 条批注未能写回：此版本的 Excel 不支持添加这类批注`]
      .filter(Boolean)
      .join("；");
  const wantsPrint = model.sheets.some((s) => s.print);
  let printSkipped = false;
  if (wantsPrint) {
    if (isExcelApiSupported("1.9")) {
      try {
        applyPrint(context, model);
        applyIndents(context, model);
        syncs++;
        await context.sync();
      } catch {
        note = [note, "打印设置未能应用（可在“页面布局”中设置 A4、适合页宽）"]
          .filter(Boolean)
          .join("；");
      }
    } else {
      printSkipped = true;
      note = [
        note,
        "此版本的 Excel 无法设置打印格式（A4、标题行、页码）；需要打印时，请使用“导出”得到的文件，或在“页面布局”中设置",
      ]
        .filter(Boolean)
        .join("；");
    }
  }
  return {
    syncs,
    largestBatch: Math.max(0, ...batches.map((b) => b.reduce((a, op) => a + op.bytes, 0))),
    sheets: model.sheets.length,
    printSkipped,
    note,
  };
}
