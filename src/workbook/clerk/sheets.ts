// The clerk's 个人工作日志 workbook (SPEC §5.3): sheet names and table headers shared by its
// builder and its reader. The 工作日志 and 周计划 headers are the month workbook's, so rows can
// be copied between the two as they are.

import { HEADERS } from "../sheets";

export const CLERK_SHEET = {
  readme: "说明",
  duties: "我的职责",
  logs: "工作日志",
  weeklyPlans: "周计划",
  tasks: "交办事项",
  selfCheck: "自查",
  /** the 扣分标准 list for 自查 (its own sheet: beside the duties it shared their row heights) */
  standards: "扣分标准",
  calendar: "日历",
  /** hidden: each task's dates as generated, so collect can tell the clerk's changes from the director's */
  original: "原始数据",
} as const;

/** Sheets that identify a clerk workbook (日历 is a helper and may be hidden). */
export const CLERK_SHEETS = [
  CLERK_SHEET.readme,
  CLERK_SHEET.duties,
  CLERK_SHEET.logs,
  CLERK_SHEET.weeklyPlans,
  CLERK_SHEET.tasks,
  CLERK_SHEET.selfCheck,
] as const;

/** 说明: 项目/内容 rows. */
export const CLERK_README = {
  person: "姓名",
  post: "岗位",
  office: "单位",
  month: "考核月份",
  asOf: "基准日",
} as const;

/** 我的职责's hidden column of picker items (`MS-05 收集…`), the 职责编码 dropdowns' source */
export const DUTY_PICK_HEADER = "职责选项";

export const CLERK_HEADERS = {
  duties: ["编码", "序号", "工作内容", "频次", "时限要求", "质量标准", "检查人", "分值"],
  logs: HEADERS.logs,
  weeklyPlans: HEADERS.weeklyPlans,
  tasks: [
    "编号",
    "来源",
    "事项",
    "职责编码",
    "交办日期",
    "应完成日",
    "完成日期",
    "回报日期",
    "状态",
    "回报情况",
    "备注",
  ],
  selfCheck: ["日期", "职责编码", "问题", "扣分标准", "扣分", "已整改"],
  /** the 扣分标准 sheet (not on 自查: 问题/扣分 would clash) */
  standards: ["代码", "问题", "扣分"],
  calendar: ["工作日"],
  original: ["编号", "完成日期", "回报日期"],
} as const;

/** The clerk's self-check findings are 自查 by definition; the month workbook's 来源 column says so. */
export const SELF_CHECK_SOURCE = "自查";
