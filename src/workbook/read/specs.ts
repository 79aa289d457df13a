// Which header of which sheet holds which dataset field, and which columns a file must have.
// Headers come from sheets.ts; formula and helper columns (应完成日, 状态, 差额 …) are not read.

import { HEADERS, ROW_ID_HEADER } from "../sheets";
import type { FieldSpec } from "./table";

type Header<K extends keyof typeof HEADERS> = (typeof HEADERS)[K][number] | typeof ROW_ID_HEADER;

function spec<K extends keyof typeof HEADERS>(
  _sheet: K,
  fields: [Header<K>, string, FieldSpec["kind"], boolean?][]
): FieldSpec[] {
  return fields.map(([header, field, kind, required]) => ({
    header,
    field,
    kind,
    required: required ?? true,
  }));
}

// A column that may be missing is one whose absence changes no score silently: notes and the
// clerk's free text. Everything scoring reads must be there (else the file is refused).
export const DUTY_FIELDS = spec("duties", [
  ["编码", "code", "text"],
  ["岗位", "post", "text"],
  ["工作内容", "content", "text"],
  ["频次", "frequency", "text"],
  ["时限要求", "timeLimit", "text"],
  ["质量标准", "standard", "text"],
  ["检查人", "checker", "text"],
  ["分值", "points", "number"],
]);

export const STAFF_FIELDS = spec("staff", [
  ["姓名", "name", "text"],
  ["岗位", "post", "text"],
  ["起算日期", "start", "date"],
  ["备注", "note", "text", false],
]);

export const TASK_FIELDS = spec("tasks", [
  ["编号", "id", "text"],
  ["来源", "source", "text"],
  ["事项", "title", "text"],
  ["职责编码", "duty", "code"],
  ["责任人", "owner", "text"],
  ["交办日期", "assigned", "date"],
  ["时限(工作日)", "limitWorkdays", "number"],
  ["到期日", "due", "date"],
  ["完成日期", "completed", "date"],
  ["回报日期", "reported", "date"],
  ["备注", "note", "text", false],
]);

export const LOG_FIELDS = spec("logs", [
  ["日期", "date", "date"],
  ["姓名", "person", "text"],
  ["职责编码", "duty", "code"],
  ["工作内容", "content", "text"],
  ["完成情况", "status", "text"],
  ["存在问题", "problem", "text", false],
  ["对策措施", "measure", "text", false],
  ["自查", "selfCheck", "text", false],
  [ROW_ID_HEADER, "rowId", "text", false],
]);
/** fields a person writes in a log row (date and name are pre-filled) */
export const LOG_CONTENT = ["duty", "content", "status", "problem", "measure", "selfCheck"];

export const WEEKLY_FIELDS = spec("weeklyPlans", [
  ["姓名", "person", "text"],
  ["周起始", "weekStart", "date"],
  ["计划事项", "item", "text"],
  ["职责编码", "duty", "code", false],
  ["完成情况", "outcome", "text", false],
  [ROW_ID_HEADER, "rowId", "text", false],
]);
export const WEEKLY_CONTENT = ["item", "duty", "outcome"];

export const FINDING_FIELDS = spec("findings", [
  ["日期", "date", "date"],
  ["被检查人", "person", "text"],
  ["职责编码", "duty", "code"],
  ["问题", "problem", "text"],
  ["扣分标准", "standard", "text", false],
  ["扣分", "points", "number"],
  ["来源", "source", "text"],
  ["已整改", "rectified", "bool"],
  ["一票否决", "veto", "bool"],
  ["检查人", "checker", "text", false],
  [ROW_ID_HEADER, "rowId", "text", false],
]);

export const QUOTA_FIELDS = spec("quotas", [
  ["姓名", "person", "text"],
  ["指标", "indicator", "text"],
  ["年度目标", "annualTarget", "number", false],
  ["本月目标", "target", "number"],
  ["本月完成", "actual", "number"],
  ["此前累计", "priorActual", "number", false],
]);

export const BONUS_FIELDS = spec("bonuses", [
  ["日期", "date", "date"],
  ["姓名", "person", "text"],
  ["事由", "reason", "text"],
  ["加分", "points", "number"],
]);
