// What the year workbook's sheets share: the months (ascending), the year's result from the
// domain rules (the cached values), the rules the grades come from, and column letters the
// sheets point at each other with.

import type { Rules } from "../../domain/types";
import {
  assessYear,
  monthNumber,
  yearFileProblems,
  type MonthScores,
  type YearMonthFile,
  type YearResult,
} from "../../domain/year";
import { colLetter } from "../address";
import { MONTH_COLUMNS, YEAR_HEADERS } from "./sheets";

export interface YearWorkbookInput {
  office: string;
  /** the months of one year, any order; the caller has refused duplicates */
  months: MonthScores[];
  /** grade bands and 一票否决 grade: the latest month's 考核标准 */
  rules: Rules;
  /** 优秀比例 (off when undefined or 0) */
  excellentRatio?: number;
}

export interface YearContext {
  office: string;
  rules: Rules;
  excellentRatio?: number;
  months: MonthScores[];
  result: YearResult;
  /** number of the latest month given (1–12) */
  lastMonth: number;
  /** column letter of 年度得分 on 年度考核 */
  annualScoreCol: string;
}

/** The headers of 年度考核, in order. */
export const ANNUAL_HEADERS: readonly string[] = [
  ...YEAR_HEADERS.annualBefore,
  ...MONTH_COLUMNS,
  ...YEAR_HEADERS.annualAfter,
  ...YEAR_HEADERS.annualHelpers,
];

export function yearContext(input: YearWorkbookInput): YearContext {
  const months = [...input.months].sort((a, b) => (a.month < b.month ? -1 : 1));
  const opts = input.excellentRatio ? { excellentRatio: input.excellentRatio } : {};
  const result = assessYear(months, input.rules, opts);
  return {
    office: input.office,
    rules: input.rules,
    ...(input.excellentRatio ? { excellentRatio: input.excellentRatio } : {}),
    months,
    result,
    lastMonth: monthNumber(months[months.length - 1].month),
    annualScoreCol: colLetter(ANNUAL_HEADERS.indexOf("年度得分") + 1),
  };
}

/**
 * The year workbook's input from the month files (each as yearMonthOf gives it), or why they
 * cannot make one year (a month given twice, another office or year; each file named). The grade
 * bands are the latest month's 考核标准. Shared by `gangze year` and the task pane's 年度 view.
 */
export function yearInputOf(
  files: readonly YearMonthFile[],
  excellentRatio?: number
): { ok: true; input: YearWorkbookInput } | { ok: false; problems: string[] } {
  const problems = yearFileProblems(
    files.map((m) => ({ file: m.file, office: m.office, month: m.scores.month }))
  );
  if (problems.length) return { ok: false, problems };
  const latest = files.reduce((a, b) => (b.scores.month > a.scores.month ? b : a));
  return {
    ok: true,
    input: {
      office: files[0].office,
      months: files.map((m) => m.scores),
      rules: latest.rules,
      ...(excellentRatio ? { excellentRatio } : {}),
    },
  };
}

/** `惠金河务局办公室-2026-年度考核.xlsx` (characters Windows refuses in file names replaced). */
export function yearFileName(office: string, year: number): string {
  return `${office || "本单位"}-${year}-年度考核.xlsx`.replace(/[\\/:*?"<>|]/g, "_");
}
