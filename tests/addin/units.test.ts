// Column widths between the model's character units and Office.js points.

import {
  CALIBRI_UNIT,
  columnCharsToPoints,
  columnPointsToChars,
  columnUnitOf,
} from "../../src/office/units";

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

test("the open workbook's own unit: Chinese Excel's 等线 11 is 8 px a digit, Calibri 7", () => {
  const dengxian = columnUnitOf(8.38, 54); // 8.38 × 8 + 5 = 72 px = 54 pt
  expect(dengxian).toEqual({ digitPx: 8, paddingPx: 5 });
  expect(columnUnitOf(8.43, 48)).toEqual(CALIBRI_UNIT);
  // 20 characters: 165 px in 等线, 145 px in Calibri
  expect(columnCharsToPoints(20, dengxian)).toBeCloseTo(123.75, 10);
  expect(columnCharsToPoints(20)).toBeCloseTo(108.75, 10);
  expect(columnPointsToChars(columnCharsToPoints(12.5, dengxian), dengxian)).toBe(12.5);
  // nothing read, or nonsense: Calibri
  expect([columnUnitOf(undefined, 48), columnUnitOf(8.43, -1), columnUnitOf(1, 500)]).toEqual([
    CALIBRI_UNIT,
    CALIBRI_UNIT,
    CALIBRI_UNIT,
  ]);
});
