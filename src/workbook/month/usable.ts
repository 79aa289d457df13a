// What the month workbook's formulas can read of a dataset. The reader keeps what a person typed
// even when it is not a date or a number (`10月32日` in 完成日期, `两分` in 扣分), so the
// workbook writes it back as text and nothing is lost. A formula cannot use such a cell: the one
// rule, applied in the formulas (ISNUMBER / N guards) and here for their cached values, is
//   a date or number input cell that holds text counts as empty (a number as 0 where the
//   formula adds it; 是/否 text as 否).
// Records are never dropped here (row i of a sheet is record i): the formulas score every row
// they can read; leaving out records with entry errors is `gangze score`'s business.

import { isISODate } from "../../domain/dates";
import type { Dataset, ISODate } from "../../domain/types";

const date = (d: unknown): d is ISODate => isISODate(d);
const num = (n: unknown): n is number => typeof n === "number" && Number.isFinite(n);

/** A copy without the optional fields `ok` refuses. */
function keep<T extends object>(rec: T, ok: Partial<Record<keyof T, (v: unknown) => boolean>>): T {
  const out = { ...rec };
  for (const k of Object.keys(ok) as (keyof T)[]) {
    if (out[k] !== undefined && out[k] !== null && !ok[k]!(out[k])) delete out[k];
  }
  return out;
}

/** The dataset as the formulas read it (see the rule above); `ds` itself is not changed. */
export function usableDataset(ds: Dataset): Dataset {
  const out: Dataset = {
    ...ds,
    duties: ds.duties.map((d) => ({ ...d, points: num(d.points) ? d.points : 0 })),
    staff: ds.staff.map((s) => keep(s, { start: date })),
    tasks: ds.tasks.map((t) => ({
      ...keep(t, { limitWorkdays: num, due: date, completed: date, reported: date }),
      assigned: date(t.assigned) ? t.assigned : "",
    })),
    logs: ds.logs.map((l) => ({ ...l, date: date(l.date) ? l.date : "" })),
    weeklyPlans: ds.weeklyPlans.map((p) => ({
      ...p,
      weekStart: date(p.weekStart) ? p.weekStart : "",
    })),
    findings: ds.findings.map((f) => ({
      ...f,
      date: date(f.date) ? f.date : "",
      points: num(f.points) ? f.points : 0,
      rectified: f.rectified === true,
      veto: f.veto === true,
    })),
    quotas: ds.quotas.map((q) => ({
      ...keep(q, { annualTarget: num, priorActual: num }),
      target: num(q.target) ? q.target : 0,
      actual: num(q.actual) ? q.actual : 0,
    })),
    bonuses: ds.bonuses.map((b) => ({
      ...b,
      date: date(b.date) ? b.date : "",
      points: num(b.points) ? b.points : 0,
    })),
  };
  if (ds.calendar) {
    out.calendar = {
      ...ds.calendar,
      restDays: (ds.calendar.restDays ?? []).filter(date),
      workDays: (ds.calendar.workDays ?? []).filter(date),
    };
  }
  return out;
}

/** An input cell's value: an ISO date as a date, anything else typed (text) as it is. */
export function dateCell(v: unknown): { date: ISODate } | string | null {
  if (v === undefined || v === null || v === "") return null;
  // a bare number would read as a date serial in the formulas, which the engine does not use
  return date(v) ? { date: v } : String(v);
}

/** A number input cell's value: a number, or the text typed (which the formulas read as empty/0). */
export function numberCell(v: unknown): number | string | null {
  if (v === undefined || v === null || v === "") return null;
  return num(v) ? v : String(v);
}

/** A 是/否 input cell's value: true/false as 是/否, text typed (read as 否) as it is. */
export function yesNoCell(v: unknown, yes: string, no: string): string {
  if (typeof v === "string" && v !== "") return v;
  return v === true ? yes : no;
}
