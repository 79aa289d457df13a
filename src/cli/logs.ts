// gangze logs MONTH.xlsx [--person NAME…] [--out DIR] [--force]: clerks' log workbooks built
// from the month workbook as it is now — its roster (a person added mid-month included, from
// their 起算日期), duties, calendar and tasks. Existing log workbooks are not overwritten unless
// --force: a clerk may already have filled one.
import * as path from "path";
import { buildClerkWorkbook } from "../workbook/clerk";
import { writeXlsx } from "../xlsx/writer";
import { UserError } from "./errors";
import { writeOutput } from "./files";
import { loadInput } from "./input";
import type { Output } from "./output";
import { buildOrExplain, clerkFileName } from "./workbooks";

export interface LogsOptions {
  people: string[];
  out?: string;
  force?: boolean;
}

export async function runLogs(file: string, opts: LogsOptions, out: Output): Promise<number> {
  const { dataset: ds } = await loadInput(file);
  const known = ds.staff.map((s) => s.name).filter((n) => typeof n === "string" && n !== "");
  if (known.length === 0) throw new UserError(`${file} 的“人员”表是空的，没有可以生成工作日志的人`);
  const unknown = opts.people.filter((p) => !known.includes(p));
  if (unknown.length > 0) {
    throw new UserError(
      `${file} 的“人员”表中没有 ${unknown.map((p) => `“${p}”`).join("、")}` +
        `（现有：${known.join("、")}）；新来的人员请先添到“人员”表（姓名、岗位、起算日期）再运行`
    );
  }
  const people = opts.people.length > 0 ? [...new Set(opts.people)] : known;
  const dir = opts.out ?? path.join(path.dirname(file), "个人工作日志");
  const written: string[] = [];
  const kept: string[] = [];
  for (const person of people) {
    const target = path.join(dir, clerkFileName(ds, person));
    const model = buildOrExplain(file, () => buildClerkWorkbook(ds, person));
    try {
      await writeOutput(target, await writeXlsx(model), [file], { overwrite: !!opts.force });
      written.push(target);
    } catch (err) {
      if (err instanceof UserError && err.info.code === "exists") kept.push(target);
      else throw err;
    }
  }
  for (const f of written) out.stdout(`已写出 ${f}\n`);
  for (const f of kept) out.stderr(`已存在，未覆盖：${f}（加 --force 覆盖）\n`);
  if (written.length === 0 && kept.length > 0) {
    throw new UserError(
      `没有写出任何文件：${kept.length} 份个人工作日志已存在（加 --force 覆盖）`,
      2,
      {
        code: "exists",
      }
    );
  }
  out.stderr(`共写出 ${written.length} 份个人工作日志到 ${dir}\n`);
  return 0;
}
