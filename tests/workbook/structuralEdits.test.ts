// Rows deleted or inserted in real LibreOffice (tests/support/unoEdit.py), as a director might:
// 排序索引 reads each record's cells directly (its flags also compare the source table's row
// count), so after a structural edit the flags must turn 0 and every per-person sum fall back to
// the whole-table formulas — the scores in 考核汇总 must then be the TypeScript scores of the
// entries as they now are.
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import { Calendar } from "../../src/domain/calendar";
import { sampleMonth } from "../../src/domain/defaultOffice";
import { scoreMonth } from "../../src/domain/scoring";
import type { Dataset } from "../../src/domain/types";
import type { WorkbookGrid } from "../../src/workbook/grid";
import { buildMonthWorkbook } from "../../src/workbook/month";
import { findTable } from "../../src/workbook/read/table";
import { MONTH_SHEETS } from "../../src/workbook/sheets";
import { readXlsx } from "../../src/xlsx/reader";
import { writeXlsx } from "../../src/xlsx/writer";

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gangze-rows-"));
const ds = sampleMonth();
const calendar = new Calendar(ds.calendar);

const scores = (d: Dataset): Map<string, number> =>
  new Map(scoreMonth(d, { calendar }).month.people.map((p) => [p.name, p.score]));

/** 考核汇总's 得分 per person, as the file holds them. */
function storedScores(grid: WorkbookGrid): Map<string, number> {
  const t = findTable(grid, MONTH_SHEETS.summary, ["姓名", "得分"]);
  return new Map(t.rows.map((r) => [String(r.cells["姓名"].value), Number(r.cells["得分"].value)]));
}

/** The first record whose removal changes someone's score (so the edit is seen). */
function costly<T>(xs: T[], without: (x: T) => Dataset): T {
  const base = scores(ds);
  const x = xs.find((r) => {
    const s = scores(without(r));
    return [...base].some(([n, v]) => s.get(n) !== v);
  });
  if (x === undefined) throw new Error("no record of the sample month costs points");
  return x;
}

/** The sheet row whose cells under `headers` read `values`. */
function rowOf(grid: WorkbookGrid, sheet: string, values: Record<string, string>): number {
  const t = findTable(grid, sheet, Object.keys(values));
  const hit = t.rows.find((r) =>
    Object.entries(values).every(([h, v]) => String(r.cells[h].value) === v)
  );
  if (!hit) throw new Error(`${sheet}: no row ${JSON.stringify(values)}`);
  return hit.row;
}

interface Job {
  name: string;
  sheet: string;
  op: "delete" | "insert";
  row: number;
  expected: Dataset;
}

let jobs: Job[];
const out = (j: Job) => path.join(dir, `${j.name}.xlsx`);

beforeAll(async () => {
  const file = path.join(dir, "month.xlsx");
  fs.writeFileSync(file, await writeXlsx(buildMonthWorkbook(ds, { calendar })));
  const grid = await readXlsx(new Uint8Array(fs.readFileSync(file)), "month.xlsx");
  const log = costly(ds.logs, (l) => ({ ...ds, logs: ds.logs.filter((x) => x !== l) }));
  const task = costly(ds.tasks, (t) => ({ ...ds, tasks: ds.tasks.filter((x) => x !== t) }));
  const firstFinding = findTable(grid, MONTH_SHEETS.findings, ["被检查人"]).rows[0].row;
  jobs = [
    {
      name: "log-deleted",
      sheet: MONTH_SHEETS.logs,
      op: "delete",
      row: rowOf(grid, MONTH_SHEETS.logs, { 姓名: log.person, 日期: log.date }),
      expected: { ...ds, logs: ds.logs.filter((x) => x !== log) },
    },
    {
      name: "task-deleted",
      sheet: MONTH_SHEETS.tasks,
      op: "delete",
      row: rowOf(grid, MONTH_SHEETS.tasks, { 编号: task.id }),
      expected: { ...ds, tasks: ds.tasks.filter((x) => x !== task) },
    },
    {
      name: "finding-row-inserted",
      sheet: MONTH_SHEETS.findings,
      op: "insert",
      row: firstFinding + 1,
      expected: ds,
    },
  ];
  await run(
    "/usr/bin/python3",
    [
      path.join(__dirname, "..", "support", "unoEdit.py"),
      path.join(dir, "profile"),
      JSON.stringify(
        jobs.map((j) => ({ in: file, out: out(j), sheet: j.sheet, op: j.op, row: j.row }))
      ),
    ],
    { timeout: 240_000 }
  );
}, 300_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test.each(["log-deleted", "task-deleted", "finding-row-inserted"])(
  "%s: 考核汇总's scores are those of the entries as they now are",
  async (name) => {
    const job = jobs.find((j) => j.name === name)!;
    const grid = await readXlsx(new Uint8Array(fs.readFileSync(out(job))), `${name}.xlsx`);
    const stored = storedScores(grid);
    const expected = scores(job.expected);
    expect(stored.size).toBe(expected.size);
    for (const [person, score] of expected) expect(stored.get(person)).toBeCloseTo(score, 9);
    if (job.op === "delete") expect(expected).not.toEqual(scores(ds)); // the edit is seen
  }
);
