import { emptySheet } from "../../src/workbook/model";
import { writeXlsx } from "../../src/xlsx/writer";
import { buildHandbook } from "../../src/workbook/handbook";
import { defaultHandbook } from "../workbook/fixtures";
test("bench", async () => {
  const sheets = Array.from({ length: 40 }, (_, k) => {
    const s = emptySheet(`人员${k + 1}`);
    const rows = Array.from({ length: 31 }, (_, r) => [
      { date: `2026-10-${String(r + 1).padStart(2, "0")}` }, "内容", "完成", 1, 2, 3, 4, 5, 6, 7,
      { formula: `SUM(D${r + 2}:J${r + 2})`, result: 28 }, { formula: `IF(K${r + 2}>20,"高","低")`, result: "高" },
    ]);
    s.blocks.push({ origin: "A1", cells: [Array.from({ length: 12 }, (_, i) => `列${i + 1}`), ...rows] });
    s.formats.push({ range: "A2:J32", style: { locked: false, border: "thin" } }, { range: "A1:L1", style: { font: { bold: true } } });
    s.validations.push({ range: "A2:A32", rule: { type: "date" } }, { range: "C2:C32", rule: { type: "list", values: ["完成", "进行中"] } });
    s.conditionalFormats.push({ range: "A2:L32", formula: 'C2="完成"', fill: "C6EFCE" });
    s.protection = {};
    return s;
  });
  await writeXlsx({ title: "w", sheets: sheets.slice(0, 1), definedNames: [] });
  for (let i = 0; i < 3; i++) {
    const t = Date.now();
    await writeXlsx({ title: "w", sheets, definedNames: [] });
    console.log("40 sheets", Date.now() - t);
  }
  const m = buildHandbook(defaultHandbook()!);
  const t = Date.now();
  await writeXlsx(m);
  console.log("handbook", Date.now() - t);
});
