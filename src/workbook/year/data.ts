// The year workbook's data sheets: 月度成绩 (each person's result in each month, recomputed from
// the month workbooks' entries) and 指标明细 (each month's 月度指标 rows). Locked values: the
// result sheets' formulas read them, in month order then each month's staff order.

import type { Quota } from "../../domain/types";
import type { MonthScore } from "../../domain/year";
import { addTable, type Column } from "../builder";
import { emptySheet, type SheetModel } from "../model";
import { finishSheet } from "../month/layout";
import { colRange } from "../month/names";
import { NO, YES } from "../sheets";
import type { YearContext } from "./context";
import { YEAR_HEADERS, YEAR_SHEETS } from "./sheets";

export interface DataLayout {
  /** absolute range of a column's data rows, sheet included */
  range(header: string): string;
}

type MonthRow = MonthScore & { month: string };
type QuotaRow = Quota & { month: string };

function layoutOf(
  sheet: string,
  headers: readonly string[],
  first: number,
  last: number
): DataLayout {
  return {
    range: (h) => {
      const i = headers.indexOf(h);
      if (i < 0) throw new Error(`没有这一列：${h}`);
      return colRange(sheet, String.fromCharCode(65 + i), first, last);
    },
  };
}

export function monthDataSheet(ctx: YearContext): { sheet: SheetModel; layout: DataLayout } {
  const sheet = emptySheet(YEAR_SHEETS.monthData);
  const rows: MonthRow[] = ctx.months.flatMap((m) =>
    m.people.map((p) => ({ ...p, month: m.month }))
  );
  const H = YEAR_HEADERS.monthData;
  const columns: Column<MonthRow>[] = [
    { header: H[0], kind: "text", width: 9, value: (r) => r.month, align: "center" },
    { header: H[1], kind: "text", width: 10, value: (r) => r.name },
    { header: H[2], kind: "text", width: 16, value: (r) => r.post },
    {
      header: H[3],
      kind: "number",
      width: 8,
      value: (r) => r.score,
      numberFormat: "0.00",
      align: "center",
    },
    { header: H[4], kind: "text", width: 8, value: (r) => r.grade, align: "center" },
    { header: H[5], kind: "number", width: 9, value: (r) => r.money, align: "center" },
    { header: H[6], kind: "text", width: 8, value: (r) => (r.veto ? YES : NO), align: "center" },
    {
      header: YEAR_HEADERS.monthDataHelpers[0],
      kind: "formula",
      width: 18,
      formula: (row) => `$A${row}&"|"&$B${row}`,
      result: (r) => (r ? `${r.month}|${r.name}` : ""),
    },
  ];
  const t = addTable(sheet, { columns, rows, autoHeight: false });
  finishSheet(sheet, "input", {
    title: `${ctx.office} ${ctx.result.year}年 月度成绩`,
    printArea: `A1:G${Math.max(2, t.lastRow)}`,
  });
  return {
    sheet,
    layout: layoutOf(
      sheet.name,
      [...H, ...YEAR_HEADERS.monthDataHelpers],
      t.firstDataRow,
      t.lastRow
    ),
  };
}

export function quotaDataSheet(ctx: YearContext): { sheet: SheetModel; layout: DataLayout } {
  const sheet = emptySheet(YEAR_SHEETS.quotaData);
  const rows: QuotaRow[] = ctx.months.flatMap((m) =>
    m.quotas.map((q) => ({ ...q, month: m.month }))
  );
  const H = YEAR_HEADERS.quotaData;
  const columns: Column<QuotaRow>[] = [
    { header: H[0], kind: "text", width: 9, value: (r) => r.month, align: "center" },
    { header: H[1], kind: "text", width: 10, value: (r) => r.person },
    { header: H[2], kind: "text", width: 18, value: (r) => r.indicator },
    {
      header: H[3],
      kind: "number",
      width: 9,
      value: (r) => r.annualTarget ?? null,
      align: "center",
    },
    { header: H[4], kind: "number", width: 9, value: (r) => r.target, align: "center" },
    { header: H[5], kind: "number", width: 9, value: (r) => r.actual, align: "center" },
  ];
  const t = addTable(sheet, { columns, rows, autoHeight: false });
  finishSheet(sheet, "input", { title: `${ctx.office} ${ctx.result.year}年 指标明细` });
  return { sheet, layout: layoutOf(sheet.name, H, t.firstDataRow, t.lastRow) };
}
