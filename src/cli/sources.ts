// Where `--catalog` and `--staff` come from (SPEC §8): the office's own Excel files — a handbook
// or month workbook for the catalogue, a month workbook's 人员 or a plain roster sheet — or JSON.
// A file with errors is refused with every problem's sheet and cell (src/workbook/read/sources.ts,
// shared with the task pane's 生成); ajv and ExcelJS are loaded only for the kind of file given.
import * as path from "path";
import type { Handbook } from "../domain/defaultOffice";
import type { Rules, Staff } from "../domain/types";
import type { SourceRefusal } from "../workbook/read/sources";
import { UserError } from "./errors";
import { readInputFile } from "./input";

function kind(file: string, what: string, json: string): "xlsx" | "json" {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm") return "xlsx";
  if (ext === ".json") return "json";
  throw new UserError(`文件 ${file}：${what}应为 Excel 工作簿（.xlsx）或 ${json}`);
}

function refuse(file: string, why: SourceRefusal | null): void {
  if (!why) return;
  throw new UserError(why.message, 2, {
    code: "input",
    path: file,
    ...(why.sheet ? { sheet: why.sheet } : {}),
    ...(why.cell ? { cell: why.cell } : {}),
  });
}

async function bytesOf(file: string): Promise<Uint8Array> {
  return new Uint8Array(await readInputFile(file));
}

/** A catalogue with the rules in force when the file has them (a month workbook, a dataset). */
export type CatalogSource = Handbook & { rules?: Partial<Rules> };

/** The handbook part: posts and duties (and the unit's name when the file gives it). */
export async function readCatalog(file: string, fallbackOffice?: string): Promise<CatalogSource> {
  if (
    kind(file, "岗位职责目录", ".json（{ office, posts, duties }，见 docs/data-format.md）") ===
    "json"
  )
    return readCatalogJson(file);
  const { readCatalogWorkbook } = await import("../xlsx/readWorkbooks");
  const { catalogRefusal } = await import("../workbook/read/sources");
  const read = await readCatalogWorkbook(await bytesOf(file), path.basename(file));
  refuse(file, catalogRefusal(file, read));
  const { defaultHandbook } = await import("../domain/defaultOffice");
  return {
    office: read.office ?? fallbackOffice ?? defaultHandbook().office,
    posts: read.posts,
    duties: read.duties,
    ...(read.rules ? { rules: read.rules } : {}),
  };
}

/** The roster. */
export async function readStaff(file: string): Promise<Staff[]> {
  if (
    kind(file, "人员名单", '.json（[{ "name", "post", "start"? }]，见 docs/data-format.md）') ===
    "json"
  )
    return readStaffJson(file);
  const { readRosterWorkbook } = await import("../xlsx/readWorkbooks");
  const { rosterRefusal } = await import("../workbook/read/sources");
  const read = await readRosterWorkbook(await bytesOf(file), path.basename(file));
  refuse(file, rosterRefusal(file, read));
  return read.staff;
}

/** A catalogue in JSON: `{ office, posts, duties }`, or a whole dataset (its handbook part is used). */
async function readCatalogJson(file: string): Promise<CatalogSource> {
  const text = (await readInputFile(file)).toString("utf8");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UserError(`文件 ${file} 不是有效的 JSON`);
  }
  const { parseDataset } = await import("../domain/load");
  const probe = parseDataset({
    month: "2026-01",
    asOf: "2026-01-31",
    staff: [],
    tasks: [],
    logs: [],
    weeklyPlans: [],
    findings: [],
    quotas: [],
    bonuses: [],
    ...(json as object),
  });
  if (!probe.ok) {
    throw new UserError(
      `文件 ${file} 不是有效的岗位职责目录：\n${probe.problems.map((p) => "  " + p.message).join("\n")}`
    );
  }
  const { office, posts, duties, rules } = probe.dataset;
  return { office, posts, duties, ...(rules ? { rules } : {}) };
}

/** A roster in JSON: `[{ name, post, start?, note? }]`. */
async function readStaffJson(file: string): Promise<Staff[]> {
  let json: unknown;
  try {
    json = JSON.parse((await readInputFile(file)).toString("utf8"));
  } catch {
    throw new UserError(`文件 ${file} 不是有效的 JSON`);
  }
  const { parseDataset } = await import("../domain/load");
  const probe = parseDataset({
    office: "-",
    month: "2026-01",
    asOf: "2026-01-31",
    posts: [],
    duties: [],
    staff: json,
    tasks: [],
    logs: [],
    weeklyPlans: [],
    findings: [],
    quotas: [],
    bonuses: [],
  });
  if (!probe.ok) {
    throw new UserError(
      `文件 ${file} 不是有效的人员名单：\n${probe.problems.map((p) => "  " + p.message).join("\n")}`
    );
  }
  return probe.dataset.staff;
}
