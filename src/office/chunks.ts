// Splitting big writes: Excel on the web rejects a request over 5 MB
// (RequestPayloadSizeLimitExceeded), so a 2-D write is cut into row blocks that each stay below a
// byte budget, measured as the JSON the request will carry.

export type CellInput = string | number | boolean | null;

export interface RowBlock<T> {
  /** index of the block's first row in the input */
  startRow: number;
  rows: T[][];
  /** UTF-8 length of the JSON of the block's rows */
  bytes: number;
}

/** Default budget: 4 MB, leaving room under the 5 MB limit for the rest of the request. */
export const DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024;

/** UTF-8 length of a string without allocating (CJK characters take 3 bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes one row adds to a JSON 2-D array, including its brackets and the comma before it. */
export function rowBytes(row: readonly unknown[]): number {
  return utf8Length(JSON.stringify(row)) + 1;
}

/**
 * Splits `rows` into consecutive blocks whose JSON stays within `maxBytes` (and, if given, at most
 * `maxRows` rows). Every row lands in exactly one block, in order. A single row larger than the
 * budget cannot be split by rows: it throws, naming the row, instead of sending a request Excel
 * would reject.
 */
export function chunkRows<T>(
  rows: readonly (readonly T[])[],
  maxBytes: number = DEFAULT_CHUNK_BYTES,
  maxRows: number = Number.POSITIVE_INFINITY
): RowBlock<T>[] {
  if (!(maxBytes > 2)) throw new RangeError(`分块字节上限无效：${maxBytes}`);
  if (!(maxRows >= 1)) throw new RangeError(`分块行数上限无效：${maxRows}`);
  const blocks: RowBlock<T>[] = [];
  let current: T[][] = [];
  let start = 0;
  // JSON of n rows: "[" + rows joined by "," + "]"; `bytes` counts one comma too many (the
  // block's exact size is bytes - 1), which keeps the per-row arithmetic uniform.
  let bytes = 2;
  rows.forEach((row, index) => {
    const size = rowBytes(row);
    if (size + 1 > maxBytes) {
      throw new RangeError(
        `第 ${index + 1} 行的数据有 ${size} 字节，超过单次写入上限 ${maxBytes} 字节`
      );
    }
    if (current.length > 0 && (bytes + size - 1 > maxBytes || current.length >= maxRows)) {
      blocks.push({ startRow: start, rows: current, bytes: bytes - 1 });
      current = [];
      start = index;
      bytes = 2;
    }
    current.push([...row]);
    bytes += size;
  });
  if (current.length > 0) blocks.push({ startRow: start, rows: current, bytes: bytes - 1 });
  return blocks;
}
