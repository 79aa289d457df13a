// 年度考核工作簿 (SPEC §5.5) as a workbook description: the months' results as locked data, and
// live formulas for the annual score, grade, rank, money, months not scored and quota progress,
// each carrying the value src/domain/year.ts computes (tests/workbook/yearParity.test.ts
// recalculates it in LibreOffice).

import type { DefinedName, WorkbookModel } from "../model";
import { yearContext, type YearWorkbookInput } from "./context";
import { monthDataSheet, quotaDataSheet } from "./data";
import { annualSheet, monthGradesSheet, quotaProgressSheet } from "./results";
import { yearReadmeSheet, yearRulesSheet } from "./settings";
import { YEAR_WORKBOOK_TITLE } from "./sheets";

export {
  YEAR_HEADERS,
  YEAR_NAMES,
  YEAR_SHEETS,
  YEAR_WORKBOOK_TITLE,
  MONTH_COLUMNS,
} from "./sheets";
export { yearContext, yearFileName, yearInputOf, type YearWorkbookInput } from "./context";

/** Throws RangeError when no month is given. */
export function buildYearWorkbook(input: YearWorkbookInput): WorkbookModel {
  const ctx = yearContext(input);
  const names: DefinedName[] = [];
  const readme = yearReadmeSheet(ctx, names);
  const rules = yearRulesSheet(ctx, names);
  const monthData = monthDataSheet(ctx);
  const quotaData = quotaDataSheet(ctx);
  return {
    title: YEAR_WORKBOOK_TITLE,
    sheets: [
      readme,
      annualSheet(ctx, monthData.layout),
      monthGradesSheet(ctx, monthData.layout),
      quotaProgressSheet(ctx, quotaData.layout),
      rules.sheet,
      monthData.sheet,
      quotaData.sheet,
    ],
    definedNames: names,
  };
}
