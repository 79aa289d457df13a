// gangze verify as the bureau meets it: exit 0 for a workbook as generated, 1 with each cell
// named (stored and recomputed value) for a typed-over score, 2 for a file that is no workbook.
import type * as ExcelJSTypes from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { Output } from "../../src/cli/output";
import { sampleMonth } from "../../src/domain/defaultOffice";
import { buildMonthWorkbook } from "../../src/workbook/month";
import { MONTH_SHEETS } from "../../src/workbook/sheets";
import { loadExcelJS } from "../../src/xlsx/exceljs";
import { readXlsx } from "../../src/xlsx/reader";
import { findTable } from "../../src/workbook/read/table";
import { writeXlsx } from "../../src/xlsx/writer";

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out: Output = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(argv, out);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), "gangze-verify-cli-"));

describe("gangze verify", () => {
  let clean = "";
  let typedOver = "";
  let cell = "";

  beforeAll(async () => {
    const bytes = await writeXlsx(buildMonthWorkbook(sampleMonth(), { exportMode: true }));
    clean = path.join(dir, "上报.xlsx");
    writeFileSync(clean, bytes);
    const t = findTable(await readXlsx(bytes, "x.xlsx"), MONTH_SHEETS.summary, ["得分"]);
    cell = `${t.columns["得分"]}${t.rows[5].row}`;
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJSTypes.Buffer);
    const ws = wb.getWorksheet(MONTH_SHEETS.summary)!;
    const c = ws.getCell(cell);
    c.value = { formula: c.formula, result: 98.5 } as ExcelJSTypes.CellValue;
    typedOver = path.join(dir, "改过.xlsx");
    writeFileSync(typedOver, Buffer.from(await wb.xlsx.writeBuffer()));
  });

  test("a workbook as generated: exit 0", async () => {
    const r = await run(["verify", clean]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("核验通过");
  });

  test("a score typed over: exit 1, the cell named with stored and recomputed values", async () => {
    const r = await run(["verify", typedOver]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${MONTH_SHEETS.summary}!${cell}`);
    expect(r.stdout).toContain("存储为 98.5");
    const j = await run(["verify", typedOver, "--json"]);
    expect(j.code).toBe(1);
    const report = JSON.parse(j.stdout);
    expect(report.equal).toBe(false);
    expect(report.differences[0]).toMatchObject({
      sheet: MONTH_SHEETS.summary,
      cell,
      stored: "98.5",
    });
  });

  test("a file that is not a workbook: exit 2 with a message, one JSON object with --json", async () => {
    const bad = path.join(dir, "bad.xlsx");
    writeFileSync(bad, "not a workbook");
    const r = await run(["verify", bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("bad.xlsx");
    const j = await run(["verify", bad, "--json"]);
    expect(j.code).toBe(2);
    expect(JSON.parse(j.stdout).error.message).toContain("bad.xlsx");
  });
});
