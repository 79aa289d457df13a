// Range and its format, validation and conditional-format objects over the fake grid.

import {
  contains,
  formatArea,
  intersects,
  MAX_COLUMNS,
  MAX_ROWS,
  sheetPrefix,
  type Area,
} from "./address";
import { ClientObject, type RequestContext } from "./base";
import { FakeOfficeError, propertyNotLoaded } from "./errors";
import {
  colsOf,
  ensureCell,
  getCell,
  rowsOf,
  DEFAULT_ROW_HEIGHT,
  type CellStyle,
  type CellValue,
  type FakeCell,
  type FakeConditionalFormat,
  type FakeGrid,
  type FakeSheet,
} from "./grid";

export interface Located {
  sheet: FakeSheet;
  area: Area;
}
export type Locator = () => Located | null;

/** Cell-by-cell work on whole rows/columns would mean a million cells: the fake refuses it. */
const MAX_CELLS = 2_000_000;

function cellsOf(area: Area): Array<[number, number]> {
  if (area.rowCount * area.columnCount > MAX_CELLS) {
    throw new Error(`fake Excel: ${formatArea(area)} has too many cells for cell-by-cell work`);
  }
  const out: Array<[number, number]> = [];
  for (const r of rowsOf(area)) for (const c of colsOf(area)) out.push([r, c]);
  return out;
}

function isLocked(cell: FakeCell | undefined): boolean {
  return cell?.style.locked !== false;
}

/**
 * A protected sheet refuses changes to locked cells (and formats unless allowed):
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotection
 * https://support.microsoft.com/en-us/office/lock-or-unlock-specific-areas-of-a-protected-worksheet-75481b72-db8a-4267-8c43-042a5f2cd93a
 */
function protectedError(sheet: FakeSheet): FakeOfficeError {
  return new FakeOfficeError(
    "AccessDenied",
    `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`
  );
}

/** Refuses writes a protected sheet would refuse: content of locked cells, formats unless allowed. */
export function assertWritable(
  sheet: FakeSheet,
  area: Area,
  what: "content" | "format" | "columns" | "rows"
): void {
  const p = sheet.protection;
  if (!p.protected) return;
  const allow = (key: string) => Boolean(p.options && p.options[key]);
  if (what === "format" && allow("allowFormatCells")) return;
  if (what === "columns" && allow("allowFormatColumns")) return;
  if (what === "rows" && allow("allowFormatRows")) return;
  if (what !== "content") throw protectedError(sheet);
  for (const [r, c] of cellsOf(area))
    if (isLocked(getCell(sheet, r, c))) throw protectedError(sheet);
}

/** Expands a scalar or checks a 2-D array against the area, as the Excel API does. */
function shaped<T>(input: unknown, area: Area, what: string): (r: number, c: number) => T | null {
  if (!Array.isArray(input)) return () => input as T;
  const rows = input as unknown[];
  const ok =
    rows.length === area.rowCount &&
    rows.every((row) => Array.isArray(row) && row.length === area.columnCount);
  if (!ok) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`
    );
  }
  return (r, c) => (rows[r - area.row] as unknown[])[c - area.column] as T | null;
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Enters a value the way Excel does: `=…` is a formula, numeric text a number, `'…` text. */
export function enterValue(cell: FakeCell, value: unknown): void {
  if (value === null || value === undefined) return; // null leaves the cell unchanged
  delete cell.formula;
  if (value === "") {
    delete cell.value;
  } else if (typeof value === "string") {
    if (value.startsWith("'")) cell.value = value.slice(1);
    else if (value.startsWith("=") && value.length > 1) {
      cell.formula = value;
      delete cell.value;
    } else if (NUMERIC.test(value.trim())) cell.value = Number(value);
    else cell.value = value;
  } else if (typeof value === "number" || typeof value === "boolean") {
    if (typeof value === "number" && !Number.isFinite(value)) {
      throw new FakeOfficeError("InvalidArgument", `Invalid number ${value}`);
    }
    cell.value = value;
  } else {
    throw new FakeOfficeError("InvalidArgument", `Unsupported cell value ${JSON.stringify(value)}`);
  }
}

function valueType(cell: FakeCell | undefined): string {
  const v = cell?.value;
  if (v === undefined || v === "") return cell?.formula ? "String" : "Empty";
  return typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
}

/** All cells' values equal → that value; otherwise null (Excel's answer for mixed formats). */
function uniform<T>(values: T[]): T | null {
  return values.every((v) => v === values[0]) ? (values[0] ?? null) : null;
}

function checkColor(value: unknown): string {
  if (typeof value !== "string" || !/^(#[0-9a-f]{6}|[a-z]+)$/i.test(value)) {
    throw new FakeOfficeError("InvalidArgument", `Invalid color ${String(value)}`);
  }
  return value.startsWith("#") ? value.toUpperCase() : value;
}

abstract class RangePart extends ClientObject {
  constructor(
    context: RequestContext,
    path: string,
    protected readonly _locate: Locator
  ) {
    super(context, path);
  }
  /** Where the object points now (for other fake objects, e.g. names.add). */
  _located(): Located | null {
    return this._locate();
  }
  protected _where(): Located {
    const where = this._locate();
    if (!where)
      throw new FakeOfficeError(
        "ItemNotFound",
        `The requested resource doesn't exist (${this._path}).`
      );
    return where;
  }
  protected override _exists(): boolean {
    return this._locate() !== null;
  }
  protected _unknown(name: string): never {
    throw new FakeOfficeError("InvalidArgument", `Unknown property '${name}' of ${this._path}.`);
  }
  /** Reads one style key over the area (null when the cells differ). */
  protected _style<K extends keyof CellStyle>(key: K, fallback: CellStyle[K]): CellStyle[K] | null {
    const { sheet, area } = this._where();
    return uniform(cellsOf(area).map(([r, c]) => getCell(sheet, r, c)?.style[key] ?? fallback));
  }
  /** Queues a style write to every cell of the area. */
  protected _setStyle<K extends keyof CellStyle>(prop: string, key: K, value: CellStyle[K]): void {
    this._set(prop, value, () => {
      const { sheet, area } = this._where();
      assertWritable(sheet, area, "format");
      for (const [r, c] of cellsOf(area)) ensureCell(sheet, r, c).style[key] = value;
    });
  }
}

export class RangeFill extends RangePart {
  protected _scalarProps() {
    return ["color"];
  }
  protected _readProp(name: string) {
    if (name === "color") return this._style("fill", "#FFFFFF");
    return this._unknown(name);
  }
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._setStyle("color", "fill", checkColor(value));
  }
  clear(): void {
    this._call("clear", [], () => {
      const { sheet, area } = this._where();
      assertWritable(sheet, area, "format");
      for (const [r, c] of cellsOf(area)) delete getCell(sheet, r, c)?.style.fill;
    });
  }
}

export class RangeFont extends RangePart {
  protected _scalarProps() {
    return ["bold", "italic", "color", "name", "size"];
  }
  protected _readProp(name: string) {
    switch (name) {
      case "bold":
        return this._style("fontBold", false);
      case "italic":
        return this._style("fontItalic", false);
      case "color":
        return this._style("fontColor", "#000000");
      case "name":
        return this._style("fontName", "Calibri");
      case "size":
        return this._style("fontSize", 11);
    }
    return this._unknown(name);
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(value: boolean) {
    this._setStyle("bold", "fontBold", Boolean(value));
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(value: boolean) {
    this._setStyle("italic", "fontItalic", Boolean(value));
  }
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._setStyle("color", "fontColor", checkColor(value));
  }
  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._setStyle("name", "fontName", value);
  }
  get size(): number {
    return this._get("size");
  }
  set size(value: number) {
    if (!(value > 0 && value <= 409))
      throw new FakeOfficeError("InvalidArgument", `Invalid font size ${value}`);
    this._setStyle("size", "fontSize", value);
  }
}

export class FormatProtection extends RangePart {
  protected _scalarProps() {
    return ["locked"];
  }
  protected _readProp(name: string) {
    if (name === "locked") return this._style("locked", true);
    return this._unknown(name);
  }
  get locked(): boolean {
    return this._get("locked");
  }
  set locked(value: boolean) {
    this._setStyle("locked", "locked", Boolean(value));
  }
}

type Side = "borderTop" | "borderBottom" | "borderLeft" | "borderRight";

/** The cell edges an Excel border index stands for over an area. */
function edgesOf(index: string, area: Area): Array<[number, number, Side]> {
  const rows = rowsOf(area);
  const cols = colsOf(area);
  const last = { row: area.row + area.rowCount - 1, column: area.column + area.columnCount - 1 };
  const out: Array<[number, number, Side]> = [];
  switch (index) {
    case "EdgeTop":
      for (const c of cols) out.push([area.row, c, "borderTop"]);
      break;
    case "EdgeBottom":
      for (const c of cols) out.push([last.row, c, "borderBottom"]);
      break;
    case "EdgeLeft":
      for (const r of rows) out.push([r, area.column, "borderLeft"]);
      break;
    case "EdgeRight":
      for (const r of rows) out.push([r, last.column, "borderRight"]);
      break;
    case "InsideHorizontal":
      for (const r of rows)
        for (const c of cols) {
          if (r < last.row) out.push([r, c, "borderBottom"]);
          if (r > area.row) out.push([r, c, "borderTop"]);
        }
      break;
    case "InsideVertical":
      for (const r of rows)
        for (const c of cols) {
          if (c < last.column) out.push([r, c, "borderRight"]);
          if (c > area.column) out.push([r, c, "borderLeft"]);
        }
      break;
    default:
      throw new FakeOfficeError("InvalidArgument", `Unsupported border index ${index}`);
  }
  return out;
}

export class RangeBorder extends RangePart {
  constructor(
    context: RequestContext,
    path: string,
    locate: Locator,
    private readonly _index: string
  ) {
    super(context, path, locate);
  }
  protected _scalarProps() {
    return ["style", "weight"];
  }
  protected _readProp(name: string) {
    const { sheet, area } = this._where();
    cellsOf(area);
    const weights = edgesOf(this._index, area).map(
      ([r, c, side]) => getCell(sheet, r, c)?.style[side] ?? null
    );
    const weight = uniform(weights);
    if (name === "style")
      return weights.every((w) => w === null) ? "None" : weight ? "Continuous" : null;
    if (name === "weight") return weight ?? (weights.every((w) => w === null) ? "Thin" : null);
    return this._unknown(name);
  }
  private _apply(
    prop: string,
    value: string,
    weightOf: (existing: string | undefined) => string | undefined
  ): void {
    this._set(prop, value, () => {
      const { sheet, area } = this._where();
      assertWritable(sheet, area, "format");
      for (const [r, c, side] of edgesOf(this._index, area)) {
        const cell = ensureCell(sheet, r, c);
        const weight = weightOf(cell.style[side]);
        if (weight === undefined) delete cell.style[side];
        else cell.style[side] = weight;
      }
    });
  }
  get style(): string {
    return this._get("style");
  }
  set style(value: string) {
    this._apply("style", value, (existing) =>
      value === "None" ? undefined : (existing ?? "Thin")
    );
  }
  get weight(): string {
    return this._get("weight");
  }
  set weight(value: string) {
    if (!["Hairline", "Thin", "Medium", "Thick"].includes(value)) {
      throw new FakeOfficeError("InvalidArgument", `Invalid border weight ${value}`);
    }
    this._apply("weight", value, () => value);
  }
  set color(value: string) {
    checkColor(value);
    this._set("color", value, () => void this._where());
  }
}

export class RangeBorderCollection extends RangePart {
  protected _scalarProps() {
    return [];
  }
  protected _readProp(name: string) {
    return this._unknown(name);
  }
  getItem(index: string): RangeBorder {
    return new RangeBorder(this.context, `${this._path}/getItem(${index})`, this._locate, index);
  }
}

export class RangeFormat extends RangePart {
  readonly borders = new RangeBorderCollection(this.context, `${this._path}/borders`, this._locate);
  readonly fill = new RangeFill(this.context, `${this._path}/fill`, this._locate);
  readonly font = new RangeFont(this.context, `${this._path}/font`, this._locate);
  readonly protection = new FormatProtection(
    this.context,
    `${this._path}/protection`,
    this._locate
  );

  protected _scalarProps() {
    return ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment"];
  }
  protected override _child(name: string) {
    return name === "fill"
      ? this.fill
      : name === "font"
        ? this.font
        : name === "protection"
          ? this.protection
          : undefined;
  }
  protected _readProp(name: string) {
    const { sheet, area } = this._where();
    switch (name) {
      case "columnWidth":
        return uniform(
          colsOf(area).map(
            (c) => sheet.columnWidths.get(c) ?? this.context._host.grid.defaultColumnWidth
          )
        );
      case "rowHeight":
        return uniform(rowsOf(area).map((r) => sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT));
      case "wrapText":
        return this._style("wrapText", false);
      case "horizontalAlignment":
        return this._style("horizontalAlignment", "General");
      case "verticalAlignment":
        return this._style("verticalAlignment", "Bottom");
    }
    return this._unknown(name);
  }
  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(value: number) {
    this._set("columnWidth", value, () => {
      const { sheet, area } = this._where();
      assertWritable(sheet, area, "columns");
      for (const c of colsOf(area)) sheet.columnWidths.set(c, value);
    });
  }
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(value: number) {
    this._set("rowHeight", value, () => {
      const { sheet, area } = this._where();
      assertWritable(sheet, area, "rows");
      if (area.rowCount > MAX_CELLS) throw new Error("fake Excel: too many rows");
      for (const r of rowsOf(area)) sheet.rowHeights.set(r, value);
    });
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(value: boolean) {
    this._setStyle("wrapText", "wrapText", Boolean(value));
  }
  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this._setStyle("horizontalAlignment", "horizontalAlignment", value);
  }
  get verticalAlignment(): string {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this._setStyle("verticalAlignment", "verticalAlignment", value);
  }
  autofitColumns(): void {
    this._call("autofitColumns", [], () => void this._where());
  }
  autofitRows(): void {
    this._call("autofitRows", [], () => void this._where());
  }
}

const RULE_TYPES: Record<string, string> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

/** Validations fully inside the area are replaced/cleared; a partial overlap is not emulated. */
function takeValidations(sheet: FakeSheet, area: Area): void {
  for (const v of sheet.validations) {
    if (intersects(v.area, area) && !contains(area, v.area)) {
      throw new Error(
        `fake Excel: validation ${v.address} partly overlaps ${formatArea(area)} (not emulated)`
      );
    }
  }
  sheet.validations = sheet.validations.filter((v) => !contains(area, v.area));
}

export class DataValidation extends RangePart {
  protected _scalarProps() {
    return ["type", "rule", "ignoreBlanks", "errorAlert", "prompt"];
  }
  private _exact() {
    const { sheet, area } = this._where();
    const hits = sheet.validations.filter((v) => intersects(v.area, area));
    if (hits.length === 0) return { kind: "none" as const };
    if (hits.length === 1 && contains(hits[0].area, area))
      return { kind: "one" as const, v: hits[0] };
    return { kind: "mixed" as const };
  }
  protected _readProp(name: string) {
    const found = this._exact();
    const v = found.kind === "one" ? found.v : undefined;
    switch (name) {
      case "type": {
        if (found.kind === "none") return "None";
        if (!v) return "Inconsistent";
        return RULE_TYPES[Object.keys(v.rule)[0]] ?? "Inconsistent";
      }
      case "rule":
        return v ? v.rule : found.kind === "none" ? {} : null;
      case "ignoreBlanks":
        return v ? (v.ignoreBlanks ?? true) : true;
      case "errorAlert":
        return v?.errorAlert ?? null;
      case "prompt":
        return v?.prompt ?? null;
    }
    return this._unknown(name);
  }
  get type(): string {
    return this._get("type");
  }
  get rule(): Record<string, unknown> {
    return this._get("rule");
  }
  set rule(rule: Record<string, unknown>) {
    this.context._requireApi("1.8", "dataValidation");
    const keys = Object.keys(rule ?? {}).filter(
      (k) => (rule as Record<string, unknown>)[k] !== undefined
    );
    if (keys.length !== 1 || !(keys[0] in RULE_TYPES)) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `A data validation rule needs exactly one type, got ${keys.join(",")}`
      );
    }
    const list = (rule as { list?: { source?: unknown } }).list;
    if (list) {
      const source = list.source;
      if (typeof source !== "string" || source === "")
        throw new FakeOfficeError("InvalidArgument", "list.source is required");
      // Excel keeps at most 255 characters in an inline list.
      if (!source.startsWith("=") && source.length > 255) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `Inline list source longer than 255 characters (${source.length})`
        );
      }
    }
    const copy = JSON.parse(JSON.stringify(rule)) as Record<string, unknown>;
    this._set("rule", copy, () => {
      const { sheet, area } = this._where();
      assertWritable(sheet, area, "format");
      takeValidations(sheet, area);
      sheet.validations.push({ area, address: formatArea(area), rule: copy });
    });
  }
  private _setOnRule(prop: "errorAlert" | "prompt" | "ignoreBlanks", value: unknown): void {
    this._set(prop, value, () => {
      const found = this._exact();
      if (found.kind !== "one")
        throw new Error(`fake Excel: set dataValidation.rule before ${prop}`);
      (found.v as unknown as Record<string, unknown>)[prop] = value;
    });
  }
  get errorAlert(): Record<string, unknown> {
    return this._get("errorAlert");
  }
  set errorAlert(value: Record<string, unknown>) {
    this._setOnRule("errorAlert", value);
  }
  get prompt(): Record<string, unknown> {
    return this._get("prompt");
  }
  set prompt(value: Record<string, unknown>) {
    this._setOnRule("prompt", value);
  }
  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this._setOnRule("ignoreBlanks", value);
  }
  clear(): void {
    this.context._requireApi("1.8", "dataValidation");
    this._call("clear", [], () => {
      const { sheet, area } = this._where();
      assertWritable(sheet, area, "format");
      takeValidations(sheet, area);
    });
  }
}

type CfLocator = () => FakeConditionalFormat;

class CfPart extends ClientObject {
  constructor(
    context: RequestContext,
    path: string,
    protected readonly _cf: CfLocator,
    private readonly _props: Record<string, keyof FakeConditionalFormat>
  ) {
    super(context, path);
  }
  protected _scalarProps() {
    return Object.keys(this._props);
  }
  protected _readProp(name: string) {
    const key = this._props[name];
    if (!key)
      throw new FakeOfficeError("InvalidArgument", `Unknown property '${name}' of ${this._path}.`);
    if (name === "priority") {
      const cf = this._cf();
      const sheet = this.context._host.grid.sheets.find((s) => s.conditionalFormats.includes(cf));
      return sheet ? sheet.conditionalFormats.indexOf(cf) : null;
    }
    return this._cf()[key] ?? null;
  }
  protected _write(name: string, value: unknown): void {
    const key = this._props[name];
    this._set(name, value, () => {
      (this._cf() as unknown as Record<string, unknown>)[key] = value;
    });
  }
}

export class ConditionalFill extends CfPart {
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._write("color", checkColor(value));
  }
  clear(): void {
    this._call("clear", [], () => void delete this._cf().fill);
  }
}

export class ConditionalFont extends CfPart {
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._write("color", checkColor(value));
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(value: boolean) {
    this._write("bold", Boolean(value));
  }
}

export class ConditionalRangeFormat extends CfPart {
  readonly fill = new ConditionalFill(this.context, `${this._path}/fill`, this._cf, {
    color: "fill",
  });
  readonly font = new ConditionalFont(this.context, `${this._path}/font`, this._cf, {
    color: "fontColor",
    bold: "fontBold",
  });
  protected override _child(name: string) {
    return name === "fill" ? this.fill : name === "font" ? this.font : undefined;
  }
}

export class ConditionalFormatRule extends CfPart {
  get formula(): string {
    return this._get("formula");
  }
  set formula(value: string) {
    if (typeof value !== "string" || !value.startsWith("=")) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `A custom rule formula must start with '=': ${String(value)}`
      );
    }
    this._write("formula", value);
  }
}

export class CustomConditionalFormat extends CfPart {
  readonly rule = new ConditionalFormatRule(this.context, `${this._path}/rule`, this._cf, {
    formula: "formula",
  });
  readonly format = new ConditionalRangeFormat(this.context, `${this._path}/format`, this._cf, {});
  protected override _child(name: string) {
    return name === "rule" ? this.rule : name === "format" ? this.format : undefined;
  }
}

export class ConditionalFormat extends CfPart {
  readonly custom = new CustomConditionalFormat(this.context, `${this._path}/custom`, this._cf, {});
  protected override _child(name: string) {
    return name === "custom" ? this.custom : undefined;
  }
  get type(): string {
    return this._get("type");
  }
  get stopIfTrue(): boolean {
    return this._get("stopIfTrue");
  }
  /** The index in the sheet's priority order (0 = top); setting it moves the format there. */
  get priority(): number {
    return this._get("priority");
  }
  set priority(value: number) {
    this.context._requireApi("1.6", "conditionalFormat.priority");
    this._set("priority", value, () => {
      const cf = this._cf();
      const sheet = this.context._host.grid.sheets.find((s) => s.conditionalFormats.includes(cf));
      if (!sheet) throw new FakeOfficeError("ItemNotFound", "The conditional format is gone.");
      const list = sheet.conditionalFormats.filter((x) => x !== cf);
      const n = list.length;
      // negative counts from the back; out-of-bounds values clamp (the documented behaviour)
      const at = value < 0 ? Math.max(0, n + 1 + value) : Math.min(n, value);
      list.splice(at, 0, cf);
      sheet.conditionalFormats = list;
    });
  }
  set stopIfTrue(value: boolean) {
    this._write("stopIfTrue", Boolean(value));
  }
  delete(): void {
    this._call("delete", [], () => {
      const cf = this._cf();
      for (const sheet of this.context._host.grid.sheets) {
        sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
      }
    });
  }
}

export class ConditionalFormatCollection extends RangePart {
  protected _scalarProps() {
    return [];
  }
  protected _readProp(name: string) {
    return this._unknown(name);
  }
  /**
   * "Adds a new conditional format to the collection at the first/top priority": adding rules in
   * order leaves them in reverse order.
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1)
   */
  add(type: string): ConditionalFormat {
    this.context._requireApi("1.6", "conditionalFormats");
    let entry: FakeConditionalFormat | null = null;
    const locate: CfLocator = () => {
      if (!entry)
        throw new FakeOfficeError("InvalidObjectPath", "The conditional format was never created.");
      return entry;
    };
    const cf = new ConditionalFormat(this.context, `${this._path}/add(${type})`, locate, {
      type: "type",
      stopIfTrue: "stopIfTrue",
      priority: "priority" as keyof FakeConditionalFormat,
    });
    this._call("add", [type], () => {
      const { sheet, area } = this._where();
      assertWritable(sheet, area, "format");
      entry = {
        id: this.context._host.grid.nextConditionalFormatId++,
        area,
        address: formatArea(area),
        type,
      };
      sheet.conditionalFormats.unshift(entry);
    });
    return cf;
  }
  clearAll(): void {
    this.context._requireApi("1.6", "conditionalFormats");
    this._call("clearAll", [], () => {
      const { sheet, area } = this._where();
      assertWritable(sheet, area, "format");
      for (const cf of sheet.conditionalFormats) {
        if (intersects(cf.area, area) && !contains(area, cf.area)) {
          throw new Error(
            `fake Excel: conditional format ${cf.address} partly overlaps ${formatArea(area)} (not emulated)`
          );
        }
      }
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !contains(area, cf.area));
    });
  }
}

export class Range extends RangePart {
  readonly format = new RangeFormat(this.context, `${this._path}/format`, this._locate);
  readonly dataValidation = new DataValidation(
    this.context,
    `${this._path}/dataValidation`,
    this._locate
  );
  readonly conditionalFormats = new ConditionalFormatCollection(
    this.context,
    `${this._path}/conditionalFormats`,
    this._locate
  );

  protected _scalarProps() {
    return [
      "address",
      "rowCount",
      "columnCount",
      "rowIndex",
      "columnIndex",
      "cellCount",
      "values",
      "formulas",
      "numberFormat",
      "valueTypes",
      "text",
      "columnHidden",
    ];
  }
  protected override _child(name: string) {
    if (name === "format") return this.format;
    if (name === "dataValidation") return this.dataValidation;
    return undefined;
  }
  protected _readProp(name: string): unknown {
    const { sheet, area } = this._where();
    const grid2 = <T>(f: (cell: FakeCell | undefined) => T): T[][] =>
      rowsOf(area).map((r) => colsOf(area).map((c) => f(getCell(sheet, r, c))));
    switch (name) {
      case "address":
      case "addressLocal":
        return `${sheetPrefix(sheet.name)}${formatArea(area)}`;
      case "rowCount":
        return area.rowCount;
      case "columnCount":
        return area.columnCount;
      case "rowIndex":
        return area.row;
      case "columnIndex":
        return area.column;
      case "cellCount":
        return area.rowCount * area.columnCount;
      case "columnHidden":
        return uniform(colsOf(area).map((c) => sheet.hiddenColumns.has(c)));
    }
    cellsOf(area); // refuse whole-sheet reads of cell data
    switch (name) {
      case "values":
        return grid2<CellValue>((cell) => cell?.value ?? "");
      case "text":
        return grid2<string>((cell) => (cell?.value === undefined ? "" : String(cell.value)));
      case "formulas":
        return grid2<CellValue>((cell) => cell?.formula ?? cell?.value ?? "");
      case "numberFormat":
        return grid2<string>((cell) => cell?.numberFormat ?? "General");
      case "valueTypes":
        return grid2<string>(valueType);
    }
    return this._unknown(name);
  }

  get address(): string {
    return this._get("address");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }

  /** ExcelApi 1.2: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member */
  get columnHidden(): boolean {
    return this._get("columnHidden");
  }
  set columnHidden(value: boolean) {
    this._set("columnHidden", value, () => {
      const { sheet, area } = this._where();
      assertWritable(sheet, area, "columns");
      for (const c of colsOf(area))
        if (value) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
    });
  }

  get values(): CellValue[][] {
    return this._get("values");
  }
  set values(input: (CellValue | null)[][] | CellValue) {
    this._writeCells("values", input, (cell, v) => enterValue(cell, v));
  }
  get formulas(): CellValue[][] {
    return this._get("formulas");
  }
  set formulas(input: (CellValue | null)[][] | CellValue) {
    this._writeCells("formulas", input, (cell, v) => enterValue(cell, v));
  }
  /** The spec forbids formulasLocal (locale-dependent): the fake makes that a hard error. */
  set formulasLocal(_input: unknown) {
    throw new Error("fake Excel: use range.formulas (English), never formulasLocal (SPEC §6)");
  }
  get numberFormat(): string[][] {
    return this._get("numberFormat");
  }
  set numberFormat(input: (string | null)[][] | string) {
    this._writeCells(
      "numberFormat",
      input,
      (cell, v) => {
        if (v === null || v === undefined) return;
        if (typeof v !== "string")
          throw new FakeOfficeError("InvalidArgument", `Invalid number format ${String(v)}`);
        cell.numberFormat = v;
      },
      "format"
    );
  }

  private _writeCells(
    prop: string,
    input: unknown,
    write: (cell: FakeCell, value: unknown) => void,
    what: "content" | "format" = "content"
  ): void {
    this._set(prop, input, () => {
      const { sheet, area } = this._where();
      const at = shaped<unknown>(input, area, prop);
      assertWritable(sheet, area, what);
      for (const [r, c] of cellsOf(area)) {
        const value = at(r, c);
        if (value === null || value === undefined) continue;
        write(ensureCell(sheet, r, c), value);
      }
    });
  }

  merge(across = false): void {
    this._call("merge", [across], () => {
      const { sheet, area } = this._where();
      assertWritable(sheet, area, "format");
      const parts = across ? rowsOf(area).map((row) => ({ ...area, row, rowCount: 1 })) : [area];
      for (const part of parts) {
        if (part.rowCount * part.columnCount < 2) continue;
        if (sheet.merges.some((m) => intersects(m, part))) {
          throw new FakeOfficeError(
            "InvalidOperation",
            `${formatArea(part)} overlaps a merged range`
          );
        }
        sheet.merges.push(part);
      }
    });
  }

  /**
   * The merged areas that touch this range (ExcelApi 1.13), a null object when there are none.
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
   */
  getMergedAreasOrNullObject(): RangeAreas {
    this.context._requireApi("1.13", "getMergedAreasOrNullObject");
    return new RangeAreas(this.context, `${this._path}/getMergedAreasOrNullObject()`, () => {
      const where = this._locate();
      if (!where) return null;
      const areas = where.sheet.merges.filter((m) => intersects(m, where.area));
      return areas.length ? { sheet: where.sheet, areas } : null;
    })._markNullable();
  }

  /**
   * The cells' formats in bulk (ExcelApi 1.9): a ClientResult whose value (after the sync) is a
   * 2-D array of CellProperties with only the asked-for fields. The fake knows format/fill/color
   * and format/font/color, bold, italic, name, size; anything else is refused so a test never
   * relies on a field the fake would invent. The values travel in the response (its 5 MB limit).
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getcellproperties-member(1)
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.cellpropertiesloadoptions
   */
  getCellProperties(options: CellPropertiesOptions): ClientResult<CellProps[][] | null> {
    this.context._requireApi("1.9", "getCellProperties");
    const known: Record<string, string[]> = {
      fill: ["color"],
      font: ["color", "bold", "italic", "name", "size"],
    };
    for (const [key, asked] of Object.entries(options ?? {})) {
      if (key !== "format") throw new Error(`fake Excel: getCellProperties ${key} not implemented`);
      for (const [part, fields] of Object.entries(asked ?? {})) {
        for (const field of Object.keys(fields ?? {}))
          if (!known[part]?.includes(field))
            throw new Error(
              `fake Excel: getCellProperties format/${part}/${field} not implemented`
            );
      }
    }
    const result = new ClientResult<CellProps[][] | null>();
    this.context._queue({
      wire: [this._path, "getCellProperties", options],
      run: () => {
        // on a null object (a used range of an empty sheet) the chain yields nothing, as loads do
        const where = this._locate();
        const value = where ? cellProperties(where, options) : null;
        return { response: value, commit: () => result._set(value) };
      },
    });
    return result;
  }

  /**
   * The columns' widths in bulk (ExcelApi 1.9): one entry per column of the range with only the
   * asked-for fields; the fake knows format/columnWidth (points) and columnIndex.
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getcolumnproperties-member(1)
   */
  getColumnProperties(options: {
    format?: { columnWidth?: boolean };
    columnIndex?: boolean;
  }): ClientResult<{ columnIndex?: number; format?: { columnWidth?: number } }[] | null> {
    this.context._requireApi("1.9", "getColumnProperties");
    for (const key of Object.keys(options ?? {}))
      if (key !== "format" && key !== "columnIndex")
        throw new Error(`fake Excel: getColumnProperties ${key} not implemented`);
    for (const key of Object.keys(options?.format ?? {}))
      if (key !== "columnWidth")
        throw new Error(`fake Excel: getColumnProperties format/${key} not implemented`);
    const result = new ClientResult<
      { columnIndex?: number; format?: { columnWidth?: number } }[] | null
    >();
    this.context._queue({
      wire: [this._path, "getColumnProperties", options],
      run: () => {
        const where = this._locate();
        const value = where
          ? colsOf(where.area).map((c) => ({
              ...(options.columnIndex ? { columnIndex: c } : {}),
              ...(options.format?.columnWidth
                ? {
                    format: {
                      columnWidth:
                        where.sheet.columnWidths.get(c) ??
                        this.context._host.grid.defaultColumnWidth,
                    },
                  }
                : {}),
            }))
          : null;
        return { response: value, commit: () => result._set(value) };
      },
    });
    return result;
  }

  unmerge(): void {
    this._call("unmerge", [], () => {
      const { sheet, area } = this._where();
      assertWritable(sheet, area, "format");
      sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
    });
  }

  select(): void {
    this._call("select", [], () => {
      const where = this._where();
      const grid: FakeGrid = this.context._host.grid;
      grid.activeSheet = where.sheet;
      grid.selection = { sheet: where.sheet, area: where.area };
    });
  }

  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this._call("clear", [applyTo], () => {
      const { sheet, area } = this._where();
      assertWritable(sheet, area, applyTo === "Contents" ? "content" : "format");
      for (const [r, c] of cellsOf(area)) {
        const cell = getCell(sheet, r, c);
        if (!cell) continue;
        if (applyTo !== "Formats") {
          delete cell.value;
          delete cell.formula;
        }
        if (applyTo !== "Contents") {
          delete cell.numberFormat;
          const locked = cell.style.locked;
          cell.style = locked === undefined ? {} : { locked };
        }
      }
    });
  }

  private _derived(label: string, f: (area: Area) => Area): Range {
    return new Range(this.context, `${this._path}/${label}`, () => {
      const where = this._locate();
      if (!where) return null;
      const area = f(where.area);
      if (
        area.row < 0 ||
        area.column < 0 ||
        area.rowCount < 1 ||
        area.columnCount < 1 ||
        area.row + area.rowCount > MAX_ROWS ||
        area.column + area.columnCount > MAX_COLUMNS
      ) {
        throw new FakeOfficeError("InvalidArgument", `${label} is outside the sheet`);
      }
      return { sheet: where.sheet, area };
    });
  }

  getCell(row: number, column: number): Range {
    return this._derived(`getCell(${row},${column})`, (a) => ({
      row: a.row + row,
      column: a.column + column,
      rowCount: 1,
      columnCount: 1,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this._derived(`getOffsetRange(${rowOffset},${columnOffset})`, (a) => ({
      ...a,
      row: a.row + rowOffset,
      column: a.column + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this._derived(`getResizedRange(${deltaRows},${deltaColumns})`, (a) => ({
      ...a,
      rowCount: a.rowCount + deltaRows,
      columnCount: a.columnCount + deltaColumns,
    }));
  }
}

/** Several areas of one sheet (what getMergedAreasOrNullObject returns): address and counts. */
export class RangeAreas extends ClientObject {
  constructor(
    context: RequestContext,
    path: string,
    private readonly _areas: () => { sheet: FakeSheet; areas: Area[] } | null
  ) {
    super(context, path);
  }
  protected override _exists(): boolean {
    return this._areas() !== null;
  }
  protected _scalarProps() {
    return ["address", "areaCount", "cellCount"];
  }
  protected _readProp(name: string): unknown {
    const found = this._areas();
    if (!found) throw new FakeOfficeError("ItemNotFound", `${this._path} is a null object.`);
    switch (name) {
      case "address":
        // Excel names the sheet in each block: "Sheet1!A1:B4, Sheet1!D1:D4"
        return found.areas
          .map((a) => `${sheetPrefix(found.sheet.name)}${formatArea(a)}`)
          .join(", ");
      case "areaCount":
        return found.areas.length;
      case "cellCount":
        return found.areas.reduce((n, a) => n + a.rowCount * a.columnCount, 0);
    }
    throw new FakeOfficeError("InvalidArgument", `Unknown property '${name}' of ${this._path}.`);
  }
  get address(): string {
    return this._get("address");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
}

export interface CellPropertiesOptions {
  format?: {
    fill?: { color?: boolean };
    font?: { color?: boolean; bold?: boolean; italic?: boolean; name?: boolean; size?: boolean };
  };
}

interface CellProps {
  format?: { fill?: { color?: string }; font?: Record<string, unknown> };
}

/** The value of a method call, readable after the sync (OfficeExtension.ClientResult). */
export class ClientResult<T> {
  private _loaded = false;
  private _value: T | undefined;
  _set(value: T): void {
    this._value = value;
    this._loaded = true;
  }
  get value(): T {
    if (!this._loaded) throw propertyNotLoaded("value");
    return this._value as T;
  }
}

/** Excel's answers for cells without a format of their own: no fill reads white, font automatic. */
function cellProperties({ sheet, area }: Located, options: CellPropertiesOptions): CellProps[][] {
  const fill = options.format?.fill;
  const font = options.format?.font;
  return rowsOf(area).map((r) =>
    colsOf(area).map((c) => {
      const st = getCell(sheet, r, c)?.style ?? {};
      const format: NonNullable<CellProps["format"]> = {};
      if (fill?.color) format.fill = { color: st.fill ?? "#FFFFFF" };
      if (font) {
        const f: Record<string, unknown> = {};
        if (font.color) f.color = st.fontColor ?? "#000000";
        if (font.bold) f.bold = st.fontBold ?? false;
        if (font.italic) f.italic = st.fontItalic ?? false;
        if (font.name) f.name = st.fontName ?? "Calibri";
        if (font.size) f.size = st.fontSize ?? 11;
        format.font = f;
      }
      return { format };
    })
  );
}
