// Working days (SPEC §4 "Calendar"): Mon–Fri, minus the State Council's holidays, plus its
// make-up working days (调休上班), with the office's own extra rest/duty days winning over both.
// Where a year's days come from, in order:
// - complete years: the shipped State Council data (2004–2026), a notice the office imported
//   (CalendarOverrides.notices), or a year the office declared complete in 日历 (years);
// - any other year is provisional (暂定): Mon–Fri minus the statutory holidays of
//   《全国年节及纪念日放假办法》 (statutory.ts), no 调休. Nothing throws for a missing year: every
//   result whose period touches a provisional day says so (provisionalYears).

import type { CalendarOverrides, ISODate } from "../types";
import { isISODate, weekday, formatYmd, daysInMonth } from "../dates";
import { OFFICIAL_HOLIDAYS, OFFICIAL_MAKEUP_DAYS, OFFICIAL_YEARS } from "./holidays";
import { statutoryHolidays } from "./statutory";

export { OFFICIAL_YEARS, HOLIDAY_DATA_SOURCE } from "./holidays";

export type DayType = "工作日" | "休息日" | "节假日" | "调休上班";

export interface DayInfo {
  date: ISODate;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  type: DayType;
  name?: string;
  /** the day belongs to a provisional (暂定) year */
  provisional?: true;
}

/** dayInfo name of an extra rest/duty day the office added on top of the year's base. */
export const OFFICE_ADJUSTMENT = "单位调休";
/** dayInfo name of a non-Mon–Fri day of a year the office declared complete itself. */
export const OFFICE_ENTERED = "单位录入";
/** dayInfo name of every day of a provisional year (with the holiday's name before it). */
export const PROVISIONAL = "暂定";

/** Where a year's days come from. */
export type YearSource = "国家数据" | "国务院通知" | "单位录入" | "暂定";

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
  /** days of imported notices: date → [off, holiday name] */
  private readonly noticeDays = new Map<ISODate, { off: boolean; name: string }>();
  private readonly noticeYears = new Set<number>();
  private readonly cache = new Map<number, YearDays>();

  /**
   * Invalid dates in the overrides are ignored here (the entry check reports them). A date in
   * both lists counts as a rest day: when in doubt, nobody is charged for a missing log.
   */
  constructor(overrides?: CalendarOverrides) {
    this.restDays = new Set((overrides?.restDays ?? []).filter(isISODate));
    this.workDays = new Set((overrides?.workDays ?? []).filter(isISODate));
    this.ownYears = new Set((overrides?.years ?? []).filter((y) => Number.isInteger(y)));
    for (const n of overrides?.notices ?? []) {
      if (!Number.isInteger(n.year)) continue;
      this.noticeYears.add(n.year);
      const name = (d: ISODate) => n.names?.[d] ?? "国务院通知";
      for (const d of n.workdays.filter(isISODate))
        this.noticeDays.set(d, { off: false, name: name(d) });
      for (const d of n.holidays.filter(isISODate))
        this.noticeDays.set(d, { off: true, name: name(d) });
    }
  }

  /** Complete: shipped State Council data, an imported notice, or declared complete by the office. */
  isComplete(year: number): boolean {
    return OFFICIAL.has(year) || this.noticeYears.has(year) || this.ownYears.has(year);
  }

  /** Where the year's days come from (an imported notice wins over the shipped data). */
  yearSource(year: number): YearSource {
    if (this.noticeYears.has(year)) return "国务院通知";
    if (OFFICIAL.has(year)) return "国家数据";
    if (this.ownYears.has(year)) return "单位录入";
    return "暂定";
  }

  /** Years of [from, to] that are provisional (暂定), ascending; none when to < from. */
  provisionalYears(from: ISODate, to: ISODate): number[] {
    check(from);
    check(to);
    const out: number[] = [];
    for (let y = yearOf(from); y <= yearOf(to); y++) if (!this.isComplete(y)) out.push(y);
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

    const notice = this.noticeDays.get(d);
    if (notice) {
      if (working === !notice.off) return info(notice.off ? "节假日" : "调休上班", notice.name);
      if (working) return info(weekend || notice.off ? "调休上班" : "工作日", OFFICE_ADJUSTMENT);
      return info("休息日", OFFICE_ADJUSTMENT);
    }
    if (!this.isComplete(y)) {
      const statutory = statutoryHolidays(y).get(d);
      const p = (type: DayType, name?: string): DayInfo => ({
        ...info(type, name ? `${name}（${PROVISIONAL}）` : PROVISIONAL),
        provisional: true,
      });
      if (working)
        return weekend || statutory !== undefined ? p("调休上班", OFFICE_ADJUSTMENT) : p("工作日");
      if (statutory !== undefined) return p("节假日", statutory);
      return weekend ? p("休息日") : p("休息日", OFFICE_ADJUSTMENT);
    }
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
      // a = 31 Dec: none of a's year is counted.
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
    const official = OFFICIAL.has(y);
    const provisional = !this.isComplete(y);
    const statutory = provisional ? statutoryHolidays(y) : undefined;
    const days: ISODate[] = [];
    for (const d of this.allDays(formatYmd(y, 1, 1), formatYmd(y, 12, 31))) {
      let working = weekday(d) <= 5;
      if (official) {
        if (OFFICIAL_HOLIDAYS.has(d)) working = false;
        if (OFFICIAL_MAKEUP_DAYS.has(d)) working = true;
      }
      if (statutory?.has(d)) working = false;
      const notice = this.noticeDays.get(d);
      if (notice) working = !notice.off;
      if (this.workDays.has(d)) working = true;
      if (this.restDays.has(d)) working = false;
      if (working) days.push(d);
    }
    const yd = { days, set: new Set(days) };
    this.cache.set(y, yd);
    return yd;
  }
}
