// The year (SPEC §4 "Year"): annual score, grade, rank and money of each person from the months
// of one year in which the person was on the roster and scored, the optional 优秀比例, the
// months missing, and quota progress (annual target, cumulative actual, rate, what is left per
// remaining month). Pure: the months come in already scored (src/workbook/year reads them).
// The year workbook's formulas recompute the same numbers (same order of sums, same rounding).

import { round2 } from "./round";
import { gradeFor, resolveRules } from "./rules";
import type { Calendar } from "./calendar";
import { isUnusable, withoutErrors } from "./checks";
import { rankScores, scoreMonth } from "./scoring";
import type { Dataset, EntryIssue, MonthKey, Quota, Rules } from "./types";

/** One person's result in one month, as the month workbook gives it. */
export interface MonthScore {
  name: string;
  post: string;
  score: number;
  grade: string;
  money: number;
  /** a 一票否决 finding fell in the month */
  veto: boolean;
}

/** One month of the office: its people's results and its 月度指标 rows. */
export interface MonthScores {
  month: MonthKey;
  people: MonthScore[];
  quotas: Quota[];
}

export interface YearMonthEntry {
  month: MonthKey;
  score: number;
  grade: string;
  money: number;
  veto: boolean;
}

export interface YearPerson {
  name: string;
  /** the post of the latest month the person was scored in */
  post: string;
  /** the months the person was scored in, ascending */
  months: YearMonthEntry[];
  /** months from January to the latest month given in which the person has no score */
  missing: MonthKey[];
  /** round2(Σ monthly scores / months), the sum taken in month order */
  score: number;
  /** the grade the score's band gives, before 优秀比例 and 一票否决 */
  bandGrade: string;
  grade: string;
  rank: number;
  /** Σ monthly money, in month order */
  money: number;
  veto: boolean;
}

export interface QuotaProgress {
  person: string;
  indicator: string;
  /** 年度目标 of the latest month that gives one (0 when none does) */
  annualTarget: number;
  /** Σ 本月完成 of the months given, in month order */
  cumulative: number;
  /** cumulative / annualTarget; null when there is no annual target */
  rate: number | null;
  /** max(0, annualTarget − cumulative) */
  remaining: number;
  /** months of the year after the latest month given */
  monthsLeft: number;
  /** what is left per remaining month, rounded up to a whole unit; null when no month is left */
  perMonth: number | null;
}

export interface YearOptions {
  /** 优秀比例 q in (0, 1]; undefined or 0 = off */
  excellentRatio?: number;
}

export interface YearResult {
  year: number;
  /** the months given, ascending */
  months: MonthKey[];
  /** months from January to the latest month given that were not given */
  missingMonths: MonthKey[];
  /** floor(N × q) when 优秀比例 is on, else null */
  excellentLimit: number | null;
  /** in order of first appearance (month order, then each month's staff order) */
  people: YearPerson[];
  /** by first appearance of (person, indicator) */
  quotas: QuotaProgress[];
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** `2026-03` → 3 */
export const monthNumber = (m: MonthKey): number => +m.slice(5, 7);

/** Rounds to 6 decimals first, so 20 × 0.3 is 6 and not 5.999…: what INT(ROUND(x,6)) does. */
export function floorClean(x: number): number {
  return Math.floor(Number(x.toFixed(6)));
}

/** ROUNDUP(ROUND(x, 6), 0) for x ≥ 0. */
export function ceilClean(x: number): number {
  return Math.ceil(Number(x.toFixed(6)));
}

/** The number of people who keep 优秀 under 优秀比例 q: floor(N × q). */
export function excellentLimit(people: number, ratio: number): number {
  return floorClean(people * ratio);
}

function sumInOrder(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

/**
 * The year from its months (any subset, any order; the caller has refused duplicates). `rules`
 * gives the grade bands and the 一票否决 grade (the latest month's 考核标准).
 */
export function assessYear(
  monthsIn: readonly MonthScores[],
  rules: Rules,
  opts: YearOptions = {}
): YearResult {
  const months = [...monthsIn].sort((a, b) => (a.month < b.month ? -1 : 1));
  if (months.length === 0) throw new RangeError("没有月份可供年度考核");
  const year = +months[0].month.slice(0, 4);
  const last = monthNumber(months[months.length - 1].month);
  const given = new Set(months.map((m) => m.month));
  const upToLast = Array.from({ length: last }, (_, i) => `${year}-${pad2(i + 1)}`);
  const missingMonths = upToLast.filter((m) => !given.has(m));

  const byName = new Map<string, { name: string; post: string; months: YearMonthEntry[] }>();
  for (const m of months) {
    for (const p of m.people) {
      let rec = byName.get(p.name);
      if (!rec) byName.set(p.name, (rec = { name: p.name, post: p.post, months: [] }));
      rec.post = p.post;
      rec.months.push({
        month: m.month,
        score: p.score,
        grade: p.grade,
        money: p.money,
        veto: p.veto,
      });
    }
  }

  const unranked = [...byName.values()].map((r) => {
    const score = round2(sumInOrder(r.months.map((x) => x.score)) / r.months.length);
    const veto = r.months.some((x) => x.veto);
    const scored = new Set(r.months.map((x) => x.month));
    return {
      ...r,
      missing: upToLast.filter((m) => !scored.has(m)),
      score,
      bandGrade: gradeFor(score, rules).grade,
      money: sumInOrder(r.months.map((x) => x.money)),
      veto,
    };
  });
  const ranks = rankScores(unranked.map((p) => p.score));
  const q = opts.excellentRatio;
  const limit = q !== undefined && q > 0 ? excellentLimit(unranked.length, q) : null;
  const top = rules.grades[0]?.grade;
  const second = rules.grades[1]?.grade;
  const people: YearPerson[] = unranked.map((p, i) => {
    const rank = ranks[i];
    let grade = p.bandGrade;
    if (p.veto) grade = rules.vetoGrade;
    else if (limit !== null && second !== undefined && grade === top && rank > limit)
      grade = second;
    return { ...p, rank, grade };
  });

  // quotas: one line per (person, indicator); the annual target of the latest month giving one
  const lines = new Map<
    string,
    { person: string; indicator: string; target?: number; actuals: number[] }
  >();
  for (const m of months) {
    for (const qt of m.quotas) {
      const key = `${qt.person}\u0001${qt.indicator}`;
      let line = lines.get(key);
      if (!line)
        lines.set(key, (line = { person: qt.person, indicator: qt.indicator, actuals: [] }));
      if (typeof qt.annualTarget === "number") line.target = qt.annualTarget;
      line.actuals.push(qt.actual);
    }
  }
  const monthsLeft = 12 - last;
  const quotas: QuotaProgress[] = [...lines.values()].map((l) => {
    const annualTarget = l.target ?? 0;
    const cumulative = sumInOrder(l.actuals);
    const remaining = Math.max(0, annualTarget - cumulative);
    return {
      person: l.person,
      indicator: l.indicator,
      annualTarget,
      cumulative,
      rate: annualTarget > 0 ? cumulative / annualTarget : null,
      remaining,
      monthsLeft,
      perMonth: monthsLeft > 0 ? ceilClean(remaining / monthsLeft) : null,
    };
  });

  return {
    year,
    months: months.map((m) => m.month),
    missingMonths,
    excellentLimit: limit,
    people,
    quotas,
  };
}

/**
 * This month's default target (本月目标): what is left of the annual target after the months
 * before, split evenly over this and the remaining months of the year, rounded up to a whole unit.
 */
export function defaultMonthTarget(
  annualTarget: number,
  priorActual: number,
  month: MonthKey
): number {
  const left = Math.max(0, annualTarget - priorActual);
  return ceilClean(left / (13 - monthNumber(month)));
}

/** What the files of one year must agree on; `file` names each in the messages. */
export interface YearFileHead {
  file: string;
  office: string;
  month: MonthKey;
}

/**
 * Why these month files cannot make one year: a month given twice, a file of another office or
 * another year (Chinese messages naming the file; empty when they fit together). The first file
 * sets the office and the year.
 */
export function yearFileProblems(files: readonly YearFileHead[]): string[] {
  const out: string[] = [];
  if (files.length === 0) return ["没有给出月度考核工作簿"];
  const first = files[0];
  const year = first.month.slice(0, 4);
  const seen = new Map<string, string>();
  for (const f of files) {
    if (f.office !== first.office) {
      out.push(
        `${f.file} 是“${f.office}”的工作簿，与 ${first.file} 的“${first.office}”不是同一单位`
      );
      continue;
    }
    if (f.month.slice(0, 4) !== year) {
      out.push(`${f.file} 是 ${f.month} 的工作簿，不属于 ${year} 年（${first.file}）`);
      continue;
    }
    const dup = seen.get(f.month);
    if (dup !== undefined) out.push(`${f.file} 与 ${dup} 是同一个月份 ${f.month}`);
    else seen.set(f.month, f.file);
  }
  return out;
}

/**
 * One month's results for the year, recomputed from the month's entries (a workbook's stored
 * results are not trusted: `gangze verify` is how they are checked). Pass the dataset without
 * the records that have entry errors, as scoring does.
 */
export function monthScoresOf(ds: Dataset, calendar?: Calendar, rules?: Rules): MonthScores {
  const r = scoreMonth(ds, { ...(calendar ? { calendar } : {}), ...(rules ? { rules } : {}) });
  return {
    month: ds.month,
    people: r.month.people.map((p) => ({
      name: p.name,
      post: p.post,
      score: p.score,
      grade: p.grade,
      money: p.money,
      veto: p.veto,
    })),
    quotas: ds.quotas.filter((q) => typeof q.actual === "number").map((q) => ({ ...q })),
  };
}

/** One month file's part of the year: its office, its results recomputed, its rules. */
export interface YearMonthFile {
  /** the file's name, for the messages */
  file: string;
  office: string;
  scores: MonthScores;
  rules: Rules;
  /** entry errors whose records were left out of the scores (`gangze check` lists them) */
  errors: number;
}

/**
 * A month file read and checked (its entry issues, the reader's cell errors included) as the year
 * takes it: scored without the records that have errors. Refused, with a Chinese message naming
 * the file, when its month, 基准日 or 考核标准 cannot be used. Shared by `gangze year` and the
 * task pane's 年度 view.
 */
export function yearMonthOf(
  file: string,
  ds: Dataset,
  entryIssues: readonly EntryIssue[],
  calendar?: Calendar
): { ok: true; month: YearMonthFile } | { ok: false; message: string } {
  if (isUnusable(entryIssues)) {
    const why = entryIssues
      .filter((i) => i.severity === "error" && i.collection === "dataset")
      .map((i) => "  " + i.message);
    return { ok: false, message: `${file} 无法评分：\n${why.join("\n")}` };
  }
  try {
    const clean = withoutErrors(ds, entryIssues);
    const rules = resolveRules(clean.rules);
    return {
      ok: true,
      month: {
        file,
        office: clean.office,
        scores: monthScoresOf(clean, calendar, rules),
        rules,
        errors: entryIssues.filter((i) => i.severity === "error").length,
      },
    };
  } catch (err) {
    if (err instanceof RangeError)
      return { ok: false, message: `${file}：考核标准有误：${err.message}` };
    throw err;
  }
}
