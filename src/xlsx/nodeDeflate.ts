// Node's own zlib behind the part of pako's Deflate API the zip writer uses: the CLI writes a
// month workbook's 20+ MB of XML several times faster than with pako's JavaScript deflate. The
// text is compressed in segments of about 1 MB as it arrives: each segment but the last ends
// with a sync flush (no final block), the last one with the final block, and their concatenation
// is one valid raw deflate stream (a segment's back-references stay inside it), so memory stays
// bounded as with pako's streaming.
import * as zlib from "zlib";

const SEGMENT = 1 << 20;

export class NodeDeflate {
  err = 0;
  msg = "";
  onData: (chunk: Uint8Array) => void = () => undefined;
  onEnd: (status: number) => void = () => undefined;
  private pending: Uint8Array[] = [];
  private size = 0;
  private readonly level: number;

  constructor(options?: { raw?: boolean; level?: number }) {
    if (options?.raw === false) throw new Error("NodeDeflate writes raw deflate only");
    this.level = options?.level ?? 6;
  }

  push(data: Uint8Array, last: boolean): boolean {
    if (data.length) {
      this.pending.push(data);
      this.size += data.length;
    }
    if (last || this.size >= SEGMENT) {
      const input = Buffer.concat(this.pending, this.size);
      this.pending = [];
      this.size = 0;
      try {
        const out = zlib.deflateRawSync(input, {
          level: this.level,
          finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
        });
        if (out.length) this.onData(new Uint8Array(out.buffer, out.byteOffset, out.length));
      } catch (e) {
        this.err = -1;
        this.msg = e instanceof Error ? e.message : String(e);
        return false;
      }
      if (last) this.onEnd(0);
    }
    return true;
  }
}
