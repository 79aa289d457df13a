// Rounding that agrees with Excel's and LibreOffice's ROUND(x, 2).

/**
 * Round to 2 decimals, half away from zero, like Excel's ROUND(x, 2).
 *
 * Excel rounds the decimal value it shows (15 significant digits), not the binary double: 1.005
 * is stored as 1.00499999999999989… yet ROUND(1.005, 2) is 1.01. So the value is first read at 15
 * significant digits, scaled by 100 and read at 15 digits again (the multiplication adds its own
 * noise: 2.675 × 100 = 267.49999999999997), and only then rounded.
 */
export function round2(x: number): number {
  if (!Number.isFinite(x)) return x;
  const a = Math.abs(x);
  if (a >= 1e13) return x; // no digits left below 0.01 at this magnitude
  const shown = Number(a.toPrecision(15));
  const scaled = Number((shown * 100).toPrecision(15));
  const r = Math.round(scaled); // non-negative, so .5 goes up = away from zero
  if (r === 0) return 0; // never -0
  return x < 0 ? -r / 100 : r / 100;
}
