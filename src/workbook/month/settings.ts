// The settings sheets of the month workbook: 说明 (office, month, 基准日, how-to, colour legend),
// 考核标准 (parameters, grades, deduction standards), 日历 (the working-day list every date
// formula uses) and the hidden 计算 sheet (running counts at the key dates, the weeks, the posts).

import { RULE_PARAMETERS } from "../../domain/rules";
import { RULE_LABELS } from "../../domain/messages";
import { addDays, isISODate, monthEnd, monthStart } from "../../domain/dates";
import { addTable, type Column } from "../builder";
import { DATE_FORMAT, emptySheet, type Cell, type DefinedName, type SheetModel } from "../model";
import {
  HEADERS,
  MONTH_SHEETS,
  README_HEADERS,
  README_ITEMS,
  STATUS_COLORS,
  STATUS_FONT_COLORS,
} from "../sheets";
import { STYLE_BODY, STYLE_FORMULA, STYLE_HEADER, STYLE_INPUT } from "../styles";
import { runOf, type MonthContext } from "./context";
import { provisionalCell } from "./provisional";
import { finishSheet } from "./layout";
import { colRange, MONTH_NAMES, RULE_NAMES, runF } from "./names";

const WEEKDAYS = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"];
export const DAY_TYPES = ["工作日", "休息日", "节假日", "调休上班"];
/** Empty 日历 rows for a year the official data lacks: a whole year fits. */
export const CALENDAR_SPARE_ROWS = 366;
const STANDARD_SPARE_ROWS = 10;
export const CALC_SHEET = "计算";

const abs = (sheet: string, cell: string): string =>
  `'${sheet}'!${cell.replace(/([A-Z]+)(\d+)/, "$$$1$$$2")}`;

const HOW_TO = [
  "白色单元格可以填写，灰色单元格是公式，会自动计算；工作表已保护（无密码），防止误改公式。",
  "修改上面的“基准日”即可查看任一日的事项状态和得分；上报的工作簿使用固定的基准日。",
  "交办事项：填写编号、来源、事项、职责编码、责任人、交办日期，以及到期日或时限(工作日)；完成、回报后填写完成日期、回报日期。应完成日、状态、逾期工作日、扣分自动计算。",
  "工作日志：每人每个工作日至少一行（请假、出差也填一行），缺报按日扣分；检查记录中自查已整改的不扣分，“一票否决”选“是”时当月等级按考核标准中的一票否决等级。",
  "日历：“类型”可改为工作日、休息日、节假日或调休上班（本单位调休在此修改）。右侧年份表写明每年的节假日依据：随程序提供的国务院通知为“完整”；尚无国务院通知的年份为“暂定”，按《全国年节及纪念日放假办法》的法定节日和周末计算（无调休），用到这些日子的结果标为暂定。国务院通知发布后导入即为完整：gangze calendar 通知.txt --into 本工作簿，或在任务窗格“日历”中粘贴通知全文。也可在日历中逐日录入该年全部放假和调休上班日后，把年份表中该年的“状态”改为“完整”（本单位声明该年已录入完整；只录入几行不会使该年完整）。",
  "考核标准中的参数、等级和扣分标准均可修改，各表公式随之重算；考核明细、考核汇总、周考核、公示、逾期清单是结果表，不需填写。",
];

const LEGEND: Array<[keyof typeof STATUS_COLORS, string]> = [
  ["逾期未完成", "未完成且已过应完成日（整行红色）"],
  ["临期", "未完成，距应完成日不超过“临期提醒”个工作日（整行黄色）"],
  ["逾期完成", "已完成，但完成日期晚于应完成日（整行橙色）"],
  ["按时完成", "在应完成日当天或之前完成（整行绿色）"],
];

/** Rows of the 说明 settings (fixed: the defined names point at them). */
export const README_ROWS = {
  office: 2,
  month: 3,
  asOf: 4,
  start: 5,
  end: 6,
  cutoff: 7,
  calendar: 8,
} as const;

/** 说明's 日历 cell when no year of the period is provisional. */
const FINAL_NOTE = "本期各日的节假日和调休均按国务院办公厅通知确定（见“日历”表）";

export function readmeSheet(ctx: MonthContext, names: DefinedName[]): SheetModel {
  const { ds, month } = ctx;
  const sheet = emptySheet(MONTH_SHEETS.readme);
  sheet.columnWidths = [16, 80];
  const R = README_ROWS;
  const cells: Cell[][] = [
    [...README_HEADERS],
    [README_ITEMS.office, ds.office],
    [README_ITEMS.month, ds.month],
    [README_ITEMS.asOf, { date: ds.asOf }],
    [
      README_ITEMS.start,
      {
        formula: `DATE(VALUE(LEFT(B${R.month},4)),VALUE(RIGHT(B${R.month},2)),1)`,
        result: { date: month.start },
      },
    ],
    [README_ITEMS.end, { formula: `EOMONTH(B${R.start},0)`, result: { date: month.end } }],
    ["计分截止日", { formula: `MIN(B${R.end},B${R.asOf})`, result: { date: month.asOf } }],
    ["日历", provisionalCell(ctx, FINAL_NOTE)],
    [null, null],
  ];
  HOW_TO.forEach((t, i) => cells.push([i === 0 ? "使用说明" : null, `${i + 1}. ${t}`]));
  cells.push([null, null]);
  const legendRow = cells.length + 1;
  LEGEND.forEach(([status, text]) => cells.push([status, text]));
  sheet.blocks.push({ origin: "A1", cells });
  const last = cells.length;
  sheet.formats.push({ range: "A1:B1", style: STYLE_HEADER });
  sheet.formats.push({ range: `A2:B${last}`, style: { ...STYLE_BODY, locked: true } });
  sheet.formats.push({ range: `B${R.office}`, style: STYLE_INPUT });
  sheet.formats.push({ range: `B${R.asOf}`, style: ctx.exportMode ? STYLE_FORMULA : STYLE_INPUT });
  sheet.formats.push({ range: `B${R.start}:B${R.calendar}`, style: STYLE_FORMULA });
  sheet.formats.push({ range: `B${R.calendar}`, style: { wrap: true } });
  sheet.formats.push({
    range: `B${R.asOf}:B${R.cutoff}`,
    style: { numberFormat: DATE_FORMAT, horizontal: "left" },
  });
  LEGEND.forEach(([status], i) => {
    sheet.formats.push({
      range: `A${legendRow + i}`,
      style: {
        fill: STATUS_COLORS[status],
        font: { color: STATUS_FONT_COLORS[status], bold: true },
        horizontal: "center",
      },
    });
  });
  if (!ctx.exportMode) {
    sheet.validations.push({
      range: `B${R.asOf}`,
      rule: {
        type: "date",
        min: monthStart(ds.month),
        max: monthEnd(ds.month),
        allowBlank: false,
        errorTitle: "基准日",
        error: `基准日应为 ${ds.month} 月内的日期`,
        prompt: "状态和得分按此日计算",
      },
    });
  }
  for (let r = 2; r <= last; r++)
    sheet.rowHeights[r] =
      r === R.calendar
        ? 48
        : r >= R.calendar + 2 && cells[r - 1][1]
          ? r === R.calendar + 6
            ? 96
            : 34
          : 20;
  names.push(
    { name: MONTH_NAMES.asOf, ref: abs(sheet.name, `B${R.asOf}`) },
    { name: MONTH_NAMES.start, ref: abs(sheet.name, `B${R.start}`) },
    { name: MONTH_NAMES.end, ref: abs(sheet.name, `B${R.end}`) },
    { name: MONTH_NAMES.cutoff, ref: abs(sheet.name, `B${R.cutoff}`) }
  );
  finishSheet(sheet, "settings", { title: `${ds.office} ${ds.month} 月度考核 说明` });
  return sheet;
}

const PARAM_NOTES: Readonly<Record<string, string>> = {
  warnDays: "未完成事项距应完成日不超过此工作日数时为“临期”",
  reportWithinWorkdays: "完成后第几个工作日为回报期限（该日及以前回报为及时回报）",
  overdueOpenBase: "未完成且已过应完成日：每期扣 基础扣分 + 每工作日扣分 × 本期逾期工作日",
  overdueOpenPerDay: "逾期工作日只在其所在的期间计算",
  overdueDoneBase: "完成日期在本期且晚于应完成日：基础扣分 + 每工作日扣分 × 本期逾期工作日",
  overdueDonePerDay: "逾期工作日只在其所在的期间计算",
  lateReport: "回报期限在本期且已到：未回报或回报晚于期限，在回报期限所在的期间扣分",
  missingLogPerDay: "每个工作日没有本人的日志行，每日扣分（请假、出差也应填一行）",
  findingFactorOrg: "检查记录扣分 × 系数",
  findingFactorSelfRectified: "自查发现并已整改：扣分 × 系数",
  findingFactorSelfOpen: "自查发现未整改：扣分 × 系数",
  quotaPointsPerUnit: "本月指标未完成部分，每单位扣分（只计月度）",
  quotaMoneyPerUnit: "本月指标未完成部分，每单位扣款（元）",
  quotaBonusPerUnit: "超过本月指标部分，每单位加分（只计月度）",
  bonusCap: "每期（月、周）加分合计不超过此值",
  noticeDays: "考核结果公示的工作日数，自公示日期（“公示”表）起算",
};

export interface RulesLayout {
  standardCodes: string;
}

export function rulesSheet(
  ctx: MonthContext,
  names: DefinedName[]
): { sheet: SheetModel; layout: RulesLayout } {
  const { rules } = ctx;
  const sheet = emptySheet(MONTH_SHEETS.rules);
  const heights: Record<number, number> = {};
  const keepHeights = (): void => {
    for (const [r, h] of Object.entries(sheet.rowHeights))
      heights[+r] = Math.max(heights[+r] ?? 0, h);
  };

  type P = {
    label: string;
    value: number | string;
    note: string;
    name: string;
    integer?: boolean;
    veto?: boolean;
    /** free text (意见反馈, 落款) */
    text?: boolean;
  };
  const params: P[] = RULE_PARAMETERS.map((p) => ({
    label: p.label,
    value: rules[p.key],
    note: PARAM_NOTES[p.key] ?? "",
    name: RULE_NAMES[p.key],
    integer: p.integer,
  }));
  params.push({
    label: RULE_LABELS.vetoGrade,
    value: rules.vetoGrade,
    note: "检查记录“一票否决”为“是”时的等级",
    name: MONTH_NAMES.vetoGrade,
    veto: true,
  });
  params.push(
    {
      label: RULE_LABELS.noticeFeedback,
      value: rules.noticeFeedback,
      note: "印在公示上：对结果有异议向谁、如何反映",
      name: MONTH_NAMES.noticeFeedback,
      text: true,
    },
    {
      label: RULE_LABELS.noticeSigner,
      value: rules.noticeSigner,
      note: "公示、考核单的落款；空着则用单位名称",
      name: MONTH_NAMES.noticeSigner,
      text: true,
    }
  );
  const gradeFirst = 2;
  const gradeLast = 1 + rules.grades.length;
  const gradeRange = (col: string): string => colRange(sheet.name, col, gradeFirst, gradeLast);

  const paramCols: Column<P>[] = [
    { header: HEADERS.ruleParams[0], kind: "text", width: 26, value: (p) => p.label },
    {
      header: HEADERS.ruleParams[1],
      kind: "number",
      width: 24,
      input: true,
      value: (p) => (p.value === "" ? null : p.value),
      wrap: true,
      align: "center",
    },
    { header: HEADERS.ruleParams[2], kind: "text", width: 44, value: (p) => p.note },
  ];
  const pt = addTable(sheet, { columns: paramCols, rows: params });
  keepHeights();
  params.forEach((p, i) => {
    const r = pt.firstDataRow + i;
    names.push({ name: p.name, ref: abs(sheet.name, `B${r}`) });
    if (p.text) return;
    sheet.validations.push({
      range: `B${r}`,
      rule: p.veto
        ? {
            type: "list",
            source: `${MONTH_NAMES.gradeNames}`,
            errorTitle: p.label,
            error: "请从等级表中选择",
          }
        : {
            type: p.integer ? "whole" : "decimal",
            min: 0,
            allowBlank: false,
            errorTitle: p.label,
            error: p.integer ? "应为不小于 0 的整数" : "应为不小于 0 的数",
          },
    });
  });

  type G = (typeof rules.grades)[number];
  addTable(sheet, {
    firstColumn: 5,
    rows: rules.grades,
    columns: [
      {
        header: HEADERS.grades[0],
        kind: "text",
        width: 10,
        input: true,
        value: (g: G) => g.grade,
        align: "center",
      },
      {
        header: HEADERS.grades[1],
        kind: "number",
        width: 9,
        input: true,
        value: (g: G) => g.min,
        align: "center",
        validation: {
          type: "decimal",
          min: 0,
          max: 100,
          allowBlank: false,
          error: "最低分应为 0 到 100 之间的数",
        },
      },
      {
        header: HEADERS.grades[2],
        kind: "number",
        width: 10,
        input: true,
        value: (g: G) => g.money,
        align: "center",
        validation: { type: "decimal", allowBlank: false, error: "奖惩金额应为数字（扣款写负数）" },
      },
    ],
  });
  keepHeights();
  names.push(
    { name: MONTH_NAMES.gradeNames, ref: gradeRange("E") },
    { name: MONTH_NAMES.gradeMins, ref: gradeRange("F") },
    { name: MONTH_NAMES.gradeMoney, ref: gradeRange("G") }
  );

  type S = (typeof rules.deductionStandards)[number];
  const st = addTable(sheet, {
    firstColumn: 9,
    rows: rules.deductionStandards,
    spareRows: STANDARD_SPARE_ROWS,
    columns: [
      {
        header: HEADERS.standards[0],
        kind: "text",
        width: 8,
        input: true,
        value: (s: S) => s.code,
        align: "center",
      },
      {
        header: HEADERS.standards[1],
        kind: "text",
        width: 40,
        input: true,
        value: (s: S) => s.problem,
      },
      {
        header: HEADERS.standards[2],
        kind: "number",
        width: 8,
        input: true,
        value: (s: S) => s.points,
        align: "center",
        validation: { type: "decimal", min: 0, error: "扣分应为不小于 0 的数" },
      },
    ],
  });
  keepHeights();
  sheet.rowHeights = heights;
  sheet.columnWidths[3] = 2;
  sheet.columnWidths[7] = 2;
  finishSheet(sheet, "settings", { title: `${ctx.ds.office} 考核标准`, landscape: true });
  return {
    sheet,
    layout: { standardCodes: colRange(sheet.name, "I", st.firstDataRow, st.lastRow) },
  };
}

export interface CalendarLayout {
  first: number;
  last: number;
}

export function calendarSheet(
  ctx: MonthContext,
  names: DefinedName[]
): { sheet: SheetModel; layout: CalendarLayout } {
  const sheet = emptySheet(MONTH_SHEETS.calendar);
  type D = { date: Cell; weekday: string; type: string; name: string | null; run: number | "" };
  const rows: D[] = ctx.days.map((d) => ({
    date: { date: d.date },
    weekday: WEEKDAYS[d.weekday - 1],
    type: d.type,
    name: d.name ?? null,
    run: ctx.run.get(d.date)!,
  }));
  // an office rest/duty day that is not a date is listed as typed after the days, to be corrected;
  // like any date input holding text it counts as empty (usable.ts)
  const typed = ctx.typed.calendar;
  const bad = (list: unknown[] | undefined, type: string): D[] =>
    (list ?? [])
      .filter((d) => !isISODate(d))
      .map((d) => ({ date: String(d), weekday: "", type, name: null, run: "" }));
  rows.push(...bad(typed?.restDays, "休息日"), ...bad(typed?.workDays, "调休上班"));
  const t = addTable(sheet, {
    rows,
    spareRows: CALENDAR_SPARE_ROWS,
    autoHeight: false,
    columns: [
      {
        header: "日期",
        kind: "date",
        width: 12,
        input: true,
        value: (d: D) => d.date,
        validation: { type: "date", error: "请输入日期，如 2027-01-01" },
      },
      {
        header: "星期",
        kind: "formula",
        width: 8,
        align: "center",
        formula: (r) =>
          `IF(ISNUMBER($A${r}),CHOOSE(WEEKDAY($A${r},2),${WEEKDAYS.map((w) => `"${w}"`).join(",")}),"")`,
        result: (d) => (d ? d.weekday : ""),
      },
      {
        header: "类型",
        kind: "text",
        width: 10,
        input: true,
        value: (d: D) => d.type,
        align: "center",
        validation: {
          type: "list",
          values: DAY_TYPES,
          errorTitle: "类型",
          error: `类型应为：${DAY_TYPES.join("、")}`,
        },
      },
      { header: "说明", kind: "text", width: 16, input: true, value: (d: D) => d.name },
      {
        header: "工作日累计",
        kind: "formula",
        width: 11,
        align: "center",
        // MAX over the rows above (not the previous cell) so an empty row does not restart the count
        formula: (r) =>
          `IF(ISNUMBER($A${r}),IF(OR($C${r}="工作日",$C${r}="调休上班"),1,0)+MAX($E$1:$E${r - 1}),"")`,
        result: (d) => (d ? d.run : ""),
      },
    ],
  });
  // the year table (G–I): where each year's days come from; 状态 is the office's declaration
  type Y = (typeof ctx.years)[number];
  const yt = addTable(sheet, {
    firstColumn: 7,
    rows: ctx.years,
    spareRows: 3,
    autoHeight: false,
    columns: [
      { header: "年份", kind: "number", width: 7, input: true, value: (y: Y) => y.year },
      {
        header: "状态",
        kind: "text",
        width: 7,
        input: true,
        align: "center",
        value: (y: Y) => y.state,
        validation: {
          type: "list",
          values: ["完整", "暂定"],
          errorTitle: "状态",
          error: "状态应为：完整 或 暂定",
          prompt: "完整：该年全部放假和调休上班日已按国务院通知录入；暂定：按放假办法推算",
        },
      },
      { header: "依据", kind: "text", width: 36, input: true, value: (y: Y) => y.source },
    ],
  });
  names.push(
    { name: MONTH_NAMES.calYears, ref: colRange(sheet.name, "G", yt.firstDataRow, yt.lastRow) },
    {
      name: MONTH_NAMES.calYearStates,
      ref: colRange(sheet.name, "H", yt.firstDataRow, yt.lastRow),
    },
    { name: MONTH_NAMES.calDates, ref: colRange(sheet.name, "A", t.firstDataRow, t.lastRow) },
    { name: MONTH_NAMES.calTypes, ref: colRange(sheet.name, "C", t.firstDataRow, t.lastRow) },
    { name: MONTH_NAMES.calRun, ref: colRange(sheet.name, "E", t.firstDataRow, t.lastRow) }
  );
  finishSheet(sheet, "settings", {
    title: `${ctx.ds.office} 工作日历`,
    helpers: ["工作日累计"],
    printArea: `A1:E${Math.max(2, t.lastRecordRow)}`,
  });
  return { sheet, layout: { first: t.firstDataRow, last: t.lastRow } };
}

/**
 * Where the hidden 计算 sheet keeps each week's dates and running counts (row of week w = 2 + w).
 * A single week's value is a defined name (第1周起始 …): formulas that read it have no reference
 * to another sheet, so a column of them is written as one shared formula (Excel does not shift
 * a shared formula's references to other sheets; see TECH-NOTES).
 */
export interface CalcLayout {
  weekStart(w: number): string;
  weekCutoff(w: number): string;
  weekStartRun(w: number): string;
  weekCutoffRun(w: number): string;
  /** absolute ranges over all weeks, for INDEX by week number */
  weekStarts: string;
  weekCutoffs: string;
  weekCutoffRuns: string;
  posts: string;
}

/** Defined names of week w's cells on 计算. */
const weekNames = (w: number) => ({
  start: `第${w + 1}周起始`,
  cutoff: `第${w + 1}周计分截止`,
  startRun: `第${w + 1}周起始前序号`,
  cutoffRun: `第${w + 1}周截止序号`,
});

export function calcSheet(
  ctx: MonthContext,
  names: DefinedName[]
): { sheet: SheetModel; layout: CalcLayout } {
  const sheet = emptySheet(CALC_SHEET);
  sheet.hidden = true;
  const { month, weeks } = ctx;
  const beforeStart = addDays(month.start, -1);
  type K = { label: string; name: string; formula: string; result: number };
  const keys: K[] = [
    {
      label: MONTH_NAMES.asOfRun,
      name: MONTH_NAMES.asOfRun,
      formula: runF(MONTH_NAMES.asOf),
      result: runOf(ctx, ctx.ds.asOf),
    },
    {
      label: MONTH_NAMES.cutoffRun,
      name: MONTH_NAMES.cutoffRun,
      formula: runF(MONTH_NAMES.cutoff),
      result: runOf(ctx, month.asOf),
    },
    {
      label: MONTH_NAMES.beforeStartRun,
      name: MONTH_NAMES.beforeStartRun,
      formula: runF(`${MONTH_NAMES.start}-1`),
      result: runOf(ctx, beforeStart),
    },
  ];
  const kt = addTable(sheet, {
    rows: keys,
    autoHeight: false,
    columns: [
      { header: "项目", kind: "text", width: 14, value: (k: K) => k.label },
      {
        header: "值",
        kind: "formula",
        width: 10,
        formula: (r) => keys[r - 2].formula,
        result: (k) => k!.result,
      },
    ],
  });
  keys.forEach((k, i) =>
    names.push({ name: k.name, ref: abs(sheet.name, `B${kt.firstDataRow + i}`) })
  );

  type W = { i: number };
  const wrows: W[] = weeks.map((_, i) => ({ i }));
  addTable(sheet, {
    firstColumn: 4,
    rows: wrows,
    autoHeight: false,
    columns: [
      { header: "周次", kind: "number", width: 6, value: (w: W) => w.i + 1 },
      { header: "周起始", kind: "date", width: 11, value: (w: W) => ({ date: weeks[w.i].start }) },
      { header: "周结束", kind: "date", width: 11, value: (w: W) => ({ date: weeks[w.i].end }) },
      {
        header: "计分截止",
        kind: "formula",
        width: 11,
        numberFormat: DATE_FORMAT,
        formula: (r) => `MIN($F${r},${MONTH_NAMES.asOf})`,
        result: (w) => ({ date: weeks[w!.i].asOf }),
      },
      {
        header: "起始前序号",
        kind: "formula",
        width: 10,
        formula: (r) => runF(`$E${r}-1`),
        result: (w) => runOf(ctx, addDays(weeks[w!.i].start, -1)),
      },
      {
        header: "截止序号",
        kind: "formula",
        width: 10,
        formula: (r) => runF(`$G${r}`),
        result: (w) => runOf(ctx, weeks[w!.i].asOf),
      },
    ],
  });
  const posts = postList(ctx);
  const pt = addTable(sheet, {
    firstColumn: 11,
    rows: posts,
    autoHeight: false,
    columns: [{ header: "岗位列表", kind: "text", width: 16, value: (p: string) => p }],
  });
  const cell = (col: string, w: number): string => `'${sheet.name}'!$${col}$${2 + w}`;
  weeks.forEach((_, w) => {
    const n = weekNames(w);
    names.push(
      { name: n.start, ref: cell("E", w) },
      { name: n.cutoff, ref: cell("G", w) },
      { name: n.startRun, ref: cell("H", w) },
      { name: n.cutoffRun, ref: cell("I", w) }
    );
  });
  const last = Math.max(0, weeks.length - 1);
  sheet.protection = {};
  return {
    sheet,
    layout: {
      weekStart: (w) => weekNames(w).start,
      weekCutoff: (w) => weekNames(w).cutoff,
      weekStartRun: (w) => weekNames(w).startRun,
      weekCutoffRun: (w) => weekNames(w).cutoffRun,
      weekStarts: colRange(sheet.name, "E", 2, 2 + last),
      weekCutoffs: colRange(sheet.name, "G", 2, 2 + last),
      weekCutoffRuns: colRange(sheet.name, "I", 2, 2 + last),
      posts: colRange(sheet.name, "K", pt.firstDataRow, pt.lastRow),
    },
  };
}

/** Posts in handbook order: the dataset's posts, then any only named by a duty or a person. */
function postList(ctx: MonthContext): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (p: string | undefined): void => {
    if (p && !seen.has(p)) {
      seen.add(p);
      out.push(p);
    }
  };
  ctx.ds.posts.forEach((p) => add(p.name));
  ctx.ds.duties.forEach((d) => add(d.post));
  ctx.ds.staff.forEach((s) => add(s.post));
  return out;
}
