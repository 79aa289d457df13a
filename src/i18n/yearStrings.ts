// Texts of the 年度 view (zh-CN first, en-US): the month files picked, the annual table, each
// person's trend over the months, quota progress and the 年度考核工作簿. The workbook's own
// words (grades, names, sheet names) stay Chinese in both languages.

import type { Locale } from "./strings";

export interface YearStrings {
  pickHeading: string;
  pickLabel: string;
  pickHint: string;
  ratioLabel: string;
  ratioHint: string;
  ratioInvalid: string;
  run: string;
  tableHeading: string;
  tableRegion: string;
  columns: {
    rank: string;
    name: string;
    months: string;
    score: string;
    grade: string;
    money: string;
    missing: string;
  };
  /** `{n}` 优秀 places under 优秀比例 */
  excellentLimit: string;
  /** a person with a 一票否决 month */
  veto: string;
  noMissing: string;
  trendHeading: string;
  trendHint: string;
  /** `{name}` `{list}`: a sparkline's accessible name */
  trendLabel: string;
  /** `{month}` `{score}` `{grade}` */
  trendItem: string;
  /** `{month}` */
  trendMissing: string;
  /** 1–12: the axis labels */
  monthShort: string;
  quotaHeading: string;
  /** `{person}` `{indicator}` `{cumulative}` `{target}` `{rate}` */
  quotaLine: string;
  /** `{n}` per remaining month */
  quotaLeft: string;
  quotaDone: string;
  quotaNoTarget: string;
  workbookHeading: string;
  workbookHint: string;
  /** Excel: open the annual workbook in a new window */
  openCopy: string;
  notesHeading: string;
}

export const YEAR_STRINGS: Record<Locale, YearStrings> = {
  "zh-CN": {
    pickHeading: "选择各月工作簿",
    pickLabel: "同一年各月的月度考核工作簿（.xlsx，可多选）",
    pickHint:
      "月份可以不全、顺序不限；每月按其录入重新计算得分。上报工作簿也可以。文件只在本机处理，不会上传。",
    ratioLabel: "优秀比例（%）",
    ratioHint: "留空为不限；填 30 表示只有年度名次在前 30% 的人保持优秀。",
    ratioInvalid: "请填写 1 到 100 之间的数，或留空。",
    run: "重新计算",
    tableHeading: "年度考核",
    tableRegion: "年度考核表",
    columns: {
      rank: "名次",
      name: "姓名",
      months: "月数",
      score: "年度得分",
      grade: "等级",
      money: "奖惩金额",
      missing: "未考核月份",
    },
    excellentLimit: "优秀名额 {n} 人",
    veto: "有一票否决",
    noMissing: "无",
    trendHeading: "各月得分走势",
    trendHint: "每人一行，横轴为 1–12 月，圆点颜色为当月等级，红色圆圈为一票否决的月份。",
    trendLabel: "{name}各月得分：{list}",
    trendItem: "{month} {score} 分（{grade}）",
    trendMissing: "{month} 未考核",
    monthShort: "月",
    quotaHeading: "指标进度",
    quotaLine: "{person}　{indicator}：累计 {cumulative} / 年度目标 {target}（{rate}）",
    quotaLeft: "余下每月需完成 {n}",
    quotaDone: "已完成年度目标",
    quotaNoTarget: "未设年度目标",
    workbookHeading: "年度考核工作簿",
    workbookHint: "与命令行工具生成的年度考核工作簿相同：含公式和计算结果，可打印。",
    openCopy: "在 Excel 新窗口中打开",
    notesHeading: "提示",
  },
  "en-US": {
    pickHeading: "Choose the month workbooks",
    pickLabel: "The month workbooks of one year (.xlsx, several at once)",
    pickHint:
      "Any months, in any order; each month is scored again from its entries. Exported workbooks work too. Files are processed on this computer and never uploaded.",
    ratioLabel: "Top-grade quota (%)",
    ratioHint:
      "Leave empty for no limit; 30 means only people ranked in the top 30% for the year keep the top grade.",
    ratioInvalid: "Enter a number from 1 to 100, or leave it empty.",
    run: "Recompute",
    tableHeading: "Annual assessment",
    tableRegion: "Annual assessment table",
    columns: {
      rank: "Rank",
      name: "Name",
      months: "Months",
      score: "Score",
      grade: "Grade",
      money: "Reward (CNY)",
      missing: "Not scored",
    },
    excellentLimit: "{n} top-grade places",
    veto: "has a veto",
    noMissing: "none",
    trendHeading: "Monthly trend",
    trendHint:
      "One line per person, January to December; dots are coloured by the month's grade, a red ring marks a veto month.",
    trendLabel: "{name}, monthly scores: {list}",
    trendItem: "{month}: {score} ({grade})",
    trendMissing: "{month}: not scored",
    monthShort: "",
    quotaHeading: "Quota progress",
    quotaLine: "{person}, {indicator}: {cumulative} of {target} ({rate})",
    quotaLeft: "{n} a month still needed",
    quotaDone: "annual target reached",
    quotaNoTarget: "no annual target",
    workbookHeading: "Annual workbook",
    workbookHint:
      "The same as the command line's gangze year: formulas with their results, printable.",
    openCopy: "Open in a new Excel window",
    notesHeading: "Notes",
  },
};
