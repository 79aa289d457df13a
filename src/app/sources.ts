// 生成's use of the office's own Excel files (SPEC §8 `month --catalog/--staff`, `logs`): the
// catalogue from a handbook or month workbook, the roster from a month workbook's 人员 or a plain
// roster sheet — read and refused exactly as the CLI does (src/workbook/read/sources.ts) — and the
// choice of people for clerk log workbooks. Both hosts read picked files with ExcelJS.

import type { Dataset, Duty, Post, Staff } from "../domain/types";
import { WorkbookReadError } from "../workbook/grid";
import { catalogRefusal, rosterRefusal } from "../workbook/read/sources";
import { readCatalogWorkbook, readRosterWorkbook } from "../xlsx/readWorkbooks";
import type { AppMessages } from "../i18n/appMessages";
import type { FilesMessages } from "../i18n/filesMessages";
import { HostError } from "../office/host";
import type { FileBytes, GenerateOptions, Progress, RosterPerson } from "./actions";
import { readFailureMessage } from "./logic";

export interface MonthSources {
  office?: string;
  posts?: Post[];
  duties?: Duty[];
  staff?: Staff[];
  /** where they came from, for the result message ("" when no file was given) */
  note: string;
}

export function hasSources(opts: GenerateOptions): boolean {
  return !!(opts.catalog || opts.staff);
}

async function readOrRefuse<T>(
  m: AppMessages,
  f: FilesMessages,
  what: "catalog" | "staff",
  file: FileBytes,
  read: (bytes: Uint8Array, name: string) => Promise<T>
): Promise<T> {
  if (!/\.xls[xm]$/i.test(file.name)) throw new HostError(f.notXlsx(file.name));
  try {
    return await read(file.bytes, file.name);
  } catch (error) {
    if (error instanceof WorkbookReadError)
      throw new HostError(f.sourceRefused(what, readFailureMessage(m, error, "month")));
    throw error;
  }
}

/** The catalogue and roster of the files given (none given: nothing, and an empty note). */
export async function monthSources(
  m: AppMessages,
  f: FilesMessages,
  opts: GenerateOptions,
  progress?: Progress
): Promise<MonthSources> {
  const out: MonthSources = { note: "" };
  let catalogNote: { file: string; posts: number; duties: number } | null = null;
  let staffNote: { file: string; people: number } | null = null;
  if (opts.catalog) {
    progress?.(f.readingSource(opts.catalog.name));
    const read = await readOrRefuse(m, f, "catalog", opts.catalog, readCatalogWorkbook);
    const refused = catalogRefusal(opts.catalog.name, read);
    if (refused) throw new HostError(f.sourceRefused("catalog", refused.message));
    if (read.office) out.office = read.office;
    out.posts = read.posts;
    out.duties = read.duties;
    catalogNote = { file: opts.catalog.name, posts: read.posts.length, duties: read.duties.length };
  }
  if (opts.staff) {
    progress?.(f.readingSource(opts.staff.name));
    const read = await readOrRefuse(m, f, "staff", opts.staff, readRosterWorkbook);
    const refused = rosterRefusal(opts.staff.name, read);
    if (refused) throw new HostError(f.sourceRefused("staff", refused.message));
    out.staff = read.staff;
    staffNote = { file: opts.staff.name, people: read.staff.length };
  }
  out.note = catalogNote || staffNote ? f.sourcesUsed(catalogNote, staffNote) : "";
  return out;
}

/** The roster as the 生成 view lists it. */
export function rosterOf(ds: Dataset): RosterPerson[] {
  return ds.staff.map((s) => ({
    name: String(s.name ?? ""),
    post: String(s.post ?? ""),
    ...(typeof s.start === "string" && s.start ? { start: s.start } : {}),
  }));
}

/**
 * The people to make clerk log workbooks for: everybody, or the ones chosen — each must be on the
 * roster (a person added mid-month is, from their 起算日期), as `gangze logs --person` requires.
 */
export function clerkPeople(f: FilesMessages, ds: Dataset, chosen?: string[]): string[] {
  const known = ds.staff.map((s) => s.name).filter((n) => typeof n === "string" && n !== "");
  if (known.length === 0) throw new HostError(f.emptyRoster());
  if (!chosen) return known;
  if (chosen.length === 0) throw new HostError(f.noPeopleChosen());
  const unknown = chosen.filter((p) => !known.includes(p));
  if (unknown.length) throw new HostError(f.unknownPeople(unknown, known));
  return known.filter((n) => chosen.includes(n));
}
