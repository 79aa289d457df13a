// Column widths between the model's character units and Office.js points.

import { columnCharsToPoints, columnPointsToChars } from "../../src/office/units";

test("Excel's default column: 8.43 characters ≈ 48 points (64 px)", () => {
  // (8.43 × 7 + 5) px × 0.75 = 64.01 px × 0.75 = 48.0075 pt
  expect(columnCharsToPoints(8.43)).toBeCloseTo(48.0075, 10);
  // 48 pt = 64 px → (64 − 5) / 7 = 8.428… → 8.43
  expect(columnPointsToChars(48)).toBe(8.43);
});

test("widths survive the round trip; non-positive widths are 0", () => {
  for (const chars of [4, 8, 10, 12.5, 30, 60.25])
    expect(columnPointsToChars(columnCharsToPoints(chars))).toBe(chars);
  expect([columnCharsToPoints(0), columnCharsToPoints(-1), columnPointsToChars(0)]).toEqual([
    0, 0, 0,
  ]);
});
