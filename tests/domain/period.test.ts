import { monthPeriod, weekPeriods, type Period } from "../../src/domain/period";

const week = (start: string, end: string, asOf: string): Period => ({
  kind: "week",
  key: start,
  start,
  end,
  asOf,
});

describe("monthPeriod", () => {
  it("spans the month; its as-of date is min(month end, 基准日)", () => {
    expect(monthPeriod("2026-10", "2026-10-31")).toEqual({
      kind: "month",
      key: "2026-10",
      start: "2026-10-01",
      end: "2026-10-31",
      asOf: "2026-10-31",
    });
    expect(monthPeriod("2026-10", "2026-10-14").asOf).toBe("2026-10-14");
    expect(monthPeriod("2026-10", "2026-11-05").asOf).toBe("2026-10-31");
    expect(monthPeriod("2026-02", "2026-03-01").end).toBe("2026-02-28");
  });

  it("rejects a bad month or 基准日", () => {
    expect(() => monthPeriod("2026-13", "2026-10-31")).toThrow(RangeError);
    expect(() => monthPeriod("2026-10", "2026-10-32")).toThrow(RangeError);
  });
});

describe("weekPeriods", () => {
  it("October 2026: Oct 1 is a Thursday, so the first week is 10-01..10-04", () => {
    // Mondays: 10-05, 10-12, 10-19, 10-26; the last week is clipped at Sat 10-31
    expect(weekPeriods("2026-10", "2026-10-31")).toEqual([
      week("2026-10-01", "2026-10-04", "2026-10-04"),
      week("2026-10-05", "2026-10-11", "2026-10-11"),
      week("2026-10-12", "2026-10-18", "2026-10-18"),
      week("2026-10-19", "2026-10-25", "2026-10-25"),
      week("2026-10-26", "2026-10-31", "2026-10-31"),
    ]);
  });

  it("with 基准日 mid-month: later weeks are left out, the current week is cut at 基准日", () => {
    // 10-14 is a Wednesday: weeks starting 10-19 and 10-26 start after it
    expect(weekPeriods("2026-10", "2026-10-14")).toEqual([
      week("2026-10-01", "2026-10-04", "2026-10-04"),
      week("2026-10-05", "2026-10-11", "2026-10-11"),
      week("2026-10-12", "2026-10-18", "2026-10-14"),
    ]);
    // 基准日 on a Monday: that week is scored for its first day
    expect(
      weekPeriods("2026-10", "2026-10-19")
        .map((p) => [p.key, p.asOf])
        .slice(-1)
    ).toEqual([["2026-10-19", "2026-10-19"]]);
    expect(weekPeriods("2026-10", "2026-09-30")).toEqual([]);
    expect(weekPeriods("2026-10", "2026-12-01")).toHaveLength(5);
  });

  it("a month starting on Monday and one starting on Sunday", () => {
    // 2026-06-01 is a Monday; June has 30 days → last week 06-29..06-30
    expect(weekPeriods("2026-06", "2026-06-30").map((p) => `${p.start}..${p.end}`)).toEqual([
      "2026-06-01..2026-06-07",
      "2026-06-08..2026-06-14",
      "2026-06-15..2026-06-21",
      "2026-06-22..2026-06-28",
      "2026-06-29..2026-06-30",
    ]);
    // 2026-02-01 is a Sunday: a one-day first week; Feb 2026 has 28 days
    expect(weekPeriods("2026-02", "2026-02-28").map((p) => `${p.start}..${p.end}`)).toEqual([
      "2026-02-01..2026-02-01",
      "2026-02-02..2026-02-08",
      "2026-02-09..2026-02-15",
      "2026-02-16..2026-02-22",
      "2026-02-23..2026-02-28",
    ]);
  });
});
