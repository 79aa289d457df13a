import * as fs from "fs";
import { sampleMonth } from "../../src/domain/defaultOffice";
import { buildMonthWorkbook } from "../../src/workbook/month";
import { isFormulaCell } from "../../src/workbook/model";
import { writeXlsx } from "../../src/xlsx/writer";
import { compareFormulaCells, recalc } from "../support/libreoffice";
test("scratch", async () => {
  const m = buildMonthWorkbook(sampleMonth());
  let n = 0; const per: Record<string, number> = {};
  for (const s of m.sheets) for (const b of s.blocks) for (const row of b.cells) for (const c of row) if (isFormulaCell(c)) { n++; per[s.name] = (per[s.name] ?? 0) + 1; }
  // break: summary F2 and 交办 N2, 日历 E5
  const sum = m.sheets.find((s) => s.name === "考核汇总")!;
  const cell = sum.blocks[0].cells[1][5] as any; cell.result = cell.result + 1;
  const tk = m.sheets.find((s) => s.name === "交办事项")!;
  const c2 = tk.blocks[0].cells[3][13] as any; c2.result = 7.25;
  const buf = await writeXlsx(m);
  fs.writeFileSync("/tmp/mw/broken.xlsx", buf);
  const out = await recalc(["/tmp/mw/broken.xlsx"]);
  const d = await compareFormulaCells("/tmp/mw/broken.xlsx", out.get("/tmp/mw/broken.xlsx")!);
  fs.writeFileSync("/tmp/mw/report.txt", JSON.stringify({ n, per, d }, null, 1));
});
