// The 年度 view's pure logic: the ranking order, the 优秀比例 typed as a percentage, each
// person's trend as sparkline geometry over January–December on one scale for everybody, and
// the words of the quota line. Kept out of the component so it is unit-tested without a browser.

import type { YearPersonView } from "../app/actions";
import { chartScale, type ChartScale } from "./chartScale";

/** People by annual rank, then by name (as the year workbook's table lists them). */
export function yearRanking(people: readonly YearPersonView[]): YearPersonView[] {
  return [...people].sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, "zh-CN"));
}

/**
 * 优秀比例 as typed, in percent (the field says %): empty → off (undefined); `30` or `30%` → 0.3;
 * anything else (below 1, over 100, text) → null, shown as invalid.
 */
export function parseRatio(text: string): number | undefined | null {
  const t = text
    .trim()
    .replace(/[％%]$/, "")
    .trim();
  if (t === "") return undefined;
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return n >= 1 && n <= 100 ? n / 100 : null;
}

/** `3月` (zh) or `Mar` (en) of `2026-03`. */
export function monthName(month: string, locale: "zh-CN" | "en-US"): string {
  const n = Number(month.slice(5, 7));
  if (locale === "zh-CN") return `${n}月`;
  return ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][
    n - 1
  ];
}

/** One scale for every sparkline, around all the monthly scores (a 2-point dip stays visible). */
export function trendScale(people: readonly YearPersonView[]): ChartScale {
  return chartScale(people.flatMap((p) => p.months.map((m) => m.score)));
}

export interface TrendPoint {
  month: string;
  x: number;
  y: number;
  score: number;
  grade: string;
  veto: boolean;
}

/**
 * A person's sparkline in a `width` × `height` box: a point per month scored (x by the month's
 * number, 1–12; y up for a higher score), and the lines joining consecutive months — a month
 * not scored breaks the line rather than bridging it.
 */
export function trendGeometry(
  person: YearPersonView,
  scale: ChartScale,
  width: number,
  height: number,
  pad = 4
): { points: TrendPoint[]; segments: TrendPoint[][] } {
  const xOf = (month: string) =>
    round1(pad + ((Number(month.slice(5, 7)) - 1) / 11) * (width - 2 * pad));
  const yOf = (score: number) => {
    const c = Math.min(Math.max(score, scale.lo), scale.hi);
    return round1(height - pad - ((c - scale.lo) / (scale.hi - scale.lo)) * (height - 2 * pad));
  };
  const points = person.months.map((m) => ({
    month: m.month,
    x: xOf(m.month),
    y: yOf(m.score),
    score: m.score,
    grade: m.grade,
    veto: m.veto,
  }));
  const segments: TrendPoint[][] = [];
  let run: TrendPoint[] = [];
  for (const p of points) {
    const prev = run[run.length - 1];
    if (prev && Number(p.month.slice(5, 7)) !== Number(prev.month.slice(5, 7)) + 1) {
      if (run.length > 1) segments.push(run);
      run = [];
    }
    run.push(p);
  }
  if (run.length > 1) segments.push(run);
  return { points, segments };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** `54%` of 13/24; `—` without an annual target. */
export function formatRate(rate: number | null): string {
  return rate === null ? "—" : `${Math.round(rate * 100)}%`;
}
