// The score chart's scale sits around the scores (a 2-point gap must show), never below 0 and
// never ending before 100.

import { chartScale, scaleX } from "../../src/taskpane/chartScale";

test("scores 55…96 give 50–100 with a grid line every 10", () => {
  expect(chartScale([96, 88.5, 88.5, 55])).toEqual({
    lo: 50,
    hi: 100,
    ticks: [50, 60, 70, 80, 90, 100],
  });
});

test("close scores get a narrow scale with a line every 5; bonus scores above 100 widen it", () => {
  expect(chartScale([91, 93, 95])).toEqual({ lo: 85, hi: 100, ticks: [85, 90, 95, 100] });
  expect(chartScale([99, 103])).toEqual({ lo: 90, hi: 105, ticks: [90, 95, 100, 105] });
  expect(chartScale([100, 100]).lo).toBe(90); // at least 10 points of room
});

test("a very low score starts the scale at 0, not below", () => {
  expect(chartScale([3, 90])).toEqual({ lo: 0, hi: 100, ticks: [0, 20, 40, 60, 80, 100] });
  expect(chartScale([]).hi).toBe(100);
});

test("positions: the left edge is lo, the right edge hi, clamped outside", () => {
  const scale = chartScale([55, 96]);
  expect(scaleX(scale, 50, 232)).toBe(0);
  expect(scaleX(scale, 100, 232)).toBe(232);
  expect(scaleX(scale, 96, 232)).toBe(213.4);
  expect(scaleX(scale, 20, 232)).toBe(0);
});
