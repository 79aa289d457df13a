// One cell of a user's workbook as the dataset value it stands for, accepted as people type
// it. What cannot be used is reported as a CellIssue; the text typed is kept in the dataset
// (never a made-up value) so regenerating the workbook loses nothing and the entry check
// keeps the record out of scoring. A formula typed into an input cell is never evaluated: in a
// clerk's file it is refused; in the director's month workbook (ctx.formulas given) its cached
// result is read, with a warning, and the formula is listed so regenerating writes it back.

import { parseDate } from "../../domain/dates";
import type { Collection } from "../../domain/types";
import type { RawCell } from "../grid";
import { checkFormula } from "../functions";
import { cellMessage, type CellIssue } from "./issues";

/** Where a cell's value goes: file and sheet for messages, the record for scoring exclusion. */
export interface CellCtx {
  file: string;
  sheet: string;
  issues: CellIssue[];
  /** the workbook's year, for dates typed without one (`11月3日`) */
  year?: number;
  collection?: Collection;
  index?: number;
  /** dataset field name of the column */
  field?: string;
  /** the column's header, for messages */
  label: string;
  /**
   * The director's own workbook: a formula typed into an input cell is read as its cached result
   * (with a `formula-kept` warning) and listed here, so collect and regenerate write it back.
   */
  formulas?: InputFormula[];
}

/** A formula the director typed into an input cell, with the value it was read as. */
export interface InputFormula {
  sheet: string;
  cell: string;
  collection: Collection;
  index: number;
  field: string;
  /** without the leading `=` */
  formula: string;
  /** what the cell was read as (the dataset value) */
  value: unknown;
  /** the formula's cached result as the file holds it (ISO text for a date) */
  result: string | number | boolean;
}

export function report(
  ctx: CellCtx,
  cell: RawCell,
  severity: CellIssue["severity"],
  code: string,
  text: string,
  fix: string
): void {
  const issue: CellIssue = {
    severity,
    code,
    sheet: ctx.sheet,
    cell: cell.address,
    message: cellMessage(ctx.file, ctx.sheet, cell.address, text),
    fix,
  };
  if (ctx.collection !== undefined && ctx.index !== undefined) {
    issue.collection = ctx.collection;
    issue.index = ctx.index;
    if (ctx.field !== undefined) issue.field = ctx.field;
  }
  ctx.issues.push(issue);
}

const show = (v: unknown): string => {
  const s = String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

/**
 * Formula and error cells are refused for every input column: the clerk's formula is not
 * evaluated (a workbook from outside may carry anything, `=HYPERLINK(...)` included).
 * Returns true when the cell was refused.
 */
function refused(ctx: CellCtx, cell: RawCell): boolean {
  if (cell.kind === "formula") {
    report(
      ctx,
      cell,
      "error",
      "formula-in-input",
      `${ctx.label}栏填的是公式“=${show(cell.formula ?? "")}”，录入栏只能直接填写内容，公式不计算也不读取`,
      `删除公式，直接填写${ctx.label}`
    );
    return true;
  }
  if (cell.kind === "error") {
    report(
      ctx,
      cell,
      "error",
      "error-value",
      `${ctx.label}栏是错误值 ${show(cell.value)}`,
      `重新填写${ctx.label}`
    );
    return true;
  }
  return false;
}

/**
 * In the director's workbook, a formula with a cached result stands for that result: the cell as
 * if the result had been typed (the caller records the formula once the value is known).
 */
function cachedResult(ctx: CellCtx, cell: RawCell): RawCell {
  if (cell.kind !== "formula" || !ctx.formulas || ctx.collection === undefined) return cell;
  if (ctx.index === undefined || ctx.field === undefined) return cell;
  const kind = cell.resultKind;
  if (!kind || kind === "empty" || kind === "error") return cell;
  // only what gives the same result everywhere and every day: no TODAY(), HYPERLINK, links
  if (checkFormula(cell.formula ?? "").length > 0) return cell;
  report(
    ctx,
    cell,
    "warning",
    "formula-kept",
    `${ctx.label}栏填的是公式“=${show(cell.formula ?? "")}”，按其结果“${show(cell.value)}”计分；公式原样保留`,
    `录入栏宜直接填写内容：确认结果无误，或把公式换成结果“${show(cell.value)}”`
  );
  return { kind, value: cell.value, address: cell.address, formula: cell.formula };
}

/** Records the formula of a cell read through cachedResult, with the value it became. */
function kept<T>(ctx: CellCtx, cell: RawCell, value: T): T {
  if (cell.formula !== undefined && cell.kind !== "formula" && ctx.formulas && value !== undefined)
    ctx.formulas.push({
      sheet: ctx.sheet,
      cell: cell.address,
      collection: ctx.collection!,
      index: ctx.index!,
      field: ctx.field!,
      formula: cell.formula,
      value,
      result: cell.value as string | number | boolean,
    });
  return value;
}

/** Full-width digits, signs and dots (Chinese IME) to ASCII; spaces and thousands commas dropped. */
function numericText(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3002/g, ".")
    .replace(/[\s\u3000,]/g, "");
}

function textValueOf(ctx: CellCtx, cell: RawCell): string | undefined {
  if (cell.kind === "empty" || refused(ctx, cell)) return undefined;
  if (cell.kind === "bool") return cell.value ? "TRUE" : "FALSE";
  const s = String(cell.value).trim();
  return s === "" ? undefined : s;
}

function dateValueOf(ctx: CellCtx, cell: RawCell): string | undefined {
  if (cell.kind === "empty" || refused(ctx, cell)) return undefined;
  if (cell.kind === "date") return String(cell.value).slice(0, 10);
  const parsed = parseDate(
    cell.kind === "number" ? cell.value : String(cell.value),
    ctx.year ? { year: ctx.year } : undefined
  );
  const typed = String(cell.value).trim();
  if (!parsed.ok) {
    report(
      ctx,
      cell,
      "error",
      "invalid-date",
      `${ctx.label}${parsed.message}`,
      `按 2026-10-09 的格式填写${ctx.label}`
    );
    return typed;
  }
  if (cell.kind === "text") {
    report(
      ctx,
      cell,
      "warning",
      "text-date",
      `${ctx.label}“${show(typed)}”是文本，已按日期 ${parsed.date} 读取；表中公式不会把文本当作日期`,
      `把单元格设为日期格式后重新输入 ${parsed.date}`
    );
  }
  return parsed.date;
}

function numberValueOf(ctx: CellCtx, cell: RawCell): number | string | undefined {
  if (cell.kind === "empty" || refused(ctx, cell)) return undefined;
  if (cell.kind === "number") return cell.value as number;
  const typed = String(cell.value).trim();
  if (cell.kind === "text") {
    const t = numericText(typed);
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) {
      const n = Number(t);
      report(
        ctx,
        cell,
        "warning",
        "text-number",
        `${ctx.label}“${show(typed)}”是文本，已按数字 ${n} 读取；表中公式不会把文本当作数字`,
        `把单元格设为数字格式后重新输入 ${n}`
      );
      return n;
    }
  }
  report(
    ctx,
    cell,
    "error",
    "not-a-number",
    `${ctx.label}“${show(typed)}”不是数字`,
    `${ctx.label}只填数字，不要带单位或文字`
  );
  return typed;
}

const YES_WORDS = new Set([
  "是",
  "y",
  "yes",
  "true",
  "t",
  "1",
  "√",
  "✓",
  "✔",
  "对",
  "有",
  "已整改",
  "已",
  "是的",
]);
const NO_WORDS = new Set([
  "否",
  "n",
  "no",
  "false",
  "f",
  "0",
  "×",
  "✗",
  "✘",
  "不",
  "无",
  "没有",
  "未",
  "未整改",
  "不是",
]);

function boolValueOf(ctx: CellCtx, cell: RawCell): boolean | string {
  if (cell.kind === "empty" || refused(ctx, cell)) return false;
  if (cell.kind === "bool") return cell.value as boolean;
  const typed = String(cell.value).trim();
  const key = numericText(typed).toLowerCase();
  if (YES_WORDS.has(key)) return true;
  if (NO_WORDS.has(key) || key === "") return false;
  report(
    ctx,
    cell,
    "error",
    "invalid-yes-no",
    `${ctx.label}“${show(typed)}”应为“是”或“否”`,
    `${ctx.label}从下拉列表选择“是”或“否”`
  );
  return typed;
}

/** `2026-10`, `2026/10`, `2026.10`, `2026年10月`, or a date in the month. */
export function monthValue(ctx: CellCtx, cell: RawCell): string | undefined {
  if (cell.kind === "empty" || refused(ctx, cell)) return undefined;
  if (cell.kind === "date") return String(cell.value).slice(0, 7);
  const typed = String(cell.value).trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?(份)?$/.exec(
    numericText(typed).replace(/\.$/, "")
  );
  if (m && +m[2] >= 1 && +m[2] <= 12) return `${m[1]}-${m[2].padStart(2, "0")}`;
  const d = parseDate(typed);
  if (d.ok) return d.date.slice(0, 7);
  report(
    ctx,
    cell,
    "error",
    "invalid-month",
    `${ctx.label}“${show(typed)}”不是月份`,
    `按 2026-10 的格式填写${ctx.label}`
  );
  return typed;
}

/** Text as typed (trimmed); numbers, dates and booleans as their text. */
export function textValue(ctx: CellCtx, cell: RawCell): string | undefined {
  const c = cachedResult(ctx, cell);
  return kept(ctx, c, textValueOf(ctx, c));
}

/** A date: Excel dates and serials as they are; text through parseDate, with a warning. */
export function dateValue(ctx: CellCtx, cell: RawCell): string | undefined {
  const c = cachedResult(ctx, cell);
  return kept(ctx, c, dateValueOf(ctx, c));
}

/** A number: numeric text (full-width digits too) accepted with a warning. */
export function numberValue(ctx: CellCtx, cell: RawCell): number | string | undefined {
  const c = cachedResult(ctx, cell);
  return kept(ctx, c, numberValueOf(ctx, c));
}

/** 是/否 and the ways people write them; a blank cell is 否. */
export function boolValue(ctx: CellCtx, cell: RawCell): boolean | string {
  const c = cachedResult(ctx, cell);
  return kept(ctx, c, boolValueOf(ctx, c));
}
