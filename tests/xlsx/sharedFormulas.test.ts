// Shared formulas: the reference mover, the run detector, the written XML, reading back, and
// LibreOffice recalculating every dependent cell of a shared run.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { cellAddress, parseCell } from "../../src/workbook/address";
import { emptySheet, isFormulaCell, type Cell, type WorkbookModel } from "../../src/workbook/model";
import { readXlsx } from "../../src/xlsx/reader";
import { moveFormula, sharedRuns } from "../../src/xlsx/sharedFormulas";
import { fileFormula, writeXlsx } from "../../src/xlsx/writer";
import { compareFormulaCells, recalc } from "../support/libreoffice";
import { WORKBOOK_SAMPLES } from "../workbook/registry";
import { cellOf } from "../../src/workbook/grid";
import { VIEW_SHEET } from "../../src/workbook/month/sortedView";

describe("moveFormula", () => {
  test.each([
    // relative, absolute and mixed references: only the relative row part moves
    ["K2+$A2+A$1+$B$3", 3, "K5+$A5+A$1+$B$3"],
    // a running range anchored at the top
    ["SUM($S$1:$S1)", 2, "SUM($S$1:$S3)"],
    ["COUNTIF(B2:B9,C2)", 1, "COUNTIF(B3:B10,C3)"],
    // other sheets, quoted (with an escaped quote) and unquoted; the sheet name never moves
    ["'工作日志'!$B2+'O''Neil 1'!C2+Sheet1!D2", 1, "'工作日志'!$B3+'O''Neil 1'!C3+Sheet1!D3"],
    // string literals are text, even when they look like references ("" is an escaped quote)
    ['IF(A2="A1","B""2",A2&"C3")', 5, 'IF(A7="A1","B""2",A7&"C3")'],
    // defined names, functions named like references, numbers with exponents, errors, booleans
    ["基准日-B2+LOG10(C2)+ATAN2(D2,1)+1E5+2.5E-3", 1, "基准日-B3+LOG10(C3)+ATAN2(D3,1)+1E5+2.5E-3"],
    ["IFERROR(A2,#N/A)+IF(TRUE,#DIV/0!,0)", 1, "IFERROR(A3,#N/A)+IF(TRUE,#DIV/0!,0)"],
    // whole columns do not move with rows; a name past column XFD is a name, not a cell
    ["SUM(A:A)+COUNTIF($B:$C,D2)+XFE1", 1, "SUM(A:A)+COUNTIF($B:$C,D3)+XFE1"],
    // array constants hold literals only
    ['MATCH(A2,{1,2,"A1"},0)', 1, 'MATCH(A3,{1,2,"A1"},0)'],
    // moving up works the same way
    ["A10-A9", -8, "A2-A1"],
  ])("%s moved %i rows → %s", (f, rows, expected) => {
    expect(moveFormula(f, rows)).toBe(expected);
  });

  test("moves relative columns when asked (reading a horizontal shared formula)", () => {
    // B2 two columns right, one row down: D3; $B stays; AZ1 + 1 column = BA1
    expect(moveFormula("B2+$B2+AZ$1", 1, 2)).toBe("D3+$B3+BB$1");
    expect(moveFormula("Z1", 0, 1)).toBe("AA1");
  });

  test("gives up when the result is uncertain", () => {
    expect(moveFormula("A1", -1)).toBeUndefined(); // row 0 does not exist
    expect(moveFormula("A1048576", 1)).toBeUndefined(); // past the last row
    expect(moveFormula("SUM(2:2)", 1)).toBeUndefined(); // whole rows move with rows
    expect(moveFormula("SUM($1:$1)", 1)).toBeUndefined();
    expect(moveFormula("SUM(A:A)", 0, 1)).toBeUndefined(); // whole columns move with columns
    expect(moveFormula("[1]Sheet1!A1", 1)).toBeUndefined(); // another workbook
    expect(moveFormula('"unterminated', 1)).toBeUndefined();
    // a whole-row range is fine when the row does not move
    expect(moveFormula("SUM(2:2)+A1", 0, 1)).toBe("SUM(2:2)+B1");
  });
});

describe("sharedRuns", () => {
  const col = (n: number, f: (r: number) => string | undefined) =>
    Array.from({ length: n }, (_, k) => f(k + 2));

  test("a column filled down is one run", () => {
    expect(sharedRuns(col(5, (r) => `IF($A${r}="","",K${r}-基准日)`))).toEqual([
      { start: 0, length: 5 },
    ]);
  });

  test("a string that changes with the row breaks the run; a constant string does not", () => {
    // "第2行", "第3行", …: the mover keeps string text, so row 3 is not row 2 moved
    expect(sharedRuns(col(4, (r) => `A${r}&"第${r}行"`))).toEqual([]);
    expect(sharedRuns(col(4, (r) => `A${r}&"见A1"`))).toEqual([{ start: 0, length: 4 }]);
  });

  test("absolute references that change, gaps and short runs stay plain", () => {
    // $A$2, $A$3, …: an absolute reference that changes is not a fill-down
    expect(sharedRuns(col(4, (r) => `$A$${r}`))).toEqual([]);
    // rows 2–4 shared, row 5 is not a formula, rows 6–7 too short (2 < 3), rows 8–10 shared
    const f = (r: number) => (r === 5 ? undefined : r === 7 ? "1+1" : `B${r}*2`);
    expect(sharedRuns(col(9, f))).toEqual([
      { start: 0, length: 3 },
      { start: 6, length: 3 },
    ]);
  });

  test("one different formula in the middle splits the run", () => {
    // rows 2–4 = B*2, row 5 = B*3, rows 6–9 = B*2 again
    const f = (r: number) => (r === 5 ? `B${r}*3` : `B${r}*2`);
    expect(sharedRuns(col(8, f))).toEqual([
      { start: 0, length: 3 },
      { start: 4, length: 4 },
    ]);
  });
});

/**
 * 工作日志 A2:B7 (dates and hours); 汇总 I1 = 基准日 2026-10-31 and one row per log row: every formula column is a fill-down
 * (shared), except C where the text literal carries the row number (plain).
 */
function model(wrongAt?: string): WorkbookModel {
  const log = emptySheet("工作日志");
  const hours = [2, 3, 0, 5, 1, 4];
  log.blocks.push({
    origin: "A1",
    cells: [["日期", "工时"], ...hours.map((h, i): Cell[] => [{ date: `2026-10-0${i + 1}` }, h])],
  });
  log.formats.push({ range: "A2:A7", style: { numberFormat: "yyyy-mm-dd" } });
  const sum = emptySheet("汇总");
  let running = 0;
  const rows = hours.map((h, i): Cell[] => {
    const r = i + 2;
    running += h;
    return [
      // A: the hours of the log row (another sheet, quoted, column absolute)
      { formula: `'工作日志'!$B${r}`, result: h },
      // B: running total, anchored range: 2, 5, 5, 10, 11, 15
      { formula: `SUM('工作日志'!$B$2:$B${r})`, result: running },
      // C: text with the row in a literal: never shared
      { formula: `"第${r}行"&A${r}`, result: `第${r}行${h}` },
      // D: text, "" when no hours (an empty-string result in a shared run)
      { formula: `IF(A${r}=0,"","有A1")`, result: h === 0 ? "" : "有A1" },
      // E: days since 基准日 (2026-10-31): 1 Oct → 30, 2 Oct → 29, …
      { formula: `基准日-'工作日志'!A${r}`, result: 31 - (i + 1) },
      // F: a boolean, with a whole-column count (6 numbers in 工作日志!B:B)
      { formula: `A${r}>=COUNT('工作日志'!B:B)/2`, result: h >= 3 },
      // G: share of the total in $B$7 (15), rounded: 2/15 = 0.13, 3/15 = 0.2, …
      { formula: `ROUND(A${r}/$B$7,2)`, result: Math.round((h / 15) * 100) / 100 },
    ];
  });
  if (wrongAt) {
    const { row, col } = parseCell(wrongAt);
    rows[row - 2][col - 1] = {
      formula: (rows[row - 2][col - 1] as { formula: string }).formula,
      result: 999,
    };
  }
  sum.blocks.push(
    { origin: "A2", cells: rows },
    { origin: "I1", cells: [[{ date: "2026-10-31" }]] }
  );
  sum.formats.push({ range: "I1", style: { numberFormat: "yyyy-mm-dd" } });
  return {
    title: "共享公式",
    sheets: [log, sum],
    definedNames: [{ name: "基准日", ref: "'汇总'!$I$1" }],
  };
}

async function sheetXml(bytes: Uint8Array, n: number): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(`xl/worksheets/sheet${n}.xml`)!.async("string");
}

describe("writing and reading shared formulas", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeXlsx(model());
  });

  test("the XML holds one master per shared column and bare dependents, each with its value", async () => {
    const xml = await sheetXml(bytes, 2);
    // 2 of 7 columns shared: C's literal changes with the row, and A, B, E, F refer to another
    // sheet (Excel would not move those references in a shared formula): 2 masters + 2 × 5
    const masters = [...xml.matchAll(/<f t="shared" ref="([A-Z0-9:]+)" si="(\d+)">/g)];
    expect(masters.map((m) => `${m[1]} ${m[2]}`)).toEqual(["D2:D7 0", "G2:G7 1"]);
    expect(xml.match(/<f t="shared" si="\d+"\/>/g)).toHaveLength(10);
    expect(xml).toContain(`<c r="B2"><f>SUM(&apos;工作日志&apos;!$B$2:$B2)</f><v>2</v></c>`);
    expect(xml).toContain(`<c r="B5"><f>SUM(&apos;工作日志&apos;!$B$2:$B5)</f><v>10</v></c>`);
    // a dependent keeps its own cached value: G5 = ROUND(5/15, 2)
    expect(xml).toMatch(/<c r="G5"><f t="shared" si="1"\/><v>0.33<\/v><\/c>/);
    // D4 (0 hours) caches "" as text
    expect(xml).toMatch(/<c r="D4" t="str"><f t="shared" si="0"\/><v><\/v><\/c>/);
    // C stays plain: its literal changes with the row
    expect(xml).toContain("<f>&quot;第3行&quot;&amp;A3</f>");
  });

  test("readXlsx gives every dependent its own formula text and cached value", async () => {
    const book = await readXlsx(bytes, "共享公式.xlsx");
    expect(cellOf(book, "汇总", "B5")).toEqual({
      kind: "formula",
      value: 10,
      address: "B5",
      formula: "SUM('工作日志'!$B$2:$B5)",
      resultKind: "number",
    });
    // ExcelJS's own translation would turn "有A1" into "有A3"; ours keeps the literal
    expect(cellOf(book, "汇总", "D3").formula).toBe('IF(A3=0,"","有A1")');
    expect(cellOf(book, "汇总", "D4")).toMatchObject({
      formula: 'IF(A4=0,"","有A1")',
      value: null,
    });
    expect(cellOf(book, "汇总", "F5")).toMatchObject({ value: true, resultKind: "bool" });
    expect(cellOf(book, "汇总", "F4")).toMatchObject({ value: false, resultKind: "bool" });
  });
});

test("every generated workbook reads back with each cell's own formula, many of them shared", async () => {
  for (const sample of WORKBOOK_SAMPLES) {
    const m = sample.build();
    const bytes = await writeXlsx(m);
    const book = await readXlsx(bytes, `${sample.name}.xlsx`);
    // 排序索引's cells read each record's own cells (a different reference per row, by design:
    // docs/decisions.md "One-cell edits, continued"), so sharing is counted on the other sheets
    let formulas = 0;
    let filledDown = 0;
    const wrong: string[] = [];
    for (const s of m.sheets)
      for (const b of s.blocks) {
        const o = parseCell(b.origin);
        b.cells.forEach((row, r) =>
          row.forEach((c, k) => {
            if (!isFormulaCell(c)) return;
            formulas++;
            if (s.name !== VIEW_SHEET) filledDown++;
            const a = cellAddress(o.row + r, o.col + k);
            const got = cellOf(book, s.name, a).formula;
            if (got !== fileFormula(c.formula)) wrong.push(`${s.name}!${a}: ${got} ≠ ${c.formula}`);
          })
        );
      }
    expect(wrong).toEqual([]);
    expect(formulas).toBeGreaterThan(0);
    let dependents = 0;
    const zip = await JSZip.loadAsync(bytes);
    const view = m.sheets.findIndex((s) => s.name === VIEW_SHEET);
    for (const name of Object.keys(zip.files).filter((n) =>
      /^xl\/worksheets\/sheet\d+\.xml$/.test(n)
    )) {
      if (name === `xl/worksheets/sheet${view + 1}.xml`) continue; // the package's order: src/xlsx/xlsxPackage.ts
      dependents += ((await zip.file(name)!.async("string")).match(/<f t="shared" si=/g) ?? [])
        .length;
    }
    // the month workbook is mostly filled-down columns (sample month: 5,070 of 9,284 cells outside 排序索引)
    if (sample.name.startsWith("月度考核工作簿"))
      expect(dependents).toBeGreaterThan(filledDown / 2);
  }
});

test("LibreOffice recalculates shared runs to the cached values, and a wrong dependent is caught", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gangze-sf-"));
  const right = path.join(dir, "right.xlsx");
  const wrong = path.join(dir, "wrong.xlsx");
  fs.writeFileSync(right, await writeXlsx(model()));
  // G5 is a dependent of the G2:G7 run: cached 999 instead of 0.33
  const bad = await writeXlsx(model("G5"));
  expect(await sheetXml(bad, 2)).toMatch(/<c r="G5"><f t="shared" si="1"\/><v>999<\/v><\/c>/);
  fs.writeFileSync(wrong, bad);
  const out = await recalc([right, wrong]);
  expect(await compareFormulaCells(right, out.get(right)!)).toEqual([]);
  expect(await compareFormulaCells(wrong, out.get(wrong)!)).toEqual([
    {
      sheet: "汇总",
      cell: "G5",
      formula: "ROUND(A5/$B$7,2)",
      cached: "999",
      recalculated: "0.33",
    },
  ]);
}, 180_000);
