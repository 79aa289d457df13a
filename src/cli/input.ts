// Reads the dataset a command works on, from a JSON data file (workbooks are added by the workbook layer).
import { promises as fs } from "fs";
import * as path from "path";
import type { Dataset, EntryIssue } from "../domain/types";
import { parseDatasetText } from "../domain/load";
import { UserError } from "./errors";

export interface LoadedInput {
  file: string;
  dataset: Dataset;
  /** where a person finds the record an issue is about: a JSON path or a sheet!cell */
  locate(issue: EntryIssue): string;
}

export async function readInputFile(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UserError(`找不到文件 ${file}`);
    if (code === "EISDIR") throw new UserError(`${file} 是文件夹，不是文件`);
    throw new UserError(`无法读取文件 ${file}（${code ?? "未知原因"}）`);
  }
}

export async function loadInput(file: string): Promise<LoadedInput> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== ".json") {
    throw new UserError(`文件 ${file}：只接受 .json 数据文件（JSON 格式见 docs/data-format.md）`);
  }
  const bytes = await readInputFile(file);
  const result = parseDatasetText(bytes.toString("utf8"), path.basename(file));
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${p.path}：${p.message}`);
    throw new UserError(`文件 ${file} 不是有效的考核数据：\n${lines.join("\n")}`);
  }
  return {
    file,
    dataset: result.dataset,
    locate: (issue) =>
      issue.index < 0 ? `/${issue.collection}` : `/${issue.collection}/${issue.index}${issue.field ? "/" + issue.field : ""}`,
  };
}
