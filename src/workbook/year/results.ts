// The year workbook's result sheets: 年度考核 (monthly scores, months scored, annual score, grade
// with 一票否决 and 优秀比例, rank, money, months not scored), 月度等级 (the monthly grades) and
// 指标进度 (annual target, cumulative actual, rate, what is left per remaining month). Every cell
// is a live formula over the data sheets whose cached value is the domain's (src/domain/year.ts).

import type { QuotaProgress, YearPerson } from "../../domain/year";
import { colLetter } from "../address";
import { addTable, type Column } from "../builder";
import { emptySheet, type FormulaResult, type SheetModel } from "../model";
import { formulaCol } from "../month/columns";
import { finishSheet } from "../month/layout";
import { NO, YES } from "../sheets";
import { ANNUAL_HEADERS, type YearContext } from "./context";
import type { DataLayout } from "./data";
import { MONTH_COLUMNS, YEAR_HEADERS, YEAR_NAMES as N, YEAR_SHEETS } from "./sheets";

const pad2 = (n: number): string => String(n).padStart(2, "0");

export function annualSheet(ctx: YearContext, data: DataLayout): SheetModel {
  const sheet = emptySheet(YEAR_SHEETS.annual);
  const { result, rules } = ctx;
  const people = result.people;
  const L = (h: string): string => colLetter(ANNUAL_HEADERS.indexOf(h) + 1);
  const c = (h: string, r: number): string => `$${L(h)}${r}`;
  const last = Math.max(2, people.length + 1);
  const names = data.range("姓名");
  const monthKeys = MONTH_COLUMNS.map((_, i) => `${result.year}-${pad2(i + 1)}`);
  const top = rules.grades[0].grade;
  const second = rules.grades[1]?.grade;

  type R = YearPerson;
  const monthCols: Column<R>[] = MONTH_COLUMNS.map((h, i) =>
    formulaCol<R>(
      h,
      6.5,
      (r) =>
        `IF(COUNTIFS(${data.range("月份")},"${monthKeys[i]}",${names},$A${r})=0,"",SUMIFS(${data.range("得分")},${data.range("月份")},"${monthKeys[i]}",${names},$A${r}))`,
      (p) => p.months.find((m) => m.month === monthKeys[i])?.score ?? "",
      { numberFormat: "0.00" }
    )
  );
  // 未考核月份: the months up to the latest one given without a score, e.g. 1月、2月
  const missingFormula = (r: number): string => {
    const terms = MONTH_COLUMNS.slice(0, ctx.lastMonth).map((h) => `IF(${c(h, r)}="","、${h}","")`);
    return `MID(${terms.join("&")},2,100)`;
  };
  const label = (m: string): string => `${+m.slice(5, 7)}月`;
  const band = (r: number): string =>
    `INDEX(${N.gradeNames},MIN(ROWS(${N.gradeNames}),ROWS(${N.gradeNames})-COUNTIF(${N.gradeMins},"<="&${c("年度得分", r)})+1))`;
  const gradeFormula = (r: number): string => {
    const keep = c("分档等级", r);
    const capped = second
      ? `IF(${N.excellentLimit}="",${keep},IF(AND(${keep}="${top}",${c("名次", r)}>${N.excellentLimit}),"${second}",${keep}))`
      : keep;
    return `IF(${c("一票否决", r)}="${YES}",${N.vetoGrade},${capped})`;
  };
  const columns: Column<R>[] = [
    { header: "姓名", kind: "text", width: 10, value: (p) => p.name },
    { header: "岗位", kind: "text", width: 18, value: (p) => p.post },
    ...monthCols,
    formulaCol<R>(
      "考核月数",
      7,
      (r) => `COUNTIFS(${names},$A${r})`,
      (p) => p.months.length
    ),
    formulaCol<R>(
      "年度得分",
      8,
      (r) => `ROUND(SUMIFS(${data.range("得分")},${names},$A${r})/${c("考核月数", r)},2)`,
      (p) => p.score,
      { numberFormat: "0.00" }
    ),
    formulaCol<R>("等级", 7, gradeFormula, (p) => p.grade),
    formulaCol<R>(
      "名次",
      6,
      (r) => `RANK(${c("年度得分", r)},$${L("年度得分")}$2:$${L("年度得分")}$${last})`,
      (p) => p.rank
    ),
    formulaCol<R>(
      "奖惩金额",
      9,
      (r) => `SUMIFS(${data.range("奖惩金额")},${names},$A${r})`,
      (p) => p.money
    ),
    formulaCol<R>("未考核月份", 34, missingFormula, (p) => p.missing.map(label).join("、"), {
      align: "left",
    }),
    formulaCol<R>(
      "一票否决",
      8,
      (r) => `IF(COUNTIFS(${names},$A${r},${data.range("一票否决")},"${YES}")>0,"${YES}","${NO}")`,
      (p) => (p.veto ? YES : NO)
    ),
    formulaCol<R>("分档等级", 8, band, (p) => p.bandGrade),
  ];
  addTable(sheet, { columns, rows: people, autoHeight: false });
  const lastPrinted = L("未考核月份");
  sheet.conditionalFormats.push({
    range: `${L("等级")}2:${L("等级")}${last}`,
    formula: `${c("一票否决", 2)}="${YES}"`,
    fill: "FFC7CE",
    fontColor: "9C0006",
  });
  finishSheet(sheet, "result", {
    title: `${ctx.office} ${result.year}年度岗位责任考核`,
    landscape: true,
    freezeColumns: 2,
    printArea: `A1:${lastPrinted}${last}`,
  });
  return sheet;
}

export function monthGradesSheet(ctx: YearContext, data: DataLayout): SheetModel {
  const sheet = emptySheet(YEAR_SHEETS.grades);
  const { result } = ctx;
  type R = YearPerson;
  const monthKeys = MONTH_COLUMNS.map((_, i) => `${result.year}-${pad2(i + 1)}`);
  const columns: Column<R>[] = [
    { header: "姓名", kind: "text", width: 10, value: (p) => p.name },
    { header: "岗位", kind: "text", width: 14, value: (p) => p.post },
    ...MONTH_COLUMNS.map((h, i) =>
      formulaCol<R>(
        h,
        6.5,
        (r) =>
          `IFERROR(INDEX(${data.range("等级")},MATCH("${monthKeys[i]}|"&$A${r},${data.range("键")},0)),"")`,
        (p) => p.months.find((m) => m.month === monthKeys[i])?.grade ?? ""
      )
    ),
  ];
  addTable(sheet, { columns, rows: result.people, autoHeight: false });
  finishSheet(sheet, "result", {
    title: `${ctx.office} ${result.year}年 月度等级`,
    landscape: true,
    freezeColumns: 2,
  });
  return sheet;
}

export function quotaProgressSheet(ctx: YearContext, data: DataLayout): SheetModel {
  const sheet = emptySheet(YEAR_SHEETS.quotaProgress);
  const H = YEAR_HEADERS.quotaProgress;
  type R = QuotaProgress;
  const nullable = (v: number | null): FormulaResult => (v === null ? "" : v);
  const columns: Column<R>[] = [
    { header: H[0], kind: "text", width: 10, value: (q) => q.person },
    { header: H[1], kind: "text", width: 18, value: (q) => q.indicator },
    { header: H[2], kind: "number", width: 9, value: (q) => q.annualTarget, align: "center" },
    formulaCol<R>(
      H[3],
      9,
      (r) =>
        `SUMIFS(${data.range("本月完成")},${data.range("姓名")},$A${r},${data.range("指标")},$B${r})`,
      (q) => q.cumulative
    ),
    formulaCol<R>(
      H[4],
      9,
      (r) => `IF($C${r}>0,$D${r}/$C${r},"")`,
      (q) => nullable(q.rate),
      {
        numberFormat: "0.0%",
      }
    ),
    formulaCol<R>(
      H[5],
      8,
      (r) => `MAX(0,$C${r}-$D${r})`,
      (q) => q.remaining
    ),
    formulaCol<R>(
      H[6],
      8,
      () => `12-${N.lastMonth}`,
      (q) => q.monthsLeft
    ),
    formulaCol<R>(
      H[7],
      10,
      (r) => `IF($G${r}>0,ROUNDUP(ROUND($F${r}/$G${r},6),0),"")`,
      (q) => nullable(q.perMonth)
    ),
  ];
  addTable(sheet, { columns, rows: ctx.result.quotas, autoHeight: false });
  finishSheet(sheet, "result", {
    title: `${ctx.office} ${ctx.result.year}年 指标进度`,
    landscape: true,
  });
  return sheet;
}
