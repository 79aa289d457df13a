// The 100-point assessment of SPEC §4: deductions per person and period, the per-duty cap,
// bonus, score, grade, money and rank. The workbook's formulas recompute the same numbers, so
// every sum is taken in one fixed order (documented at `sumInOrder` and `compareDeductions`)
// and only the final score is rounded.

import { Calendar } from "./calendar";
import { provisionalStatus } from "./calendar/provisional";
import { addDays, maxDate } from "./dates";
import { monthPeriod, weekPeriods, type Period } from "./period";
import { round2 } from "./round";
import { gradeFor, gradeNamed, resolveRules } from "./rules";
import { givenBy, reportDueBy, reportedInTime, taskDue } from "./taskState";
import type {
  Bonus,
  Dataset,
  Deduction,
  DeductionKind,
  Duty,
  Finding,
  ISODate,
  Quota,
  Rules,
  ScoreReport,
  Staff,
  Task,
} from "./types";

export interface DutyLine {
  duty: string;
  points: number;
  /** Σ of the deductions naming this duty in the period */
  deducted: number;
  /** min(deducted, points): 扣完本项分值为止 */
  counted: number;
}

export interface PersonDetail {
  name: string;
  post: string;
  /** every deduction of the period, in canonical order (see compareDeductions) */
  deductions: Deduction[];
  /** one per duty of the person's post, in handbook order (the order of ds.duties) */
  dutyLines: DutyLine[];
  /** Σ dutyLines.counted, in handbook order */
  dutyDeduction: number;
  /** Σ of deductions that name no duty of the person's post (uncapped), in canonical order */
  otherDeduction: number;
  /** Σ bonus records (by date, reason) then Σ quota excess (month only, by indicator) */
  bonusRaw: number;
  /** min(bonusCap, bonusRaw) */
  bonus: number;
  /** 扣款 for quota shortfall (month only) */
  quotaMoney: number;
  /** a 一票否决 finding is dated in the period */
  veto: boolean;
  score: number;
  grade: string;
  rank: number;
  money: number;
}

export interface PeriodResult {
  period: Period;
  /** in staff order; rank is over all of them */
  people: PersonDetail[];
  /** provisional (暂定) years the period's days [start, asOf] touch; empty when final */
  provisionalYears: number[];
}

export interface MonthResult {
  month: PeriodResult;
  weeks: PeriodResult[];
}

const KIND_ORDER: Readonly<Record<DeductionKind, number>> = {
  逾期未完成: 0,
  逾期完成: 1,
  未及时回报: 2,
  日志缺报: 3,
  检查扣分: 4,
  指标差额: 5,
};

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Canonical order of a person's deductions: by kind (逾期未完成, 逾期完成, 未及时回报, 日志缺报,
 * 检查扣分, 指标差额), then ref (code-unit order), then duty, then points. Listing and summing in
 * this order makes results independent of the order records were entered in.
 */
export function compareDeductions(a: Deduction, b: Deduction): number {
  return (
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    cmpStr(a.ref, b.ref) ||
    cmpStr(a.duty ?? "", b.duty ?? "") ||
    a.points - b.points
  );
}

/** Left-to-right sum (what a spreadsheet SUM over the same cells in the same order does). */
function sumInOrder(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

function deduction(
  kind: DeductionKind,
  points: number,
  ref: string,
  duty: string | undefined
): Deduction {
  return duty ? { kind, points, duty, ref } : { kind, points, ref };
}

/** max(D, P0 − 1): overdue days before the period were charged in earlier periods. */
function chargeFrom(due: ISODate, period: Period): ISODate {
  return maxDate(due, addDays(period.start, -1));
}

/**
 * The task's deductions charged in `period` (A = period.asOf, P0 = period.start; a completion or
 * report dated after A is not yet given):
 * - 逾期未完成 while not completed by A and D < A: base + perDay × wd(max(D, P0−1), A). Charged
 *   again in every period where it holds: the base once per period, each day only in its period.
 * - 逾期完成 when P0 ≤ C ≤ A and C > D: base + perDay × wd(max(D, P0−1), C).
 * - 未及时回报 in the period holding the report deadline Dr = addWd(C, reportWithinWorkdays), once
 *   Dr ≤ A: P0 ≤ Dr ≤ A and the report is missing at A or came after Dr. So a task done on the
 *   last working day of a period and reported on time in the next is never charged, and one never
 *   reported is charged in the period of its deadline, even when C lies in an earlier period.
 * A period that has not begun at its as-of date (A < P0) charges nothing. Order: overdue, then
 * report; the workbook's 扣分 column is their sum for the month.
 */
export function taskDeductions(
  task: Task,
  period: Period,
  cal: Calendar,
  rules: Rules
): Deduction[] {
  const a = period.asOf;
  if (a < period.start) return [];
  const done = givenBy(task.completed, a);
  const duty = task.duty || undefined;
  const out: Deduction[] = [];
  const over = overdueCharge(task, period, cal);
  if (over?.kind === "逾期未完成")
    out.push(
      deduction(
        "逾期未完成",
        rules.overdueOpenBase + rules.overdueOpenPerDay * over.days,
        task.id,
        duty
      )
    );
  if (over?.kind === "逾期完成")
    out.push(
      deduction(
        "逾期完成",
        rules.overdueDoneBase + rules.overdueDonePerDay * over.days,
        task.id,
        duty
      )
    );
  if (done === undefined) return out.filter((d) => d.points !== 0);
  if (
    reportDeadlineIn(done, period, cal, rules) &&
    !reportedInTime(done, task.reported, a, cal, rules)
  ) {
    out.push(deduction("未及时回报", rules.lateReport, task.id, duty));
  }
  return out.filter((d) => d.points !== 0);
}

/**
 * The overdue charge of a task in a period and the working days it counts (n of 2 + 0.5 × n or
 * 1 + 0.5 × n): only the days after max(D, P0 − 1), so 逾期工作日 20 may be charged 18 in this
 * month. Undefined when the period charges no overdue (on time, not yet due, done before P0).
 */
export function overdueCharge(
  task: Task,
  period: Period,
  cal: Calendar
): { kind: "逾期未完成" | "逾期完成"; days: number } | undefined {
  const a = period.asOf;
  if (a < period.start) return undefined;
  const done = givenBy(task.completed, a);
  if (done === undefined) {
    const due = taskDue(task, cal);
    if (due !== undefined && due < a)
      return { kind: "逾期未完成", days: cal.wd(chargeFrom(due, period), a) };
    return undefined;
  }
  if (done < period.start) return undefined;
  const due = taskDue(task, cal);
  if (due !== undefined && done > due)
    return { kind: "逾期完成", days: cal.wd(chargeFrom(due, period), done) };
  return undefined;
}

/**
 * How the report-back stands in a period, for the column that explains 扣分: 按时回报; 待回报
 * (done, deadline Dr = addWd(C, n) not yet come by A); 未回报 or 回报迟报 when Dr lies in
 * [P0, A] (charged 未及时回报 in this period); "" when not done by A, or Dr lies before P0
 * (charged, if at all, in an earlier period).
 */
export function reportStanding(
  task: Task,
  period: Period,
  cal: Calendar,
  rules: Rules
): "" | "按时回报" | "待回报" | "未回报" | "回报迟报" {
  const a = period.asOf;
  const done = givenBy(task.completed, a);
  if (done === undefined) return "";
  const reported = givenBy(task.reported, a);
  if (!reportDueBy(done, a, cal, rules)) return reported !== undefined ? "按时回报" : "待回报";
  if (reportedInTime(done, task.reported, a, cal, rules)) return "按时回报";
  if (!reportDeadlineIn(done, period, cal, rules)) return "";
  return reported === undefined ? "未回报" : "回报迟报";
}

/** P0 ≤ Dr ≤ A for the report deadline Dr of completion C (C ≤ A). */
function reportDeadlineIn(done: ISODate, period: Period, cal: Calendar, rules: Rules): boolean {
  return (
    reportDueBy(done, period.asOf, cal, rules) &&
    !reportDueBy(done, addDays(period.start, -1), cal, rules)
  );
}

/**
 * Whether a task completed at C can still be charged in a period starting at P0: C ≥ P0, or its
 * report deadline falls on or after P0.
 */
function chargeableFrom(task: Task, from: ISODate, cal: Calendar, rules: Rules): boolean {
  const c = task.completed;
  if (!c || c >= from) return true;
  return !reportDueBy(c, addDays(from, -1), cal, rules);
}

/** 组织检查 1; 自查 rectified 0; 自查 not rectified 0.5 (defaults). */
export function findingFactor(f: Finding, rules: Rules): number {
  if (f.source === "组织检查") return rules.findingFactorOrg;
  return f.rectified ? rules.findingFactorSelfRectified : rules.findingFactorSelfOpen;
}

/**
 * A finding's deduction: points × factor, ref `date problem` (+ `（一票否决）`). A finding whose
 * deduction is 0 (a rectified self-check) yields no entry, unless it is a 一票否决: that one is
 * listed with 0 points so the report shows why the grade fell.
 */
export function findingDeduction(f: Finding, rules: Rules): Deduction | undefined {
  const points = f.points * findingFactor(f, rules);
  if (points === 0 && !f.veto) return undefined;
  const ref = `${f.date} ${f.problem}${f.veto ? "（一票否决）" : ""}`;
  return deduction("检查扣分", points, ref, f.duty || undefined);
}

/** Shortfall s = max(0, target − actual); excess = max(0, actual − target). */
export function quotaGap(q: Quota): { shortfall: number; excess: number } {
  return { shortfall: Math.max(0, q.target - q.actual), excess: Math.max(0, q.actual - q.target) };
}

/** Records of one dataset grouped once, so a period costs O(its own records), not O(all). */
interface DatasetIndex {
  /** `person \u0001 date` of every log row */
  logKeys: Set<string>;
  tasks: Map<string, Task[]>;
  findings: Map<string, Finding[]>;
  bonuses: Map<string, Bonus[]>;
  quotas: Map<string, Quota[]>;
  /** a post's duties in handbook order, one per code */
  postDuties: Map<string, Duty[]>;
}

const logKey = (person: string, date: ISODate): string => `${person}\u0001${date}`;

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

/**
 * Indexes what periods inside [from, to] can charge: logs, findings and bonuses dated in it, and
 * tasks not settled before `from` (see chargeableFrom).
 */
function buildIndex(
  ds: Dataset,
  from: ISODate,
  to: ISODate,
  cal: Calendar,
  rules: Rules
): DatasetIndex {
  const within = (d: ISODate) => d >= from && d <= to;
  const logKeys = new Set<string>();
  for (const l of ds.logs) if (within(l.date)) logKeys.add(logKey(l.person, l.date));
  const postDuties = new Map<string, Duty[]>();
  const seen = new Set<string>();
  for (const d of ds.duties) {
    const k = `${d.post}\u0001${d.code}`;
    if (seen.has(k)) continue; // a duplicated code (an entry error) is counted once
    seen.add(k);
    const list = postDuties.get(d.post);
    if (list) list.push(d);
    else postDuties.set(d.post, [d]);
  }
  // Bonus records and quotas are summed in a canonical order (not entry order).
  const bonuses = groupBy(
    ds.bonuses.filter((b) => within(b.date)),
    (b) => b.person
  );
  for (const list of bonuses.values()) {
    list.sort(
      (x, y) => cmpStr(x.date, y.date) || cmpStr(x.reason, y.reason) || x.points - y.points
    );
  }
  const quotas = groupBy(ds.quotas, (q) => q.person);
  for (const list of quotas.values()) {
    list.sort(
      (x, y) => cmpStr(x.indicator, y.indicator) || x.target - y.target || x.actual - y.actual
    );
  }
  return {
    logKeys,
    tasks: groupBy(
      ds.tasks.filter((t) => chargeableFrom(t, from, cal, rules)),
      (t) => t.owner
    ),
    findings: groupBy(
      ds.findings.filter((f) => within(f.date)),
      (f) => f.person
    ),
    bonuses,
    quotas,
    postDuties,
  };
}

type Unranked = Omit<PersonDetail, "rank">;

function inPeriod(d: ISODate, period: Period): boolean {
  return d >= period.start && d <= period.asOf;
}

function scorePerson(
  person: Staff,
  period: Period,
  idx: DatasetIndex,
  cal: Calendar,
  rules: Rules
): Unranked {
  const name = person.name;
  const isMonth = period.kind === "month";
  const found: Deduction[] = [];

  for (const t of idx.tasks.get(name) ?? []) found.push(...taskDeductions(t, period, cal, rules));

  // 日志缺报: working days of [max(P0, start), A] with no log row (any status) of the person.
  if (rules.missingLogPerDay !== 0) {
    const from = person.start ? maxDate(period.start, person.start) : period.start;
    for (const d of cal.workdays(from, period.asOf)) {
      if (!idx.logKeys.has(logKey(name, d)))
        found.push(deduction("日志缺报", rules.missingLogPerDay, d, undefined));
    }
  }

  let veto = false;
  for (const f of idx.findings.get(name) ?? []) {
    if (!inPeriod(f.date, period)) continue;
    if (f.veto) veto = true;
    const d = findingDeduction(f, rules);
    if (d) found.push(d);
  }

  const bonusParts: number[] = [];
  for (const b of idx.bonuses.get(name) ?? [])
    if (inPeriod(b.date, period)) bonusParts.push(b.points);

  const moneyParts: number[] = [];
  if (isMonth && period.asOf >= period.start) {
    for (const q of idx.quotas.get(name) ?? []) {
      const { shortfall, excess } = quotaGap(q);
      if (shortfall > 0) {
        const points = shortfall * rules.quotaPointsPerUnit;
        if (points !== 0) found.push(deduction("指标差额", points, q.indicator, undefined));
        moneyParts.push(shortfall * rules.quotaMoneyPerUnit);
      }
      if (excess > 0) bonusParts.push(excess * rules.quotaBonusPerUnit);
    }
  }

  found.sort(compareDeductions);

  // Per-duty cap for duties of the person's own post; everything else is 'other', uncapped.
  const duties = idx.postDuties.get(person.post) ?? [];
  const perDuty = new Map<string, number[]>();
  for (const d of duties) perDuty.set(d.code, []);
  const otherParts: number[] = [];
  for (const d of found) {
    const bucket = d.duty !== undefined ? perDuty.get(d.duty) : undefined;
    (bucket ?? otherParts).push(d.points);
  }
  const dutyLines: DutyLine[] = duties.map((d) => {
    const deducted = sumInOrder(perDuty.get(d.code) ?? []);
    return { duty: d.code, points: d.points, deducted, counted: Math.min(deducted, d.points) };
  });
  const dutyDeduction = sumInOrder(dutyLines.map((l) => l.counted));
  const otherDeduction = sumInOrder(otherParts);
  const bonusRaw = sumInOrder(bonusParts);
  const bonus = Math.min(rules.bonusCap, bonusRaw);
  const quotaMoney = sumInOrder(moneyParts);

  const score = round2(Math.max(0, 100 - dutyDeduction - otherDeduction) + bonus);
  const grade = veto ? gradeNamed(rules.vetoGrade, rules) : gradeFor(score, rules);
  return {
    name,
    post: person.post,
    deductions: found,
    dutyLines,
    dutyDeduction,
    otherDeduction,
    bonusRaw,
    bonus,
    quotaMoney,
    veto,
    score,
    grade: grade.grade,
    money: grade.money - quotaMoney,
  };
}

/** Competition ranking by descending score: ties share a rank and the next rank skips (1, 2, 2, 4). */
export function rankScores(scores: readonly number[]): number[] {
  const sorted = [...scores].sort((a, b) => b - a);
  const firstAt = new Map<number, number>();
  sorted.forEach((s, i) => {
    if (!firstAt.has(s)) firstAt.set(s, i + 1);
  });
  return scores.map((s) => firstAt.get(s) as number);
}

function scoreIndexed(
  ds: Dataset,
  idx: DatasetIndex,
  period: Period,
  cal: Calendar,
  rules: Rules
): PeriodResult {
  const unranked = ds.staff.map((p) => scorePerson(p, period, idx, cal, rules));
  const ranks = rankScores(unranked.map((p) => p.score));
  return {
    period,
    people: unranked.map((p, i) => ({ ...p, rank: ranks[i] })),
    // the one coverage rule (calendar/provisional.ts): the days the period counts decide
    provisionalYears: provisionalStatus(cal, period.start, period.asOf).years,
  };
}

/**
 * Scores every staff member for one period. Deductions are charged to the task's owner, the
 * log's/finding's/quota's/bonus's person; records of people not on the staff list are ignored.
 * A period touching a provisional (暂定) year is scored on that year's statutory holidays and
 * says so in provisionalYears.
 */
export function scorePeriod(
  ds: Dataset,
  period: Period,
  cal: Calendar,
  rules: Rules
): PeriodResult {
  return scoreIndexed(
    ds,
    buildIndex(ds, period.start, period.asOf, cal, rules),
    period,
    cal,
    rules
  );
}

/** The month and each of its weeks (weeks starting after the as-of date are left out). */
export function scoreMonth(
  ds: Dataset,
  opts?: { asOf?: ISODate; calendar?: Calendar; rules?: Rules }
): MonthResult {
  const asOf = opts?.asOf ?? ds.asOf;
  const cal = opts?.calendar ?? new Calendar(ds.calendar);
  const rules = opts?.rules ?? resolveRules(ds.rules);
  const month = monthPeriod(ds.month, asOf);
  const idx = buildIndex(ds, month.start, month.asOf, cal, rules);
  return {
    month: scoreIndexed(ds, idx, month, cal, rules),
    weeks: weekPeriods(ds.month, asOf).map((p) => scoreIndexed(ds, idx, p, cal, rules)),
  };
}

/**
 * The month and the given weeks of it (the month workbook's 周考核 lists every week, a week that
 * starts after the as-of date scoring zero), from one index as `scoreMonth` does.
 */
export function scoreMonthAndWeeks(
  ds: Dataset,
  weeks: readonly Period[],
  cal: Calendar,
  rules: Rules
): { month: PeriodResult; weeks: PeriodResult[] } {
  const month = monthPeriod(ds.month, ds.asOf);
  const idx = buildIndex(ds, month.start, month.asOf, cal, rules);
  return {
    month: scoreIndexed(ds, idx, month, cal, rules),
    weeks: weeks.map((p) => scoreIndexed(ds, idx, p, cal, rules)),
  };
}

/** SPEC §8 JSON: people sorted by rank, ties in staff order. */
export function toReport(r: MonthResult): ScoreReport {
  const people = r.month.people.map((p, i) => ({
    order: i,
    result: {
      name: p.name,
      post: p.post,
      score: p.score,
      grade: p.grade,
      rank: p.rank,
      money: p.money,
      bonus: p.bonus,
      deductions: p.deductions.map((d) => ({ ...d })),
      weeks: r.weeks.map((w) => ({
        start: w.period.start,
        end: w.period.end,
        score: w.people[i].score,
        ...(w.provisionalYears.length > 0 ? { provisional: true as const } : {}),
      })),
    },
  }));
  people.sort((a, b) => a.result.rank - b.result.rank || a.order - b.order);
  const years = r.month.provisionalYears;
  return {
    period: r.month.period.key,
    asOf: r.month.period.asOf,
    ...(years.length > 0 ? { provisional: true as const, provisionalYears: [...years] } : {}),
    people: people.map((p) => p.result),
  };
}
