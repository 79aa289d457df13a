// Working days (SPEC §4 "Calendar"): Mon–Fri, minus the State Council's holidays, plus its
// make-up working days (调休上班), with the office's own extra rest/duty days winning over both.
// A year the official data lacks is never guessed as plain Mon–Fri: it throws
// CalendarMissingError until the office enters that year in the 日历 sheet.

import type { CalendarOverrides, ISODate } from "../types";
import { isISODate, weekday, formatYmd, daysInMonth } from "../dates";
import { OFFICIAL_HOLIDAYS, OFFICIAL_MAKEUP_DAYS, OFFICIAL_YEARS } from "./holidays";

export { OFFICIAL_YEARS, HOLIDAY_DATA_SOURCE } from "./holidays";

export type DayType = "工作日" | "休息日" | "节假日" | "调休上班";

export interface DayInfo {
  date: ISODate;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  type: DayType;
  name?: string;
}

/** dayInfo name of an extra rest/duty day the office added to a year the official data covers. */
export const OFFICE_ADJUSTMENT = "单位调休";
/** dayInfo name of a non-Mon–Fri day of a year the office entered itself (no official data). */
export const OFFICE_ENTERED = "单位录入";

export class CalendarMissingError extends Error {
  readonly year: number;
  constructor(year: number) {
    super(
      `缺少 ${year} 年的国家节假日数据：请在“日历”表中录入 ${year} 年的节假日和调休上班日后再计算`
    );
    this.name = "CalendarMissingError";
    this.year = year;
  }
}

/** One year's working days, ascending; built once per year and reused by every query. */
interface YearDays {
  days: ISODate[];
  set: Set<ISODate>;
}

const OFFICIAL = new Set(OFFICIAL_YEARS);

function yearOf(d: ISODate): number {
  return +d.slice(0, 4);
}

function check(d: ISODate): void {
  if (!isISODate(d)) throw new RangeError(`不是 YYYY-MM-DD 格式的有效日期：${String(d)}`);
}

/** Number of entries of the sorted array that are <= d. */
function countUpTo(days: readonly ISODate[], d: ISODate): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] <= d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of entries of the sorted array that are < d. */
function countBelow(days: readonly ISODate[], d: ISODate): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] < d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class Calendar {
  private readonly restDays: ReadonlySet<ISODate>;
  private readonly workDays: ReadonlySet<ISODate>;
  private readonly ownYears: ReadonlySet<number>;
  private readonly cache = new Map<number, YearDays>();

  /**
   * Invalid dates in the overrides are ignored here (the entry check reports them). A date in
   * both lists counts as a rest day: when in doubt, nobody is charged for a missing log.
   */
  constructor(overrides?: CalendarOverrides) {
    this.restDays = new Set((overrides?.restDays ?? []).filter(isISODate));
    this.workDays = new Set((overrides?.workDays ?? []).filter(isISODate));
    this.ownYears = new Set((overrides?.years ?? []).filter((y) => Number.isInteger(y)));
  }

  /** The built-in State Council data has the year, or the office entered it. */
  covers(year: number): boolean {
    return OFFICIAL.has(year) || this.ownYears.has(year);
  }

  /** Years of [from, to] that are not covered, ascending. */
  missingYears(from: ISODate, to: ISODate): number[] {
    check(from);
    check(to);
    const out: number[] = [];
    for (let y = yearOf(from); y <= yearOf(to); y++) if (!this.covers(y)) out.push(y);
    return out;
  }

  isWorkday(d: ISODate): boolean {
    check(d);
    return this.year(yearOf(d)).set.has(d);
  }

  dayInfo(d: ISODate): DayInfo {
    check(d);
    const y = yearOf(d);
    const working = this.year(y).set.has(d);
    const wk = weekday(d);
    const weekend = wk >= 6;
    const info = (type: DayType, name?: string): DayInfo =>
      name === undefined ? { date: d, weekday: wk, type } : { date: d, weekday: wk, type, name };

    if (!OFFICIAL.has(y)) {
      // The office's own list stands in for the State Council's: its weekday rest days are holidays.
      if (working) return weekend ? info("调休上班", OFFICE_ENTERED) : info("工作日");
      return weekend ? info("休息日") : info("节假日", OFFICE_ENTERED);
    }
    const holiday = OFFICIAL_HOLIDAYS.get(d);
    const makeup = OFFICIAL_MAKEUP_DAYS.get(d);
    if (working) {
      if (makeup !== undefined) return info("调休上班", makeup);
      if (weekend || holiday !== undefined) return info("调休上班", OFFICE_ADJUSTMENT);
      return info("工作日");
    }
    if (holiday !== undefined) return info("节假日", holiday);
    if (weekend && makeup === undefined) return info("休息日");
    return info("休息日", OFFICE_ADJUSTMENT);
  }

  /** Every day of [from, to] described, for the 日历 sheet. */
  dayInfos(from: ISODate, to: ISODate): DayInfo[] {
    const out: DayInfo[] = [];
    for (const d of this.allDays(from, to)) out.push(this.dayInfo(d));
    return out;
  }

  /** Number of working days d with a < d <= b; 0 when b <= a. */
  wd(a: ISODate, b: ISODate): number {
    check(a);
    check(b);
    if (b <= a) return 0;
    const ya = yearOf(a);
    const yb = yearOf(b);
    let n = 0;
    for (let y = ya; y <= yb; y++) {
      // a = 31 Dec: none of a's year is counted, so that year need not be covered.
      if (y === ya && y < yb && a.endsWith("-12-31")) continue;
      const { days } = this.year(y);
      const hi = y === yb ? countUpTo(days, b) : days.length;
      const lo = y === ya ? countUpTo(days, a) : 0;
      n += hi - lo;
    }
    return n;
  }

  /** The n-th working day after d (n >= 1); n = 0 returns d. */
  addWd(d: ISODate, n: number): ISODate {
    check(d);
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`工作日数必须是非负整数：${n}`);
    if (n === 0) return d;
    let y = yearOf(d);
    let idx: number;
    if (d.endsWith("-12-31")) {
      y++;
      idx = n - 1;
    } else {
      idx = countUpTo(this.year(y).days, d) + n - 1;
    }
    for (;;) {
      const { days } = this.year(y);
      if (idx < days.length) return days[idx];
      idx -= days.length;
      y++;
    }
  }

  /** Working days in [from, to], ascending (empty when to < from). */
  workdays(from: ISODate, to: ISODate): ISODate[] {
    check(from);
    check(to);
    const out: ISODate[] = [];
    const yf = yearOf(from);
    const yt = yearOf(to);
    for (let y = yf; y <= yt && from <= to; y++) {
      const { days } = this.year(y);
      const lo = y === yf ? countBelow(days, from) : 0;
      const hi = y === yt ? countUpTo(days, to) : days.length;
      for (let i = lo; i < hi; i++) out.push(days[i]);
    }
    return out;
  }

  private *allDays(from: ISODate, to: ISODate): Generator<ISODate> {
    check(from);
    check(to);
    let y = yearOf(from);
    let m = +from.slice(5, 7);
    let day = +from.slice(8, 10);
    for (let d = from; d <= to;) {
      yield d;
      if (++day > daysInMonth(y, m)) {
        day = 1;
        if (++m > 12) {
          m = 1;
          y++;
        }
      }
      d = formatYmd(y, m, day);
    }
  }

  /** The year's working days, computed on first use. */
  private year(y: number): YearDays {
    const hit = this.cache.get(y);
    if (hit) return hit;
    if (!this.covers(y)) throw new CalendarMissingError(y);
    const official = OFFICIAL.has(y);
    const days: ISODate[] = [];
    for (const d of this.allDays(formatYmd(y, 1, 1), formatYmd(y, 12, 31))) {
      let working = weekday(d) <= 5;
      if (official) {
        if (OFFICIAL_HOLIDAYS.has(d)) working = false;
        if (OFFICIAL_MAKEUP_DAYS.has(d)) working = true;
      }
      if (this.workDays.has(d)) working = true;
      if (this.restDays.has(d)) working = false;
      if (working) days.push(d);
    }
    const yd = { days, set: new Set(days) };
    this.cache.set(y, yd);
    return yd;
  }
}
