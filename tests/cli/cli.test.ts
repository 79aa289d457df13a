// The gangze command as a user meets it: exit codes, JSON shape, Chinese messages, no stack traces.
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { Output } from "../../src/cli/output";
import { sampleMonth } from "../../src/domain/defaultOffice";

const root = path.resolve(__dirname, "../..");

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out: Output = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(argv, out);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), "gangze-cli-"));
function writeJson(name: string, data: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof data === "string" ? data : JSON.stringify(data));
  return file;
}

describe("gangze score", () => {
  test("--json has exactly the shape of SPEC §8, ranked", async () => {
    const file = writeJson("sample.json", sampleMonth());
    const r = await run(["score", file, "--json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report).sort()).toEqual(["asOf", "people", "period"]);
    expect(report.period).toBe("2026-10");
    expect(report.asOf).toBe("2026-10-31");
    expect(report.people.length).toBe(sampleMonth().staff.length);
    for (const p of report.people) {
      expect(Object.keys(p).sort()).toEqual(
        ["bonus", "deductions", "grade", "money", "name", "post", "rank", "score", "weeks"].sort()
      );
      for (const d of p.deductions) {
        expect(
          Object.keys(d).filter((k) => !["kind", "points", "duty", "ref"].includes(k))
        ).toEqual([]);
      }
      for (const w of p.weeks) expect(Object.keys(w).sort()).toEqual(["end", "score", "start"]);
    }
    const ranks = report.people.map((p: { rank: number }) => p.rank);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(ranks[0]).toBe(1);
  });

  test("--as-of moves the as-of date; a bad date is a usage error", async () => {
    const file = writeJson("sample-asof.json", sampleMonth());
    const r = await run(["score", file, "--as-of", "2026-10-16", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).asOf).toBe("2026-10-16");
    const bad = await run(["score", file, "--as-of", "16/10/2026"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--as-of");
  });

  test("the table lists every person with rank, score and grade", async () => {
    const file = writeJson("sample-table.json", sampleMonth());
    const r = await run(["score", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("名次");
    for (const s of sampleMonth().staff) expect(r.stdout).toContain(s.name);
  });
  test("an as-of date outside the month makes the file unusable for scoring: exit 2", async () => {
    const ds = sampleMonth();
    ds.asOf = "2026-12-05";
    const r = await run(["score", writeJson("asof-outside.json", ds)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("2026-12-05");
    expect(r.stdout).toBe("");
  });
});

describe("gangze check", () => {
  test("exit 1 and a message naming the record when an entry is wrong", async () => {
    const ds = sampleMonth();
    ds.tasks[0].completed = "2026-09-01";
    ds.tasks[0].assigned = "2026-09-10";
    const file = writeJson("bad-entry.json", ds);
    const r = await run(["check", file, "--json"]);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(result.errors).toBeGreaterThan(0);
    const issue = result.issues.find(
      (i: { location: string; severity: string }) =>
        i.location.startsWith("/tasks/0") && i.severity === "error"
    );
    expect(issue.location).toMatch(/^\/tasks\/0/);
    expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
  });

  test("exit 2 for a file that is not a dataset, with every problem's path", async () => {
    const file = writeJson("broken.json", { office: "x", month: "2026-13" });
    const r = await run(["check", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("/month");
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  test("exit 2 for invalid JSON, a missing file and an unknown command", async () => {
    expect((await run(["check", writeJson("garbage.json", "{ not json")])).code).toBe(2);
    const missing = await run(["check", path.join(dir, "nope.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("找不到文件");
    expect((await run(["frobnicate"])).code).toBe(2);
  });
});

describe("the installed bin", () => {
  beforeAll(() => {
    execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  });

  test("gangze demo prints the ranked table of the sample month", () => {
    const out = path.join(dir, "demo");
    const r = spawnSync("node", [path.join(root, "bin/gangze.js"), "demo", "--out", out], {
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("名次");
    expect(r.stdout).toContain(sampleMonth().staff[0].name);
  });

  test("a user's mistake gives a message and exit 2, never a stack trace", () => {
    const r = spawnSync("node", [path.join(root, "bin/gangze.js"), "score", "/no/such/file.json"], {
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("找不到文件");
    expect(r.stderr).not.toContain("    at ");
  });
});
