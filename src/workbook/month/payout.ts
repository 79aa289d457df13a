// 奖惩发放表 (SPEC §5.4): the money of the month per person for the finance office, with a column
// to sign for it, the total, the rewards and the penalties. Staff order (the payroll's order, not
// the ranking); every amount is a live reference to 考核汇总.

import { emptySheet, type Cell, type SheetModel } from "../model";
import { MONTH_SHEETS } from "../sheets";
import { FONT_HEADING } from "../styles";
import type { MonthContext } from "./context";
import { cnDate, DocSheet, f, nthCell, officeRef } from "./doc";
import { monthText } from "./layout";
import { MONTH_NAMES as N } from "./names";
import type { SummaryLayout } from "./results";

export const PAYOUT_SHEET = MONTH_SHEETS.payout;

/** 序号 姓名 岗位 得分 等级 奖惩金额 领取人签字 备注 */
const WIDTHS = [6, 10, 18, 9, 8, 12, 16, 14];

export function payoutSheet(ctx: MonthContext, summary: SummaryLayout): SheetModel {
  const { ds, month } = ctx;
  const sheet = emptySheet(PAYOUT_SHEET);
  const doc = new DocSheet(sheet, WIDTHS);
  const people = ctx.result.month.people;
  const S = (h: string, k: number): string => nthCell(summary.range(h), k);

  doc.line(
    `${ds.office}${monthText(ds.month)}岗位责任考核奖惩发放表`,
    {
      font: { name: FONT_HEADING, size: 18, bold: true },
      horizontal: "center",
    },
    { size: 18, minHeight: 34 }
  );
  doc.line(
    `依据${monthText(ds.month)}考核结果（计分截至${cnDate(month.asOf)}）；金额为正数的发放奖励，负数的扣减。单位：元`,
    { font: { size: 10 } },
    { size: 10 }
  );
  const rows: Cell[][] = people.map((p, i) => [
    i + 1,
    f(S("姓名", i + 1), p.name),
    f(S("岗位", i + 1), p.post),
    f(S("得分", i + 1), p.score),
    f(S("等级", i + 1), p.grade),
    f(S("奖惩金额", i + 1), p.money),
    null,
    f(
      `IF(${S("一票否决", i + 1)}="是","一票否决","")&IF(N(${S("扣款", i + 1)})>0,"含指标扣款"&${S("扣款", i + 1)}&"元","")`,
      `${p.veto ? "一票否决" : ""}${p.quotaMoney > 0 ? `含指标扣款${p.quotaMoney}元` : ""}`
    ),
  ]);
  const t = doc.table(
    ["序号", "姓名", "岗位", "得分", "等级", "奖惩金额", "领取人签字", "备注"],
    rows,
    {
      align: [undefined, undefined, "left", undefined, undefined, "right", undefined, "left"],
      numberFormats: [
        undefined,
        undefined,
        undefined,
        "0.00",
        undefined,
        "#,##0",
        undefined,
        undefined,
      ],
      minHeight: 26,
    }
  );
  const money = `F${t.first}:F${t.last}`;
  const total = people.reduce((s, p) => s + p.money, 0);
  const plus = people.reduce((s, p) => s + Math.max(0, p.money), 0);
  const minus = people.reduce((s, p) => s + Math.min(0, p.money), 0);
  const totalRow = (label: string, formula: string, value: number): void => {
    doc.pieces(
      [
        [label, 1, 5, { border: "thin", horizontal: "right", font: { bold: true } }],
        [f(formula, value), 6, 6, { border: "thin", horizontal: "right", numberFormat: "#,##0" }],
        [null, 7, 8, { border: "thin" }],
      ],
      22
    );
  };
  totalRow("奖励合计", `SUMIF(${money},">0")`, plus);
  totalRow("扣减合计", `SUMIF(${money},"<0")`, minus);
  totalRow(`合计（${people.length} 人）`, `SUM(${money})`, total);
  doc.blank(18);
  doc.pieces(
    [
      ["制表人：", 1, 3],
      ["审核人：", 4, 5],
      ["单位负责人：", 6, 8],
    ],
    28
  );
  doc.pieces(
    [
      [
        f(
          `IF(${N.noticeSigner}="",${officeRef()},${N.noticeSigner})`,
          ctx.rules.noticeSigner || ds.office
        ),
        1,
        5,
      ],
      ["日期：　　年　　月　　日", 6, 8],
    ],
    28
  );
  doc.finish();
  sheet.print!.titleRows = [t.first - 1, t.first - 1];
  return sheet;
}
