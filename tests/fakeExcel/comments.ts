// Threaded comments (ExcelApi 1.10) and notes (ExcelApi 1.18) of the fake Excel host, at the
// workbook and the worksheet level. They live on their sheet's grid, so they follow a renamed
// sheet and go with a deleted one, as in Excel. Rules Excel documents, each with its source:
// - comments.add: "If it's a string, it must contain the full address, including the sheet
//   name. An InvalidArgument error is thrown if the provided range is larger than one cell."
//   https://learn.microsoft.com/en-us/javascript/api/excel/excel.commentcollection#excel-excel-commentcollection-add-member(1)
// - notes.add: "If the string is invalid, or the range is not a single cell, an
//   InvalidCellAddress error is thrown."
//   https://learn.microsoft.com/en-us/javascript/api/excel/excel.notecollection#excel-excel-notecollection-add-member(1)
// - what the add-in adds is the signed-in user's: "Comments added by an add-in are attributed
//   to the current user of that add-in."
//   https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-comments#add-comments
// - a cell holds either one comment thread or one note ("a cell can have either a comment or
//   a note, not both"; a second thread on a cell is a reply instead):
//   https://support.microsoft.com/en-us/office/the-difference-between-threaded-comments-and-notes-75a51eec-4092-42ab-abf8-7669077b7be3
// - a protected sheet refuses new comments and notes unless "Edit objects" is allowed
//   (allowEditObjects): https://support.microsoft.com/en-us/office/protect-a-worksheet-3179efdb-1285-4d49-a9c3-f4ca36276de6
// - Comment.resolved is ExcelApi 1.11, contentType 1.12.

import { formatArea, parseAddress, sheetPrefix } from "./address";
import { ClientObject, type RequestContext } from "./base";
import { FakeOfficeError, type FakeErrorCode } from "./errors";
import type { FakeComment, FakeNote, FakeReply, FakeSheet } from "./grid";
import { Range, type Located } from "./range";

/** The sheets a collection covers: every sheet (workbook) or one (worksheet). */
type Scope = () => FakeSheet[];

type Found<T> = { sheet: FakeSheet; item: T } | null;

let nextId = 1;

function cellRange(
  context: RequestContext,
  path: string,
  found: () => Found<{ row: number; column: number }>
): Range {
  return new Range(context, path, (): Located | null => {
    const f = found();
    return f
      ? {
          sheet: f.sheet,
          area: { row: f.item.row, column: f.item.column, rowCount: 1, columnCount: 1 },
        }
      : null;
  });
}

/**
 * Where an add call puts its comment or note: a Range of this batch, or an address string
 * (`requireSheet`: comments need `Sheet!A1`). Runs at sync.
 */
function targetCell(
  context: RequestContext,
  cell: Range | string,
  scope: Scope,
  requireSheet: boolean,
  code: FakeErrorCode
): { sheet: FakeSheet; row: number; column: number } {
  let where: Located | null;
  if (typeof cell === "string") {
    let parsed: ReturnType<typeof parseAddress>;
    try {
      parsed = parseAddress(cell);
    } catch {
      throw new FakeOfficeError(code, `Invalid cell address ${JSON.stringify(cell)}`);
    }
    const sheets = scope();
    if (parsed.sheet === undefined && (requireSheet || sheets.length !== 1))
      throw new FakeOfficeError(code, `The address ${cell} must name its sheet.`);
    const sheet =
      parsed.sheet === undefined
        ? sheets[0]
        : context._host.grid.sheets.find(
            (s) => s.name.toLowerCase() === parsed.sheet!.toLowerCase()
          );
    if (!sheet || !sheets.includes(sheet))
      throw new FakeOfficeError(code, `No sheet for the address ${cell}.`);
    where = { sheet, area: parsed.area };
  } else {
    where = cell._located();
    if (!where) throw new FakeOfficeError("ItemNotFound", "The range does not exist.");
  }
  const { sheet, area } = where;
  if (area.rowCount !== 1 || area.columnCount !== 1)
    throw new FakeOfficeError(code, `${formatArea(area)} is larger than one cell.`);
  if (sheet.protection.protected && sheet.protection.options?.allowEditObjects !== true)
    throw new FakeOfficeError(
      "AccessDenied",
      `The sheet ${sheet.name} is protected: comments and notes cannot be added.`
    );
  const taken =
    sheet.comments.some((c) => c.row === area.row && c.column === area.column) ||
    sheet.notes.some((n) => n.row === area.row && n.column === area.column);
  if (taken)
    throw new FakeOfficeError(
      "InvalidOperation",
      `${sheetPrefix(sheet.name)}${formatArea(area)} already has a comment or a note.`
    );
  return { sheet, row: area.row, column: area.column };
}

abstract class Entry<T> extends ClientObject {
  constructor(
    context: RequestContext,
    path: string,
    protected readonly _find: () => Found<T>
  ) {
    super(context, path);
  }
  protected override _exists(): boolean {
    return this._find() !== null;
  }
  protected _found(): { sheet: FakeSheet; item: T } {
    const f = this._find();
    if (!f)
      throw new FakeOfficeError(
        "ItemNotFound",
        `The requested resource doesn't exist (${this._path}).`
      );
    return f;
  }
  protected _unknown(name: string): never {
    throw new FakeOfficeError("InvalidArgument", `Unknown property '${name}' of ${this._path}.`);
  }
}

export class CommentReply extends Entry<FakeReply> {
  protected _scalarProps() {
    return ["id", "content", "authorName", "creationDate"];
  }
  protected _readProp(name: string): unknown {
    const { item } = this._found();
    if (name === "id" || name === "content" || name === "authorName" || name === "creationDate")
      return item[name];
    return this._unknown(name);
  }
  get id(): string {
    return this._get("id");
  }
  get content(): string {
    return this._get("content");
  }
  get authorName(): string {
    return this._get("authorName");
  }
  get creationDate(): string {
    return this._get("creationDate");
  }
}

export class CommentReplyCollection extends ClientObject {
  constructor(
    context: RequestContext,
    path: string,
    private readonly _thread: () => Found<FakeComment>
  ) {
    super(context, path);
  }
  protected _scalarProps() {
    return ["items"];
  }
  protected _readProp(name: string): never {
    throw new FakeOfficeError("InvalidArgument", `Unknown property '${name}' of ${this._path}.`);
  }
  get items(): CommentReply[] {
    return this._get("items");
  }
  add(content: string): CommentReply {
    this.context._requireApi("1.10", "comment.replies.add");
    let made: FakeReply | null = null;
    const reply = new CommentReply(this.context, `${this._path}/add()`, () => {
      const t = this._thread();
      return t && made ? { sheet: t.sheet, item: made } : null;
    });
    this._call("add", [content], () => {
      const t = this._thread();
      if (!t)
        throw new FakeOfficeError("ItemNotFound", `The comment does not exist (${this._path}).`);
      const host = this.context._host;
      made = {
        id: `reply-${nextId++}`,
        content: String(content),
        authorName: host.userName,
        creationDate: host.now(),
      };
      t.item.replies.push(made);
    });
    return reply;
  }
  override load(spec?: unknown): this {
    return this._loadItems(this._path, spec, () => {
      const t = this._thread();
      if (!t)
        throw new FakeOfficeError("ItemNotFound", `The comment does not exist (${this._path}).`);
      return t.item.replies.map(
        (r, i) =>
          new CommentReply(this.context, `${this._path}/items[${i}]`, () => ({
            sheet: t.sheet,
            item: r,
          }))
      );
    });
  }
}

export class Comment extends Entry<FakeComment> {
  readonly replies = new CommentReplyCollection(this.context, `${this._path}/replies`, this._find);

  protected _scalarProps() {
    return ["id", "content", "authorName", "authorEmail", "creationDate"];
  }
  protected _readProp(name: string): unknown {
    const { item } = this._found();
    switch (name) {
      case "id":
      case "content":
      case "authorName":
      case "creationDate":
        return item[name];
      case "authorEmail":
        return "";
      case "resolved":
        this.context._requireApi("1.11", "comment.resolved");
        return item.resolved;
      case "contentType":
        this.context._requireApi("1.12", "comment.contentType");
        return "Plain";
    }
    return this._unknown(name);
  }
  get id(): string {
    return this._get("id");
  }
  get content(): string {
    return this._get("content");
  }
  get authorName(): string {
    return this._get("authorName");
  }
  get creationDate(): string {
    return this._get("creationDate");
  }
  get resolved(): boolean {
    return this._get("resolved");
  }
  set resolved(value: boolean) {
    this.context._requireApi("1.11", "comment.resolved");
    this._set("resolved", value, () => (this._found().item.resolved = Boolean(value)));
  }
  getLocation(): Range {
    this.context._requireApi("1.10", "comment.getLocation");
    return cellRange(this.context, `${this._path}/getLocation()`, this._find);
  }
  delete(): void {
    this._call("delete", [], () => {
      const { sheet, item } = this._found();
      sheet.comments = sheet.comments.filter((c) => c !== item);
    });
  }
}

/** A collection of comments or notes over the sheets of its scope. */
abstract class ScopedCollection<T extends ClientObject> extends ClientObject {
  constructor(
    context: RequestContext,
    path: string,
    protected readonly _scope: Scope
  ) {
    super(context, path);
  }
  protected _scalarProps() {
    return ["items"];
  }
  protected _readProp(name: string): never {
    throw new FakeOfficeError("InvalidArgument", `Unknown property '${name}' of ${this._path}.`);
  }
  get items(): T[] {
    return this._get("items");
  }
}

export class CommentCollection extends ScopedCollection<Comment> {
  private _all(): { sheet: FakeSheet; item: FakeComment }[] {
    return this._scope().flatMap((sheet) => sheet.comments.map((item) => ({ sheet, item })));
  }
  add(cellAddress: Range | string, content: string, contentType?: string): Comment {
    this.context._requireApi("1.10", "comments.add");
    if (contentType !== undefined && contentType !== "Plain")
      this.context._requireApi("1.11", "comments.add with mentions");
    let made: Found<FakeComment> = null;
    const comment = new Comment(this.context, `${this._path}/add()`, () =>
      made && made.sheet.comments.includes(made.item) ? made : null
    );
    this._call("add", [typeof cellAddress === "string" ? cellAddress : "(range)", content], () => {
      const at = targetCell(this.context, cellAddress, this._scope, true, "InvalidArgument");
      const host = this.context._host;
      const item: FakeComment = {
        id: `comment-${nextId++}`,
        row: at.row,
        column: at.column,
        content: String(content),
        authorName: host.userName,
        creationDate: host.now(),
        resolved: false,
        replies: [],
      };
      at.sheet.comments.push(item);
      made = { sheet: at.sheet, item };
    });
    return comment;
  }
  getCount(): { value: number } {
    this.context._requireApi("1.10", "comments.getCount");
    const result = { value: 0 };
    this.context._queue({
      wire: [this._path, "getCount"],
      run: () => {
        const n = this._all().length;
        return { response: n, commit: () => (result.value = n) };
      },
    });
    return result;
  }
  override load(spec?: unknown): this {
    this.context._requireApi("1.10", "comments");
    return this._loadItems(this._path, spec, () =>
      this._all().map((f, i) => new Comment(this.context, `${this._path}/items[${i}]`, () => f))
    );
  }
}

export class Note extends Entry<FakeNote> {
  protected _scalarProps() {
    return ["content", "authorName"];
  }
  protected _readProp(name: string): unknown {
    const { item } = this._found();
    if (name === "content" || name === "authorName") return item[name];
    return this._unknown(name);
  }
  get content(): string {
    return this._get("content");
  }
  get authorName(): string {
    return this._get("authorName");
  }
  getLocation(): Range {
    this.context._requireApi("1.18", "note.getLocation");
    return cellRange(this.context, `${this._path}/getLocation()`, this._find);
  }
  delete(): void {
    this._call("delete", [], () => {
      const { sheet, item } = this._found();
      sheet.notes = sheet.notes.filter((n) => n !== item);
    });
  }
}

export class NoteCollection extends ScopedCollection<Note> {
  add(cellAddress: Range | string, content: string): Note {
    this.context._requireApi("1.18", "notes.add");
    let made: Found<FakeNote> = null;
    const note = new Note(this.context, `${this._path}/add()`, () =>
      made && made.sheet.notes.includes(made.item) ? made : null
    );
    this._call("add", [typeof cellAddress === "string" ? cellAddress : "(range)", content], () => {
      // the worksheet's collection takes `A1`; the workbook's needs the sheet
      const at = targetCell(this.context, cellAddress, this._scope, false, "InvalidCellAddress");
      const item: FakeNote = {
        row: at.row,
        column: at.column,
        content: String(content),
        authorName: this.context._host.userName,
      };
      at.sheet.notes.push(item);
      made = { sheet: at.sheet, item };
    });
    return note;
  }
  override load(spec?: unknown): this {
    this.context._requireApi("1.18", "notes");
    return this._loadItems(this._path, spec, () =>
      this._scope()
        .flatMap((sheet) => sheet.notes.map((item) => ({ sheet, item })))
        .map((f, i) => new Note(this.context, `${this._path}/items[${i}]`, () => f))
    );
  }
}
