// The CLI's workbook commands (SPEC §8): month, build, collect, export.
import * as path from "path";
import { Calendar } from "../domain/calendar";
import { carryOver } from "../domain/carryOver";
import { isMonthKey, monthEnd } from "../domain/dates";
import { defaultHandbook, defaultStaff } from "../domain/defaultOffice";
import type { Dataset } from "../domain/types";
import { buildClerkWorkbook } from "../workbook/clerk";
import type { ClerkRead } from "../workbook/clerk";
import { collectIsolated } from "../workbook/collect";
import { matchOrigins, sameOrigins, type Origins } from "../workbook/keep";
import type { WorkbookRead } from "../workbook/read";
import { keptText, rewriteMonthXlsx } from "../xlsx/keep";
import { buildMonthWorkbook } from "../workbook/month";
import type { WorkbookModel } from "../workbook/model";
import { WorkbookReadError } from "../workbook/grid";
import { readClerkWorkbook, readMonthWorkbook } from "../xlsx/readWorkbooks";
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

/** A month workbook read to be written again (its bytes kept, so nothing it holds is lost). */
interface MonthSource {
  bytes: Uint8Array;
  read: WorkbookRead;
}

/** The workbook `file` when it is a month workbook (.xlsx); undefined for a JSON dataset. */
async function monthSource(file: string): Promise<MonthSource | undefined> {
  if (!/\.xls[xm]$/i.test(file)) return undefined;
  const bytes = new Uint8Array(await readInputFile(file));
  try {
    return { bytes, read: await readMonthWorkbook(bytes, path.basename(file)) };
  } catch (err) {
    if (err instanceof WorkbookReadError) throw new UserError(err.message);
    throw err;
  }
}

/**
 * The month workbook of `ds` as bytes: written over `source` when there is one, keeping what the
 * director added there (src/xlsx/keep.ts); the note says what was kept.
 */
async function monthBytes(
  model: WorkbookModel,
  ds: Dataset,
  source: MonthSource | undefined,
  origins: (old: Dataset) => Origins
): Promise<{ bytes: Uint8Array; note: string }> {
  if (!source) return { bytes: await writeXlsx(model), note: "" };
  const r = await rewriteMonthXlsx(model, source, origins(source.read.dataset), ds);
  return { bytes: r.bytes, note: keptText(r.kept) };
}

/** The month workbook and one log workbook per person, into `outDir`. */
export async function writeMonthFiles(
  ds: Dataset,
  outDir: string,
  out: Output,
  inputs: string[] = [],
  from?: MonthSource
): Promise<string[]> {
  const calendar = new Calendar(ds.calendar);
  const monthFile = path.join(outDir, monthFileName(ds));
  const model = buildOrExplain(monthFile, () => buildMonthWorkbook(ds, { calendar }));
  // 结转: the previous month's own additions carry over with the records they belong to
  const { bytes, note } = await monthBytes(model, ds, from, (old) => matchOrigins(old, ds));
  await writeOutput(monthFile, bytes, inputs, { overwrite: false });
  out.stderr(`已写出 ${monthFile}${note ? `（${note}）` : ""}\n`);
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
  let from: MonthSource | undefined;
  if (opts.from) {
    const prev = await loadInput(opts.from);
    from = await monthSource(opts.from);
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
    [opts.from, opts.catalog, opts.staff].filter((f): f is string => !!f),
    from
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
  const source = await monthSource(monthFile);
  const month = source ? source.read.dataset : (await loadInput(monthFile)).dataset;
  const clerks: ClerkRead[] = [];
  let refused = 0;
  for (const f of logs) {
    try {
      clerks.push(
        await readClerkWorkbook(new Uint8Array(await readInputFile(f)), path.basename(f))
      );
    } catch (err) {
      if (!(err instanceof WorkbookReadError)) throw err;
      out.stdout(`${path.basename(f)}：未汇总：${err.message}\n`);
      refused++;
    }
  }
  // a file whose rows would make the workbook unwritable is refused alone
  const target = outFile ?? monthFile;
  const result = collectIsolated(month, clerks, (ds) =>
    buildOrExplain(target, () => buildMonthWorkbook(ds))
  );
  for (const r of result.report) {
    const parts = [
      countText("新增", r.added),
      countText("更新", r.updated),
      countText("删除", r.removed, "（本人已清空或删除）"),
      r.updatedTasks ? `交办事项更新 ${r.updatedTasks} 项` : "",
    ].filter(Boolean);
    out.stdout(
      `${r.file}（${r.person || "？"}）：${parts.length ? parts.join("；") : "没有变化"}\n`
    );
    for (const c of r.conflicts) out.stdout(`  覆盖：${c}\n`);
    for (const s of r.skipped) out.stdout(`  未汇总：${s}\n`);
    // exit 1 when anything was not collected: the file and cell are named above
    if (r.skipped.length > 0) refused++;
  }
  if (!outFile) {
    const backup = monthFile.replace(/\.xlsx$/i, "") + `-汇总前备份-${stamp()}.xlsx`;
    await backupCopy(monthFile, backup);
    out.stderr(`原工作簿已备份为 ${backup}\n`);
  }
  const model = result.built;
  const { bytes, note } = await monthBytes(model, result.dataset, source, () => result.origins);
  await writeOutput(target, bytes, outFile ? files : logs);
  out.stderr(`已写出 ${target}${note ? `（${note}）` : ""}\n`);
  return refused > 0 ? 1 : 0;
}

/** `新增 日志 2 行、自查 1 条` (empty when all are 0). */
function countText(
  verb: string,
  c: { logs: number; weeklyPlans: number; findings: number },
  after = ""
): string {
  const parts = [
    c.logs ? `日志 ${c.logs} 行` : "",
    c.weeklyPlans ? `周计划 ${c.weeklyPlans} 行` : "",
    c.findings ? `自查 ${c.findings} 条` : "",
  ].filter(Boolean);
  return parts.length ? `${verb}${parts.join("、")}${after}` : "";
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
  const source = await monthSource(file);
  const { bytes, note } = await monthBytes(model, input.dataset, source, sameOrigins);
  await writeOutput(target, bytes, [file]);
  out.stderr(
    `已写出上报工作簿 ${target}（基准日 ${input.dataset.asOf}${note ? `；${note}` : ""}）\n`
  );
  return 0;
}
