// Defined names of the month workbook and the formula fragments built on them. Formulas refer
// to parameters and settings by name (readable, and they survive inserted rows); the working-day
// arithmetic goes through the 日历 sheet's running count, never WORKDAY/NETWORKDAYS (no 调休).

import type { NumericRuleKey } from "../../domain/rules";
import { colLetter } from "../address";
import { NAMES } from "../sheets";

export const MONTH_NAMES = {
  ...NAMES,
  /** min(月末, 基准日): the month's as-of date, up to which deductions are charged */
  cutoff: "截止日",
  /** 工作日累计 at 基准日, at 截止日 and on the day before 月初 */
  asOfRun: "基准日序号",
  cutoffRun: "截止日序号",
  beforeStartRun: "月初前序号",
  calDates: "日历日期",
  calTypes: "日历类型",
  calRun: "工作日累计",
  /** 日历's year table: 年份 and 状态 (完整 / 暂定) */
  calYears: "日历年份",
  calYearStates: "日历年份状态",
  gradeNames: "等级名",
  gradeMins: "等级最低分",
  gradeMoney: "等级金额",
  vetoGrade: "否决等级",
  noticeFeedback: "意见反馈",
  noticeSigner: "落款",
} as const;

/** Defined name of each numeric parameter's 取值 cell on 考核标准. */
export const RULE_NAMES: Readonly<Record<NumericRuleKey, string>> = {
  warnDays: "临期天数",
  reportWithinWorkdays: "回报时限",
  overdueOpenBase: "逾期未完成基础扣分",
  overdueOpenPerDay: "逾期未完成日扣分",
  overdueDoneBase: "逾期完成基础扣分",
  overdueDonePerDay: "逾期完成日扣分",
  lateReport: "未及时回报扣分",
  missingLogPerDay: "日志缺报扣分",
  findingFactorOrg: "组织检查系数",
  findingFactorSelfRectified: "自查已整改系数",
  findingFactorSelfOpen: "自查未整改系数",
  quotaPointsPerUnit: "指标差额扣分",
  quotaMoneyPerUnit: "指标差额扣款",
  quotaBonusPerUnit: "超额加分",
  bonusCap: "加分上限",
  noticeDays: "公示天数",
};

/** 工作日累计 of a date that 日历 lists (#N/A for a date it does not list). */
export function runF(date: string): string {
  return `INDEX(${MONTH_NAMES.calRun},MATCH(${date},${MONTH_NAMES.calDates},0))`;
}

/** addWd(date, n) for n ≥ 1: the first listed day whose running count is run(date) + n. */
export function addWdF(date: string, n: string): string {
  return `INDEX(${MONTH_NAMES.calDates},MATCH(${runF(date)}+${n},${MONTH_NAMES.calRun},0))`;
}

/** Column letters of a header list, by header. */
export function columnLetters(headers: readonly string[], firstColumn = 1): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((h, i) => (out[h] = colLetter(firstColumn + i)));
  return out;
}

/** `'sheet'!$C$2:$C$40` */
export function colRange(sheet: string, letter: string, first: number, last: number): string {
  return `'${sheet}'!$${letter}$${first}:$${letter}$${Math.max(first, last)}`;
}
