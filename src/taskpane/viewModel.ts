// The views' pure logic (ordering, filtering, formatting), kept out of the components so it is
// unit-tested without a browser.

import type { IssueItem, OverdueItem, ScoreResult } from "../app/actions";
import { groupIssues, issuePeople, MISSING_LOG, type IssueGroups } from "../domain/issueGroups";
import type { PersonResult } from "../domain/types";
import { STATUS_ORDER } from "./colors";

export type IssueFilter = "all" | "error" | "warning" | "missingLog";

/** Errors before warnings; otherwise the order the check gave (sheet, then row). */
export function sortIssues(issues: readonly IssueItem[]): IssueItem[] {
  const rank = (i: IssueItem) => (i.severity === "error" ? 0 : 1);
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => rank(a.issue) - rank(b.issue) || a.index - b.index)
    .map((x) => x.issue);
}

export function filterIssues(
  issues: readonly IssueItem[],
  filter: IssueFilter,
  person?: string
): IssueItem[] {
  return issues.filter(
    (i) =>
      (filter === "all" ||
        (filter === "missingLog" ? i.code === MISSING_LOG : i.severity === filter)) &&
      (!person || i.person === person)
  );
}

/**
 * What the 检查 view shows, as `gangze check` prints it: errors, then the missing logs one group
 * per person, then the other warnings; narrowed by the severity filter and the person filter.
 */
export function checkSections(
  issues: readonly IssueItem[],
  filter: IssueFilter,
  person?: string
): IssueGroups<IssueItem> {
  return groupIssues(filterIssues(sortIssues(issues), filter, person));
}

/** The people the check found something about (the person filter's choices). */
export function checkPeople(issues: readonly IssueItem[]): string[] {
  return issuePeople(issues);
}

/** The message without a leading `sheet!cell：`, which the row already shows beside it. */
export function issueText(issue: IssueItem): string {
  const prefix = issue.cell ? `${issue.sheet}!${issue.cell}：` : `${issue.sheet}：`;
  return issue.message.startsWith(prefix) ? issue.message.slice(prefix.length) : issue.message;
}

/** Most urgent first (逾期未完成, 临期, 逾期完成, 进行中, 按时完成), longest overdue first within a status. */
export function sortOverdue(items: readonly OverdueItem[]): OverdueItem[] {
  const rank = (s: string) => {
    const i = (STATUS_ORDER as readonly string[]).indexOf(s);
    return i < 0 ? STATUS_ORDER.length : i;
  };
  return items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        rank(a.item.status) - rank(b.item.status) ||
        b.item.overdueDays - a.item.overdueDays ||
        a.index - b.index
    )
    .map((x) => x.item);
}

/** Number of items per status, in STATUS_ORDER, statuses without items left out. */
export function statusCounts(items: readonly OverdueItem[]): { status: string; n: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
  return sortOverdue(items)
    .map((i) => i.status)
    .filter((s, i, all) => all.indexOf(s) === i)
    .map((status) => ({ status, n: counts.get(status) ?? 0 }));
}

/** People by rank, then by name as the workbook's 公示 lists them. */
export function byRank(people: readonly PersonResult[]): PersonResult[] {
  return [...people].sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, "zh-CN"));
}

/** `+300`, `0`, `−200` (a real minus sign, as printed notices use). */
export function formatMoney(amount: number): string {
  if (amount > 0) return `+${amount}`;
  if (amount < 0) return `−${Math.abs(amount)}`;
  return "0";
}

/** Scores print as the workbook shows them: up to two decimals, no trailing zeros. */
export function formatScore(score: number): string {
  return String(Math.round(score * 100) / 100);
}

/** The person's score of each week of the month, null for a week not scored (after 基准日). */
export function weekScores(person: PersonResult, weeks: ScoreResult["weeks"]): (number | null)[] {
  return weeks.map((w) => person.weeks.find((pw) => pw.start === w.start)?.score ?? null);
}

/** `10/5` from `2026-10-05` (column headers of the weekly view). */
export function shortDate(iso: string): string {
  const m = /^\d{4}-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[1])}/${Number(m[2])}` : iso;
}

/** `YYYY-MM` of a calendar date given as year and month (1–12). */
export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** This month on the user's clock: the default of the month picker. */
export function currentMonth(now: Date = new Date()): string {
  return monthKey(now.getFullYear(), now.getMonth() + 1);
}

export function isMonthKey(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value.trim());
}

/** Bar geometry of the score chart: scores run 0–105 (100 plus at most 5 bonus points). */
export const CHART_MAX = 105;

export function barWidth(score: number, width: number): number {
  const clamped = Math.min(Math.max(score, 0), CHART_MAX);
  return Math.round((clamped / CHART_MAX) * width * 10) / 10;
}
