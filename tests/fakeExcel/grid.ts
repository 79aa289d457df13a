// The fake host's workbook state: a real in-memory grid that tests inspect directly.

import { formatArea, sheetPrefix, MAX_COLUMNS, MAX_ROWS, type Area } from "./address";

export type CellValue = string | number | boolean;

export interface CellStyle {
  fill?: string;
  fontBold?: boolean;
  fontItalic?: boolean;
  fontColor?: string;
  fontName?: string;
  fontSize?: number;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  /** Excel's default is locked (true) */
  locked?: boolean;
  /** border weight of each edge of the cell ("Thin", "Medium"…); absent = no border */
  borderTop?: string;
  borderBottom?: string;
  borderLeft?: string;
  borderRight?: string;
}

export interface FakeCell {
  /** constant value, or the cached result of `formula` when a test put one there */
  value?: CellValue;
  /** `=…` in English (what `range.formulas` carries) */
  formula?: string;
  numberFormat?: string;
  style: CellStyle;
}

export interface FakeValidation {
  area: Area;
  address: string;
  rule: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  ignoreBlanks?: boolean;
}

export interface FakeConditionalFormat {
  id: number;
  area: Area;
  address: string;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  fontBold?: boolean;
  stopIfTrue?: boolean;
}

export interface FakeProtection {
  protected: boolean;
  options?: Record<string, unknown>;
  password?: string;
}

export interface FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor: string;
  /** key `row,column` (0-based) */
  cells: Map<string, FakeCell>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  /** 0-based columns hidden with range.columnHidden */
  hiddenColumns: Set<number>;
  validations: FakeValidation[];
  /** in priority order: index 0 is the top priority (Excel's priorities are per sheet) */
  conditionalFormats: FakeConditionalFormat[];
  protection: FakeProtection;
  frozenRows: number;
  frozenColumns: number;
  merges: Area[];
  /** threaded comments (ExcelApi 1.10), one per cell */
  comments: FakeComment[];
  /** notes, the old-style comments (ExcelApi 1.18), one per cell */
  notes: FakeNote[];
}

export interface FakeReply {
  id: string;
  content: string;
  authorName: string;
  /** ISO date-time */
  creationDate: string;
}

export interface FakeComment extends FakeReply {
  row: number;
  column: number;
  resolved: boolean;
  replies: FakeReply[];
}

export interface FakeNote {
  row: number;
  column: number;
  content: string;
  authorName: string;
}

export interface FakeName {
  name: string;
  /** `=Sheet1!$A$1:$B$3` or a constant formula */
  formula: string;
  comment: string;
}

export interface FakeGrid {
  sheets: FakeSheet[];
  names: FakeName[];
  activeSheet: FakeSheet | null;
  selection: { sheet: FakeSheet; area: Area } | null;
  /** base64 payloads passed to Excel.createWorkbook */
  createdWorkbooks: string[];
  nextConditionalFormatId: number;
  /** Normal style's column unit: standard width in characters ↔ a default column in points */
  standardWidth: number;
  defaultColumnWidth: number;
}

export const DEFAULT_COLUMN_WIDTH = 48; // points (8.43 characters)
export const DEFAULT_ROW_HEIGHT = 15; // points

export function createGrid(): FakeGrid {
  return {
    sheets: [],
    names: [],
    activeSheet: null,
    selection: null,
    createdWorkbooks: [],
    nextConditionalFormatId: 1,
    standardWidth: 8.43,
    defaultColumnWidth: DEFAULT_COLUMN_WIDTH,
  };
}

export function newSheet(name: string): FakeSheet {
  return {
    name,
    visibility: "Visible",
    tabColor: "",
    cells: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenColumns: new Set(),
    validations: [],
    conditionalFormats: [],
    protection: { protected: false },
    frozenRows: 0,
    frozenColumns: 0,
    merges: [],
    comments: [],
    notes: [],
  };
}

export function addSheet(grid: FakeGrid, name: string): FakeSheet {
  const sheet = newSheet(name);
  grid.sheets.push(sheet);
  if (!grid.activeSheet) grid.activeSheet = sheet;
  return sheet;
}

export function cellKey(row: number, column: number): string {
  return `${row},${column}`;
}

export function getCell(sheet: FakeSheet, row: number, column: number): FakeCell | undefined {
  return sheet.cells.get(cellKey(row, column));
}

export function ensureCell(sheet: FakeSheet, row: number, column: number): FakeCell {
  const key = cellKey(row, column);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { style: {} };
    sheet.cells.set(key, cell);
  }
  return cell;
}

function hasContent(cell: FakeCell): boolean {
  return (cell.value !== undefined && cell.value !== "") || cell.formula !== undefined;
}

function hasAnything(cell: FakeCell): boolean {
  return hasContent(cell) || cell.numberFormat !== undefined || Object.keys(cell.style).length > 0;
}

/** Bounding box of the cells with content (valuesOnly) or with content or formatting; null if none. */
export function usedArea(sheet: FakeSheet, valuesOnly: boolean): Area | null {
  let top = MAX_ROWS,
    left = MAX_COLUMNS,
    bottom = -1,
    right = -1;
  for (const [key, cell] of sheet.cells) {
    if (!(valuesOnly ? hasContent(cell) : hasAnything(cell))) continue;
    const [r, c] = key.split(",").map(Number);
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  if (bottom < 0) return null;
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

/** Seeds a sheet with values from its top-left cell (tests' convenience; `=…` strings become formulas). */
export function seedValues(
  sheet: FakeSheet,
  values: readonly (readonly (CellValue | null)[])[],
  at = { row: 0, column: 0 }
): void {
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === "") return;
      const cell = ensureCell(sheet, at.row + r, at.column + c);
      if (typeof value === "string" && value.startsWith("=")) cell.formula = value;
      else cell.value = value;
    })
  );
}

/** The sheet's values as a 2-D array over its used range (`""` for empty cells); [] when empty. */
export function sheetValues(sheet: FakeSheet): CellValue[][] {
  const area = usedArea(sheet, true);
  if (!area) return [];
  return rowsOf(area).map((r) => colsOf(area).map((c) => getCell(sheet, r, c)?.value ?? ""));
}

export function rowsOf(area: Area): number[] {
  return Array.from({ length: area.rowCount }, (_, i) => area.row + i);
}

export function colsOf(area: Area): number[] {
  return Array.from({ length: area.columnCount }, (_, i) => area.column + i);
}

export function describeArea(sheet: FakeSheet, area: Area): string {
  return `${sheet.name}!${formatArea(area)}`;
}

/**
 * What Excel does to formulas that refer to a sheet (cells of every sheet and defined names):
 * renaming the sheet rewrites `'旧名'!A1` to `'新名'!A1`; deleting it leaves `#REF!A1`, and the
 * formula's value becomes #REF! — "The #REF! error shows when a formula refers to a cell that's
 * not valid. This happens most often when cells that were referenced by formulas get deleted".
 * https://support.microsoft.com/en-us/office/how-to-correct-a-ref-error-822c8e46-e610-4d02-bf6f-7a2ff01c6fe5
 * `to` null: the sheet was deleted.
 */
export function retargetReferences(grid: FakeGrid, from: string, to: string | null): void {
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const quoted = from.replace(/'/g, "''").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // `'name'!` anywhere, or a bare `name!` not preceded by a name character
  const pattern = new RegExp(`'${quoted}'!|(?<![\\w.\\u4e00-\\u9fff'])${escaped}!`, "gi");
  const replacement = to === null ? "#REF!" : sheetPrefix(to);
  const rewrite = (formula: string) => formula.replace(pattern, replacement);
  for (const sheet of grid.sheets) {
    for (const cell of sheet.cells.values()) {
      if (!cell.formula) continue;
      const next = rewrite(cell.formula);
      if (next === cell.formula) continue;
      cell.formula = next;
      if (to === null) cell.value = "#REF!";
    }
  }
  for (const name of grid.names) name.formula = rewrite(name.formula);
}
