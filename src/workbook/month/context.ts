// Everything the month workbook's sheets share: the rules, the calendar the 日历 sheet
// describes, the periods, and the engine's results that become the formulas' cached values.

import { Calendar, CalendarMissingError, type DayInfo } from "../../domain/calendar";
import { addDays, maxDate, minDate, monthEnd, monthStart } from "../../domain/dates";
import { monthPeriod, weekPeriods, type Period } from "../../domain/period";
import { resolveRules } from "../../domain/rules";
import { scoreMonth, scorePeriod, type MonthResult, type PeriodResult } from "../../domain/scoring";
import { taskDue } from "../../domain/taskState";
import type { Dataset, ISODate, Rules } from "../../domain/types";
import { usableDataset } from "./usable";

/** Days listed in 日历 before the earliest date a formula needs (tasks entered later). */
const CALENDAR_MARGIN_BEFORE = 31;
/** Days listed after the latest date a formula needs (due dates of tasks entered later). */
const CALENDAR_MARGIN_AFTER = 60;

export interface MonthContext {
  /** the dataset as the formulas read it (usableDataset): every cached value comes from it */
  ds: Dataset;
  /** the dataset as given: what the input cells show, text in date/number fields included */
  typed: Dataset;
  cal: Calendar;
  rules: Rules;
  month: Period;
  /** every Mon–Sun week of the month, asOf = min(end, 基准日); a week starting after 基准日 is not scored */
  weeks: Period[];
  /** scored[w]: week w starts on or before 基准日 */
  scored: boolean[];
  result: MonthResult;
  /** scorePeriod of every week in `weeks` (unscored ones included: all zero) */
  weekResults: PeriodResult[];
  /** the days the 日历 sheet lists, ascending and contiguous */
  days: DayInfo[];
  /** 工作日累计: working days from the first listed day up to and including each day */
  run: Map<ISODate, number>;
  exportMode: boolean;
}

export function monthContext(
  typed: Dataset,
  opts?: { calendar?: Calendar; exportMode?: boolean }
): MonthContext {
  const ds = usableDataset(typed);
  const cal = opts?.calendar ?? new Calendar(ds.calendar);
  const rules = resolveRules(ds.rules);
  const month = monthPeriod(ds.month, ds.asOf);
  const weeks = weekPeriods(ds.month, monthEnd(ds.month)).map((w) => ({
    ...w,
    asOf: minDate(w.end, ds.asOf),
  }));
  const scored = weeks.map((w) => w.start <= ds.asOf);
  const result = scoreMonth(ds, { calendar: cal, rules });
  const weekResults = weeks.map((w) => scorePeriod(ds, w, cal, rules));
  const [from, to] = calendarSpan(ds, cal);
  const days = cal.dayInfos(from, to);
  const run = new Map<ISODate, number>();
  let n = 0;
  for (const d of days) {
    if (isWorking(d.type)) n++;
    run.set(d.date, n);
  }
  return {
    ds,
    typed,
    cal,
    rules,
    month,
    weeks,
    scored,
    result,
    weekResults,
    days,
    run,
    exportMode: opts?.exportMode ?? false,
  };
}

export function isWorking(type: string): boolean {
  return type === "工作日" || type === "调休上班";
}

/**
 * The days 日历 lists: from the earliest date a formula looks up (a task's dates, the day before
 * the month) to the latest (due dates, completions, reports, 基准日, the month's end), with
 * margins, clipped to the years the calendar covers.
 */
function calendarSpan(ds: Dataset, cal: Calendar): [ISODate, ISODate] {
  const p0 = monthStart(ds.month);
  let lo = addDays(p0, -1);
  let hi = maxDate(monthEnd(ds.month), ds.asOf);
  const see = (d: ISODate | undefined): void => {
    if (!d) return;
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  };
  for (const t of ds.tasks) {
    see(t.assigned);
    see(t.completed);
    see(t.reported);
    try {
      see(taskDue(t, cal));
    } catch (e) {
      if (!(e instanceof CalendarMissingError)) throw e;
    }
  }
  lo = addDays(lo, -CALENDAR_MARGIN_BEFORE);
  hi = addDays(hi, CALENDAR_MARGIN_AFTER);
  // never list a day of a year without data: it would be guessed
  while (!cal.covers(+lo.slice(0, 4)) && lo < p0) lo = `${+lo.slice(0, 4) + 1}-01-01`;
  while (!cal.covers(+hi.slice(0, 4)) && hi > p0) hi = `${+hi.slice(0, 4) - 1}-12-31`;
  if (lo > addDays(p0, -1)) lo = maxDate(lo, p0); // January of a year whose predecessor has no data
  return [lo, hi];
}

/** The running count of a listed day (cached value of a 工作日累计 lookup). */
export function runOf(ctx: MonthContext, d: ISODate): number {
  const n = ctx.run.get(d);
  if (n === undefined) throw new RangeError(`日期 ${d} 不在“日历”表列出的范围内`);
  return n;
}
