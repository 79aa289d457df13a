// Entering a parsed State Council notice into a dataset's calendar: the one operation behind
// `gangze calendar --into` and the task pane's 日历 view. The notice replaces any earlier notice
// of its year (a corrected notice wins) and makes the year complete; the office's own extra rest
// and duty days are kept, as every other entry of the dataset.

import type { CalendarOverrides, Dataset } from "../types";
import type { ParsedNotice } from "./notice";

export function withNotice(
  calendar: CalendarOverrides | undefined,
  notice: ParsedNotice
): CalendarOverrides {
  const names: Record<string, string> = {};
  for (const d of notice.days) names[d.date] = d.holiday;
  const others = (calendar?.notices ?? []).filter((n) => n.year !== notice.year);
  return {
    ...(calendar ?? {}),
    restDays: [...(calendar?.restDays ?? [])],
    workDays: [...(calendar?.workDays ?? [])],
    notices: [
      ...others,
      {
        year: notice.year,
        holidays: [...notice.holidays],
        workdays: [...notice.workdays],
        names,
      },
    ].sort((a, b) => a.year - b.year),
  };
}

/** The dataset with the notice entered (nothing else changes). */
export function datasetWithNotice(ds: Dataset, notice: ParsedNotice): Dataset {
  return { ...ds, calendar: withNotice(ds.calendar, notice) };
}
