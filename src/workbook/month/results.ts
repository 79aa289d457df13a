// The result sheets: 考核明细 (per person and duty, capped at the duty's points), 考核汇总 (the
// 100-point score, grade, rank and money, with its parts in helper columns after the SPEC ones)
// and 逾期清单 (overdue tasks in table order); 公示 lives in notice.ts.

import { addDays, maxDate, minDate } from "../../domain/dates";
import { findingFactor, quotaGap, taskDeductions, type DutyLine } from "../../domain/scoring";
import { taskState } from "../../domain/taskState";
import type { Staff } from "../../domain/types";
import { addTable, type Column } from "../builder";
import {
  DATE_FORMAT,
  emptySheet,
  type DefinedName,
  type FormulaResult,
  type SheetModel,
} from "../model";
import { HEADERS, MONTH_SHEETS, NO, STATUS_COLORS, STATUS_FONT_COLORS, YES } from "../sheets";
import { isWorking, type MonthContext } from "./context";
import { formulaCol } from "./columns";
import { finishSheet } from "./layout";
import { addProvisionalNote } from "./provisional";
import { colRange, columnLetters, MONTH_NAMES as N, RULE_NAMES as RN, runF } from "./names";
import type { RecordsLayout } from "./records";
import type { ViewTable } from "./sortedView";
import type { TasksLayout } from "./tasks";

export type Views = Record<"tasks" | "findings" | "logs" | "quotas" | "bonuses", ViewTable>;

/** `IF(flag=1, fast over the person's rows, slow over the whole table)`; fast is 0 without rows. */
export function viaView(
  view: ViewTable,
  person: number,
  fast: (range: (header: string) => string) => string,
  slow: string
): string {
  const b = view.block(person);
  const f = b ? fast((h) => view.range(h, b[0], b[1])) : "0";
  return `IF(${view.flag}=1,${f},${slow})`;
}

/**
 * `IF(flag=1, SUM of the person's rows of one sub key, slow)`: the entries of a person and sub key
 * (交办事项's and 检查记录's 职责编码) are contiguous on the view and 核对 checks both, so no criteria
 * to test (or only the dates, when `header` is a formula over the sub key's rows);
 * fast is 0 without rows.
 */
export function viaSubView(
  view: ViewTable,
  person: number,
  key: string,
  header: string | ((range: (header: string) => string) => string),
  slow: string
): string {
  const b = view.subBlock(person, key);
  const v = (h: string): string => view.range(h, b![0], b![1]);
  const f = !b ? "0" : typeof header === "string" ? `SUM(${v(header)})` : header(v);
  return `IF(${view.flag}=1,${f},${slow})`;
}

/** Sheet rows [first, last] of each person's lines in 考核明细 (and 周考核明细), by staff index. */
export function detailSpans(rows: DetailRow[]): Map<number, [number, number]> {
  const out = new Map<number, [number, number]>();
  rows.forEach((d, k) => {
    const b = out.get(d.person);
    if (b) b[1] = 2 + k;
    else out.set(d.person, [2 + k, 2 + k]);
  });
  return out;
}

export const SUMMARY_HELPERS = [
  "考核起始",
  "交办扣分",
  "检查扣分",
  "日志缺报天数",
  "日志扣分",
  "指标扣分",
  "扣款",
  "一票否决",
  "排序键",
] as const;

export interface DetailRow {
  person: number;
  line: DutyLine;
}

export interface DetailLayout {
  rows: DetailRow[];
  range(header: string): string;
  /** absolute range of a column over sheet rows [a, b] */
  span(header: string, a: number, b: number): string;
}

const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);

export function detailSheet(
  ctx: MonthContext,
  refs: {
    view: Views;
    dutyCodes: string;
    dutyPoints: string;
    tasks: TasksLayout;
    findings: RecordsLayout;
  }
): { sheet: SheetModel; layout: DetailLayout } {
  const sheet = emptySheet(MONTH_SHEETS.detail);
  const people = ctx.result.month.people;
  const rows: DetailRow[] = people.flatMap((p, person) =>
    p.dutyLines.map((line) => ({ person, line }))
  );
  const name = (r: DetailRow): string => people[r.person].name;
  const H = HEADERS.detail;
  const t = addTable(sheet, {
    rows,
    autoHeight: false,
    columns: [
      { header: H[0], kind: "text", width: 10, value: (r: DetailRow) => name(r) },
      { header: H[1], kind: "text", width: 10, value: (r: DetailRow) => r.line.duty },
      formulaCol<DetailRow>(
        H[2],
        7,
        (r) => `N(INDEX(${refs.dutyPoints},MATCH($B${r},${refs.dutyCodes},0)))`,
        (r) => r.line.points
      ),
      formulaCol<DetailRow>(
        H[3],
        7,
        (r) => {
          const p = rows[r - 2].person;
          return (
            viaSubView(
              refs.view.tasks,
              p,
              rows[r - 2].line.duty,
              "扣分",
              `SUMIFS(${refs.view.tasks.src("扣分")},${refs.view.tasks.src("责任人")},$A${r},${refs.view.tasks.src("职责编码")},$B${r})`
            ) +
            "+" +
            viaSubView(
              refs.view.findings,
              p,
              rows[r - 2].line.duty,
              "计入扣分",
              `SUMIFS(${refs.view.findings.src("计入扣分")},${refs.view.findings.src("被检查人")},$A${r},${refs.view.findings.src("职责编码")},$B${r})`
            )
          );
        },
        (r) => r.line.deducted
      ),
      formulaCol<DetailRow>(
        H[4],
        9,
        (r) => `MIN($C${r},$D${r})`,
        (r) => r.line.counted
      ),
    ],
  });
  finishSheet(sheet, "result", { title: `${ctx.ds.office} ${ctx.ds.month} 考核明细` });
  const L = columnLetters(H);
  return {
    sheet,
    layout: {
      rows,
      range: (h) => colRange(sheet.name, L[h], t.firstDataRow, t.lastRow),
      span: (h, a, b) => colRange(sheet.name, L[h], a, b),
    },
  };
}

export interface SummaryLayout {
  first: number;
  last: number;
  range(header: string): string;
  /** the 考核起始 cell of the person in sheet row r */
  startCell(r: number): string;
}

export function summarySheet(
  ctx: MonthContext,
  refs: {
    view: Views;
    staffNames: string;
    staffStarts: string;
    detail: DetailLayout;
    tasks: TasksLayout;
    findings: RecordsLayout;
    logs: RecordsLayout;
    quotas: RecordsLayout;
    bonuses: RecordsLayout;
  }
): { sheet: SheetModel; layout: SummaryLayout } {
  const { ds, cal, rules, month } = ctx;
  const sheet = emptySheet(MONTH_SHEETS.summary);
  const people = ctx.result.month.people;
  const staff = ds.staff;
  const headers = [...HEADERS.summary, ...SUMMARY_HELPERS];
  const L = columnLetters(headers);
  const c = (h: string, r: number): string => `$${L[h]}${r}`;
  const last = 1 + staff.length;
  const { quotas, bonuses, detail, view } = refs;
  const spans = detailSpans(detail.rows);
  // Σ of a 考核明细 column over the person's own lines (they are contiguous)
  const detailSum = (h: string, r: number): string => {
    const b = spans.get(r - 2);
    return b ? `SUM(${detail.span(h, b[0], b[1])})` : "0";
  };
  const inMonth = (range: string): string => `${range},">="&${N.start},${range},"<="&${N.cutoff}`;
  // Σ of a 月度指标 column over the person's rows
  const quotaSum = (h: string, r: number): string =>
    viaView(
      view.quotas,
      r - 2,
      (v) => `SUM(${v(h)})`,
      `SUMIFS(${quotas.range(h)},${quotas.range("姓名")},$A${r})`
    );
  const started = month.asOf >= month.start;

  // cached parts, each summed in table order like the SUMIFS that recompute them
  const working = new Set(ctx.days.filter((d) => isWorking(d.type)).map((d) => d.date));
  const logged = new Set(ds.logs.map((l) => `${l.person}\u0001${l.date}`));
  const from = (s: Staff) =>
    minDate(s.start ? maxDate(month.start, s.start) : month.start, addDays(month.end, 1));
  const part = staff.map((s, i) => {
    const f = from(s);
    const missing = cal
      .workdays(f, month.asOf)
      .filter((d) => working.has(d) && !logged.has(`${s.name}\u0001${d}`)).length;
    const qs = ds.quotas.filter((q) => q.person === s.name);
    return {
      start: f,
      task: sum(
        ds.tasks
          .filter((t) => t.owner === s.name)
          .map((t) => sum(taskDeductions(t, month, cal, rules).map((d) => d.points)))
      ),
      finding: sum(
        ds.findings
          .filter((x) => x.person === s.name)
          .map((x) =>
            x.date >= month.start && x.date <= month.asOf ? x.points * findingFactor(x, rules) : 0
          )
      ),
      missing,
      quota: started ? sum(qs.map((q) => quotaGap(q).shortfall * rules.quotaPointsPerUnit)) : 0,
      money: started ? sum(qs.map((q) => quotaGap(q).shortfall * rules.quotaMoneyPerUnit)) : 0,
      veto: people[i].veto,
      key: people[i].rank * 1000 + i + 2,
    };
  });

  type R = Staff;
  const columns: Column<R>[] = [
    { header: "姓名", kind: "text", width: 10, value: (s) => s.name },
    { header: "岗位", kind: "text", width: 16, value: (s) => s.post },
    formulaCol<R>(
      "职责扣分",
      8,
      (r) => detailSum("计入扣分", r),
      (_, i) => people[i].dutyDeduction
    ),
    formulaCol<R>(
      "其他扣分",
      8,
      (r) =>
        `${c("交办扣分", r)}+${c("检查扣分", r)}+${c("日志扣分", r)}+${c("指标扣分", r)}-${detailSum("扣分", r)}`,
      (_, i) => people[i].otherDeduction
    ),
    formulaCol<R>(
      "加分",
      7,
      (r) =>
        `MIN(${RN.bonusCap},${viaView(
          view.bonuses,
          r - 2,
          (v) => `SUMIFS(${v("加分")},${inMonth(v("日期"))})`,
          `SUMIFS(${bonuses.range("加分")},${bonuses.range("姓名")},$A${r},${inMonth(bonuses.range("日期"))})`
        )}+IF(${N.cutoff}<${N.start},0,${quotaSum("加分", r)}))`,
      (_, i) => people[i].bonus
    ),
    formulaCol<R>(
      "得分",
      8,
      (r) => `ROUND(MAX(0,100-$C${r}-$D${r})+$E${r},2)`,
      (_, i) => people[i].score,
      { numberFormat: "0.00" }
    ),
    formulaCol<R>(
      "等级",
      8,
      (r) =>
        `IF(${c("一票否决", r)}="${YES}",${N.vetoGrade},INDEX(${N.gradeNames},MIN(ROWS(${N.gradeNames}),ROWS(${N.gradeNames})-COUNTIF(${N.gradeMins},"<="&$F${r})+1)))`,
      (_, i) => people[i].grade
    ),
    formulaCol<R>(
      "名次",
      6,
      (r) => `RANK($F${r},$F$2:$F$${last})`,
      (_, i) => people[i].rank
    ),
    formulaCol<R>(
      "奖惩金额",
      9,
      (r) => `INDEX(${N.gradeMoney},MATCH($G${r},${N.gradeNames},0))-${c("扣款", r)}`,
      (_, i) => people[i].money
    ),
    formulaCol<R>(
      "考核起始",
      11,
      // max(月初, 起算日期), kept within the month + 1 day so its eve is always in 日历
      (r) =>
        `MIN(MAX(${N.start},IFERROR(N(INDEX(${refs.staffStarts},MATCH($A${r},${refs.staffNames},0))),0)),${N.end}+1)`,
      (_, i) => ({ date: part[i].start }),
      { numberFormat: DATE_FORMAT }
    ),
    formulaCol<R>(
      "交办扣分",
      8,
      (r) =>
        viaView(
          view.tasks,
          r - 2,
          (v) => `SUM(${v("扣分")})`,
          `SUMIFS(${view.tasks.src("扣分")},${view.tasks.src("责任人")},$A${r})`
        ),
      (_, i) => part[i].task
    ),
    formulaCol<R>(
      "检查扣分",
      8,
      (r) =>
        viaView(
          view.findings,
          r - 2,
          (v) => `SUM(${v("计入扣分")})`,
          `SUMIFS(${view.findings.src("计入扣分")},${view.findings.src("被检查人")},$A${r})`
        ),
      (_, i) => part[i].finding
    ),
    formulaCol<R>(
      "日志缺报天数",
      8,
      // working days of [考核起始, 截止日] minus the person's logged working days in it
      (r) => {
        const x = c("考核起始", r);
        const counted = viaView(
          view.logs,
          r - 2,
          (v) => `COUNTIFS(${v("有效")},1,${v("日期")},">="&${x},${v("日期")},"<="&${N.cutoff})`,
          `COUNTIFS(${view.logs.src("姓名")},$A${r},${view.logs.src("有效日志")},1,${view.logs.src("日期")},">="&${x},${view.logs.src("日期")},"<="&${N.cutoff})`
        );
        return `MAX(0,${N.cutoffRun}-${runF(`${x}-1`)})-${counted}`;
      },
      (_, i) => part[i].missing
    ),
    formulaCol<R>(
      "日志扣分",
      8,
      (r) => `${RN.missingLogPerDay}*${c("日志缺报天数", r)}`,
      (_, i) => part[i].missing * rules.missingLogPerDay
    ),
    formulaCol<R>(
      "指标扣分",
      8,
      (r) => `IF(${N.cutoff}<${N.start},0,${quotaSum("扣分", r)})`,
      (_, i) => part[i].quota
    ),
    formulaCol<R>(
      "扣款",
      7,
      (r) => `IF(${N.cutoff}<${N.start},0,${quotaSum("扣款", r)})`,
      (_, i) => part[i].money
    ),
    formulaCol<R>(
      "一票否决",
      8,
      (r) =>
        `IF(${viaView(
          view.findings,
          r - 2,
          (v) => `COUNTIFS(${v("一票否决")},"${YES}",${inMonth(v("日期"))})`,
          `COUNTIFS(${view.findings.src("被检查人")},$A${r},${view.findings.src("一票否决")},"${YES}",${inMonth(view.findings.src("日期"))})`
        )}>0,"${YES}","${NO}")`,
      (_, i) => (part[i].veto ? YES : NO)
    ),
    // rank, then staff order: a unique key for 公示's SMALL
    formulaCol<R>(
      "排序键",
      8,
      (r) => `$H${r}*1000+ROW()`,
      (_, i) => part[i].key
    ),
  ];
  const t = addTable(sheet, { columns, rows: staff, autoHeight: false });
  const note = addProvisionalNote(sheet, ctx, headers.length + 1, last);
  finishSheet(sheet, "result", {
    title: `${ds.office} ${ds.month} 考核汇总`,
    landscape: true,
    // 一票否决 and 扣款 print: they explain a 不合格 above 60 and money below the grade's;
    // the 暂定 note beside the table prints while the month is provisional
    printArea: `A1:${ctx.provisional.years.length > 0 ? note : L["一票否决"]}${Math.max(2, last)}`,
    helpers: ["考核起始", "排序键"],
  });
  return {
    sheet,
    layout: {
      first: t.firstDataRow,
      last: t.lastRow,
      range: (h) => colRange(sheet.name, L[h], t.firstDataRow, t.lastRow),
      startCell: (r) => `'${sheet.name}'!$${L["考核起始"]}${r}`,
    },
  };
}

/** 逾期清单's hidden helper: the listed task's position in 交办事项's table (1 = its first data row). */
export const OVERDUE_ROW = "交办行";
/** 交办事项's last 逾期序号: how many tasks are overdue */
const OVERDUE_TOTAL = "逾期总数";

export function overdueSheet(
  ctx: MonthContext,
  tasks: TasksLayout,
  view: ViewTable,
  names: DefinedName[]
): SheetModel {
  const { ds, cal, rules } = ctx;
  const sheet = emptySheet(MONTH_SHEETS.overdue);
  const listed = ds.tasks
    .map((t, i) => ({ t, i, s: taskState(t, ds.asOf, cal, rules) }))
    .filter((x) => x.s.status === "逾期未完成" || x.s.status === "逾期完成");
  const slots = tasks.last - tasks.first + 1;
  const rows = Array.from({ length: slots }, (_, i) => i);
  const at = columnLetters([...HEADERS.overdue, OVERDUE_ROW])[OVERDUE_ROW];
  // the k-th overdue task's position in 交办事项: the first row whose running count reaches k − 1
  // (binary search: the count never decreases), once per row in a hidden helper that the six
  // columns read (one MATCH over the whole 逾期序号 column instead of six, issue 12); "" past the
  // last overdue task (the count in the table's last row), where the row shows ""
  // by defined names and ROW(), not by another sheet's cells: each column is then one shared
  // formula (Excel does not shift a shared formula's references to other sheets)
  const count = view.src("逾期序号");
  names.push({
    name: OVERDUE_TOTAL,
    ref: tasks.range("逾期序号").replace(/\$[A-Z]+\$\d+:(\$[A-Z]+\$\d+)$/, "$1"),
  });
  const position = (): string =>
    `IF(ROW()-1>${OVERDUE_TOTAL},"",IFERROR(MATCH(ROW()-1-0.5,${count},1),0)+1)`;
  const pick = (h: string, r: number): string => `INDEX(${view.src(h)},$${at}${r})`;
  const text = (h: string) => (r: number) => `IFERROR(${pick(h, r)}&"","")`;
  const value = (h: string) => (r: number) => `IFERROR(${pick(h, r)},"")`;
  const res =
    (f: (x: (typeof listed)[number]) => FormulaResult) =>
    (i: number): FormulaResult =>
      i < listed.length ? f(listed[i]) : "";
  type I = number;
  addTable(sheet, {
    rows,
    autoHeight: false,
    columns: [
      formulaCol<I>("编号", 12, text("编号"), (i) => res((x) => x.t.id)(i)),
      formulaCol<I>("事项", 34, text("事项"), (i) => res((x) => x.t.title)(i), { align: "left" }),
      formulaCol<I>("责任人", 8, text("责任人"), (i) => res((x) => x.t.owner)(i)),
      formulaCol<I>(
        "应完成日",
        11,
        value("应完成日"),
        (i) => res((x) => (x.s.due ? { date: x.s.due } : ""))(i),
        { numberFormat: DATE_FORMAT }
      ),
      formulaCol<I>("逾期工作日", 8, value("逾期工作日"), (i) => res((x) => x.s.overdueDays)(i)),
      formulaCol<I>("状态", 10, text("状态"), (i) => res((x) => x.s.status)(i)),
      formulaCol<I>(OVERDUE_ROW, 6, position, (i) => (i < listed.length ? listed[i].i + 1 : "")),
    ],
  });
  const last = 1 + slots;
  for (const status of ["逾期未完成", "逾期完成"] as const) {
    sheet.conditionalFormats.push({
      range: `A2:F${last}`,
      formula: `$F2="${status}"`,
      fill: STATUS_COLORS[status],
      fontColor: STATUS_FONT_COLORS[status],
    });
  }
  finishSheet(sheet, "result", {
    title: `${ds.office} ${ds.month} 逾期清单（基准日 ${ds.asOf}）`,
    landscape: true,
    printArea: `A1:F${last}`,
    helpers: [OVERDUE_ROW],
  });
  return sheet;
}
