// SPEC §5.5: the 年度考核工作簿's formulas and the Year rules agree. Years built from 12 generated
// months (one with 优秀比例, one with months missing and fewer people) are recalculated by
// LibreOffice in one call: every formula cell must come back with the value we cached.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { isFormulaCell, modelProblems, type WorkbookModel } from "../../src/workbook/model";
import { YEAR_SHEETS } from "../../src/workbook/year";
import { writeXlsx } from "../../src/xlsx/writer";
import { compareFormulaCells, recalc } from "../support/libreoffice";
import { sampleYear } from "./registry";

const cases: Array<{ name: string; model: WorkbookModel }> = [
  { name: "12 months, 12 people, 优秀比例 0.3", model: sampleYear(12, 0.3) },
  {
    name: "months 3 and 10–12 missing, 5 people, no ratio",
    model: sampleYear(5, undefined, [3, 10, 11, 12]),
  },
];

function formulaCount(m: WorkbookModel): number {
  return m.sheets.reduce(
    (n, s) => n + s.blocks.reduce((k, b) => k + b.cells.flat().filter(isFormulaCell).length, 0),
    0
  );
}

describe("year workbook parity with LibreOffice", () => {
  test("every formula cell of every case recalculates to its cached value", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gangze-year-"));
    const files = await Promise.all(
      cases.map(async (c, i) => {
        expect(modelProblems(c.model)).toEqual([]);
        const f = path.join(dir, `year${i}.xlsx`);
        fs.writeFileSync(f, await writeXlsx(c.model));
        return f;
      })
    );
    const out = await recalc(files);
    for (const [i, c] of cases.entries()) {
      const diffs = await compareFormulaCells(files[i], out.get(files[i])!);
      expect({ case: c.name, diffs: diffs.slice(0, 10) }).toEqual({ case: c.name, diffs: [] });
      // the comparison saw real formulas: all month columns, ranks, quota progress
      expect(formulaCount(c.model)).toBeGreaterThan(200);
    }
  });

  test("the sheets are there and printable: A4, title rows, print areas on the results", () => {
    const m = cases[0].model;
    expect(m.sheets.map((s) => s.name).sort()).toEqual(Object.values(YEAR_SHEETS).sort());
    for (const s of m.sheets) {
      expect(s.print?.paper).toBe("A4");
      expect(s.print?.titleRows).toEqual([1, 1]);
      expect(s.protection).toBeDefined();
    }
    const annual = m.sheets.find((s) => s.name === YEAR_SHEETS.annual)!;
    expect(annual.print?.orientation).toBe("landscape");
    expect(annual.print?.printArea).toMatch(/^A1:[A-Z]+13$/);
  });
});
