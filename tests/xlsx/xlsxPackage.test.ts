// The package writer (src/xlsx/xlsxPackage.ts, what every plain write uses) against the ExcelJS
// rendering of the same model (src/xlsx/writer.ts, what src/xlsx/keep.ts builds on): read back
// by ExcelJS, every sample workbook must come out the same — values, formulas and cached
// results, shared formulas, styles, merges, validations, conditional formats, print setup,
// protection, views, columns, rows and defined names. Only what is random or a known ExcelJS
// slip is left out (the password salt and hash; ExcelJS's row-break column 16838, not 16383).

import JSZip from "jszip";
import { emptySheet, type WorkbookModel } from "../../src/workbook/model";
import { loadExcelJS, writeXlsx, writeXlsxWithExcelJS } from "../../src/xlsx/writer";
import { WORKBOOK_SAMPLES } from "../workbook/registry";

async function readBack(bytes: Uint8Array): Promise<unknown> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  const sheets = wb.worksheets.map((ws) => {
    const m = JSON.parse(JSON.stringify(ws.model)) as Record<string, unknown>;
    const protection = m.sheetProtection as Record<string, unknown> | undefined;
    if (protection) {
      // random salt, hence hash: compared by having them at all
      protection.hashValue = protection.hashValue ? "hash" : undefined;
      protection.saltValue = protection.saltValue ? "salt" : undefined;
    }
    for (const b of (m.rowBreaks as { max?: number }[] | undefined) ?? []) delete b.max;
    return m;
  });
  const names = (wb.definedNames as unknown as { model: unknown[] }).model;
  const views = (wb as unknown as { views: unknown }).views;
  return { sheets, names, views };
}

/** A model with the features the samples may lack: hidden sheet, rows and columns, breaks… */
function extras(): WorkbookModel {
  const s = emptySheet("功能");
  s.columnWidths = [12, 0, 8];
  s.hiddenColumns = [4];
  s.rowHeights = { 1: 30, 9: 12 };
  s.blocks.push({
    origin: "B2",
    cells: [
      ["文字 ", true, 1.5, { date: "2026-10-09" }],
      [
        { formula: "1/0", result: { error: "#DIV/0!" } },
        { formula: "C2>1", result: false },
        { formula: "C2*2", result: 3 },
        { formula: "E2+1", result: { date: "2026-10-10" } },
      ],
      ["<&\"'>", null, { formula: "C3", result: "" }, ""],
    ],
  });
  s.formats.push(
    {
      range: "B2:E4",
      style: { font: { italic: true, size: 9, color: "FF0000" }, vertical: "middle" },
    },
    { range: "C2:C3", style: { wrap: true, indent: 1, horizontal: "left", border: "medium" } },
    { range: "E2", style: { numberFormat: "0.0%" } }
  );
  s.merges.push("B5:C6");
  s.comments = [
    { cell: "B2", kind: "thread", text: "〔王科长〕太简略", replies: ["〔刘晓燕〕已补充"] },
    { cell: "F9", kind: "note", text: "空格里的批注 <&>" },
  ];
  s.blocks.push({ origin: "B5", cells: [[{ date: "2026-01-01" }]] });
  s.validations.push(
    {
      range: "B2:B4",
      rule: { type: "custom", formula: "LEN(B2)<5", prompt: "短", promptTitle: "提示" },
    },
    { range: "C2:C4", rule: { type: "decimal", allowBlank: false, errorStyle: "warning" } },
    { range: "D2:D4", rule: { type: "date" } }
  );
  s.conditionalFormats.push({ range: "B2:B4", formula: 'B2=""', bold: true });
  s.freeze = { rows: 2, columns: 0 };
  s.protection = { allowFormatColumns: true, allowSort: true, allowInsertRows: true };
  s.print = {
    paper: "A4",
    orientation: "portrait",
    fitToWidth: false,
    printArea: "A1:E9",
    rowBreaks: [4],
    firstPageNumber: 3,
    horizontalCentered: true,
    header: { left: "&A", right: "左右" },
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.2, footer: 0.2 },
  };
  const hidden = emptySheet("隐藏");
  hidden.hidden = true;
  hidden.freeze = { rows: 0, columns: 2 };
  hidden.blocks.push({ origin: "A1", cells: [["a"]] });
  hidden.protection = { password: "密码" };
  return {
    title: "功能",
    sheets: [hidden, s],
    definedNames: [{ name: "甲", ref: "'功能'!$B$2:$B$4" }],
  };
}

const samples = [...WORKBOOK_SAMPLES, { name: "其余功能", build: extras }];

describe.each(samples)("$name", (sample) => {
  test("written by the package writer, reads back as the ExcelJS rendering does", async () => {
    const model = sample.build();
    const [mine, theirs] = await Promise.all([writeXlsx(model), writeXlsxWithExcelJS(model)]);
    expect(await readBack(mine)).toEqual(await readBack(theirs));
    // and the package is a well-formed zip whose parts are all XML
    const zip = await JSZip.loadAsync(mine);
    for (const name of Object.keys(zip.files))
      expect((await zip.file(name)!.async("string")).startsWith("<?xml")).toBe(true);
  });
});

test("the same model gives the same bytes (no password: its salt is random)", async () => {
  const model = extras();
  delete model.sheets[0].protection;
  expect(Buffer.from(await writeXlsx(model)).equals(Buffer.from(await writeXlsx(model)))).toBe(
    true
  );
});
