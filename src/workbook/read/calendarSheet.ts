// 日历 → calendar overrides. The year table on the right (年份 状态 依据) says where each year's
// days come from: a year without shipped State Council data is complete only when its 状态 is
// 完整 — imported from the notice (依据 国务院办公厅通知…导入) or declared by the office — and
// provisional (暂定) otherwise, whatever rows were typed. Rows then count where they differ from
// that year's base: the office's extra rest or duty days. For an imported year the 节假日 and
// 调休上班 rows are the notice itself (kept with their 说明 as the holiday's name).

import { Calendar } from "../../domain/calendar";
import { OFFICIAL_YEARS } from "../../domain/calendar/holidays";
import { weekday } from "../../domain/dates";
import type { CalendarNotice, CalendarOverrides, ISODate } from "../../domain/types";
import type { WorkbookGrid } from "../grid";
import { dateValue, numberValue, report, textValue, type CellCtx } from "./cells";
import { findTable, reportMerges, type ReadCtx } from "./table";

const WORKING = new Set(["工作日", "调休上班"]);
const RESTING = new Set(["休息日", "节假日"]);
const OFFICIAL = new Set(OFFICIAL_YEARS);

export interface CalendarRead {
  calendar: CalendarOverrides;
  /** sheet row of restDays[i] / workDays[i] */
  rows: { restDays: number[]; workDays: number[] };
  columns: { date: string };
}

/** 依据 of a year imported from the State Council notice (context.ts sourceText). */
function isImported(source: string | undefined): boolean {
  return !!source && source.includes("导入");
}

interface DayRow {
  date: ISODate;
  type: string;
  name?: string;
  row: number;
}

export function readCalendarSheet(book: WorkbookGrid, ctx: ReadCtx, sheet: string): CalendarRead {
  const t = findTable(book, sheet, ["日期", "类型"], { optional: ["说明"] });
  const base = {
    file: ctx.file,
    sheet,
    issues: ctx.issues,
    year: ctx.year,
    collection: "calendar" as const,
  };
  const cell = (label: string) => ({ ...base, label }) as CellCtx;

  // the year table (absent in workbooks made before it existed: every such year is provisional)
  const declared = new Set<number>();
  const imported = new Set<number>();
  const yt = findTable(book, sheet, [], { optional: ["年份", "状态", "依据"] });
  if (yt.columns["年份"] && yt.columns["状态"]) {
    for (const row of yt.rows) {
      const y = numberValue(cell("年份"), row.cells["年份"]);
      const state = textValue(cell("状态"), row.cells["状态"]);
      if (typeof y !== "number" || !Number.isInteger(y) || OFFICIAL.has(y)) continue;
      if (state !== "完整") continue;
      const source = row.cells["依据"] ? textValue(cell("依据"), row.cells["依据"]) : undefined;
      (isImported(source) ? imported : declared).add(y);
    }
  }

  const days: DayRow[] = [];
  const seen = new Set<ISODate>();
  for (const row of t.rows) {
    const date = dateValue(cell("日期"), row.cells["日期"]);
    const type = textValue(cell("类型"), row.cells["类型"]);
    if (date === undefined || type === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    if (!WORKING.has(type) && !RESTING.has(type)) {
      report(
        cell("类型"),
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
    const name = row.cells["说明"] ? textValue(cell("说明"), row.cells["说明"]) : undefined;
    days.push({ date, type, row: row.row, ...(name ? { name } : {}) });
  }

  // an imported year's notice: its 节假日 and weekend 调休上班 rows
  const notices = new Map<number, CalendarNotice>();
  for (const d of days) {
    const y = +d.date.slice(0, 4);
    if (!imported.has(y)) continue;
    const isHoliday = d.type === "节假日";
    const isMakeup = d.type === "调休上班" && weekday(d.date) >= 6;
    if (!isHoliday && !isMakeup) continue;
    let n = notices.get(y);
    if (!n) notices.set(y, (n = { year: y, holidays: [], workdays: [], names: {} }));
    (isHoliday ? n.holidays : n.workdays).push(d.date);
    if (d.name) n.names![d.date] = d.name;
  }
  for (const y of imported) if (!notices.has(y)) declared.add(y); // 完整 with no notice rows

  const out: CalendarRead = {
    calendar: { restDays: [], workDays: [] },
    rows: { restDays: [], workDays: [] },
    columns: { date: t.columns["日期"] },
  };
  const years = [...declared].sort((a, b) => a - b);
  if (years.length) out.calendar.years = years;
  const list = [...notices.values()].sort((a, b) => a.year - b.year);
  if (list.length) out.calendar.notices = list;
  // each row against its year's base: shipped data, the notice, Mon–Fri (declared) or 暂定
  const baseCal = new Calendar({ restDays: [], workDays: [], years, notices: list });
  for (const d of days) {
    const working = WORKING.has(d.type);
    if (working === baseCal.isWorkday(d.date)) continue;
    const key = working ? "workDays" : "restDays";
    out.calendar[key].push(d.date);
    out.rows[key].push(d.row);
  }
  reportMerges(ctx, t, undefined, []);
  return out;
}
