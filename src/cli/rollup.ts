// gangze rollup MONTH.xlsx… --out FILE.xlsx [--json]: the bureau's 汇总工作簿 from many offices'
// month workbooks. Files are taken one at a time (read, verified, checked, scored; only the
// office's figures are kept), so a hundred offices need the memory of one. A file that cannot be
// read, or repeats an office's month, is listed on 核验 and the others go on.
import * as path from "path";
import { Calendar } from "../domain/calendar";
import { checkDataset, isUnusable, withoutErrors } from "../domain/checks";
import { resolveRules } from "../domain/rules";
import { officeMonth, type OfficeMonth } from "../domain/rollup";
import { WorkbookReadError } from "../workbook/grid";
import { readMonthBook, workbookIssues } from "../workbook/read";
import { buildRollupWorkbook, type VerifyRow } from "../workbook/rollup";
import { describeDifference, verifyMonthBook } from "../workbook/verify";
import { readXlsxLean } from "../xlsx/leanReader";
import { writeXlsx } from "../xlsx/writer";
import { UserError } from "./errors";
import { resolveOutFile, writeOutput } from "./files";
import { readInputFile } from "./input";
import type { Output } from "./output";
import { formatNumber, formatTable } from "./table";

/** How many differing cells 核验 names per file (the count is always complete). */
const NAMED = 5;

interface Taken {
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

export async function runRollup(
  files: string[],
  opts: { out?: string; json: boolean },
  out: Output
): Promise<number> {
  if (files.length === 0) throw new UserError("请给出各单位的月度考核工作簿", 2, { code: "usage" });
  const offices: OfficeMonth[] = [];
  const verification: VerifyRow[] = [];
  const seen = new Map<string, string>();
  for (const [i, file] of files.entries()) {
    out.stderr(`[${i + 1}/${files.length}] ${file}\n`);
    const t = await takeFile(file);
    if (t.office) {
      const key = `${t.office.office}\u0001${t.office.month}`;
      const first = seen.get(key);
      if (first !== undefined) {
        verification.push({
          ...t.row,
          result: "重复",
          detail: `与 ${first} 是同一单位同一月份，未重复汇总`,
        });
        continue;
      }
      seen.set(key, t.row.file);
      offices.push(t.office);
    }
    verification.push(t.row);
  }
  const target = await resolveOutFile(opts.out, path.dirname(files[0]), "汇总工作簿.xlsx");
  await writeOutput(target, await writeXlsx(buildRollupWorkbook({ offices, verification })), files);
  out.stderr(`已写出 ${target}\n`);
  const attention = verification.filter((v) => v.result !== "一致");
  if (opts.json) {
    out.stdout(JSON.stringify({ offices, verification }, null, 2) + "\n");
  } else {
    const rows = offices.map((o) => [
      o.office,
      o.month,
      String(o.people.length),
      o.average === null ? "" : formatNumber(o.average),
      String(o.overdueOpen),
      String(o.missingLogDays),
    ]);
    out.stdout(
      formatTable(["单位", "月份", "人数", "平均分", "逾期未完成", "日志缺报(人日)"], rows, [
        "left",
        "left",
        "right",
        "right",
        "right",
        "right",
      ]) +
        (attention.length
          ? `\n需要注意的文件 ${attention.length} 份：\n` +
            attention.map((v) => `  ${v.file}：${v.result}，${v.detail}`).join("\n") +
            "\n"
          : `\n${verification.length} 份文件核验一致\n`)
    );
  }
  return attention.length ? 1 : 0;
}
