// Which worksheet functions our workbooks may use (SPEC §5): only those that exist and agree
// in Excel 2010, WPS and LibreOffice. Anything not on the list is rejected, unknown names too.

import { cellAddress, parseCell } from "./address";
import { isFormulaCell, type WorkbookModel } from "./model";

export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set(
  [
    "ABS AND AVERAGE CHOOSE COLUMN COLUMNS CONCATENATE COUNT COUNTA COUNTBLANK COUNTIF",
    "COUNTIFS DATE DAY EOMONTH EXACT FALSE HLOOKUP IF IFERROR INDEX INT ISBLANK ISERROR",
    "ISNUMBER ISTEXT LARGE LEFT LEN MATCH MAX MID MIN MOD MONTH N NOT OR RANK RIGHT ROUND",
    "ROUNDDOWN ROUNDUP ROW ROWS SMALL SUM SUMIF SUMIFS SUMPRODUCT TRIM TRUE VALUE VLOOKUP",
    "WEEKDAY YEAR",
  ]
    .join(" ")
    .split(" ")
);

/** Why a well-known function is refused (for messages); unknown names get a generic reason. */
export const REJECTED_FUNCTIONS: Readonly<Record<string, string>> = {
  XLOOKUP: "Excel 2021 起才有",
  XMATCH: "Excel 2021 起才有",
  LET: "Excel 2021 起才有",
  LAMBDA: "Excel 365 才有",
  FILTER: "动态数组函数",
  UNIQUE: "动态数组函数",
  SORT: "动态数组函数",
  SORTBY: "动态数组函数",
  SEQUENCE: "动态数组函数",
  MAXIFS: "Excel 2019 起才有",
  MINIFS: "Excel 2019 起才有",
  IFS: "Excel 2019 起才有",
  SWITCH: "Excel 2019 起才有",
  TEXTJOIN: "Excel 2019 起才有",
  CONCAT: "Excel 2019 起才有",
  "NETWORKDAYS.INTL": ".INTL 函数在 Excel 与 LibreOffice 间无通用存储形式",
  "WORKDAY.INTL": ".INTL 函数在 Excel 与 LibreOffice 间无通用存储形式",
  WORKDAY: "不能表达调休，应使用日历工作表",
  NETWORKDAYS: "不能表达调休，应使用日历工作表",
  TODAY: "打开时会变化，导出的工作簿须使用固定基准日",
  NOW: "打开时会变化",
  DATEDIF: "各软件结果不一致",
  TEXT: "格式代码随语言环境变化",
  OFFSET: "易失函数，每次打开都重算",
  INDIRECT: "易失函数，每次打开都重算",
  HYPERLINK: "可能指向外部文件",
  "RANK.EQ": "需要 _xlfn. 前缀，使用 RANK",
};

/** Marker returned for a reference to another workbook (`[1]Sheet!A1`, `[Book.xlsx]...`). */
export const EXTERNAL_LINK = "[外部链接]";

/**
 * Names of the functions a formula calls, upper-case, in order of appearance (duplicates kept).
 * String literals, quoted sheet names and bracketed parts are skipped.
 */
export function functionNames(formula: string): string[] {
  const out: string[] = [];
  const f = formula.startsWith("=") ? formula.slice(1) : formula;
  let i = 0;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"' || ch === "'") {
      // "" inside a string and '' inside a sheet name are escaped quotes
      i++;
      while (i < f.length) {
        if (f[i] === ch) {
          if (f[i + 1] === ch) i += 2;
          else break;
        } else i++;
      }
      i++;
      continue;
    }
    if (ch === "[") {
      const end = f.indexOf("]", i);
      i = end < 0 ? f.length : end + 1;
      continue;
    }
    if (isNameChar(ch)) {
      let j = i;
      while (j < f.length && isNameChar(f[j])) j++;
      if (f[j] === "(")
        out.push(
          f
            .slice(i, j)
            .toUpperCase()
            .replace(/^_XLFN\.|^_XLWS\./, "")
        );
      i = j;
      continue;
    }
    i++;
  }
  return out;
}

function isNameChar(ch: string): boolean {
  return /[A-Za-z0-9_.\u0080-\uffff]/.test(ch);
}

/** Offending function names of one formula (each once); empty when the formula is allowed. */
export function checkFormula(formula: string): string[] {
  const bad = new Set<string>();
  for (const name of functionNames(formula)) if (!ALLOWED_FUNCTIONS.has(name)) bad.add(name);
  if (hasExternalReference(formula)) bad.add(EXTERNAL_LINK);
  return [...bad];
}

function hasExternalReference(formula: string): boolean {
  // outside string literals, a `[` starts a workbook reference (we never use structured references)
  const noStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return /\[/.test(noStrings.replace(/'(?:[^']|'')*'/g, (s) => (s.includes("[") ? "[" : "''")));
}

export interface FunctionViolation {
  sheet: string;
  /** a cell, or the range of a validation / conditional format */
  where: string;
  formula: string;
  names: string[];
}

/** Every formula of a workbook description (cells, custom validations, conditional formats) checked. */
export function workbookViolations(model: WorkbookModel): FunctionViolation[] {
  const out: FunctionViolation[] = [];
  const check = (sheet: string, where: string, formula: string): void => {
    const names = checkFormula(formula);
    if (names.length) out.push({ sheet, where, formula, names });
  };
  for (const sheet of model.sheets) {
    for (const block of sheet.blocks) {
      const o = parseCell(block.origin);
      block.cells.forEach((row, r) =>
        row.forEach((c, k) => {
          if (isFormulaCell(c)) check(sheet.name, cellAddress(o.row + r, o.col + k), c.formula);
        })
      );
    }
    for (const v of sheet.validations) {
      if (v.rule.type === "custom") check(sheet.name, v.range, v.rule.formula);
      if (v.rule.type === "list" && "source" in v.rule) check(sheet.name, v.range, v.rule.source);
    }
    for (const cf of sheet.conditionalFormats) check(sheet.name, cf.range, cf.formula);
  }
  for (const n of model.definedNames) check("（名称）", n.name, n.ref);
  return out;
}

/** One Chinese line per violation, for test failures and CLI messages. */
export function describeViolation(v: FunctionViolation): string {
  const reasons = v.names.map(
    (n) =>
      `${n}（${REJECTED_FUNCTIONS[n] ?? (n === EXTERNAL_LINK ? "引用其他工作簿" : "不在允许的函数列表中")}）`
  );
  return `工作表“${v.sheet}” ${v.where}：公式 =${v.formula} 使用了 ${reasons.join("、")}`;
}
