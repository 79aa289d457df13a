// Writes a workbook description over an existing .xlsx while keeping what the director added
// there that the product does not model (SPEC §9): the new workbook is rendered from the model,
// then everything of the old one outside the cells the model owns is carried over —
//   - sheets the model does not have (主任笔记), whole, in their place among the others;
//   - cells outside the model's tables (an extra column 主任批注, notes below a table): value or
//     formula with its cached result, format, comment, dropdown; rows follow their record
//     (src/workbook/keep.ts row maps), so a note stays beside the log row it is about;
//   - on the model's own cells: comments, and formats that differ from the model's (a cell the
//     director coloured), the model's protection kept (inputs unlocked, formulas locked);
//   - column widths, merged ranges outside the tables, defined names the model does not define.
// Extra cells on a protected sheet are left unlocked: the director typed them and edits them again.

/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   ExcelJS objects in memory, not Office.js proxies: nothing here is loaded or synced */
import type * as ExcelJSTypes from "exceljs";
import { parseCell, parseRange, rangeAddress } from "../workbook/address";
import type { Collection, Dataset } from "../domain/types";
import { restoreInputFormulas, rowMaps, type Origins, type RowMap } from "../workbook/keep";
import type { InputFormula } from "../workbook/read/cells";
import type { WorkbookModel } from "../workbook/model";
import { loadExcelJS } from "./exceljs";
import { cellContent } from "./reader";
import { moveFormula } from "./sharedFormulas";
import { excelWorkbook, xlsxBytes } from "./writer";

export interface KeptReport {
  /** sheets carried over whole */
  sheets: string[];
  /** cells outside the model carried over */
  cells: number;
  comments: number;
  formats: number;
}

type Style = Partial<ExcelJSTypes.Style>;

/** What a format looks like, for telling the director's formats from the model's. */
function styleKey(st: Style | undefined): string {
  if (!st) return "";
  const color = (c: unknown) => {
    const o = (c ?? {}) as { argb?: string; theme?: number; tint?: number };
    return o.argb ?? (o.theme !== undefined ? `t${o.theme}/${o.tint ?? 0}` : "");
  };
  const f = (st.font ?? {}) as Partial<ExcelJSTypes.Font>;
  const fill = st.fill as ExcelJSTypes.FillPattern | undefined;
  const a = (st.alignment ?? {}) as Partial<ExcelJSTypes.Alignment>;
  const b = (st.border ?? {}) as Partial<ExcelJSTypes.Borders>;
  return JSON.stringify([
    st.numFmt && st.numFmt !== "General" ? st.numFmt : "",
    fill && fill.type === "pattern" && fill.pattern !== "none"
      ? [fill.pattern, color(fill.fgColor)]
      : "",
    f.bold ? 1 : 0,
    f.italic ? 1 : 0,
    f.underline ? 1 : 0,
    f.strike ? 1 : 0,
    color(f.color) === "t1/0" ? "" : color(f.color),
    a.horizontal ?? "",
    a.wrapText ? 1 : 0,
    (["top", "left", "bottom", "right"] as const).map((e) => b[e]?.style ?? ""),
  ]);
}

/** The cells the model writes (every cell of every block, empty ones included): `row,col`. */
function ownedCells(model: WorkbookModel["sheets"][number]): Set<string> {
  const out = new Set<string>();
  for (const b of model.blocks) {
    const o = parseCell(b.origin);
    b.cells.forEach((row, r) => row.forEach((_, k) => out.add(`${o.row + r},${o.col + k}`)));
  }
  return out;
}

const cloneStyle = (st: Style): Style => JSON.parse(JSON.stringify(st)) as Style;

/** A value for the new cell: formulas moved with their row, shared ones as plain formulas. */
function movedValue(cell: ExcelJSTypes.Cell, rows: number): ExcelJSTypes.CellValue {
  const raw = cellContent(cell);
  if (raw.kind === "formula") {
    const f = raw.formula ?? "";
    const formula = rows === 0 ? f : (moveFormula(f, rows) ?? f);
    const result = (cell as { result?: unknown }).result;
    return { formula, result } as ExcelJSTypes.CellFormulaValue;
  }
  return cell.value;
}

function mergesOf(ws: ExcelJSTypes.Worksheet): string[] {
  const m = (ws as unknown as { _merges?: Record<string, { range: string }> })._merges;
  return m ? Object.values(m).map((x) => x.range) : [];
}

/**
 * `model` written as .xlsx, with what `oldBytes` holds beyond it. `rowMap(sheet)` says where each
 * old row of a model sheet went. The old workbook is read with ExcelJS, so what ExcelJS does not
 * keep (charts, pivot tables, images) is not kept either.
 */
export async function writeXlsxKeeping(
  model: WorkbookModel,
  oldBytes: Uint8Array,
  rowMap: (sheet: string) => RowMap
): Promise<{ bytes: Uint8Array; kept: KeptReport }> {
  const ExcelJS = await loadExcelJS();
  const wb = await excelWorkbook(model);
  const old = new ExcelJS.Workbook();
  await old.xlsx.load(oldBytes as unknown as ExcelJSTypes.Buffer);
  const kept: KeptReport = { sheets: [], cells: 0, comments: 0, formats: 0 };
  const inModel = new Map(model.sheets.map((s) => [s.name.toLowerCase(), s]));

  const order: string[] = model.sheets.map((s) => s.name);
  let after = -1; // index in `order` of the last model sheet met in the old workbook
  for (const ows of old.worksheets) {
    const ms = inModel.get(ows.name.toLowerCase());
    if (!ms) {
      copySheet(ows, wb);
      order.splice(after + 1, 0, ows.name);
      after++;
      kept.sheets.push(ows.name);
      continue;
    }
    after = order.indexOf(ms.name);
    const nws = wb.getWorksheet(ms.name);
    if (nws) keepCells(ows, nws, ms, rowMap(ms.name), kept);
  }
  order.forEach((name, i) => {
    const ws = wb.getWorksheet(name);
    if (ws) (ws as unknown as { orderNo: number }).orderNo = i;
  });

  // names the director defined (print areas and titles are the sheets' own)
  const have = new Set(model.definedNames.map((n) => n.name.toLowerCase()));
  const names = (old.definedNames as unknown as { model: { name: string; ranges: string[] }[] })
    .model;
  for (const n of names ?? []) {
    if (have.has(n.name.toLowerCase()) || n.name.startsWith("_xlnm")) continue;
    for (const r of n.ranges) wb.definedNames.add(r, n.name);
  }
  return { bytes: await xlsxBytes(wb), kept };
}

function copySheet(ows: ExcelJSTypes.Worksheet, wb: ExcelJSTypes.Workbook): void {
  const m = ows.model as unknown as Record<string, unknown> & { merges?: string[] };
  const nws = wb.addWorksheet(ows.name, { state: ows.state });
  // images and tables refer to parts of the old package: not carried
  (nws as unknown as { model: unknown }).model = {
    ...m,
    name: ows.name,
    mergeCells: m.merges ?? [],
    media: [],
    tables: [],
  };
  nws.state = ows.state;
}

function keepCells(
  ows: ExcelJSTypes.Worksheet,
  nws: ExcelJSTypes.Worksheet,
  ms: WorkbookModel["sheets"][number],
  rm: RowMap,
  kept: KeptReport
): void {
  const owned = ownedCells(ms);
  const ownedCols = new Set([...owned].map((k) => Number(k.split(",")[1])));
  const protectedSheet = !!ms.protection;
  const covered = new Set<string>();
  for (const m of mergesOf(ows)) {
    const r = parseRange(m);
    for (let y = r.top; y <= r.bottom; y++)
      for (let x = r.left; x <= r.right; x++)
        if (y !== r.top || x !== r.left) covered.add(`${y},${x}`);
  }
  // an extra column where the model now has one of its own (a column the product added) moves
  // to the first free column on the right, header and all
  const colMap = new Map<number, number>();
  const headers = new Map<number, string>();
  for (const b of ms.blocks) {
    const o = parseCell(b.origin);
    if (o.row === 1)
      b.cells[0]?.forEach((v, k) => typeof v === "string" && headers.set(o.col + k, v));
  }
  const headerTexts = new Set(headers.values());
  let free = Math.max(0, ...ownedCols, ows.columnCount) + 1;
  ows.getRow(1).eachCell({ includeEmpty: false }, (cell, c) => {
    const text = cellContent(cell).value;
    if (typeof text !== "string" || !headers.has(c) || headers.get(c) === text) return;
    if (headerTexts.has(text)) return; // one of the model's columns, moved: the model writes it
    colMap.set(c, free++);
  });
  const validations = (
    ows as unknown as { dataValidations: { model: Record<string, ExcelJSTypes.DataValidation> } }
  ).dataValidations.model;

  ows.eachRow({ includeEmpty: false }, (row, r) => {
    const nr = rm.map(r);
    if (nr === undefined) return;
    row.eachCell({ includeEmpty: true }, (cell, oc) => {
      if (covered.has(`${r},${oc}`)) return;
      const c = colMap.get(oc) ?? oc;
      const ncell = nws.getRow(nr).getCell(c);
      const note = cell.note;
      if (owned.has(`${nr},${c}`)) {
        if (note) {
          ncell.note = note;
          kept.comments++;
        }
        const st = cell.style as Style;
        if (styleKey(st) !== styleKey(ncell.style as Style) && styleKey(st) !== styleKey({})) {
          ncell.style = { ...cloneStyle(st), protection: ncell.style?.protection ?? {} };
          kept.formats++;
        }
        return;
      }
      const hasValue = cell.value !== null && cell.value !== undefined;
      if (hasValue) {
        ncell.value = movedValue(cell, nr - r);
        kept.cells++;
      }
      if (cell.style && Object.keys(cell.style).length) {
        const st = cloneStyle(cell.style as Style);
        if (protectedSheet) st.protection = { ...st.protection, locked: false };
        ncell.style = st;
      } else if (protectedSheet && hasValue) ncell.style = { protection: { locked: false } };
      if (note) {
        ncell.note = note;
        kept.comments++;
      }
      const v = validations?.[cell.address];
      if (v)
        (
          nws as unknown as {
            dataValidations: { add(a: string, v: ExcelJSTypes.DataValidation): void };
          }
        ).dataValidations.add(ncell.address, v);
    });
  });

  // column widths: the director's resizing, and the widths of the extra columns
  const count = Math.max(ows.columnCount, 0);
  for (let c = 1; c <= count; c++) {
    const oc = ows.getColumn(c);
    const to = colMap.get(c) ?? c;
    if (oc.width !== undefined) nws.getColumn(to).width = oc.width;
    if (oc.hidden && !ownedCols.has(to)) nws.getColumn(to).hidden = true;
  }

  // merged ranges wholly outside the model's cells, moved with their rows
  for (const m of mergesOf(ows)) {
    const r = parseRange(m);
    const top = rm.map(r.top);
    const bottom = rm.map(r.bottom);
    if (top === undefined || bottom === undefined || bottom - top !== r.bottom - r.top) continue;
    if ([...colMap.keys()].some((c) => c >= r.left && c <= r.right)) continue;
    let free = true;
    for (let y = top; y <= bottom && free; y++)
      for (let x = r.left; x <= r.right && free; x++) if (owned.has(`${y},${x}`)) free = false;
    if (free) nws.mergeCells(rangeAddress({ top, left: r.left, bottom, right: r.right }));
  }
}

/**
 * A month workbook written again from a dataset that continues the one read from `old`:
 * formulas typed into inputs put back, then everything else the director added carried over.
 */
export async function rewriteMonthXlsx(
  model: WorkbookModel,
  old: { bytes: Uint8Array; read: KeepSource },
  origins: Origins,
  next: Dataset
): Promise<{ bytes: Uint8Array; kept: KeptReport & { formulas: number } }> {
  const formulas = restoreInputFormulas(model, old.read.inputFormulas, origins);
  const r = await writeXlsxKeeping(model, old.bytes, rowMaps(old.read, origins, next));
  return { bytes: r.bytes, kept: { ...r.kept, formulas } };
}

/** What of a read month workbook keeping needs. */
export interface KeepSource {
  inputFormulas: readonly InputFormula[];
  tableRows(c: Collection): { sheet: string; headerRow: number; rows: number[] } | undefined;
}

/** `保留了主任添加的 1 个工作表、12 个单元格、2 条批注、3 处格式、1 个公式`, or "" when nothing. */
export function keptText(k: KeptReport & { formulas: number }): string {
  const parts = [
    k.sheets.length ? `${k.sheets.length} 个工作表（${k.sheets.join("、")}）` : "",
    k.cells ? `${k.cells} 个单元格` : "",
    k.comments ? `${k.comments} 条批注` : "",
    k.formats ? `${k.formats} 处格式` : "",
    k.formulas ? `录入栏的 ${k.formulas} 个公式` : "",
  ].filter(Boolean);
  return parts.length ? `保留了原工作簿中另加的${parts.join("、")}` : "";
}
