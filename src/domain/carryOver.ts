// 结转: start next month's dataset from this one. The roster, handbook, rules, the office's
// calendar days, open tasks and quota targets carry over; the month's entries do not. Quotas
// carry the year's progress (SPEC §4 "Year"): 此前累计 grows by the month's 本月完成, and the new
// 本月目标 defaults to what is left of 年度目标 split over the remaining months.

import { addDays, monthEnd, monthStart } from "./dates";
import type { Dataset, MonthKey, Quota } from "./types";
import { defaultMonthTarget } from "./year";

/** The month after `m` (`2026-12` → `2027-01`). */
export function nextMonth(m: MonthKey): MonthKey {
  return addDays(monthEnd(m), 1).slice(0, 7);
}

export function carryOver(prev: Dataset, month: MonthKey = nextMonth(prev.month)): Dataset {
  const start = monthStart(month);
  const copy = structuredClone(prev);
  return {
    office: copy.office,
    month,
    asOf: monthEnd(month),
    posts: copy.posts,
    duties: copy.duties,
    staff: copy.staff,
    // Open = not completed before the new month starts; a task completed on or after the
    // new month's first day was entered ahead and belongs to the new month too.
    tasks: copy.tasks.filter((t) => !t.completed || t.completed >= start),
    logs: [],
    weeklyPlans: [],
    findings: [],
    quotas: copy.quotas.map((q) => carryQuota(q, prev.month, month)),
    bonuses: [],
    ...(copy.calendar ? { calendar: copy.calendar } : {}),
    ...(copy.rules ? { rules: copy.rules } : {}),
  };
}

const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);

/**
 * A quota into the next month: what was achieved starts again at zero and is added to 此前累计
 * (which starts again in a new year); with a 年度目标 the 本月目标 becomes what is left split
 * over the months remaining, rounded up; without one the target stays.
 */
export function carryQuota(q: Quota, from: MonthKey, to: MonthKey): Quota {
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const prior = sameYear ? num(q.priorActual) + num(q.actual) : 0;
  const next: Quota = { ...q, actual: 0 };
  if (sameYear) next.priorActual = prior;
  else delete next.priorActual;
  if (typeof q.annualTarget === "number" && Number.isFinite(q.annualTarget))
    next.target = defaultMonthTarget(q.annualTarget, prior, to);
  return next;
}
