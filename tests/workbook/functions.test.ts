import { buildHandbook } from "../../src/workbook/handbook";
import {
  checkFormula,
  describeViolation,
  EXTERNAL_LINK,
  functionNames,
  workbookViolations,
} from "../../src/workbook/functions";
import {
  emptySheet,
  modelProblems,
  undatedDateCells,
  type WorkbookModel,
} from "../../src/workbook/model";
import { smallHandbook } from "./fixtures";
import { WORKBOOK_SAMPLES } from "./registry";

describe("functionNames", () => {
  test("finds nested calls, upper-cases them and drops the _xlfn. prefix", () => {
    expect(
      functionNames('=IFERROR(INDEX(日历!$A$2:$A$400,MATCH(B2,日历!$A$2:$A$400,0)+5),"")')
    ).toEqual(["IFERROR", "INDEX", "MATCH"]);
    expect(functionNames("_xlfn.rank.eq(A1,$A$1:$A$9)")).toEqual(["RANK.EQ"]);
  });

  test("skips string literals (with doubled quotes) and quoted sheet names", () => {
    expect(functionNames('IF(A1="XLOOKUP(""x"")",1,2)')).toEqual(["IF"]);
    expect(functionNames("SUM('FILTER(1)'!A1:A3)")).toEqual(["SUM"]);
    expect(functionNames("SUM('it''s TODAY('!A1)")).toEqual(["SUM"]);
  });

  test("a defined name or a cell reference is not a function", () => {
    expect(functionNames("基准日+LEN(A1)-B2")).toEqual(["LEN"]);
  });
});

describe("checkFormula", () => {
  test("allowed formulas have no offenders", () => {
    expect(checkFormula("ROUND(MAX(0,100-SUMIFS(D:D,A:A,A2)),2)")).toEqual([]);
    expect(checkFormula("RANK(F2,$F$2:$F$20)")).toEqual([]);
    expect(checkFormula('COUNTIFS(日历!$A:$A,">"&B2,日历!$C:$C,"工作日")')).toEqual([]);
  });

  test.each([
    ["XLOOKUP(A1,B:B,C:C)", ["XLOOKUP"]],
    ["LET(x,1,x)", ["LET"]],
    ["SUM(FILTER(A:A,B:B>0))", ["FILTER"]],
    ["MAXIFS(A:A,B:B,1)+MINIFS(A:A,B:B,1)", ["MAXIFS", "MINIFS"]],
    ["IFS(A1>1,1,TRUE,0)", ["IFS"]],
    ["NETWORKDAYS.INTL(A1,B1,1)", ["NETWORKDAYS.INTL"]],
    ["WORKDAY(A1,3)", ["WORKDAY"]],
    ["TODAY()-A1", ["TODAY"]],
    ['DATEDIF(A1,B1,"md")', ["DATEDIF"]],
    ['TEXT(A1,"aaaa")', ["TEXT"]],
    ["OFFSET(A1,1,0)", ["OFFSET"]],
    ["_xlfn.RANK.EQ(A1,A:A)", ["RANK.EQ"]],
    ["MYMACRO(A1)", ["MYMACRO"]],
    [
      'SUM(UNIQUE(A:A),SORT(B:B),SWITCH(1,1,2),TEXTJOIN(",",1,A:A),CONCAT(A1),LAMBDA(x,x))',
      ["UNIQUE", "SORT", "SWITCH", "TEXTJOIN", "CONCAT", "LAMBDA"],
    ],
  ])("%s is rejected", (f, bad) => {
    expect(checkFormula(f)).toEqual(bad);
  });

  test("a reference to another workbook is rejected", () => {
    expect(checkFormula("SUM([1]Sheet1!A1:A3)")).toEqual([EXTERNAL_LINK]);
    expect(checkFormula("'[预算.xlsx]汇总'!B2")).toEqual([EXTERNAL_LINK]);
    expect(checkFormula('IF(A1="[x]",1,0)')).toEqual([]);
  });
});

describe("workbookViolations", () => {
  test("walks cells, validations and conditional formats and names where each offender is", () => {
    const s = emptySheet("交办事项");
    s.blocks.push({
      origin: "B2",
      cells: [
        [1, { formula: "TODAY()", result: 0 }],
        [{ formula: "SUM(B2:C2)", result: 1 }, null],
      ],
    });
    s.validations.push({
      range: "D2:D9",
      rule: { type: "custom", formula: 'XLOOKUP(D2,A:A,A:A)<>""' },
    });
    s.conditionalFormats.push({ range: "E2:E9", formula: 'AND(E2<>"",E2<基准日)', fill: "FFC7CE" });
    s.conditionalFormats.push({ range: "F2:F9", formula: "IFS(F2>1,TRUE)", fill: "FFC7CE" });
    const model: WorkbookModel = { title: "t", sheets: [s], definedNames: [] };
    const v = workbookViolations(model);
    // C2 = TODAY (block origin B2, second column), D2:D9 custom rule, F2:F9 conditional format
    expect(v.map((x) => [x.sheet, x.where, x.names])).toEqual([
      ["交办事项", "C2", ["TODAY"]],
      ["交办事项", "D2:D9", ["XLOOKUP"]],
      ["交办事项", "F2:F9", ["IFS"]],
    ]);
    expect(describeViolation(v[0])).toBe(
      "工作表“交办事项” C2：公式 =TODAY() 使用了 TODAY（打开时会变化，导出的工作簿须使用固定基准日）"
    );
  });

  test("the handbook has formulas to check, and the check sees them", () => {
    const m = buildHandbook(smallHandbook());
    const cells = m.sheets
      .flatMap((s) => s.blocks.flatMap((b) => b.cells.flat()))
      .filter((c) => typeof c === "object" && c !== null && "formula" in c);
    // 封面 1 (共 N 个岗位、M 项职责) + 目录 (3 posts + 一览表) + 3 post totals = 1 + 4 + 3
    expect(cells).toHaveLength(8);
  });
});

// SPEC §5: "A test enforces the list" — over every workbook the project generates.
describe.each(WORKBOOK_SAMPLES.map((s) => [s.name, s] as const))(
  "allowed functions: %s",
  (_name, sample) => {
    test("uses only functions that exist in Excel 2010, WPS and LibreOffice", () => {
      expect(workbookViolations(sample.build()).map(describeViolation)).toEqual([]);
    });
    test("has no structural problem, and every date cell has a date format in the description", () => {
      const m = sample.build();
      expect(modelProblems(m)).toEqual([]);
      expect(
        m.sheets.map((s) => [s.name, undatedDateCells(s)]).filter(([, u]) => u.length)
      ).toEqual([]);
    });
  }
);
