// Worksheets and the worksheet collection of the fake Excel host.

import { formatArea, parseAddress, MAX_COLUMNS, MAX_ROWS, type Area } from "./address";
import { ClientObject, type RequestContext } from "./base";
import { CommentCollection, NoteCollection } from "./comments";
import { FakeOfficeError } from "./errors";
import { newSheet, retargetReferences, usedArea, type FakeSheet } from "./grid";
import { Range, type Located } from "./range";

type SheetLocator = () => FakeSheet | null;

/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], not starting/ending with '. */
export function checkSheetName(name: unknown): string {
  if (
    typeof name !== "string" ||
    name.length < 1 ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  ) {
    throw new FakeOfficeError("InvalidArgument", `Invalid worksheet name ${JSON.stringify(name)}`);
  }
  return name;
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

abstract class SheetPart extends ClientObject {
  constructor(
    context: RequestContext,
    path: string,
    protected readonly _locateSheet: SheetLocator
  ) {
    super(context, path);
  }
  protected override _exists(): boolean {
    return this._locateSheet() !== null;
  }
  protected _sheet(): FakeSheet {
    const sheet = this._locateSheet();
    if (!sheet)
      throw new FakeOfficeError(
        "ItemNotFound",
        `The requested resource doesn't exist (${this._path}).`
      );
    return sheet;
  }
}

export class WorksheetProtection extends SheetPart {
  protected _scalarProps() {
    return ["protected", "options"];
  }
  protected _readProp(name: string) {
    const p = this._sheet().protection;
    if (name === "protected") return p.protected;
    if (name === "options") return p.options ?? {};
    throw new FakeOfficeError("InvalidArgument", `Unknown property '${name}' of ${this._path}.`);
  }
  get protected(): boolean {
    return this._get("protected");
  }
  get options(): Record<string, unknown> {
    return this._get("options");
  }
  /**
   * "Protects a worksheet. Fails if the worksheet has already been protected."
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotection#excel-excel-worksheetprotection-protect-member(1)
   */
  protect(options?: Record<string, unknown>, password?: string): void {
    this.context._requireApi("1.2", "protection.protect");
    if (password !== undefined)
      this.context._requireApi("1.7", "protection.protect with a password");
    this._call("protect", [options ?? null, password === undefined ? null : "***"], () => {
      const sheet = this._sheet();
      if (sheet.protection.protected) {
        throw new FakeOfficeError(
          "InvalidOperation",
          `The worksheet ${sheet.name} is already protected.`
        );
      }
      sheet.protection = { protected: true, options: { ...(options ?? {}) }, password };
    });
  }
  unprotect(password?: string): void {
    this.context._requireApi("1.2", "protection.unprotect");
    this._call("unprotect", [password === undefined ? null : "***"], () => {
      const sheet = this._sheet();
      const p = sheet.protection;
      if (p.protected && p.password !== undefined && p.password !== password) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `The password for ${sheet.name} is incorrect.`
        );
      }
      sheet.protection = { protected: false };
    });
  }
}

export class WorksheetFreezePanes extends SheetPart {
  protected _scalarProps() {
    return [];
  }
  protected _readProp(name: string): never {
    throw new FakeOfficeError("InvalidArgument", `Unknown property '${name}' of ${this._path}.`);
  }
  // Freezing panes of an inactive sheet is not refused by Excel (it may activate the sheet in
  // events only: https://github.com/OfficeDev/office-js/issues/3148), so the fake allows it.
  freezeRows(count = 1): void {
    this.context._requireApi("1.7", "freezePanes");
    this._call("freezeRows", [count], () => {
      this._sheet().frozenRows = count;
    });
  }
  freezeColumns(count = 1): void {
    this.context._requireApi("1.7", "freezePanes");
    this._call("freezeColumns", [count], () => {
      this._sheet().frozenColumns = count;
    });
  }
  unfreeze(): void {
    this.context._requireApi("1.7", "freezePanes");
    this._call("unfreeze", [], () => {
      const sheet = this._sheet();
      sheet.frozenRows = 0;
      sheet.frozenColumns = 0;
    });
  }
}

export class Worksheet extends SheetPart {
  readonly protection = new WorksheetProtection(
    this.context,
    `${this._path}/protection`,
    this._locateSheet
  );
  readonly freezePanes = new WorksheetFreezePanes(
    this.context,
    `${this._path}/freezePanes`,
    this._locateSheet
  );
  readonly comments = new CommentCollection(this.context, `${this._path}/comments`, () => [
    this._sheet(),
  ]);
  readonly notes = new NoteCollection(this.context, `${this._path}/notes`, () => [this._sheet()]);

  protected _scalarProps() {
    return ["name", "position", "visibility", "tabColor", "id", "standardWidth"];
  }
  protected override _child(name: string) {
    return name === "protection" ? this.protection : undefined;
  }
  protected _readProp(name: string) {
    const sheet = this._sheet();
    switch (name) {
      case "name":
        return sheet.name;
      case "id":
        return `{fake-${this.context._host.grid.sheets.indexOf(sheet)}-${sheet.name}}`;
      case "position":
        return this.context._host.grid.sheets.indexOf(sheet);
      case "visibility":
        return sheet.visibility;
      case "tabColor":
        return sheet.tabColor;
      case "standardWidth":
        this.context._requireApi("1.7", "worksheet.standardWidth");
        return this.context._host.grid.standardWidth;
    }
    throw new FakeOfficeError("InvalidArgument", `Unknown property '${name}' of ${this._path}.`);
  }

  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    const name = checkSheetName(value);
    this._set("name", name, () => {
      const sheet = this._sheet();
      const clash = this.context._host.grid.sheets.find(
        (s) => s !== sheet && sameName(s.name, name)
      );
      if (clash)
        throw new FakeOfficeError("ItemAlreadyExists", `A worksheet named ${name} already exists.`);
      // formulas that refer to the sheet follow it (see retargetReferences)
      if (sheet.name !== name) retargetReferences(this.context._host.grid, sheet.name, name);
      sheet.name = name;
    });
  }
  get position(): number {
    return this._get("position");
  }
  get id(): string {
    return this._get("id");
  }
  get visibility(): string {
    return this._get("visibility");
  }
  /**
   * A workbook keeps at least one visible sheet (Excel: "A workbook must contain at least one
   * visible worksheet"; https://support.microsoft.com/en-us/office/hide-or-show-worksheets-or-workbooks-69f2701a-21f5-4186-87d7-341a8cf53344).
   */
  set visibility(value: "Visible" | "Hidden" | "VeryHidden") {
    this._set("visibility", value, () => {
      const sheet = this._sheet();
      const visible = this.context._host.grid.sheets.filter(
        (s) => s.visibility === "Visible" && s !== sheet
      );
      if (value !== "Visible" && visible.length === 0) {
        throw new FakeOfficeError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet."
        );
      }
      sheet.visibility = value;
    });
  }
  get tabColor(): string {
    return this._get("tabColor");
  }
  /** In characters of the Normal style (a default column's `format.columnWidth` is in points). */
  get standardWidth(): number {
    return this._get("standardWidth");
  }
  set tabColor(value: string) {
    this.context._requireApi("1.7", "worksheet.tabColor");
    if (value !== "" && !/^#[0-9a-f]{6}$/i.test(value)) {
      throw new FakeOfficeError("InvalidArgument", `Invalid tab color ${value}`);
    }
    this._set("tabColor", value.toUpperCase(), () => {
      this._sheet().tabColor = value.toUpperCase();
    });
  }

  private _range(label: string, area: () => Area | null, nullable = false): Range {
    const locate = (): Located | null => {
      const sheet = this._locateSheet();
      if (!sheet) return null;
      const a = area();
      return a ? { sheet, area: a } : null;
    };
    const range = new Range(this.context, `${this._path}/${label}`, locate);
    return nullable ? range._markNullable() : range;
  }

  getRange(address?: string): Range {
    if (address === undefined || address === "") {
      return this._range("getRange()", () => ({
        row: 0,
        column: 0,
        rowCount: MAX_ROWS,
        columnCount: MAX_COLUMNS,
      }));
    }
    let parsed: ReturnType<typeof parseAddress> | null = null;
    let error: unknown = null;
    try {
      parsed = parseAddress(address);
    } catch (e) {
      error = e;
    }
    return this._range(`getRange(${address})`, () => {
      if (!parsed)
        throw new FakeOfficeError(
          "InvalidArgument",
          `Invalid address ${address}: ${String(error)}`
        );
      const sheet = this._sheet();
      if (parsed.sheet !== undefined && !sameName(parsed.sheet, sheet.name)) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `Address ${address} names another sheet than ${sheet.name}`
        );
      }
      return parsed.area;
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): Range {
    this.context._requireApi("1.7", "getRangeByIndexes");
    return this._range(
      `getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
      () => {
        const area = { row: startRow, column: startColumn, rowCount, columnCount };
        const ok =
          [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) &&
          startRow >= 0 &&
          startColumn >= 0 &&
          rowCount >= 1 &&
          columnCount >= 1 &&
          startRow + rowCount <= MAX_ROWS &&
          startColumn + columnCount <= MAX_COLUMNS;
        if (!ok)
          throw new FakeOfficeError("InvalidArgument", `Invalid range indexes ${formatArea(area)}`);
        return area;
      }
    );
  }

  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** Excel answers A1 for an empty sheet. */
  getUsedRange(valuesOnly = false): Range {
    return this._range(`getUsedRange(${valuesOnly})`, () => {
      return (
        usedArea(this._sheet(), valuesOnly) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 }
      );
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    this.context._requireApi("1.4", "getUsedRangeOrNullObject");
    return this._range(
      `getUsedRangeOrNullObject(${valuesOnly})`,
      () => usedArea(this._sheet(), valuesOnly),
      true
    );
  }

  activate(): void {
    this._call("activate", [], () => {
      const sheet = this._sheet();
      if (sheet.visibility !== "Visible")
        throw new FakeOfficeError("InvalidOperation", `Cannot activate hidden ${sheet.name}`);
      this.context._host.grid.activeSheet = sheet;
    });
  }

  /**
   * "If the worksheet's visibility is set to VeryHidden, the delete operation will fail with an
   * InvalidOperation exception. You should first change its visibility to hidden or visible."
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)
   * (office-js issue 365, "by design": https://github.com/OfficeDev/office-js/issues/365).
   * The last visible sheet cannot go either (see `visibility`).
   */
  delete(): void {
    this._call("delete", [], () => {
      const grid = this.context._host.grid;
      const sheet = this._sheet();
      if (sheet.visibility === "VeryHidden") {
        throw new FakeOfficeError(
          "InvalidOperation",
          `The worksheet ${sheet.name} is very hidden and cannot be deleted.`
        );
      }
      if (grid.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0) {
        throw new FakeOfficeError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet."
        );
      }
      grid.sheets = grid.sheets.filter((s) => s !== sheet);
      // formulas that referred to it now say #REF! (see retargetReferences)
      retargetReferences(grid, sheet.name, null);
      if (grid.activeSheet === sheet)
        grid.activeSheet = grid.sheets.find((s) => s.visibility === "Visible") ?? null;
      if (grid.selection?.sheet === sheet) grid.selection = null;
    });
  }
}

export class WorksheetCollection extends ClientObject {
  protected _scalarProps() {
    return ["items"];
  }
  protected _readProp(name: string): never {
    throw new FakeOfficeError("InvalidArgument", `Unknown property '${name}' of ${this._path}.`);
  }

  private _byName(name: string): SheetLocator {
    let found: FakeSheet | null | undefined;
    // Resolved once, then the proxy follows the same sheet (even if renamed), as Excel does.
    return () => {
      if (found === undefined)
        found = this.context._host.grid.sheets.find((s) => sameName(s.name, name)) ?? null;
      return found && this.context._host.grid.sheets.includes(found) ? found : null;
    };
  }

  getItem(name: string): Worksheet {
    return new Worksheet(this.context, `worksheets/getItem(${name})`, this._byName(name));
  }

  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(
      this.context,
      `worksheets/getItemOrNullObject(${name})`,
      this._byName(name)
    )._markNullable();
  }

  getActiveWorksheet(): Worksheet {
    let found: FakeSheet | null | undefined;
    return new Worksheet(this.context, "worksheets/getActiveWorksheet()", () => {
      if (found === undefined) found = this.context._host.grid.activeSheet;
      return found;
    });
  }

  add(name?: string): Worksheet {
    if (name !== undefined) checkSheetName(name);
    let created: FakeSheet | null = null;
    const sheet = new Worksheet(this.context, `worksheets/add(${name ?? ""})`, () => created);
    this._call("add", [name ?? null], () => {
      const grid = this.context._host.grid;
      let finalName = name;
      if (finalName === undefined) {
        let n = grid.sheets.length + 1;
        while (grid.sheets.some((s) => sameName(s.name, `Sheet${n}`))) n++;
        finalName = `Sheet${n}`;
      }
      if (grid.sheets.some((s) => sameName(s.name, finalName as string))) {
        throw new FakeOfficeError(
          "ItemAlreadyExists",
          `A worksheet named ${finalName} already exists.`
        );
      }
      created = newSheet(finalName);
      grid.sheets.push(created);
      if (!grid.activeSheet) grid.activeSheet = created;
    });
    return sheet;
  }

  get items(): Worksheet[] {
    return this._get("items");
  }

  override load(spec?: unknown): this {
    return this._loadItems("worksheets", spec, () =>
      [...this.context._host.grid.sheets].map(
        (sheet, i) => new Worksheet(this.context, `worksheets/items[${i}]`, () => sheet)
      )
    );
  }
}
