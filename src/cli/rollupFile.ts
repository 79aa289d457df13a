// One received month workbook taken for the roll-up (`gangze rollup`): read, verified, checked
// and scored; only its verification row and the office's figures come back. Its own module so a
// roll-up worker thread (rollupWorker.ts) loads this and what it needs, not the roll-up's writer.
import * as path from "path";
import { Calendar } from "../domain/calendar";
import { checkDataset, isUnusable, withoutErrors } from "../domain/checks";
import { resolveRules } from "../domain/rules";
import { officeMonth, type OfficeMonth } from "../domain/rollup";
import { WorkbookReadError } from "../workbook/grid";
import { readMonthBook, workbookIssues } from "../workbook/read";
import type { VerifyRow } from "../workbook/rollup";
import { describeDifference, verifyMonthBook } from "../workbook/verify";
import { readXlsxLean } from "../xlsx/leanReader";
import { UserError } from "./errors";
import { readInputFile } from "./input";

/** How many differing cells 核验 names per file (the count is always complete). */
const NAMED = 5;

export interface Taken {
  office?: OfficeMonth;
  row: VerifyRow;
}

/** One file: verification and the office's figures; never throws for a bad file. */
export async function takeFile(file: string): Promise<Taken> {
  const name = path.basename(file);
  const unusable = (detail: string, office = "", month = ""): Taken => ({
    row: { file: name, office, month, result: "无法读取", differences: 0, detail },
  });
  let grid;
  try {
    grid = await readXlsxLean(new Uint8Array(await readInputFile(file)), name);
  } catch (err) {
    if (err instanceof UserError || err instanceof WorkbookReadError) return unusable(err.message);
    throw err;
  }
  try {
    const read = readMonthBook(grid);
    const ds = read.dataset;
    const calendar = new Calendar(ds.calendar);
    const { entryIssues } = workbookIssues(name, read, checkDataset(ds, { calendar }));
    if (isUnusable(entryIssues)) {
      const why = entryIssues.filter((i) => i.severity === "error" && i.collection === "dataset");
      return unusable(why.map((i) => i.message).join("；"), ds.office, ds.month);
    }
    const report = verifyMonthBook(grid, read);
    const n = report.differences.length;
    const clean = withoutErrors(ds, entryIssues);
    return {
      office: officeMonth(clean, calendar, resolveRules(clean.rules)),
      row: {
        file: name,
        office: ds.office,
        month: ds.month,
        result: n ? "不一致" : "一致",
        differences: n,
        detail: n
          ? report.differences.slice(0, NAMED).map(describeDifference).join("；") +
            (n > NAMED ? `；…共 ${n} 处（gangze verify 列出全部）` : "")
          : `${report.checked} 个公式结果均与录入一致`,
      },
    };
  } catch (err) {
    if (err instanceof WorkbookReadError) return unusable(err.message);
    if (err instanceof RangeError) return unusable(`无法按录入重新计算：${err.message}`);
    throw err;
  }
}
