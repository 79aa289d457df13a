// The parameters of SPEC §4 with their defaults. The 考核标准 sheet shows and edits them; a
// dataset's `rules` overrides any of them.

import { RULE_LABELS } from "./messages";
import type { DeductionStandard, GradeRule, Rules } from "./types";

/** The rule parameters that are plain numbers (everything but grades and the standards list). */
export type NumericRuleKey = {
  [K in keyof Rules]: Rules[K] extends number ? K : never;
}[keyof Rules];

const NUMERIC_KEYS: ReadonlyArray<{ key: NumericRuleKey; integer?: boolean }> = [
  { key: "warnDays", integer: true },
  { key: "reportWithinWorkdays", integer: true },
  { key: "overdueOpenBase" },
  { key: "overdueOpenPerDay" },
  { key: "overdueDoneBase" },
  { key: "overdueDonePerDay" },
  { key: "lateReport" },
  { key: "missingLogPerDay" },
  { key: "findingFactorOrg" },
  { key: "findingFactorSelfRectified" },
  { key: "findingFactorSelfOpen" },
  { key: "quotaPointsPerUnit" },
  { key: "quotaMoneyPerUnit" },
  { key: "quotaBonusPerUnit" },
  { key: "bonusCap" },
  { key: "noticeDays", integer: true },
];

/** Each numeric parameter in display order, with its 考核标准 label (shared with messages.ts). */
export const RULE_PARAMETERS: ReadonlyArray<{
  key: NumericRuleKey;
  label: string;
  integer?: boolean;
}> = NUMERIC_KEYS.map((p) => ({ ...p, label: RULE_LABELS[p.key] ?? p.key }));

const DEFAULT_GRADES: GradeRule[] = [
  { grade: "优秀", min: 90, money: 300 },
  { grade: "良好", min: 80, money: 100 },
  { grade: "合格", min: 60, money: 0 },
  { grade: "不合格", min: 0, money: -200 },
];

/** 扣分标准: the coded problems a finding can cite, with the points each costs. */
const DEFAULT_STANDARDS: DeductionStandard[] = [
  { code: "K01", problem: "公文出现文字、格式或数据差错（每处）", points: 1 },
  { code: "K02", problem: "收文未当日登记或未及时呈送领导批阅", points: 0.5 },
  { code: "K03", problem: "会议纪要未在会后2个工作日内印发", points: 1 },
  { code: "K04", problem: "督办事项办理结果未按时反馈", points: 1 },
  { code: "K05", problem: "文书或工程档案未按期归档、归档材料不全", points: 1 },
  { code: "K06", problem: "用印未经审批或未登记", points: 2 },
  { code: "K07", problem: "涉密文件未按规定传阅、保管或清退", points: 3 },
  { code: "K08", problem: "信息、宣传稿件未按计划报送", points: 0.5 },
  { code: "K09", problem: "值班脱岗、漏岗或交接班未登记", points: 2 },
  { code: "K10", problem: "车辆未按时保养或出车未登记", points: 1 },
  { code: "K11", problem: "公务接待未按标准安排或未登记", points: 1 },
  { code: "K12", problem: "办公用品出入库账物不符", points: 1 },
  { code: "K13", problem: "食堂卫生或食品留样检查不合格", points: 1 },
  { code: "K14", problem: "水电故障报修未在当日处理", points: 0.5 },
  { code: "K15", problem: "工作日志未按日填写或内容不实", points: 0.5 },
];

export const DEFAULT_RULES: Readonly<Rules> = Object.freeze({
  warnDays: 2,
  reportWithinWorkdays: 1,
  overdueOpenBase: 2,
  overdueOpenPerDay: 0.5,
  overdueDoneBase: 1,
  overdueDonePerDay: 0.5,
  lateReport: 0.5,
  missingLogPerDay: 1,
  findingFactorOrg: 1,
  findingFactorSelfRectified: 0,
  findingFactorSelfOpen: 0.5,
  quotaPointsPerUnit: 1,
  quotaMoneyPerUnit: 50,
  quotaBonusPerUnit: 0.5,
  bonusCap: 5,
  grades: DEFAULT_GRADES.map((g) => Object.freeze(g)),
  vetoGrade: "不合格",
  noticeDays: 5,
  noticeFeedback: "对公示结果有异议的，请在公示期内向办公室主任当面或书面反映，逾期视为无异议。",
  noticeSigner: "",
  deductionStandards: DEFAULT_STANDARDS.map((s) => Object.freeze(s)),
});
Object.freeze(DEFAULT_RULES.grades);
Object.freeze(DEFAULT_RULES.deductionStandards);

/**
 * The complete rules: defaults overridden by `partial` (a key given as undefined keeps its
 * default). Grades are put in best-first order (descending minimum score). Throws a RangeError
 * with a Chinese message naming the parameter when a value cannot be used.
 */
export function resolveRules(partial?: Partial<Rules>): Rules {
  const out: Rules = {
    ...DEFAULT_RULES,
    grades: DEFAULT_RULES.grades.map((g) => ({ ...g })),
    deductionStandards: DEFAULT_RULES.deductionStandards.map((s) => ({ ...s })),
  };
  if (partial) {
    for (const { key } of RULE_PARAMETERS) {
      const v = partial[key];
      if (v !== undefined) out[key] = v;
    }
    if (partial.grades !== undefined) out.grades = partial.grades.map((g) => ({ ...g }));
    if (partial.vetoGrade !== undefined) out.vetoGrade = partial.vetoGrade;
    if (partial.noticeFeedback !== undefined) out.noticeFeedback = partial.noticeFeedback;
    if (partial.noticeSigner !== undefined) out.noticeSigner = partial.noticeSigner;
    if (partial.deductionStandards !== undefined) {
      out.deductionStandards = partial.deductionStandards.map((s) => ({ ...s }));
    }
  }
  validate(out);
  out.grades.sort((a, b) => b.min - a.min);
  return out;
}

function validate(r: Rules): void {
  for (const { key, label, integer } of RULE_PARAMETERS) {
    const v = r[key];
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new RangeError(`考核标准“${label}”应为不小于 0 的数字，现为“${String(v)}”`);
    }
    if (integer && !Number.isInteger(v)) {
      throw new RangeError(`考核标准“${label}”应为整数个工作日，现为“${v}”`);
    }
  }
  if (r.grades.length === 0) throw new RangeError("考核标准中没有等级，至少需要一个等级");
  for (const g of r.grades) {
    if (!g.grade || typeof g.min !== "number" || !Number.isFinite(g.min)) {
      throw new RangeError(`考核标准中等级“${String(g.grade)}”的最低分无效`);
    }
    if (typeof g.money !== "number" || !Number.isFinite(g.money)) {
      throw new RangeError(`考核标准中等级“${g.grade}”的奖惩金额无效`);
    }
  }
  if (!r.grades.some((g) => g.min <= 0)) {
    throw new RangeError("考核标准中最低一级的最低分应为 0，否则低分人员没有等级");
  }
  if (!r.grades.some((g) => g.grade === r.vetoGrade)) {
    throw new RangeError(`一票否决等级“${r.vetoGrade}”不在等级表中`);
  }
}

/** The grade a score earns: the best grade whose minimum it reaches. */
export function gradeFor(score: number, rules: Rules): GradeRule {
  for (const g of rules.grades) if (score >= g.min) return g;
  return rules.grades[rules.grades.length - 1];
}

/** The grade rule named `grade` (the veto grade is validated to exist). */
export function gradeNamed(grade: string, rules: Rules): GradeRule {
  const g = rules.grades.find((x) => x.grade === grade);
  if (!g) throw new RangeError(`等级“${grade}”不在等级表中`);
  return g;
}
