// 公示 and 周公示 (SPEC §5.4): the results as an office posts them on the wall — a title with unit
// and period, the ranked table (基础分 加分 得分 等级 奖惩金额), the reason of every 一票否决 and
// 扣款 in 备注, the 公示期 of N working days from the 公示日期 (counted on 日历, so 调休 counts),
// where to raise objections, 落款 and date. Everything shown is a live formula over 考核汇总 /
// 周考核 / 检查记录 / 考核标准 with the TypeScript result cached. The 公示日期 (and 周次 of 周公示)
// are input cells beside the page, outside the print area.

import { addDays } from "../../domain/dates";
import { round2 } from "../../domain/round";
import type { ISODate } from "../../domain/types";
import { colLetter } from "../address";
import { DATE_FORMAT, emptySheet, type Cell, type SheetModel } from "../model";
import { MONTH_SHEETS, NO, YES } from "../sheets";
import { COLORS, FONT_HEADING } from "../styles";
import type { MonthContext } from "./context";
import { cnDate, cnDateF, DocSheet, f, officeRef } from "./doc";
import { monthText } from "./layout";
import { provisionalCell } from "./provisional";
import { MONTH_NAMES as N, RULE_NAMES as RN } from "./names";
import type { RecordsLayout } from "./records";
import { viaView, type SummaryLayout } from "./results";
import type { CalcLayout } from "./settings";
import type { ViewTable } from "./sortedView";

export const WEEK_NOTICE_SHEET = MONTH_SHEETS.weekNotice;

/** Page columns: 名次 姓名 岗位 基础分 加分 得分 等级 奖惩金额 备注 */
const WIDTHS = [6, 9, 18, 8, 7, 8, 8, 10, 24];
const WEEK_WIDTHS = [6, 10, 18, 10, 10, 34];
/** The input cells beside the page (not printed). */
const INPUT_LABEL_COL = 11;

const TITLE = { font: { name: FONT_HEADING, size: 18, bold: true }, horizontal: "center" } as const;
const RIGHT = { horizontal: "right" } as const;
const INPUT_STYLE = { locked: false, border: "thin", fill: "FFF2CC" } as const;

/**
 * addWd(d, n) as the formulas compute it on 日历 (run(d) + n, first listed day with that count):
 * "" when d or the result is not listed (a year without calendar data, e.g. January after
 * December), exactly where the formula's IFERROR shows "".
 */
function listedAddWd(ctx: MonthContext, d: ISODate | "", n: number): ISODate | "" {
  if (d === "") return "";
  const r = ctx.run.get(d);
  if (r === undefined) return "";
  const hit = ctx.days.find((x) => ctx.run.get(x.date) === r + n);
  return hit ? hit.date : "";
}

const dateOr = (d: ISODate | ""): { date: ISODate } | "" => (d === "" ? "" : { date: d });

/** First data row of an absolute column range such as `'检查记录'!$B$2:$B$40`. */
function firstRowOf(range: string): number {
  const m = /\$(\d+):/.exec(range);
  if (!m) throw new Error(`不是区域：${range}`);
  return Number(m[1]);
}

export interface NoticeRefs {
  summary: SummaryLayout;
  findings: RecordsLayout;
  /** 检查记录 grouped by person (排序索引): a person's week veto reads only that person's rows */
  findingsView: ViewTable;
  calc: CalcLayout;
}

/** The row (1-based within the table) of the last 一票否决 finding of `name` in [from, to]. */
function vetoRowF(F: RecordsLayout, name: string, from: string, to: string): string {
  const d = F.range("日期");
  return `SUMPRODUCT(MAX((${F.range("被检查人")}=${name})*(${F.range("一票否决")}="${YES}")*(${d}>=${from})*(${d}<=${to})*(ROW(${d})-${firstRowOf(d) - 1})))`;
}

/**
 * 备注: `一票否决：10月20日 公车私用（等2项）；指标未完成扣款50元`. The reason is the last 一票否决
 * finding of the period in table order, as the formula's MAX(ROW) finds it.
 */
function remarkF(
  F: RecordsLayout,
  name: string,
  from: string,
  to: string,
  vetoCell: string,
  moneyCell: string | undefined
): string {
  const row = vetoRowF(F, name, from, to);
  const date = `INDEX(${F.range("日期")},${row})`;
  const count = `COUNTIFS(${F.range("被检查人")},${name},${F.range("一票否决")},"${YES}",${F.range("日期")},">="&${from},${F.range("日期")},"<="&${to})`;
  const veto = `IF(${vetoCell}="${YES}","一票否决："&MONTH(${date})&"月"&DAY(${date})&"日 "&INDEX(${F.range("问题")},${row})&IF(${count}>1,"（等"&${count}&"项）","")&"；","")`;
  const money = moneyCell ? `&IF(N(${moneyCell})>0,"指标未完成扣款"&${moneyCell}&"元","")` : "";
  return `${veto}${money}`;
}

function remarkText(
  ctx: MonthContext,
  name: string,
  from: ISODate,
  to: ISODate,
  veto: boolean,
  money: number | undefined
): string {
  let s = "";
  if (veto) {
    const hits = ctx.ds.findings.filter(
      (x) => x.person === name && x.veto && x.date !== undefined && x.date >= from && x.date <= to
    );
    const last = hits[hits.length - 1];
    if (last)
      s = `一票否决：${+last.date.slice(5, 7)}月${+last.date.slice(8, 10)}日 ${last.problem}${hits.length > 1 ? `（等${hits.length}项）` : ""}；`;
  }
  if (money !== undefined && money > 0) s += `指标未完成扣款${money}元`;
  return s;
}

/**
 * 公示期 prose, and beside the page: 指定公示日期 (an input, blank = automatic), 公示日期 (that
 * date, else the first working day after the period's 截止日) and 公示截止 (the N-th working day
 * counted from 公示日期, on 日历).
 */
function periodLines(
  doc: DocSheet,
  ctx: MonthContext,
  firstNoticeDay: { formula: string; result: ISODate | "" },
  inputRow: number
): void {
  const { rules } = ctx;
  const days = Math.max(1, rules.noticeDays);
  const start = firstNoticeDay.result;
  const end = start === "" ? "" : listedAddWd(ctx, addDays(start, -1), days);
  const L = colLetter(INPUT_LABEL_COL);
  const V = colLetter(INPUT_LABEL_COL + 1);
  const given = `$${V}$${inputRow}`;
  const startCell = `$${V}$${inputRow + 1}`;
  const endCell = `$${V}$${inputRow + 2}`;
  const s = doc.sheet;
  s.blocks.push({
    origin: `${L}${inputRow}`,
    cells: [
      ["指定公示日期（可填）", null],
      [
        "公示日期",
        f(`IF(ISNUMBER(${given}),${given},IFERROR(${firstNoticeDay.formula},""))`, dateOr(start)),
      ],
      [
        "公示截止",
        f(
          `IFERROR(INDEX(${N.calDates},MATCH(INDEX(${N.calRun},MATCH(${startCell}-1,${N.calDates},0))+MAX(1,${RN.noticeDays}),${N.calRun},0)),"")`,
          dateOr(end)
        ),
      ],
    ],
  });
  s.columnWidths[INPUT_LABEL_COL - 1] = 20;
  s.columnWidths[INPUT_LABEL_COL] = 12;
  s.formats.push(
    { range: `${L}${inputRow}:${L}${inputRow + 2}`, style: { font: { size: 10 } } },
    { range: `${V}${inputRow}`, style: { ...INPUT_STYLE, numberFormat: DATE_FORMAT } },
    {
      range: `${V}${inputRow + 1}:${V}${inputRow + 2}`,
      style: { border: "thin", numberFormat: DATE_FORMAT, locked: true },
    }
  );
  s.validations.push({
    range: `${V}${inputRow}`,
    rule: { type: "date", error: "请输入公示日期，如 2026-11-02；空着则为截止日后的第一个工作日" },
  });
  doc.line(
    f(
      `IFERROR("公示期：自"&${cnDateF(startCell)}&"至"&${cnDateF(endCell)}&"（"&MAX(1,${RN.noticeDays})&"个工作日）。","公示期：请在右侧填写日历范围内的公示日期。")`,
      start === "" || end === ""
        ? "公示期：请在右侧填写日历范围内的公示日期。"
        : `公示期：自${cnDate(start)}至${cnDate(end)}（${days}个工作日）。`
    )
  );
  doc.line(f(`"意见反馈："&${N.noticeFeedback}`, `意见反馈：${rules.noticeFeedback}`));
  doc.blank(24);
  const signer = rules.noticeSigner || ctx.ds.office;
  const cols = doc.cols;
  const from = Math.max(1, cols - 3);
  doc.line(f(`IF(${N.noticeSigner}="",${officeRef()},${N.noticeSigner})`, signer), RIGHT, {
    from,
    to: cols,
  });
  doc.line(f(`IFERROR(${cnDateF(startCell)},"")`, start === "" ? "" : cnDate(start)), RIGHT, {
    from,
    to: cols,
  });
}

/** The monthly 公示, sorted by rank through 考核汇总's 排序键. */
export function noticeSheet(ctx: MonthContext, refs: NoticeRefs): SheetModel {
  const { ds, month } = ctx;
  const { summary, findings } = refs;
  const sheet = emptySheet(MONTH_SHEETS.notice);
  const doc = new DocSheet(sheet, WIDTHS);
  const people = ctx.result.month.people;
  const order = people.map((p, i) => ({ p, i })).sort((a, b) => a.p.rank - b.p.rank || a.i - b.i);
  const period = monthText(ds.month);

  doc.line(`${ds.office}${period}岗位责任考核结果公示`, TITLE, { size: 18, minHeight: 34 });
  doc.line(
    f(
      `"根据岗位责任考核办法，现将${period}岗位责任考核结果（计分截至"&${cnDateF(N.cutoff)}&"）公示如下："`,
      `根据岗位责任考核办法，现将${period}岗位责任考核结果（计分截至${cnDate(month.asOf)}）公示如下：`
    ),
    {},
    { minHeight: 30 }
  );

  // hidden helper: the 考核汇总 row (1-based in its table) of the k-th ranked person
  const helperCol = WIDTHS.length + 6; // beyond the input cells
  const H = colLetter(helperCol);
  const headerRow = doc.row;
  const firstRow = headerRow + 1;
  const at = (h: string, r: number): string => `INDEX(${summary.range(h)},$${H}${r})`;
  const rows: Cell[][] = order.map(({ p }, k) => {
    const r = firstRow + k;
    const base = round2(Math.max(0, 100 - p.dutyDeduction - p.otherDeduction));
    return [
      f(at("名次", r), p.rank),
      f(at("姓名", r), p.name),
      f(at("岗位", r), p.post),
      f(`ROUND(MAX(0,100-${at("职责扣分", r)}-${at("其他扣分", r)}),2)`, base),
      f(at("加分", r), p.bonus),
      f(at("得分", r), p.score),
      f(at("等级", r), p.grade),
      f(at("奖惩金额", r), p.money),
      f(
        remarkF(findings, `$B${r}`, N.start, N.cutoff, at("一票否决", r), at("扣款", r)),
        remarkText(ctx, p.name, month.start, month.asOf, p.veto, p.quotaMoney)
      ),
    ];
  });
  doc.table(
    ["名次", "姓名", "岗位", "基础分", "加分", "得分", "等级", "奖惩金额（元）", "备注"],
    rows,
    {
      align: [
        undefined,
        undefined,
        "left",
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        "left",
      ],
      numberFormats: [
        undefined,
        undefined,
        undefined,
        "0.00",
        "0.##",
        "0.00",
        undefined,
        "0",
        undefined,
      ],
      minHeight: 20,
    }
  );
  sheet.blocks.push({
    origin: `${H}${headerRow}`,
    cells: [
      ["汇总行"],
      ...order.map((o, k) => [
        f(
          `MATCH(SMALL(${summary.range("排序键")},${k + 1}),${summary.range("排序键")},0)`,
          o.i + 1
        ),
      ]),
    ],
  });
  sheet.hiddenColumns = [helperCol];

  doc.line(
    "说明：得分 = 基础分 + 加分；基础分 = 100 − 职责扣分（每项扣完该项分值为止）− 其他扣分；" +
      "有一票否决的，等级定为不合格；奖惩金额 = 等级奖惩 − 指标扣款。",
    { font: { size: 10 } },
    { size: 10 }
  );
  // a month scored on provisional holiday data says so on the notice itself; the formula clears
  // the line once the year is imported or declared complete in 日历
  if (ctx.provisional.years.length > 0)
    doc.line(
      provisionalCell(ctx),
      { font: { size: 10, bold: true, color: COLORS.overdueOpenText } },
      { size: 10, minHeight: 30 }
    );
  const dayAfter = listedAddWd(ctx, month.asOf, 1);
  periodLines(
    doc,
    ctx,
    {
      formula: `INDEX(${N.calDates},MATCH(${N.cutoffRun}+1,${N.calRun},0))`,
      result: dayAfter,
    },
    headerRow
  );
  doc.finish();
  return sheet;
}

/** The week 周公示 opens on: the last week that has begun by 基准日 (else the first). */
export function defaultWeek(ctx: MonthContext): number {
  const w = ctx.scored.lastIndexOf(true);
  return w < 0 ? 0 : w;
}

/**
 * 周公示 of the week chosen in its 周次 cell (default: the last scored week): 名次 姓名 岗位 得分
 * 等级 备注 from 周考核, ranked over everybody, 一票否决 of that week explained.
 */
export function weekNoticeSheet(ctx: MonthContext, refs: NoticeRefs, chosen?: number): SheetModel {
  const week = chosen ?? defaultWeek(ctx);
  const { ds, weeks, weekResults, scored } = ctx;
  const { findings, calc } = refs;
  const sheet = emptySheet(WEEK_NOTICE_SHEET);
  const doc = new DocSheet(sheet, WEEK_WIDTHS);
  const n = ds.staff.length;
  const wk = weeks[week];
  const res = weekResults[week];
  const on = scored[week];

  // inputs beside the page: 指定周次 (blank = the last week begun by 基准日, so the sheet follows
  // a new 基准日), 周次, then 公示日期 / 公示截止 (rows 4..6)
  const L = colLetter(INPUT_LABEL_COL);
  const V = colLetter(INPUT_LABEL_COL + 1);
  const W = `$${V}$3`;
  const [starts, ends, endRuns] = [calc.weekStarts, calc.weekCutoffs, calc.weekCutoffRuns];
  const wStart = `INDEX(${starts},${W})`;
  const wEnd = `INDEX(${ends},${W})`;
  sheet.blocks.push({
    origin: `${L}2`,
    cells: [
      ["指定周次（可填）", chosen === undefined ? null : chosen + 1],
      [
        "周次",
        f(`IF(ISNUMBER($${V}$2),$${V}$2,MAX(1,COUNTIF(${starts},"<="&${N.asOf})))`, week + 1),
      ],
    ],
  });
  sheet.formats.push(
    { range: `${L}2:${L}3`, style: { font: { size: 10 } } },
    { range: `${V}2`, style: { ...INPUT_STYLE, horizontal: "center" } },
    { range: `${V}3`, style: { border: "thin", horizontal: "center", locked: true } }
  );
  sheet.validations.push({
    range: `${V}2`,
    rule: {
      type: "whole",
      min: 1,
      max: weeks.length,
      error: `周次应为 1 到 ${weeks.length} 的整数；空着则为基准日所在的周`,
    },
  });

  // hidden helpers per person (staff order), from column P: score, veto, grade, rank, key
  const hc = INPUT_LABEL_COL + 4;
  const col = (k: number): string => colLetter(hc + k);
  const weeklyLast = colLetter(2 + weeks.length);
  const helperRows: Cell[][] = [["周得分", "周否决", "周等级", "周名次", "排序键"]];
  const hFirst = 2;
  const hLast = hFirst + n - 1;
  const hRange = (k: number): string =>
    `$${col(k)}$${hFirst}:$${col(k)}$${Math.max(hFirst, hLast)}`;
  const people = ctx.result.month.people;
  people.forEach((_, i) => {
    const r = hFirst + i;
    const sr = 2 + i; // 周考核 row of the person
    const wp = res.people[i];
    const name = `'${MONTH_SHEETS.weekly}'!$A$${sr}`;
    helperRows.push([
      f(`INDEX('${MONTH_SHEETS.weekly}'!$C$${sr}:$${weeklyLast}$${sr},1,${W})`, on ? wp.score : ""),
      // the person's own rows of 排序索引 while its grouping holds (a COUNTIFS over every finding
      // per person made 周公示 grow with people², issue 12), else the whole table
      f(
        `IF(${viaView(
          refs.findingsView,
          i,
          (v) =>
            `COUNTIFS(${v("一票否决")},"${YES}",${v("日期")},">="&${wStart},${v("日期")},"<="&${wEnd})`,
          `COUNTIFS(${findings.range("被检查人")},${name},${findings.range("一票否决")},"${YES}",${findings.range("日期")},">="&${wStart},${findings.range("日期")},"<="&${wEnd})`
        )}>0,"${YES}","${NO}")`,
        wp.veto ? YES : NO
      ),
      f(
        `IF(${col(0)}${r}="","",IF(${col(1)}${r}="${YES}",${N.vetoGrade},INDEX(${N.gradeNames},MIN(ROWS(${N.gradeNames}),ROWS(${N.gradeNames})-COUNTIF(${N.gradeMins},"<="&${col(0)}${r})+1))))`,
        on ? wp.grade : ""
      ),
      f(`IF(${col(0)}${r}="","",RANK(${col(0)}${r},${hRange(0)}))`, on ? wp.rank : ""),
      f(`IF(${col(0)}${r}="","",${col(3)}${r}*1000+ROW())`, on ? wp.rank * 1000 + r : ""),
    ]);
  });
  sheet.blocks.push({ origin: `${col(0)}1`, cells: helperRows });
  const helperCols = [0, 1, 2, 3, 4].map((k) => hc + k);

  doc.line(
    f(
      `"${ds.office}${monthText(ds.month)}第"&${W}&"周岗位责任考核结果公示"`,
      `${ds.office}${monthText(ds.month)}第${week + 1}周岗位责任考核结果公示`
    ),
    TITLE,
    { size: 18, minHeight: 34 }
  );
  doc.line(
    f(
      `"现将第"&${W}&"周（"&${cnDateF(wStart)}&"至"&${cnDateF(wEnd)}&"）岗位责任考核结果公示如下："`,
      `现将第${week + 1}周（${cnDate(wk.start)}至${cnDate(wk.asOf)}）岗位责任考核结果公示如下：`
    ),
    {},
    { minHeight: 30 }
  );
  const headerRow = doc.row;
  const firstRow = headerRow + 1;
  const order = people
    .map((_, i) => i)
    .sort((a, b) => res.people[a].rank - res.people[b].rank || a - b);
  const pickCol = colLetter(hc + 5);
  const pick = (r: number): string => `$${pickCol}${r}`;
  const val = (k: number, r: number): string => `IFERROR(INDEX(${hRange(k)},${pick(r)}),"")`;
  const rows: Cell[][] = order.map((i, k) => {
    const r = firstRow + k;
    const wp = res.people[i];
    const name = `IFERROR(INDEX('${MONTH_SHEETS.weekly}'!$A$2:$A$${1 + n},${pick(r)}),"")`;
    return [
      f(val(3, r), on ? wp.rank : ""),
      f(name, on ? wp.name : ""),
      f(
        `IFERROR(INDEX('${MONTH_SHEETS.weekly}'!$B$2:$B$${1 + n},${pick(r)}),"")`,
        on ? wp.post : ""
      ),
      f(val(0, r), on ? wp.score : ""),
      f(val(2, r), on ? wp.grade : ""),
      f(
        `IFERROR(${remarkF(findings, `$B${r}`, wStart, wEnd, `INDEX(${hRange(1)},${pick(r)})`, undefined)},"")`,
        on ? remarkText(ctx, wp.name, wk.start, wk.asOf, wp.veto, undefined) : ""
      ),
    ];
  });
  doc.table(["名次", "姓名", "岗位", "得分", "等级", "备注"], rows, {
    align: [undefined, undefined, "left", undefined, undefined, "left"],
    numberFormats: [undefined, undefined, undefined, "0.00", undefined, undefined],
    minHeight: 20,
  });
  sheet.blocks.push({
    origin: `${pickCol}${headerRow}`,
    cells: [
      ["行"],
      ...order.map((i, k) => [
        f(`IFERROR(MATCH(SMALL(${hRange(4)},${k + 1}),${hRange(4)},0),"")`, on ? i + 1 : ""),
      ]),
    ],
  });
  sheet.hiddenColumns = [...helperCols, hc + 5];

  doc.line(
    "说明：周得分按月度考核办法计算，只计该周（截至基准日）的扣分和加分，不计月度指标；有一票否决的，等级定为不合格。",
    { font: { size: 10 } },
    { size: 10 }
  );
  const dayAfter = listedAddWd(ctx, wk.asOf, 1);
  periodLines(
    doc,
    ctx,
    {
      formula: `INDEX(${N.calDates},MATCH(INDEX(${endRuns},${W})+1,${N.calRun},0))`,
      result: dayAfter,
    },
    4
  );
  doc.finish();
  return sheet;
}
