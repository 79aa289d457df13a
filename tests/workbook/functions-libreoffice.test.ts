// Every allowed function, computed by LibreOffice, gives the value we expect by hand: the
// allow-list is only as good as this proof, and a function added to it must be added here.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ALLOWED_FUNCTIONS, functionNames } from "../../src/workbook/functions";
import { emptySheet, type FormulaResult } from "../../src/workbook/model";
import { writeXlsx } from "../../src/xlsx/writer";
import { compareFormulaCells, recalc } from "../support/libreoffice";

// Data: A1:A5 = 3 1 4 1 5 (sum 14); B1 "甲", B2 " 乙 ", B3:B4 empty; C1 2026-10-31 (a Saturday,
// serial 46326); G1:G2 = "k", 9.
const CASES: [string, FormulaResult][] = [
  ["ABS(-2.5)", 2.5],
  ["AND(A1>1,A2=1)", true],
  ["AVERAGE(A1:A5)", 2.8], // 14 / 5
  ['CHOOSE(2,"x","y")', "y"],
  ["COLUMN(C7)", 3],
  ["COLUMNS(A1:D1)", 4],
  ['CONCATENATE("岗","责")', "岗责"],
  ["COUNT(A1:A5)", 5],
  ["COUNTA(B1:B2)", 2],
  ["COUNTBLANK(B3:B4)", 2],
  ["COUNTIF(A1:A5,1)", 2],
  ['COUNTIFS(A1:A5,">1",A1:A5,"<5")', 2], // 3 and 4
  ["DATE(2026,10,31)", { date: "2026-10-31" }],
  ["DAY(C1)", 31],
  ["EOMONTH(C1,1)", { date: "2026-11-30" }],
  ['EXACT("a","A")', false],
  ["FALSE()", false],
  ['HLOOKUP("k",G1:G2,2,FALSE)', 9],
  ['IF(A1>2,"大","小")', "大"],
  ["IFERROR(1/0,-1)", -1],
  ["INDEX(A1:A5,3)", 4],
  ["INT(-2.5)", -3],
  ["ISBLANK(B3)", true],
  ["ISERROR(1/0)", true],
  ["ISNUMBER(A1)", true],
  ["ISTEXT(B1)", true],
  ["LARGE(A1:A5,2)", 4],
  ['LEFT("岗位责任",2)', "岗位"],
  ["LEN(B2)", 3],
  ["MATCH(4,A1:A5,0)", 3],
  ["MAX(A1:A5)", 5],
  ['MID("岗位责任",2,2)', "位责"],
  ["MIN(A1:A5)", 1],
  ["MOD(-7,3)", 2], // the sign of the divisor, as in Excel
  ["MONTH(C1)", 10],
  ["N(TRUE)", 1],
  ["NOT(A1>1)", false],
  ["OR(A1>5,A2=1)", true],
  ["RANK(A1,A1:A5)", 3], // descending: 5, 4, 3
  ['RIGHT("岗位责任",2)', "责任"],
  ["ROUND(2.345,2)+ROUND(-2.5,0)", -0.65], // 2.35 + (-3): half away from zero
  ["ROUNDDOWN(2.79,1)", 2.7],
  ["ROUNDUP(2.71,1)", 2.8],
  ["ROW(C7)", 7],
  ["ROWS(A1:A5)", 5],
  ["SMALL(A1:A5,2)", 1],
  ["SUM(A1:A5)", 14],
  ['SUMIF(A1:A5,">2")', 12], // 3 + 4 + 5
  ['SUMIFS(A1:A5,A1:A5,">1",A1:A5,"<5")', 7], // 3 + 4
  ["SUMPRODUCT(A1:A5,A1:A5)", 52], // 9 + 1 + 16 + 1 + 25
  ["TRIM(B2)", "乙"],
  ["TRUE()", true],
  ['VALUE("12.5")', 12.5],
  ["VLOOKUP(4,A1:A5,1,FALSE)", 4],
  ["WEEKDAY(C1)+WEEKDAY(C1,2)*10", 67], // Saturday: 7 (Sunday = 1) and 6 (Monday = 1)
  ["YEAR(C1)", 2026],
];

test("the cases cover every allowed function", () => {
  const used = new Set(CASES.flatMap(([f]) => functionNames(f)));
  expect([...ALLOWED_FUNCTIONS].filter((f) => !used.has(f))).toEqual([]);
});

test("LibreOffice computes every allowed function as expected", async () => {
  const s = emptySheet("函数");
  s.blocks.push({
    origin: "A1",
    cells: [
      [3, "甲", { date: "2026-10-31" }],
      [1, " 乙 ", null],
      [4, null, null],
      [1, null, null],
      [5, null, null],
    ],
  });
  s.blocks.push({ origin: "G1", cells: [["k"], [9]] });
  s.blocks.push({ origin: "E1", cells: CASES.map(([formula, result]) => [{ formula, result }]) });
  // the date results (DATE in E13, EOMONTH in E15) and C1 need a date format
  s.formats.push(
    ...["C1", "E13", "E15"].map((range) => ({ range, style: { numberFormat: "yyyy-mm-dd" } }))
  );
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "gangze-fn-")), "functions.xlsx");
  fs.writeFileSync(file, await writeXlsx({ title: "函数", sheets: [s], definedNames: [] }));
  const out = await recalc([file]);
  expect(await compareFormulaCells(file, out.get(file)!)).toEqual([]);
});
