// 个人工作日志 (SPEC §5.3): one person's workbook for one month, used without the add-in in
// Excel 2010+, WPS and LibreOffice. Inputs are unlocked, everything else locked; sheets are
// protected without a password; dropdowns offer only the person's own duty codes; 交办事项
// shows each task's status by formula over a small 日历 sheet of working days, coloured by
// conditional formats, with the TypeScript status as the cached value. Text is 12 pt (clerks in
// their fifties read and print it); the 职责编码 dropdowns show code and content (dutyPick.ts);
// each sheet prints the rows in use, never a page of blank rows.

import { Calendar } from "../../domain/calendar";
import { provisionalStatus } from "../../domain/calendar/provisional";
import { addDays, isISODate, monthEnd, monthStart, weekday } from "../../domain/dates";
import { resolveRules } from "../../domain/rules";
import { givenBy, reportedInTime, taskDue, taskState } from "../../domain/taskState";
import {
  LOG_STATUSES,
  type Dataset,
  type Duty,
  type Finding,
  type ISODate,
  type LogEntry,
  type Rules,
  type Staff,
  type Task,
  type WeeklyPlan,
} from "../../domain/types";
import { colLetter, sheetRef } from "../address";
import { addTable, rowHeight, type Column } from "../builder";
import { dutyLabel } from "../dutyPick";
import {
  DATE_FORMAT,
  emptySheet,
  type Cell,
  type DateValue,
  type PrintSetup,
  type SheetModel,
  type WorkbookModel,
} from "../model";
import { NO, ROW_ID_HEADER, STATUS_COLORS, STATUS_FONT_COLORS, YES } from "../sheets";
import {
  FONT_BODY,
  FONT_SIZE,
  FOOTER_PAGES,
  STYLE_BODY,
  STYLE_HEADER,
  STYLE_INPUT,
} from "../styles";
import { CLERK_README, CLERK_SHEET, DUTY_PICK_HEADER, SELF_CHECK_SOURCE } from "./sheets";

/** Body and header text of the clerk's workbook, in points. */
export const CLERK_FONT_SIZE = 12;

export interface ClerkOptions {
  /** empty log rows after the working days, for a second entry on a day (default 20) */
  spareLogRows?: number;
  /** rows per week of the weekly plan (default 3) */
  weeklyRowsPerWeek?: number;
  /** empty self-check rows (default 10) */
  spareSelfCheckRows?: number;
  /** the start of every row identity of this workbook (default: random); tests fix it */
  rowIdToken?: string;
}

/** A short random token: two workbooks of one person never share row identities. */
function randomToken(): string {
  let t = "";
  for (let i = 0; i < 8; i++)
    t += "abcdefghijkmnpqrstuvwxyz23456789"[Math.floor(Math.random() * 32)];
  return t;
}

/**
 * The identity of each row the clerk may fill (ROW_ID_HEADER): `<token>-L7`; a row pre-filled
 * from an entry already collected keeps that entry's identity, so sending it again replaces it.
 */
function rowIds(token: string, kind: string): (existing?: string) => string {
  let n = 0;
  return (existing) => existing ?? `${token}-${kind}${++n}`;
}

/** The hidden, locked identity column after a clerk table. */
function rowIdColumn<R>(id: (r: R, i: number) => string): Column<R> {
  return { header: ROW_ID_HEADER, kind: "text", width: 0, wrap: false, value: id };
}

export const CLERK_TITLE = "个人工作日志";

/** The cell of 说明 holding 基准日 (the table row order below puts it there). */
export const CLERK_ASOF_CELL = "B6";

/**
 * Landscape A4, one page wide, header row repeated, page numbers: clerks print their log. The
 * print area ends at the last row in use when the workbook is made (ready rows, entries): spare
 * rows print no page of empty grid; a row inserted inside the area widens it.
 */
function print(
  title: string,
  orientation: PrintSetup["orientation"],
  printArea: string | undefined
): PrintSetup {
  return {
    paper: "A4",
    orientation,
    fitToWidth: true,
    titleRows: [1, 1],
    header: { center: `&"黑体,Bold"&14${title.replace(/&/g, "&&")}` },
    footer: { center: FOOTER_PAGES },
    // narrow side margins: the page is scaled to its width, so every inch kept is larger text
    margins: { left: 0.4, right: 0.4, top: 0.75, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(printArea ? { printArea } : {}),
  };
}

/** `2026-10` → `2026年10月`, the period format of every printed title. */
const monthTitle = (m: string): string => {
  const x = /^(\d{4})-(\d{2})$/.exec(m);
  return x ? `${x[1]}年${+x[2]}月` : m;
};

/** Print areas chosen by the sheet builders (the rows in use), applied with the print setup. */
const printAreas = new WeakMap<SheetModel, string>();

/** The print area of a table: columns A…`lastCol`, header and rows up to `lastRow` (≥ 2). */
const areaTo = (lastCol: number, lastRow: number): string =>
  `A1:${colLetter(lastCol)}${Math.max(2, lastRow)}`;

const dateCell = (d: string | undefined): DateValue | string | null =>
  d === undefined ? null : isISODate(d) ? ({ date: d } as DateValue) : d;

/** The person's workbook; throws when the person is not on the roster. */
export function buildClerkWorkbook(
  ds: Dataset,
  person: string,
  opts: ClerkOptions = {}
): WorkbookModel {
  const staff = ds.staff.find((s) => s.name === person);
  if (!staff) throw new Error(`人员表中没有“${person}”，无法生成个人工作日志`);
  const cal = new Calendar(ds.calendar);
  const rules = resolveRules(ds.rules);
  const from =
    staff.start && isISODate(staff.start) && staff.start > monthStart(ds.month)
      ? staff.start
      : monthStart(ds.month);
  const to = monthEnd(ds.month);
  const workdays = from <= to ? cal.workdays(from, to) : [];
  const duties = ds.duties.filter((d) => d.post === staff.post);

  const dutySheet = myDuties(duties);
  const standards = standardsSheet(rules);
  const labels = new Map(duties.map((d) => [d.code, dutyLabel(d)]));
  /** a code of the person's post as its picker item; anything else as it was typed */
  const pick = (code: string | undefined) => (code ? (labels.get(code) ?? code) : code);
  const tasks = ds.tasks.filter((t) => t.owner === person);
  const calendar = calendarSheet(ds, tasks, cal);
  const token = opts.rowIdToken ?? randomToken();
  const sheets = [
    readme(ds, staff, rules, cal),
    dutySheet.sheet,
    logSheet(ds, person, workdays, dutySheet.codes, pick, opts.spareLogRows ?? 20, calendar, token),
    weeklySheet(ds, person, workdays, dutySheet.codes, pick, opts.weeklyRowsPerWeek ?? 3, token),
    taskSheet(ds, tasks, cal, rules, calendar.range),
    selfCheckSheet(
      ds,
      person,
      dutySheet.codes,
      pick,
      standards.range,
      opts.spareSelfCheckRows ?? 10,
      token
    ),
    standards.sheet,
    calendar.sheet,
    originalSheet(tasks),
  ];
  for (const s of sheets)
    if (!s.hidden)
      s.print = print(
        `${ds.office} ${person} ${monthTitle(ds.month)} ${s.name}`,
        s.name === CLERK_SHEET.readme || s.name === CLERK_SHEET.standards
          ? "portrait"
          : "landscape",
        printAreas.get(s)
      );
  return {
    title: `${ds.month} ${person} ${CLERK_TITLE}`,
    sheets,
    definedNames: [{ name: CLERK_README.asOf, ref: sheetRef(CLERK_SHEET.readme, CLERK_ASOF_CELL) }],
  };
}

function readme(ds: Dataset, staff: Staff, rules: Rules, cal: Calendar): SheetModel {
  const LEGEND: [string, string][] = [
    ["逾期未完成", STATUS_COLORS.逾期未完成],
    [`临期（${rules.warnDays} 个工作日内到期）`, STATUS_COLORS.临期],
    ["逾期完成", STATUS_COLORS.逾期完成],
    ["按时完成", STATUS_COLORS.按时完成],
  ];
  const sheet = emptySheet(CLERK_SHEET.readme);
  const size = CLERK_FONT_SIZE;
  const font = { name: FONT_BODY, size };
  sheet.columnWidths = [16, 70];
  const rows: [string, Cell][] = [
    [CLERK_README.office, ds.office],
    [CLERK_README.person, staff.name],
    [CLERK_README.post, staff.post],
    [CLERK_README.month, ds.month],
    [CLERK_README.asOf, dateCell(ds.asOf)],
  ];
  sheet.blocks.push({
    origin: "A1",
    cells: [["项目", "内容"], ...rows.map(([a, b]) => [a, b] as Cell[])],
  });
  sheet.formats.push({
    range: "A1:B1",
    style: { ...STYLE_HEADER, font: { ...STYLE_HEADER.font, size } },
  });
  sheet.formats.push({ range: "A2:B6", style: { ...STYLE_BODY, font } });
  sheet.formats.push({
    range: CLERK_ASOF_CELL,
    style: { ...STYLE_INPUT, numberFormat: DATE_FORMAT },
  });
  sheet.validations.push({
    range: CLERK_ASOF_CELL,
    rule: {
      type: "date",
      min: monthStart(ds.month),
      max: monthEnd(ds.month),
      errorTitle: "基准日",
      error: `基准日应在 ${ds.month} 月内`,
      prompt: "交办事项的状态按这一天计算，可改为今天的日期",
    },
  });
  const help = [
    "填写说明",
    "1. 白色格子可以填写，灰色和表头格子已锁定（工作表已保护，没有密码）。",
    "2. “工作日志”：每个工作日已准备好一行（日期和姓名已填），请逐日填写职责编码、工作内容和完成情况；请假、出差也填一行，完成情况选“请假”或“出差”。一天有多项工作时，在这一天的行下面插入一行（右键→插入→整行）填写，打印时也在其中；表下方的空行也可补填，照常汇总，但不在打印区域内。",
    "3. 日期可以写成 2026-10-09、2026/10/9 或 10月9日。职责编码从下拉列表选择，列表显示编码和工作内容（如“MS-05 收集编写本局工作动态信息”），只列本人岗位的职责（详见“我的职责”）；只写编码（如 MS-05）也可以。完成情况也从下拉列表选择。",
    "4. “周计划”：每周已准备好几行，填写计划事项，周末填写完成情况。",
    "5. “交办事项”：事项办结后填写完成日期，向领导回报后填写回报日期；状态按“基准日”自动计算并着色。",
    "6. 工作日志的“自查”列：对当天这项工作的自我检查，按标准完成写“合格”，有不足写明问题和整改情况。“星期”列自动显示，调休上班的周六、周日标“调休上班”。",
    "7. “自查”表：自己发现的、按扣分标准要扣分的问题登记在这里（代码和分值见“扣分标准”表）；自查并已整改的不扣分，未整改的减半扣分；整改后把“已整改”选为“是”。",
    ...provisionalHelp(ds, cal),
    "状态颜色",
    ...LEGEND.map(([t]) => t),
    "如何交回",
    "每周五下班前把本文件（不要改文件名和工作表名）通过内网邮件或共享文件夹交给办公室主任，由主任汇总到本月的月度考核工作簿。",
  ];
  const top = 8;
  sheet.blocks.push({ origin: `A${top}`, cells: help.map((h) => [h, null]) });
  sheet.formats.push({
    range: `A${top}:B${top + help.length - 1}`,
    style: { font, wrap: true, vertical: "top" },
  });
  // each line across both columns, tall enough for its wrapped text (LibreOffice and Excel do not grow rows of generated files)
  help.forEach((h, i) => {
    sheet.merges.push(`A${top + i}:B${top + i}`);
    sheet.rowHeights[top + i] = rowHeight(
      [{ text: h, width: ((16 + 70) * FONT_SIZE) / size }],
      size
    );
  });
  // the legend follows 状态颜色 (the numbered points before it vary: 暂定 adds one)
  const legendTop = top + help.indexOf("状态颜色") + 1;
  for (const r of [top, legendTop - 1, legendTop + LEGEND.length])
    sheet.formats.push({
      range: `A${r}`,
      style: { font: { ...font, bold: true } },
    });
  LEGEND.forEach(([name, fill], i) => {
    const key = name.split("（")[0] as keyof typeof STATUS_FONT_COLORS;
    sheet.formats.push({
      range: `A${legendTop + i}`,
      style: { fill, font: { ...font, color: STATUS_FONT_COLORS[key] } },
    });
  });
  sheet.rowHeights[1] = 20;
  for (let r = 2; r <= 6; r++) sheet.rowHeights[r] = rowHeight([], size);
  sheet.protection = {};
  printAreas.set(sheet, `A1:B${top + help.length - 1}`);
  return sheet;
}

/**
 * The person's duties, and in a hidden column after them each duty's picker item (`MS-05 收集…`):
 * the 职责编码 dropdowns point at that range (an inline list would pass Excel's 255 characters).
 */
function myDuties(duties: Duty[]): { sheet: SheetModel; codes: string } {
  const sheet = emptySheet(CLERK_SHEET.duties);
  const t = addTable(sheet, {
    rows: duties,
    fontSize: CLERK_FONT_SIZE,
    columns: [
      { header: "编码", kind: "text", width: 9, value: (d) => d.code, wrap: false },
      { header: "序号", kind: "number", width: 6, value: (_, i) => i + 1, align: "center" },
      { header: "工作内容", kind: "text", width: 40, value: (d) => d.content },
      { header: "频次", kind: "text", width: 7, value: (d) => d.frequency, align: "center" },
      { header: "时限要求", kind: "text", width: 20, value: (d) => d.timeLimit },
      { header: "质量标准", kind: "text", width: 28, value: (d) => d.standard },
      { header: "检查人", kind: "text", width: 11, value: (d) => d.checker },
      { header: "分值", kind: "number", width: 7, value: (d) => d.points, align: "center" },
      {
        header: DUTY_PICK_HEADER,
        kind: "text",
        width: 30,
        value: (d) => dutyLabel(d),
        wrap: false,
      },
    ],
  });
  const pickCol = 9;
  sheet.hiddenColumns = [pickCol];
  sheet.freeze = { rows: 1, columns: 0 };
  sheet.protection = { allowFormatColumns: true, allowFormatRows: true };
  printAreas.set(sheet, areaTo(pickCol - 1, t.lastRecordRow));
  return { sheet, codes: sheetRef(CLERK_SHEET.duties, t.range(DUTY_PICK_HEADER, true)) };
}

/** 扣分标准 (代码 问题 扣分) for the 自查 sheet's dropdown, on a sheet of its own. */
function standardsSheet(rules: Rules): { sheet: SheetModel; range: string } {
  const sheet = emptySheet(CLERK_SHEET.standards);
  const t = addTable(sheet, {
    rows: rules.deductionStandards,
    fontSize: CLERK_FONT_SIZE,
    columns: [
      { header: "代码", kind: "text", width: 8, value: (x) => x.code, align: "center" },
      { header: "问题", kind: "text", width: 50, value: (x) => x.problem },
      { header: "扣分", kind: "number", width: 8, value: (x) => x.points, align: "center" },
    ],
  });
  sheet.freeze = { rows: 1, columns: 0 };
  sheet.protection = { allowFormatColumns: true, allowFormatRows: true };
  printAreas.set(sheet, areaTo(3, t.lastRecordRow));
  return { sheet, range: sheetRef(CLERK_SHEET.standards, t.range("代码", true)) };
}

/**
 * The 职责编码 dropdown: picker items (code and content). A bare code typed by hand is accepted
 * too (a warning, not a refusal: readers take the code either way).
 */
const dutyValidation = (items: string) => ({
  type: "list" as const,
  source: items,
  errorStyle: "warning" as const,
  errorTitle: "职责编码",
  error:
    "请从下拉列表选择本人岗位的职责（编码和工作内容）；只写编码（如 MS-05）也可以，点“是”保留。",
  promptTitle: "职责编码",
  prompt: "从下拉列表选择：编码和工作内容，只列本人岗位的职责。",
});

/** The 职责编码 column of a clerk table: wide enough for `MS-05 收集编写本局工作动态信息`. */
const DUTY_WIDTH = 22;

type LogRow = { date?: string; entry?: LogEntry };

const WEEKDAY_NAMES = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"];

/**
 * 星期 of a log row: `星期六（调休上班）` for a make-up working Saturday, `星期四（节假日）` for a
 * weekday off, `星期日（休息日）`: so nobody wonders why a Saturday has a row, or a Thursday none.
 * The formula reads the workbook's 日历 (working days); the cached value uses the same list.
 */
function weekdayText(d: string | undefined, working: ReadonlySet<ISODate>): string {
  if (d === undefined || !isISODate(d)) return "";
  const k = (weekday(d) + 6) % 7; // 0 = Monday, as WEEKDAY(d, 2) - 1
  const note = working.has(d)
    ? k >= 5
      ? "（调休上班）"
      : ""
    : k < 5
      ? "（节假日）"
      : "（休息日）";
  return `${WEEKDAY_NAMES[k]}${note}`;
}

function weekdayFormula(cell: string, days: string): string {
  const w = `WEEKDAY(${cell},2)`;
  return `IF(ISNUMBER(${cell}),CHOOSE(${w},${WEEKDAY_NAMES.map((n) => `"${n}"`).join(",")})&IF(COUNTIF(${days},${cell})>0,IF(${w}>5,"（调休上班）",""),IF(${w}<6,"（节假日）","（休息日）")),"")`;
}

function logSheet(
  ds: Dataset,
  person: string,
  workdays: ISODate[],
  codes: string,
  pick: (code: string | undefined) => string | undefined,
  spare: number,
  calendar: { range: string; days: ReadonlySet<ISODate> },
  token: string
): SheetModel {
  const sheet = emptySheet(CLERK_SHEET.logs);
  const id = rowIds(token, "L");
  const own = ds.logs.filter((l) => l.person === person);
  const logged = new Set(own.map((l) => l.date));
  const rows: LogRow[] = [
    ...own.map((entry) => ({ date: entry.date, entry })),
    ...workdays.filter((d) => !logged.has(d)).map((date) => ({ date })),
  ];
  // by date, entries before the ready row of the same day; stable otherwise
  rows.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
  const padded: LogRow[] = [...rows, ...Array.from({ length: spare }, () => ({}))];
  const dateRule = {
    type: "date" as const,
    min: monthStart(ds.month),
    max: monthEnd(ds.month),
    errorTitle: "日期",
    error: `请填写 ${ds.month} 月内的日期，如 ${monthStart(ds.month)}`,
  };
  const columns: Column<LogRow>[] = [
    {
      header: "日期",
      kind: "date",
      width: 12,
      input: true,
      value: (r) => dateCell(r.date),
      validation: dateRule,
    },
    {
      header: "星期",
      kind: "formula",
      width: 21,
      formula: (row) => weekdayFormula(`$A${row}`, calendar.range),
      result: (r) => weekdayText(r?.date, calendar.days),
      align: "center",
    },
    { header: "姓名", kind: "text", width: 9, value: () => person },
    {
      header: "职责编码",
      kind: "text",
      width: DUTY_WIDTH,
      input: true,
      value: (r) => pick(r.entry?.duty),
      validation: dutyValidation(codes),
    },
    { header: "工作内容", kind: "text", width: 36, input: true, value: (r) => r.entry?.content },
    {
      header: "完成情况",
      kind: "text",
      width: 10,
      input: true,
      value: (r) => r.entry?.status,
      validation: {
        type: "list",
        values: [...LOG_STATUSES],
        errorTitle: "完成情况",
        error: `请选择：${LOG_STATUSES.join("、")}`,
      },
    },
    { header: "存在问题", kind: "text", width: 18, input: true, value: (r) => r.entry?.problem },
    { header: "对策措施", kind: "text", width: 18, input: true, value: (r) => r.entry?.measure },
    {
      header: "自查",
      kind: "text",
      width: 18,
      input: true,
      value: (r) => r.entry?.selfCheck,
      // an input message explains the column where it is typed (nobody reads 说明 twice)
      validation: {
        type: "custom",
        formula: "LEN(I2)<=200",
        promptTitle: "自查",
        prompt:
          "对当天这项工作的自我检查：按标准完成写“合格”，有不足写明问题和整改情况。发现要扣分的问题请登记到“自查”表。",
        error: "自查请简要填写，不超过 200 字",
      },
    },
  ];
  const logIds = padded.map((r) => id(r.entry?.rowId));
  columns.push(rowIdColumn((_, i) => logIds[i]));
  addTable(sheet, { columns, rows: padded, fontSize: CLERK_FONT_SIZE });
  // printed: the dated rows and entries, not the spare rows (columns up to 自查)
  printAreas.set(sheet, areaTo(columns.length - 1, 1 + rows.length));
  sheet.freeze = { rows: 1, columns: 0 };
  sheet.protection = { allowFormatRows: true, allowFormatColumns: true, allowInsertRows: true };
  return sheet;
}

/** Mondays of the weeks of the month that hold one of the person's working days. */
function weekStarts(workdays: ISODate[]): ISODate[] {
  const out: ISODate[] = [];
  for (const d of workdays) {
    const monday = addDays(d, 1 - weekday(d));
    if (!out.includes(monday)) out.push(monday);
  }
  return out;
}

type PlanRow = { weekStart?: string; plan?: WeeklyPlan };

function weeklySheet(
  ds: Dataset,
  person: string,
  workdays: ISODate[],
  codes: string,
  pick: (code: string | undefined) => string | undefined,
  perWeek: number,
  token: string
): SheetModel {
  const sheet = emptySheet(CLERK_SHEET.weeklyPlans);
  const id = rowIds(token, "P");
  const own = ds.weeklyPlans.filter((p) => p.person === person);
  const weeks = weekStarts(workdays);
  const rows: PlanRow[] = [];
  for (const w of weeks) {
    const plans = own.filter((p) => p.weekStart === w);
    rows.push(...plans.map((plan) => ({ weekStart: w, plan })));
    for (let k = plans.length; k < Math.max(perWeek, plans.length + 1); k++)
      rows.push({ weekStart: w });
  }
  rows.push(
    ...own
      .filter((p) => !weeks.includes(p.weekStart))
      .map((plan) => ({ weekStart: plan.weekStart, plan }))
  );
  const columns: Column<PlanRow>[] = [
    { header: "姓名", kind: "text", width: 9, value: () => person },
    {
      header: "周起始",
      kind: "date",
      width: 12,
      input: true,
      value: (r) => dateCell(r.weekStart),
      validation: { type: "date", errorTitle: "周起始", error: "请填写该周星期一的日期" },
    },
    { header: "计划事项", kind: "text", width: 44, input: true, value: (r) => r.plan?.item },
    {
      header: "职责编码",
      kind: "text",
      width: DUTY_WIDTH,
      input: true,
      value: (r) => pick(r.plan?.duty),
      validation: dutyValidation(codes),
    },
    { header: "完成情况", kind: "text", width: 24, input: true, value: (r) => r.plan?.outcome },
  ];
  // spare rows are rows too: each has its identity ready
  const padded: PlanRow[] = [...rows, ...Array.from({ length: 5 }, () => ({}))];
  const planIds = padded.map((r) => id(r.plan?.rowId));
  columns.push(rowIdColumn((_, i) => planIds[i]));
  addTable(sheet, { columns, rows: padded, fontSize: CLERK_FONT_SIZE });
  // printed: the weeks' prepared rows and the plans, not the spare rows
  printAreas.set(sheet, areaTo(columns.length - 1, 1 + rows.length));
  sheet.freeze = { rows: 1, columns: 0 };
  sheet.protection = { allowFormatRows: true, allowFormatColumns: true, allowInsertRows: true };
  return sheet;
}

/**
 * The working days of every year the tasks and the month touch (within three years of the month:
 * a mistyped year is reported by the checks, not listed), provisional (暂定) years included,
 * for COUNTIFS.
 */
function calendarSheet(
  ds: Dataset,
  tasks: Task[],
  cal: Calendar
): { sheet: SheetModel; range: string; days: ReadonlySet<ISODate> } {
  const years = new Set<number>([+ds.month.slice(0, 4)]);
  for (const t of tasks)
    for (const d of [t.assigned, t.due, t.completed, t.reported])
      if (d && isISODate(d)) years.add(+d.slice(0, 4));
  const monthYear = +ds.month.slice(0, 4);
  const ys = [...years].filter((y) => Math.abs(y - monthYear) <= 3);
  // one year more than the tasks name: a time limit may run into it
  const lo = Math.min(...ys);
  const hi = Math.max(...ys) + 1;
  const days: ISODate[] = [];
  for (let y = lo; y <= hi; y++) days.push(...cal.workdays(`${y}-01-01`, `${y}-12-31`));
  const sheet = emptySheet(CLERK_SHEET.calendar);
  const t = addTable(sheet, {
    rows: days,
    autoHeight: false,
    columns: [{ header: "工作日", kind: "date", width: 12, value: (d) => ({ date: d }) }],
  });
  sheet.hidden = true;
  sheet.protection = {};
  return {
    sheet,
    range: sheetRef(CLERK_SHEET.calendar, t.range("工作日")),
    days: new Set(days),
  };
}

/** A help line when the month touches a provisional (暂定) year (calendar/provisional.ts decides). */
function provisionalHelp(ds: Dataset, cal: Calendar): string[] {
  const { years } = provisionalStatus(cal, monthStart(ds.month), monthEnd(ds.month));
  if (years.length === 0) return [];
  return [
    `8. 日历暂定：${years.join("、")} 年的国务院节假日安排尚未导入，本表的工作日按法定节日和周末暂定（无调休）；国务院通知发布后，办公室导入通知并重新下发本表，已填写的内容照常汇总。`,
  ];
}

interface TaskRow {
  task: Task;
  due?: ISODate;
  status: string;
  report: string;
}

/** 回报情况 at A: the same rule as scoring's 未及时回报, with 未回报 when nothing is reported yet. */
function reportText(task: Task, asOf: ISODate, cal: Calendar, rules: Rules): string {
  const done = givenBy(task.completed, asOf);
  if (done === undefined) return "";
  if (givenBy(task.reported, asOf) === undefined) return "未回报";
  return reportedInTime(done, task.reported, asOf, cal, rules) ? "及时回报" : "未及时回报";
}

function taskSheet(
  ds: Dataset,
  tasks: Task[],
  cal: Calendar,
  rules: Rules,
  days: string
): SheetModel {
  const sheet = emptySheet(CLERK_SHEET.tasks);
  const rows: TaskRow[] = tasks.map((task) => {
    let due: ISODate | undefined;
    try {
      due = taskDue(task, cal);
      return {
        task,
        due,
        status: taskState(task, ds.asOf, cal, rules).status,
        report: reportText(task, ds.asOf, cal, rules),
      };
    } catch {
      return { task, due, status: "", report: "" }; // a date that is not a date: the checks say so
    }
  });
  const A = sheetRef(CLERK_SHEET.readme, CLERK_ASOF_CELL);
  // columns: F 应完成日, G 完成日期, H 回报日期 (fixed by the order below)
  const status = (r: number) => {
    const F = `$F${r}`;
    const G = `$G${r}`;
    return (
      `IF(AND(${G}<>"",${G}<=${A}),IF(AND(${F}<>"",${G}>${F}),"逾期完成","按时完成"),` +
      `IF(${F}="","进行中",IF(${A}>${F},"逾期未完成",IF(COUNTIFS(${days},">"&${A},${days},"<="&${F})<=${rules.warnDays},"临期","进行中"))))`
    );
  };
  const report = (r: number) => {
    const G = `$G${r}`;
    const H = `$H${r}`;
    // R ≤ Dr = addWd(C, n): fewer than n working days in (C, R); for n = 0, R ≤ C
    const n = rules.reportWithinWorkdays;
    const inTime = n === 0 ? `${H}<=${G}` : `COUNTIFS(${days},">"&${G},${days},"<"&${H})<${n}`;
    return (
      `IF(OR(${G}="",${G}>${A}),"",IF(OR(${H}="",${H}>${A}),"未回报",` +
      `IF(${inTime},"及时回报","未及时回报")))`
    );
  };
  const dateRule = (label: string) => ({
    type: "date" as const,
    errorTitle: label,
    error: `请填写日期，如 ${ds.asOf}`,
  });
  const columns: Column<TaskRow>[] = [
    { header: "编号", kind: "text", width: 12, value: (r) => r.task.id, wrap: false },
    { header: "来源", kind: "text", width: 9, value: (r) => r.task.source },
    { header: "事项", kind: "text", width: 36, value: (r) => r.task.title },
    { header: "职责编码", kind: "text", width: 9, value: (r) => r.task.duty },
    { header: "交办日期", kind: "date", width: 12, value: (r) => dateCell(r.task.assigned) },
    { header: "应完成日", kind: "date", width: 12, value: (r) => dateCell(r.due) },
    {
      header: "完成日期",
      kind: "date",
      width: 12,
      input: true,
      value: (r) => dateCell(r.task.completed),
      validation: dateRule("完成日期"),
    },
    {
      header: "回报日期",
      kind: "date",
      width: 12,
      input: true,
      value: (r) => dateCell(r.task.reported),
      validation: dateRule("回报日期"),
    },
    { header: "状态", kind: "formula", width: 11, formula: status, result: (r) => r?.status ?? "" },
    {
      header: "回报情况",
      kind: "formula",
      width: 11,
      formula: report,
      result: (r) => r?.report ?? "",
    },
    { header: "备注", kind: "text", width: 24, value: (r) => r.task.note },
  ];
  const t = addTable(sheet, { columns, rows, fontSize: CLERK_FONT_SIZE });
  printAreas.set(sheet, areaTo(columns.length, t.lastRecordRow));
  if (rows.length === 0) {
    // the printed page says why it is empty (事项 is not read back: collect reads 编号 and dates)
    sheet.blocks.push({ origin: `${t.col("事项")}2`, cells: [["本月没有交办给本人的事项"]] });
    sheet.formats.push({
      range: `${t.col("事项")}2`,
      style: { font: { name: FONT_BODY, size: CLERK_FONT_SIZE }, locked: true },
    });
  }
  if (rows.length) {
    const range = t.range("状态");
    const top = range.split(":")[0];
    for (const [name, fill] of Object.entries(STATUS_COLORS)) {
      sheet.conditionalFormats.push({
        range,
        formula: `${top.replace(/^([A-Z]+)/, "$$$1")}="${name}"`,
        fill,
        fontColor: STATUS_FONT_COLORS[name as keyof typeof STATUS_FONT_COLORS],
      });
    }
    sheet.conditionalFormats.push({
      range: t.range("回报情况"),
      formula: `${t
        .range("回报情况")
        .split(":")[0]
        .replace(/^([A-Z]+)/, "$$$1")}="未及时回报"`,
      fill: STATUS_COLORS.临期,
      fontColor: STATUS_FONT_COLORS.临期,
    });
  }
  sheet.freeze = { rows: 1, columns: 0 };
  sheet.protection = { allowFormatRows: true, allowFormatColumns: true };
  return sheet;
}

type CheckRow = { finding?: Finding };

function selfCheckSheet(
  ds: Dataset,
  person: string,
  codes: string,
  pick: (code: string | undefined) => string | undefined,
  standards: string,
  spare: number,
  token: string
): SheetModel {
  const sheet = emptySheet(CLERK_SHEET.selfCheck);
  const id = rowIds(token, "S");
  const own = ds.findings.filter((f) => f.person === person && f.source === SELF_CHECK_SOURCE);
  const columns: Column<CheckRow>[] = [
    {
      header: "日期",
      kind: "date",
      width: 12,
      input: true,
      value: (r) => dateCell(r.finding?.date),
      validation: {
        type: "date",
        min: monthStart(ds.month),
        max: monthEnd(ds.month),
        errorTitle: "日期",
        error: `请填写 ${ds.month} 月内的日期`,
      },
    },
    {
      header: "职责编码",
      kind: "text",
      width: DUTY_WIDTH,
      input: true,
      value: (r) => pick(r.finding?.duty),
      validation: dutyValidation(codes),
    },
    { header: "问题", kind: "text", width: 40, input: true, value: (r) => r.finding?.problem },
    {
      header: "扣分标准",
      kind: "text",
      width: 10,
      input: true,
      value: (r) => r.finding?.standard,
      validation: {
        type: "list",
        source: standards,
        errorTitle: "扣分标准",
        error: "请从下拉列表选择扣分标准代码（见“扣分标准”表）",
      },
    },
    {
      header: "扣分",
      kind: "number",
      width: 7,
      input: true,
      value: (r) => r.finding?.points,
      validation: {
        type: "decimal",
        min: 0,
        max: 100,
        errorTitle: "扣分",
        error: "扣分应为 0 到 100 之间的数",
      },
    },
    {
      header: "已整改",
      kind: "text",
      width: 8,
      input: true,
      value: (r) => (r.finding ? (r.finding.rectified ? YES : NO) : undefined),
      validation: {
        type: "list",
        values: [YES, NO],
        errorTitle: "已整改",
        error: "请选择“是”或“否”",
      },
    },
  ];
  const padded: CheckRow[] = [
    ...own.map((finding) => ({ finding })),
    ...Array.from({ length: spare }, () => ({})),
  ];
  const checkIds = padded.map((r) => id(r.finding?.rowId));
  columns.push(rowIdColumn((_, i) => checkIds[i]));
  const t = addTable(sheet, { columns, rows: padded, fontSize: CLERK_FONT_SIZE });
  // beside the table (not read: collect reads the table's own headers), what it holds, live:
  // the printed page says so even when nothing is entered yet
  const entered = own.filter((f) => f.problem).length;
  const noteCol = columns.length + 1;
  const N = colLetter(noteCol);
  const problems = t.range("问题", true);
  sheet.columnWidths[noteCol - 1] = 22;
  sheet.blocks.push({
    origin: `${N}1`,
    cells: [
      ["登记情况"],
      [
        {
          formula: `IF(COUNTA(${problems})=0,"本月尚未登记自查问题","本月已登记自查问题"&COUNTA(${problems})&"项")`,
          result: entered === 0 ? "本月尚未登记自查问题" : `本月已登记自查问题${entered}项`,
        },
      ],
    ],
  });
  sheet.formats.push({
    range: `${N}1`,
    style: { ...STYLE_HEADER, font: { ...STYLE_HEADER.font, size: CLERK_FONT_SIZE } },
  });
  sheet.formats.push({
    range: `${N}2`,
    style: {
      font: { name: FONT_BODY, size: CLERK_FONT_SIZE },
      wrap: true,
      vertical: "top",
      locked: true,
    },
  });
  printAreas.set(sheet, areaTo(noteCol, 1 + own.length));
  sheet.freeze = { rows: 1, columns: 0 };
  sheet.protection = { allowFormatRows: true, allowFormatColumns: true, allowInsertRows: true };
  return sheet;
}

/** The task dates the workbook was generated with (hidden): collect's base for a three-way merge. */
function originalSheet(tasks: Task[]): SheetModel {
  const sheet = emptySheet(CLERK_SHEET.original);
  addTable(sheet, {
    rows: tasks,
    autoHeight: false,
    columns: [
      { header: "编号", kind: "text", width: 12, value: (t) => t.id },
      { header: "完成日期", kind: "date", width: 12, value: (t) => dateCell(t.completed) },
      { header: "回报日期", kind: "date", width: 12, value: (t) => dateCell(t.reported) },
    ],
  });
  sheet.hidden = true;
  sheet.protection = {};
  return sheet;
}
