// Row blocks under a byte budget (Excel on the web rejects requests over 5 MB).

import fc from "fast-check";
import { chunkRows, DEFAULT_CHUNK_BYTES, rowBytes, utf8Length } from "../../src/office/chunks";

test("utf8Length counts bytes as UTF-8 does", () => {
  // a = 1, é = 2, 岗 = 3, 😀 (surrogate pair) = 4
  expect([
    utf8Length("a"),
    utf8Length("é"),
    utf8Length("岗"),
    utf8Length("😀"),
    utf8Length("a岗😀"),
  ]).toEqual([1, 2, 3, 4, 8]);
  fc.assert(
    fc.property(
      fc.string({ unit: "grapheme" }),
      (s) => utf8Length(s) === Buffer.byteLength(s, "utf8")
    )
  );
});

test("blocks break exactly where the next row would pass the budget", () => {
  // Each row ["岗位"] is JSON ["岗位"] = 2 + 2 quotes + 6 bytes = 10 bytes.
  // A block of n rows is 2 + 10n + (n - 1) = 11n + 1 bytes: budget 45 → n ≤ 4 (45), 5 rows would be 56.
  const rows = Array.from({ length: 10 }, () => ["岗位"]);
  expect(rowBytes(rows[0])).toBe(11);
  const blocks = chunkRows(rows, 45);
  expect(blocks.map((b) => [b.startRow, b.rows.length, b.bytes])).toEqual([
    [0, 4, 45],
    [4, 4, 45],
    [8, 2, 23],
  ]);
  expect(blocks[0].bytes).toBe(Buffer.byteLength(JSON.stringify(blocks[0].rows)));
});

test("a row cap splits further", () => {
  const rows = Array.from({ length: 7 }, (_, i) => [i]);
  expect(chunkRows(rows, DEFAULT_CHUNK_BYTES, 3).map((b) => b.rows.length)).toEqual([3, 3, 1]);
});

test("a single row over the budget is refused with its row number", () => {
  expect(() => chunkRows([["ok"], ["岗".repeat(100)]], 100)).toThrow(
    "第 2 行的数据有 305 字节，超过单次写入上限 100 字节"
  );
});

test("empty input gives no blocks; the default budget is 4 MB", () => {
  expect(chunkRows([])).toEqual([]);
  expect(DEFAULT_CHUNK_BYTES).toBe(4194304);
});

test("property: blocks keep every row in order and each block's JSON fits the budget", () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null)
  );
  fc.assert(
    fc.property(
      fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 60 }),
      fc.integer({ min: 120, max: 600 }),
      (rows, budget) => {
        const blocks = chunkRows(rows, budget);
        expect(blocks.flatMap((b) => b.rows)).toEqual(rows);
        let next = 0;
        for (const block of blocks) {
          expect(block.startRow).toBe(next);
          next += block.rows.length;
          const bytes = Buffer.byteLength(JSON.stringify(block.rows));
          expect(block.bytes).toBe(bytes);
          expect(bytes).toBeLessThanOrEqual(budget);
        }
        // Greedy: adding the next block's first row would have passed the budget.
        blocks.slice(0, -1).forEach((block, i) => {
          const grown = [...block.rows, blocks[i + 1].rows[0]];
          expect(Buffer.byteLength(JSON.stringify(grown))).toBeGreaterThan(budget);
        });
      }
    )
  );
});
