// CLI workbook commands: handbook, month with 结转, collect's backup, unusable files.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { Output } from "../../src/cli/output";
import { sampleMonth } from "../../src/domain/defaultOffice";
import { readMonthWorkbook } from "../../src/xlsx/readWorkbooks";
import { readXlsx } from "../../src/xlsx/reader";

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out: Output = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(argv, out);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), "gangze-wb-"));

test("handbook writes every post's sheet", async () => {
  const file = path.join(dir, "手册.xlsx");
  expect((await run(["handbook", "--out", file])).code).toBe(0);
  const book = await readXlsx(readFileSync(file), "手册.xlsx");
  for (const post of sampleMonth().posts) expect(book.sheetNames).toContain(post.name);
});

test("month --from carries the roster, open tasks and quota targets to next month", async () => {
  const data = path.join(dir, "oct.json");
  writeFileSync(data, JSON.stringify(sampleMonth()));
  const oct = path.join(dir, "oct.xlsx");
  expect((await run(["build", data, "--out", oct])).code).toBe(0);
  const novDir = path.join(dir, "nov");
  const r = await run(["month", "2026-11", "--from", oct, "--out", novDir]);
  expect(r.code).toBe(0);
  const novFile = readdirSync(novDir).find(
    (f) => f.includes("2026-11") && f.endsWith("月度考核.xlsx")
  )!;
  const nov = (await readMonthWorkbook(readFileSync(path.join(novDir, novFile)), novFile)).dataset;
  const sample = sampleMonth();
  expect(nov.month).toBe("2026-11");
  expect(nov.staff.map((s) => s.name)).toEqual(sample.staff.map((s) => s.name));
  // open = not completed before November
  const open = sample.tasks
    .filter((t) => !t.completed || t.completed >= "2026-11-01")
    .map((t) => t.id);
  expect(open.length).toBeGreaterThan(0);
  expect(nov.tasks.map((t) => t.id)).toEqual(open);
  // 本月目标: what is left of the annual target split over November and December, rounded up
  expect(nov.quotas.map((q) => [q.person, q.target, q.actual, q.priorActual])).toEqual(
    sample.quotas.map((q) => {
      const prior = (q.priorActual ?? 0) + q.actual;
      const target =
        q.annualTarget === undefined
          ? q.target
          : Math.max(0, Math.ceil((q.annualTarget - prior) / 2));
      return [q.person, target, 0, prior];
    })
  );
  expect(nov.logs).toEqual([]);
  expect(readdirSync(path.join(novDir, "个人工作日志")).length).toBe(sample.staff.length);
  // going backwards is refused
  expect((await run(["month", "2026-09", "--from", oct, "--out", novDir])).code).toBe(2);
});

test("collect without --out keeps a backup of the month workbook", async () => {
  const outDir = path.join(dir, "m");
  expect((await run(["month", "2026-10", "--out", outDir])).code).toBe(0);
  const monthFile = path.join(
    outDir,
    readdirSync(outDir).find((f) => f.endsWith("月度考核.xlsx"))!
  );
  const original = readFileSync(monthFile);
  const clerk = path.join(
    outDir,
    "个人工作日志",
    readdirSync(path.join(outDir, "个人工作日志"))[0]
  );
  const r = await run(["collect", monthFile, clerk]);
  expect(r.code).toBe(0);
  const backup = readdirSync(outDir).find((f) => f.includes("汇总前备份"));
  expect(backup).toBeDefined();
  expect(readFileSync(path.join(outDir, backup!)).equals(original)).toBe(true);
});

test("unusable files: exit 2 with a Chinese message naming the file, nothing written", async () => {
  const txt = path.join(dir, "note.xlsx");
  writeFileSync(txt, "这不是工作簿");
  const r = await run(["check", txt]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("note.xlsx");
  expect(r.stderr).not.toContain("    at ");
  const handbook = path.join(dir, "hb.xlsx");
  expect((await run(["handbook", "--out", handbook])).code).toBe(0);
  const asMonth = await run(["score", handbook]);
  expect(asMonth.code).toBe(2);
  expect(asMonth.stderr).toContain("缺少工作表");
  const out = path.join(dir, "never.xlsx");
  expect((await run(["export", txt, "--out", out])).code).toBe(2);
  expect(existsSync(out)).toBe(false);
});
