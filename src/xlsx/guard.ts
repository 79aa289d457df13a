// Limits checked before a file is handed to ExcelJS (SPEC §9: hostile files get a clear message
// in seconds and bounded memory). ExcelJS inflates every part and builds an object per cell —
// about 1 KB each — so a zip that inflates to gigabytes or a sheet of millions of cells would
// exhaust memory before any message. Here the zip's central directory is read directly, each
// part is inflated (stopping as soon as a limit is passed, whatever the headers claim) and the
// cells (`<c …>` elements) of every worksheet are counted. A part of a few megabytes is inflated
// in one call bounded by its budget, and may be kept for the lean reader (which then does not
// inflate it again); a larger one is inflated as a stream, so memory stays bounded.
//
// The limits leave room for a large office: a 500-person month workbook holds about 370,000
// cells and 27 MB of XML.

import { createInflateRaw, inflateRawSync } from "zlib";
import { WorkbookReadError } from "../workbook/grid";

export interface XlsxLimits {
  /** all parts together, inflated */
  totalBytes: number;
  /** cells (`<c>` elements, styled empty cells included) in all worksheets together */
  cells: number;
  /** parts in the zip */
  entries: number;
}

export const DEFAULT_LIMITS: XlsxLimits = {
  totalBytes: 256 * 1024 * 1024,
  cells: 750_000,
  entries: 10_000,
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;

/** The central directory's entries; undefined when there is none to read (ExcelJS then says corrupt). */
export function centralDirectory(b: Buffer): ZipEntry[] | undefined {
  // the end record is in the last 64 KB + 22 bytes (its comment is at most 65,535 bytes)
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (p + 46 > b.length || b.readUInt32LE(p) !== CEN_SIG) return undefined;
    const nameLen = b.readUInt16LE(p + 28);
    const extraLen = b.readUInt16LE(p + 30);
    const commentLen = b.readUInt16LE(p + 32);
    entries.push({
      method: b.readUInt16LE(p + 10),
      compressedSize: b.readUInt32LE(p + 20),
      size: b.readUInt32LE(p + 24),
      localOffset: b.readUInt32LE(p + 42),
      name: b.toString("utf8", p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

export function dataOf(b: Buffer, e: ZipEntry): Buffer | undefined {
  const p = e.localOffset;
  if (p + 30 > b.length || b.readUInt32LE(p) !== LOC_SIG) return undefined;
  const start = p + 30 + b.readUInt16LE(p + 26) + b.readUInt16LE(p + 28);
  // sizes in the central directory; 0xFFFFFFFF would be zip64, which Excel does not write here
  return b.subarray(start, Math.min(b.length, start + e.compressedSize));
}

const LT_C = Buffer.from("<c", "latin1");
const NO_BYTES = Buffer.alloc(0);

const isCellEnd = (k: number): boolean =>
  k === 0x20 || k === 0x3e || k === 0x2f || k === 0x0a || k === 0x09;

/** Counts `<c ` / `<c>` / `<c/>` (cell elements) across chunk boundaries. */
class CellCounter {
  count = 0;
  private tail = NO_BYTES;
  feed(chunk: Buffer): void {
    const buf = this.tail.length ? Buffer.concat([this.tail, chunk]) : chunk;
    const n = buf.length;
    let i = buf.indexOf(LT_C);
    while (i >= 0 && i + 2 < n) {
      if (isCellEnd(buf[i + 2])) this.count++;
      i = buf.indexOf(LT_C, i + 2);
    }
    // a "<c" or "<" at the very end is completed by the next chunk
    if (i >= 0) this.tail = Buffer.from(buf.subarray(i));
    else this.tail = buf[n - 1] === 0x3c ? Buffer.from([0x3c]) : NO_BYTES;
  }
  /**
   * The same count over a whole part as latin1 text (one character per byte): V8's string search
   * has no per-call cost, where Buffer.indexOf crosses into C++ once per cell.
   */
  feedText(text: string): void {
    for (let i = text.indexOf("<c"); i >= 0; i = text.indexOf("<c", i + 2))
      if (isCellEnd(text.charCodeAt(i + 2))) this.count++;
  }
}

type Stop = { kind: "bytes" } | { kind: "cells" };

/**
 * A part inflated: its size (so far), why it stopped, whether it was damaged, its bytes if kept
 * (a worksheet as latin1 text: it was decoded so to count its cells, and the lean reader scans
 * sheets in that form, see leanReader.ts `utf8`).
 */
interface Inflated {
  bytes: number;
  stop?: Stop;
  bad?: boolean;
  data?: Buffer | string;
}

/** Parts declaring up to this size are inflated in one call (bounded by their budget). */
const INFLATE_AT_ONCE = 16 * 1024 * 1024;

/**
 * Inflates one part in one call, allocating at most `budget` bytes: the same answer as the
 * stream below (a cell count beyond the budget is known only at the end, which changes nothing).
 */
function inflateAtOnce(
  data: Buffer,
  method: number,
  budget: number,
  counter: CellCounter | undefined,
  cellBudget: number
): Inflated {
  let out: Buffer;
  if (method === 0) out = data;
  else if (method !== 8) return { bytes: 0, bad: true };
  else
    try {
      out = inflateRawSync(data, { maxOutputLength: budget });
    } catch (err) {
      if ((err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE")
        return { bytes: budget + 1, stop: { kind: "bytes" } };
      return { bytes: 0, bad: true };
    }
  if (out.length > budget) return { bytes: out.length, stop: { kind: "bytes" } };
  if (!counter) return { bytes: out.length, data: out };
  const text = out.toString("latin1");
  counter.feedText(text);
  if (counter.count > cellBudget) return { bytes: out.length, stop: { kind: "cells" } };
  return { bytes: out.length, data: text };
}

/** Inflates one part as a stream, counting bytes (and cells); stops at the first limit passed. */
function inflatePart(
  data: Buffer,
  method: number,
  budget: number,
  counter: CellCounter | undefined,
  cellBudget: number
): Promise<{ bytes: number; stop?: Stop; bad?: boolean }> {
  if (method === 0) {
    counter?.feed(data);
    if (data.length > budget)
      return Promise.resolve({ bytes: data.length, stop: { kind: "bytes" } });
    if (counter && counter.count > cellBudget)
      return Promise.resolve({ bytes: data.length, stop: { kind: "cells" } });
    return Promise.resolve({ bytes: data.length });
  }
  if (method !== 8) return Promise.resolve({ bytes: 0, bad: true });
  return new Promise((resolve) => {
    const z = createInflateRaw();
    let bytes = 0;
    let done = false;
    const finish = (r: { bytes: number; stop?: Stop; bad?: boolean }) => {
      if (done) return;
      done = true;
      z.removeAllListeners("data");
      z.destroy();
      resolve(r);
    };
    z.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > budget) return finish({ bytes, stop: { kind: "bytes" } });
      if (counter) {
        counter.feed(chunk);
        if (counter.count > cellBudget) finish({ bytes, stop: { kind: "cells" } });
      }
    });
    z.on("end", () => finish({ bytes }));
    z.on("error", () => finish({ bytes, bad: true }));
    z.end(data);
  });
}

function mb(n: number): string {
  return n >= 1024 * 1024 * 1024
    ? `${(n / 1024 / 1024 / 1024).toFixed(1)} GB`
    : `${Math.round(n / 1024 / 1024)} MB`;
}

/** Worksheet part → sheet name, from workbook.xml and its relationships (best effort). */
async function sheetNamesByPart(b: Buffer, entries: ZipEntry[]): Promise<Map<string, string>> {
  const text = async (name: string): Promise<string> => {
    const e = entries.find((x) => x.name === name);
    const data = e && e.size < 16 * 1024 * 1024 ? dataOf(b, e) : undefined;
    if (!e || !data) return "";
    const { inflateRawSync } = await import("zlib");
    try {
      return (
        e.method === 8 ? inflateRawSync(data, { maxOutputLength: e.size + 1 }) : data
      ).toString("utf8");
    } catch {
      return "";
    }
  };
  const rels = new Map<string, string>();
  for (const m of (await text("xl/_rels/workbook.xml.rels")).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) rels.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const out = new Map<string, string>();
  for (const m of (await text("xl/workbook.xml")).matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const part = id ? rels.get(id) : undefined;
    if (name !== undefined && part) out.set(part, unescapeXml(name));
  }
  return out;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/**
 * Refuses a zip whose parts inflate beyond the limits or whose worksheets hold too many cells,
 * with a Chinese message naming the file (and the sheet); does nothing for a file that is not
 * a readable zip (the reader reports that as damaged).
 */
export async function guardXlsx(
  data: Uint8Array,
  fileName: string,
  limits: XlsxLimits = DEFAULT_LIMITS
): Promise<void> {
  await guardAndInflate(data, fileName, limits, false);
}

/**
 * The guard (`guardXlsx`), keeping what it inflated when `keep`: part name → inflated bytes, or
 * a worksheet's latin1 text (the parts inflated in one call; larger ones are absent). Undefined when the file is not a readable
 * zip (the reader reports that as damaged).
 */
export async function guardAndInflate(
  data: Uint8Array,
  fileName: string,
  limits: XlsxLimits = DEFAULT_LIMITS,
  keep = true
): Promise<Map<string, Buffer | string> | undefined> {
  const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const entries = centralDirectory(b);
  if (!entries) return undefined;
  const kept = new Map<string, Buffer | string>();
  const f = `文件 ${fileName}`;
  const refuse = (what: string, sheet?: string): never => {
    throw new WorkbookReadError(
      "too-large",
      `${f} ${what}，远超考核工作簿应有的大小，未打开（可能已损坏，或误填了很远处的单元格、整行整列的格式）：` +
        `请在 Excel 中删除多余的行列后另存再试`,
      fileName,
      sheet
    );
  };
  if (entries.length > limits.entries)
    refuse(`含有 ${entries.length} 个部件（上限 ${limits.entries}）`);
  const declared = entries.reduce((s, e) => s + e.size, 0);
  if (declared > limits.totalBytes) {
    const biggest = entries.reduce((a, e) => (e.size > a.size ? e : a));
    refuse(
      `解压后有 ${mb(declared)}（其中 ${biggest.name} ${mb(biggest.size)}；上限 ${mb(limits.totalBytes)}）`
    );
  }
  const isSheet = (n: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(n);
  let total = 0;
  let cells = 0;
  for (const e of entries) {
    if (e.name.endsWith("/")) continue;
    const part = dataOf(b, e);
    if (!part) return undefined; // damaged: the reader says so
    const counter = isSheet(e.name) ? new CellCounter() : undefined;
    // a part may not inflate beyond what it declares (nor beyond the total budget)
    const budget = Math.min(e.size, limits.totalBytes - total);
    const r: Inflated =
      budget >= 1 && budget <= INFLATE_AT_ONCE
        ? inflateAtOnce(part, e.method, budget, counter, limits.cells - cells)
        : await inflatePart(part, e.method, budget, counter, limits.cells - cells);
    if (r.bad) return undefined;
    if (keep && r.data) kept.set(e.name.replace(/^\//, ""), r.data);
    if (r.stop?.kind === "bytes") {
      if (r.bytes > e.size && e.size < limits.totalBytes - total)
        refuse(`的部件 ${e.name} 解压后比文件自己声明的 ${e.size} 字节还大（压缩炸弹）`);
      refuse(`解压后超过 ${mb(limits.totalBytes)}（在 ${e.name} 处）`);
    }
    total += r.bytes;
    cells += counter?.count ?? 0;
    if (r.stop?.kind === "cells" || cells > limits.cells) {
      const names = await sheetNamesByPart(b, entries);
      const sheet = names.get(e.name);
      refuse(
        `${sheet ? `的工作表“${sheet}”` : ""}含有超过 ${limits.cells.toLocaleString("en-US")} 个单元格`,
        sheet
      );
    }
  }
  return kept;
}
