// Workbook, defined names and application of the fake Excel host.

import { formatArea, sheetPrefix } from "./address";
import { ClientObject, type RequestContext } from "./base";
import { CommentCollection, NoteCollection } from "./comments";
import { FakeOfficeError } from "./errors";
import type { FakeName } from "./grid";
import { Range, type Located } from "./range";
import { WorksheetCollection } from "./worksheet";

export class Application extends ClientObject {
  protected _scalarProps() {
    return ["calculationMode"];
  }
  protected _readProp(name: string) {
    if (name === "calculationMode") return "Automatic";
    throw new FakeOfficeError("InvalidArgument", `Unknown property '${name}' of application.`);
  }
  get calculationMode(): string {
    return this._get("calculationMode");
  }
  /** Suspension must be followed by a calculate before the run ends (see office.ts). */
  suspendApiCalculationUntilNextSync(): void {
    this.context._requireApi("1.6", "suspendApiCalculationUntilNextSync");
    this._call("suspendApiCalculationUntilNextSync", [], () => {
      this.context._host.stats.calculationSuspensions++;
      this.context._host.calculationPending = true;
    });
  }
  /** https://learn.microsoft.com/en-us/javascript/api/excel/excel.application#excel-excel-application-calculate-member(1) */
  calculate(calculationType: string): void {
    if (!["Recalculate", "Full", "FullRebuild"].includes(calculationType))
      throw new FakeOfficeError("InvalidArgument", `Invalid calculation type ${calculationType}`);
    this._call("calculate", [calculationType], () => {
      this.context._host.stats.calculations++;
      this.context._host.calculationPending = false;
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.context._requireApi("1.9", "suspendScreenUpdatingUntilNextSync");
    this._call("suspendScreenUpdatingUntilNextSync", [], () => {
      this.context._host.stats.screenUpdatingSuspensions++;
    });
  }
}

/** Excel's defined-name rules, simplified: a letter, _ or \ first; no spaces; not a cell address. */
export function checkDefinedName(name: unknown): string {
  if (
    typeof name !== "string" ||
    name.length === 0 ||
    name.length > 255 ||
    !/^[A-Za-z_\\\u4e00-\u9fff][A-Za-z0-9_.\\\u4e00-\u9fff]*$/.test(name) ||
    /^[A-Za-z]{1,3}[0-9]+$/.test(name) ||
    /^[RrCc]$/.test(name)
  ) {
    throw new FakeOfficeError("InvalidArgument", `Invalid name ${JSON.stringify(name)}`);
  }
  return name;
}

export class NamedItem extends ClientObject {
  constructor(
    context: RequestContext,
    path: string,
    private readonly _locateName: () => FakeName | null
  ) {
    super(context, path);
  }
  protected override _exists(): boolean {
    return this._locateName() !== null;
  }
  private _item(): FakeName {
    const item = this._locateName();
    if (!item)
      throw new FakeOfficeError(
        "ItemNotFound",
        `The requested resource doesn't exist (${this._path}).`
      );
    return item;
  }
  protected _scalarProps() {
    return ["name", "formula", "type", "comment", "visible", "value"];
  }
  protected _readProp(name: string) {
    const item = this._item();
    switch (name) {
      case "name":
        return item.name;
      case "formula":
        return item.formula;
      case "value":
        return item.formula.replace(/^=/, "");
      case "type":
        return /^=('?[^!]+'?)!\$?[A-Z]+\$?\d+/.test(item.formula) ? "Range" : "String";
      case "comment":
        return item.comment;
      case "visible":
        return true;
    }
    throw new FakeOfficeError("InvalidArgument", `Unknown property '${name}' of ${this._path}.`);
  }
  get name(): string {
    return this._get("name");
  }
  get formula(): string {
    return this._get("formula");
  }
  get type(): string {
    return this._get("type");
  }
  get comment(): string {
    return this._get("comment");
  }
  get value(): string {
    return this._get("value");
  }
  delete(): void {
    this._call("delete", [], () => {
      const grid = this.context._host.grid;
      const item = this._item();
      grid.names = grid.names.filter((n) => n !== item);
    });
  }
}

export class NamedItemCollection extends ClientObject {
  protected _scalarProps() {
    return ["items"];
  }
  protected _readProp(name: string): never {
    throw new FakeOfficeError("InvalidArgument", `Unknown property '${name}' of names.`);
  }
  private _byName(name: string): () => FakeName | null {
    return () =>
      this.context._host.grid.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ??
      null;
  }
  getItem(name: string): NamedItem {
    return new NamedItem(this.context, `names/getItem(${name})`, this._byName(name));
  }
  getItemOrNullObject(name: string): NamedItem {
    return new NamedItem(
      this.context,
      `names/getItemOrNullObject(${name})`,
      this._byName(name)
    )._markNullable();
  }
  /** `reference`: a Range of this batch, or a formula such as `=Sheet1!$A$1:$A$9`. */
  add(name: string, reference: Range | string, comment = ""): NamedItem {
    this.context._requireApi("1.4", "names.add");
    checkDefinedName(name);
    const item = new NamedItem(this.context, `names/add(${name})`, this._byName(name));
    this._call(
      "add",
      [name, typeof reference === "string" ? reference : "(range)", comment],
      () => {
        const grid = this.context._host.grid;
        if (this._byName(name)())
          throw new FakeOfficeError("ItemAlreadyExists", `The name ${name} already exists.`);
        let formula: string;
        if (typeof reference === "string") {
          formula = reference.startsWith("=") ? reference : `=${reference}`;
        } else {
          const where = reference._located();
          if (!where)
            throw new FakeOfficeError(
              "InvalidReference",
              `The range for name ${name} does not exist.`
            );
          const abs = formatArea(where.area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
          formula = `=${sheetPrefix(where.sheet.name)}${abs}`;
        }
        grid.names.push({ name, formula, comment });
      }
    );
    return item;
  }
  get items(): NamedItem[] {
    return this._get("items");
  }
  override load(spec?: unknown): this {
    return this._loadItems("names", spec, () =>
      [...this.context._host.grid.names].map(
        (n, i) => new NamedItem(this.context, `names/items[${i}]`, () => n)
      )
    );
  }
}

export class Workbook extends ClientObject {
  readonly worksheets = new WorksheetCollection(this.context, "worksheets");
  readonly names = new NamedItemCollection(this.context, "names");
  readonly application = new Application(this.context, "application");
  readonly comments = new CommentCollection(
    this.context,
    "comments",
    () => this.context._host.grid.sheets
  );
  readonly notes = new NoteCollection(this.context, "notes", () => this.context._host.grid.sheets);

  protected _scalarProps() {
    return [];
  }
  protected _readProp(name: string): never {
    throw new FakeOfficeError("InvalidArgument", `Unknown property '${name}' of workbook.`);
  }

  getSelectedRange(): Range {
    let found: Located | null | undefined;
    return new Range(this.context, "workbook/getSelectedRange()", () => {
      if (found === undefined) {
        const sel = this.context._host.grid.selection;
        found = sel ? { sheet: sel.sheet, area: sel.area } : null;
      }
      return found;
    });
  }
}
