// Everything the month workbook's sheets share: the rules, the calendar the 日历 sheet
// describes, the periods, and the engine's results that become the formulas' cached values.

import { Calendar, OFFICIAL_YEARS, type DayInfo, type YearSource } from "../../domain/calendar";
import { HOLIDAY_DATA_SOURCE } from "../../domain/calendar/holidays";
import { provisionalStatus, type ProvisionalStatus } from "../../domain/calendar/provisional";
import { addDays, maxDate, minDate, monthEnd, monthStart } from "../../domain/dates";
import { monthPeriod, weekPeriods, type Period } from "../../domain/period";
import { resolveRules } from "../../domain/rules";
import { scoreMonthAndWeeks, type MonthResult, type PeriodResult } from "../../domain/scoring";
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
  /** 日历's year table: every year the listed days touch, complete or provisional */
  years: YearRow[];
  /** the scored period [月初, 截止日] against provisional years (calendar/provisional.ts) */
  provisional: ProvisionalStatus;
  exportMode: boolean;
}

/** A row of 日历's year table (年份 状态 依据). */
export interface YearRow {
  year: number;
  state: "完整" | "暂定";
  source: string;
}

/** 依据 text of a year's source. */
export function sourceText(source: YearSource): string {
  switch (source) {
    case "国家数据":
      return `国务院办公厅通知（随本程序提供，${HOLIDAY_DATA_SOURCE}）`;
    case "国务院通知":
      return "国务院办公厅通知（本单位导入）";
    case "单位录入":
      return "本单位录入";
    case "暂定":
      return "暂定：放假办法的法定节日和周末（无调休）";
  }
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
  // one scoring of the month and every week (scoreMonth's weeks are the scored ones)
  const scoredAll = scoreMonthAndWeeks(ds, weeks, cal, rules);
  const weekResults = scoredAll.weeks;
  const result: MonthResult = {
    month: scoredAll.month,
    weeks: weekResults.filter((_, w) => scored[w]),
  };
  const [from, to] = calendarSpan(ds, cal);
  const days = cal.dayInfos(from, to);
  const years: YearRow[] = [];
  for (let y = +from.slice(0, 4); y <= +to.slice(0, 4); y++) {
    const source = cal.yearSource(y);
    years.push({ year: y, state: source === "暂定" ? "暂定" : "完整", source: sourceText(source) });
  }
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
    years,
    provisional: provisionalStatus(cal, month.start, month.asOf),
    exportMode: opts?.exportMode ?? false,
  };
}

export function isWorking(type: string): boolean {
  return type === "工作日" || type === "调休上班";
}

/** Years around the month's a listed day may lie in (a mistyped year is the checks' business). */
const CALENDAR_YEARS_AROUND = 3;

/**
 * The days 日历 lists: from the earliest date a formula looks up (a task's dates, the day before
 * the month) to the latest (due dates, completions, reports, 基准日, the month's end), with
 * margins, within three years of the month. A year without shipped State Council data is listed
 * whole (to 31 December), so its rows are the complete record of that year: provisional (暂定)
 * until the notice is imported, or what the office declared complete.
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
    see(taskDue(t, cal));
  }
  lo = addDays(lo, -CALENDAR_MARGIN_BEFORE);
  hi = addDays(hi, CALENDAR_MARGIN_AFTER);
  const y0 = +p0.slice(0, 4);
  lo = maxDate(lo, `${y0 - CALENDAR_YEARS_AROUND}-01-01`);
  hi = minDate(hi, `${y0 + CALENDAR_YEARS_AROUND}-12-31`);
  if (!OFFICIAL_YEARS.includes(+hi.slice(0, 4))) hi = `${hi.slice(0, 4)}-12-31`;
  if (!OFFICIAL_YEARS.includes(+lo.slice(0, 4))) lo = `${lo.slice(0, 4)}-01-01`;
  return [lo, hi];
}

/** The running count of a listed day (cached value of a 工作日累计 lookup). */
export function runOf(ctx: MonthContext, d: ISODate): number {
  const n = ctx.run.get(d);
  if (n === undefined) throw new RangeError(`日期 ${d} 不在“日历”表列出的范围内`);
  return n;
}
