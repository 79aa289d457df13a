// The one place that decides whether a result is final or provisional (暂定), and says why and
// what makes it final. A result depends on a year only through the days it counts: a period
// [P0, A] is provisional when one of its days lies in a provisional year (a task due after A in
// such a year changes nothing in the period: December 2026 with tasks due in January 2027 is
// final). Used by the entry check, the CLI, the workbook's 暂定 cells and the task pane.

import type { ISODate } from "../types";
import type { Calendar } from "./index";

export interface ProvisionalStatus {
  /** provisional years the period touches, ascending; empty when final */
  years: number[];
  /** what is provisional, in Chinese; "" when final */
  message: string;
  /** the one action that makes it final; "" when final */
  action: string;
}

/** "2027" or "2027、2028" */
export function yearList(years: readonly number[]): string {
  return years.join("、");
}

/** The sentence shown wherever a provisional result shows (CLI, 考核汇总, 公示, pane). */
export function provisionalMessage(years: readonly number[]): string {
  return `暂定：${yearList(years)} 年的国务院节假日安排尚未导入，按《全国年节及纪念日放假办法》的法定节日和周末计算（无调休），结果可能变化`;
}

/** The one action that makes the result final. */
export function provisionalAction(years: readonly number[], workbook = "本月工作簿"): string {
  return `国务院办公厅发布 ${yearList(years)} 年节假日安排的通知后导入：gangze calendar 通知.txt --into ${workbook}（或在任务窗格“日历”中粘贴通知全文）`;
}

export function provisionalStatus(
  cal: Calendar,
  from: ISODate,
  to: ISODate,
  workbook?: string
): ProvisionalStatus {
  const years = to < from ? [] : cal.provisionalYears(from, to);
  if (years.length === 0) return { years, message: "", action: "" };
  return {
    years,
    message: provisionalMessage(years),
    action: provisionalAction(years, workbook),
  };
}
