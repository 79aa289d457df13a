// Texts of the 评分 view's person breakdown, chart scale and legend (zh-CN first, en-US), kept
// beside strings.ts so the views' main table of texts stays as other helpers extend it.

import type { Locale } from "./strings";

export interface ScoreExtraStrings {
  /** under the ranking: how to open a person's account */
  rankingHint: string;
  /** `{name}`: the accessible name of the name button in the ranking */
  openBreakdown: string;
  /** `{name}` */
  breakdownHeading: string;
  back: string;
  /** `{score}` `{grade}` `{money}` */
  breakdownSummary: string;
  /** `{deducted}` `{bonus}` */
  breakdownTotals: string;
  none: string;
  listLabel: string;
  /** `{points}` */
  points: string;
  /** `{duty}` */
  duty: string;
  /** what a deduction's reference is, by kind: `{ref}` */
  refTask: string;
  refDate: string;
  refFinding: string;
  refQuota: string;
  /** `{sheet}` `{cell}` */
  jump: string;
  /** `{sheet}` `{cell}` (browser mode: no cell can be selected) */
  where: string;
  legend: string;
  /** `{lo}` `{hi}` */
  scaleNote: string;
}

export const SCORE_EXTRA: Record<Locale, ScoreExtraStrings> = {
  "zh-CN": {
    rankingHint: "点击姓名，查看此人每一项扣分及其来源。",
    openBreakdown: "{name}（查看扣分明细）",
    breakdownHeading: "{name}的扣分明细",
    back: "返回排名",
    breakdownSummary: "得分 {score} 分，等级 {grade}，奖惩 {money} 元。",
    breakdownTotals: "扣分合计 {deducted} 分，加分 {bonus} 分。",
    none: "本月没有扣分。",
    listLabel: "扣分明细",
    points: "扣 {points} 分",
    duty: "职责 {duty}",
    refTask: "交办事项 {ref}",
    refDate: "{ref}",
    refFinding: "检查记录：{ref}",
    refQuota: "指标：{ref}",
    jump: "定位到 {sheet}!{cell}",
    where: "见工作表“{sheet}”的 {cell}",
    legend: "等级颜色",
    scaleNote: "横轴从 {lo} 分到 {hi} 分，便于看出差距。",
  },
  "en-US": {
    rankingHint: "Choose a name to see each deduction and where it comes from.",
    openBreakdown: "{name} (show deductions)",
    breakdownHeading: "Deductions of {name}",
    back: "Back to the ranking",
    breakdownSummary: "Score {score}, grade {grade}, reward {money} yuan.",
    breakdownTotals: "Deducted {deducted} points in total, {bonus} bonus points.",
    none: "No deductions this month.",
    listLabel: "Deductions",
    points: "−{points}",
    duty: "duty {duty}",
    refTask: "task {ref}",
    refDate: "{ref}",
    refFinding: "inspection: {ref}",
    refQuota: "quota: {ref}",
    jump: "Go to {sheet}!{cell}",
    where: "see sheet {sheet}, cell {cell}",
    legend: "Grade colours",
    scaleNote: "The axis runs from {lo} to {hi} so the differences show.",
  },
};
