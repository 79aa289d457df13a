// gangze rollup on worker threads (src/cli/rollupPool.ts), run as the compiled CLI (the workers
// load the compiled rollupWorker.js): the main thread and two workers give exactly what one
// thread gives — the same offices with the same figures, the same 核验 rows in the files' order
// (a typed-over score with its cell, a broken file, a repeated office), the same exit code and
// progress lines.
import type * as ExcelJSTypes from "exceljs";
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { syntheticMonths } from "../../bench/yearData";
import { buildMonthWorkbook } from "../../src/workbook/month";
import { MONTH_SHEETS } from "../../src/workbook/sheets";
import { loadExcelJS } from "../../src/xlsx/exceljs";
import { writeXlsx } from "../../src/xlsx/writer";

const root = path.resolve(__dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "gangze-rollup-workers-"));
const files: string[] = [];

beforeAll(async () => {
  execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  const offices = ["办公室", "财务科", "工程科", "档案科", "后勤科"];
  for (const [i, office] of offices.entries()) {
    const ds = syntheticMonths(3 + i, i + 1, office)[9];
    const f = path.join(dir, `${office}.xlsx`);
    writeFileSync(f, await writeXlsx(buildMonthWorkbook(ds, { exportMode: true })));
    files.push(f);
  }
  // 工程科: 考核汇总's first 得分 typed over (the formula kept, its value changed)
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(files[2]) as unknown as ExcelJSTypes.Buffer);
  const c = wb.getWorksheet(MONTH_SHEETS.summary)!.getCell("E2");
  c.value = { formula: c.formula, result: 99.5 } as ExcelJSTypes.CellValue;
  writeFileSync(files[2], Buffer.from(await wb.xlsx.writeBuffer()));
  writeFileSync(path.join(dir, "坏文件.xlsx"), "not a workbook");
  writeFileSync(path.join(dir, "办公室-重发.xlsx"), readFileSync(files[0]));
  files.splice(1, 0, path.join(dir, "坏文件.xlsx"));
  files.push(path.join(dir, "办公室-重发.xlsx"));
});

function rollup(workers: number) {
  const r = spawnSync(
    process.execPath,
    [
      path.join(root, "bin/gangze.js"),
      "rollup",
      ...files,
      "--out",
      path.join(dir, `r${workers}.xlsx`),
      "--json",
    ],
    { encoding: "utf8", env: { ...process.env, GANGZE_WORKERS: String(workers) } }
  );
  return r;
}

test("the main thread and two workers give what one thread gives", () => {
  const one = rollup(0);
  const two = rollup(2);
  expect(two.status).toBe(1);
  expect(two.status).toBe(one.status);
  const j = JSON.parse(two.stdout);
  expect(j).toEqual(JSON.parse(one.stdout));
  expect(j.offices).toHaveLength(5);
  expect(j.verification.map((v: { result: string }) => v.result)).toEqual([
    "一致",
    "无法读取",
    "一致",
    "不一致",
    "一致",
    "一致",
    "重复",
  ]);
  expect(j.verification[3].detail).toContain(`${MONTH_SHEETS.summary}!E2`);
  const progress = (s: string) => s.split("\n").filter((l) => /^\[\d+\/\d+\]/.test(l));
  expect(progress(two.stderr)).toEqual(files.map((f, i) => `[${i + 1}/${files.length}] ${f}`));
  expect(progress(two.stderr)).toEqual(progress(one.stderr));
});
