// A zip archive written entry by entry: each entry's text is deflated as it arrives (Node's zlib,
// or pako in the browser: the deflate JSZip uses) and only the compressed bytes are kept, so
// an .xlsx never holds its uncompressed XML at once (85 MB for a 500-person month).

import type { Deflate } from "pako";

/**
 * The streaming deflate, loaded on first use (the pane's first load must not carry it): Node's
 * zlib under Node (the CLI), pako in the browser (the pane's downloads).
 */
export type DeflateClass = typeof Deflate;
export const loadDeflate = async (): Promise<DeflateClass> =>
  typeof process !== "undefined" && process.versions?.node
    ? ((await import("./nodeDeflate")).NodeDeflate as unknown as DeflateClass)
    : (await import("pako")).Deflate;

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

function crc32(crc: number, bytes: Uint8Array): number {
  let c = crc ^ -1;
  for (let i = 0; i < bytes.length; i++) c = (c >>> 8) ^ CRC_TABLE[(c ^ bytes[i]) & 0xff];
  return c ^ -1;
}

/** UTF-8 bytes of a string (TextEncoder where there is one; EdgeHTML 18 has none). */
const utf8: (s: string) => Uint8Array =
  typeof TextEncoder !== "undefined"
    ? (
        (enc) => (s: string) =>
          enc.encode(s)
      )(new TextEncoder())
    : (s: string) => {
        const bin = unescape(encodeURIComponent(s));
        const out = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
        return out;
      };

/** 2000-01-01 00:00 in MS-DOS form: fixed, so the same workbook gives the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;

interface Entry {
  name: Uint8Array;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly entries: Entry[] = [];
  private offset = 0;

  constructor(private readonly Deflate: DeflateClass) {}

  /** Adds an entry whose text `write` hands over in pieces (each piece is deflated at once). */
  add(name: string, write: (emit: (text: string) => void) => void): void {
    const deflate = new this.Deflate({ raw: true, level: 6 });
    const out: Uint8Array[] = [];
    deflate.onData = (c) => out.push(c);
    deflate.onEnd = () => undefined;
    let crc = 0;
    let size = 0;
    write((text) => {
      const bytes = utf8(text);
      crc = crc32(crc, bytes);
      size += bytes.length;
      deflate.push(bytes, false);
    });
    deflate.push(new Uint8Array(0), true);
    if (deflate.err) throw new Error(`压缩 ${name} 失败：${deflate.msg}`);
    const compressed = out.reduce((n, c) => n + c.length, 0);
    const entry: Entry = { name: utf8(name), crc, compressed, size, offset: this.offset };
    this.entries.push(entry);
    this.push(this.header(entry, false));
    for (const c of out) this.push(c);
  }

  /** The archive: entries, central directory, end record. */
  finish(): Uint8Array {
    const start = this.offset;
    for (const e of this.entries) this.push(this.header(e, true));
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, this.entries.length, true);
    end.setUint16(10, this.entries.length, true);
    end.setUint32(12, this.offset - start, true);
    end.setUint32(16, start, true);
    this.push(new Uint8Array(end.buffer));
    const all = new Uint8Array(this.offset);
    let at = 0;
    for (const c of this.chunks) {
      all.set(c, at);
      at += c.length;
    }
    return all;
  }

  private push(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.offset += bytes.length;
  }

  /** A local file header, or (central) a central directory record. */
  private header(e: Entry, central: boolean): Uint8Array {
    const fixed = central ? 46 : 30;
    const buf = new Uint8Array(fixed + e.name.length);
    const v = new DataView(buf.buffer);
    let p = 0;
    const u16 = (x: number) => {
      v.setUint16(p, x, true);
      p += 2;
    };
    const u32 = (x: number) => {
      v.setUint32(p, x >>> 0, true);
      p += 4;
    };
    u32(central ? 0x02014b50 : 0x04034b50);
    if (central) u16(20); // made by
    u16(20); // needed to extract: deflate
    u16(0x0800); // names in UTF-8
    u16(8); // deflate
    u16(DOS_TIME);
    u16(DOS_DATE);
    u32(e.crc);
    u32(e.compressed);
    u32(e.size);
    u16(e.name.length);
    u16(0); // extra field
    if (central) {
      u16(0); // comment
      u16(0); // disk
      u16(0); // internal attributes
      u32(0); // external attributes
      u32(e.offset);
    }
    buf.set(e.name, p);
    return buf;
  }
}
