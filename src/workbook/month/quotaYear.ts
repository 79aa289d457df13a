// 月度指标's year columns (SPEC §4 "Year", quotas): 此前累计 (Σ 本月完成 of the year's earlier
// months, carried by 结转 and editable), 累计完成 = 此前累计 + 本月完成, 完成率 = 累计完成 ÷
// 年度目标. Kept apart from the month's scoring columns: they change no score.

import type { Quota } from "../../domain/types";
import { type Column } from "../builder";
import { HEADERS } from "../sheets";
import { formulaCol, inputCol } from "./columns";
import type { MonthContext } from "./context";
import { columnLetters } from "./names";

export function quotaYearColumns(ctx: MonthContext): Column<Quota>[] {
  const L = columnLetters(HEADERS.quotas);
  const [prior, cumulative, rate] = HEADERS.quotas.slice(9);
  const usable = ctx.ds.quotas;
  const cum = (i: number): number => (usable[i].priorActual ?? 0) + usable[i].actual;
  const target = (i: number): number => usable[i].annualTarget ?? 0;
  return [
    inputCol<Quota>(prior, "number", 8, (q) => q.priorActual, {
      validation: { type: "decimal", min: 0, error: "应为不小于 0 的数" },
      align: "center",
    }),
    formulaCol<Quota>(
      cumulative,
      8,
      (r) => `IF(COUNTA($A${r}:$E${r})=0,"",N($${L[prior]}${r})+N($${L["本月完成"]}${r}))`,
      (_, i) => cum(i)
    ),
    formulaCol<Quota>(
      rate,
      8,
      (r) => `IF(N($${L["年度目标"]}${r})>0,$${L[cumulative]}${r}/$${L["年度目标"]}${r},"")`,
      (_, i) => (target(i) > 0 ? cum(i) / target(i) : ""),
      { numberFormat: "0.0%" }
    ),
  ];
}
