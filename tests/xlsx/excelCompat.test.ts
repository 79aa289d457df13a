// What real Excel needs of every generated workbook that LibreOffice and Gnumeric do not check:
// no shared formula refers to another sheet (Excel does not move such references when a formula
// is shared down a column: [MS-XLS] 2.5.98.98, EPPlus issue 92), and xl/workbook.xml holds
// <bookViews> (ExcelJS writes none unless told; Excel is reported to crash in print preview).

import JSZip from "jszip";
import { writeXlsx } from "../../src/xlsx/writer";
import { WORKBOOK_SAMPLES } from "../workbook/registry";

const SHARED = /<f t="shared"[^>]*>([^<]*)<\/f>/g;

describe.each(WORKBOOK_SAMPLES)("$name", (sample) => {
  test("no shared formula holds a `!` reference, and <bookViews> opens a visible sheet", async () => {
    const model = sample.build();
    const zip = await JSZip.loadAsync(await writeXlsx(model));
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheets).toHaveLength(model.sheets.length);
    let shared = 0;
    const offending: string[] = [];
    for (const f of sheets) {
      const xml = await zip.file(f)!.async("string");
      for (const m of xml.matchAll(SHARED)) {
        shared++;
        if (m[1].includes("!")) offending.push(`${f}: ${m[1]}`);
      }
    }
    expect(offending).toEqual([]);
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    const view = /<bookViews>\s*<workbookView\b([^>]*)\/?>/.exec(workbook);
    expect(view).not.toBeNull();
    const activeTab = Number(/activeTab="(\d+)"/.exec(view![1])?.[1] ?? 0);
    expect(model.sheets[activeTab].hidden).toBeFalsy();
    // the month workbook still shares its long runs (the check above is not vacuous there)
    if (sample.name.startsWith("月度考核工作簿")) expect(shared).toBeGreaterThan(0);
  });
});
