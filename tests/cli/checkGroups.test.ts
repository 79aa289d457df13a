// A check people can act on (SPEC §7, issue 9 item 3): errors first, missing logs one line per
// person with their dates, `--as-of` without editing 基准日, and the pane's grouping and filters.
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { IssueItem } from "../../src/app/actions";
import { main } from "../../src/cli/main";
import type { Output } from "../../src/cli/output";
import { Calendar } from "../../src/domain/calendar";
import { checkDataset } from "../../src/domain/checks";
import { sampleMonth } from "../../src/domain/defaultOffice";
import { groupIssues, missingLogLine } from "../../src/domain/issueGroups";
import type { Dataset } from "../../src/domain/types";
import { checkPeople, checkSections } from "../../src/taskpane/viewModel";
import { buildMonthWorkbook } from "../../src/workbook/month";
import { readMonthWorkbook } from "../../src/xlsx/readWorkbooks";
import { writeXlsx } from "../../src/xlsx/writer";

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out: Output = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(argv, out);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), "gangze-check-"));

/** The sample month with only two people's logs and two entry errors. */
function twoPeopleLogged(): Dataset {
  const ds = sampleMonth();
  const keep = new Set(ds.staff.slice(0, 2).map((s) => s.name));
  ds.logs = ds.logs.filter((l) => keep.has(l.person));
  ds.tasks[0].completed = "2026-13-01"; // an error
  ds.bonuses.push({ date: "2026-10-12", person: "不在名单", reason: "表扬", points: 1 }); // an error
  return ds;
}

async function monthFile(name: string, ds: Dataset): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, await writeXlsx(buildMonthWorkbook(ds)));
  return file;
}

test("missing logs are grouped per person with their dates; errors and other warnings apart", () => {
  const ds = twoPeopleLogged();
  const cal = new Calendar(ds.calendar);
  const issues = checkDataset(ds, { calendar: cal });
  const g = groupIssues(issues);
  expect(g.errors.length).toBeGreaterThanOrEqual(2);
  expect(g.errors.every((i) => i.severity === "error")).toBe(true);
  expect(g.warnings.some((i) => i.code === "missing-log")).toBe(false);
  const workdays = cal.workdays("2026-10-01", "2026-10-31");
  const missing = ds.staff.slice(2).map((s) => s.name);
  expect(g.missingLogs.map((m) => m.person)).toEqual(missing);
  for (const m of g.missingLogs) {
    const start = ds.staff.find((s) => s.name === m.person)!.start;
    expect(m.dates).toEqual(workdays.filter((d) => !start || d >= start));
  }
  const first = g.missingLogs[0];
  expect(missingLogLine(first)).toBe(
    // 10-10 is the Saturday worked for 国庆 (调休上班): the line says so, or it reads like a mistake
    `${first.person} 缺 ${first.dates.length} 个工作日：${first.dates.map((d) => d.slice(5) + (d === "2026-10-10" ? "（调休上班日）" : "")).join("、")}`
  );
  // every issue about a record names its person
  const badBonus = issues.find((i) => i.collection === "bonuses" && i.severity === "error");
  expect(badBonus?.person).toBe("不在名单");
  expect(issues.find((i) => i.collection === "tasks" && i.index === 0)?.person).toBe(
    ds.tasks[0].owner
  );
});

test("gangze check prints errors first and one line per person, not one per day", async () => {
  const ds = twoPeopleLogged();
  const file = await monthFile("two.xlsx", ds);
  const r = await run(["check", file]);
  expect(r.code).toBe(1);
  const lines = r.stdout.trimEnd().split("\n");
  const errorAt = lines.findIndex((l) => l.startsWith("错误（"));
  const missingAt = lines.findIndex((l) => l.startsWith("缺报工作日志（"));
  expect(errorAt).toBeGreaterThan(0);
  expect(missingAt).toBeGreaterThan(errorAt);
  const people = ds.staff.slice(2).map((s) => s.name);
  const personLines = lines.filter((l) => /^ {2}\S+ 缺 \d+ 个工作日：/.test(l));
  expect(personLines.map((l) => l.trim().split(" ")[0])).toEqual(people);
  expect(lines.filter((l) => l.includes("没有工作日志"))).toEqual([]);
  // the summary counts every day still, and the cell to fill is not A1 of the sheet
  expect(r.stdout).not.toContain("工作日志!A1");
  const read = await readMonthWorkbook(readFileSync(file), "two.xlsx");
  const nextRow = ds.logs.length + 2;
  expect(r.stdout).toContain(`工作日志!A${nextRow}`);
  expect(read.dataset.logs.length).toBe(ds.logs.length);
});

test("--as-of checks as of a date without editing 基准日; --json groups the same way", async () => {
  const ds = twoPeopleLogged();
  const file = await monthFile("asof.xlsx", ds);
  const before = readFileSync(file);
  const full = JSON.parse((await run(["check", file, "--json"])).stdout);
  const mid = await run(["check", file, "--as-of", "2026-10-09", "--json"]);
  expect(mid.code).toBe(1);
  const j = JSON.parse(mid.stdout);
  expect(j.asOf).toBe("2026-10-09");
  expect(full.asOf).toBe(ds.asOf);
  const cal = new Calendar(ds.calendar);
  const days = cal.workdays("2026-10-01", "2026-10-09");
  for (const m of j.missingLogs) expect(m.dates.every((d: string) => days.includes(d))).toBe(true);
  expect(j.missingLogs[0].days).toBeLessThan(full.missingLogs[0].days);
  expect(j.issues.slice(0, j.errors).every((i: IssueItem) => i.severity === "error")).toBe(true);
  expect(readFileSync(file).equals(before)).toBe(true);
  // loose date input, a bad date is a usage error (exit 2)
  expect(
    JSON.parse((await run(["check", file, "--as-of", "2026/10/9", "--json"])).stdout).asOf
  ).toBe("2026-10-09");
  const bad = await run(["check", file, "--as-of", "十月"]);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain("--as-of");
});

test("pane: sections as the CLI prints them, filtered by kind and person", () => {
  const item = (
    severity: IssueItem["severity"],
    code: string,
    cell: string,
    person?: string,
    date?: string
  ): IssueItem => ({
    severity,
    code,
    sheet: "工作日志",
    cell,
    message: cell,
    fix: "",
    ...(person ? { person } : {}),
    ...(date ? { date } : {}),
  });
  const list = [
    item("warning", "missing-log", "A9", "张三", "2026-10-09"),
    item("warning", "missing-log", "A9", "张三", "2026-10-08"),
    item("warning", "text-date", "A3", "李四"),
    item("warning", "missing-log", "A9", "李四", "2026-10-08"),
    item("error", "invalid-date", "A2", "张三"),
  ];
  const all = checkSections(list, "all");
  expect(all.errors.map((i) => i.cell)).toEqual(["A2"]);
  expect(all.missingLogs.map((g) => [g.person, g.dates])).toEqual([
    ["张三", ["2026-10-08", "2026-10-09"]],
    ["李四", ["2026-10-08"]],
  ]);
  expect(all.warnings.map((i) => i.code)).toEqual(["text-date"]);
  const zhang = checkSections(list, "all", "张三");
  expect(zhang.errors).toHaveLength(1);
  expect(zhang.missingLogs.map((g) => g.person)).toEqual(["张三"]);
  expect(zhang.warnings).toEqual([]);
  const onlyMissing = checkSections(list, "missingLog");
  expect(onlyMissing.errors).toEqual([]);
  expect(onlyMissing.warnings).toEqual([]);
  expect(onlyMissing.missingLogs).toHaveLength(2);
  expect(checkPeople(list)).toEqual(["张三", "李四"]);
});
