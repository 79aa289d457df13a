// gangze year: a year from 12 month workbooks in any order (and a subset), the JSON of SPEC §8,
// the workbook written, and a month given twice or from another year refused with the file named.
import { mkdtempSync, writeFileSync, existsSync, readFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { Output } from "../../src/cli/output";
import { checkDataset, withoutErrors } from "../../src/domain/checks";
import { resolveRules } from "../../src/domain/rules";
import { assessYear, monthScoresOf } from "../../src/domain/year";
import { buildMonthWorkbook } from "../../src/workbook/month";
import { readXlsx } from "../../src/xlsx/reader";
import { writeXlsx } from "../../src/xlsx/writer";
import { findTable } from "../../src/workbook/read/table";
import { YEAR_SHEETS } from "../../src/workbook/year";
import { syntheticMonths } from "../../bench/yearData";

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out: Output = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(argv, out);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), "gangze-year-"));
const months = syntheticMonths(4);
let files: string[] = [];

beforeAll(async () => {
  files = await Promise.all(
    months.map(async (ds) => {
      const f = path.join(dir, `${ds.month}.xlsx`);
      writeFileSync(f, await writeXlsx(buildMonthWorkbook(ds)));
      return f;
    })
  );
});

describe("gangze year", () => {
  test("12 month workbooks in any order: the year's JSON equals the rules applied to the months", async () => {
    const out = path.join(dir, "年度.xlsx");
    const shuffled = [...files].reverse();
    const r = await run(["year", ...shuffled, "--out", out, "--json"]);
    expect(r.code).toBe(0);
    const y = JSON.parse(r.stdout);
    const expected = assessYear(
      // records with entry errors (tasks completed after 基准日 …) are left out, as scoring does
      months.map((ds) => monthScoresOf(withoutErrors(ds, checkDataset(ds)))),
      resolveRules()
    );
    expect(y.year).toBe(2026);
    expect(y.missingMonths).toEqual([]);
    expect(y.people.map((p: { name: string }) => p.name)).toEqual(
      expected.people.map((p) => p.name)
    );
    for (const [i, p] of y.people.entries()) {
      const e = expected.people[i];
      expect(Object.keys(p)).toEqual(
        expect.arrayContaining(["name", "post", "months", "score", "grade", "rank", "money"])
      );
      expect([p.score, p.grade, p.rank, p.money]).toEqual([e.score, e.grade, e.rank, e.money]);
      expect(p.months[0]).toEqual({
        month: e.months[0].month,
        score: e.months[0].score,
        grade: e.months[0].grade,
      });
    }
    // the joiner has 7 months, the second person a veto in March
    expect(y.people[3].months.length).toBe(7);
    expect(y.people[1].grade).toBe("不合格");
    expect(existsSync(out)).toBe(true);
    const book = await readXlsx(readFileSync(out), "年度.xlsx");
    const t = findTable(book, YEAR_SHEETS.annual, ["姓名", "年度得分", "等级", "名次"]);
    expect(t.rows.map((row) => row.cells["年度得分"].value)).toEqual(
      expected.people.map((p) => p.score)
    );
  });

  test("a subset of months: the missing ones are named", async () => {
    const out = path.join(dir, "年度-部分.xlsx");
    const r = await run(["year", files[0], files[1], files[3], "--out", out, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).missingMonths).toEqual(["2026-03"]);
    expect(r.stderr).toContain("2026-03");
  });

  test("a month given twice, or a month of another year, is refused with the file named", async () => {
    const copy = path.join(dir, "copy-of-march.xlsx");
    writeFileSync(copy, readFileSync(files[2]));
    const twice = await run(["year", files[2], copy, "--out", path.join(dir, "x.xlsx")]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("copy-of-march.xlsx");
    expect(twice.stderr).toContain("同一个月份");

    const other = {
      ...months[0],
      month: "2025-12",
      asOf: "2025-12-31",
      tasks: [],
      logs: [],
      findings: [],
    };
    const f = path.join(dir, "2025-12.xlsx");
    writeFileSync(f, await writeXlsx(buildMonthWorkbook(other)));
    const r = await run(["year", files[0], f, "--out", path.join(dir, "y.xlsx"), "--json"]);
    expect(r.code).toBe(2);
    const err = JSON.parse(r.stdout).error;
    expect(err.message).toContain("2025-12.xlsx");
    expect(existsSync(path.join(dir, "y.xlsx"))).toBe(false);
  });

  test("--excellent-ratio outside (0, 1] is a usage error", async () => {
    const r = await run(["year", files[0], "--excellent-ratio", "2"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--excellent-ratio");
  });
});
