// The harness itself: LibreOffice must really recalculate, or the parity tests could never fail.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { emptySheet, type WorkbookModel } from "../../src/workbook/model";
import { writeXlsx } from "../../src/xlsx/writer";
import { compareFormulaCells, recalc } from "../support/libreoffice";

function model(wrong: boolean): WorkbookModel {
  const s = emptySheet("计算");
  s.blocks.push({
    origin: "A1",
    cells: [
      [2, 3, { date: "2026-10-30" }],
      // A2: 2 + 3 = 5, cached deliberately as 6 in the "wrong" file
      [{ formula: "A1+B1", result: wrong ? 6 : 5 }, null, null],
      // A3: 2 × 3 = 6 (right)
      [{ formula: "A1*B1", result: 6 }, null, null],
      // A4: a text result, with Chinese and Latin mixed (LibreOffice may write rich text)
      [{ formula: 'IF(A1>1,"大于1 ok","否")', result: "大于1 ok" }, null, null],
      // A5: a date result through a defined name: 基准日 (2026-10-30) + 1 = 2026-10-31
      [{ formula: "基准日+1", result: { date: "2026-10-31" } }, null, null],
      // A6: 10 / 3 = 3.3333333333…, cached to 15 digits: equal after rounding to 9 decimals
      [{ formula: "10/3", result: 3.333333333333333 }, null, null],
      // A7: SUMIFS over a text criterion: B8:B9 where A8:A9 = "甲" → 4
      [{ formula: 'SUMIFS(B8:B9,A8:A9,"甲")', result: 4 }, null, null],
      ["甲", 4, null],
      ["乙", 7, null],
      // A10: an error is always a difference, even when cached as that error
      [{ formula: "1/0", result: { error: "#DIV/0!" } }, null, null],
    ],
  });
  s.formats.push(
    { range: "C1", style: { numberFormat: "yyyy-mm-dd" } },
    { range: "A5", style: { numberFormat: "yyyy-mm-dd" } }
  );
  return { title: "t", sheets: [s], definedNames: [{ name: "基准日", ref: "'计算'!$C$1" }] };
}

test("recalc recalculates: a wrong cached value and an error are exactly what is reported", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gangze-h-"));
  const wrong = path.join(dir, "wrong.xlsx");
  const right = path.join(dir, "sub", "wrong.xlsx"); // same base name: outputs must not collide
  fs.mkdirSync(path.dirname(right));
  fs.writeFileSync(wrong, await writeXlsx(model(true)));
  fs.writeFileSync(right, await writeXlsx(model(false)));
  const out = await recalc([wrong, right]);
  expect(out.size).toBe(2);
  const divZero = {
    sheet: "计算",
    cell: "A10",
    formula: "1/0",
    cached: "#DIV/0!",
    recalculated: "#DIV/0!",
  };
  expect(await compareFormulaCells(wrong, out.get(wrong)!)).toEqual([
    { sheet: "计算", cell: "A2", formula: "A1+B1", cached: "6", recalculated: "5" },
    divZero,
  ]);
  expect(await compareFormulaCells(right, out.get(right)!)).toEqual([divZero]);
});

test("a file LibreOffice cannot load is an error, not a silent pass", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gangze-h-"));
  const bad = path.join(dir, "bad.xlsx");
  fs.writeFileSync(bad, "not a workbook");
  await expect(recalc([bad])).rejects.toThrow(`LibreOffice 没有转换 ${bad}`);
});
