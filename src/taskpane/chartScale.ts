// The score chart's scale: around the scores, not from 0, so that a 2-point gap between two
// people is visible (20 bars from 0 to 105 all look alike). Pure: tested in tests/addin.

export interface ChartScale {
  /** the score at the left edge and at the right edge of the bars */
  lo: number;
  hi: number;
  /** scores with a grid line and a label */
  ticks: number[];
}

/** A scale from a round number below the lowest score to 100 (or the highest score above it). */
export function chartScale(scores: readonly number[]): ChartScale {
  const finite = scores.filter((s) => Number.isFinite(s));
  const min = finite.length ? Math.min(...finite) : 0;
  const max = finite.length ? Math.max(...finite) : 100;
  const hi = Math.max(100, Math.ceil(max / 5) * 5);
  // at least 10 points of room below the lowest score's round number, never below 0
  let lo = Math.max(0, Math.floor((min - 5) / 5) * 5);
  if (hi - lo < 10) lo = Math.max(0, hi - 10);
  const span = hi - lo;
  const step = span <= 20 ? 5 : span <= 50 ? 10 : 20;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi; t += step) ticks.push(t);
  return { lo, hi, ticks };
}

/** The x offset of a score on a scale `width` wide (one decimal). */
export function scaleX(scale: ChartScale, score: number, width: number): number {
  const clamped = Math.min(Math.max(score, scale.lo), scale.hi);
  return Math.round(((clamped - scale.lo) / (scale.hi - scale.lo)) * width * 10) / 10;
}
