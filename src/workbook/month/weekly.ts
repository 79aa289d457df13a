// 周考核: one column per Mon–Sun week of the month (clipped to it), one row per person, the
// weekly score by the month's rules clipped to the week: no quota, the bonus cap and the per-duty
// cap applied per week. Every week of the month has its column; a week that starts after 基准日
// is not scored and shows empty, so moving 基准日 later fills it in. The per-duty sums live on the
// hidden 周考核明细 sheet, in the rows of 考核明细.

import type { DeductionKind } from "../../domain/types";
import { addTable, type Column } from "../builder";
import { emptySheet, type FormulaResult, type SheetModel } from "../model";
import { MONTH_SHEETS } from "../sheets";
import type { MonthContext } from "./context";
import { finishSheet } from "./layout";
import { addProvisionalNote } from "./provisional";
import { colRange, columnLetters, MONTH_NAMES as N, RULE_NAMES as RN, runF } from "./names";
import type { RecordsLayout } from "./records";
import {
  detailSpans,
  viaSubView,
  viaView,
  type DetailLayout,
  type DetailRow,
  type SummaryLayout,
  type Views,
} from "./results";
import type { CalcLayout } from "./settings";
import { weekHeader, type TasksLayout } from "./tasks";

export const WEEK_DETAIL_SHEET = "周考核明细";

// a week's duty deduction in two columns, tasks and findings: an edit in 交办事项 recomputes only
// the tasks column (its whole-table fallback names every task), not the findings SUMIFS (issue 12)
const taskHeader = (w: number): string => `第${w + 1}周交办扣分`;
const findingHeader = (w: number): string => `第${w + 1}周检查扣分`;
const countedHeader = (w: number): string => `第${w + 1}周计入`;
const otherHeader = (w: number): string => `第${w + 1}周其他扣分`;
const bonusHeader = (w: number): string => `第${w + 1}周加分`;
const TASK_KINDS = new Set<DeductionKind>(["逾期未完成", "逾期完成", "未及时回报"]);

/** `第1周 10-01~10-04` */
export function weekTitle(w: number, start: string, end: string): string {
  return `第${w + 1}周 ${start.slice(5)}~${end.slice(5)}`;
}

function formulaCol<R>(
  header: string,
  width: number,
  f: (r: number) => string,
  result: (rec: R, i: number) => FormulaResult
): Column<R> {
  return {
    header,
    kind: "formula",
    width,
    formula: f,
    result: (rec: R | undefined, i: number) => (rec === undefined ? "" : result(rec, i)),
    align: "center",
  } as Column<R>;
}

interface WeekRefs {
  view: Views;
  calc: CalcLayout;
  tasks: TasksLayout;
  findings: RecordsLayout;
  logs: RecordsLayout;
  bonuses: RecordsLayout;
  detail: DetailLayout;
  summary: SummaryLayout;
}

const inWeek = (range: string, calc: CalcLayout, w: number): string =>
  `${range},">="&${calc.weekStart(w)},${range},"<="&${calc.weekCutoff(w)}`;

export interface WeekDetail {
  /** absolute range of a per-line column over sheet rows [a, b] */
  span(header: string, a: number, b: number): string;
  /** the per-person cell of a column in row r (the person's row in 周考核) */
  personCell(header: string, r: number): string;
}

export function weekDetailSheet(
  ctx: MonthContext,
  refs: WeekRefs
): { sheet: SheetModel } & WeekDetail {
  const sheet = emptySheet(WEEK_DETAIL_SHEET);
  sheet.hidden = true;
  const { weeks, weekResults, scored } = ctx;
  const { calc, detail, view, summary, bonuses } = refs;
  const headers = [
    "姓名",
    "职责编码",
    "分值",
    ...weeks.flatMap((_, w) => [taskHeader(w), findingHeader(w), countedHeader(w)]),
  ];
  const L = columnLetters(headers);
  const line = (d: DetailRow, w: number) =>
    weekResults[w].people[d.person].dutyLines.find((l) => l.duty === d.line.duty)!;
  // Σ of the week's deductions of one kind naming the line's duty, in canonical order
  const part = (d: DetailRow, w: number, kind: (k: DeductionKind) => boolean): number => {
    let s = 0;
    for (const x of weekResults[w].people[d.person].deductions)
      if (x.duty === d.line.duty && kind(x.kind)) s += x.points;
    return s;
  };
  const name = (d: DetailRow): string => ctx.result.month.people[d.person].name;
  addTable(sheet, {
    rows: detail.rows,
    autoHeight: false,
    columns: [
      { header: "姓名", kind: "text", width: 10, value: (d: DetailRow) => name(d) },
      { header: "职责编码", kind: "text", width: 10, value: (d: DetailRow) => d.line.duty },
      formulaCol<DetailRow>(
        "分值",
        7,
        (r) => `INDEX(${detail.range("分值")},${r - 1})`,
        (d) => d.line.points
      ),
      ...weeks.flatMap((_, w) => [
        formulaCol<DetailRow>(
          taskHeader(w),
          9,
          (r) =>
            viaSubView(
              view.tasks,
              detail.rows[r - 2].person,
              detail.rows[r - 2].line.duty,
              weekHeader(w),
              `SUMIFS(${view.tasks.src(weekHeader(w))},${view.tasks.src("责任人")},$A${r},${view.tasks.src("职责编码")},$B${r})`
            ),
          (d) => part(d, w, (k) => k !== "检查扣分")
        ),
        formulaCol<DetailRow>(
          findingHeader(w),
          9,
          (r) =>
            viaSubView(
              view.findings,
              detail.rows[r - 2].person,
              detail.rows[r - 2].line.duty,
              (v) => `SUMIFS(${v("折算扣分")},${inWeek(v("日期"), calc, w)})`,
              `SUMIFS(${view.findings.src("折算扣分")},${view.findings.src("被检查人")},$A${r},${view.findings.src("职责编码")},$B${r},${inWeek(view.findings.src("日期"), calc, w)})`
            ),
          (d) => part(d, w, (k) => k === "检查扣分")
        ),
        formulaCol<DetailRow>(
          countedHeader(w),
          9,
          (r) => `MIN($C${r},$${L[taskHeader(w)]}${r}+$${L[findingHeader(w)]}${r})`,
          (d) => line(d, w).counted
        ),
      ]),
    ],
  });

  // Per person (row r as in 周考核) and week, what 周考核 adds to its task sums: the findings and
  // missing logs outside the person's duty lines, and the capped bonus. In cells of their own, an
  // edit in 交办事项 recomputes 周考核 without these SUMIFS/COUNTIFS (issue 12).
  const spans = detailSpans(detail.rows);
  const own = (h: string, r: number): string => {
    const b = spans.get(r - 2);
    return b ? `SUM(${colRange(sheet.name, L[h], b[0], b[1])})` : "0";
  };
  const people = ctx.result.month.people;
  type P = (typeof people)[number];
  const personCol = headers.length + 2;
  const personHeaders = ["姓名", ...weeks.flatMap((_, w) => [otherHeader(w), bonusHeader(w)])];
  const PL = columnLetters(personHeaders, personCol);
  const nameCell = (r: number): string => `$${PL["姓名"]}${r}`;
  const lineDuties = (i: number): Set<string> => new Set(people[i].dutyLines.map((l) => l.duty));
  addTable(sheet, {
    rows: people,
    firstColumn: personCol,
    autoHeight: false,
    columns: [
      { header: "姓名", kind: "text", width: 10, value: (p: P) => p.name },
      ...weeks.flatMap((_, w) => {
        const S = calc.weekStart(w);
        const A = calc.weekCutoff(w);
        const scoredOnly = (f: string): string => `IF(${S}>${N.asOf},"",${f})`;
        return [
          formulaCol<P>(
            otherHeader(w),
            9,
            (r) => {
              const p = r - 2;
              const from = `MAX(${S},${summary.startCell(r)})`;
              const finding = viaView(
                view.findings,
                p,
                (v) => `SUMIFS(${v("折算扣分")},${inWeek(v("日期"), calc, w)})`,
                `SUMIFS(${view.findings.src("折算扣分")},${view.findings.src("被检查人")},${nameCell(r)},${inWeek(view.findings.src("日期"), calc, w)})`
              );
              const logged = viaView(
                view.logs,
                p,
                (v) => `COUNTIFS(${v("有效")},1,${v("日期")},">="&${from},${v("日期")},"<="&${A})`,
                `COUNTIFS(${view.logs.src("姓名")},${nameCell(r)},${view.logs.src("有效日志")},1,${view.logs.src("日期")},">="&${from},${view.logs.src("日期")},"<="&${A})`
              );
              const missing = `MAX(0,${calc.weekCutoffRun(w)}-${runF(`${from}-1`)})-${logged}`;
              return scoredOnly(
                `${finding}+${RN.missingLogPerDay}*(${missing})-${own(findingHeader(w), r)}`
              );
            },
            (_, i) => {
              if (!scored[w]) return "";
              const duties = lineDuties(i);
              let s = 0;
              for (const x of weekResults[w].people[i].deductions)
                if (!TASK_KINDS.has(x.kind) && !(x.duty !== undefined && duties.has(x.duty)))
                  s += x.points;
              return s;
            }
          ),
          formulaCol<P>(
            bonusHeader(w),
            9,
            (r) =>
              scoredOnly(
                `MIN(${RN.bonusCap},${viaView(
                  view.bonuses,
                  r - 2,
                  (v) => `SUMIFS(${v("加分")},${inWeek(v("日期"), calc, w)})`,
                  `SUMIFS(${bonuses.range("加分")},${bonuses.range("姓名")},${nameCell(r)},${inWeek(bonuses.range("日期"), calc, w)})`
                )})`
              ),
            (_, i) => (scored[w] ? weekResults[w].people[i].bonus : "")
          ),
        ];
      }),
    ],
  });
  sheet.protection = {};
  return {
    sheet,
    span: (h, a, b) => colRange(sheet.name, L[h], a, b),
    personCell: (h, r) => `'${sheet.name}'!$${PL[h]}${r}`,
  };
}

export function weeklySheet(ctx: MonthContext, refs: WeekRefs, weekDetail: WeekDetail): SheetModel {
  const { ds, weeks, weekResults, scored } = ctx;
  const { calc, view, detail } = refs;
  const spans = detailSpans(detail.rows);
  // Σ of a 周考核明细 column over the person's own lines (contiguous, in 考核明细's order)
  const own = (h: string, r: number): string => {
    const b = spans.get(r - 2);
    return b ? `SUM(${weekDetail.span(h, b[0], b[1])})` : "0";
  };
  const sheet = emptySheet(MONTH_SHEETS.weekly);
  const people = ctx.result.month.people;
  type P = (typeof people)[number];

  // 100 − Σ 计入 − (the person's tasks of the week not on a duty line) − (findings and missing
  // logs not on a duty line) + the capped bonus; the last two from 周考核明细's per-person cells
  const scoreF =
    (w: number) =>
    (r: number): string => {
      const task = viaView(
        view.tasks,
        r - 2,
        (v) => `SUM(${v(weekHeader(w))})`,
        `SUMIFS(${view.tasks.src(weekHeader(w))},${view.tasks.src("责任人")},$A${r})`
      );
      const other = `${task}-${own(taskHeader(w), r)}+${weekDetail.personCell(otherHeader(w), r)}`;
      return `IF(${calc.weekStart(w)}>${N.asOf},"",ROUND(MAX(0,100-${own(countedHeader(w), r)}-(${other}))+${weekDetail.personCell(bonusHeader(w), r)},2))`;
    };

  const columns: Column<P>[] = [
    { header: "姓名", kind: "text", width: 10, value: (p) => p.name },
    { header: "岗位", kind: "text", width: 16, value: (p) => p.post },
    ...weeks.map((wk, w) =>
      formulaCol<P>(weekTitle(w, wk.start, wk.end), 14, scoreF(w), (_, i) =>
        scored[w] ? weekResults[w].people[i].score : ""
      )
    ),
  ];
  addTable(sheet, { columns, rows: people, autoHeight: false });
  sheet.formats.push({
    range: `C2:${columnLetters(columns.map((c) => c.header))[columns[columns.length - 1].header]}${1 + people.length}`,
    style: { numberFormat: "0.00" },
  });
  addProvisionalNote(sheet, ctx, columns.length + 1, 1 + people.length);
  finishSheet(sheet, "result", { title: `${ds.office} ${ds.month} 周考核`, landscape: true });
  return sheet;
}
