// The 年度 view's action: the month workbooks the director picked, each read, checked and scored
// from its own entries (yearMonthOf, as `gangze year` does), assembled into one year
// (yearInputOf: a month twice, another office or year refused with the file named), and the
// 年度考核工作簿 the CLI writes. Both hosts read the picked files with ExcelJS; loaded with
// import() on the first use, so neither the pane nor the app chunk carries the year workbook.

import { yearMonthOf, type YearMonthFile } from "../domain/year";
import { WorkbookReadError } from "../workbook/grid";
import { buildYearWorkbook, yearContext, yearFileName, yearInputOf } from "../workbook/year";
import { readMonthWorkbook } from "../xlsx/readWorkbooks";
import { writeXlsx } from "../xlsx/writer";
import type { AppMessages } from "../i18n/appMessages";
import type { FilesMessages } from "../i18n/filesMessages";
import { HostError } from "../office/host";
import type { FileBytes, Progress, YearView } from "./actions";
import { analyse, buildError, readFailureMessage } from "./logic";

export async function yearOf(
  m: AppMessages,
  f: FilesMessages,
  files: readonly FileBytes[],
  options: { excellentRatio?: number },
  progress?: Progress
): Promise<YearView> {
  if (files.length === 0) throw new HostError(f.yearNoFiles());
  const bad = files.find((x) => !/\.xls[xm]$/i.test(x.name));
  if (bad) throw new HostError(f.notXlsx(bad.name));
  const months: YearMonthFile[] = [];
  const notes: string[] = [];
  // one file at a time: only its scores are kept (a year of 12 × 50 people needs one month's memory)
  for (const file of files) {
    progress?.(f.readingMonth(file.name));
    let read;
    try {
      read = await readMonthWorkbook(file.bytes, file.name);
    } catch (error) {
      if (error instanceof WorkbookReadError)
        throw new HostError(f.yearFileRefused(readFailureMessage(m, error, "month")));
      throw error;
    }
    const a = analyse(read, file.name);
    const taken = yearMonthOf(file.name, read.dataset, a.entryIssues);
    if (!taken.ok) throw new HostError(f.yearFileRefused(taken.message.replace(/\n\s*/g, " ")));
    if (taken.month.errors > 0) notes.push(f.yearEntryErrors(file.name, taken.month.errors));
    months.push(taken.month);
  }
  const assembled = yearInputOf(months, options.excellentRatio);
  if (!assembled.ok) throw new HostError(f.yearRefused(assembled.problems));
  const input = assembled.input;
  progress?.(f.buildingYear());
  let model;
  try {
    model = buildYearWorkbook(input);
  } catch (error) {
    throw buildError(m, f.buildingYear(), error);
  }
  const r = yearContext(input).result;
  const name = yearFileName(input.office, r.year);
  return {
    office: input.office,
    year: r.year,
    months: r.months,
    missingMonths: r.missingMonths,
    excellentLimit: r.excellentLimit,
    people: r.people.map((p) => ({
      name: p.name,
      post: p.post,
      months: p.months.map((x) => ({
        month: x.month,
        score: x.score,
        grade: x.grade,
        veto: x.veto,
      })),
      score: p.score,
      grade: p.grade,
      rank: p.rank,
      money: p.money,
      missing: p.missing,
      veto: p.veto,
    })),
    quotas: r.quotas,
    notes,
    file: { name, bytes: await writeXlsx(model) },
    message: f.yearDone(input.office, r.year, r.months.length, r.people.length, r.missingMonths),
  };
}
