// What the year workbook's sheets share: the months (ascending), the year's result from the
// domain rules (the cached values), the rules the grades come from, and column letters the
// sheets point at each other with.

import type { Rules } from "../../domain/types";
import { assessYear, monthNumber, type MonthScores, type YearResult } from "../../domain/year";
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
