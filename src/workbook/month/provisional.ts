// The month workbook's 暂定 (provisional) display cells: one formula, used on 说明, 考核汇总, 周考核
// and 公示, that shows the note while the year table of 日历 lists a year of the scored period
// [月初, 截止日] as 暂定, and nothing once it is 完整 (imported from the State Council notice, or
// declared by hand). Its cached value is the TypeScript decision (calendar/provisional.ts).

import type { Cell, SheetModel } from "../model";
import { COLORS } from "../styles";
import { colLetter } from "../address";
import { MONTH_NAMES } from "./names";
import type { MonthContext } from "./context";

/** ≤ 255 characters: Excel's limit for a string literal inside a formula. */
export const PROVISIONAL_NOTE =
  "暂定：本期所在年份的国务院节假日安排尚未导入（见“日历”表右侧的年份状态），按《全国年节及纪念日放假办法》的法定节日和周末计算（无调休），结果可能变化。导入国务院通知后即为最终结果：gangze calendar 通知.txt --into 本工作簿，或在任务窗格“日历”中粘贴通知。";

/** The note while [from, to] touches a year whose 状态 in 日历's year table is 暂定, else `final`. */
export function provisionalF(from: string, to: string, final = ""): string {
  const n = MONTH_NAMES;
  return `IF(COUNTIFS(${n.calYears},">="&YEAR(${from}),${n.calYears},"<="&YEAR(${to}),${n.calYearStates},"暂定")>0,"${PROVISIONAL_NOTE}","${final}")`;
}

/** The note cell for the month's scored period, with its cached value. */
export function provisionalCell(ctx: MonthContext, final = ""): Cell {
  return {
    formula: provisionalF(MONTH_NAMES.start, MONTH_NAMES.cutoff, final),
    result: ctx.provisional.years.length > 0 ? PROVISIONAL_NOTE : final,
  };
}

/**
 * Puts the note in the first column right of a result table (`col`, 1-based), across rows 2–6:
 * beside the table on screen and in print, and outside every column a reader looks up by
 * header, so the table's rows stay the people. Returns the note's column letter.
 */
export function addProvisionalNote(
  sheet: SheetModel,
  ctx: MonthContext,
  col: number,
  lastRow: number
): string {
  const c = colLetter(col);
  const bottom = Math.max(3, Math.min(lastRow, 6));
  sheet.blocks.push({ origin: `${c}2`, cells: [[provisionalCell(ctx)]] });
  sheet.merges.push(`${c}2:${c}${bottom}`);
  sheet.formats.push({
    range: `${c}2:${c}${bottom}`,
    style: { wrap: true, vertical: "top", font: { color: COLORS.overdueOpenText, bold: true } },
  });
  // a final month keeps the column narrow (its note is empty unless someone marks a year 暂定)
  sheet.columnWidths[col - 1] = ctx.provisional.years.length > 0 ? 30 : 12;
  return c;
}
