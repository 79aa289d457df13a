// The check's problems grouped so people see the real ones first (SPEC §7): errors, then the
// missing logs summarised per person (`张三 缺 3 个工作日：11-02、11-03、11-04` instead of one line
// a day), then the other warnings. Used by `gangze check` and the task pane's 检查 view alike.

import type { ISODate } from "./types";

/** What grouping needs of an issue (EntryIssue, the workbook's located issues, the pane's items). */
export interface GroupableIssue {
  severity: "error" | "warning";
  code: string;
  person?: string;
  date?: ISODate;
  /** `调休上班日` for a make-up working day */
  dayKind?: string;
}

export interface MissingLogGroup<T> {
  person: string;
  /** the working days without a log, ascending */
  dates: ISODate[];
  /** the days that are not ordinary weekdays, with their kind (`调休上班日`) */
  kinds?: Record<ISODate, string>;
  issues: T[];
}

export interface IssueGroups<T> {
  errors: T[];
  /** one group per person, in the order the check found them (roster order) */
  missingLogs: MissingLogGroup<T>[];
  /** warnings other than missing logs */
  warnings: T[];
}

export const MISSING_LOG = "missing-log";

export function groupIssues<T extends GroupableIssue>(issues: readonly T[]): IssueGroups<T> {
  const out: IssueGroups<T> = { errors: [], missingLogs: [], warnings: [] };
  const byPerson = new Map<string, MissingLogGroup<T>>();
  for (const i of issues) {
    if (i.severity === "error") out.errors.push(i);
    else if (i.code === MISSING_LOG && i.person && i.date) {
      let g = byPerson.get(i.person);
      if (!g) {
        g = { person: i.person, dates: [], issues: [] };
        byPerson.set(i.person, g);
        out.missingLogs.push(g);
      }
      g.dates.push(i.date);
      if (i.dayKind) g.kinds = { ...g.kinds, [i.date]: i.dayKind };
      g.issues.push(i);
    } else out.warnings.push(i);
  }
  for (const g of out.missingLogs) g.dates.sort();
  return out;
}

/** `11-02、11-03` when every date is in one year, full dates otherwise; `10-10（调休上班日）`. */
export function shortDates(dates: readonly ISODate[], kinds?: Record<ISODate, string>): string {
  const oneYear = dates.every((d) => d.slice(0, 4) === dates[0]?.slice(0, 4));
  return dates
    .map((d) => `${oneYear ? d.slice(5) : d}${kinds?.[d] ? `（${kinds[d]}）` : ""}`)
    .join("、");
}

/** `张三 缺 3 个工作日：10-09、10-10（调休上班日）、10-12` */
export function missingLogLine(g: {
  person: string;
  dates: readonly ISODate[];
  kinds?: Record<ISODate, string>;
}): string {
  return `${g.person} 缺 ${g.dates.length} 个工作日：${shortDates(g.dates, g.kinds)}`;
}

/** The people the issues are about, in order of first appearance. */
export function issuePeople(issues: readonly GroupableIssue[]): string[] {
  const seen = new Set<string>();
  for (const i of issues) if (i.person) seen.add(i.person);
  return [...seen];
}
