// Reads the dataset a command works on: a month workbook (.xlsx) or a JSON data file, and checks
// it. Every problem is located where the person can fix it: sheet!cell, or a JSON path.
import { promises as fs } from "fs";
import * as path from "path";
import { Calendar } from "../domain/calendar";
import { checkDataset } from "../domain/checks";
import type { Dataset, EntryIssue } from "../domain/types";
import { workbookIssues } from "../workbook/read";
import { WorkbookReadError } from "../workbook/grid";
import { UserError } from "./errors";

export interface LocatedIssue {
  severity: "error" | "warning";
  code: string;
  /** `交办事项!I7` or `/tasks/3/completed` */
  location: string;
  message: string;
  fix: string;
  /** the person the problem is about; the day of a missing log */
  person?: string;
  date?: string;
  /** `调休上班日` when the missing log's day is a make-up working day */
  dayKind?: string;
}

export interface LoadedInput {
  file: string;
  dataset: Dataset;
  /** what to show (located) and what keeps records out of scoring, given the entry checks */
  check(entryIssues: EntryIssue[]): { issues: LocatedIssue[]; entryIssues: EntryIssue[] };
}

export interface CheckedInput {
  input: LoadedInput;
  calendar: Calendar;
  /** everything to show the user */
  issues: LocatedIssue[];
  /** what keeps records out of scoring: entry issues plus the reader's cell errors */
  entryIssues: EntryIssue[];
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
  if (ext === ".json") return loadJson(file);
  if (ext === ".xlsx" || ext === ".xlsm") return loadWorkbook(file);
  throw new UserError(
    `文件 ${file}：请给出月度考核工作簿（.xlsx）或考核数据（.json，格式见 docs/data-format.md）`
  );
}

async function loadJson(file: string): Promise<LoadedInput> {
  const bytes = await readInputFile(file);
  // ajv (schema validation) is loaded only when a JSON file is read
  const { parseDatasetText } = await import("../domain/load");
  const result = parseDatasetText(bytes.toString("utf8"), path.basename(file));
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${p.message}`);
    throw new UserError(`文件 ${file} 不是有效的考核数据：\n${lines.join("\n")}`);
  }
  const locate = (i: EntryIssue) =>
    i.index < 0
      ? `/${i.field ?? ""}`
      : `/${i.collection}/${i.index}${i.field ? "/" + i.field : ""}`;
  return {
    file,
    dataset: result.dataset,
    check: (entryIssues) => ({
      issues: entryIssues.map((i) => ({
        severity: i.severity,
        code: i.code,
        location: locate(i),
        message: i.message,
        fix: i.fix,
        ...(i.person ? { person: i.person } : {}),
        ...(i.date ? { date: i.date } : {}),
        ...(i.dayKind ? { dayKind: i.dayKind } : {}),
      })),
      entryIssues,
    }),
  };
}

async function loadWorkbook(file: string): Promise<LoadedInput> {
  const bytes = await readInputFile(file);
  const name = path.basename(file);
  let read;
  try {
    // read-only: the lean reader (ExcelJS's full load only when it cannot open the file)
    const [{ readXlsxLean }, { readMonthBook }] = await Promise.all([
      import("../xlsx/leanReader"),
      import("../workbook/read/month"),
    ]);
    read = readMonthBook(await readXlsxLean(new Uint8Array(bytes), name));
  } catch (err) {
    if (err instanceof WorkbookReadError)
      throw new UserError(err.message, 2, {
        code: err.code,
        path: file,
        sheet: err.sheet,
        cell: err.cell,
      });
    throw err;
  }
  return {
    file,
    dataset: read.dataset,
    check: (entryIssues) => {
      const found = workbookIssues(name, read, entryIssues);
      return {
        issues: found.issues.map((i) => ({
          severity: i.severity,
          code: i.code,
          location: i.sheet ? `${i.sheet}!${i.cell}` : "",
          message: i.message,
          fix: i.fix,
          ...(i.person ? { person: i.person } : {}),
          ...(i.date ? { date: i.date } : {}),
          ...(i.dayKind ? { dayKind: i.dayKind } : {}),
        })),
        entryIssues: found.entryIssues,
      };
    },
  };
}

/**
 * Reads and checks: the reader's cell problems plus the dataset's entry checks (SPEC §7).
 * `asOf` checks as of that date instead of the file's 基准日 (the file is not changed).
 */
export async function loadAndCheck(file: string, asOf?: string): Promise<CheckedInput> {
  const input = await loadInput(file);
  if (asOf !== undefined) input.dataset.asOf = asOf;
  const calendar = new Calendar(input.dataset.calendar);
  return { input, calendar, ...input.check(checkDataset(input.dataset, { calendar })) };
}
