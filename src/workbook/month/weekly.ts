// 周考核: one column per Mon–Sun week of the month (clipped to it), one row per person, the
// weekly score by the month's rules clipped to the week: no quota, the bonus cap and the per-duty
// cap applied per week. Every week of the month has its column; a week that starts after 基准日
// is not scored and shows empty, so moving 基准日 later fills it in. The per-duty sums live on the
// hidden 周考核明细 sheet, in the rows of 考核明细.

import { addTable, type Column } from "../builder";
import { emptySheet, type FormulaResult, type SheetModel } from "../model";
import { MONTH_SHEETS } from "../sheets";
import type { MonthContext } from "./context";
import { finishSheet } from "./layout";
import { addProvisionalNote } from "./provisional";
import { colRange, columnLetters, MONTH_NAMES as N, RULE_NAMES as RN, runF } from "./names";
import type { RecordsLayout } from "./records";
import type { DetailLayout, DetailRow, SummaryLayout } from "./results";
import type { CalcLayout } from "./settings";
import { weekHeader, type TasksLayout } from "./tasks";

export const WEEK_DETAIL_SHEET = "周考核明细";

const dutyHeader = (w: number): string => `第${w + 1}周扣分`;
const countedHeader = (w: number): string => `第${w + 1}周计入`;

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

export function weekDetailSheet(
  ctx: MonthContext,
  refs: WeekRefs
): { sheet: SheetModel; range(header: string): string } {
  const sheet = emptySheet(WEEK_DETAIL_SHEET);
  sheet.hidden = true;
  const { weeks, weekResults } = ctx;
  const { calc, tasks, findings, detail } = refs;
  const headers = [
    "姓名",
    "职责编码",
    "分值",
    ...weeks.flatMap((_, w) => [dutyHeader(w), countedHeader(w)]),
  ];
  const L = columnLetters(headers);
  const line = (d: DetailRow, w: number) =>
    weekResults[w].people[d.person].dutyLines.find((l) => l.duty === d.line.duty)!;
  const name = (d: DetailRow): string => ctx.result.month.people[d.person].name;
  const t = addTable(sheet, {
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
          dutyHeader(w),
          9,
          (r) =>
            `SUMIFS(${tasks.range(weekHeader(w))},${tasks.range("责任人")},$A${r},${tasks.range("职责编码")},$B${r})` +
            `+SUMIFS(${findings.range("折算扣分")},${findings.range("被检查人")},$A${r},${findings.range("职责编码")},$B${r},${inWeek(findings.range("日期"), calc, w)})`,
          (d) => line(d, w).deducted
        ),
        formulaCol<DetailRow>(
          countedHeader(w),
          9,
          (r) => `MIN($C${r},$${L[dutyHeader(w)]}${r})`,
          (d) => line(d, w).counted
        ),
      ]),
    ],
  });
  sheet.protection = {};
  return { sheet, range: (h) => colRange(sheet.name, L[h], t.firstDataRow, t.lastRow) };
}

export function weeklySheet(
  ctx: MonthContext,
  refs: WeekRefs,
  weekDetail: { range(header: string): string }
): SheetModel {
  const { ds, weeks, weekResults, scored } = ctx;
  const { calc, tasks, findings, logs, bonuses, summary } = refs;
  const sheet = emptySheet(MONTH_SHEETS.weekly);
  const people = ctx.result.month.people;
  type P = (typeof people)[number];

  const scoreF =
    (w: number) =>
    (r: number): string => {
      const S = calc.weekStart(w);
      const A = calc.weekCutoff(w);
      const from = `MAX(${S},${summary.startCell(r)})`;
      const dutyCounted = `SUMIFS(${weekDetail.range(countedHeader(w))},${weekDetail.range("姓名")},$A${r})`;
      const dutyDeducted = `SUMIFS(${weekDetail.range(dutyHeader(w))},${weekDetail.range("姓名")},$A${r})`;
      const task = `SUMIFS(${tasks.range(weekHeader(w))},${tasks.range("责任人")},$A${r})`;
      const finding = `SUMIFS(${findings.range("折算扣分")},${findings.range("被检查人")},$A${r},${inWeek(findings.range("日期"), calc, w)})`;
      const missing = `MAX(0,${calc.weekCutoffRun(w)}-${runF(`${from}-1`)})-COUNTIFS(${logs.range("姓名")},$A${r},${logs.range("有效日志")},1,${logs.range("日期")},">="&${from},${logs.range("日期")},"<="&${A})`;
      const bonus = `MIN(${RN.bonusCap},SUMIFS(${bonuses.range("加分")},${bonuses.range("姓名")},$A${r},${inWeek(bonuses.range("日期"), calc, w)}))`;
      const other = `${task}+${finding}+${RN.missingLogPerDay}*(${missing})-${dutyDeducted}`;
      return `IF(${S}>${N.asOf},"",ROUND(MAX(0,100-${dutyCounted}-(${other}))+${bonus},2))`;
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
