// 汇总工作簿 (SPEC §5.6), the bureau's roll-up of many offices' month workbooks: 单位汇总 (per
// office and month: people, average, the count of each grade, overdue tasks, missing log days,
// the verification result), 人员明细 (every person with the office, ranked within the bureau)
// and 核验 (every file received: equal, differing with the cells, or unusable). The per-office
// figures are live formulas over 人员明细 with the domain's values cached.

import { rankScores } from "../../domain/scoring";
import { round2 } from "../../domain/round";
import type { OfficeMonth, RollupPerson } from "../../domain/rollup";
import { addTable, type Column } from "../builder";
import { emptySheet, type Cell, type WorkbookModel } from "../model";
import { formulaCol } from "../month/columns";
import { finishSheet } from "../month/layout";
import { colRange } from "../month/names";
import { STYLE_BODY, STYLE_HEADER } from "../styles";

export const ROLLUP_WORKBOOK_TITLE = "汇总工作簿";

export const ROLLUP_SHEETS = {
  readme: "说明",
  offices: "单位汇总",
  people: "人员明细",
  verify: "核验",
} as const;

export type VerifyResult = "一致" | "不一致" | "无法读取" | "重复";

/** One received file as the 核验 sheet lists it. */
export interface VerifyRow {
  file: string;
  office: string;
  month: string;
  result: VerifyResult;
  /** cells whose stored value differs */
  differences: number;
  /** the first differing cells, or why the file could not be used */
  detail: string;
}

export interface RollupInput {
  /** the offices' months that could be used, in the order received */
  offices: OfficeMonth[];
  /** every file received, usable or not */
  verification: VerifyRow[];
}

const PEOPLE_HEADERS = [
  "单位",
  "月份",
  "姓名",
  "岗位",
  "得分",
  "等级",
  "科内名次",
  "奖惩金额",
  "局内名次",
];

/** The grade names of every office, best first, the first office's order leading. */
export function gradeColumns(offices: readonly OfficeMonth[]): string[] {
  const out: string[] = [];
  for (const o of offices) for (const g of o.grades) if (!out.includes(g)) out.push(g);
  return out.length ? out : ["优秀", "良好", "合格", "不合格"];
}

export function buildRollupWorkbook(input: RollupInput): WorkbookModel {
  const { offices, verification } = input;
  const rows = offices.flatMap((o) => o.people.map((p) => ({ o, p })));
  const bureauRanks = rankScores(rows.map((r) => r.p.score));
  const last = Math.max(2, rows.length + 1);

  // 人员明细
  const people = emptySheet(ROLLUP_SHEETS.people);
  type PR = { o: OfficeMonth; p: RollupPerson };
  const pCols: Column<PR>[] = [
    { header: "单位", kind: "text", width: 16, value: (r) => r.o.office },
    { header: "月份", kind: "text", width: 9, value: (r) => r.o.month, align: "center" },
    { header: "姓名", kind: "text", width: 10, value: (r) => r.p.name },
    { header: "岗位", kind: "text", width: 16, value: (r) => r.p.post },
    {
      header: "得分",
      kind: "number",
      width: 8,
      value: (r) => r.p.score,
      numberFormat: "0.00",
      align: "center",
    },
    { header: "等级", kind: "text", width: 8, value: (r) => r.p.grade, align: "center" },
    { header: "科内名次", kind: "number", width: 8, value: (r) => r.p.rank, align: "center" },
    { header: "奖惩金额", kind: "number", width: 9, value: (r) => r.p.money, align: "center" },
    formulaCol<PR>(
      "局内名次",
      8,
      (r) => `RANK($E${r},$E$2:$E$${last})`,
      (_, i) => bureauRanks[i]
    ),
  ];
  addTable(people, { columns: pCols, rows, autoHeight: false });
  finishSheet(people, "result", { title: "各单位人员考核明细", landscape: true });
  const pr = (h: string): string =>
    colRange(people.name, String.fromCharCode(65 + PEOPLE_HEADERS.indexOf(h)), 2, last);

  // 单位汇总
  const grades = gradeColumns(offices);
  const verdict = (o: OfficeMonth): string =>
    verification.find((v) => v.office === o.office && v.month === o.month && v.result !== "重复")
      ?.result ?? "";
  const sheet = emptySheet(ROLLUP_SHEETS.offices);
  type O = OfficeMonth;
  const who = (r: number): string => `${pr("单位")},$A${r},${pr("月份")},$B${r}`;
  const oCols: Column<O>[] = [
    { header: "单位", kind: "text", width: 16, value: (o) => o.office },
    { header: "月份", kind: "text", width: 9, value: (o) => o.month, align: "center" },
    formulaCol<O>(
      "人数",
      6,
      (r) => `COUNTIFS(${who(r)})`,
      (o) => o.people.length
    ),
    formulaCol<O>(
      "平均分",
      8,
      (r) => `IF($C${r}=0,"",ROUND(SUMIFS(${pr("得分")},${who(r)})/$C${r},2))`,
      (o) => (o.average === null ? "" : round2(o.average)),
      { numberFormat: "0.00" }
    ),
    ...grades.map((g) =>
      formulaCol<O>(
        g,
        7,
        (r) => `COUNTIFS(${who(r)},${pr("等级")},"${g}")`,
        (o) => o.people.filter((p) => p.grade === g).length
      )
    ),
    {
      header: "逾期未完成",
      kind: "number",
      width: 9,
      value: (o) => o.overdueOpen,
      align: "center",
    },
    { header: "逾期完成", kind: "number", width: 9, value: (o) => o.overdueDone, align: "center" },
    {
      header: "日志缺报(人日)",
      kind: "number",
      width: 10,
      value: (o) => o.missingLogDays,
      align: "center",
    },
    { header: "核验", kind: "text", width: 8, value: (o) => verdict(o), align: "center" },
  ];
  addTable(sheet, { columns: oCols, rows: offices, autoHeight: false });
  const verdictCol = String.fromCharCode(64 + oCols.length);
  sheet.conditionalFormats.push({
    range: `${verdictCol}2:${verdictCol}${Math.max(2, offices.length + 1)}`,
    formula: `$${verdictCol}2<>"一致"`,
    fill: "FFC7CE",
    fontColor: "9C0006",
  });
  finishSheet(sheet, "result", { title: "各单位月度考核汇总", landscape: true });

  // 核验
  const check = emptySheet(ROLLUP_SHEETS.verify);
  addTable(check, {
    rows: verification,
    columns: [
      { header: "文件", kind: "text", width: 30, value: (v: VerifyRow) => v.file, wrap: true },
      { header: "单位", kind: "text", width: 14, value: (v: VerifyRow) => v.office },
      { header: "月份", kind: "text", width: 9, value: (v: VerifyRow) => v.month, align: "center" },
      {
        header: "结果",
        kind: "text",
        width: 8,
        value: (v: VerifyRow) => v.result,
        align: "center",
      },
      {
        header: "不同处",
        kind: "number",
        width: 7,
        value: (v: VerifyRow) => v.differences,
        align: "center",
      },
      { header: "说明", kind: "text", width: 60, value: (v: VerifyRow) => v.detail, wrap: true },
    ] as Column<VerifyRow>[],
  });
  check.conditionalFormats.push({
    range: `D2:D${Math.max(2, verification.length + 1)}`,
    formula: `$D2<>"一致"`,
    fill: "FFC7CE",
    fontColor: "9C0006",
  });
  finishSheet(check, "result", { title: "收到的月度考核工作簿核验结果", landscape: true });

  // 说明
  const readme = emptySheet(ROLLUP_SHEETS.readme);
  readme.columnWidths = [16, 80];
  const months = [...new Set(offices.map((o) => o.month))].sort();
  const count = (r: VerifyResult) => verification.filter((v) => v.result === r).length;
  const cells: Cell[][] = [
    ["项目", "内容"],
    ["收到文件", `${verification.length} 份`],
    ["汇总单位", `${offices.length} 个单位月份，${rows.length} 人`],
    ["月份", months.join("、") || "无"],
    [
      "核验",
      `一致 ${count("一致")} 份，不一致 ${count("不一致")} 份，无法读取 ${count("无法读取")} 份，重复 ${count("重复")} 份`,
    ],
    [null, null],
    [
      "使用说明",
      "1. 每份工作簿按其自身录入重新计算，得分、等级、名次、金额取重新计算的结果；“核验”表列出存储结果与重新计算不同的工作簿及单元格。",
    ],
    [
      null,
      "2. 单位汇总的人数、平均分、各等级人数由人员明细计算；逾期事项、日志缺报按各单位的基准日计算。",
    ],
  ];
  readme.blocks.push({ origin: "A1", cells });
  readme.formats.push({ range: "A1:B1", style: STYLE_HEADER });
  readme.formats.push({
    range: `A2:B${cells.length}`,
    style: { ...STYLE_BODY, locked: true, wrap: true },
  });
  for (let r = 2; r <= cells.length; r++) readme.rowHeights[r] = r >= 7 ? 34 : 20;
  finishSheet(readme, "settings", { title: "汇总工作簿 说明" });

  return {
    title: ROLLUP_WORKBOOK_TITLE,
    sheets: [readme, sheet, people, check],
    definedNames: [],
  };
}
