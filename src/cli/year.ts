// gangze year MONTH.xlsx… --out FILE.xlsx [--json]: the 年度考核工作簿 from the office's month
// workbooks (or their exports, or JSON datasets) of one year. Each file is read, checked and
// scored from its own entries one at a time (only its results are kept), then the year is
// assessed and written.
import * as path from "path";
import { isUnusable, withoutErrors } from "../domain/checks";
import { resolveRules } from "../domain/rules";
import type { Rules } from "../domain/types";
import { monthScoresOf, yearFileProblems, type MonthScores, type YearResult } from "../domain/year";
import { buildYearWorkbook, yearContext } from "../workbook/year";
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

interface MonthFile {
  file: string;
  office: string;
  scores: MonthScores;
  rules: Rules;
}

/** Reads, checks and scores one month file; unusable month/基准日/rules refuse it by name. */
export async function scoreMonthFile(file: string, out: Output): Promise<MonthFile> {
  const checked = await loadAndCheck(file);
  const { input, calendar, entryIssues } = checked;
  if (isUnusable(entryIssues)) {
    const why = entryIssues
      .filter((i) => i.severity === "error" && i.collection === "dataset")
      .map((i) => "  " + i.message);
    throw new UserError(`${file} 无法评分：\n${why.join("\n")}`, 2, { path: file });
  }
  const errors = checked.issues.filter((i) => i.severity === "error").length;
  if (errors > 0)
    out.stderr(`${file}：${errors} 处录入错误，相关记录未计分；运行 gangze check ${file} 查看\n`);
  try {
    const ds = withoutErrors(input.dataset, entryIssues);
    const rules = resolveRules(ds.rules);
    return { file, office: ds.office, scores: monthScoresOf(ds, calendar, rules), rules };
  } catch (err) {
    if (err instanceof RangeError)
      throw new UserError(`${file}：考核标准有误：${err.message}`, 2, { path: file });
    throw err;
  }
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
  const months: MonthFile[] = [];
  for (const file of files) {
    out.stderr(`读取 ${file}\n`);
    months.push(await scoreMonthFile(file, out));
  }
  const problems = yearFileProblems(
    months.map((m) => ({ file: m.file, office: m.office, month: m.scores.month }))
  );
  if (problems.length)
    throw new UserError(`这些文件不能合成一个年度：\n${problems.map((p) => "  " + p).join("\n")}`);
  const latest = months.reduce((a, b) => (b.scores.month > a.scores.month ? b : a));
  const office = months[0].office;
  const input = {
    office,
    months: months.map((m) => m.scores),
    rules: latest.rules,
    ...(opts.excellentRatio ? { excellentRatio: opts.excellentRatio } : {}),
  };
  const result = yearContext(input).result;
  const name = safeFileName(`${office}-${result.year}-年度考核.xlsx`);
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
