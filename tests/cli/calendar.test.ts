// gangze calendar: a notice read (UTF-8 or GBK), printed as JSON, refused with its sentence, and
// entered into a January 2027 workbook made by `month --from` a December one: January turns final.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { Output } from "../../src/cli/output";
import { decodeText } from "../../src/cli/calendar";
import { sampleMonth } from "../../src/domain/defaultOffice";

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out: Output = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(argv, out);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), "gangze-cal-"));
const fixtures = path.join(__dirname, "..", "fixtures", "calendar-notices");
const NOTICE_2027 = path.join(fixtures, "hypothetical", "2027-test-notice.txt");

test("--json prints the year, every day off and every working day", async () => {
  const r = await run(["calendar", path.join(fixtures, "2024.txt"), "--json"]);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout);
  expect(json.year).toBe(2024);
  expect(json.workdays).toEqual([
    "2024-02-04",
    "2024-02-18",
    "2024-04-07",
    "2024-04-28",
    "2024-05-11",
    "2024-09-14",
    "2024-09-29",
    "2024-10-12",
  ]);
  expect(json.holidays).not.toContain("2024-02-09");
  expect(json.advisory).toHaveLength(1);
});

test("a cut notice is refused with the reason (exit 2), also as one JSON error", async () => {
  const text = readFileSync(path.join(fixtures, "2026.txt"), "utf8");
  const cut = path.join(dir, "cut.txt");
  writeFileSync(cut, text.slice(0, text.indexOf("10月10日（周六）上班") + 10));
  const r = await run(["calendar", cut]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("“9月20日(周日)、10月10日(周六)”");
  const j = await run(["calendar", cut, "--json"]);
  expect(j.code).toBe(2);
  expect(JSON.parse(j.stdout).error.code).toBe("notice-unaccounted-date");
});

test("a notice saved as GBK reads the same", () => {
  const text = readFileSync(NOTICE_2027, "utf8");
  // 国 = B9FA, 务 = CEF1 in GBK: the decoder falls back to GB18030 for non-UTF-8 bytes
  const gbk = new Uint8Array([0xb9, 0xfa, 0xce, 0xf1]);
  expect(decodeText(gbk)).toBe("国务");
  expect(decodeText(new TextEncoder().encode(text))).toBe(text);
});

test("December → January 2027: provisional until the notice is entered, final after", async () => {
  const dec = { ...sampleMonth(), month: "2026-12", asOf: "2026-12-31", logs: [], tasks: [] };
  const data = path.join(dir, "dec.json");
  writeFileSync(data, JSON.stringify(dec));
  const decFile = path.join(dir, "dec.xlsx");
  expect((await run(["build", data, "--out", decFile])).code).toBe(0);
  const december = JSON.parse((await run(["score", decFile, "--json"])).stdout);
  expect(december.provisional).toBeUndefined();

  const janDir = path.join(dir, "jan");
  expect((await run(["month", "2027-01", "--from", decFile, "--out", janDir])).code).toBe(0);
  const jan = path.join(
    janDir,
    readdirSync(janDir).find((f) => f.endsWith("月度考核.xlsx"))!
  );
  const before = JSON.parse((await run(["score", jan, "--json"])).stdout);
  expect([before.provisional, before.provisionalYears]).toEqual([true, [2027]]);
  const table = await run(["score", jan]);
  expect(table.stdout).toContain("（暂定）");
  expect(table.stdout).toContain(`--into ${jan}`);

  const entered = await run(["calendar", NOTICE_2027, "--into", jan]);
  expect(entered.code).toBe(0);
  expect(entered.stdout).toContain("2027-01 的结果为最终结果");
  const after = JSON.parse((await run(["score", jan, "--json"])).stdout);
  expect(after.provisional).toBeUndefined();
  expect(after.people.map((p: { name: string }) => p.name).sort()).toEqual(
    before.people.map((p: { name: string }) => p.name).sort()
  );
  const year = JSON.parse((await run(["calendar", "--year", "2027", jan, "--json"])).stdout);
  expect([year.complete, year.source]).toEqual([true, "国务院通知"]);
  expect(year.workdays).toContain("2027-02-14");
}, 300_000);
