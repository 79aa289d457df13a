// Chinese names of the dataset's collections and fields, shared by load problems and entry
// checks. Field names follow the column headers of the month workbook (SPEC §5), so a message
// says the same word the clerk sees in row 1 of the sheet.

import type { Collection } from "./types";

export const COLLECTION_LABELS: Readonly<Record<Collection, string>> = {
  dataset: "数据集",
  posts: "岗位",
  duties: "职责条目",
  staff: "人员",
  tasks: "交办事项",
  logs: "工作日志",
  weeklyPlans: "周计划",
  findings: "检查记录",
  quotas: "月度指标",
  bonuses: "加分记录",
  calendar: "日历",
};

/** The workbook sheet that holds each collection (for "请在…表中修改"). */
export const COLLECTION_SHEETS: Readonly<Record<Collection, string>> = {
  dataset: "说明",
  posts: "岗位职责",
  duties: "岗位职责",
  staff: "人员",
  tasks: "交办事项",
  logs: "工作日志",
  weeklyPlans: "周计划",
  findings: "检查记录",
  quotas: "月度指标",
  bonuses: "加分记录",
  calendar: "日历",
};

const DATASET_FIELDS: Record<string, string> = {
  office: "单位",
  month: "月份",
  asOf: "基准日",
  posts: "岗位",
  duties: "职责条目",
  staff: "人员",
  tasks: "交办事项",
  logs: "工作日志",
  weeklyPlans: "周计划",
  findings: "检查记录",
  quotas: "月度指标",
  bonuses: "加分记录",
  calendar: "日历",
  rules: "考核标准",
};

export const RULE_LABELS: Readonly<Record<string, string>> = {
  warnDays: "临期提醒（工作日）",
  reportWithinWorkdays: "回报时限（工作日）",
  overdueOpenBase: "逾期未完成基础扣分",
  overdueOpenPerDay: "逾期未完成每工作日扣分",
  overdueDoneBase: "逾期完成基础扣分",
  overdueDonePerDay: "逾期完成每工作日扣分",
  lateReport: "未及时回报扣分",
  missingLogPerDay: "日志缺报每日扣分",
  findingFactorOrg: "组织检查扣分系数",
  findingFactorSelfRectified: "自查已整改扣分系数",
  findingFactorSelfOpen: "自查未整改扣分系数",
  quotaPointsPerUnit: "指标差额每单位扣分",
  quotaMoneyPerUnit: "指标差额每单位扣款（元）",
  quotaBonusPerUnit: "超额完成每单位加分",
  bonusCap: "加分上限",
  grades: "等级",
  vetoGrade: "一票否决等级",
  noticeDays: "公示天数（工作日）",
  noticeFeedback: "意见反馈",
  noticeSigner: "落款",
  deductionStandards: "扣分标准",
};

/** Field labels per collection (and for the nested objects of rules and calendar). */
export const FIELD_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  dataset: DATASET_FIELDS,
  posts: { name: "岗位" },
  duties: {
    code: "编码",
    post: "岗位",
    content: "工作内容",
    frequency: "频次",
    timeLimit: "时限要求",
    standard: "质量标准",
    checker: "检查人",
    points: "分值",
  },
  staff: { name: "姓名", post: "岗位", start: "起算日期", note: "备注" },
  tasks: {
    id: "编号",
    source: "来源",
    title: "事项",
    duty: "职责编码",
    owner: "责任人",
    assigned: "交办日期",
    limitWorkdays: "时限(工作日)",
    due: "到期日",
    completed: "完成日期",
    reported: "回报日期",
    note: "备注",
  },
  logs: {
    date: "日期",
    person: "姓名",
    duty: "职责编码",
    content: "工作内容",
    status: "完成情况",
    problem: "存在问题",
    measure: "对策措施",
    selfCheck: "自查",
  },
  weeklyPlans: {
    person: "姓名",
    weekStart: "周起始",
    item: "计划事项",
    duty: "职责编码",
    outcome: "完成情况",
  },
  findings: {
    date: "日期",
    person: "被检查人",
    duty: "职责编码",
    problem: "问题",
    standard: "扣分标准",
    points: "扣分",
    source: "来源",
    rectified: "已整改",
    veto: "一票否决",
    checker: "检查人",
  },
  quotas: {
    person: "姓名",
    indicator: "指标",
    annualTarget: "年度目标",
    target: "本月目标",
    actual: "本月完成",
    priorActual: "此前累计",
  },
  bonuses: { date: "日期", person: "姓名", reason: "事由", points: "加分" },
  calendar: { restDays: "休息日", workDays: "调休上班日", years: "自行录入的年份" },
  rules: RULE_LABELS,
  grades: { grade: "等级", min: "最低分", money: "奖惩金额" },
  deductionStandards: { code: "代码", problem: "问题", points: "扣分" },
};

/** `交办日期` for ("tasks", "assigned"); the field name itself when it has no label. */
export function fieldLabel(collection: string, field: string): string {
  return FIELD_LABELS[collection]?.[field] ?? field;
}
