// Hostile files (SPEC §9): a cell typed at row 1,048,576, a sheet of 1,048,576 × 16 cells, a
// sharedStrings part that inflates to 1.1 GB, a part that inflates beyond its declared size.
// Each is generated here (none is checked in) and must end in a clear Chinese message or a
// normal reading — time and memory are measured by `npm run bench`, not asserted.
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { hugeSheet, sharedStringsBomb } from "../../bench/hostile";
import { main } from "../../src/cli/main";
import type { Output } from "../../src/cli/output";
import { sampleMonth } from "../../src/domain/defaultOffice";
import { buildMonthWorkbook } from "../../src/workbook/month";
import { WorkbookReadError } from "../../src/workbook/grid";
import { DEFAULT_LIMITS, guardXlsx } from "../../src/xlsx/guard";
import { readXlsx } from "../../src/xlsx/reader";
import { writeXlsx } from "../../src/xlsx/writer";

const dir = mkdtempSync(path.join(tmpdir(), "gangze-hostile-"));

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out: Output = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  return { code: await main(argv, out), stdout, stderr };
}

async function refusal(bytes: Uint8Array, limits = DEFAULT_LIMITS): Promise<WorkbookReadError> {
  try {
    await guardXlsx(bytes, "hostile.xlsx", limits);
  } catch (err) {
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect((err as WorkbookReadError).code).toBe("too-large");
    expect((err as Error).message).toContain("文件 hostile.xlsx");
    return err as WorkbookReadError;
  }
  throw new Error("the guard let the file through");
}

let sample: Uint8Array;
beforeAll(async () => {
  sample = await writeXlsx(buildMonthWorkbook(sampleMonth()));
});

test("an ordinary month workbook passes the guard", async () => {
  await expect(guardXlsx(sample, "m.xlsx")).resolves.toBeUndefined();
});

test("one cell typed at 工作日志!D1048576: read by the rows that hold data, the far row reported", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(sample) as unknown as ExcelJS.Buffer);
  wb.getWorksheet("工作日志")!.getCell("D1048576").value = "误填的一格";
  const file = path.join(dir, "far.xlsx");
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  const grid = await readXlsx(readFileSync(file), "far.xlsx");
  expect(grid.size("工作日志").rows).toBe(1048576);
  const rows = grid.rowsWithData!("工作日志");
  expect(rows[rows.length - 1]).toBe(1048576);
  expect(rows.length).toBeLessThan(2000); // the rows in use, not a million
  const r = await cli(["check", file, "--json"]);
  expect(r.code).toBe(1);
  const issues = JSON.parse(r.stdout).issues as { location: string }[];
  expect(issues.some((i) => /^工作日志!.1048576$/.test(i.location))).toBe(true);
});

test("a sheet of 1,048,576 × 16 cells is refused before parsing, with the reason", async () => {
  const file = path.join(dir, "huge.xlsx");
  writeFileSync(file, hugeSheet());
  const e = await refusal(readFileSync(file));
  expect(e.message).toMatch(/解压后有 \d+ MB/);
  const r = await cli(["check", file]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("huge.xlsx");
  expect(r.stderr).not.toContain("    at ");
});

test("too many cells within the size limit: refused naming the sheet", async () => {
  const e = await refusal(hugeSheet(60_000, 16));
  expect(e.sheet).toBe("工作日志");
  expect(e.message).toContain("工作表“工作日志”含有超过 750,000 个单元格");
});

test("cells are counted exactly across the inflated stream's chunks", async () => {
  const bytes = hugeSheet(5_000, 16); // 80,000 cells, about 1.7 MB of XML
  await expect(
    guardXlsx(bytes, "x.xlsx", { ...DEFAULT_LIMITS, cells: 80_000 })
  ).resolves.toBeUndefined();
  await refusal(bytes, { ...DEFAULT_LIMITS, cells: 79_999 });
});

test("a 1.1 GB sharedStrings bomb is refused from its declared size", async () => {
  const bytes = sharedStringsBomb();
  expect(bytes.length).toBeLessThan(20 * 1024 * 1024);
  const e = await refusal(bytes);
  expect(e.message).toContain("xl/sharedStrings.xml 1.1 GB");
  const file = path.join(dir, "bomb.xlsx");
  writeFileSync(file, bytes);
  const r = await cli(["score", file, "--json"]);
  expect(r.code).toBe(2);
  expect(JSON.parse(r.stdout).error.code).toBe("too-large");
});

test("a bomb whose header declares 4 KB is stopped while inflating", async () => {
  const e = await refusal(sharedStringsBomb(300 * 1024 * 1024, false));
  expect(e.message).toContain("压缩炸弹");
});
