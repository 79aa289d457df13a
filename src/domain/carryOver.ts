// 结转: start next month's dataset from this one. The roster, handbook, rules, the office's
// calendar days, open tasks and quota targets carry over; the month's entries do not.

import { addDays, monthEnd, monthStart } from "./dates";
import type { Dataset, MonthKey } from "./types";

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
    // Targets stay, what was achieved starts again at zero.
    quotas: copy.quotas.map((q) => ({ ...q, actual: 0 })),
    bonuses: [],
    ...(copy.calendar ? { calendar: copy.calendar } : {}),
    ...(copy.rules ? { rules: copy.rules } : {}),
  };
}
