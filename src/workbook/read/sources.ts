// The office's own Excel files as sources of the catalogue and the roster (SPEC §8 `--catalog`,
// `--staff`): a handbook (its editable 岗位职责 sheet, posts added there included) or a month
// workbook for the catalogue; a month workbook's 人员 or any sheet with 姓名 and 岗位 headers for
// the roster. Rows are read by header text like every table; every problem names sheet and cell.

import type { Duty, Post, Rules, Staff } from "../../domain/types";
import { sheetName, WorkbookReadError, type WorkbookGrid } from "../grid";
import { MONTH_SHEETS } from "../sheets";
import type { CellIssue } from "./issues";
import { readRulesSheet } from "./rulesSheet";
import { DUTY_FIELDS, STAFF_FIELDS } from "./specs";
import { readRecords, type ReadCtx } from "./table";

export interface CatalogRead {
  /** the unit named on the handbook's cover or the month workbook's 说明, when found */
  office?: string;
  posts: Post[];
  duties: Duty[];
  /** a month workbook's 考核标准 where it differs from the defaults (the rules in force) */
  rules?: Partial<Rules>;
  /** cell problems and missing fields, each with sheet and cell; errors make the catalogue unusable */
  issues: CellIssue[];
}

export interface RosterRead {
  sheet: string;
  staff: Staff[];
  issues: CellIssue[];
}

const problem = (ctx: ReadCtx, sheet: string, cell: string, message: string, fix: string) =>
  ctx.issues.push({
    severity: "error",
    code: "required",
    sheet,
    cell,
    message: `文件 ${ctx.file}，${sheet}!${cell}：${message}`,
    fix,
  });

/** The text right of a `印发单位：` / `编制单位：` / `单位` label in the first rows of 封面 or 说明. */
function officeName(grid: WorkbookGrid): string | undefined {
  for (const want of ["封面", MONTH_SHEETS.readme]) {
    const sheet = sheetName(grid, want);
    if (!sheet) continue;
    const size = grid.size(sheet);
    for (let r = 1; r <= Math.min(size.rows, 40); r++) {
      for (let c = 1; c < Math.min(size.columns, 8); c++) {
        const label = grid.cellAt(sheet, r, c);
        if (
          label.kind !== "text" ||
          !/^(印发单位|编制单位|单位)[:：]?$/.test(String(label.value).trim())
        )
          continue;
        const v = grid.cellAt(sheet, r, c + 1);
        if (v.kind === "text" && String(v.value).trim()) return String(v.value).trim();
      }
    }
  }
  return undefined;
}

/** 岗位职责 of a handbook or month workbook. */
export function readCatalogBook(grid: WorkbookGrid): CatalogRead {
  const ctx: ReadCtx = { file: grid.file, issues: [] };
  const sheet = MONTH_SHEETS.duties;
  if (!sheetName(grid, sheet)) {
    throw new WorkbookReadError(
      "missing-sheet",
      `${grid.place}中没有工作表“${sheet}”，不是岗位责任手册或月度考核工作簿`,
      grid.file,
      sheet
    );
  }
  // spare rows (formulas, 序号 only) are not duties: a row counts when it has code, post or content
  const t = readRecords(grid, ctx, sheet, "duties", DUTY_FIELDS, {
    content: ["code", "post", "content"],
  });
  const duties: Duty[] = [];
  const seen = new Map<string, number>();
  t.records.forEach((rec, i) => {
    const row = t.rows[i];
    const missing = DUTY_FIELDS.filter(
      (f) => ["code", "post", "content", "points"].includes(f.field) && rec[f.field] === undefined
    );
    for (const f of missing)
      problem(
        ctx,
        sheet,
        `${t.columns[f.field]}${row}`,
        `缺少“${f.header}”`,
        `填写${f.header}，或删除这一行`
      );
    if (typeof rec.points === "string")
      problem(
        ctx,
        sheet,
        `${t.columns.points}${row}`,
        `分值“${rec.points}”不是数字`,
        "填写数字分值"
      );
    const code = rec.code as string | undefined;
    if (code !== undefined && seen.has(code)) {
      problem(
        ctx,
        sheet,
        `${t.columns.code}${row}`,
        `编码 ${code} 与第 ${seen.get(code)} 行重复`,
        "每项职责用不同的编码"
      );
    } else if (code !== undefined) seen.set(code, row);
    duties.push(rec as unknown as Duty);
  });
  const posts: Post[] = [];
  for (const d of duties)
    if (typeof d.post === "string" && !posts.some((p) => p.name === d.post))
      posts.push({ name: d.post });
  // the rules in force, for the handbook's appendix: a problem in 考核标准 is check's business and
  // never blocks the catalogue (the appendix then states the defaults)
  const rulesCtx: ReadCtx = { file: grid.file, issues: [] };
  const rulesRead = sheetName(grid, MONTH_SHEETS.rules)
    ? readRulesSheet(grid, rulesCtx, sheetName(grid, MONTH_SHEETS.rules)!).rules
    : undefined;
  const rules = rulesCtx.issues.some((i) => i.severity === "error") ? undefined : rulesRead;
  return {
    office: officeName(grid),
    posts,
    duties,
    ...(rules ? { rules } : {}),
    issues: ctx.issues,
  };
}

/** The roster: 人员 of a month workbook, else the first sheet with 姓名 and 岗位 headers. */
export function readRosterBook(grid: WorkbookGrid): RosterRead {
  const ctx: ReadCtx = { file: grid.file, issues: [] };
  const fields = STAFF_FIELDS.map((f) =>
    f.field === "name" || f.field === "post" ? f : { ...f, required: false }
  );
  const candidates = [
    ...(sheetName(grid, MONTH_SHEETS.staff) ? [sheetName(grid, MONTH_SHEETS.staff)!] : []),
    ...grid.sheetNames.filter((s) => s !== sheetName(grid, MONTH_SHEETS.staff)),
  ];
  for (const sheet of candidates) {
    let t;
    try {
      t = readRecords(grid, ctx, sheet, "staff", fields);
    } catch (err) {
      if (err instanceof WorkbookReadError && err.code === "missing-header") continue;
      throw err;
    }
    const seen = new Map<string, number>();
    t.records.forEach((rec, i) => {
      const row = t.rows[i];
      for (const f of fields.filter((x) => x.required && rec[x.field] === undefined))
        problem(
          ctx,
          sheet,
          `${t.columns[f.field]}${row}`,
          `缺少“${f.header}”`,
          `填写${f.header}，或删除这一行`
        );
      const name = rec.name as string | undefined;
      if (name !== undefined && seen.has(name))
        problem(
          ctx,
          sheet,
          `${t.columns.name}${row}`,
          `“${name}”与第 ${seen.get(name)} 行重名`,
          "重名的人请加以区分（如 张伟(档案)）"
        );
      else if (name !== undefined) seen.set(name, row);
    });
    return { sheet, staff: t.records as unknown as Staff[], issues: ctx.issues };
  }
  throw new WorkbookReadError(
    "missing-header",
    `${grid.place}中没有人员名单：需要一个第一行有“姓名”“岗位”（可加“起算日期”“备注”）的工作表`,
    grid.file
  );
}

/** Why a catalogue or roster read from a file cannot be used: the first problem's place too. */
export interface SourceRefusal {
  /** Chinese, naming the file and each problem's sheet and cell (at most 10 listed) */
  message: string;
  sheet?: string;
  cell?: string;
}

function refusal(file: string, what: string, issues: readonly CellIssue[]): SourceRefusal | null {
  const errors = issues.filter((i) => i.severity === "error");
  if (errors.length === 0) return null;
  const lines = errors.slice(0, 10).map((i) => `  ${i.message}（${i.fix}）`);
  if (errors.length > 10) lines.push(`  ……共 ${errors.length} 处`);
  return {
    message: `文件 ${file} 不能用作${what}：\n${lines.join("\n")}`,
    sheet: errors[0].sheet,
    cell: errors[0].cell,
  };
}

/** A catalogue with errors or without any duty is refused (`gangze month --catalog`, the pane). */
export function catalogRefusal(file: string, read: CatalogRead): SourceRefusal | null {
  return (
    refusal(file, "岗位职责目录", read.issues) ??
    (read.duties.length === 0
      ? { message: `文件 ${file} 的“${MONTH_SHEETS.duties}”表中没有职责条目` }
      : null)
  );
}

/** A roster with errors or without anybody is refused (`gangze month --staff`, the pane). */
export function rosterRefusal(file: string, read: RosterRead): SourceRefusal | null {
  return (
    refusal(file, "人员名单", read.issues) ??
    (read.staff.length === 0 ? { message: `文件 ${file} 的“${read.sheet}”表中没有人员` } : null)
  );
}
