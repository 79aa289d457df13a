// 月度考核工作簿 (the director's office month workbook, SPEC §5.2) as a workbook description:
// inputs, dropdowns, live formulas over the 日历 and 考核标准 sheets, and as cached results the
// numbers of the TypeScript rules engine, so the file shows the same values before and after any
// recalculation (tests/workbook/parity.test.ts recalculates it in LibreOffice).

import type { Calendar } from "../../domain/calendar";
import type { Dataset } from "../../domain/types";
import type { DefinedName, WorkbookModel } from "../model";
import { MONTH_SHEETS } from "../sheets";
import { monthContext } from "./context";
import {
  bonusesSheet,
  findingsSheet,
  logsSheet,
  plansSheet,
  quotasSheet,
  useLogView,
} from "./records";
import { noticeSheet, WEEK_NOTICE_SHEET, weekNoticeSheet } from "./notice";
import { PAYOUT_SHEET, payoutSheet } from "./payout";
import { PERSON_SHEET, personSheet } from "./personSheet";
import { detailSheet, overdueSheet, summarySheet } from "./results";
import { dutiesSheet, staffSheet } from "./roster";
import { calcSheet, calendarSheet, readmeSheet, rulesSheet } from "./settings";
import { monthViewSpecs, sortedViewSheet, type SourceTable } from "./sortedView";
import { tasksSheet, weekHeader } from "./tasks";
import { weekDetailSheet, weeklySheet } from "./weekly";

export const MONTH_WORKBOOK_TITLE = "月度考核工作簿";
export { MONTH_NAMES, RULE_NAMES } from "./names";
export { CALC_SHEET } from "./settings";
export { WEEK_DETAIL_SHEET } from "./weekly";
export { WEEK_NOTICE_SHEET } from "./notice";
export { PERSON_SHEET } from "./personSheet";
export { PAYOUT_SHEET } from "./payout";
export { usableDataset } from "./usable";

export interface MonthWorkbookOptions {
  /** the calendar the 日历 sheet lists (default: the State Council data + ds.calendar) */
  calendar?: Calendar;
  /** the workbook emailed upward: 基准日 is locked (it is a fixed date either way; no TODAY()) */
  exportMode?: boolean;
  /** the week 周公示 shows (1-based; default the last week begun by 基准日) */
  noticeWeek?: number;
}

/**
 * The month workbook of a dataset. Text in a record's date or number field is written back as
 * text and counts as empty in the formulas and their cached values (usable.ts). A year without
 * State Council data is listed provisional (暂定) in 日历 and the results say so. Throws
 * RangeError for unusable rules or a 考核月份/基准日 that is not a date.
 */
export function buildMonthWorkbook(ds: Dataset, opts?: MonthWorkbookOptions): WorkbookModel {
  const ctx = monthContext(ds, opts);
  const names: DefinedName[] = [];
  const readme = readmeSheet(ctx, names);
  const calc = calcSheet(ctx, names);
  const rules = rulesSheet(ctx, names);
  const calendar = calendarSheet(ctx, names);
  const duties = dutiesSheet(ctx, calc.layout.posts);
  const staff = staffSheet(ctx, calc.layout.posts);
  const lists = {
    codes: duties.layout.codes,
    names: staff.layout.names,
    standards: rules.layout.standardCodes,
  };
  const tasks = tasksSheet(ctx, lists, calc.layout);
  const logs = logsSheet(ctx, lists);
  const plans = plansSheet(ctx, lists);
  const findings = findingsSheet(ctx, lists);
  const quotas = quotasSheet(ctx, lists);
  const bonuses = bonusesSheet(ctx, lists);
  const source = (
    sheet: typeof tasks.sheet,
    person: string,
    range: (h: string) => string,
    persons: string[]
  ): SourceTable => ({
    sheet,
    person,
    range,
    records: persons.length,
    slots: sheet.blocks[0].cells.length - 1,
    personOf: (i) => persons[i] ?? "",
  });
  const view = sortedViewSheet(
    ctx,
    monthViewSpecs(
      ctx,
      {
        tasks: {
          ...source(
            tasks.sheet,
            "责任人",
            tasks.layout.range,
            ctx.typed.tasks.map((t) => t.owner)
          ),
          sub: { header: "职责编码", of: (i) => ctx.typed.tasks[i]?.duty ?? "" },
        },
        findings: {
          ...source(
            findings.sheet,
            "被检查人",
            findings.layout.range,
            ctx.typed.findings.map((f) => f.person)
          ),
          sub: { header: "职责编码", of: (i) => ctx.typed.findings[i]?.duty ?? "" },
        },
        logs: source(
          logs.sheet,
          "姓名",
          logs.layout.range,
          ctx.typed.logs.map((l) => l.person)
        ),
        quotas: source(
          quotas.sheet,
          "姓名",
          quotas.layout.range,
          ctx.typed.quotas.map((q) => q.person)
        ),
        bonuses: source(
          bonuses.sheet,
          "姓名",
          bonuses.layout.range,
          ctx.typed.bonuses.map((b) => b.person)
        ),
      },
      ctx.weeks.map((_, w) => weekHeader(w))
    ),
    names
  );
  useLogView(logs.sheet, view.tables.logs);
  const detail = detailSheet(ctx, {
    view: view.tables,
    dutyCodes: duties.layout.codes,
    dutyPoints: duties.layout.points,
    tasks: tasks.layout,
    findings: findings.layout,
  });
  const summary = summarySheet(ctx, {
    view: view.tables,
    staffNames: staff.layout.names,
    staffStarts: staff.layout.starts,
    detail: detail.layout,
    tasks: tasks.layout,
    findings: findings.layout,
    logs: logs.layout,
    quotas: quotas.layout,
    bonuses: bonuses.layout,
  });
  const weekRefs = {
    view: view.tables,
    calc: calc.layout,
    tasks: tasks.layout,
    findings: findings.layout,
    logs: logs.layout,
    bonuses: bonuses.layout,
    detail: detail.layout,
    summary: summary.layout,
  };
  const weekDetail = weekDetailSheet(ctx, weekRefs);
  const weekly = weeklySheet(ctx, weekRefs, weekDetail);
  const noticeRefs = {
    summary: summary.layout,
    findings: findings.layout,
    findingsView: view.tables.findings,
    calc: calc.layout,
  };
  const notice = noticeSheet(ctx, noticeRefs);
  const weekNotice = weekNoticeSheet(
    ctx,
    noticeRefs,
    opts?.noticeWeek === undefined ? undefined : opts.noticeWeek - 1
  );
  const persons = personSheet(ctx, {
    summary: summary.layout,
    detail: detail.layout,
    tasks: tasks.layout,
    findings: findings.layout,
    quotas: quotas.layout,
  });
  const payout = payoutSheet(ctx, summary.layout);
  const overdue = overdueSheet(ctx, tasks.layout, view.tables.tasks, names);
  return {
    title: MONTH_WORKBOOK_TITLE,
    sheets: [
      readme,
      duties.sheet,
      staff.sheet,
      calendar.sheet,
      rules.sheet,
      tasks.sheet,
      logs.sheet,
      plans,
      findings.sheet,
      quotas.sheet,
      bonuses.sheet,
      detail.sheet,
      summary.sheet,
      weekly,
      notice,
      weekNotice,
      persons,
      payout,
      overdue,
      weekDetail.sheet,
      calc.sheet,
      view.sheet,
    ],
    definedNames: names,
  };
}

export const NOTICE_SHEETS = {
  month: [MONTH_SHEETS.notice, PERSON_SHEET, PAYOUT_SHEET],
  week: [WEEK_NOTICE_SHEET],
} as const;

/**
 * The results to post and sign, printable alone (`gangze notice`): the month workbook with 公示,
 * 个人考核单 and 奖惩发放表 (or 周公示 of week `week`, 1-based) in front and every other sheet
 * hidden and without print setup, so the formulas stay live and only the notice prints.
 * Throws RangeError for a week the month does not have or that has not begun by 基准日.
 */
export function buildNoticeWorkbook(
  ds: Dataset,
  opts: { week?: number; calendar?: Calendar } = {}
): WorkbookModel {
  if (opts.week !== undefined) {
    const ctx = monthContext(ds, { calendar: opts.calendar });
    const n = ctx.weeks.length;
    if (!Number.isInteger(opts.week) || opts.week < 1 || opts.week > n)
      throw new RangeError(`${ds.month} 只有第 1 到第 ${n} 周，没有第 ${opts.week} 周`);
    if (!ctx.scored[opts.week - 1])
      throw new RangeError(
        `第 ${opts.week} 周（${ctx.weeks[opts.week - 1].start} 起）在基准日 ${ds.asOf} 之后，还没有考核结果`
      );
  }
  const model = buildMonthWorkbook(ds, { calendar: opts.calendar, noticeWeek: opts.week });
  const front: readonly string[] =
    opts.week === undefined ? NOTICE_SHEETS.month : NOTICE_SHEETS.week;
  const shown = front.map((name) => model.sheets.find((s) => s.name === name)!);
  const rest = model.sheets.filter((s) => !front.includes(s.name));
  for (const s of rest) {
    s.hidden = true;
    delete s.print; // LibreOffice prints a hidden sheet that has a print area
  }
  return {
    ...model,
    title: opts.week === undefined ? "考核结果公示" : "周考核结果公示",
    sheets: [...shown, ...rest],
  };
}
