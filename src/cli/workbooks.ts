// The CLI's workbook commands (SPEC §8): month, build, collect, export.
import * as path from "path";
import { Calendar } from "../domain/calendar";
import { carryOver } from "../domain/carryOver";
import { isMonthKey, monthEnd } from "../domain/dates";
import { defaultHandbook, defaultStaff } from "../domain/defaultOffice";
import type { Dataset } from "../domain/types";
import { buildClerkWorkbook } from "../workbook/clerk";
import type { ClerkRead } from "../workbook/clerk";
import { collect } from "../workbook/collect";
import { buildMonthWorkbook } from "../workbook/month";
import type { WorkbookModel } from "../workbook/model";
import { WorkbookReadError } from "../workbook/grid";
import { readClerkWorkbook } from "../xlsx/readWorkbooks";
import { writeXlsx } from "../xlsx/writer";
import { UserError } from "./errors";
import { backupCopy, resolveOutFile, safeFileName, writeOutput } from "./files";
import { readCatalog, readStaff } from "./sources";
import { loadAndCheck, loadInput, readInputFile } from "./input";
import type { Output } from "./output";

export function monthFileName(ds: Pick<Dataset, "office" | "month">): string {
  return safeFileName(`${ds.office}-${ds.month}-月度考核.xlsx`);
}

export function exportFileName(ds: Pick<Dataset, "office" | "month">): string {
  return safeFileName(`${ds.office}-${ds.month}-月度考核（上报）.xlsx`);
}

export function clerkFileName(ds: Pick<Dataset, "month">, person: string): string {
  return safeFileName(`${ds.month}-${person}-个人工作日志.xlsx`);
}

/** Builds a workbook, turning bad rules into the user's message. */
export function buildOrExplain(file: string, build: () => WorkbookModel): WorkbookModel {
  try {
    return build();
  } catch (err) {
    if (err instanceof RangeError) throw new UserError(`${file}：${err.message}`);
    throw err;
  }
}

/** The month workbook and one log workbook per person, into `outDir`. */
export async function writeMonthFiles(
  ds: Dataset,
  outDir: string,
  out: Output,
  inputs: string[] = []
): Promise<string[]> {
  const calendar = new Calendar(ds.calendar);
  const monthFile = path.join(outDir, monthFileName(ds));
  const model = buildOrExplain(monthFile, () => buildMonthWorkbook(ds, { calendar }));
  await writeOutput(monthFile, await writeXlsx(model), inputs, { overwrite: false });
  out.stderr(`已写出 ${monthFile}\n`);
  const written = [monthFile];
  const clerkDir = path.join(outDir, "个人工作日志");
  for (const s of ds.staff) {
    const file = path.join(clerkDir, clerkFileName(ds, s.name));
    const clerk = buildOrExplain(file, () => buildClerkWorkbook(ds, s.name));
    await writeOutput(file, await writeXlsx(clerk), inputs);
    written.push(file);
  }
  out.stderr(`已写出 ${ds.staff.length} 份个人工作日志到 ${clerkDir}\n`);
  return written;
}

export interface MonthOptions {
  from?: string;
  catalog?: string;
  staff?: string;
  out?: string;
}

/** gangze month YYYY-MM [--from PREVIOUS.xlsx] [--catalog FILE] [--staff FILE] --out DIR */
export async function runMonth(month: string, opts: MonthOptions, out: Output): Promise<number> {
  if (!isMonthKey(month)) throw new UserError(`月份应写成 YYYY-MM，例如 2026-11，实际为“${month}”`);
  let ds: Dataset;
  if (opts.from) {
    const prev = await loadInput(opts.from);
    if (prev.dataset.month >= month) {
      throw new UserError(
        `--from 的工作簿是 ${prev.dataset.month} 月的，不能结转到更早或同一个月 ${month}`
      );
    }
    ds = carryOver(prev.dataset, month);
    out.stderr(
      `从 ${opts.from} 结转：${ds.staff.length} 人，${ds.tasks.length} 项未完成事项，${ds.quotas.length} 项月度指标\n`
    );
  } else {
    const hb = defaultHandbook();
    ds = {
      office: hb.office,
      month,
      asOf: monthEnd(month),
      posts: hb.posts,
      duties: hb.duties,
      staff: defaultStaff(),
      tasks: [],
      logs: [],
      weeklyPlans: [],
      findings: [],
      quotas: [],
      bonuses: [],
    };
  }
  if (opts.catalog) {
    const hb = await readCatalog(opts.catalog, ds.office);
    ds = { ...ds, office: hb.office, posts: hb.posts, duties: hb.duties };
  }
  if (opts.staff) ds = { ...ds, staff: await readStaff(opts.staff) };
  await writeMonthFiles(
    ds,
    opts.out ?? month,
    out,
    [opts.from, opts.catalog, opts.staff].filter((f): f is string => !!f)
  );
  return 0;
}

/** gangze build DATA.json --out FILE.xlsx */
export async function runBuild(
  file: string,
  outFile: string | undefined,
  out: Output
): Promise<number> {
  const input = await loadInput(file);
  const target = await resolveOutFile(outFile, path.dirname(file), monthFileName(input.dataset));
  const model = buildOrExplain(file, () => buildMonthWorkbook(input.dataset));
  await writeOutput(target, await writeXlsx(model), [file]);
  out.stderr(`已写出 ${target}\n`);
  return 0;
}

/** gangze collect MONTH.xlsx LOG.xlsx… [--out FILE] */
export async function runCollect(
  files: string[],
  outFile: string | undefined,
  out: Output
): Promise<number> {
  const [monthFile, ...logs] = files;
  if (!monthFile || logs.length === 0)
    throw new UserError("用法：gangze collect 月度考核.xlsx 个人工作日志.xlsx… [--out 文件]");
  const month = await loadInput(monthFile);
  const clerks: ClerkRead[] = [];
  for (const f of logs) {
    try {
      clerks.push(
        await readClerkWorkbook(new Uint8Array(await readInputFile(f)), path.basename(f))
      );
    } catch (err) {
      if (!(err instanceof WorkbookReadError)) throw err;
      out.stderr(`跳过 ${f}：${err.message}\n`);
    }
  }
  const result = collect(month.dataset, clerks);
  let refused = logs.length - clerks.length;
  for (const r of result.report) {
    const a = r.added;
    out.stdout(
      `${r.file}（${r.person}）：新增日志 ${a.logs} 行、周计划 ${a.weeklyPlans} 行、自查 ${a.findings} 条；` +
        `更新 ${r.updated.logs + r.updated.weeklyPlans + r.updated.findings} 行；交办事项更新 ${r.updatedTasks} 项\n`
    );
    for (const c of r.conflicts) out.stdout(`  覆盖：${c}\n`);
    for (const s of r.skipped) out.stdout(`  未汇总：${s}\n`);
    if (r.skipped.length > 0 && a.logs + a.weeklyPlans + a.findings + r.updatedTasks === 0)
      refused++;
  }
  const target = outFile ?? monthFile;
  if (!outFile) {
    const backup = monthFile.replace(/\.xlsx$/i, "") + `-汇总前备份-${stamp()}.xlsx`;
    await backupCopy(monthFile, backup);
    out.stderr(`原工作簿已备份为 ${backup}\n`);
  }
  const model = buildOrExplain(target, () => buildMonthWorkbook(result.dataset));
  await writeOutput(target, await writeXlsx(model), outFile ? files : logs);
  out.stderr(`已写出 ${target}\n`);
  return refused > 0 ? 1 : 0;
}

function stamp(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

/**
 * gangze export MONTH.xlsx [--out FILE.xlsx|DIR] [--allow-errors]: refused (exit 1) while the
 * workbook has entry errors, unless allowed — the bureau would get results that leave records out.
 */
export async function runExport(
  file: string,
  outArg: string | undefined,
  out: Output,
  options: { allowErrors?: boolean } = {}
): Promise<number> {
  const { input, issues } = await loadAndCheck(file);
  const errors = issues.filter((i) => i.severity === "error");
  if (errors.length > 0) {
    const first = errors
      .slice(0, 5)
      .map(
        (i) =>
          `  ${i.location && !i.message.includes(i.location) ? i.location + "  " : ""}${i.message}`
      );
    const more = errors.length > 5 ? [`  ……共 ${errors.length} 处`] : [];
    const list = [...first, ...more].join("\n");
    if (!options.allowErrors) {
      throw new UserError(
        `${file} 有 ${errors.length} 处录入错误，未导出（有错误的记录不计分，上报的结果会不完整）：\n${list}\n` +
          `改正后再导出（gangze check ${file} 列出全部）；确要导出请加 --allow-errors`,
        1,
        { code: "entry-errors", path: file }
      );
    }
    out.stderr(`${file} 有 ${errors.length} 处录入错误，按 --allow-errors 照常导出：\n${list}\n`);
  }
  const target = await resolveOutFile(outArg, path.dirname(file), exportFileName(input.dataset));
  const model = buildOrExplain(file, () => buildMonthWorkbook(input.dataset, { exportMode: true }));
  await writeOutput(target, await writeXlsx(model), [file]);
  out.stderr(`已写出上报工作簿 ${target}（基准日 ${input.dataset.asOf}）\n`);
  return 0;
}
