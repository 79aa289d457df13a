// The workbook emailed upward: named by office and month, no TODAY(), 基准日 fixed and locked,
// every sheet protected, formulas with cached values, the traffic-light colours kept.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type * as ExcelJSTypes from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import type { Output } from "../../src/cli/output";
import { sampleMonth } from "../../src/domain/defaultOffice";
import { loadExcelJS } from "../../src/xlsx/writer";

const quiet: Output = { stdout: () => undefined, stderr: () => undefined };
const dir = mkdtempSync(path.join(tmpdir(), "gangze-export-"));

test("export: fixed as-of date, no TODAY(), protected, cached values, colours", async () => {
  const data = path.join(dir, "sample.json");
  writeFileSync(data, JSON.stringify(sampleMonth()));
  const month = path.join(dir, "month.xlsx");
  expect(await main(["build", data, "--out", month], quiet)).toBe(0);
  const before = readFileSync(month);
  const mtime = statSync(month).mtimeMs;

  expect(await main(["export", month, "--out", dir + path.sep], quiet)).toBe(0);
  const exported = path.join(dir, "惠金河务局办公室-2026-10-月度考核（上报）.xlsx");
  // the input is never modified
  expect(readFileSync(month).equals(before)).toBe(true);
  expect(statSync(month).mtimeMs).toBe(mtime);

  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(exported) as unknown as ExcelJSTypes.Buffer);
  let formulas = 0;
  wb.eachSheet((ws) => {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        // ExcelJS gives every cell of a merged range its master's value: count the master once
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const v = cell.value as ExcelJSTypes.CellFormulaValue | null;
        // a dependent cell of a shared formula holds `sharedFormula` (its first cell), no text
        if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
          formulas++;
          // a shared formula's dependents carry no text of their own: their master is checked
          const text = String(cell.formula ?? "").toUpperCase();
          expect(text).not.toContain("TODAY(");
          expect(text).not.toContain("NOW(");
        }
      })
    );
    // every visible sheet is protected (no password)
    if (ws.state === "visible")
      expect(
        (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet
      ).toBe(true);
  });
  expect(formulas).toBeGreaterThan(1000);
  // Protected View shows cached values only: in the file every formula is followed by its value
  // (`<v></v>` with t="str" for a formula that shows nothing)
  const zip = await JSZip.loadAsync(readFileSync(exported));
  let checked = 0;
  for (const name of Object.keys(zip.files).filter((n) =>
    /^xl\/worksheets\/sheet\d+\.xml$/.test(n)
  )) {
    const xml = await zip.file(name)!.async("string");
    checked += (xml.match(/<\/f>|<f [^>]*\/>/g) ?? []).length;
    expect(xml.match(/(<\/f>|<f [^>]*\/>)(?!<v)/g) ?? []).toEqual([]);
  }
  expect(checked).toBe(formulas);

  // 基准日 is the dataset's fixed date and locked
  const name = wb.definedNames.getRanges("基准日").ranges[0];
  expect(name).toBeDefined();
  const [sheetPart, cellPart] = name.split("!");
  const asOfCell = wb
    .getWorksheet(sheetPart.replace(/'/g, ""))!
    .getCell(cellPart.replace(/\$/g, ""));
  const asOf = asOfCell.value as Date;
  expect(asOf.toISOString().slice(0, 10)).toBe("2026-10-31");
  expect(asOfCell.protection?.locked).not.toBe(false);

  // the traffic lights are conditional formats on 交办事项, so they show without the add-in
  const tasks = wb.getWorksheet("交办事项") as unknown as {
    conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[];
  };
  const rules = tasks.conditionalFormattings.flatMap((c) =>
    c.rules.flatMap((r) => r.formulae ?? [])
  );
  expect(rules.join(" ")).toContain("逾期未完成");
});
