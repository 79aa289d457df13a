// 交办事项: the director's task list. Inputs 编号…回报日期, then the SPEC formula columns
// (应完成日 状态 逾期工作日, then 本月计扣工作日 and 回报情况 that explain 扣分, then 扣分), 备注,
// and locked helper columns after them: the running counts of the task's dates, the 逾期清单
// counter and the task's deduction in each week.

import type { Period } from "../../domain/period";
import { overdueCharge, reportStanding, taskDeductions } from "../../domain/scoring";
import { givenBy, reportDueBy, taskState } from "../../domain/taskState";
import { TASK_SOURCES, type Task } from "../../domain/types";
import { addTable, type Column } from "../builder";
import { DATE_FORMAT, emptySheet, type FormulaResult, type SheetModel } from "../model";
import { HEADERS, MONTH_SHEETS, STATUS_COLORS, STATUS_FONT_COLORS } from "../sheets";
import { runOf, type MonthContext } from "./context";
import { inputCol } from "./columns";
import { finishSheet } from "./layout";
import { addWdF, colRange, columnLetters, MONTH_NAMES as N, RULE_NAMES as RN, runF } from "./names";
import type { CalcLayout } from "./settings";

export const TASK_SPARE_ROWS = 30;
export const TASK_HELPERS = ["应完成序号", "完成序号", "回报期限", "逾期序号"] as const;
export const weekHeader = (w: number): string => `第${w + 1}周扣分`;

/** The period a deduction formula is evaluated for: cell references or names. */
export interface PeriodRefs {
  start: string;
  cutoff: string;
  cutoffRun: string;
  /** 工作日累计 of the day before the period starts */
  startRun: string;
}

export interface TasksLayout {
  first: number;
  last: number;
  range(header: string): string;
}

const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);

export function tasksSheet(
  ctx: MonthContext,
  lists: { codes: string; names: string },
  calc: CalcLayout
): { sheet: SheetModel; layout: TasksLayout } {
  const { ds, typed, cal, rules, month, weeks } = ctx;
  const sheet = emptySheet(MONTH_SHEETS.tasks);
  const headers = [...HEADERS.tasks, ...TASK_HELPERS, ...weeks.map((_, w) => weekHeader(w))];
  const L = columnLetters(headers);
  const c = (h: string, r: number): string => `$${L[h]}${r}`;
  const empty = (r: number): string => `COUNTA($A${r}:$J${r})=0`;
  // a date or number input holding text counts as empty (usable.ts)
  const blank = (ref: string): string => `NOT(ISNUMBER(${ref}))`;

  // cached values, computed once per task
  const states = ds.tasks.map((t) => taskState(t, ds.asOf, cal, rules));
  // 逾期序号: the running count of overdue tasks down to each row (non-decreasing, so 逾期清单
  // finds the k-th by binary search instead of one linear MATCH per cell); spare rows repeat it
  let overdue = 0;
  const overdueSeq = states.map((s) =>
    s.status === "逾期未完成" || s.status === "逾期完成" ? ++overdue : overdue
  );
  const ded = (t: Task, p: Period): number =>
    sum(taskDeductions(t, p, cal, rules).map((d) => d.points));
  const run = (d: string | undefined): FormulaResult => (d ? runOf(ctx, d) : "");
  const reportDue = ds.tasks.map((t): FormulaResult => {
    const done = givenBy(t.completed, month.asOf);
    if (!done || !reportDueBy(done, month.asOf, cal, rules)) return "";
    return { date: cal.addWd(done, rules.reportWithinWorkdays) };
  });

  type R = Task;
  const input = inputCol<R>;
  const dateRule = { type: "date" as const, error: "请输入日期，如 2026-10-15" };
  const formula = (
    header: string,
    width: number,
    f: (r: number) => string,
    result: (i: number) => FormulaResult,
    extra: Partial<Column<R>> = {}
  ): Column<R> =>
    ({
      header,
      kind: "formula",
      width,
      formula: f,
      result: (rec: R | undefined, i: number) => (rec ? result(i) : ""),
      ...extra,
    }) as Column<R>;

  const deductionF = (r: number, p: PeriodRefs): string => {
    const [I, J, K, P, Q, R] = [
      "完成日期",
      "回报日期",
      "应完成日",
      "应完成序号",
      "完成序号",
      "回报期限",
    ].map((h) => c(h, r));
    const open = `IF(AND(${K}<>"",${K}<${p.cutoff}),${RN.overdueOpenBase}+${RN.overdueOpenPerDay}*(${p.cutoffRun}-MAX(${P},${p.startRun})),0)`;
    const late = `IF(AND(${K}<>"",${I}>${K}),${RN.overdueDoneBase}+${RN.overdueDonePerDay}*(${Q}-MAX(${P},${p.startRun})),0)`;
    // 未及时回报 in the period holding the report deadline R (empty until it has come by 截止日)
    const report = `IF(ISNUMBER(${R}),IF(AND(${R}>=${p.start},${R}<=${p.cutoff},OR(${blank(J)},${J}>${R})),${RN.lateReport},0),0)`;
    return `IF(${empty(r)},"",IF(${p.cutoff}<${p.start},0,IF(OR(${blank(I)},${I}>${p.cutoff}),${open},IF(${I}<${p.start},0,${late})+${report})))`;
  };
  const monthRefs: PeriodRefs = {
    start: N.start,
    cutoff: N.cutoff,
    cutoffRun: N.cutoffRun,
    startRun: N.beforeStartRun,
  };

  const columns: Column<R>[] = [
    input("编号", "text", 12, (t) => t.id),
    input("来源", "text", 9, (t) => t.source, {
      validation: {
        type: "list",
        values: [...TASK_SOURCES],
        errorTitle: "来源",
        error: `来源应为：${TASK_SOURCES.join("、")}`,
      },
    }),
    input("事项", "text", 30, (t) => t.title),
    input("职责编码", "text", 9, (t) => t.duty, {
      validation: {
        type: "list",
        source: lists.codes,
        errorStyle: "warning",
        errorTitle: "职责编码",
        error: "岗位职责中没有这个编码，确定要保留吗？",
      },
    }),
    input("责任人", "text", 8, (t) => t.owner, {
      validation: {
        type: "list",
        source: lists.names,
        errorTitle: "责任人",
        error: "请从人员表中选择责任人",
      },
    }),
    input("交办日期", "date", 11, (t) => t.assigned, { validation: dateRule }),
    input("时限(工作日)", "number", 8, (t) => t.limitWorkdays, {
      validation: { type: "whole", min: 0, max: 999, error: "时限应为工作日数（整数）" },
      align: "center",
    }),
    input("到期日", "date", 11, (t) => t.due, { validation: dateRule }),
    input("完成日期", "date", 11, (t) => t.completed, { validation: dateRule }),
    input("回报日期", "date", 11, (t) => t.reported, { validation: dateRule }),
    formula(
      "应完成日",
      11,
      (r) =>
        `IF(${empty(r)},"",IF(ISNUMBER($H${r}),$H${r},IF(OR(${blank(`$F${r}`)},${blank(`$G${r}`)}),"",IF($G${r}=0,$F${r},${addWdF(`$F${r}`, `$G${r}`)}))))`,
      (i) => (states[i].due ? { date: states[i].due! } : ""),
      { numberFormat: DATE_FORMAT }
    ),
    formula(
      "状态",
      10,
      (r) => {
        const [I, K, P] = [c("完成日期", r), c("应完成日", r), c("应完成序号", r)];
        const open = `IF(${K}="","进行中",IF(${N.asOf}>${K},"逾期未完成",IF(${P}-${N.asOfRun}<=${RN.warnDays},"临期","进行中")))`;
        return `IF(${empty(r)},"",IF(OR(${blank(I)},${I}>${N.asOf}),${open},IF(AND(${K}<>"",${I}>${K}),"逾期完成","按时完成")))`;
      },
      (i) => states[i].status,
      { align: "center" }
    ),
    formula(
      "逾期工作日",
      8,
      (r) =>
        `IF($L${r}="","",IF($L${r}="逾期未完成",${N.asOfRun}-${c("应完成序号", r)},IF($L${r}="逾期完成",${c("完成序号", r)}-${c("应完成序号", r)},0)))`,
      (i) => states[i].overdueDays,
      { align: "center" }
    ),
    formula(
      "本月计扣工作日",
      9,
      (r) => {
        const [I, K, P, Q] = ["完成日期", "应完成日", "应完成序号", "完成序号"].map((h) => c(h, r));
        const p = monthRefs;
        // the n of 扣分's formula: the same conditions, the days alone
        return `IF(${empty(r)},"",IF(${p.cutoff}<${p.start},"",IF(OR(${blank(I)},${I}>${p.cutoff}),IF(AND(${K}<>"",${K}<${p.cutoff}),${p.cutoffRun}-MAX(${P},${p.startRun}),""),IF(AND(${I}>=${p.start},${K}<>"",${I}>${K}),${Q}-MAX(${P},${p.startRun}),""))))`;
      },
      (i) => overdueCharge(ds.tasks[i], month, cal)?.days ?? "",
      { align: "center" }
    ),
    formula(
      "回报情况",
      12,
      (r) => {
        const [I, J, R] = ["完成日期", "回报日期", "回报期限"].map((h) => c(h, r));
        const p = monthRefs;
        const given = `AND(ISNUMBER(${J}),${J}<=${p.cutoff})`;
        return `IF(${empty(r)},"",IF(OR(${blank(I)},${I}>${p.cutoff}),"",IF(NOT(ISNUMBER(${R})),IF(${given},"按时回报","待回报"),IF(AND(ISNUMBER(${J}),${J}<=${R}),"按时回报",IF(${R}<${p.start},"",IF(${given},"回报迟报 扣","未回报 扣")&${RN.lateReport})))))`;
      },
      (i) => {
        const s = reportStanding(ds.tasks[i], month, cal, rules);
        return s === "未回报" || s === "回报迟报" ? `${s} 扣${rules.lateReport}` : s;
      },
      { align: "center" }
    ),
    formula(
      "扣分",
      7,
      (r) => deductionF(r, monthRefs),
      (i) => ded(ds.tasks[i], month),
      { align: "center" }
    ),
    input("备注", "text", 16, (t) => t.note),
    formula(
      "应完成序号",
      8,
      (r) => `IF($K${r}="","",${runF(`$K${r}`)})`,
      (i) => run(states[i].due)
    ),
    formula(
      "完成序号",
      8,
      (r) => `IF(ISNUMBER($I${r}),${runF(`$I${r}`)},"")`,
      (i) => run(ds.tasks[i].completed)
    ),
    formula(
      "回报期限",
      11,
      // Dr = addWd(完成日期, 回报时限), shown once it has come by 截止日 (so it is in 日历)
      (r) => {
        const [I, Q] = [c("完成日期", r), c("完成序号", r)];
        return `IF(OR(${blank(I)},${I}>${N.cutoff}),"",IF(${RN.reportWithinWorkdays}=0,${I},IF(${Q}+${RN.reportWithinWorkdays}>${N.cutoffRun},"",INDEX(${N.calDates},MATCH(${Q}+${RN.reportWithinWorkdays},${N.calRun},0)))))`;
      },
      (i) => reportDue[i],
      { numberFormat: DATE_FORMAT }
    ),
    formula(
      "逾期序号",
      8,
      (r) => `N($${L["逾期序号"]}${r - 1})+IF(OR($L${r}="逾期未完成",$L${r}="逾期完成"),1,0)`,
      (i) => overdueSeq[i],
      { result: (rec: R | undefined, i: number) => (rec ? overdueSeq[i] : overdue) }
    ),
    ...weeks.map((wk, w) =>
      formula(
        weekHeader(w),
        9,
        (r) =>
          deductionF(r, {
            start: calc.weekStart(w),
            cutoff: calc.weekCutoff(w),
            cutoffRun: calc.weekCutoffRun(w),
            startRun: calc.weekStartRun(w),
          }),
        (i) => ded(ds.tasks[i], wk)
      )
    ),
  ];
  const t = addTable(sheet, { columns, rows: typed.tasks, spareRows: TASK_SPARE_ROWS });
  const lastCol = L["备注"];
  for (const status of ["逾期未完成", "临期", "逾期完成", "按时完成"] as const) {
    sheet.conditionalFormats.push({
      range: `A${t.firstDataRow}:${lastCol}${t.lastRow}`,
      formula: `$L${t.firstDataRow}="${status}"`,
      fill: STATUS_COLORS[status],
      fontColor: STATUS_FONT_COLORS[status],
    });
  }
  finishSheet(sheet, "input", {
    title: `${ds.office} ${ds.month} 交办事项`,
    landscape: true,
    printArea: `A1:${lastCol}${Math.max(2, t.lastRow)}`,
    helpers: headers.slice(HEADERS.tasks.length),
  });
  return {
    sheet,
    layout: {
      first: t.firstDataRow,
      last: t.lastRow,
      range: (h) => colRange(sheet.name, L[h], t.firstDataRow, t.lastRow),
    },
  };
}
