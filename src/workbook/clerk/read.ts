// 个人工作日志 → the entries of one person for one month, for `collect`. Rows the workbook
// pre-filled (date and name only) are not entries; rows with an error in a cell are left out
// and their issues say why (collect lists them as skipped).

import type { Finding, ISODate, LogEntry, WeeklyPlan } from "../../domain/types";
import { addDays, isISODate, monthEnd, monthStart } from "../../domain/dates";
import { hasSheet, type WorkbookGrid } from "../grid";
import { MONTH_SHEETS, ROW_ID_HEADER } from "../sheets";
import { monthValue, report, textValue, type CellCtx } from "../read/cells";
import type { CellIssue } from "../read/issues";
import { requireSheets } from "../read/month";
import { LOG_CONTENT, LOG_FIELDS, WEEKLY_CONTENT, WEEKLY_FIELDS } from "../read/specs";
import {
  findTable,
  readRecords,
  type FieldSpec,
  type ReadCtx,
  type RecordsRead,
} from "../read/table";
import { CLERK_README, CLERK_SHEET, CLERK_SHEETS, SELF_CHECK_SOURCE } from "./sheets";

export interface TaskUpdate {
  id: string;
  completed?: ISODate;
  reported?: ISODate;
  /** the dates the workbook was generated with (absent in a workbook without 原始数据) */
  original?: { completed?: ISODate; reported?: ISODate };
  /** where the row is, for messages: `交办事项!G3` */
  cells: { completed: string; reported: string };
}

export interface ClerkRead {
  file: string;
  person: string;
  month: string;
  logs: LogEntry[];
  weeklyPlans: WeeklyPlan[];
  taskUpdates: TaskUpdate[];
  /** 自查 findings (source 自查, no veto) */
  findings: Finding[];
  issues: CellIssue[];
  /**
   * Row identities (ROW_ID_HEADER) of the rows that hold an entry, errors included, per table;
   * with `tokens` (the workbook's identity prefixes) collect tells a row the clerk cleared or
   * deleted (its identity is gone) from a row of another workbook.
   */
  rowIds: { logs: Set<string>; weeklyPlans: Set<string>; findings: Set<string> };
  tokens: Set<string>;
}

/** `k3p9x2ab-L7` → `k3p9x2ab` */
export function rowIdToken(id: string): string {
  const i = id.lastIndexOf("-");
  return i > 0 ? id.slice(0, i) : id;
}

const TASK_FIELDS: FieldSpec[] = [
  { header: "编号", field: "id", kind: "text", required: true },
  { header: "完成日期", field: "completed", kind: "date", required: true },
  { header: "回报日期", field: "reported", kind: "date", required: true },
];

const SELF_FIELDS: FieldSpec[] = [
  { header: "日期", field: "date", kind: "date", required: true },
  { header: "职责编码", field: "duty", kind: "code", required: true },
  { header: "问题", field: "problem", kind: "text", required: true },
  { header: "扣分标准", field: "standard", kind: "text" },
  { header: "扣分", field: "points", kind: "number", required: true },
  { header: "已整改", field: "rectified", kind: "bool", required: true },
  { header: ROW_ID_HEADER, field: "rowId", kind: "text" },
];

/** How far from the month a clerk's date may be: beyond, it is a typing error (9999-12-31). */
const DATE_WINDOW_DAYS = 366;

/** A clerk's log workbook from any host's grid (files: src/xlsx/readWorkbooks.ts). */
export function readClerkBook(book: WorkbookGrid): ClerkRead {
  const fileName = book.file;
  const isMonth = hasSheet(book, MONTH_SHEETS.duties) && hasSheet(book, MONTH_SHEETS.staff);
  requireSheets(
    book,
    CLERK_SHEETS,
    "个人工作日志",
    isMonth ? "这是月度考核工作簿，汇总时请把它作为第一个文件" : undefined
  );
  const issues: CellIssue[] = [];
  const ctx: ReadCtx = { file: fileName, issues };
  const head = readHead(book, ctx);
  if (/^\d{4}-\d{2}$/.test(head.month)) ctx.year = +head.month.slice(0, 4);

  const logs = readRecords(book, ctx, CLERK_SHEET.logs, "logs", LOG_FIELDS, {
    content: LOG_CONTENT,
  });
  const weekly = readRecords(book, ctx, CLERK_SHEET.weeklyPlans, "weeklyPlans", WEEKLY_FIELDS, {
    content: WEEKLY_CONTENT,
  });
  const tasks = readRecords(book, ctx, CLERK_SHEET.tasks, "tasks", TASK_FIELDS);
  const self = readRecords(book, ctx, CLERK_SHEET.selfCheck, "findings", SELF_FIELDS, {
    content: ["duty", "problem", "standard", "points"],
  });

  const need = (r: RecordsRead, collection: string, label: string, fields: [string, string][]) =>
    r.records.map((rec, i) => {
      for (const [field, header] of fields) {
        const cell = `${r.columns[field]}${r.rows[i]}`;
        if (
          (rec[field] === undefined || rec[field] === "") &&
          !issues.some((x) => x.sheet === r.sheet && x.cell === cell)
        ) {
          report(
            {
              file: fileName,
              sheet: r.sheet,
              issues,
              collection: collection as CellCtx["collection"],
              index: i,
              field,
              label: header,
            },
            { kind: "empty", value: null, address: cell },
            "error",
            "missing-field",
            `${label}未填写${header}，这一行没有汇总`,
            `填写${header}`
          );
        }
      }
    });
  need(logs, "logs", "工作日志", [
    ["date", "日期"],
    ["content", "工作内容"],
  ]);
  need(weekly, "weeklyPlans", "周计划", [
    ["weekStart", "周起始"],
    ["item", "计划事项"],
  ]);
  need(self, "findings", "自查", [
    ["date", "日期"],
    ["problem", "问题"],
  ]);
  samePerson(logs, head.person, fileName, issues, "logs");
  samePerson(weekly, head.person, fileName, issues, "weeklyPlans");
  if (/^\d{4}-\d{2}$/.test(head.month)) {
    const lo = addDays(monthStart(head.month), -DATE_WINDOW_DAYS);
    const hi = addDays(monthEnd(head.month), DATE_WINDOW_DAYS);
    farDates(logs, "logs", ["date"], lo, hi, head.month, fileName, issues);
    farDates(weekly, "weeklyPlans", ["weekStart"], lo, hi, head.month, fileName, issues);
    farDates(tasks, "tasks", ["completed", "reported"], lo, hi, head.month, fileName, issues);
    farDates(self, "findings", ["date"], lo, hi, head.month, fileName, issues);
  }
  const rowIds = {
    logs: uniqueIds(logs),
    weeklyPlans: uniqueIds(weekly),
    findings: uniqueIds(self),
  };
  const tokens = new Set<string>();
  for (const t of [CLERK_SHEET.logs, CLERK_SHEET.weeklyPlans, CLERK_SHEET.selfCheck])
    for (const id of allIds(book, t)) tokens.add(rowIdToken(id));

  const bad = (collection: string) =>
    new Set(
      issues
        .filter(
          (i) => i.severity === "error" && i.collection === collection && i.index !== undefined
        )
        .map((i) => i.index!)
    );
  const ok = <T>(
    r: RecordsRead,
    collection: string,
    f: (rec: Record<string, unknown>, i: number) => T
  ): T[] => {
    const b = bad(collection);
    return r.records.flatMap((rec, i) => (b.has(i) ? [] : [f(rec, i)]));
  };

  const original = hasSheet(book, CLERK_SHEET.original)
    ? readRecords(book, ctx, CLERK_SHEET.original, undefined, TASK_FIELDS)
    : undefined;
  const originals = new Map<string, { completed?: ISODate; reported?: ISODate }>();
  original?.records.forEach((r) => {
    if (typeof r.id === "string")
      originals.set(r.id, {
        ...(r.completed ? { completed: r.completed as string } : {}),
        ...(r.reported ? { reported: r.reported as string } : {}),
      });
  });

  return {
    file: fileName,
    person: head.person,
    month: head.month,
    logs: ok(logs, "logs", (r) => ({ ...r, person: head.person }) as unknown as LogEntry),
    weeklyPlans: ok(
      weekly,
      "weeklyPlans",
      (r) => ({ ...r, person: head.person }) as unknown as WeeklyPlan
    ),
    taskUpdates: ok(tasks, "tasks", (r, i) => {
      const u: TaskUpdate = {
        id: String(r.id ?? ""),
        cells: {
          completed: `${CLERK_SHEET.tasks}!${tasks.columns.completed}${tasks.rows[i]}`,
          reported: `${CLERK_SHEET.tasks}!${tasks.columns.reported}${tasks.rows[i]}`,
        },
      };
      if (r.completed !== undefined) u.completed = r.completed as string;
      if (r.reported !== undefined) u.reported = r.reported as string;
      const o = originals.get(u.id);
      if (original) u.original = o ?? {};
      return u;
    }).filter((u) => u.id !== ""),
    // a self-check is checked by the person themself
    findings: ok(
      self,
      "findings",
      (r) =>
        ({
          ...r,
          person: head.person,
          source: SELF_CHECK_SOURCE,
          veto: false,
          checker: head.person,
        }) as unknown as Finding
    ),
    issues,
    rowIds,
    tokens,
  };
}

/**
 * The identities of a table's rows, made unique: a row copied with its hidden identity (in an
 * unprotected copy) is the same row sent twice no more — the second one becomes `<id>#2`.
 */
function uniqueIds(r: RecordsRead): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const rec of r.records) {
    if (typeof rec.rowId !== "string" || rec.rowId === "") continue;
    const n = (seen.get(rec.rowId) ?? 0) + 1;
    seen.set(rec.rowId, n);
    if (n > 1) rec.rowId = `${rec.rowId}#${n}`;
    out.add(rec.rowId as string);
  }
  return out;
}

/** Every identity in a table's hidden column, rows without an entry included. */
function allIds(book: WorkbookGrid, sheet: string): string[] {
  try {
    const t = findTable(book, sheet, [ROW_ID_HEADER]);
    return t.rows
      .map((row) => row.cells[ROW_ID_HEADER])
      .filter((c) => c.kind === "text")
      .map((c) => String(c.value).trim())
      .filter(Boolean);
  } catch {
    return []; // a workbook made before row identities: rows are matched by their content
  }
}

/** A date far from the month (9999-12-31 for 2026-12-31): an error at its cell, the row not collected. */
function farDates(
  r: RecordsRead,
  collection: "logs" | "weeklyPlans" | "tasks" | "findings",
  fields: string[],
  lo: string,
  hi: string,
  month: string,
  file: string,
  issues: CellIssue[]
): void {
  r.records.forEach((rec, i) => {
    for (const field of fields) {
      const d = rec[field];
      if (!isISODate(d) || (d >= lo && d <= hi)) continue;
      const cell = `${r.columns[field]}${r.rows[i]}`;
      report(
        { file, sheet: r.sheet, issues, collection, index: i, field, label: field },
        { kind: "date", value: d, address: cell },
        "error",
        "date-out-of-range",
        `日期 ${d} 离考核月份 ${month} 超过一年，像是输入错误，这一行没有汇总`,
        `改成实际的日期（如 ${month}-15）后重新交回`
      );
    }
  });
}

/** A row whose 姓名 names someone else (the column is locked; an unprotected copy may differ). */
function samePerson(
  r: RecordsRead,
  person: string,
  file: string,
  issues: CellIssue[],
  collection: "logs" | "weeklyPlans"
): void {
  r.records.forEach((rec, i) => {
    if (rec.person === undefined || rec.person === person) return;
    const cell = `${r.columns.person}${r.rows[i]}`;
    report(
      { file, sheet: r.sheet, issues, collection, index: i, field: "person", label: "姓名" },
      { kind: "text", value: String(rec.person), address: cell },
      "error",
      "other-person",
      `姓名“${String(rec.person)}”不是本工作簿的“${person}”，这一行没有汇总`,
      `个人工作日志只填本人的记录；${String(rec.person)}的记录请填在其本人的工作日志中`
    );
  });
}

function readHead(book: WorkbookGrid, ctx: ReadCtx): { person: string; month: string } {
  const sheet = CLERK_SHEET.readme;
  const t = findTable(book, sheet, ["项目", "内容"]);
  let person = "";
  let month = "";
  for (const row of t.rows) {
    const item = row.cells["项目"];
    const key = item.kind === "text" ? String(item.value).replace(/[\s\u3000:：]/g, "") : "";
    const base = { file: ctx.file, sheet, issues: ctx.issues };
    if (key === CLERK_README.person && !person)
      person = textValue({ ...base, label: "姓名" }, row.cells["内容"]) ?? "";
    if (key === CLERK_README.month && !month)
      month = monthValue({ ...base, label: "考核月份" }, row.cells["内容"]) ?? "";
  }
  return { person, month };
}
