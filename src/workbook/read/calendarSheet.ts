// 日历 → calendar overrides. A row counts only where it differs from the State Council calendar:
// the office's extra rest or duty days. A year the official data lacks is taken as entered by
// the office when any of its rows has a 类型; its weekday rest days and weekend working days
// are then that year's complete list of exceptions (CalendarOverrides.years).

import { Calendar } from "../../domain/calendar";
import { weekday } from "../../domain/dates";
import type { CalendarOverrides, ISODate } from "../../domain/types";
import type { WorkbookGrid } from "../grid";
import { dateValue, report, textValue, type CellCtx } from "./cells";
import { findTable, reportMerges, type ReadCtx } from "./table";

const WORKING = new Set(["工作日", "调休上班"]);
const RESTING = new Set(["休息日", "节假日"]);

export interface CalendarRead {
  calendar: CalendarOverrides;
  /** sheet row of restDays[i] / workDays[i] */
  rows: { restDays: number[]; workDays: number[] };
  columns: { date: string };
}

export function readCalendarSheet(book: WorkbookGrid, ctx: ReadCtx, sheet: string): CalendarRead {
  const t = findTable(book, sheet, ["日期", "类型"]);
  const official = new Calendar();
  const out: CalendarRead = {
    calendar: { restDays: [], workDays: [] },
    rows: { restDays: [], workDays: [] },
    columns: { date: t.columns["日期"] },
  };
  const ownYears = new Set<number>();
  const seen = new Set<ISODate>();
  for (const row of t.rows) {
    const base = {
      file: ctx.file,
      sheet,
      issues: ctx.issues,
      year: ctx.year,
      collection: "calendar" as const,
    };
    const date = dateValue({ ...base, label: "日期" } as CellCtx, row.cells["日期"]);
    const type = textValue({ ...base, label: "类型" } as CellCtx, row.cells["类型"]);
    if (date === undefined || type === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    if (!WORKING.has(type) && !RESTING.has(type)) {
      report(
        { ...base, label: "类型" } as CellCtx,
        row.cells["类型"],
        "error",
        "invalid-day-type",
        `类型“${type}”不是可选值（工作日、休息日、节假日、调休上班）`,
        "从下拉列表选择类型"
      );
      continue;
    }
    if (seen.has(date)) continue;
    seen.add(date);
    const working = WORKING.has(type);
    const y = +date.slice(0, 4);
    let expected: boolean;
    if (official.covers(y)) expected = official.isWorkday(date);
    else {
      ownYears.add(y);
      expected = weekday(date) <= 5;
    }
    if (working === expected) continue;
    const list = working ? "workDays" : "restDays";
    out.calendar[list].push(date);
    out.rows[list].push(row.row);
  }
  if (ownYears.size) out.calendar.years = [...ownYears].sort((a, b) => a - b);
  reportMerges(ctx, t, undefined, []);
  return out;
}
