// The record sheets: 工作日志, 周计划, 检查记录, 月度指标, 加分记录. Inputs with dropdowns and
// spare rows; the few formula columns (and helpers after the SPEC columns) feed the scoring.

import { findingFactor, quotaGap } from "../../domain/scoring";
import { quotaYearColumns } from "./quotaYear";
import {
  FINDING_SOURCES,
  LOG_STATUSES,
  type Bonus,
  type Finding,
  type LogEntry,
  type Quota,
  type WeeklyPlan,
} from "../../domain/types";
import { addTable } from "../builder";
import { parseCell } from "../address";
import {
  emptySheet,
  isoToSerial,
  type FormulaResult,
  type SheetModel,
  type ValidationRule,
} from "../model";
import { HEADERS, MONTH_SHEETS, NO, ROW_ID_HEADER, YES } from "../sheets";
import { isWorking, type MonthContext } from "./context";
import { dateRule, formulaCol, inputCol, yesNo } from "./columns";
import { finishSheet } from "./layout";
import { yesNoCell } from "./usable";
import { colRange, columnLetters, MONTH_NAMES as N, RULE_NAMES as RN } from "./names";
import { workingF, type ViewTable } from "./sortedView";

const LOG_SPARE_ROWS = 100;
const PLAN_SPARE_ROWS = 40;
const FINDING_SPARE_ROWS = 30;
const QUOTA_SPARE_ROWS = 10;
const BONUS_SPARE_ROWS = 20;
export const LOG_HELPER = "有效日志";
/** 姓名|日期 of a complete row: 有效日志's fallback finds a person's first row of a day by MATCH */
export const LOG_KEY = "日志键";
export const FINDING_HELPERS = ["折算扣分", "计入扣分"] as const;

/** The clerk's row a record was collected from (hidden: width 0, locked; see ROW_ID_HEADER). */
function rowIdCol<R extends { rowId?: string }>() {
  return inputCol<R>(ROW_ID_HEADER, "text", 0, (r) => r.rowId, { input: false, wrap: false });
}

export interface Lists {
  codes: string;
  names: string;
  standards: string;
}

/** A table's columns as absolute ranges over its data rows (spare rows included). */
export interface RecordsLayout {
  range(header: string): string;
}

function layoutOf(
  sheet: string,
  headers: readonly string[],
  first: number,
  last: number
): RecordsLayout {
  const L = columnLetters(headers);
  return { range: (h) => colRange(sheet, L[h], first, last) };
}

export function logsSheet(
  ctx: MonthContext,
  lists: Lists
): { sheet: SheetModel; layout: RecordsLayout } {
  const sheet = emptySheet(MONTH_SHEETS.logs);
  const working = new Set(ctx.days.filter((d) => isWorking(d.type)).map((d) => d.date));
  // 有效日志: 1 on the first row of a person's working day, so COUNTIFS counts days, not rows
  const seen = new Set<string>();
  const valid = ctx.ds.logs.map((l): FormulaResult => {
    if (!l.date || !l.person) return "";
    const k = `${l.person}\u0001${l.date}`;
    if (seen.has(k)) return 0;
    seen.add(k);
    return working.has(l.date) ? 1 : 0;
  });
  const H = HEADERS.logs;
  const first = 2;
  const last = first + ctx.typed.logs.length + LOG_SPARE_ROWS - 1;
  const keyCol = columnLetters([...H, LOG_HELPER, LOG_KEY])[LOG_KEY];
  const t = addTable(sheet, {
    rows: ctx.typed.logs,
    spareRows: LOG_SPARE_ROWS,
    autoHeight: false,
    columns: [
      inputCol<LogEntry>(H[0], "date", 11, (l) => l.date, { validation: dateRule }),
      inputCol<LogEntry>(H[1], "text", 8, (l) => l.person, {
        validation: { type: "list", source: lists.names, error: "请从人员表中选择姓名" },
      }),
      inputCol<LogEntry>(H[2], "text", 9, (l) => l.duty, {
        validation: {
          type: "list",
          source: lists.codes,
          errorStyle: "warning",
          error: "岗位职责中没有这个编码，确定要保留吗？",
        },
      }),
      inputCol<LogEntry>(H[3], "text", 36, (l) => l.content),
      inputCol<LogEntry>(H[4], "text", 8, (l) => l.status, {
        validation: {
          type: "list",
          values: [...LOG_STATUSES],
          error: `完成情况应为：${LOG_STATUSES.join("、")}`,
        },
        align: "center",
      }),
      inputCol<LogEntry>(H[5], "text", 20, (l) => l.problem),
      inputCol<LogEntry>(H[6], "text", 20, (l) => l.measure),
      inputCol<LogEntry>(H[7], "text", 12, (l) => l.selfCheck),
      // a repeated day is a row whose key first occurs higher up: one MATCH over the fixed key
      // column, not a COUNTIFS over an expanding range (LibreOffice recomputed every row below
      // an edited date on that path, which made one edit grow with rows², issue 12)
      formulaCol<LogEntry>(
        LOG_HELPER,
        8,
        (r) =>
          `IF(OR(NOT(ISNUMBER($A${r})),$B${r}=""),"",IF(MATCH($${keyCol}${r},$${keyCol}$${first}:$${keyCol}$${last},0)<ROW()-${first - 1},0,${workingF(`$A${r}`)}))`,
        (_, i) => valid[i]
      ),
      formulaCol<LogEntry>(
        LOG_KEY,
        8,
        (r) => `IF(OR(NOT(ISNUMBER($A${r})),$B${r}=""),"",$B${r}&"|"&$A${r})`,
        (_, i) => {
          const l = ctx.ds.logs[i];
          return l.date && l.person ? `${l.person}|${isoToSerial(l.date)}` : "";
        }
      ),
      rowIdCol<LogEntry>(),
    ],
  });
  finishSheet(sheet, "input", {
    title: `${ctx.ds.office} ${ctx.ds.month} 工作日志`,
    landscape: true,
    helpers: [LOG_HELPER, LOG_KEY],
  });
  if (t.firstDataRow !== first || t.lastRow !== last) throw new Error("工作日志 的行与日志键不符");
  return { sheet, layout: layoutOf(sheet.name, [...H, LOG_HELPER], t.firstDataRow, t.lastRow) };
}

export function plansSheet(ctx: MonthContext, lists: Lists): SheetModel {
  const sheet = emptySheet(MONTH_SHEETS.weeklyPlans);
  const H = HEADERS.weeklyPlans;
  addTable(sheet, {
    rows: ctx.typed.weeklyPlans,
    spareRows: PLAN_SPARE_ROWS,
    autoHeight: false,
    columns: [
      inputCol<WeeklyPlan>(H[0], "text", 8, (p) => p.person, {
        validation: { type: "list", source: lists.names, error: "请从人员表中选择姓名" },
      }),
      inputCol<WeeklyPlan>(H[1], "date", 11, (p) => p.weekStart, {
        validation: { ...dateRule, prompt: "填写该周的星期一" } as ValidationRule,
      }),
      inputCol<WeeklyPlan>(H[2], "text", 40, (p) => p.item),
      inputCol<WeeklyPlan>(H[3], "text", 9, (p) => p.duty, {
        validation: {
          type: "list",
          source: lists.codes,
          errorStyle: "warning",
          error: "岗位职责中没有这个编码，确定要保留吗？",
        },
      }),
      inputCol<WeeklyPlan>(H[4], "text", 30, (p) => p.outcome),
      rowIdCol<WeeklyPlan>(),
    ],
  });
  finishSheet(sheet, "input", {
    title: `${ctx.ds.office} ${ctx.ds.month} 周计划`,
    landscape: true,
  });
  return sheet;
}

export function findingsSheet(
  ctx: MonthContext,
  lists: Lists
): { sheet: SheetModel; layout: RecordsLayout } {
  const { rules, month } = ctx;
  const sheet = emptySheet(MONTH_SHEETS.findings);
  const H = HEADERS.findings;
  // cached values from the usable record of the same row (text points count as 0, text dates as none)
  const points = (i: number): number => {
    const f = ctx.ds.findings[i];
    return f.points * findingFactor(f, rules);
  };
  const inMonth = (i: number): boolean => {
    const d = ctx.ds.findings[i].date;
    return d !== "" && d >= month.start && d <= month.asOf;
  };
  const t = addTable(sheet, {
    rows: ctx.typed.findings,
    spareRows: FINDING_SPARE_ROWS,
    columns: [
      inputCol<Finding>(H[0], "date", 11, (f) => f.date, { validation: dateRule }),
      inputCol<Finding>(H[1], "text", 8, (f) => f.person, {
        validation: { type: "list", source: lists.names, error: "请从人员表中选择姓名" },
      }),
      inputCol<Finding>(H[2], "text", 9, (f) => f.duty, {
        validation: {
          type: "list",
          source: lists.codes,
          errorStyle: "warning",
          error: "岗位职责中没有这个编码，确定要保留吗？",
        },
      }),
      inputCol<Finding>(H[3], "text", 30, (f) => f.problem),
      inputCol<Finding>(H[4], "text", 8, (f) => f.standard, {
        validation: {
          type: "list",
          source: lists.standards,
          errorStyle: "warning",
          error: "扣分标准中没有这个代码，确定要保留吗？",
        },
      }),
      inputCol<Finding>(H[5], "number", 6, (f) => f.points, {
        validation: { type: "decimal", min: 0, error: "扣分应为不小于 0 的数" },
        align: "center",
      }),
      inputCol<Finding>(H[6], "text", 9, (f) => f.source, {
        validation: {
          type: "list",
          values: [...FINDING_SOURCES],
          error: `来源应为：${FINDING_SOURCES.join("、")}`,
        },
        align: "center",
      }),
      inputCol<Finding>(H[7], "text", 7, (f) => yesNoCell(f.rectified, YES, NO), {
        validation: yesNo,
        align: "center",
      }),
      inputCol<Finding>(H[8], "text", 8, (f) => yesNoCell(f.veto, YES, NO), {
        validation: yesNo,
        align: "center",
      }),
      inputCol<Finding>(H[9], "text", 8, (f) => f.checker, {
        validation: {
          type: "list",
          source: lists.names,
          errorStyle: "warning",
          error: "检查人不在人员表中，确定要保留吗？",
        },
      }),
      formulaCol<Finding>(
        FINDING_HELPERS[0],
        8,
        (r) =>
          `IF(COUNTA($A${r}:$J${r})=0,"",N($F${r})*IF($G${r}="组织检查",${RN.findingFactorOrg},IF($H${r}="${YES}",${RN.findingFactorSelfRectified},${RN.findingFactorSelfOpen})))`,
        (_, i) => points(i)
      ),
      formulaCol<Finding>(
        FINDING_HELPERS[1],
        8,
        (r) =>
          `IF($K${r}="","",IF(AND(ISNUMBER($A${r}),$A${r}>=${N.start},$A${r}<=${N.cutoff}),$K${r},0))`,
        (_, i) => (inMonth(i) ? points(i) : 0)
      ),
      rowIdCol<Finding>(),
    ],
  });
  finishSheet(sheet, "input", {
    title: `${ctx.ds.office} ${ctx.ds.month} 检查记录`,
    landscape: true,
  });
  return {
    sheet,
    layout: layoutOf(sheet.name, [...H, ...FINDING_HELPERS], t.firstDataRow, t.lastRow),
  };
}

export function quotasSheet(
  ctx: MonthContext,
  lists: Lists
): { sheet: SheetModel; layout: RecordsLayout } {
  const { rules } = ctx;
  const sheet = emptySheet(MONTH_SHEETS.quotas);
  const H = HEADERS.quotas;
  const num = { type: "decimal" as const, min: 0, error: "应为不小于 0 的数" };
  const gap = (i: number) => quotaGap(ctx.ds.quotas[i]);
  const t = addTable(sheet, {
    rows: ctx.typed.quotas,
    spareRows: QUOTA_SPARE_ROWS,
    columns: [
      inputCol<Quota>(H[0], "text", 8, (q) => q.person, {
        validation: { type: "list", source: lists.names, error: "请从人员表中选择姓名" },
      }),
      inputCol<Quota>(H[1], "text", 18, (q) => q.indicator),
      inputCol<Quota>(H[2], "number", 8, (q) => q.annualTarget, {
        validation: num,
        align: "center",
      }),
      inputCol<Quota>(H[3], "number", 8, (q) => q.target, { validation: num, align: "center" }),
      inputCol<Quota>(H[4], "number", 8, (q) => q.actual, { validation: num, align: "center" }),
      // 差额 is the shortfall max(0, 本月目标 − 本月完成) (SPEC §4 s); an excess earns 加分
      formulaCol<Quota>(
        H[5],
        7,
        (r) => `IF(COUNTA($A${r}:$E${r})=0,"",MAX(0,N($D${r})-N($E${r})))`,
        (_, i) => gap(i).shortfall
      ),
      formulaCol<Quota>(
        H[6],
        7,
        (r) => `IF($F${r}="","",$F${r}*${RN.quotaPointsPerUnit})`,
        (_, i) => gap(i).shortfall * rules.quotaPointsPerUnit
      ),
      formulaCol<Quota>(
        H[7],
        7,
        (r) => `IF($F${r}="","",$F${r}*${RN.quotaMoneyPerUnit})`,
        (_, i) => gap(i).shortfall * rules.quotaMoneyPerUnit
      ),
      formulaCol<Quota>(
        H[8],
        7,
        (r) => `IF($F${r}="","",MAX(0,N($E${r})-N($D${r}))*${RN.quotaBonusPerUnit})`,
        (_, i) => gap(i).excess * rules.quotaBonusPerUnit
      ),
      ...quotaYearColumns(ctx),
    ],
  });
  finishSheet(sheet, "input", { title: `${ctx.ds.office} ${ctx.ds.month} 月度指标` });
  return { sheet, layout: layoutOf(sheet.name, H, t.firstDataRow, t.lastRow) };
}

export function bonusesSheet(
  ctx: MonthContext,
  lists: Lists
): { sheet: SheetModel; layout: RecordsLayout } {
  const sheet = emptySheet(MONTH_SHEETS.bonuses);
  const H = HEADERS.bonuses;
  const t = addTable(sheet, {
    rows: ctx.typed.bonuses,
    spareRows: BONUS_SPARE_ROWS,
    columns: [
      inputCol<Bonus>(H[0], "date", 11, (b) => b.date, { validation: dateRule }),
      inputCol<Bonus>(H[1], "text", 8, (b) => b.person, {
        validation: { type: "list", source: lists.names, error: "请从人员表中选择姓名" },
      }),
      inputCol<Bonus>(H[2], "text", 44, (b) => b.reason),
      inputCol<Bonus>(H[3], "number", 6, (b) => b.points, {
        validation: { type: "decimal", min: 0, error: "加分应为不小于 0 的数" },
        align: "center",
      }),
    ],
  });
  finishSheet(sheet, "input", { title: `${ctx.ds.office} ${ctx.ds.month} 加分记录` });
  return { sheet, layout: layoutOf(sheet.name, H, t.firstDataRow, t.lastRow) };
}

/**
 * Points 工作日志's 有效日志 at the grouped view (排序索引) while its grouping holds: the view
 * finds a person's repeated day among that person's rows only. The MATCH over 日志键 stays as
 * the fallback for a workbook whose persons were edited since it was generated.
 */
export function useLogView(sheet: SheetModel, view: ViewTable): void {
  const block = sheet.blocks[0];
  const col = (block.cells[0] as unknown[]).indexOf(LOG_HELPER);
  const headerRow = parseCell(block.origin).row;
  const column = view.named("有效");
  for (let k = 1; k < block.cells.length; k++) {
    const c = block.cells[k][col];
    if (c === null || typeof c !== "object" || !("formula" in c)) continue;
    // an entry on the view row of its own row number (entries already in person order, the usual
    // case) reads it by ROW(): the same formula down the column, stored once as a shared formula
    const viewRow = view.rowOf(k - 1);
    const at =
      viewRow === headerRow + k ? `ROW()-${view.firstRow - 1}` : viewRow - view.firstRow + 1;
    c.formula = `IF(${view.flag}=1,INDEX(${column},${at}),${c.formula})`;
  }
}
