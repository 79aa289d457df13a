// Problems found in the cells of a user's workbook, each with file, sheet and cell, plus the
// glue between them and the dataset's entry checks (checks.ts speaks of records, a workbook
// user of cells).

import type { Collection, Dataset, EntryIssue } from "../../domain/types";

export interface CellIssue {
  severity: "error" | "warning";
  /** stable machine code, e.g. `formula-in-input` (READ_ISSUE_CODES lists them) */
  code: string;
  sheet: string;
  /** e.g. `A17`; the sheet's `A1` when the problem is not in one cell */
  cell: string;
  /** complete Chinese message, naming file, sheet and cell */
  message: string;
  fix: string;
  /** the record the cell belongs to, when it belongs to one: an error here keeps it out of scoring */
  collection?: Collection;
  index?: number;
  field?: string;
  /** the person the record belongs to, and the day of a missing log (grouping by person) */
  person?: string;
  date?: string;
  /** missing-log on a make-up working day: `调休上班日` */
  dayKind?: string;
}

/** Every problem the workbook readers report (docs: 检查). */
export const READ_ISSUE_CODES = [
  { code: "invalid-date", severity: "error", title: "日期栏填的不是有效日期" },
  {
    code: "text-date",
    severity: "warning",
    title: "日期以文本形式填写（已按日期读取，但表中公式不认）",
  },
  { code: "not-a-number", severity: "error", title: "数值栏填的不是数字" },
  {
    code: "text-number",
    severity: "warning",
    title: "数字以文本形式填写（已按数字读取，但表中公式不认）",
  },
  { code: "invalid-yes-no", severity: "error", title: "是/否栏填的不是“是”或“否”" },
  { code: "formula-in-input", severity: "error", title: "录入栏填了公式（公式不计算、不读取）" },
  {
    code: "formula-kept",
    severity: "warning",
    title: "月度工作簿的录入栏填了公式（按其结果计分，公式原样保留）",
  },
  { code: "error-value", severity: "error", title: "录入栏是错误值（如 #N/A）" },
  { code: "merged-cells", severity: "error", title: "表格数据区有合并单元格" },
  {
    code: "invalid-day-type",
    severity: "error",
    title: "日历的类型不是 工作日/休息日/节假日/调休上班",
  },
  { code: "unknown-parameter", severity: "warning", title: "考核标准中有不认识的参数（已忽略）" },
  { code: "invalid-month", severity: "error", title: "考核月份不是 2026-10 这样的月份" },
  {
    code: "missing-field",
    severity: "error",
    title: "个人工作日志中一行缺少日期、内容等必填项（该行不汇总）",
  },
  {
    code: "date-out-of-range",
    severity: "error",
    title: "个人工作日志中的日期离考核月份超过一年（该行不汇总）",
  },
  {
    code: "other-person",
    severity: "error",
    title: "个人工作日志中一行的姓名不是本人（该行不汇总）",
  },
  {
    code: "missing-sheet",
    severity: "warning",
    title: "缺少可选的工作表（日历、考核标准），按默认值计算",
  },
] as const;

/** `文件 月度考核.xlsx，工作日志!A17：…` */
export function cellMessage(file: string, sheet: string, cell: string, text: string): string {
  return `文件 ${file}，${sheet}!${cell}：${text}`;
}

/**
 * Errors of cells that belong to a record, as entry issues, so `withoutErrors` leaves those
 * records out of scoring like the records checks.ts finds errors in.
 */
export function cellIssuesAsEntryIssues(issues: readonly CellIssue[]): EntryIssue[] {
  const out: EntryIssue[] = [];
  for (const i of issues) {
    if (i.collection === undefined || i.index === undefined) continue;
    const e: EntryIssue = {
      severity: i.severity,
      code: i.code,
      collection: i.collection,
      index: i.index,
      message: i.message,
      fix: i.fix,
    };
    if (i.field !== undefined) e.field = i.field;
    out.push(e);
  }
  return out;
}

/**
 * The reader's cell issues and the dataset's entry issues as one list of located issues. An
 * entry issue at a cell that already has a reader issue of the same severity is dropped: the
 * reader saw the cell itself (`“10月32日”不是有效日期`), checks.ts only the value it was handed.
 */
export function combineIssues(
  file: string,
  cellIssues: readonly CellIssue[],
  entryIssues: readonly EntryIssue[],
  locate: (issue: EntryIssue) => { sheet: string; cell: string } | undefined
): CellIssue[] {
  const out = cellIssues.map((i) => ({ ...i }));
  const seen = new Set(cellIssues.map((i) => `${i.severity}\u0001${i.sheet}\u0001${i.cell}`));
  for (const e of entryIssues) {
    const at = locate(e);
    if (at && seen.has(`${e.severity}\u0001${at.sheet}\u0001${at.cell}`)) continue;
    const issue: CellIssue = {
      severity: e.severity,
      code: e.code,
      sheet: at?.sheet ?? "",
      cell: at?.cell ?? "",
      message: at ? cellMessage(file, at.sheet, at.cell, e.message) : `文件 ${file}：${e.message}`,
      fix: e.fix,
      collection: e.collection,
      index: e.index,
    };
    if (e.field !== undefined) issue.field = e.field;
    if (e.person !== undefined) issue.person = e.person;
    if (e.date !== undefined) issue.date = e.date;
    if (e.dayKind !== undefined) issue.dayKind = e.dayKind;
    out.push(issue);
  }
  return out;
}

/** The person of the record a cell issue is in (owner of a task, person of a log …). */
function attachPeople(issues: CellIssue[], ds: Dataset | undefined): void {
  if (!ds) return;
  for (const i of issues) {
    if (i.person !== undefined || i.collection === undefined || i.index === undefined) continue;
    const list = (ds as unknown as Record<string, unknown>)[i.collection];
    const rec = Array.isArray(list) ? (list[i.index] as Record<string, unknown>) : undefined;
    if (!rec) continue;
    const who =
      i.collection === "tasks" ? rec.owner : i.collection === "staff" ? rec.name : rec.person;
    if (typeof who === "string" && who.trim()) i.person = who.trim();
  }
}

/**
 * A read workbook's problems given its dataset's entry checks: the located list to show, and
 * the entry issues that keep records out of scoring (the reader's cell errors included).
 */
export function workbookIssues(
  file: string,
  read: {
    issues: readonly CellIssue[];
    locate: (issue: EntryIssue) => { sheet: string; cell: string } | undefined;
    dataset?: Dataset;
  },
  entryIssues: readonly EntryIssue[]
): { issues: CellIssue[]; entryIssues: EntryIssue[] } {
  const issues = combineIssues(file, read.issues, entryIssues, read.locate);
  attachPeople(issues, read.dataset);
  return {
    issues,
    entryIssues: [...entryIssues, ...cellIssuesAsEntryIssues(read.issues)],
  };
}
