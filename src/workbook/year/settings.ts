// The year workbook's settings: 说明 (office, year, the months it was built from, the months
// missing, how-to) and 考核标准 (优秀比例, 一票否决 grade, the grade bands of the latest month).

import type { DefinedName, SheetModel } from "../model";
import { addTable, type Column } from "../builder";
import { emptySheet, type Cell } from "../model";
import { finishSheet } from "../month/layout";
import { STYLE_BODY, STYLE_HEADER, STYLE_INPUT } from "../styles";
import type { YearContext } from "./context";
import {
  YEAR_HEADERS,
  YEAR_NAMES,
  YEAR_README_ITEMS,
  YEAR_README_ROWS,
  YEAR_SHEETS,
} from "./sheets";

const HOW_TO = [
  "本工作簿由各月的月度考核工作簿（或上报工作簿）汇总生成：每月的得分、等级、奖惩金额按各月工作簿的录入重新计算后列入“月度成绩”“指标明细”。",
  "年度得分 = 本人在册并参加考核各月得分的平均值（保留两位小数）；任一月一票否决，年度等级为否决等级；奖惩金额为各月之和。",
  "考核标准中的“优秀比例”可以填写（如 0.3）：只有年度名次不超过 人数×比例（向下取整）的人员保持优秀，其余得分达到优秀的评为下一等级。留空则不限比例。",
  "指标进度：累计完成为各月本月完成之和，每月需完成 = 剩余 ÷ 剩余月数（向上取整）。",
  "缺少的月份补齐后重新运行 gangze year 即可更新本工作簿。",
];

const abs = (sheet: string, col: string, row: number): string => `'${sheet}'!$${col}$${row}`;

export function yearReadmeSheet(ctx: YearContext, names: DefinedName[]): SheetModel {
  const sheet = emptySheet(YEAR_SHEETS.readme);
  sheet.columnWidths = [16, 80];
  const r = ctx.result;
  const label = (m: string) => `${+m.slice(5, 7)}月`;
  const I = YEAR_README_ITEMS;
  const cells: Cell[][] = [
    ["项目", "内容"],
    [I.office, ctx.office],
    [I.year, `${r.year}`],
    [I.months, r.months.map(label).join("、")],
    [I.missing, r.missingMonths.length ? r.missingMonths.map(label).join("、") : "无"],
    [I.lastMonth, ctx.lastMonth],
    [null, null],
  ];
  HOW_TO.forEach((t, i) => cells.push([i === 0 ? "使用说明" : null, `${i + 1}. ${t}`]));
  sheet.blocks.push({ origin: "A1", cells });
  const last = cells.length;
  sheet.formats.push({ range: "A1:B1", style: STYLE_HEADER });
  sheet.formats.push({ range: `A2:B${last}`, style: { ...STYLE_BODY, locked: true } });
  sheet.formats.push({ range: `B2:B${YEAR_README_ROWS.lastMonth}`, style: { horizontal: "left" } });
  for (let row = 2; row <= last; row++)
    sheet.rowHeights[row] = row > YEAR_README_ROWS.lastMonth + 1 ? 34 : 20;
  names.push({ name: YEAR_NAMES.lastMonth, ref: abs(sheet.name, "B", YEAR_README_ROWS.lastMonth) });
  finishSheet(sheet, "settings", { title: `${ctx.office} ${r.year}年度考核 说明` });
  return sheet;
}

export interface YearRulesLayout {
  gradeCount: number;
}

export function yearRulesSheet(
  ctx: YearContext,
  names: DefinedName[]
): { sheet: SheetModel; layout: YearRulesLayout } {
  const sheet = emptySheet(YEAR_SHEETS.rules);
  const { rules } = ctx;
  type P = { label: string; value: Cell; note: string; name: string; input: boolean };
  const count = ctx.result.people.length;
  const ratioRow = 2;
  const params: P[] = [
    {
      label: "优秀比例",
      value: ctx.excellentRatio ?? null,
      note: "留空：不限比例；填写如 0.3：只有年度名次不超过 人数×比例（向下取整）的人员保持优秀",
      name: YEAR_NAMES.excellentRatio,
      input: true,
    },
    {
      label: "优秀名额",
      value: {
        formula: `IF(N($B$${ratioRow})>0,INT(ROUND(COUNT('${YEAR_SHEETS.annual}'!$${ctx.annualScoreCol}$2:$${ctx.annualScoreCol}$${Math.max(2, count + 1)})*$B$${ratioRow},6)),"")`,
        result: ctx.result.excellentLimit ?? "",
      },
      note: "由优秀比例计算；空表示不限",
      name: YEAR_NAMES.excellentLimit,
      input: false,
    },
    {
      label: "否决等级",
      value: rules.vetoGrade,
      note: "任一月一票否决时的年度等级（取自最近一月的考核标准）",
      name: YEAR_NAMES.vetoGrade,
      input: false,
    },
  ];
  const cols: Column<P>[] = [
    { header: YEAR_HEADERS.params[0], kind: "text", width: 14, value: (p) => p.label },
    {
      header: YEAR_HEADERS.params[1],
      kind: "number",
      width: 10,
      value: (p) => p.value,
      align: "center",
    },
    { header: YEAR_HEADERS.params[2], kind: "text", width: 50, value: (p) => p.note, wrap: true },
  ];
  const t = addTable(sheet, { columns: cols, rows: params });
  params.forEach((p, i) => {
    const row = t.firstDataRow + i;
    names.push({ name: p.name, ref: abs(sheet.name, "B", row) });
    if (p.input) {
      sheet.formats.push({ range: `B${row}`, style: STYLE_INPUT });
      sheet.validations.push({
        range: `B${row}`,
        rule: {
          type: "decimal",
          min: 0,
          max: 1,
          error: "优秀比例应为 0 到 1 之间的小数，如 0.3；留空表示不限",
        },
      });
    }
  });
  // the grade bands, side by side (header in row 1 too)
  type G = (typeof rules.grades)[number];
  const g = addTable(sheet, {
    firstColumn: 5,
    rows: rules.grades,
    columns: [
      { header: YEAR_HEADERS.grades[0], kind: "text", width: 10, value: (x: G) => x.grade },
      {
        header: YEAR_HEADERS.grades[1],
        kind: "number",
        width: 8,
        value: (x: G) => x.min,
        align: "center",
      },
    ] as Column<G>[],
  });
  sheet.columnWidths[3] = 3;
  const lastGrade = g.lastRow;
  names.push(
    { name: YEAR_NAMES.gradeNames, ref: `'${sheet.name}'!$E$2:$E$${lastGrade}` },
    { name: YEAR_NAMES.gradeMins, ref: `'${sheet.name}'!$F$2:$F$${lastGrade}` }
  );
  finishSheet(sheet, "settings", {
    title: `${ctx.office} ${ctx.result.year}年度考核 考核标准`,
    landscape: true,
  });
  return { sheet, layout: { gradeCount: rules.grades.length } };
}
