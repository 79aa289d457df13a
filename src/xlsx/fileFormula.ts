// Formula text as a file stores it: no leading `=`, functions newer than Excel 2007 with the
// `_xlfn.` prefix (Office.js and Excel's UI show them without). Shared by both writers
// (src/xlsx/xlsxPackage.ts and the ExcelJS rendering in src/xlsx/writer.ts).

/** Functions stored with the `_xlfn.` prefix in files (Office.js and the UI show them without). */
const XLFN = new Set([
  "RANK.EQ",
  "RANK.AVG",
  "IFS",
  "MAXIFS",
  "MINIFS",
  "SWITCH",
  "TEXTJOIN",
  "CONCAT",
  "XLOOKUP",
  "IFNA",
  "DAYS",
]);

/**
 * Some XLFN function is called: a name of the list followed by `(` and not preceded by a name
 * character, so `SUMIFS(`/`COUNTIFS(` do not send every aggregate down the slow path for `IFS`.
 */
const XLFN_HINT = new RegExp(
  `(?:^|[^A-Za-z0-9_.])(?:${[...XLFN].map((n) => n.replace(".", "\\.")).join("|")})\\(`,
  "i"
);

/** Whether the formula may call a function stored with `_xlfn.` (the scan is needed then). */
export function callsNewerFunction(formula: string): boolean {
  return XLFN_HINT.test(formula);
}

/**
 * Function names outside string literals and quoted sheet names: the character before a name is
 * captured (not a lookbehind: EdgeHTML 18, which runs the pane in Office 2019, has none).
 */
const FUNCTION_CALL =
  /("(?:[^"]|"")*"|'(?:[^']|'')*')|(^|[^A-Za-z0-9_.])([A-Za-z][A-Za-z0-9.]*)(?=\()/g;

/** The formula text as the file stores it: no `=`, newer functions prefixed with `_xlfn.`. */
export function fileFormula(formula: string): string {
  const f = formula.startsWith("=") ? formula.slice(1) : formula;
  // most formulas name none of them: skip the slower scan (a month workbook has ~24,000 formulas)
  if (!callsNewerFunction(f)) return f;
  return f.replace(
    FUNCTION_CALL,
    (m, quoted: string | undefined, before: string | undefined, name: string | undefined) =>
      quoted ? m : XLFN.has(name!.toUpperCase()) ? `${before}_xlfn.${name}` : m
  );
}
