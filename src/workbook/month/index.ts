// 月度考核工作簿 (the director's office month workbook, SPEC §5.2) as a workbook description:
// inputs, dropdowns, live formulas over the 日历 and 考核标准 sheets, and as cached results the
// numbers of the TypeScript rules engine, so the file shows the same values before and after any
// recalculation (tests/workbook/parity.test.ts recalculates it in LibreOffice).

import type { Calendar } from "../../domain/calendar";
import type { Dataset } from "../../domain/types";
import type { DefinedName, WorkbookModel } from "../model";
import { monthContext } from "./context";
import { bonusesSheet, findingsSheet, logsSheet, plansSheet, quotasSheet } from "./records";
import { detailSheet, noticeSheet, overdueSheet, summarySheet } from "./results";
import { dutiesSheet, staffSheet } from "./roster";
import { calcSheet, calendarSheet, readmeSheet, rulesSheet } from "./settings";
import { tasksSheet } from "./tasks";
import { weekDetailSheet, weeklySheet } from "./weekly";

export const MONTH_WORKBOOK_TITLE = "月度考核工作簿";
export { MONTH_NAMES, RULE_NAMES } from "./names";
export { CALC_SHEET } from "./settings";
export { WEEK_DETAIL_SHEET } from "./weekly";
export { usableDataset } from "./usable";

export interface MonthWorkbookOptions {
  /** the calendar the 日历 sheet lists (default: the State Council data + ds.calendar) */
  calendar?: Calendar;
  /** the workbook emailed upward: 基准日 is locked (it is a fixed date either way; no TODAY()) */
  exportMode?: boolean;
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
  const detail = detailSheet(ctx, {
    dutyCodes: duties.layout.codes,
    dutyPoints: duties.layout.points,
    tasks: tasks.layout,
    findings: findings.layout,
  });
  const summary = summarySheet(ctx, {
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
  const notice = noticeSheet(ctx, summary.layout);
  const overdue = overdueSheet(ctx, tasks.layout);
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
      overdue,
      weekDetail.sheet,
      calc.sheet,
    ],
    definedNames: names,
  };
}
