// Workbook figures: write the month workbook and every clerk workbook; read, check and score.
import { Calendar } from "../src/domain/calendar";
import { checkDataset, withoutErrors } from "../src/domain/checks";
import { monthEnd, monthStart } from "../src/domain/dates";
import { scoreMonth } from "../src/domain/scoring";
import type { Dataset } from "../src/domain/types";
import { buildClerkWorkbook } from "../src/workbook/clerk";
import { buildMonthWorkbook } from "../src/workbook/month";
import { cellIssuesAsEntryIssues } from "../src/workbook/read";
import { readMonthBook } from "../src/workbook/read/month";
import { readXlsxLean } from "../src/xlsx/leanReader";
import { readMonthWorkbook } from "../src/xlsx/readWorkbooks";
import { writeXlsx } from "../src/xlsx/writer";
import { syntheticYear } from "./domainData";

/** One month of the synthetic office: its entries only. */
export function syntheticMonth(people: number, month = "2026-10", logsPerDay = 5): Dataset {
  const year = syntheticYear(people, 1, logsPerDay);
  const [from, to] = [monthStart(month), monthEnd(month)];
  const inMonth = (d: string) => d >= from && d <= to;
  return {
    ...year,
    month,
    asOf: to,
    logs: year.logs.filter((l) => inMonth(l.date)),
    tasks: year.tasks.filter((t) => inMonth(t.assigned)),
    findings: year.findings.filter((f) => inMonth(f.date)),
  };
}

async function ms<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, value };
}

export async function benchWorkbooks(people: number): Promise<string[]> {
  const ds = syntheticMonth(people);
  const calendar = new Calendar();
  const write = await ms(async () => {
    const month = await writeXlsx(buildMonthWorkbook(ds, { calendar }));
    let clerkBytes = 0;
    for (const s of ds.staff)
      clerkBytes += (await writeXlsx(buildClerkWorkbook(ds, s.name))).length;
    return { month, clerkBytes };
  });
  const score = (r: Awaited<ReturnType<typeof readMonthWorkbook>>): number => {
    const issues = checkDataset(r.dataset, { calendar: new Calendar(r.dataset.calendar) });
    const clean = withoutErrors(r.dataset, [...cellIssuesAsEntryIssues(r.issues), ...issues]);
    return scoreMonth(clean, { calendar }).month.people.length;
  };
  // what `gangze check` / `score` do: the lean reader; ExcelJS's full load is their fallback for
  // a file the lean reader cannot open (and what `collect` and the writers use)
  const read = await ms(async () =>
    score(readMonthBook(await readXlsxLean(write.value.month, "bench.xlsx")))
  );
  const full = await ms(async () =>
    score(await readMonthWorkbook(write.value.month, "bench.xlsx"))
  );
  return [
    `${people} people, ${ds.logs.length} log rows, ${ds.tasks.length} tasks, ${ds.findings.length} findings:`,
    `  write month workbook + ${ds.staff.length} clerk workbooks: ${write.ms.toFixed(0)} ms (goal < 3000 ms)`,
    `  month workbook size: ${(write.value.month.length / 1024).toFixed(0)} KB (goal < 500 KB); clerk workbooks ${(write.value.clerkBytes / 1024).toFixed(0)} KB in all`,
    `  read + check + score the month workbook: ${read.ms.toFixed(0)} ms (goal < 1000 ms), ${read.value} people scored; with ExcelJS's full load (the fallback) ${full.ms.toFixed(0)} ms`,
  ];
}
