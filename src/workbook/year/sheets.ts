// Sheet names, headers and defined names of the 年度考核工作簿 (SPEC §5.5): the one place its
// writer, its readers and the task pane agree on.

export const YEAR_WORKBOOK_TITLE = "年度考核工作簿";

export const YEAR_SHEETS = {
  readme: "说明",
  rules: "考核标准",
  annual: "年度考核",
  grades: "月度等级",
  quotaProgress: "指标进度",
  monthData: "月度成绩",
  quotaData: "指标明细",
} as const;

/** The twelve month columns: 1月 … 12月 */
export const MONTH_COLUMNS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

export const YEAR_HEADERS = {
  monthData: ["月份", "姓名", "岗位", "得分", "等级", "奖惩金额", "一票否决"],
  monthDataHelpers: ["键"],
  annualBefore: ["姓名", "岗位"],
  annualAfter: ["考核月数", "年度得分", "等级", "名次", "奖惩金额", "未考核月份"],
  annualHelpers: ["一票否决", "分档等级"],
  quotaData: ["月份", "姓名", "指标", "年度目标", "本月目标", "本月完成"],
  quotaProgress: [
    "姓名",
    "指标",
    "年度目标",
    "累计完成",
    "完成率",
    "剩余",
    "剩余月数",
    "每月需完成",
  ],
  params: ["参数", "取值", "说明"],
  grades: ["等级", "最低分"],
} as const;

export const YEAR_NAMES = {
  excellentRatio: "优秀比例",
  excellentLimit: "优秀名额",
  vetoGrade: "否决等级",
  gradeNames: "等级名",
  gradeMins: "等级最低分",
  lastMonth: "末月",
} as const;

/** 说明: the 项目/内容 rows (fixed: names point at them). */
export const YEAR_README_ROWS = {
  office: 2,
  year: 3,
  months: 4,
  missing: 5,
  lastMonth: 6,
} as const;
export const YEAR_README_ITEMS = {
  office: "单位",
  year: "考核年度",
  months: "已汇总月份",
  missing: "缺少月份",
  lastMonth: "末月",
} as const;
