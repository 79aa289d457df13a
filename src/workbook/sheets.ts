// Sheet names and the headers of their tables (SPEC §5): the one place the month workbook's
// writer and reader agree on. Readers find columns by these header texts, never by position;
// the headers listed first are required, the rest may be missing in a user's file.

export const MONTH_SHEETS = {
  readme: "说明",
  duties: "岗位职责",
  staff: "人员",
  calendar: "日历",
  rules: "考核标准",
  tasks: "交办事项",
  logs: "工作日志",
  weeklyPlans: "周计划",
  findings: "检查记录",
  quotas: "月度指标",
  bonuses: "加分记录",
  detail: "考核明细",
  summary: "考核汇总",
  weekly: "周考核",
  notice: "公示",
  weekNotice: "周公示",
  personSheets: "个人考核单",
  payout: "奖惩发放表",
  overdue: "逾期清单",
} as const;

/** 说明: a two-column table of settings, then how-to text and the colour legend. */
export const README_HEADERS = ["项目", "内容"] as const;
export const README_ITEMS = {
  office: "单位",
  month: "考核月份",
  asOf: "基准日",
  start: "月初",
  end: "月末",
} as const;

/** Defined names of the month workbook's input and parameter cells. */
export const NAMES = { asOf: "基准日", start: "月初", end: "月末" } as const;

export const HEADERS = {
  duties: ["编码", "岗位", "序号", "工作内容", "频次", "时限要求", "质量标准", "检查人", "分值"],
  staff: ["姓名", "岗位", "起算日期", "备注"],
  calendar: ["日期", "星期", "类型", "说明"],
  /** 考核标准, three tables side by side, each with its header in row 1 */
  ruleParams: ["参数", "取值", "说明"],
  grades: ["等级", "最低分", "奖惩金额"],
  standards: ["代码", "问题", "扣分"],
  tasks: [
    "编号",
    "来源",
    "事项",
    "职责编码",
    "责任人",
    "交办日期",
    "时限(工作日)",
    "到期日",
    "完成日期",
    "回报日期",
    "应完成日",
    "状态",
    "逾期工作日",
    // they explain 扣分: the overdue days charged in this month, the report-back (issue 10)
    "本月计扣工作日",
    "回报情况",
    "扣分",
    "备注",
  ],
  logs: ["日期", "姓名", "职责编码", "工作内容", "完成情况", "存在问题", "对策措施", "自查"],
  weeklyPlans: ["姓名", "周起始", "计划事项", "职责编码", "完成情况"],
  findings: [
    "日期",
    "被检查人",
    "职责编码",
    "问题",
    "扣分标准",
    "扣分",
    "来源",
    "已整改",
    "一票否决",
    "检查人",
  ],
  quotas: [
    "姓名",
    "指标",
    "年度目标",
    "本月目标",
    "本月完成",
    "差额",
    "扣分",
    "扣款",
    "加分",
    // the year's progress (quotaYear.ts): carried by 结转, then computed
    "此前累计",
    "累计完成",
    "完成率",
  ],
  bonuses: ["日期", "姓名", "事由", "加分"],
  detail: ["姓名", "职责编码", "分值", "扣分", "计入扣分"],
  summary: ["姓名", "岗位", "职责扣分", "其他扣分", "加分", "得分", "等级", "名次", "奖惩金额"],
  /** 公示 is a notice: title and preamble above, so its table starts in row 3 */
  notice: ["名次", "姓名", "岗位", "基础分", "加分", "得分", "等级", "奖惩金额（元）", "备注"],
  overdue: ["编号", "事项", "责任人", "应完成日", "逾期工作日", "状态"],
} as const;

/**
 * Hidden, locked column after the tables whose rows clerks send (工作日志, 周计划, 检查记录 and the
 * clerk's 自查): the identity of a clerk's row, so a row sent again replaces its earlier version.
 */
export const ROW_ID_HEADER = "行标识";

/** Yes/no cells (已整改, 一票否决) hold these words; a dropdown offers them. */
export const YES = "是";
export const NO = "否";

/** Colours shared by workbooks and the task pane (SPEC §4). */
export const STATUS_COLORS = {
  逾期未完成: "FFC7CE", // red
  临期: "FFEB9C", // amber
  逾期完成: "F8CBAD", // orange
  按时完成: "C6EFCE", // green
} as const;
export const STATUS_FONT_COLORS = {
  逾期未完成: "9C0006",
  临期: "9C5700",
  逾期完成: "843C0C",
  按时完成: "006100",
} as const;
