// Column widths: the workbook model (and .xlsx files) measure them in characters of the Normal
// style's font; Office.js `format.columnWidth` takes points. Excel's rule: pixels = chars × w + p,
// where w is the font's maximum digit width in pixels and p its padding (2·⌈w/4⌉ + 1), and
// points = pixels × 0.75. English Excel's Calibri 11 has w = 7 (8.43 chars = 64 px = 48 pt);
// Chinese Excel's 等线 11 has w = 8 (8.38 chars = 72 px = 54 pt), so the open workbook's own unit
// is read (its standard width in characters against a default column in points) before writing.
// We keep the fraction so a width survives a model → Excel → model round trip.

const POINTS_PER_PX = 0.75;

/** The Normal font's digit width and padding, in pixels. */
export interface ColumnUnit {
  digitPx: number;
  paddingPx: number;
}

/** Calibri 11 (English Excel, and what .xlsx files written without a theme font assume). */
export const CALIBRI_UNIT: ColumnUnit = { digitPx: 7, paddingPx: 5 };

const padding = (digitPx: number) => 2 * Math.ceil(digitPx / 4) + 1;

/**
 * The unit of a workbook whose standard width is `standardChars` characters and whose default
 * column is `defaultPoints` wide: the whole digit width that explains the pair best. Calibri
 * when the pair is missing or makes no sense.
 */
export function columnUnitOf(standardChars: unknown, defaultPoints: unknown): ColumnUnit {
  if (typeof standardChars !== "number" || typeof defaultPoints !== "number") return CALIBRI_UNIT;
  if (!(standardChars > 0) || !(defaultPoints > 0)) return CALIBRI_UNIT;
  const px = defaultPoints / POINTS_PER_PX;
  let best = CALIBRI_UNIT;
  let error = Infinity;
  for (let w = 4; w <= 30; w++) {
    const e = Math.abs(standardChars * w + padding(w) - px);
    if (e < error) {
      error = e;
      best = { digitPx: w, paddingPx: padding(w) };
    }
  }
  // more than a pixel off: not a width Excel would show for that standard width
  return error <= 1 ? best : CALIBRI_UNIT;
}

/** Characters → points, e.g. 8.43 → 48.01 in Calibri (Excel's default column, 64 px = 48 pt). */
export function columnCharsToPoints(chars: number, unit: ColumnUnit = CALIBRI_UNIT): number {
  if (!(chars > 0)) return 0;
  return (chars * unit.digitPx + unit.paddingPx) * POINTS_PER_PX;
}

/** Points → characters, rounded to 2 decimals (the inverse of the above). */
export function columnPointsToChars(points: number, unit: ColumnUnit = CALIBRI_UNIT): number {
  if (!(points > 0)) return 0;
  const pixels = points / POINTS_PER_PX;
  return Math.round(((pixels - unit.paddingPx) / unit.digitPx) * 100) / 100;
}
