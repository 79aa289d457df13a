// A lean .xlsx reader for the command line's read-only paths (score, check, verify, year, rollup):
// the same WorkbookGrid as ExcelJS's full load (reader.ts) — same cells, kinds, dates, merges,
// shared formulas — at a fraction of the cost. ExcelJS inflates every part, runs a SAX parser
// over styles and every sheet and builds an object graph per cell; here the zip's central
// directory is read directly, only workbook.xml, sharedStrings.xml, styles.xml (number formats
// only, to tell dates) and the sheets actually asked for are inflated, each sheet on first use,
// and scanned by a few regular expressions. Hostile files are refused first by the same checks
// and guard (guard.ts). Anything this reader does not understand falls back to ExcelJS, so a file
// ExcelJS can read is never refused here. Node only (zlib): the task pane keeps ExcelJS.

import { inflateRawSync } from "zlib";
import { colLetter, parseCell, parseRange } from "../workbook/address";
import {
  filePlace,
  WorkbookReadError,
  type RawCell,
  type RawKind,
  type RawValue,
  type WorkbookGrid,
} from "../workbook/grid";
import { centralDirectory, dataOf, guardAndInflate, type ZipEntry } from "./guard";
import { checkXlsxBytes, dateIso, readChecked } from "./reader";
import { moveFormula } from "./sharedFormulas";

/** The .xlsx as a grid, read lean; ExcelJS's full load when the lean reading cannot open it. */
export async function readXlsxLean(
  data: Uint8Array | ArrayBuffer,
  fileName: string
): Promise<WorkbookGrid> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  await checkXlsxBytes(bytes, fileName, false);
  // the guard's inflated parts are kept, so each part is inflated once
  const inflated = await guardAndInflate(bytes, fileName);
  const grid = openLean(bytes, fileName, inflated);
  return grid ?? readChecked(bytes, fileName);
}

/** The lean grid, or undefined when the package is not as expected (ExcelJS then decides). */
export function openLean(
  bytes: Uint8Array,
  fileName: string,
  /** parts already inflated (by the guard), by name: bytes, or a worksheet's latin1 text */
  inflated?: Map<string, Buffer | string>
): LeanGrid | undefined {
  try {
    const zip = new ZipParts(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      inflated
    );
    return new LeanGrid(zip, fileName);
  } catch {
    return undefined;
  }
}

/** The parts of the zip, inflated on demand (sizes were bounded by the guard). */
class ZipParts {
  private readonly entries = new Map<string, ZipEntry>();
  constructor(
    private readonly b: Buffer,
    private readonly inflated = new Map<string, Buffer | string>()
  ) {
    const list = centralDirectory(b);
    if (!list) throw new Error("no central directory");
    for (const e of list) this.entries.set(e.name.replace(/^\//, ""), e);
  }
  has(name: string): boolean {
    return this.entries.has(name);
  }
  /** A part's text; "latin1": one character per byte (see `utf8`). */
  text(name: string, encoding: "utf8" | "latin1" = "utf8"): string | undefined {
    const e = this.entries.get(name);
    if (!e) return undefined;
    const done = this.inflated.get(name);
    if (done !== undefined) {
      this.inflated.delete(name); // each part is read once: its text is what is kept
      if (typeof done !== "string") return done.toString(encoding);
      return encoding === "latin1" ? done : Buffer.from(done, "latin1").toString("utf8");
    }
    const data = dataOf(this.b, e);
    if (!data) throw new Error(`unreadable part ${name}`);
    if (e.method === 0) return data.toString(encoding);
    if (e.method !== 8) throw new Error(`compression ${e.method}`);
    return inflateRawSync(data, { maxOutputLength: Math.max(e.size, 1) }).toString(encoding);
  }
}

const HIGH_BYTE = /[\x80-\xff]/;

/**
 * A piece of a sheet's XML read as latin1 (one character per byte), decoded as the UTF-8 it is.
 * Sheets are read that way because all their markup is ASCII: the scan finds the same elements
 * (no byte of a multi-byte UTF-8 character is ASCII) in a one-byte string, decoded faster and
 * scanned faster than the two-byte string that Chinese text makes of the whole sheet; only the
 * few texts that hold such characters (a cell's text, a formula naming 日历类型) are decoded.
 */
function utf8(s: string): string {
  if (!HIGH_BYTE.test(s)) return s;
  // the same few texts (names, statuses, posts) come back thousands of times in a workbook
  let text = DECODED.get(s);
  if (text === undefined) {
    text = Buffer.from(s, "latin1").toString("utf8");
    if (DECODED.size >= DECODED_LIMIT) DECODED.clear();
    DECODED.set(s, text);
  }
  return text;
}

/** Texts decoded so far (latin1 form → text); emptied when full, so it stays small. */
const DECODED = new Map<string, string>();
const DECODED_LIMIT = 20_000;

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function unescape(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(ENTITY, (_m, name: string, dec: string, hex: string) =>
    name ? NAMED[name] : String.fromCodePoint(dec ? Number(dec) : parseInt(hex, 16))
  );
}

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(ATTR)) out[m[1]] = unescape(m[2] ?? m[3]);
  return out;
}

/** A cell's attributes as read by `cellAttrs`: its place (0 = no `r`), style id and type. */
interface CellAttrs {
  row: number;
  col: number;
  /** the style id, 0 when absent */
  s: number;
  /** `t`, "n" when absent */
  t: string;
}

const isSpace = (k: number): boolean => k === 32 || k === 9 || k === 10 || k === 13;

/** Index of the first non-space at or after `i` in `x[…, end)`. */
function skipSpaces(x: string, i: number, end: number): number {
  while (i < end && isSpace(x.charCodeAt(i))) i++;
  return i;
}

/** Does `x` hold `name="` at `j` (within `end`)? `name` is one character code. */
function attrOpens(x: string, j: number, end: number, name: number): boolean {
  return (
    j + 3 <= end &&
    x.charCodeAt(j) === name &&
    x.charCodeAt(j + 1) === 61 /* = */ &&
    x.charCodeAt(j + 2) === 34 /* " */
  );
}

/** The types cells have (`t`), by their code in `Places`. */
const TYPES = ["n", "s", "str", "b", "e", "d", "inlineStr"];

/** `x[i, end)`, a cell's type: one of `TYPES` without making a string, else its text. */
function typeName(x: string, i: number, end: number): string {
  const k = x.charCodeAt(i);
  if (end === i + 1) for (const t of TYPES) if (t.length === 1 && t.charCodeAt(0) === k) return t;
  if (end === i + 3 && k === 115 && x.charCodeAt(i + 1) === 116 && x.charCodeAt(i + 2) === 114)
    return "str";
  return x.slice(i, end);
}

/**
 * The usual cell attributes as Excel, LibreOffice and ExcelJS write them — ` r="B7"`, then
 * optionally ` s="12"`, then optionally ` t="s"` — read from `x[start, end)` into `out` character
 * by character, in the sheet's own string (this runs once per cell of every sheet; it stood for
 * a slice, a regular expression and an object per cell). False for anything else: the caller
 * then reads the attributes in general.
 */
function usualCellAttrs(x: string, start: number, end: number, out: CellAttrs): boolean {
  let i = skipSpaces(x, start, end);
  if (!attrOpens(x, i, end, 114 /* r */)) return false;
  i += 3;
  let col = 0;
  let letterCount = 0;
  let k = i < end ? x.charCodeAt(i) : 0;
  while (k >= 65 && k <= 90) {
    col = col * 26 + (k - 64);
    letterCount++;
    k = ++i < end ? x.charCodeAt(i) : 0;
  }
  let row = 0;
  let digits = 0;
  while (k >= 48 && k <= 57) {
    row = row * 10 + (k - 48);
    digits++;
    k = ++i < end ? x.charCodeAt(i) : 0;
  }
  if (letterCount < 1 || letterCount > 3 || digits < 1 || digits > 7 || row < 1 || k !== 34)
    return false;
  i++;
  let style = 0;
  let type = "n";
  let j = skipSpaces(x, i, end);
  if (j > i && attrOpens(x, j, end, 115 /* s */)) {
    i = j + 3;
    let n = 0;
    k = i < end ? x.charCodeAt(i) : 0;
    while (k >= 48 && k <= 57) {
      n = n * 10 + (k - 48);
      k = ++i < end ? x.charCodeAt(i) : 0;
    }
    if (i === j + 3 || i - (j + 3) > 9 || k !== 34) return false;
    style = n;
    i++;
    j = skipSpaces(x, i, end);
  }
  if (j > i && attrOpens(x, j, end, 116 /* t */)) {
    const close = x.indexOf('"', j + 3);
    if (close <= j + 3 || close >= end) return false;
    for (let y = j + 3; y < close; y++) {
      const c = x.charCodeAt(y) | 32;
      if (c < 97 || c > 122) return false;
    }
    type = typeName(x, j + 3, close);
    i = close + 1;
    j = skipSpaces(x, i, end);
  }
  if (j !== end) return false;
  out.row = row;
  out.col = col;
  out.s = style;
  out.t = type;
  return true;
}

/** A cell's `r`, `s` and `t` into `out`: the usual form directly, anything else in general. */
function cellAttrs(x: string, start: number, end: number, out: CellAttrs): void {
  if (usualCellAttrs(x, start, end, out)) return;
  const a = attrs(utf8(x.slice(start, end))); // a sheet's XML: see utf8()
  if (a.r) {
    const p = cellRef(a.r);
    out.row = p.row;
    out.col = p.col;
  } else out.row = out.col = 0;
  out.s = a.s === undefined ? 0 : parseInt(a.s, 10);
  out.t = a.t ?? "n";
}

const T_ELEMENT = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
const PHONETIC = /<rPh\b[\s\S]*?<\/rPh>/g;

/** The text of a shared or inline string: its `<t>` runs joined, phonetic guides left out. */
function stringText(xml: string): string {
  let out = "";
  for (const m of xml.replace(PHONETIC, "").matchAll(T_ELEMENT)) out += m[1];
  // `_x000D_`: a character Excel escapes in strings (as ExcelJS decodes it)
  return unescape(out).replace(/_x([0-9A-F]{4})_/g, (_m, h: string) =>
    String.fromCharCode(parseInt(h, 16))
  );
}

/** ExcelJS's date test of a number format: date/time letters outside quotes and brackets. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** Built-in number formats that are dates (ids 14–22, 45–47), as ExcelJS's table reads them. */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Which cell style ids (`s`) show a date. */
function dateStyles(xml: string | undefined): Set<number> {
  const dates = new Set<number>();
  if (!xml) return dates;
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b([^>]*?)\/?>/g)) {
    const a = attrs(m[1]);
    custom.set(Number(a.numFmtId), a.formatCode ?? "");
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  let i = 0;
  for (const m of xfs.matchAll(/<xf\b([^>]*?)\/?>/g)) {
    const id = Number(attrs(m[1]).numFmtId ?? 0);
    const code = custom.get(id);
    if (id && (code !== undefined ? isDateFormat(code) : BUILTIN_DATE_IDS.has(id))) dates.add(i);
    i++;
  }
  return dates;
}

/**
 * A sheet's cells by key (row × KEY + column), held as one array per row: setting and finding a
 * cell indexes two arrays, where a Map of tens of thousands of keys hashed and grew. An entry is
 * a cell, or — for a cell written the usual way — the number of its record in the sheet's
 * `Places`, made into a cell only when asked for (see `LeanGrid.parse`).
 */
class CellTable {
  private readonly rows: (RawCell | number | undefined)[][] = [];
  constructor(private readonly make: (rec: number, key: number) => RawCell) {}
  get(key: number): RawCell | undefined {
    const v = this.rows[Math.floor(key / KEY)]?.[key % KEY];
    return typeof v === "number" ? this.make(v, key) : v;
  }
  has(key: number): boolean {
    return this.rows[Math.floor(key / KEY)]?.[key % KEY] !== undefined;
  }
  set(key: number, cell: RawCell | number): void {
    const r = Math.floor(key / KEY);
    (this.rows[r] ??= [])[key % KEY] = cell;
  }
  delete(key: number): void {
    const row = this.rows[Math.floor(key / KEY)];
    if (row) row[key % KEY] = undefined;
  }
}

/** What `Places` keeps of a cell, in this order. */
const enum P {
  /** 1: a formula cell; 0: a value cell */
  Formula,
  /** the style id */
  Style,
  /** the type, its index in `TYPES` */
  Type,
  /** `ContentAt`'s places */
  Ft0,
  Ft1,
  V0,
  V1,
  /** 0: not a shared formula; 1: its first cell (a master); 2: a dependent */
  Shared,
  /** the `si` of a shared formula */
  Si0,
  Si1,
  Size,
}

/**
 * What each usual cell element says, as places in its sheet's XML (`P`), in one growing
 * Int32Array, so that reading a sheet makes no object and no string per cell: what is kept of a
 * file while it is verified is its text and these numbers, and the cells made from them when
 * asked for die young (cheap for the garbage collector).
 */
class Places {
  private data = new Int32Array(P.Size * 1024);
  private n = 0;
  /** A new record (its fields at 0); its number. */
  add(): number {
    if (this.n + P.Size > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const rec = this.n / P.Size;
    this.n += P.Size;
    return rec;
  }
  set(rec: number, field: P, value: number): void {
    this.data[rec * P.Size + field] = value;
  }
  at(rec: number, field: P): number {
    return this.data[rec * P.Size + field];
  }
}

/** One sheet, parsed: its cells by row and column, merges, and the rows holding a value. */
interface SheetData {
  cells: CellTable;
  rows: number;
  columns: number;
  withData: number[];
  merges: string[];
}

/** cell key = row × KEY + column: above the 16,384 columns of .xlsx and the 18,278 that three letters name */
const KEY = 32768;
const IS_ELEMENT = /<is>([\s\S]*?)<\/is>/;

/** What `SheetScanner.next` found. */
const enum Tok {
  End,
  Row,
  Cell,
  Merge,
}

/** A regular expression's word character (`\b`'s sense, without the u flag); NaN is none. */
function isWordChar(k: number): boolean {
  return (
    (k >= 97 && k <= 122) || (k >= 65 && k <= 90) || (k >= 48 && k <= 57) || k === 95 // a-z A-Z 0-9 _
  );
}

/**
 * The `<row>`, `<c>` (with its content) and `<mergeCell>` elements of a sheet's XML, in order —
 * what the expression `<row\b([^>]*?)(\/)?>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)|<mergeCell\b([^>]*?)\/?>`
 * matches, found with `indexOf` (a few times faster: this runs once per cell of every sheet).
 */
class SheetScanner {
  /** where the element's attributes lie: [a0, a1) (for a `<row>`, possibly with the closing `/`) */
  a0 = 0;
  a1 = 0;
  /** where a cell's content lies: [i0, i1), empty for `<c …/>` */
  i0 = 0;
  i1 = 0;
  private p: number;
  constructor(private readonly x: string) {
    this.p = x.indexOf("<");
  }
  /** the element's attributes */
  get attrs(): string {
    return this.x.slice(this.a0, this.a1);
  }
  /** a cell's content ("" for `<c …/>`) */
  get inner(): string {
    return this.x.slice(this.i0, this.i1);
  }
  next(): Tok {
    const x = this.x;
    for (let p = this.p; p >= 0; p = x.indexOf("<", p + 1)) {
      const c1 = x.charCodeAt(p + 1);
      if (c1 === 99 /* c */ && !isWordChar(x.charCodeAt(p + 2))) {
        const gt = x.indexOf(">", p + 2);
        if (gt < 0) break; // every element sought ends in ">": none is left
        if (gt - 1 >= p + 2 && x.charCodeAt(gt - 1) === 47 /* / */) {
          this.a0 = p + 2;
          this.a1 = gt - 1;
          this.i0 = this.i1 = gt + 1;
          this.p = x.indexOf("<", gt + 1);
          return Tok.Cell;
        }
        const end = x.indexOf("</c>", gt + 1);
        if (end < 0) continue;
        this.a0 = p + 2;
        this.a1 = gt;
        this.i0 = gt + 1;
        this.i1 = end;
        this.p = x.indexOf("<", end + 4);
        return Tok.Cell;
      }
      if (c1 === 114 /* r */ && opensAt(x, p + 1, "row") && !isWordChar(x.charCodeAt(p + 4))) {
        const gt = x.indexOf(">", p + 4);
        if (gt < 0) break;
        this.a0 = p + 4;
        this.a1 = gt;
        this.p = x.indexOf("<", gt + 1);
        return Tok.Row;
      }
      if (
        c1 === 109 /* m */ &&
        opensAt(x, p + 1, "mergeCell") &&
        !isWordChar(x.charCodeAt(p + 10))
      ) {
        const gt = x.indexOf(">", p + 10);
        if (gt < 0) break;
        this.a0 = p + 10;
        this.a1 = gt;
        this.p = x.indexOf("<", gt + 1);
        return Tok.Merge;
      }
    }
    this.p = -1;
    return Tok.End;
  }
}

/** A cell's content as read by `usualContent` / in general. */
interface CellContent {
  /** the `<f>` element's attributes; undefined when the cell has no formula element */
  fAttrs: string | undefined;
  /** the formula text, still XML-escaped (undefined for `<f …/>`) */
  fText: string | undefined;
  /** the `<v>` text, undefined when there is none */
  v: string | undefined;
}

/** Where a cell's usual content lies (`usualContentAt`); -1 for a part that is not there. */
interface ContentAt {
  /** the `<f>` element's attributes `[fa0, fa1)`; fa0 = -1 when there is no formula element */
  fa0: number;
  fa1: number;
  /** the formula text `[ft0, ft1)`, still XML-escaped; ft0 = -1 for `<f …/>` */
  ft0: number;
  ft1: number;
  /** the `<v>` text `[v0, v1)`; v0 = -1 when there is none */
  v0: number;
  v1: number;
}

/**
 * The usual content of a cell, `x[start, end)`: `<f…>…</f>` or `<f…/>`, then `<v>…</v>`, or
 * `<v>…</v>` alone — found in the sheet's own string, its parts' places into `out`. False for
 * anything else (an inline string, spaces, other elements): the caller then reads the content in
 * general.
 */
function usualContentAt(x: string, start: number, end: number, out: ContentAt): boolean {
  out.fa0 = out.ft0 = out.v0 = -1;
  let i = start;
  if (x.charCodeAt(i) !== 60 /* < */) return false;
  if (x.charCodeAt(i + 1) === 102 /* f */ && !isWordChar(x.charCodeAt(i + 2))) {
    const gt = x.indexOf(">", i + 2);
    if (gt < 0 || gt >= end) return false;
    if (x.charCodeAt(gt - 1) === 47 /* / */ && gt - 1 >= i + 2) {
      out.fa0 = i + 2;
      out.fa1 = gt - 1;
      i = gt + 1;
    } else {
      const close = x.indexOf("</f>", gt + 1);
      if (close < 0 || close + 4 > end) return false;
      out.fa0 = i + 2;
      out.fa1 = gt;
      out.ft0 = gt + 1;
      out.ft1 = close;
      i = close + 4;
    }
    if (i === end) return true;
    if (x.charCodeAt(i) !== 60) return false;
  }
  if (x.charCodeAt(i + 1) !== 118 /* v */ || x.charCodeAt(i + 2) !== 62 /* > */) return false;
  const close = x.indexOf("</v>", i + 3);
  if (close < 0 || close + 4 !== end) return false;
  out.v0 = i + 3;
  out.v1 = close;
  return true;
}

/** `x.startsWith(word, i)` by character codes (`startsWith` with a position cost a microsecond here). */
function opensAt(x: string, i: number, word: string): boolean {
  if (i + word.length > x.length) return false;
  for (let k = 0; k < word.length; k++)
    if (x.charCodeAt(i + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** `<c …/>`: no formula, no value. */
function noContent(out: ContentAt): true {
  out.fa0 = out.ft0 = out.v0 = -1;
  return true;
}

/** A `<v>` text unescaped; only a text's or an error's characters can lie beyond ASCII (see utf8()). */
function vTextOf(vText: string, t: string): string {
  if (t === "str" || t === "e") return unescape(utf8(vText));
  return vText.indexOf("&") < 0 ? vText : unescape(vText);
}

/** What a shared formula's `<f>` attributes say (`sharedAt`). */
interface SharedAt {
  /** a dependent (no `ref`, or an empty one): its formula is its master's, moved */
  dependent: boolean;
  /** `si="…"` */
  si0: number;
  si1: number;
}

/**
 * `x[a0, a1)` as `formulaAttrs` reads a shared formula's attributes (`SHARED_F`), found without a
 * regular expression or a string; false for anything else (and for an `si` with a leading zero,
 * left to the general path so that each `si` has one spelling here).
 */
function sharedAt(x: string, a0: number, a1: number, out: SharedAt): boolean {
  let i = skipSpaces(x, a0, a1);
  if (!opensAt(x, i, 't="shared"') || i + 10 > a1) return false;
  i += 10;
  let j = skipSpaces(x, i, a1);
  if (j === i) return false;
  out.dependent = true;
  if (opensAt(x, j, 'ref="')) {
    const close = x.indexOf('"', j + 5);
    if (close < 0 || close >= a1) return false;
    for (let k = j + 5; k < close; k++) if (x.charCodeAt(k) === 38 /* & */) return false;
    out.dependent = close === j + 5;
    i = close + 1;
    j = skipSpaces(x, i, a1);
    if (j === i) return false;
  }
  if (!opensAt(x, j, 'si="')) return false;
  let k = j + 4;
  while (k < a1 && x.charCodeAt(k) >= 48 && x.charCodeAt(k) <= 57) k++;
  if (k === j + 4 || k >= a1 || x.charCodeAt(k) !== 34) return false;
  if (x.charCodeAt(j + 4) === 48 /* 0 */ && k > j + 5) return false;
  out.si0 = j + 4;
  out.si1 = k;
  return skipSpaces(x, k + 1, a1) === a1;
}

const AT: ContentAt = { fa0: -1, fa1: -1, ft0: -1, ft1: -1, v0: -1, v1: -1 };

/** The usual content of a cell (`usualContentAt`) as strings, into `out`. */
function usualContent(x: string, start: number, end: number, out: CellContent): boolean {
  if (!usualContentAt(x, start, end, AT)) return false;
  out.fAttrs = AT.fa0 < 0 ? undefined : x.slice(AT.fa0, AT.fa1);
  out.fText = AT.ft0 < 0 ? undefined : x.slice(AT.ft0, AT.ft1);
  out.v = AT.v0 < 0 ? undefined : x.slice(AT.v0, AT.v1);
  return true;
}

/** A cell's `<f>`: its attributes and text (undefined for `<f …/>`); null when there is none. */
function formulaElement(inner: string): { attrs: string; text: string | undefined } | null {
  for (let i = inner.indexOf("<f"); i >= 0; i = inner.indexOf("<f", i + 1)) {
    if (isWordChar(inner.charCodeAt(i + 2))) continue;
    const gt = inner.indexOf(">", i + 2);
    if (gt < 0) return null;
    if (gt - 1 >= i + 2 && inner.charCodeAt(gt - 1) === 47)
      return { attrs: inner.slice(i + 2, gt - 1), text: undefined };
    const end = inner.indexOf("</f>", gt + 1);
    if (end >= 0) return { attrs: inner.slice(i + 2, gt), text: inner.slice(gt + 1, end) };
  }
  return null;
}

/** A cell's `<v>` text (`<v(?:\s[^>]*)?>([\s\S]*?)<\/v>`), undefined when there is none. */
function valueText(inner: string): string | undefined {
  for (let i = inner.indexOf("<v"); i >= 0; i = inner.indexOf("<v", i + 1)) {
    const k = inner.charCodeAt(i + 2);
    let gt = -1;
    if (k === 62 /* > */) gt = i + 2;
    else if (k === 32 || k === 9 || k === 10 || k === 13 || (k > 127 && /\s/.test(inner[i + 2])))
      gt = inner.indexOf(">", i + 3);
    if (gt < 0) continue;
    const end = inner.indexOf("</v>", gt + 1);
    return end < 0 ? undefined : inner.slice(gt + 1, end);
  }
  return undefined;
}

/** A `<f>`'s attributes as Excel and ExcelJS write them (`t="shared" ref=… si=…`), else in general. */
const SHARED_F = /^\s*t="shared"(?:\s+ref="([^"&]*)")?\s+si="(\d+)"\s*$/;

const NO_ATTRS: Readonly<Record<string, string | undefined>> = Object.freeze({});

function formulaAttrs(s: string): Readonly<Record<string, string | undefined>> {
  if (s === "") return NO_ATTRS;
  const m = SHARED_F.exec(s);
  return m ? { t: "shared", ref: m[1], si: m[2] } : attrs(utf8(s)); // see utf8()
}

type Plain = { kind: Exclude<RawKind, "formula">; value: RawValue };

/** A shared formula's first cell: its formula as written in the file (still XML-escaped). */
interface Master {
  formula: string;
  row: number;
  col: number;
}

/** `A1` of a cell key (row × KEY + column). */
const addressOf = (key: number): string => `${letters(key % KEY)}${Math.floor(key / KEY)}`;

/**
 * A value cell whose address is made only when asked for (a message naming the cell): most of
 * the tens of thousands of cells a file holds are looked at by place, never by name. `toJSON`
 * gives the same object as a plain cell.
 */
class LeanValueCell implements RawCell {
  constructor(
    readonly kind: Exclude<RawKind, "formula">,
    readonly value: RawValue,
    private readonly key: number
  ) {}
  get address(): string {
    return addressOf(this.key);
  }
  toJSON(): RawCell {
    return { kind: this.kind, value: this.value, address: this.address };
  }
}

/**
 * A formula cell whose formula text (and address) is made only when asked for: verification and
 * the month reader look at the kind and cached result of tens of thousands of formula cells and
 * at the text of almost none, and unescaping each one and moving each shared formula to its
 * dependent was a tenth of a file's verification. `toJSON` gives the same object as a plain cell.
 */
class LeanFormulaCell implements RawCell {
  readonly kind = "formula";
  private text?: string;
  constructor(
    readonly value: RawValue,
    private readonly key: number,
    readonly resultKind: Exclude<RawKind, "formula">,
    /** the formula as in the file (XML-escaped); for a dependent, its shared formula's first cell */
    private readonly source: string | Master | undefined
  ) {}
  get address(): string {
    return addressOf(this.key);
  }
  get formula(): string {
    this.text ??= formulaText(this.source, Math.floor(this.key / KEY), this.key % KEY);
    return this.text;
  }
  toJSON(): RawCell {
    return {
      kind: this.kind,
      value: this.value,
      address: this.address,
      formula: this.formula,
      resultKind: this.resultKind,
    };
  }
}

/** A formula's text: unescaped, without `=`; a dependent's is its master's moved to it. */
function formulaText(source: string | Master | undefined, row: number, col: number): string {
  if (source === undefined) return "";
  if (typeof source === "string") return unescape(utf8(source)).replace(/^=/, "");
  const m = unescape(utf8(source.formula));
  const moved =
    moveFormula(m, row - source.row, col - source.col) ??
    slide(m, source.row, source.col, row, col);
  return moved.replace(/^=/, "");
}

const EMPTY: Plain = { kind: "empty", value: null };

/** Dates already converted, by serial (a sheet repeats the month's thirty-odd days thousands of times). */
const DATES = [new Map<number, Plain>(), new Map<number, Plain>()];
const DATE_CACHE_LIMIT = 100_000;

function excelDate(v: unknown, date1904: boolean): Plain {
  const cache = typeof v === "number" ? DATES[date1904 ? 1 : 0] : undefined;
  const known = cache?.get(v as number);
  if (known) return known;
  // JS arithmetic as ExcelJS does it: a text result "45" is a number, an error object NaN
  const ms = Math.round(((v as number) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  const iso = dateIso(new Date(ms));
  const out: Plain =
    iso === null ? { kind: "error", value: "#VALUE!" } : { kind: "date", value: iso };
  if (cache && cache.size < DATE_CACHE_LIMIT) cache.set(v as number, out);
  return out;
}

export class LeanGrid implements WorkbookGrid {
  readonly sheetNames: string[];
  readonly place: string;
  private readonly parts = new Map<string, string>();
  private readonly names = new Map<string, string>();
  private readonly date1904: boolean;
  private strings?: string[];
  private dates?: Set<number>;
  private readonly parsed = new Map<string, SheetData>();

  constructor(
    private readonly zip: ZipParts,
    readonly file: string
  ) {
    const book = zip.text("xl/workbook.xml");
    const relsXml = zip.text("xl/_rels/workbook.xml.rels");
    if (book === undefined || relsXml === undefined) throw new Error("no workbook part");
    const rels = new Map<string, string>();
    for (const m of relsXml.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
      const a = attrs(m[1]);
      if (!a.Id || !a.Target) continue;
      const target = a.Target.startsWith("/") ? a.Target.slice(1) : `xl/${a.Target}`;
      rels.set(a.Id, target);
    }
    this.sheetNames = [];
    for (const m of book.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
      const a = attrs(m[1]);
      const part = rels.get(a["r:id"] ?? "");
      if (a.name === undefined || !part || !zip.has(part)) throw new Error("sheet part missing");
      this.sheetNames.push(a.name);
      this.parts.set(a.name, part);
    }
    if (this.sheetNames.length === 0) throw new Error("no sheets");
    this.date1904 = /<workbookPr\b[^>]*\bdate1904\s*=\s*["'](1|true)["']/.test(book);
    for (const m of book.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
      const a = attrs(m[1]);
      // print areas and titles are page settings in ExcelJS's model, not names
      if (a.name === undefined || /^_xlnm\.Print_(Area|Titles)$/.test(a.name)) continue;
      const ref = unescape(m[2]);
      // ExcelJS keeps names that point to absolute cell references only
      if (!/[$](\w+)[$](\d+)/.test(ref.split("!").pop() ?? "")) continue;
      if (!this.names.has(a.name)) this.names.set(a.name, ref);
    }
    this.place = filePlace(file);
  }

  size(sheet: string): { rows: number; columns: number } {
    const s = this.sheet(sheet);
    return { rows: s.rows, columns: s.columns };
  }

  rowsWithData(sheet: string): readonly number[] {
    return this.sheet(sheet).withData;
  }

  cellAt(sheet: string, row: number, column: number): RawCell {
    const s = this.sheet(sheet);
    return (
      s.cells.get(row * KEY + column) ?? {
        kind: "empty",
        value: null,
        address: `${letters(column)}${row}`,
      }
    );
  }

  merges(sheet: string): readonly string[] {
    return this.sheet(sheet).merges;
  }

  definedName(name: string): string | undefined {
    return this.names.get(name);
  }

  private sharedStrings(): string[] {
    if (!this.strings) {
      const xml = this.zip.text("xl/sharedStrings.xml") ?? "";
      this.strings = [];
      for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g))
        this.strings.push(stringText(m[1] ?? ""));
    }
    return this.strings;
  }

  private dateStyles(): Set<number> {
    this.dates ??= dateStyles(this.zip.text("xl/styles.xml"));
    return this.dates;
  }

  private sheet(name: string): SheetData {
    let s = this.parsed.get(name);
    if (!s) {
      const part = this.parts.get(name);
      if (part === undefined) throw new Error(`LeanGrid: no sheet ${name}`);
      let xml: string;
      try {
        xml = this.zip.text(part, "latin1") ?? ""; // see utf8()
      } catch {
        throw new WorkbookReadError(
          "corrupt",
          `文件“${this.file}”已损坏或不是 Excel 工作簿，无法打开（工作表“${name}”）`,
          this.file,
          name
        );
      }
      s = this.parse(xml);
      this.parsed.set(name, s);
    }
    return s;
  }

  /** A `<v>` text as the value it holds, by the cell's type (`t`); dates by the cell's style. */
  private valueOf(vText: string, t: string, isDate: boolean): Plain {
    const v = vTextOf(vText, t);
    if (t === "s") {
      const text = this.sharedStrings()[parseInt(v, 10)];
      if (text === undefined) throw new Error("shared string out of range");
      return text ? { kind: "text", value: text } : EMPTY;
    }
    if (t === "str") return v === "" ? EMPTY : { kind: "text", value: v };
    if (t === "b") return { kind: "bool", value: parseInt(v, 10) !== 0 };
    if (t === "e") return { kind: "error", value: v };
    const n = parseFloat(v);
    return isDate ? excelDate(n, this.date1904) : { kind: "number", value: n };
  }

  /** A formula's cached result from its `<v>` text (undefined: none), by the cell's type. */
  private resultOf(vText: string | undefined, t: string, isDate: boolean): Plain {
    let raw: unknown;
    if (vText) {
      const v = vTextOf(vText, t);
      raw =
        t === "str"
          ? v
          : t === "b"
            ? parseInt(v, 10) !== 0
            : t === "e"
              ? { error: v }
              : parseFloat(v);
    }
    if (raw !== undefined && isDate) return excelDate(raw, this.date1904);
    return plainOf(raw);
  }

  /**
   * One sheet's XML into cells, exactly as ExcelJS's load followed by reader.ts's cellContent.
   * A cell written the usual way (attributes `r`, `s`, `t`; content `<f>`, `<v>`) is kept as the
   * place of its element (`Places`) and made into a cell when asked for, from the same text by
   * the same rules (`valueOf`, `resultOf`); anything else is made at once.
   */
  private parse(xml: string): SheetData {
    const places = new Places();
    const dates = this.dateStyles();
    const masters = new Map<string, Master>();
    const make = (rec: number, key: number): RawCell => {
      const t = TYPES[places.at(rec, P.Type)];
      const style = places.at(rec, P.Style);
      const isDate = style !== 0 && dates.has(style);
      const v0 = places.at(rec, P.V0);
      const vText = v0 < 0 ? undefined : xml.slice(v0, places.at(rec, P.V1));
      if (places.at(rec, P.Formula)) {
        const result = this.resultOf(vText, t, isDate);
        const ft0 = places.at(rec, P.Ft0);
        const source =
          places.at(rec, P.Shared) === 2
            ? masters.get(xml.slice(places.at(rec, P.Si0), places.at(rec, P.Si1)))
            : ft0 < 0
              ? ""
              : xml.slice(ft0, places.at(rec, P.Ft1));
        return new LeanFormulaCell(result.value, key, result.kind, source);
      }
      const value = this.valueOf(vText!, t, isDate);
      return new LeanValueCell(value.kind, value.value, key);
    };
    const cells = new CellTable(make);
    // the extent of the cells ExcelJS reports as holding something, and their rows
    let rows = 0;
    let columns = 0;
    const withData = new Set<number>();
    let lastCounted = 0;
    const count = (y: number, x: number): void => {
      if (y > rows) rows = y;
      if (x > columns) columns = x;
      if (y !== lastCounted) withData.add((lastCounted = y));
    };
    /** dependents of shared formulas, in order: key, then a record of `places` or -1 - index in `eager` */
    const dependents: number[] = [];
    const eager: { si: string; result: Plain }[] = [];
    const mergeList: string[] = [];
    let row = 0;
    let col = 0;
    const scan = new SheetScanner(xml);
    const a: CellAttrs = { row: 0, col: 0, s: 0, t: "n" };
    const at: ContentAt = { fa0: -1, fa1: -1, ft0: -1, ft1: -1, v0: -1, v1: -1 };
    const sh: SharedAt = { dependent: false, si0: 0, si1: 0 };
    const content: CellContent = { fAttrs: undefined, fText: undefined, v: undefined };
    for (let tok = scan.next(); tok !== Tok.End; tok = scan.next()) {
      if (tok === Tok.Row) {
        row = rowNumber(xml, scan.a0, scan.a1) ?? row + 1;
        col = 0;
        continue;
      }
      if (tok === Tok.Merge) {
        const ref = attrs(utf8(scan.attrs)).ref;
        if (ref) mergeList.push(ref);
        continue;
      }
      // the usual cell: counted as it will read, its place kept
      if (
        usualCellAttrs(xml, scan.a0, scan.a1, a) &&
        a.t !== "inlineStr" &&
        (scan.i1 > scan.i0 ? usualContentAt(xml, scan.i0, scan.i1, at) : noContent(at))
      ) {
        const hasF = at.fa0 >= 0;
        const shared = hasF && at.fa1 > at.fa0 && sharedAt(xml, at.fa0, at.fa1, sh);
        // other formula attributes (an array formula…) are read in general, below
        const usual = !hasF || at.fa1 === at.fa0 || shared;
        const hasV = at.v0 >= 0 && at.v1 > at.v0;
        const type = TYPES.indexOf(a.t);
        // a shared string's index is checked now, as the general path would (it throws)
        const sString = a.t === "s" && hasV;
        const sIndex = usual && sString ? digitsAt(xml, at.v0, at.v1) : 0;
        if (
          usual &&
          type >= 0 &&
          sIndex >= 0 &&
          sIndex < (sString ? this.sharedStrings().length : 1)
        ) {
          row = a.row;
          col = a.col;
          const key = row * KEY + col;
          const formula = hasF && ((at.ft0 >= 0 && at.ft1 > at.ft0) || shared);
          if (formula || hasV) {
            count(row, col);
            const rec = places.add();
            places.set(rec, P.Formula, formula ? 1 : 0);
            places.set(rec, P.Style, a.s);
            places.set(rec, P.Type, type);
            places.set(rec, P.Ft0, at.ft0 >= 0 && at.ft1 > at.ft0 ? at.ft0 : -1);
            places.set(rec, P.Ft1, at.ft1);
            places.set(rec, P.V0, at.v0);
            places.set(rec, P.V1, at.v1);
            if (formula && shared) {
              places.set(rec, P.Shared, sh.dependent ? 2 : 1);
              places.set(rec, P.Si0, sh.si0);
              places.set(rec, P.Si1, sh.si1);
              if (sh.dependent) {
                dependents.push(key, rec);
                continue;
              }
              masters.set(xml.slice(sh.si0, sh.si1), {
                formula: at.ft0 < 0 ? "" : xml.slice(at.ft0, at.ft1),
                row,
                col,
              });
            }
            cells.set(key, rec);
          } else {
            // no value: ExcelJS reports a styled cell as empty, an unstyled one as holding something
            if (!a.s) count(row, col);
            cells.delete(key);
          }
          continue;
        }
      }
      cellAttrs(xml, scan.a0, scan.a1, a);
      if (a.row) {
        row = a.row;
        col = a.col;
      } else col++;
      const key = row * KEY + col;
      const t = a.t;
      const styleId = a.s;
      const isDate = Boolean(styleId) && dates.has(styleId);
      const hasContent = scan.i1 > scan.i0;
      if (hasContent && !usualContent(xml, scan.i0, scan.i1, content)) {
        const inner = scan.inner;
        const f = formulaElement(inner);
        content.fAttrs = f?.attrs;
        content.fText = f?.text;
        content.v = valueText(inner);
      } else if (!hasContent) content.fAttrs = content.fText = content.v = undefined;
      const hasF = content.fAttrs !== undefined;
      const vText = content.v;
      const fAttrs = hasF ? formulaAttrs(content.fAttrs!) : NO_ATTRS;
      const formula = content.fText ?? ""; // XML-escaped: unescaped only when its text is asked for
      const shareType = fAttrs.t;
      if (hasF && (formula || shareType)) {
        const result = this.resultOf(vText, t, isDate);
        count(row, col);
        if (shareType === "shared" && !fAttrs.ref && fAttrs.si !== undefined) {
          dependents.push(key, -1 - eager.length);
          eager.push({ si: fAttrs.si, result });
          continue;
        }
        if (shareType === "shared" && fAttrs.si !== undefined)
          masters.set(fAttrs.si, { formula, row, col });
        cells.set(key, new LeanFormulaCell(result.value, key, result.kind, formula));
        continue;
      }
      let value: Plain | undefined;
      if (t === "inlineStr") {
        const is = IS_ELEMENT.exec(scan.inner)?.[1];
        const text = is === undefined ? "" : stringText(utf8(is));
        if (text) value = { kind: "text", value: text };
      } else if (vText) value = this.valueOf(vText, t, isDate);
      if (value !== undefined) {
        count(row, col);
        // a literal, not a spread: this runs for every value cell
        cells.set(key, new LeanValueCell(value.kind, value.value, key));
      } else {
        // no value: ExcelJS reports a styled cell as empty, an unstyled one as holding something
        if (!styleId) count(row, col);
        cells.delete(key);
      }
    }
    for (let i = 0; i < dependents.length; i += 2) {
      const key = dependents[i];
      const rec = dependents[i + 1];
      // a later cell element with the same reference wins
      if (cells.has(key)) continue;
      if (rec >= 0) cells.set(key, rec);
      else {
        const d = eager[-1 - rec];
        cells.set(key, new LeanFormulaCell(d.result.value, key, d.result.kind, masters.get(d.si)));
      }
    }
    // the covered cells of a merged range are empty and name the range's top-left cell
    const merges: string[] = [];
    for (const ref of mergeList) {
      const r = parseRange(ref);
      const top = `${letters(r.left)}${r.top}`;
      merges.push(`${top}:${letters(r.right)}${r.bottom}`);
      for (let y = r.top; y <= r.bottom; y++)
        for (let x = r.left; x <= r.right; x++) {
          if (y === r.top && x === r.left) continue;
          const key = y * KEY + x;
          cells.set(key, {
            kind: "empty",
            value: null,
            address: `${letters(x)}${y}`,
            mergedInto: top,
          });
          count(y, x);
        }
    }
    return {
      cells,
      rows,
      columns,
      withData: [...withData].sort((p, q) => p - q),
      merges,
    };
  }
}

const LETTERS: string[] = [];

/** Column letters, cached (a sheet asks for the same few columns again and again). */
function letters(c: number): string {
  return (LETTERS[c] ??= colLetter(c));
}

/** A `<row>`'s `r` (`x[a0, a1)` its attributes): the usual ` r="12"` read directly. */
function rowNumber(x: string, a0: number, a1: number): number | undefined {
  const i = skipSpaces(x, a0, a1);
  if (i > a0 && attrOpens(x, i, a1, 114 /* r */)) {
    let n = 0;
    let k = i + 3;
    for (; k < a1 && k < i + 10; k++) {
      const d = x.charCodeAt(k);
      if (d < 48 || d > 57) break;
      n = n * 10 + (d - 48);
    }
    if (k > i + 3 && x.charCodeAt(k) === 34 /* " */) return n;
  }
  const r = /\br\s*=\s*["'](\d+)["']/.exec(x.slice(a0, a1));
  return r ? Number(r[1]) : undefined;
}

/** The number `x[i0, i1)` spells in digits only (a shared string's index); -1 for anything else. */
function digitsAt(x: string, i0: number, i1: number): number {
  if (i1 - i0 > 9) return -1;
  let n = 0;
  for (let k = i0; k < i1; k++) {
    const d = x.charCodeAt(k);
    if (d < 48 || d > 57) return -1;
    n = n * 10 + (d - 48);
  }
  return n;
}

/** `AB12` → row and column, without a regular expression (it runs once per cell). */
function cellRef(ref: string): { row: number; col: number } {
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const k = ref.charCodeAt(i);
    if (k >= 65 && k <= 90) c = c * 26 + (k - 64);
    else if (k >= 97 && k <= 122) c = c * 26 + (k - 96);
    else break;
  }
  const row = Number(ref.slice(i).replace(/\$/g, ""));
  if (!c || !Number.isInteger(row) || row < 1) return parseCell(ref);
  return { row, col: c };
}

function plainOf(v: unknown): Plain {
  if (v === undefined) return EMPTY;
  if (typeof v === "number") return { kind: "number", value: v };
  if (typeof v === "boolean") return { kind: "bool", value: v };
  if (typeof v === "string") return v === "" ? EMPTY : { kind: "text", value: v };
  return { kind: "error", value: (v as { error: string }).error };
}

type Slide = (formula: string, from: string, to: string) => string;
let slideFormula: Slide | undefined;

/** ExcelJS's own translation of a shared formula, where ours is not certain (as reader.ts does). */
function slide(
  formula: string,
  fromRow: number,
  fromCol: number,
  row: number,
  col: number
): string {
  slideFormula ??= (require("exceljs/lib/utils/shared-formula") as { slideFormula: Slide })
    .slideFormula;
  return slideFormula(formula, `${letters(fromCol)}${fromRow}`, `${letters(col)}${row}`);
}
