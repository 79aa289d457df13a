// 个人考核单 (SPEC §5.4): one printed page per person for the person who asks "why": every
// deduction of the month with its source record (交办事项 编号, 检查记录, 工作日志, 月度指标) and
// date, the duties whose cap applied, bonus, score, grade, rank, money and signature lines. The
// lines are chosen when the workbook is generated (the records that cost points then); every
// number and text that comes from a record is a live formula pointing at that record's cell, and
// the totals come from 考核汇总, so the page never disagrees with the results.

import { addDays, maxDate } from "../../domain/dates";
import { round2 } from "../../domain/round";
import { findingDeduction, quotaGap, taskDeductions } from "../../domain/scoring";
import { taskDue } from "../../domain/taskState";
import { emptySheet, type Cell, type SheetModel } from "../model";
import { MONTH_SHEETS } from "../sheets";
import { FONT_HEADING } from "../styles";
import type { MonthContext } from "./context";
import { cnDate, DocSheet, f, nthCell } from "./doc";
import { monthText } from "./layout";
import type { RecordsLayout } from "./records";
import type { DetailLayout, DetailRow, SummaryLayout } from "./results";
import type { TasksLayout } from "./tasks";

export const PERSON_SHEET = MONTH_SHEETS.personSheets;

/** A4 portrait: 序号 类别 来源 记录 日期 事由 职责编码 扣分 (no merged cells: fewer requests) */
const WIDTHS = [5, 13, 9, 12, 11, 24, 9, 8];

export interface PersonRefs {
  summary: SummaryLayout;
  detail: DetailLayout;
  tasks: TasksLayout;
  findings: RecordsLayout;
  quotas: RecordsLayout;
}

const at = nthCell;
/** two ideographic spaces between the fields of a line */
const GAP = "\u3000\u3000";
const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);

export function personSheet(ctx: MonthContext, refs: PersonRefs): SheetModel {
  const { ds, cal, rules, month } = ctx;
  const sheet = emptySheet(PERSON_SHEET);
  const doc = new DocSheet(sheet, WIDTHS);
  const people = ctx.result.month.people;
  const breaks: number[] = [];
  const period = monthText(ds.month);
  const logged = new Set(ds.logs.map((l) => `${l.person}\u0001${l.date}`));
  // each person's records with their row index, grouped once (not a scan of all per person)
  const byPerson = <T>(xs: readonly T[], who: (x: T) => string): Map<string, [T, number][]> => {
    const m = new Map<string, [T, number][]>();
    xs.forEach((x, j) => {
      const k = who(x);
      const list = m.get(k);
      if (list) list.push([x, j]);
      else m.set(k, [[x, j]]);
    });
    return m;
  };
  const tasksOf = byPerson(ds.tasks, (t) => t.owner);
  const findingsOf = byPerson(ds.findings, (x) => x.person);
  const quotasOf = byPerson(ds.quotas, (q) => q.person);
  const bonusesOf = byPerson(ds.bonuses, (b) => b.person);
  const detailOf = new Map<number, { r: DetailRow; k: number }[]>();
  refs.detail.rows.forEach((r, k) => {
    const list = detailOf.get(r.person);
    if (list) list.push({ r, k });
    else detailOf.set(r.person, [{ r, k }]);
  });
  const content = new Map(ds.duties.map((d) => [d.code, d.content]));

  people.forEach((p, i) => {
    const sRow = i + 1; // the person's row within 考核汇总's table
    const S = (h: string): string => at(refs.summary.range(h), sRow);
    doc.line(
      `${period}岗位责任考核个人考核单`,
      {
        font: { name: FONT_HEADING, size: 16, bold: true },
        horizontal: "center",
      },
      { size: 16, minHeight: 30 }
    );
    doc.line(
      f(
        () =>
          `"单位：${ds.office.replace(/"/g, '""')}${GAP}姓名："&${S("姓名")}&"${GAP}岗位："&${S("岗位")}`,
        `单位：${ds.office}${GAP}姓名：${p.name}${GAP}岗位：${p.post}`
      ),
      {},
      { minHeight: 22 }
    );
    doc.line(
      `考核期：${cnDate(month.start)}至${cnDate(month.asOf)}（计分截止日）。下表列出本月每一项扣分及其来源记录。`,
      { font: { size: 10 } },
      { size: 10 }
    );

    // ---- deductions, one line per source record ----
    const rows: Cell[][] = [];
    const cached: number[] = [];
    const T = refs.tasks;
    for (const [t, j] of tasksOf.get(p.name) ?? []) {
      const ded = taskDeductions(t, month, cal, rules);
      if (!ded.length) continue;
      const kinds = ded.map((d) => {
        if (d.kind === "未及时回报") return "未及时回报";
        const due = taskDue(t, cal)!;
        const end = d.kind === "逾期完成" ? t.completed! : month.asOf;
        const n = cal.wd(maxDate(due, addDays(month.start, -1)), end);
        return `${d.kind}（本月计${n}个工作日）`;
      });
      const points = sum(ded.map((d) => d.points));
      cached.push(points);
      const due = taskDue(t, cal);
      rows.push([
        rows.length + 1,
        kinds.join("、"),
        "交办事项",
        f(() => `${at(T.range("编号"), j + 1)}&""`, t.id),
        f(() => `IFERROR(${at(T.range("应完成日"), j + 1)},"")`, due ? { date: due } : ""),
        f(() => `${at(T.range("事项"), j + 1)}&""`, t.title),
        f(() => `${at(T.range("职责编码"), j + 1)}&""`, t.duty ?? ""),
        f(() => `N(${at(T.range("扣分"), j + 1)})`, points),
      ]);
    }
    const F = refs.findings;
    for (const [x, j] of findingsOf.get(p.name) ?? []) {
      if (!x.date || x.date < month.start || x.date > month.asOf) continue;
      const d = findingDeduction(x, rules);
      if (!d) continue;
      const points = d.points;
      cached.push(points);
      rows.push([
        rows.length + 1,
        x.veto ? "检查扣分、一票否决" : "检查扣分",
        "检查记录",
        x.source,
        f(() => at(F.range("日期"), j + 1), { date: x.date }),
        f(() => `${at(F.range("问题"), j + 1)}&""`, x.problem),
        f(() => `${at(F.range("职责编码"), j + 1)}&""`, x.duty ?? ""),
        f(() => `N(${at(F.range("计入扣分"), j + 1)})`, points),
      ]);
    }
    const staff = ds.staff[i];
    const from = staff.start ? maxDate(month.start, staff.start) : month.start;
    const missing = cal
      .workdays(from, month.asOf)
      .filter((d) => !logged.has(`${p.name}\u0001${d}`));
    if (missing.length) {
      const days = missing
        .map((d) => {
          const t = cal.dayInfo(d).type;
          return `${d.slice(5)}${t === "调休上班" ? "（调休上班）" : ""}`;
        })
        .join("、");
      const points = missing.length * rules.missingLogPerDay;
      cached.push(points);
      rows.push([
        rows.length + 1,
        "日志缺报",
        "工作日志",
        "",
        "",
        `缺报${missing.length}个工作日：${days}`,
        "",
        f(() => `N(${S("日志扣分")})`, points),
      ]);
    }
    const Q = refs.quotas;
    if (month.asOf >= month.start)
      for (const [q, j] of quotasOf.get(p.name) ?? []) {
        const { shortfall } = quotaGap(q);
        if (shortfall <= 0) continue;
        const points = shortfall * rules.quotaPointsPerUnit;
        cached.push(points);
        rows.push([
          rows.length + 1,
          "指标差额",
          "月度指标",
          q.indicator,
          "",
          `${q.indicator}：本月目标${q.target}，完成${q.actual}，扣款${shortfall * rules.quotaMoneyPerUnit}元`,
          "",
          f(() => `N(${at(Q.range("扣分"), j + 1)})`, points),
        ]);
      }
    const spans = [1, 1, 1, 1, 1, 1, 1, 1];
    const align: Array<"left" | undefined> = [
      undefined,
      "left",
      undefined,
      undefined,
      undefined,
      "left",
    ];
    const heads = ["序号", "类别", "来源", "记录", "日期", "事由", "职责编码", "扣分"];
    // the deductions, the duty caps and the result form one bordered block (one format to send)
    const boxTop = doc.row;
    if (rows.length === 0) {
      doc.table(heads, [], {
        spans,
        noBorder: true,
      });
      doc.line("本月没有扣分。", { horizontal: "center" }, { minHeight: 22 });
    } else {
      const t = doc.table(heads, rows, {
        spans,
        align,
        numberFormats: [
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          "0.##",
        ],
        minHeight: 20,
        noBorder: true,
      });
      const col = t.col(7);
      doc.pieces(
        [
          ["扣分合计（封顶前）", 1, 7, { horizontal: "right" }],
          [
            f(`SUM(${col}${t.first}:${col}${t.last})`, sum(cached)),
            8,
            8,
            { horizontal: "center", numberFormat: "0.##" },
          ],
        ],
        20
      );
    }

    // ---- duties with deductions: the cap 扣完本项分值为止 ----
    const D = refs.detail;
    const lines = (detailOf.get(i) ?? []).filter(({ r }) => r.line.deducted > 0);
    if (lines.length) {
      doc.table(
        ["职责编码", "工作内容", "分值", "扣分", "计入扣分"],
        lines.map(({ r, k }) => [
          f(() => `${at(D.range("职责编码"), k + 1)}&""`, r.line.duty),
          content.get(r.line.duty) ?? "",
          f(() => at(D.range("分值"), k + 1), r.line.points),
          f(() => at(D.range("扣分"), k + 1), r.line.deducted),
          f(() => at(D.range("计入扣分"), k + 1), r.line.counted),
        ]),
        { spans: [2, 3, 1, 1, 1], align: [undefined, "left"], minHeight: 20, noBorder: true }
      );
    }

    // ---- result ----
    const base = round2(Math.max(0, 100 - p.dutyDeduction - p.otherDeduction));
    doc.table(
      ["职责扣分", "其他扣分", "基础分", "加分", "得分", "等级", "名次", "奖惩金额（元）"],
      [
        [
          f(() => S("职责扣分"), p.dutyDeduction),
          f(() => S("其他扣分"), p.otherDeduction),
          f(() => `ROUND(MAX(0,100-${S("职责扣分")}-${S("其他扣分")}),2)`, base),
          f(() => S("加分"), p.bonus),
          f(() => S("得分"), p.score),
          f(() => S("等级"), p.grade),
          f(() => S("名次"), p.rank),
          f(() => S("奖惩金额"), p.money),
        ],
      ],
      {
        numberFormats: ["0.##", "0.##", "0.00", "0.##", "0.00", undefined, undefined, "0"],
        minHeight: 22,
        noBorder: true,
      }
    );
    doc.border(boxTop, doc.row - 1);
    const bonuses = (bonusesOf.get(p.name) ?? [])
      .map(([b]) => b)
      .filter((b) => b.date && b.date >= month.start && b.date <= month.asOf);
    const notes: string[] = [];
    if (lines.length)
      notes.push(
        "职责扣分按每项职责的分值封顶（扣完本项分值为止）；其他扣分（日志缺报、指标差额、非本岗职责）不封顶。"
      );
    if (bonuses.length)
      notes.push(
        `加分：${bonuses.map((b) => `${b.date.slice(5)} ${b.reason} +${b.points}`).join("；")}（合计不超过${rules.bonusCap}分）。`
      );
    if (p.veto) notes.push(`本月有一票否决事项（见上表），等级定为${rules.vetoGrade}。`);
    if (p.quotaMoney > 0) notes.push(`指标未完成扣款${p.quotaMoney}元，已从奖惩金额中扣除。`);
    for (const n of notes) doc.line(n, { font: { size: 10 } }, { size: 10 });

    // ---- signatures ----
    doc.blank(14);
    doc.line(
      "被考核人（签字）：＿＿＿＿＿＿　　考核人（签字）：＿＿＿＿＿＿　　日期：　　年　　月　　日",
      {},
      {
        minHeight: 30,
      }
    );
    doc.line(
      "本人意见：□无异议　□有异议（另附书面说明，在公示期内交办公室）",
      {},
      { minHeight: 30 }
    );
    if (i < people.length - 1) {
      breaks.push(doc.row - 1);
    }
  });
  doc.finish({ breaks });
  sheet.print!.footer = { center: "&A　第 &P 页，共 &N 页" };
  return sheet;
}
