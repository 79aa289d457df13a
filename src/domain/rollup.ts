// The bureau's roll-up (SPEC §5.6): what one office's month comes to — its people with their
// results, the average, the count of each grade, overdue tasks and missing log days — computed
// from the month's entries (never from the stored results, which `verify` checks separately).
// Pure; the 汇总工作簿 (src/workbook/rollup) lays many offices side by side.

import type { Calendar } from "./calendar";
import { round2 } from "./round";
import { scoreMonth } from "./scoring";
import { taskState } from "./taskState";
import type { Dataset, MonthKey, Rules } from "./types";

export interface RollupPerson {
  name: string;
  post: string;
  score: number;
  grade: string;
  rank: number;
  money: number;
}

export interface OfficeMonth {
  office: string;
  month: MonthKey;
  asOf: string;
  /** staff order */
  people: RollupPerson[];
  /** round2(Σ scores / people), the sum in staff order; null without people */
  average: number | null;
  /** the grades of the office's 考核标准, best first */
  grades: string[];
  /** tasks 逾期未完成 at 基准日 */
  overdueOpen: number;
  /** tasks completed after their due date, completed in the month up to 基准日 */
  overdueDone: number;
  /** working days without a log, summed over the people (the 日志缺报 deductions) */
  missingLogDays: number;
}

/** One office's month from its dataset (records with entry errors already left out). */
export function officeMonth(ds: Dataset, cal: Calendar, rules: Rules): OfficeMonth {
  const r = scoreMonth(ds, { calendar: cal, rules });
  const people = r.month.people.map((p) => ({
    name: p.name,
    post: p.post,
    score: p.score,
    grade: p.grade,
    rank: p.rank,
    money: p.money,
  }));
  let sum = 0;
  for (const p of people) sum += p.score;
  const period = r.month.period;
  let overdueOpen = 0;
  let overdueDone = 0;
  for (const t of ds.tasks) {
    const s = taskState(t, period.asOf, cal, rules);
    if (s.status === "逾期未完成") overdueOpen++;
    else if (s.status === "逾期完成" && t.completed && t.completed >= period.start) overdueDone++;
  }
  const missingLogDays = r.month.people.reduce(
    (n, p) => n + p.deductions.filter((d) => d.kind === "日志缺报").length,
    0
  );
  return {
    office: ds.office,
    month: ds.month,
    asOf: period.asOf,
    people,
    average: people.length ? round2(sum / people.length) : null,
    grades: rules.grades.map((g) => g.grade),
    overdueOpen,
    overdueDone,
    missingLogDays,
  };
}
