// gangze handbook: the date of issue on the cover (--date, as people type dates; a bad one is a
// usage error naming the flag) and the appendix written from the rules of the catalogue file —
// a month workbook's 考核标准 or a JSON dataset's rules — not from the defaults.
import * as fs from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { Output } from "../../src/cli/output";
import { sampleMonth } from "../../src/domain/defaultOffice";
import { readXlsx } from "../../src/xlsx/reader";

const dir = fs.mkdtempSync(path.join(tmpdir(), "gangze-handbook-"));

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out: Output = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  return { code: await main(argv, out), stdout, stderr };
}

/** Every text a sheet of the file shows, joined. */
async function sheetText(file: string, sheet: string): Promise<string> {
  const grid = await readXlsx(fs.readFileSync(file), path.basename(file));
  const size = grid.size(sheet);
  const out: string[] = [];
  for (let r = 1; r <= size.rows; r++)
    for (let c = 1; c <= size.columns; c++) {
      const v = grid.cellAt(sheet, r, c).value;
      if (v !== null && v !== undefined) out.push(String(v));
    }
  return out.join("\n");
}

test("--date puts the date of issue on the cover, typed as people type dates", async () => {
  const file = path.join(dir, "手册.xlsx");
  const r = await run(["handbook", "--date", "2027年1月4日", "--out", file]);
  expect(r.code).toBe(0);
  const cover = await sheetText(file, "封面");
  expect(cover).toContain("印发日期：");
  expect(cover).toContain("2027年1月4日");
  expect(cover).toContain(sampleMonth().office);
  expect(cover).not.toContain("分值合计");
});

test("a date that does not exist is refused naming --date, and nothing is written", async () => {
  const file = path.join(dir, "坏日期.xlsx");
  const r = await run(["handbook", "--date", "2027-02-30", "--out", file]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("--date");
  expect(fs.existsSync(file)).toBe(false);
});

test("--catalog of a month workbook: the appendix states that workbook's 考核标准", async () => {
  const ds = { ...sampleMonth(), rules: { missingLogPerDay: 2, lateReport: 1 } };
  const data = path.join(dir, "data.json");
  fs.writeFileSync(data, JSON.stringify(ds));
  const month = path.join(dir, "月度.xlsx");
  expect((await run(["build", data, "--out", month])).code).toBe(0);
  const hb = path.join(dir, "按月度.xlsx");
  expect((await run(["handbook", "--catalog", month, "--out", hb])).code).toBe(0);
  for (const sheet of ["扣分标准", "考核办法"]) {
    const text = await sheetText(hb, sheet);
    expect(text).toContain("每缺一个工作日扣 2 分");
    expect(text).toContain("每件扣 1 分");
  }
  // the same rules from the JSON dataset itself
  const fromJson = path.join(dir, "按数据.xlsx");
  expect((await run(["handbook", "--catalog", data, "--out", fromJson])).code).toBe(0);
  expect(await sheetText(fromJson, "考核办法")).toContain("每缺一个工作日扣 2 分");
  // and the defaults without rules
  const plain = path.join(dir, "默认.xlsx");
  expect((await run(["handbook", "--out", plain])).code).toBe(0);
  expect(await sheetText(plain, "考核办法")).toContain("每缺一个工作日扣 1 分");
});
