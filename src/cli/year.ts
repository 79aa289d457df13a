// gangze year MONTH.xlsx… --out FILE.xlsx [--json]: the 年度考核工作簿 from the office's month
// workbooks (or their exports, or JSON datasets) of one year. Each file is read, checked and
// scored from its own entries one at a time (only its results are kept), then the year is
// assessed and written. The host-independent steps (yearMonthOf, yearInputOf) are shared with
// the task pane's 年度 view.
import * as path from "path";
import { yearMonthOf, type YearMonthFile, type YearResult } from "../domain/year";
import { buildYearWorkbook, yearContext, yearFileName, yearInputOf } from "../workbook/year";
import { writeXlsx } from "../xlsx/writer";
import { UserError } from "./errors";
import { resolveOutFile, safeFileName, writeOutput } from "./files";
import { loadAndCheck } from "./input";
import type { Output } from "./output";
import { formatNumber, formatTable } from "./table";

export interface YearOptions {
  out?: string;
  json: boolean;
  excellentRatio?: number;
}

/** Reads, checks and scores one month file; unusable month/基准日/rules refuse it by name. */
export async function scoreMonthFile(file: string, out: Output): Promise<YearMonthFile> {
  const checked = await loadAndCheck(file);
  const taken = yearMonthOf(file, checked.input.dataset, checked.entryIssues, checked.calendar);
  if (!taken.ok) throw new UserError(taken.message, 2, { path: file });
  const errors = checked.issues.filter((i) => i.severity === "error").length;
  if (errors > 0)
    out.stderr(`${file}：${errors} 处录入错误，相关记录未计分；运行 gangze check ${file} 查看\n`);
  return taken.month;
}

/** JSON of SPEC §8, with the months missing and quota progress besides. */
export function yearJson(office: string, r: YearResult): unknown {
  return {
    year: r.year,
    office,
    months: r.months,
    missingMonths: r.missingMonths,
    excellentLimit: r.excellentLimit,
    people: r.people.map((p) => ({
      name: p.name,
      post: p.post,
      months: p.months.map((m) => ({ month: m.month, score: m.score, grade: m.grade })),
      score: p.score,
      grade: p.grade,
      rank: p.rank,
      money: p.money,
      missing: p.missing,
    })),
    quotas: r.quotas,
  };
}

export async function runYear(files: string[], opts: YearOptions, out: Output): Promise<number> {
  if (files.length === 0)
    throw new UserError("请给出一年中各月的月度考核工作簿", 2, { code: "usage" });
  const months: YearMonthFile[] = [];
  for (const file of files) {
    out.stderr(`读取 ${file}\n`);
    months.push(await scoreMonthFile(file, out));
  }
  const assembled = yearInputOf(months, opts.excellentRatio);
  if (!assembled.ok)
    throw new UserError(
      `这些文件不能合成一个年度：\n${assembled.problems.map((p) => "  " + p).join("\n")}`
    );
  const { input } = assembled;
  const office = input.office;
  const result = yearContext(input).result;
  const name = safeFileName(yearFileName(office, result.year));
  const target = await resolveOutFile(opts.out, path.dirname(files[0]), name);
  await writeOutput(target, await writeXlsx(buildYearWorkbook(input)), files);
  out.stderr(`已写出 ${target}\n`);
  if (result.missingMonths.length)
    out.stderr(`注意：缺少 ${result.missingMonths.join("、")} 的工作簿，年度得分按已有月份计算\n`);
  if (opts.json) out.stdout(JSON.stringify(yearJson(office, result), null, 2) + "\n");
  else out.stdout(formatYear(office, result));
  return 0;
}

export function formatYear(office: string, r: YearResult): string {
  const label = (m: string) => `${+m.slice(5, 7)}月`;
  const rows = [...r.people]
    .sort((a, b) => a.rank - b.rank)
    .map((p) => [
      String(p.rank),
      p.name,
      p.post,
      String(p.months.length),
      formatNumber(p.score),
      p.grade,
      formatNumber(p.money),
      p.missing.map(label).join("、"),
    ]);
  const head =
    `${office} ${r.year} 年度考核：${r.months.map(label).join("、")}，共 ${r.people.length} 人` +
    (r.excellentLimit !== null ? `，优秀名额 ${r.excellentLimit}` : "") +
    "\n";
  return (
    head +
    formatTable(
      ["名次", "姓名", "岗位", "月数", "年度得分", "等级", "奖惩(元)", "未考核月份"],
      rows,
      ["right", "left", "left", "right", "right", "left", "right", "left"]
    )
  );
}
