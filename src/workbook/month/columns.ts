// Column helpers shared by the month workbook's input sheets.

import { type Column } from "../builder";
import { type FormulaResult, type ValidationRule } from "../model";
import { NO, YES } from "../sheets";
import { dateCell, numberCell } from "./usable";

export const dateRule: ValidationRule = { type: "date", error: "请输入日期，如 2026-10-15" };
export const yesNo: ValidationRule = {
  type: "list",
  values: [YES, NO],
  error: `请选择“${YES}”或“${NO}”`,
};

export function inputCol<R>(
  header: string,
  kind: "text" | "number" | "date",
  width: number,
  value: (r: R) => string | number | undefined,
  extra: Partial<Column<R>> = {}
): Column<R> {
  return {
    header,
    kind,
    width,
    input: true,
    value: (r: R) => {
      const v = value(r);
      // text typed into a date or number column is written back as text (usable.ts)
      return kind === "date"
        ? dateCell(v)
        : kind === "number"
          ? numberCell(v)
          : v === undefined || v === ""
            ? null
            : v;
    },
    ...extra,
  } as Column<R>;
}

export function formulaCol<R>(
  header: string,
  width: number,
  f: (r: number) => string,
  result: (rec: R, i: number) => FormulaResult,
  extra: Partial<Column<R>> = {}
): Column<R> {
  return {
    header,
    kind: "formula",
    width,
    formula: f,
    result: (rec: R | undefined, i: number) => (rec === undefined ? "" : result(rec, i)),
    align: "center",
    ...extra,
  } as Column<R>;
}
