import {
  addDays,
  compareDates,
  dateToISO,
  excelSerialToISO,
  isISODate,
  isMonthKey,
  isoToExcelSerial,
  maxDate,
  minDate,
  monthEnd,
  monthOf,
  monthStart,
  parseDate,
  weekday,
} from "../../src/domain/dates";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ts from "typescript";

const ZONES = ["America/Los_Angeles", "Asia/Shanghai"];

/**
 * Runs the compiled dates.ts in a child Node per time zone and returns what it printed.
 * (Inside Jest, assigning process.env.TZ has no effect: the test sees a copy of process.env.)
 */
function inZones(body: string): unknown[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gangze-dates-"));
  try {
    const src = fs.readFileSync(
      path.join(__dirname, "..", "..", "src", "domain", "dates.ts"),
      "utf8"
    );
    const js = ts.transpileModule(src, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    }).outputText;
    fs.writeFileSync(path.join(dir, "dates.js"), js);
    const script = `const D = require(${JSON.stringify(path.join(dir, "dates.js"))});
      console.log(JSON.stringify((() => { ${body} })()));`;
    return ZONES.map((TZ) =>
      JSON.parse(
        execFileSync(process.execPath, ["-e", script], {
          env: { ...process.env, TZ },
          encoding: "utf8",
        })
      )
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("plain date arithmetic", () => {
  it("validates YYYY-MM-DD", () => {
    expect(isISODate("2026-11-03")).toBe(true);
    expect(isISODate("2024-02-29")).toBe(true); // leap year
    expect(isISODate("2000-02-29")).toBe(true); // divisible by 400
    expect(isISODate("1900-02-29")).toBe(false); // divisible by 100
    expect(isISODate("2026-02-29")).toBe(false);
    expect(isISODate("2026-04-31")).toBe(false);
    expect(isISODate("2026-11-3")).toBe(false);
    expect(isISODate("2026-13-01")).toBe(false);
    expect(isISODate(20261103)).toBe(false);
    expect(isISODate(undefined)).toBe(false);
  });

  it("adds days across months, years and leap days", () => {
    expect(addDays("2026-10-31", 1)).toBe("2026-11-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-01-01", 365)).toBe("2027-01-01");
    expect(addDays("2026-11-03", 0)).toBe("2026-11-03");
  });

  it("weekday is 1 = Monday … 7 = Sunday", () => {
    expect(weekday("2026-10-01")).toBe(4); // Thursday
    expect(weekday("2026-10-10")).toBe(6); // Saturday
    expect(weekday("2026-09-20")).toBe(7); // Sunday
    expect(weekday("2026-10-12")).toBe(1); // Monday
    expect(weekday("1970-01-01")).toBe(4);
    expect(weekday("2000-01-01")).toBe(6);
    expect(weekday("1900-01-01")).toBe(1);
  });

  it("compares and picks dates", () => {
    expect(compareDates("2026-10-01", "2026-10-02")).toBeLessThan(0);
    expect(compareDates("2026-10-02", "2026-10-02")).toBe(0);
    expect(compareDates("2026-11-01", "2026-10-31")).toBeGreaterThan(0);
    expect(minDate("2026-10-31", "2026-10-15")).toBe("2026-10-15");
    expect(maxDate("2026-10-31", "2026-10-15")).toBe("2026-10-31");
  });

  it("months", () => {
    expect(monthOf("2026-10-15")).toBe("2026-10");
    expect(monthStart("2026-02")).toBe("2026-02-01");
    expect(monthEnd("2026-02")).toBe("2026-02-28");
    expect(monthEnd("2024-02")).toBe("2024-02-29");
    expect(monthEnd("2026-10")).toBe("2026-10-31");
    expect(monthEnd("2026-11")).toBe("2026-11-30");
    expect(isMonthKey("2026-10")).toBe(true);
    expect(isMonthKey("2026-13")).toBe(false);
    expect(isMonthKey("2026-1")).toBe(false);
    expect(() => monthEnd("2026/10")).toThrow(RangeError);
  });
});

describe("Excel 1900 date system", () => {
  it("maps serials to dates, including Excel's fake 1900-02-29", () => {
    expect(excelSerialToISO(1)).toBe("1900-01-01");
    expect(excelSerialToISO(59)).toBe("1900-02-28");
    expect(() => excelSerialToISO(60)).toThrow(RangeError); // the 1900-02-29 that never was
    expect(excelSerialToISO(61)).toBe("1900-03-01");
    expect(excelSerialToISO(25569)).toBe("1970-01-01");
    expect(excelSerialToISO(45292)).toBe("2024-01-01");
    // 2026-01-01 = 45292 + 366 (2024) + 365 (2025) = 46023; Nov 3 is day 307 → 46023 + 306
    expect(excelSerialToISO(46329)).toBe("2026-11-03");
    expect(excelSerialToISO(46329.99)).toBe("2026-11-03"); // time of day dropped
    expect(excelSerialToISO(2958465)).toBe("9999-12-31");
    expect(() => excelSerialToISO(0)).toThrow(RangeError);
    expect(() => excelSerialToISO(2958466)).toThrow(RangeError);
  });

  it("maps dates back to serials", () => {
    for (const s of [1, 59, 61, 25569, 45292, 46329, 2958465])
      expect(isoToExcelSerial(excelSerialToISO(s))).toBe(s);
    expect(() => isoToExcelSerial("1899-12-31")).toThrow(RangeError);
  });

  it("reads a Date by its UTC fields", () => {
    expect(dateToISO(new Date(Date.UTC(2026, 10, 3)))).toBe("2026-11-03");
    expect(dateToISO(new Date(Date.UTC(2026, 10, 3, 23, 59)))).toBe("2026-11-03");
    expect(() => dateToISO(new Date(NaN))).toThrow(RangeError);
  });
});

describe("parseDate", () => {
  const ok = (date: string) => ({ ok: true, date });

  it("accepts every written format", () => {
    const cases: [unknown, string][] = [
      ["2026-11-03", "2026-11-03"],
      ["2026-11-3", "2026-11-03"],
      ["2026/11/3", "2026-11-03"],
      ["2026/11/03", "2026-11-03"],
      ["2026.11.3", "2026-11-03"],
      ["2026年11月3日", "2026-11-03"],
      ["2026年11月3号", "2026-11-03"],
      ["2026年11月3", "2026-11-03"],
      ["2026 年 11 月 3 日", "2026-11-03"],
      ["20261103", "2026-11-03"],
      ["  2026-11-03 ", "2026-11-03"],
      ["\u30002026/11/3\u3000", "2026-11-03"], // full-width spaces around
      ["２０２６／１１／３", "2026-11-03"], // full-width digits and slash
      ["２０２６．１１．３", "2026-11-03"],
      ["２０２６－１１－０３", "2026-11-03"],
      ["２０２６年１１月３日", "2026-11-03"],
      ["2026-2-28", "2026-02-28"],
      ["2024-02-29", "2024-02-29"],
    ];
    for (const [input, date] of cases) expect([input, parseDate(input)]).toEqual([input, ok(date)]);
  });

  it("takes the year of 11月3日 and 11/3 from the context", () => {
    expect(parseDate("11月3日", { year: 2026 })).toEqual(ok("2026-11-03"));
    expect(parseDate("11月3号", { year: 2026 })).toEqual(ok("2026-11-03"));
    expect(parseDate("１１月３日", { year: 2026 })).toEqual(ok("2026-11-03"));
    expect(parseDate("11/3", { year: 2026 })).toEqual(ok("2026-11-03"));
    expect(parseDate("2月29日", { year: 2024 })).toEqual(ok("2024-02-29"));
    expect(parseDate("2月29日", { year: 2026 })).toEqual({
      ok: false,
      message: "“2月29日”不是有效日期，请写成 2026-11-03 这样的日期",
    });
    expect(parseDate("11月3日")).toEqual({
      ok: false,
      message: "“11月3日”没有写年份，请写成 2026-11-03 或 2026年11月3日 这样的完整日期",
    });
  });

  it("accepts Excel serial numbers and 8-digit YYYYMMDD numbers", () => {
    expect(parseDate(46329)).toEqual(ok("2026-11-03"));
    expect(parseDate(46329.75)).toEqual(ok("2026-11-03")); // 18:00 dropped
    expect(parseDate(1)).toEqual(ok("1900-01-01"));
    expect(parseDate(2958465)).toEqual(ok("9999-12-31"));
    expect(parseDate(20261103)).toEqual(ok("2026-11-03"));
  });

  it("rejects impossible and unreadable dates with a message naming the text", () => {
    const bad = (text: string) => ({
      ok: false,
      message: `“${text}”不是有效日期，请写成 2026-11-03 这样的日期`,
    });
    expect(parseDate("2026-02-30")).toEqual(bad("2026-02-30"));
    expect(parseDate("2026-13-01")).toEqual(bad("2026-13-01"));
    expect(parseDate("2026/11-3")).toEqual(bad("2026/11-3")); // mixed separators
    expect(parseDate("26/11/3")).toEqual(bad("26/11/3"));
    expect(parseDate("0026-11-03")).toEqual(bad("0026-11-03")); // before Excel's 1900
    expect(parseDate("46329")).toEqual(bad("46329")); // numeric text is not a serial
    expect(parseDate("20260230")).toEqual(bad("20260230"));
    expect(parseDate("明天")).toEqual(bad("明天"));
    expect(parseDate("2026-11-03 09:00")).toEqual(bad("2026-11-03 09:00"));
    expect(parseDate("  2026-02-30\u3000")).toEqual(bad("2026-02-30")); // message shows the trimmed text
    expect(parseDate(0)).toEqual(bad("0"));
    expect(parseDate(60)).toEqual(bad("60"));
    expect(parseDate(-5)).toEqual(bad("-5"));
    expect(parseDate(2958466)).toEqual(bad("2958466"));
    expect(parseDate(NaN)).toEqual(bad("NaN"));
    expect(parseDate(20261340)).toEqual(bad("20261340"));
    expect(parseDate(new Date(NaN))).toEqual({
      ok: false,
      message: "不是有效日期，请写成 2026-11-03 这样的日期",
    });
    expect(parseDate(true)).toEqual({
      ok: false,
      message: "“true”不是日期，请写成 2026-11-03 这样的日期",
    });
  });

  it("says 日期为空 for empty input", () => {
    for (const empty of [undefined, null, "", "   ", "\u3000"]) {
      expect(parseDate(empty)).toEqual({ ok: false, message: "日期为空" });
    }
  });

  it("gives the same answers in Los Angeles and Shanghai", () => {
    const [la, sh] = inZones(`
      const inputs = [
        new Date(Date.UTC(2026, 10, 3)), // how ExcelJS hands a date cell
        "2026-11-03", "２０２６／１１／３", "11月3日", 46329, 46329.5, 20261103, "2026-02-30",
      ];
      return {
        localMidnight: new Date(2026, 10, 3).toISOString(), // proves the zone was applied
        parsed: inputs.map((x) => D.parseDate(x, { year: 2026 })),
        weekday: D.weekday("2026-11-03"),
        plus: D.addDays("2026-03-07", 1), // a US daylight-saving weekend
        serial: D.excelSerialToISO(46329),
        back: D.isoToExcelSerial("2026-11-03"),
        utc: D.dateToISO(new Date(Date.UTC(2026, 10, 3))),
      };`) as Record<string, unknown>[];
    expect(la.localMidnight).toBe("2026-11-03T08:00:00.000Z");
    expect(sh.localMidnight).toBe("2026-11-02T16:00:00.000Z");
    delete la.localMidnight;
    delete sh.localMidnight;
    expect(la).toEqual(sh);
    expect(la).toEqual({
      parsed: [
        ok("2026-11-03"),
        ok("2026-11-03"),
        ok("2026-11-03"),
        ok("2026-11-03"),
        ok("2026-11-03"),
        ok("2026-11-03"),
        ok("2026-11-03"),
        { ok: false, message: "“2026-02-30”不是有效日期，请写成 2026-11-03 这样的日期" },
      ],
      weekday: 2, // Tuesday
      plus: "2026-03-08",
      serial: "2026-11-03",
      back: 46329,
      utc: "2026-11-03",
    });
  });

  it("reads a Date by its UTC day, never its local day", () => {
    // new Date(2026, 10, 3) is local midnight: 2026-11-03T08:00Z in Los Angeles but
    // 2026-11-02T16:00Z in Shanghai. ExcelJS hands UTC midnights, so the UTC day is the rule,
    // and a local-midnight Date made in Shanghai reads as the day before.
    const got = inZones(`return D.parseDate(new Date(2026, 10, 3));`);
    expect(got).toEqual([ok("2026-11-03"), ok("2026-11-02")]);
  });
});
