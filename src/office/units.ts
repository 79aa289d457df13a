// Column widths: the workbook model (and .xlsx files) measure them in characters of the default
// font; Office.js `format.columnWidth` takes points. Excel's rule for Calibri 11 (maximum digit
// width 7 px): pixels = chars × 7 + 5, points = pixels × 0.75. Excel rounds to whole pixels
// when drawing; we keep the fraction so a width survives a model → Excel → model round trip.

const DIGIT_PX = 7;
const PADDING_PX = 5;
const POINTS_PER_PX = 0.75;

/** Excel character units → points, e.g. 8.43 → 48.01 (Excel's default column, 64 px = 48 pt). */
export function columnCharsToPoints(chars: number): number {
  if (!(chars > 0)) return 0;
  return (chars * DIGIT_PX + PADDING_PX) * POINTS_PER_PX;
}

/** Points → Excel character units, rounded to 2 decimals (the inverse of the above). */
export function columnPointsToChars(points: number): number {
  if (!(points > 0)) return 0;
  const pixels = points / POINTS_PER_PX;
  return Math.round(((pixels - PADDING_PX) / DIGIT_PX) * 100) / 100;
}
