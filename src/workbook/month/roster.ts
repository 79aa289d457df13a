// 岗位职责 (the handbook's duties) and 人员 (the roster): inputs with dropdowns, read back by the
// reader through the headers of sheets.ts.

import { FREQUENCIES, type Duty, type Staff } from "../../domain/types";
import { addTable, type Column } from "../builder";
import { emptySheet, type SheetModel } from "../model";
import { HEADERS, MONTH_SHEETS } from "../sheets";
import type { MonthContext } from "./context";
import { finishSheet } from "./layout";
import { colRange } from "./names";
import { dateCell, numberCell } from "./usable";

const DUTY_SPARE_ROWS = 20;
// a warning, not a refusal: a new post is typed here first (the list is the posts at build time)
const POST_RULE = {
  type: "list",
  source: "",
  errorStyle: "warning",
  errorTitle: "岗位",
  error: "这个岗位不在岗位列表中，确定是新岗位吗？",
} as const;
const STAFF_SPARE_ROWS = 10;

export interface DutiesLayout {
  codes: string;
  points: string;
}

export function dutiesSheet(
  ctx: MonthContext,
  postList: string
): { sheet: SheetModel; layout: DutiesLayout } {
  const sheet = emptySheet(MONTH_SHEETS.duties);
  const seq = new Map<string, number>();
  const rows = ctx.typed.duties.map((d) => {
    const n = (seq.get(d.post) ?? 0) + 1;
    seq.set(d.post, n);
    return { d, n };
  });
  type R = { d: Duty; n: number };
  const H = HEADERS.duties;
  const columns: Column<R>[] = [
    { header: H[0], kind: "text", width: 9, input: true, value: (r) => r.d.code, wrap: false },
    {
      header: H[1],
      kind: "text",
      width: 14,
      input: true,
      value: (r) => r.d.post,
      validation: { ...POST_RULE, source: postList },
    },
    {
      header: H[2],
      kind: "number",
      width: 6,
      input: true,
      value: (r) => r.n,
      align: "center",
      validation: { type: "whole", min: 1, max: 999 },
    },
    { header: H[3], kind: "text", width: 40, input: true, value: (r) => r.d.content },
    {
      header: H[4],
      kind: "text",
      width: 7,
      input: true,
      value: (r) => r.d.frequency,
      align: "center",
      validation: {
        type: "list",
        values: [...FREQUENCIES],
        errorTitle: "频次",
        error: `频次应为：${FREQUENCIES.join("、")}`,
      },
    },
    { header: H[5], kind: "text", width: 22, input: true, value: (r) => r.d.timeLimit },
    { header: H[6], kind: "text", width: 30, input: true, value: (r) => r.d.standard },
    {
      header: H[7],
      kind: "text",
      width: 11,
      input: true,
      value: (r) => r.d.checker,
      validation: {
        type: "list",
        source: postList,
        errorStyle: "warning",
        errorTitle: "检查人",
        error: "检查人不是本办公室的岗位，确定要保留吗？",
      },
    },
    {
      header: H[8],
      kind: "number",
      width: 7,
      input: true,
      value: (r) => numberCell(r.d.points),
      align: "center",
      validation: {
        type: "decimal",
        min: 0,
        max: 100,
        errorTitle: "分值",
        error: "分值应为 0 到 100 之间的数",
      },
    },
  ];
  const t = addTable(sheet, { columns, rows, spareRows: DUTY_SPARE_ROWS });
  finishSheet(sheet, "input", {
    title: `${ctx.ds.office} 岗位职责`,
    landscape: true,
    printArea: `A1:I${Math.max(2, t.lastRecordRow)}`,
  });
  return {
    sheet,
    layout: {
      codes: colRange(sheet.name, "A", t.firstDataRow, t.lastRow),
      points: colRange(sheet.name, "I", t.firstDataRow, t.lastRow),
    },
  };
}

export interface StaffLayout {
  names: string;
  starts: string;
}

export function staffSheet(
  ctx: MonthContext,
  postList: string
): { sheet: SheetModel; layout: StaffLayout } {
  const sheet = emptySheet(MONTH_SHEETS.staff);
  const H = HEADERS.staff;
  const columns: Column<Staff>[] = [
    { header: H[0], kind: "text", width: 10, input: true, value: (s) => s.name },
    {
      header: H[1],
      kind: "text",
      width: 18,
      input: true,
      value: (s) => s.post,
      validation: { ...POST_RULE, source: postList },
    },
    {
      header: H[2],
      kind: "date",
      width: 12,
      input: true,
      value: (s) => dateCell(s.start),
      validation: {
        type: "date",
        error: "请输入日期，如 2026-10-19",
        prompt: "本月中途到岗的，填写开始考核的日期",
      },
    },
    { header: H[3], kind: "text", width: 30, input: true, value: (s) => s.note ?? null },
  ];
  const t = addTable(sheet, { columns, rows: ctx.typed.staff, spareRows: STAFF_SPARE_ROWS });
  finishSheet(sheet, "input", {
    title: `${ctx.ds.office} 人员`,
    printArea: `A1:D${Math.max(2, t.lastRecordRow)}`,
  });
  return {
    sheet,
    layout: {
      names: colRange(sheet.name, "A", t.firstDataRow, t.lastRow),
      starts: colRange(sheet.name, "C", t.firstDataRow, t.lastRow),
    },
  };
}
