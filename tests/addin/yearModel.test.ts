// The 年度 view's pure logic (src/taskpane/yearModel.ts): ranking order, the 优秀比例 field, the
// sparkline geometry (one scale for all, a month not scored breaks the line) and the rate text.

import type { YearPersonView } from "../../src/app/actions";
import {
  formatRate,
  monthName,
  parseRatio,
  trendGeometry,
  trendScale,
  yearRanking,
} from "../../src/taskpane/yearModel";

function person(name: string, rank: number, scores: (number | null)[], veto = -1): YearPersonView {
  const months = scores.flatMap((score, i) =>
    score === null
      ? []
      : [
          {
            month: `2026-${String(i + 1).padStart(2, "0")}`,
            score,
            grade: "良好",
            veto: i === veto,
          },
        ]
  );
  return {
    name,
    post: "秘书",
    months,
    score: 0,
    grade: "良好",
    rank,
    money: 0,
    missing: [],
    veto: veto >= 0,
  };
}

test("people by annual rank, ties by name", () => {
  const ranked = yearRanking([person("王五", 2, []), person("张三", 1, []), person("李四", 2, [])]);
  expect(ranked.map((p) => p.name)).toEqual(["张三", "李四", "王五"]);
});

test("优秀比例 is typed in percent: empty is off, 1–100 accepted, anything else invalid", () => {
  expect(["", "  ", "30", "30%", " 30 ％", "12.5", "100", "1"].map(parseRatio)).toEqual([
    undefined,
    undefined,
    0.3,
    0.3,
    0.3,
    0.125,
    1,
    0.01,
  ]);
  expect(["0", "0.3", "101", "三十", "-5", "30%%"].map(parseRatio)).toEqual(Array(6).fill(null));
});

test("month names in both languages", () => {
  expect([monthName("2026-03", "zh-CN"), monthName("2026-12", "en-US")]).toEqual(["3月", "Dec"]);
});

test("the sparkline: x by month over the box, y up for a higher score, a gap breaks the line", () => {
  const p = person("张三", 1, [80, 90, null, 100, 95]);
  const scale = { lo: 80, hi: 100, ticks: [] };
  const { points, segments } = trendGeometry(p, scale, 200, 28, 4);
  // January at the left padding, December would be at 196; April is (3/11) of 192 + 4
  expect(points.map((x) => x.x)).toEqual([4, 21.5, 56.4, 73.8]);
  // 80 at the bottom (28 − 4), 100 at the top (4), 90 half-way
  expect(points.map((x) => x.y)).toEqual([24, 14, 4, 9]);
  // January–February, then April–May: March is not bridged
  expect(segments.map((s) => s.map((x) => x.month))).toEqual([
    ["2026-01", "2026-02"],
    ["2026-04", "2026-05"],
  ]);
  // a single month alone draws a dot and no line
  const lone = trendGeometry(person("赵六", 2, [null, null, 88]), scale, 200, 28);
  expect([lone.points.length, lone.segments.length]).toEqual([1, 0]);
});

test("one scale for everybody, around the scores (a 2-point dip stays visible)", () => {
  const scale = trendScale([person("a", 1, [96, 94]), person("b", 2, [71, 88])]);
  expect([scale.lo, scale.hi]).toEqual([65, 100]);
  // scores outside the scale are drawn at its edge
  const { points } = trendGeometry(person("c", 3, [120]), { lo: 80, hi: 100, ticks: [] }, 200, 28);
  expect(points[0].y).toBe(4);
});

test("the rate as a whole percentage; none without an annual target", () => {
  expect([formatRate(13 / 24), formatRate(1.25), formatRate(null)]).toEqual(["54%", "125%", "—"]);
});
