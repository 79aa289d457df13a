// The fake grid → the workbook description model of src/workbook/model.ts, so a test can write a
// model into "Excel" through Office.js, read the grid back as a model, and compare (or render it
// with the ExcelJS writer).
//
// Limits: the fake does not calculate, so a formula's cached result is the cell's value if a test
// set one, else what `options.formulaResult` answers (default null); print setup is not emulated
// (pageLayout needs ExcelApi 1.9) and comes back absent.

import {
  serialToIso,
  type Block,
  type Cell,
  type CellStyle,
  type ConditionalFormat,
  type FormulaResult,
  type RangeFormat,
  type RangeValidation,
  type SheetModel,
  type SheetProtection,
  type ValidationRule,
  type WorkbookModel,
} from "../../src/workbook/model";
import { columnPointsToChars, columnUnitOf, type ColumnUnit } from "../../src/office/units";
import { columnLetters, formatArea } from "./address";
import {
  colsOf,
  getCell,
  rowsOf,
  usedArea,
  type FakeCell,
  type FakeGrid,
  type FakeSheet,
  type FakeValidation,
} from "./grid";

export interface GridToModelOptions {
  title?: string;
  /** cached result for a formula cell that has no value in the grid (default: null) */
  formulaResult?: (sheet: string, address: string, formula: string) => FormulaResult;
  /** the workbook's column unit (gridToModel takes the grid's own) */
  columnUnit?: ColumnUnit;
}

const noHash = (color: string) => color.replace(/^#/, "").toUpperCase();

/** A number format that shows a date (and not a time of day only). */
function isDateFormat(format: string | undefined): boolean {
  if (!format || format === "General" || format === "@") return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[yd]/i.test(bare);
}

function toCell(
  sheet: FakeSheet,
  cell: FakeCell | undefined,
  row: number,
  column: number,
  options: GridToModelOptions
): Cell {
  if (!cell) return null;
  if (cell.formula !== undefined) {
    const formula = cell.formula.replace(/^=/, "");
    let result: FormulaResult;
    if (cell.value !== undefined) {
      result =
        typeof cell.value === "number" && isDateFormat(cell.numberFormat)
          ? { date: serialToIso(cell.value) }
          : cell.value;
    } else {
      result =
        options.formulaResult?.(sheet.name, `${columnLetters(column)}${row + 1}`, formula) ?? null;
    }
    return { formula, result };
  }
  const value = cell.value;
  if (value === undefined || value === "") return null;
  if (typeof value === "number" && isDateFormat(cell.numberFormat))
    return { date: serialToIso(value) };
  return value;
}

function toStyle(cell: FakeCell | undefined): CellStyle {
  const s = cell?.style ?? {};
  const style: CellStyle = {};
  const font: NonNullable<CellStyle["font"]> = {};
  if (s.fontName !== undefined) font.name = s.fontName;
  if (s.fontSize !== undefined) font.size = s.fontSize;
  if (s.fontBold) font.bold = true;
  if (s.fontItalic) font.italic = true;
  if (s.fontColor !== undefined) font.color = noHash(s.fontColor);
  if (Object.keys(font).length) style.font = font;
  if (s.fill !== undefined) style.fill = noHash(s.fill);
  const edges = [s.borderTop, s.borderBottom, s.borderLeft, s.borderRight];
  if (edges.every((e) => e === "Thin")) style.border = "thin";
  else if (edges.every((e) => e === "Medium")) style.border = "medium";
  const horizontal = s.horizontalAlignment?.toLowerCase();
  if (horizontal === "left" || horizontal === "center" || horizontal === "right")
    style.horizontal = horizontal;
  const vertical = { Top: "top", Center: "middle", Bottom: undefined }[
    s.verticalAlignment ?? "Bottom"
  ];
  if (vertical === "top" || vertical === "middle") style.vertical = vertical;
  if (s.wrapText) style.wrap = true;
  if (cell?.numberFormat !== undefined && cell.numberFormat !== "General")
    style.numberFormat = cell.numberFormat;
  if (s.locked === false) style.locked = false;
  return style;
}

/** Rectangles of equal style: runs along each row, then equal runs of consecutive rows merged. */
function formatsOf(sheet: FakeSheet): RangeFormat[] {
  const keys = [...sheet.cells.keys()].map((k) => k.split(",").map(Number));
  if (keys.length === 0) return [];
  const rows = [...new Set(keys.map(([r]) => r))].sort((a, b) => a - b);
  type Run = { c1: number; c2: number; key: string; style: CellStyle };
  const runsByRow = new Map<number, Run[]>();
  for (const r of rows) {
    const cols = keys
      .filter(([kr]) => kr === r)
      .map(([, c]) => c)
      .sort((a, b) => a - b);
    const runs: Run[] = [];
    for (const c of cols) {
      const style = toStyle(getCell(sheet, r, c));
      const key = JSON.stringify(style);
      if (key === "{}") continue;
      const last = runs[runs.length - 1];
      if (last && last.c2 === c - 1 && last.key === key) last.c2 = c;
      else runs.push({ c1: c, c2: c, key, style });
    }
    runsByRow.set(r, runs);
  }
  type Open = Run & { r1: number; r2: number };
  const done: Open[] = [];
  let open: Open[] = [];
  for (const r of rows) {
    const next: Open[] = [];
    for (const run of runsByRow.get(r) ?? []) {
      const above = open.find(
        (o) => o.r2 === r - 1 && o.c1 === run.c1 && o.c2 === run.c2 && o.key === run.key
      );
      if (above) {
        above.r2 = r;
        next.push(above);
        open = open.filter((o) => o !== above);
      } else next.push({ ...run, r1: r, r2: r });
    }
    done.push(...open);
    open = next;
  }
  done.push(...open);
  return done
    .sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1)
    .map((o) => ({
      range: formatArea({
        row: o.r1,
        column: o.c1,
        rowCount: o.r2 - o.r1 + 1,
        columnCount: o.c2 - o.c1 + 1,
      }),
      style: o.style,
    }));
}

function dateBound(value: unknown): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "number") return serialToIso(value);
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  throw new Error(`gridToModel: unsupported date validation bound ${JSON.stringify(value)}`);
}

function numberBound(value: unknown): number | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n))
    throw new Error(`gridToModel: unsupported number validation bound ${JSON.stringify(value)}`);
  return n;
}

function bounds<T>(
  spec: Record<string, unknown>,
  convert: (v: unknown) => T | undefined
): { min?: T; max?: T } {
  const f1 = convert(spec.formula1);
  const f2 = convert(spec.formula2);
  switch (spec.operator) {
    case "Between":
      return { min: f1, max: f2 };
    case "GreaterThanOrEqualTo":
      return { min: f1 };
    case "LessThanOrEqualTo":
      return { max: f1 };
  }
  throw new Error(`gridToModel: unsupported validation operator ${String(spec.operator)}`);
}

function toValidation(v: FakeValidation): RangeValidation {
  const [kind, raw] = Object.entries(v.rule)[0] as [string, Record<string, unknown>];
  const messages: Record<string, unknown> = {};
  if (v.ignoreBlanks === false) messages.allowBlank = false;
  const alert = v.errorAlert as { style?: string; title?: string; message?: string } | undefined;
  if (alert) {
    if (alert.style) messages.errorStyle = alert.style.toLowerCase();
    if (alert.title) messages.errorTitle = alert.title;
    if (alert.message) messages.error = alert.message;
  }
  const prompt = v.prompt as { title?: string; message?: string } | undefined;
  if (prompt) {
    if (prompt.title) messages.promptTitle = prompt.title;
    if (prompt.message) messages.prompt = prompt.message;
  }
  let rule: ValidationRule;
  switch (kind) {
    case "list": {
      const source = String(raw.source);
      rule = source.startsWith("=")
        ? { type: "list", source: source.slice(1) }
        : { type: "list", values: source.split(",") };
      break;
    }
    case "date":
      rule = { type: "date", ...bounds(raw, dateBound) };
      break;
    case "decimal":
    case "wholeNumber":
      rule = { type: kind === "decimal" ? "decimal" : "whole", ...bounds(raw, numberBound) };
      break;
    case "custom":
      rule = { type: "custom", formula: String(raw.formula).replace(/^=/, "") };
      break;
    default:
      throw new Error(`gridToModel: validation type ${kind} has no model equivalent`);
  }
  return { range: v.address, rule: { ...rule, ...messages } as ValidationRule };
}

function toConditionalFormat(sheet: FakeSheet): ConditionalFormat[] {
  return sheet.conditionalFormats.map((cf) => {
    if (cf.type !== "Custom" || cf.formula === undefined) {
      throw new Error(
        `gridToModel: conditional format ${cf.address} of type ${cf.type} has no model equivalent`
      );
    }
    const out: ConditionalFormat = { range: cf.address, formula: cf.formula.replace(/^=/, "") };
    if (cf.fill !== undefined) out.fill = noHash(cf.fill);
    if (cf.fontColor !== undefined) out.fontColor = noHash(cf.fontColor);
    if (cf.fontBold) out.bold = true;
    return out;
  });
}

function toProtection(sheet: FakeSheet): SheetProtection | undefined {
  const p = sheet.protection;
  if (!p.protected) return undefined;
  const out: SheetProtection = {};
  if (p.password !== undefined) out.password = p.password;
  const keys = [
    "allowFormatColumns",
    "allowFormatRows",
    "allowInsertRows",
    "allowDeleteRows",
    "allowSort",
    "allowAutoFilter",
  ] as const;
  for (const key of keys) if (p.options?.[key] !== undefined) out[key] = Boolean(p.options[key]);
  return out;
}

export function sheetToModel(sheet: FakeSheet, options: GridToModelOptions = {}): SheetModel {
  const used = usedArea(sheet, true);
  const blocks: Block[] = used
    ? [
        {
          origin: `${columnLetters(used.column)}${used.row + 1}`,
          cells: rowsOf(used).map((r) =>
            colsOf(used).map((c) => toCell(sheet, getCell(sheet, r, c), r, c, options))
          ),
        },
      ]
    : [];
  const widthCount = sheet.columnWidths.size ? Math.max(...sheet.columnWidths.keys()) + 1 : 0;
  const model: SheetModel = {
    name: sheet.name,
    columnWidths: Array.from({ length: widthCount }, (_, c) =>
      columnPointsToChars(sheet.columnWidths.get(c) ?? 48, options.columnUnit)
    ),
    rowHeights: Object.fromEntries(
      [...sheet.rowHeights].sort(([a], [b]) => a - b).map(([r, h]) => [r + 1, h])
    ),
    blocks,
    formats: formatsOf(sheet),
    merges: sheet.merges.map(formatArea),
    validations: sheet.validations.map(toValidation),
    conditionalFormats: toConditionalFormat(sheet),
  };
  if (sheet.tabColor) model.tabColor = noHash(sheet.tabColor);
  if (sheet.visibility !== "Visible") model.hidden = true;
  if (sheet.hiddenColumns.size)
    model.hiddenColumns = [...sheet.hiddenColumns].sort((a, b) => a - b).map((c) => c + 1);
  if (sheet.frozenRows || sheet.frozenColumns)
    model.freeze = { rows: sheet.frozenRows, columns: sheet.frozenColumns };
  const protection = toProtection(sheet);
  if (protection) model.protection = protection;
  return model;
}

/** The whole grid as a WorkbookModel (sheets in tab order, defined names without `=`). */
export function gridToModel(grid: FakeGrid, options: GridToModelOptions = {}): WorkbookModel {
  return {
    title: options.title ?? "",
    sheets: grid.sheets.map((sheet) =>
      sheetToModel(sheet, {
        columnUnit: columnUnitOf(grid.standardWidth, grid.defaultColumnWidth),
        ...options,
      })
    ),
    definedNames: grid.names.map((n) => ({ name: n.name, ref: n.formula.replace(/^=/, "") })),
  };
}
