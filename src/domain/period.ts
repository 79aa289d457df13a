// Scoring periods (SPEC §4 "Period"): a month, or a Mon–Sun week clipped to the month.
// A period's as-of date is min(period end, 基准日): nothing after 基准日 is judged yet.

import type { ISODate } from "./types";
import { addDays, minDate, monthEnd, monthStart, weekday, isISODate } from "./dates";

export interface Period {
  kind: "month" | "week";
  /** `YYYY-MM` for a month; the (clipped) start date for a week */
  key: string;
  start: ISODate;
  end: ISODate;
  asOf: ISODate;
}

function checkAsOf(asOf: ISODate): void {
  if (!isISODate(asOf))
    throw new RangeError(`基准日不是 YYYY-MM-DD 格式的有效日期：${String(asOf)}`);
}

export function monthPeriod(month: string, asOf: ISODate): Period {
  checkAsOf(asOf);
  const start = monthStart(month);
  const end = monthEnd(month);
  return { kind: "month", key: month, start, end, asOf: minDate(end, asOf) };
}

/** The month's weeks in order; weeks that start after asOf are not scored and left out. */
export function weekPeriods(month: string, asOf: ISODate): Period[] {
  checkAsOf(asOf);
  const first = monthStart(month);
  const last = monthEnd(month);
  const out: Period[] = [];
  for (let start = first; start <= last && start <= asOf;) {
    const sunday = addDays(start, 7 - weekday(start));
    const end = minDate(sunday, last);
    out.push({ kind: "week", key: start, start, end, asOf: minDate(end, asOf) });
    start = addDays(sunday, 1);
  }
  return out;
}
