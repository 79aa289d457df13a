import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import chineseDays from "chinese-days/dist/chinese-days.json";
import { Calendar, OFFICIAL_YEARS } from "../../src/domain/calendar";
import { OFFICIAL_HOLIDAYS, OFFICIAL_MAKEUP_DAYS } from "../../src/domain/calendar/holidays";
import { addDays, fromDayNumber, toDayNumber } from "../../src/domain/dates";

const root = path.join(__dirname, "..", "..");
const cal = new Calendar();

describe("generated holiday data", () => {
  const pkg = chineseDays as Record<"holidays" | "workdays", Record<string, string>>;
  // "National Day,国庆节,3" → "国庆节"
  const names = (t: Record<string, string>) =>
    Object.entries(t)
      .map(([d, v]) => [d, v.split(",")[1]])
      .sort();

  it("equals the chinese-days package data (an upgraded package is noticed)", () => {
    expect([...OFFICIAL_HOLIDAYS.entries()].sort()).toEqual(names(pkg.holidays));
    expect([...OFFICIAL_MAKEUP_DAYS.entries()].sort()).toEqual(names(pkg.workdays));
  });

  it("covers exactly the package's years, 2004–2026", () => {
    const pkgYears = [
      ...new Set(
        [...Object.keys(pkg.holidays), ...Object.keys(pkg.workdays)].map((d) => +d.slice(0, 4))
      ),
    ];
    expect([...OFFICIAL_YEARS]).toEqual(pkgYears.sort((a, b) => a - b));
    expect(OFFICIAL_YEARS).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
  });

  it("is what scripts/gen-holidays.js writes, compact, and the runtime never imports chinese-days", () => {
    const out = execFileSync(
      process.execPath,
      [path.join(root, "scripts", "gen-holidays.js"), "--check"],
      {
        encoding: "utf8",
      }
    );
    expect(out).toContain("up to date");
    expect(
      fs.statSync(path.join(root, "src", "domain", "calendar", "holidays.ts")).size
    ).toBeLessThan(25 * 1024);
    for (const f of [
      "calendar/index.ts",
      "calendar/holidays.ts",
      "calendar/notice.ts",
      "dates.ts",
      "period.ts",
    ]) {
      expect(fs.readFileSync(path.join(root, "src", "domain", f), "utf8")).not.toMatch(
        /from\s+["']chinese-days/
      );
    }
  });
});

describe("Calendar with the 2026 State Council data", () => {
  it("knows the make-up working days (调休上班)", () => {
    // Sat 10/10 and Sun 9/20 for 国庆; Sun 1/4 for 元旦; Sat 2/14 and Sat 2/28 for 春节
    for (const d of [
      "2026-10-10",
      "2026-09-20",
      "2026-01-04",
      "2026-02-14",
      "2026-02-28",
      "2026-05-09",
    ]) {
      expect([d, cal.isWorkday(d)]).toEqual([d, true]);
    }
    expect(cal.dayInfo("2026-10-10")).toEqual({
      date: "2026-10-10",
      weekday: 6,
      type: "调休上班",
      name: "国庆节",
    });
    expect(cal.dayInfo("2026-09-20")).toEqual({
      date: "2026-09-20",
      weekday: 7,
      type: "调休上班",
      name: "国庆节",
    });
  });

  it("knows the holidays", () => {
    for (let i = 1; i <= 7; i++) expect(cal.isWorkday(`2026-10-0${i}`)).toBe(false);
    expect(cal.isWorkday("2026-09-25")).toBe(false); // Fri, 中秋
    expect(cal.dayInfo("2026-09-25")).toEqual({
      date: "2026-09-25",
      weekday: 5,
      type: "节假日",
      name: "中秋",
    });
    expect(cal.dayInfo("2026-10-05")).toEqual({
      date: "2026-10-05",
      weekday: 1,
      type: "节假日",
      name: "国庆节",
    });
    expect(cal.dayInfo("2026-10-08")).toEqual({ date: "2026-10-08", weekday: 4, type: "工作日" });
    expect(cal.dayInfo("2026-10-11")).toEqual({ date: "2026-10-11", weekday: 7, type: "休息日" });
  });

  it("counts working days across National Day", () => {
    // (9/30, 10/12]: 10/1–10/7 off, 10/8 Thu, 10/9 Fri, 10/10 Sat (调休), 10/11 Sun off, 10/12 Mon → 4
    expect(cal.wd("2026-09-30", "2026-10-12")).toBe(4);
    expect(cal.wd("2026-10-12", "2026-09-30")).toBe(0);
    expect(cal.wd("2026-10-12", "2026-10-12")).toBe(0);
    expect(cal.wd("2026-10-01", "2026-10-07")).toBe(0);
    // after 9/29: 9/30 is the 1st, 10/8 the 2nd, 10/9 the 3rd
    expect(cal.addWd("2026-09-29", 1)).toBe("2026-09-30");
    expect(cal.addWd("2026-09-29", 2)).toBe("2026-10-08");
    expect(cal.addWd("2026-09-29", 3)).toBe("2026-10-09");
    expect(cal.addWd("2026-09-29", 4)).toBe("2026-10-10");
    expect(cal.addWd("2026-09-29", 5)).toBe("2026-10-12");
    expect(cal.addWd("2026-10-03", 0)).toBe("2026-10-03");
    // from a holiday: the first working day after 10/3 is 10/8
    expect(cal.addWd("2026-10-03", 1)).toBe("2026-10-08");
  });

  it("counts whole months", () => {
    // October: 22 weekdays (Thu 1, Fri 2, then four full weeks 5–30) − 5 weekday holidays
    // (1, 2, 5, 6, 7) + Sat 10/10 = 18
    const oct = cal.workdays("2026-10-01", "2026-10-31");
    expect(oct).toHaveLength(18);
    expect(oct.slice(0, 4)).toEqual(["2026-10-08", "2026-10-09", "2026-10-10", "2026-10-12"]);
    expect(cal.wd("2026-09-30", "2026-10-31")).toBe(18);
    // September: 22 weekdays (Tue 1 … Wed 30) − Fri 9/25 + Sun 9/20 = 22
    expect(cal.workdays("2026-09-01", "2026-09-30")).toHaveLength(22);
    expect(cal.workdays("2026-10-10", "2026-10-10")).toEqual(["2026-10-10"]);
    expect(cal.workdays("2026-10-11", "2026-10-10")).toEqual([]);
  });

  it("crosses years inside the data", () => {
    // (2025-12-30, 2026-01-05]: 12/31 Wed, 1/1–1/3 off, 1/4 Sun worked, 1/5 Mon → 3
    expect(cal.wd("2025-12-30", "2026-01-05")).toBe(3);
    expect(cal.addWd("2025-12-31", 1)).toBe("2026-01-04");
    expect(cal.workdays("2025-12-31", "2026-01-05")).toEqual([
      "2025-12-31",
      "2026-01-04",
      "2026-01-05",
    ]);
  });

  it("agrees with a day-by-day reading of the package data for every day of 2004–2026", () => {
    const pkg = chineseDays as Record<"holidays" | "workdays", Record<string, string>>;
    let count = 0;
    for (let n = toDayNumber("2004-01-01"); n <= toDayNumber("2026-12-31"); n++) {
      const d = fromDayNumber(n);
      const dow = new Date(
        Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10))
      ).getUTCDay();
      const expected = d in pkg.workdays || (dow !== 0 && dow !== 6 && !(d in pkg.holidays));
      if (cal.isWorkday(d) !== expected) throw new Error(`${d}: expected ${expected}`);
      if (expected) count++;
    }
    expect(cal.wd("2003-12-31", "2026-12-31")).toBe(count);
  });
});

describe("a year without official data is provisional (暂定)", () => {
  it("2027: weekends plus the statutory holidays of the 2024 放假办法, computed from the lunar calendar", () => {
    expect(cal.isComplete(2027)).toBe(false);
    expect(cal.isComplete(2026)).toBe(true);
    expect(cal.yearSource(2027)).toBe("暂定");
    expect(cal.yearSource(2026)).toBe("国家数据");
    expect(cal.provisionalYears("2025-06-01", "2028-01-01")).toEqual([2027, 2028]);
    expect(cal.provisionalYears("2026-01-01", "2026-12-31")).toEqual([]);
    const off = (from: string, to: string) =>
      cal
        .dayInfos(from, to)
        .filter((d) => d.type === "节假日")
        .map((d) => `${d.date} ${d.name}`);
    // 春节 2027: 农历除夕 is 2027-02-05 (腊月廿九), 正月初一 02-06, 初三 02-08
    expect(off("2027-01-01", "2027-12-31")).toEqual([
      "2027-01-01 元旦（暂定）",
      "2027-02-05 春节（暂定）",
      "2027-02-06 春节（暂定）",
      "2027-02-07 春节（暂定）",
      "2027-02-08 春节（暂定）",
      "2027-04-05 清明节（暂定）",
      "2027-05-01 劳动节（暂定）",
      "2027-05-02 劳动节（暂定）",
      "2027-06-09 端午节（暂定）",
      "2027-09-15 中秋节（暂定）",
      "2027-10-01 国庆节（暂定）",
      "2027-10-02 国庆节（暂定）",
      "2027-10-03 国庆节（暂定）",
    ]);
    const statutory = cal
      .dayInfos("2027-01-01", "2027-12-31")
      .filter((d) => d.name && d.name !== "暂定")
      .map((d) => d.date);
    expect(statutory).toEqual([
      "2027-01-01",
      "2027-02-05",
      "2027-02-06",
      "2027-02-07",
      "2027-02-08",
      "2027-04-05",
      "2027-05-01",
      "2027-05-02",
      "2027-06-09",
      "2027-09-15",
      "2027-10-01",
      "2027-10-02",
      "2027-10-03",
    ]);
    expect(cal.isWorkday("2027-02-05")).toBe(false); // Fri, 除夕
    expect(cal.isWorkday("2027-02-08")).toBe(false); // Mon, 初三
    expect(cal.isWorkday("2027-02-09")).toBe(true);
    expect(cal.isWorkday("2027-06-09")).toBe(false); // Wed, 端午
    expect(cal.dayInfo("2027-01-04")).toEqual({
      date: "2027-01-04",
      weekday: 1,
      type: "工作日",
      name: "暂定",
      provisional: true,
    });
    expect(cal.dayInfo("2027-02-06")).toEqual({
      date: "2027-02-06",
      weekday: 6,
      type: "节假日",
      name: "春节（暂定）",
      provisional: true,
    });
    // (2026-12-30, 2027-01-05]: Thu 12/31, 1/1 off, Mon 1/4, Tue 1/5 → 3
    expect(cal.wd("2026-12-30", "2027-01-05")).toBe(3);
    expect(cal.addWd("2026-12-28", 5)).toBe("2027-01-05");
  });

  it("uses the 2013 rules before 2025 (春节 from 初一, 劳动节 one day)", () => {
    // 2003: 正月初一 is 2003-02-01
    expect(cal.isComplete(2003)).toBe(false);
    expect(cal.isWorkday("2003-01-31")).toBe(true); // Fri, 除夕: a working day before 2025
    expect(cal.isWorkday("2003-02-03")).toBe(false); // Mon, 初三
    expect(cal.isWorkday("2003-05-02")).toBe(true);
  });

  it("an imported notice makes its year complete, its days win over the base", () => {
    const c = new Calendar({
      restDays: [],
      workDays: [],
      notices: [
        {
          year: 2027,
          holidays: ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09"],
          workdays: ["2027-02-20"],
          names: { "2027-02-05": "春节", "2027-02-20": "春节" },
        },
      ],
    });
    expect(c.isComplete(2027)).toBe(true);
    expect(c.yearSource(2027)).toBe("国务院通知");
    expect(c.provisionalYears("2027-01-01", "2027-12-31")).toEqual([]);
    expect(c.isWorkday("2027-02-09")).toBe(false);
    expect(c.isWorkday("2027-02-20")).toBe(true); // Sat 上班
    expect(c.isWorkday("2027-10-01")).toBe(true); // the notice did not name it: Mon–Fri
    expect(c.dayInfo("2027-02-20")).toEqual({
      date: "2027-02-20",
      weekday: 6,
      type: "调休上班",
      name: "春节",
    });
  });

  it("office-entered year: restDays/workDays are the complete exceptions to Mon–Fri", () => {
    const c = new Calendar({
      years: [2027],
      // 2027-01-01 Fri 元旦; 2027-10-01 Fri …; Sat 2027-09-25 worked
      restDays: ["2027-01-01", "2027-10-01", "2027-10-04"],
      workDays: ["2027-09-25"],
    });
    expect(c.isComplete(2027)).toBe(true);
    expect(c.provisionalYears("2026-01-01", "2027-12-31")).toEqual([]);
    expect(c.isWorkday("2027-01-01")).toBe(false);
    expect(c.isWorkday("2027-01-04")).toBe(true); // Mon
    expect(c.isWorkday("2027-01-02")).toBe(false); // Sat
    expect(c.isWorkday("2027-09-25")).toBe(true);
    expect(c.dayInfo("2027-01-01")).toEqual({
      date: "2027-01-01",
      weekday: 5,
      type: "节假日",
      name: "单位录入",
    });
    expect(c.dayInfo("2027-09-25")).toEqual({
      date: "2027-09-25",
      weekday: 6,
      type: "调休上班",
      name: "单位录入",
    });
    expect(c.dayInfo("2027-01-02")).toEqual({ date: "2027-01-02", weekday: 6, type: "休息日" });
    // (2026-12-30, 2027-01-05]: Thu 12/31, 1/1 off, Mon 1/4, Tue 1/5 → 3
    expect(c.wd("2026-12-30", "2027-01-05")).toBe(3);
    expect(c.addWd("2026-12-31", 1)).toBe("2027-01-04");
    // 2028 is still provisional
    expect(c.provisionalYears("2027-12-01", "2028-01-03")).toEqual([2028]);
    expect(c.isWorkday("2028-01-03")).toBe(true);
  });
});

describe("office overrides win over the official data", () => {
  const c = new Calendar({
    restDays: ["2026-10-09", "2026-10-10"], // Fri extra rest; Sat 10/10 official 调休 cancelled
    workDays: ["2026-10-11", "2026-10-05"], // Sun duty; Mon 10/5 holiday worked
  });

  it("extra rest days and extra duty days", () => {
    expect(c.isWorkday("2026-10-09")).toBe(false);
    expect(c.isWorkday("2026-10-10")).toBe(false);
    expect(c.isWorkday("2026-10-11")).toBe(true);
    expect(c.isWorkday("2026-10-05")).toBe(true);
    expect(c.dayInfo("2026-10-09")).toEqual({
      date: "2026-10-09",
      weekday: 5,
      type: "休息日",
      name: "单位调休",
    });
    expect(c.dayInfo("2026-10-10")).toEqual({
      date: "2026-10-10",
      weekday: 6,
      type: "休息日",
      name: "单位调休",
    });
    expect(c.dayInfo("2026-10-11")).toEqual({
      date: "2026-10-11",
      weekday: 7,
      type: "调休上班",
      name: "单位调休",
    });
    expect(c.dayInfo("2026-10-05")).toEqual({
      date: "2026-10-05",
      weekday: 1,
      type: "调休上班",
      name: "单位调休",
    });
    // (9/30, 10/12]: 10/5 (duty), 10/8, 10/11 (duty), 10/12 → 4
    expect(c.wd("2026-09-30", "2026-10-12")).toBe(4);
    expect(c.workdays("2026-10-01", "2026-10-12")).toEqual([
      "2026-10-05",
      "2026-10-08",
      "2026-10-11",
      "2026-10-12",
    ]);
    expect(c.addWd("2026-10-05", 2)).toBe("2026-10-11");
    // the default calendar is not affected
    expect(cal.isWorkday("2026-10-09")).toBe(true);
  });

  it("a date in both lists is a rest day; invalid entries are ignored", () => {
    const both = new Calendar({
      restDays: ["2026-10-12", "2026-13-01"],
      workDays: ["2026-10-12", "oops"],
    });
    expect(both.isWorkday("2026-10-12")).toBe(false);
    expect(both.isWorkday("2026-10-13")).toBe(true);
  });

  it("rejects malformed arguments", () => {
    expect(() => cal.isWorkday("2026-10-32")).toThrow(RangeError);
    expect(() => cal.addWd("2026-10-08", -1)).toThrow(RangeError);
    expect(() => cal.addWd("2026-10-08", 1.5)).toThrow(RangeError);
  });
});

describe("properties (fast-check)", () => {
  const from = toDayNumber("2025-01-01");
  const to = toDayNumber("2026-12-31");
  const day = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map(fromDayNumber);

  it("wd(a, c) = wd(a, b) + wd(b, c) for a < b < c", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: from, max: to }), { minLength: 3, maxLength: 3 }),
        (ns) => {
          const [a, b, c] = ns.sort((x, y) => x - y).map(fromDayNumber);
          expect(cal.wd(a, c)).toBe(cal.wd(a, b) + cal.wd(b, c));
        }
      ),
      { numRuns: 500 }
    );
  });

  it("addWd(d, n) is a working day n working days after d", () => {
    // d up to 2026-06-30 and n <= 100 stay inside 2026 (100 working days < 160 calendar days)
    fc.assert(
      fc.property(
        day(from, toDayNumber("2026-06-30")),
        fc.integer({ min: 1, max: 100 }),
        (d, n) => {
          const e = cal.addWd(d, n);
          expect(cal.isWorkday(e)).toBe(true);
          expect(cal.wd(d, e)).toBe(n);
          expect(cal.wd(d, addDays(e, -1))).toBe(n - 1);
        }
      ),
      { numRuns: 500 }
    );
  });

  it("wd equals a day-by-day count", () => {
    fc.assert(
      fc.property(day(from, to), fc.integer({ min: 0, max: 60 }), (a, len) => {
        const b = addDays(a, len);
        let n = 0;
        for (let d = addDays(a, 1); d <= b && d <= "2026-12-31"; d = addDays(d, 1))
          if (cal.isWorkday(d)) n++;
        if (b <= "2026-12-31") expect(cal.wd(a, b)).toBe(n);
      }),
      { numRuns: 300 }
    );
  });
});

it("answers 100k queries fast (bench load)", () => {
  const c = new Calendar({ restDays: ["2026-03-06"], workDays: [] });
  const days: string[] = [];
  for (let n = toDayNumber("2026-01-01"); n <= toDayNumber("2026-12-31"); n++)
    days.push(fromDayNumber(n));
  const t0 = Date.now();
  let sink = 0;
  for (let i = 0; i < 100_000; i++) {
    const a = days[(i * 7919) % 300];
    const b = days[(i * 104729) % 365];
    sink += c.wd(a, b) + (c.isWorkday(b) ? 1 : 0) + c.addWd(a, i % 40).length;
  }
  expect(sink).toBeGreaterThan(0);
  // ~50 ms on a laptop; the bound only catches an accidental O(n) per call
  expect(Date.now() - t0).toBeLessThan(3000);
});
