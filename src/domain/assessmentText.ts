// The rules in force, in words: the 扣分标准 and the 考核办法 printed in the handbook's appendix
// (SPEC §4). Every number comes from the `Rules` given, never from a literal, so a parameter
// changed in 考核标准 changes the printed text with it.

import type { Rules } from "./types";

/** A number as an office prints it: 0.5, 1, 2.25 (no trailing zeros, no exponent). */
export function num(n: number): string {
  return String(Number(n.toFixed(4)));
}

/** 扣款 / 奖励 of a grade: "奖励 300 元", "不奖不罚", "扣罚 200 元". */
export function moneyWords(money: number): string {
  if (money > 0) return `奖励 ${num(money)} 元`;
  if (money < 0) return `扣罚 ${num(-money)} 元`;
  return "不奖不罚";
}

/** How a finding's standard points are multiplied: "全额扣分", "不扣分", "减半扣分", "按 0.3 倍扣分". */
function factorWords(f: number): string {
  if (f === 1) return "按标准全额扣分";
  if (f === 0) return "不扣分";
  if (f === 0.5) return "按标准减半扣分";
  return `按标准分值的 ${num(f)} 倍扣分`;
}

export interface DeductionRuleRow {
  /** 考核事项 */
  item: string;
  /** 扣分标准 */
  standard: string;
  /** 计入期间: the period that carries the deduction */
  period: string;
}

/** 考核事项扣分: one row per kind of deduction of SPEC §4, with the parameters in force. */
export function deductionRules(r: Rules): DeductionRuleRow[] {
  return [
    {
      item: "交办事项逾期未完成",
      standard: `已过应完成日仍未完成的，每期扣 ${num(r.overdueOpenBase)} 分，另按本期逾期工作日每日扣 ${num(r.overdueOpenPerDay)} 分`,
      period: "每个逾期的考核期；逾期工作日只计本期内的",
    },
    {
      item: "交办事项逾期完成",
      standard: `完成日期晚于应完成日的，扣 ${num(r.overdueDoneBase)} 分，另按本期逾期工作日每日扣 ${num(r.overdueDonePerDay)} 分`,
      period: "完成日期所在的考核期",
    },
    {
      item: "未及时回报",
      standard: `完成后第 ${r.reportWithinWorkdays} 个工作日（回报期限）仍未主动回报，或回报晚于期限的，每件扣 ${num(r.lateReport)} 分`,
      period: "回报期限所在的考核期（期限未到不扣分）",
    },
    {
      item: "日志缺报",
      standard: `工作日没有本人的日清日结工作日志（请假、出差也应填写一行），每缺一个工作日扣 ${num(r.missingLogPerDay)} 分`,
      period: "所缺工作日所在的考核期（自起算日期起）",
    },
    {
      item: "检查发现问题",
      standard:
        `按“检查问题扣分标准”的分值：组织检查发现的${factorWords(r.findingFactorOrg)}；` +
        `自查发现并已整改的${factorWords(r.findingFactorSelfRectified)}；` +
        `自查发现未整改的${factorWords(r.findingFactorSelfOpen)}`,
      period: "检查日期所在的考核期",
    },
    {
      item: "月度指标未完成",
      standard: `本月指标的差额每单位扣 ${num(r.quotaPointsPerUnit)} 分，并扣款 ${num(r.quotaMoneyPerUnit)} 元`,
      period: "当月（周考核不计）",
    },
  ];
}

/** 加分 in one sentence. */
export function bonusRule(r: Rules): string {
  return `受到表彰或完成额外工作的，按加分记录加分；超额完成月度指标的，每单位加 ${num(r.quotaBonusPerUnit)} 分；每期加分合计不超过 ${num(r.bonusCap)} 分。`;
}

export interface GradeBand {
  grade: string;
  /** 得分 range in words, e.g. "80 分及以上、不满 90 分" */
  range: string;
  money: string;
}

/** 等级 from best to worst, with the score range each covers and its money. */
export function gradeBands(r: Rules): GradeBand[] {
  const grades = [...r.grades].sort((a, b) => b.min - a.min);
  return grades.map((g, i) => {
    const above = i > 0 ? grades[i - 1].min : undefined;
    const from = g.min <= 0 ? "" : `${num(g.min)} 分及以上`;
    const to = above === undefined ? "" : `不满 ${num(above)} 分`;
    return {
      grade: g.grade,
      range: [from, to].filter(Boolean).join("、") || "不限",
      money: moneyWords(g.money),
    };
  });
}

const CN_DIGITS = "〇一二三四五六七八九";

/** 1 → 一, 12 → 十二, 20 → 二十 (article numbers up to 99). */
export function cnNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ""}`;
}

/** The 考核办法 as numbered articles (第一条 …), from the rules in force. */
export function assessmentArticles(r: Rules): string[] {
  const bands = gradeBands(r);
  const gradeText = bands.map((b) => `${b.range}为${b.grade}`).join("；");
  const moneyText = bands.map((b) => `${b.grade}${b.money}`).join("，");
  const body = [
    "为落实岗位责任制，按照“定岗、定责、定标准”的要求，对办公室工作人员履行岗位职责的情况实行百分制量化考核，按周、按月公开考核到岗到人，严格执行奖惩标准，制定本办法。",
    "考核对象为办公室全体工作人员。考核内容为本手册所列各岗位的职责条目（每个岗位逐条赋分，满分 100 分）、领导交办和会议决定的事项、日清日结工作日志、个人自查和组织检查发现的问题以及按月分解的工作指标。",
    "月度考核以自然月为一期，周考核以周一至周日为一期（跨月的周按月分段）。计分截至基准日，基准日以后的日期不计。工作日按国务院办公厅公布的节假日安排计算，调休上班日为工作日。",
    `每人每期基础分 100 分，减去扣分，加上加分。注明本岗位职责条目的扣分按条目汇总，每项扣完本项分值为止；日志缺报、指标差额以及未注明本岗职责的扣分不设上限。扣分后不低于 0 分；${bonusRule(r)}得分四舍五入保留两位小数。`,
    `交办事项明确责任人和完成时限（应完成日，或自交办日起的工作日数）。已过应完成日仍未完成的，每个考核期扣 ${num(r.overdueOpenBase)} 分，另按本期内的逾期工作日每日扣 ${num(r.overdueOpenPerDay)} 分；逾期完成的，在完成当期扣 ${num(r.overdueDoneBase)} 分，另按本期内的逾期工作日每日扣 ${num(r.overdueDonePerDay)} 分。逾期工作日只在其所在的考核期计算，不重复扣分。距应完成日不超过 ${r.warnDays} 个工作日仍未完成的事项列为临期，予以提醒，不扣分。`,
    `事项办结后，经办人应在完成后第 ${r.reportWithinWorkdays} 个工作日（回报期限）以前向交办领导主动回报办理结果。回报期限已到仍未回报或回报晚于期限的，每件扣 ${num(r.lateReport)} 分，计入回报期限所在的考核期；回报期限未到的不扣分。`,
    `每人每个工作日填写日清日结工作日志，记录当日工作的实施、完成情况、存在问题和对策措施；请假、出差也填写一行。自起算日期起，每缺一个工作日扣 ${num(r.missingLogPerDay)} 分。`,
    `个人自查在先，组织检查在后。检查发现的问题按附录一“检查问题扣分标准”计扣：组织检查发现的${factorWords(r.findingFactorOrg)}；自查发现并已整改的${factorWords(r.findingFactorSelfRectified)}；自查发现未整改的${factorWords(r.findingFactorSelfOpen)}。`,
    `按月分解的工作指标（如宣传稿件），月末未完成的，差额每单位扣 ${num(r.quotaPointsPerUnit)} 分，并扣款 ${num(r.quotaMoneyPerUnit)} 元；超额完成的，每单位加 ${num(r.quotaBonusPerUnit)} 分。指标只计入月度考核。`,
    `考核等级：${gradeText}。考核期内有检查记录列为“一票否决”的，等级定为${r.vetoGrade}，不论得分。`,
    `月度奖惩：${moneyText}；月度指标扣款另行计算，与等级奖惩合并发放。`,
    `年度得分为本人在岗各月得分的平均数，年度等级按第十条的分数段确定；年内任一月有一票否决的，年度等级为${r.vetoGrade}；年度奖惩金额为各月之和。`,
    `考核结果按周、按月在办公室公示，公示期 ${r.noticeDays} 个工作日。${r.noticeFeedback}`,
    "本办法的扣分标准、等级分数段和奖惩金额以月度考核工作簿“考核标准”表为准，调整后重新印发本手册。",
  ];
  return body.map((text, i) => `第${cnNumber(i + 1)}条\u3000${text}`);
}
