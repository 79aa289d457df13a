// 月度考核工作簿 → dataset (SPEC §5.2). Columns are found by header text; formula columns are
// not read (the dataset holds inputs only). Problems of single cells become CellIssues; a file
// that is not a month workbook at all throws WorkbookReadError (the CLI's exit code 2). It reads
// any host's grid: a file through src/xlsx/readWorkbooks.ts, the open workbook through src/office.

import type { Collection, Dataset, EntryIssue, Post } from "../../domain/types";
import {
  cellOf,
  hasSheet,
  namedCell,
  readErrorText,
  WorkbookReadError,
  type RawCell,
  type WorkbookGrid,
} from "../grid";
import { MONTH_SHEETS, README_ITEMS } from "../sheets";
import { CLERK_SHEETS } from "../clerk/sheets";
import { dateValue, monthValue, textValue, type CellCtx, type InputFormula } from "./cells";
import { readCalendarSheet } from "./calendarSheet";
import type { CellIssue } from "./issues";
import { readRulesSheet } from "./rulesSheet";
import {
  BONUS_FIELDS,
  DUTY_FIELDS,
  FINDING_FIELDS,
  LOG_CONTENT,
  LOG_FIELDS,
  QUOTA_FIELDS,
  STAFF_FIELDS,
  TASK_FIELDS,
  WEEKLY_CONTENT,
  WEEKLY_FIELDS,
} from "./specs";
import { findTable, readRecords, type ReadCtx, type RecordsRead } from "./table";

export interface WorkbookRead {
  dataset: Dataset;
  /** problems of single cells, in sheet order */
  issues: CellIssue[];
  /** formulas the director typed into input cells (read by their results; written back when regenerating) */
  inputFormulas: InputFormula[];
  /** the sheet rows the records of a collection were read from (for keeping what is beside them) */
  tableRows(
    collection: Collection
  ): { sheet: string; headerRow: number; rows: number[] } | undefined;
  /** the sheet and cell an entry issue of `dataset` is about (the column header for a whole collection) */
  locate(issue: EntryIssue): { sheet: string; cell: string } | undefined;
}

/** Sheets a month workbook must have; 日历 and 考核标准 may be missing (defaults apply, with a warning). */
const REQUIRED_SHEETS = [
  MONTH_SHEETS.readme,
  MONTH_SHEETS.duties,
  MONTH_SHEETS.staff,
  MONTH_SHEETS.tasks,
  MONTH_SHEETS.logs,
  MONTH_SHEETS.weeklyPlans,
  MONTH_SHEETS.findings,
  MONTH_SHEETS.quotas,
  MONTH_SHEETS.bonuses,
];

/** Where each record of the dataset came from. */
interface SourceMap {
  tables: Partial<
    Record<
      Collection,
      { sheet: string; rows: number[]; columns: Record<string, string>; headerRow: number }
    >
  >;
  /** 说明: the 内容 cell of office / month / asOf */
  readme: Record<string, string>;
}

export function requireSheets(
  book: WorkbookGrid,
  sheets: readonly string[],
  what: string,
  hint?: string
): void {
  // ExcelJS opens any zip: one without a single worksheet is not a workbook
  if (book.sheetNames.length === 0) {
    throw new WorkbookReadError("corrupt", readErrorText.noSheets(book.place), book.file);
  }
  const missing = sheets.filter((s) => !hasSheet(book, s));
  if (!missing.length) return;
  throw new WorkbookReadError(
    "missing-sheet",
    readErrorText.missingSheets(book.place, missing, what, hint),
    book.file,
    missing[0]
  );
}

/** A month workbook from any host's grid. */
export function readMonthBook(book: WorkbookGrid): WorkbookRead {
  const fileName = book.file;
  const isClerk =
    CLERK_SHEETS.every((s) => hasSheet(book, s)) && !hasSheet(book, MONTH_SHEETS.duties);
  requireSheets(
    book,
    REQUIRED_SHEETS,
    "月度考核工作簿",
    isClerk ? "这是个人工作日志，请用“汇总”（collect）把它并入月度考核工作簿" : undefined
  );
  const issues: CellIssue[] = [];
  const inputFormulas: InputFormula[] = [];
  const ctx: ReadCtx = { file: fileName, issues, formulas: inputFormulas };
  const map: SourceMap = { tables: {}, readme: {} };

  const head = readReadme(book, ctx, map);
  if (/^\d{4}-\d{2}$/.test(head.month ?? "")) ctx.year = +head.month!.slice(0, 4);
  const asOf = head.asOfCell
    ? dateValue(
        {
          file: fileName,
          sheet: MONTH_SHEETS.readme,
          issues,
          year: ctx.year,
          collection: "dataset",
          index: -1,
          field: "asOf",
          label: "基准日",
        } as CellCtx,
        head.asOfCell
      )
    : undefined;

  const table = (
    collection: Collection,
    sheet: string,
    specs: typeof DUTY_FIELDS,
    content?: string[]
  ): RecordsRead => {
    const r = readRecords(book, ctx, sheet, collection, specs, content ? { content } : {});
    map.tables[collection] = { sheet, rows: r.rows, columns: r.columns, headerRow: r.headerRow };
    return r;
  };
  const duties = table("duties", MONTH_SHEETS.duties, DUTY_FIELDS);
  const staff = table("staff", MONTH_SHEETS.staff, STAFF_FIELDS);

  let calendar: Dataset["calendar"] = { restDays: [], workDays: [] };
  let calRows: { restDays: number[]; workDays: number[] } | undefined;
  let calColumn: string | undefined;
  if (hasSheet(book, MONTH_SHEETS.calendar)) {
    const c = readCalendarSheet(book, ctx, MONTH_SHEETS.calendar);
    calendar = c.calendar;
    calRows = c.rows;
    calColumn = c.columns.date;
  } else
    missingOptional(ctx, MONTH_SHEETS.calendar, "按国家法定节假日计算工作日，本单位的调休不计");
  let rules: Dataset["rules"];
  if (hasSheet(book, MONTH_SHEETS.rules))
    rules = readRulesSheet(book, ctx, MONTH_SHEETS.rules).rules;
  else missingOptional(ctx, MONTH_SHEETS.rules, "按默认考核标准计算");

  const tasks = table("tasks", MONTH_SHEETS.tasks, TASK_FIELDS);
  const logs = table("logs", MONTH_SHEETS.logs, LOG_FIELDS, LOG_CONTENT);
  const weekly = table("weeklyPlans", MONTH_SHEETS.weeklyPlans, WEEKLY_FIELDS, WEEKLY_CONTENT);
  const findings = table("findings", MONTH_SHEETS.findings, FINDING_FIELDS);
  const quotas = table("quotas", MONTH_SHEETS.quotas, QUOTA_FIELDS);
  const bonuses = table("bonuses", MONTH_SHEETS.bonuses, BONUS_FIELDS);

  // posts: the 岗位 of 岗位职责 in order of first appearance (the workbook has no separate list)
  const posts: Post[] = [];
  const postRows: number[] = [];
  duties.records.forEach((d, i) => {
    if (typeof d.post === "string" && !posts.some((p) => p.name === d.post)) {
      posts.push({ name: d.post });
      postRows.push(duties.rows[i]);
    }
  });
  map.tables.posts = {
    sheet: MONTH_SHEETS.duties,
    rows: postRows,
    columns: { name: duties.columns.post },
    headerRow: duties.headerRow,
  };

  const dataset: Dataset = {
    office: head.office ?? "",
    month: head.month ?? "",
    asOf: asOf ?? "",
    posts,
    duties: duties.records as unknown as Dataset["duties"],
    staff: staff.records as unknown as Dataset["staff"],
    tasks: tasks.records as unknown as Dataset["tasks"],
    logs: logs.records as unknown as Dataset["logs"],
    weeklyPlans: weekly.records as unknown as Dataset["weeklyPlans"],
    findings: findings.records as unknown as Dataset["findings"],
    quotas: quotas.records as unknown as Dataset["quotas"],
    bonuses: bonuses.records as unknown as Dataset["bonuses"],
    calendar,
  };
  if (rules) dataset.rules = rules;

  const locate = (issue: EntryIssue): { sheet: string; cell: string } | undefined => {
    if (issue.collection === "dataset") {
      if (issue.field === "rules")
        return hasSheet(book, MONTH_SHEETS.rules)
          ? { sheet: MONTH_SHEETS.rules, cell: "A1" }
          : undefined;
      const cell = issue.field ? map.readme[issue.field] : undefined;
      return { sheet: MONTH_SHEETS.readme, cell: cell ?? "A1" };
    }
    if (issue.collection === "calendar") {
      if (!hasSheet(book, MONTH_SHEETS.calendar)) return undefined;
      const list =
        issue.field === "restDays" || issue.field === "workDays"
          ? calRows?.[issue.field]
          : undefined;
      const row = list?.[issue.index];
      return {
        sheet: MONTH_SHEETS.calendar,
        cell: row !== undefined && calColumn ? `${calColumn}${row}` : "A1",
      };
    }
    const t = map.tables[issue.collection];
    if (!t) return undefined;
    const col = (issue.field && t.columns[issue.field]) || Object.values(t.columns)[0] || "A";
    // a missing log: the first row after the entries, where it would be added
    if (issue.code === "missing-log")
      return { sheet: t.sheet, cell: `${col}${Math.max(t.headerRow, ...t.rows) + 1}` };
    const row = issue.index >= 0 ? t.rows[issue.index] : undefined;
    return { sheet: t.sheet, cell: `${col}${row ?? t.headerRow}` };
  };
  const tableRows = (collection: Collection) => {
    const t = map.tables[collection];
    return t && collection !== "posts"
      ? { sheet: t.sheet, headerRow: t.headerRow, rows: t.rows }
      : undefined;
  };
  return { dataset, issues, inputFormulas, tableRows, locate };
}

function missingOptional(ctx: ReadCtx, sheet: string, consequence: string): void {
  ctx.issues.push({
    severity: "warning",
    code: "missing-sheet",
    sheet,
    cell: "",
    message: `文件 ${ctx.file}：没有工作表“${sheet}”，${consequence}`,
    fix: "用本工具重新生成月度考核工作簿，或从上月工作簿复制该表",
  });
}

interface ReadmeRead {
  office?: string;
  month?: string;
  asOfCell?: RawCell;
}

/** 说明: the 项目/内容 table (单位, 考核月份, 基准日 …); how-to text below it is not read. */
function readReadme(book: WorkbookGrid, ctx: ReadCtx, map: SourceMap): ReadmeRead {
  const sheet = MONTH_SHEETS.readme;
  const t = findTable(book, sheet, ["项目", "内容"]);
  const out: ReadmeRead = {};
  const base = {
    file: ctx.file,
    sheet,
    issues: ctx.issues,
    collection: "dataset" as const,
    index: -1,
  };
  for (const row of t.rows) {
    const item = row.cells["项目"];
    const key = item.kind === "text" ? String(item.value).replace(/[\s\u3000:：]/g, "") : "";
    const cell = row.cells["内容"];
    if (key === README_ITEMS.office && map.readme.office === undefined) {
      map.readme.office = cell.address;
      out.office = textValue({ ...base, field: "office", label: "单位" }, cell);
    } else if (key === README_ITEMS.month && map.readme.month === undefined) {
      map.readme.month = cell.address;
      out.month = monthValue({ ...base, field: "month", label: "考核月份" }, cell);
    } else if (key === README_ITEMS.asOf && map.readme.asOf === undefined) {
      map.readme.asOf = cell.address;
      out.asOfCell = cell;
    }
  }
  // 基准日 is a named input cell: follow the name when the table row was not found
  if (out.asOfCell === undefined) {
    const named = namedCell(book, README_ITEMS.asOf);
    if (named && hasSheet(book, named.sheet)) {
      map.readme.asOf = named.address;
      out.asOfCell = cellOf(book, named.sheet, named.address);
    }
  }
  return out;
}
