// Year and roll-up figures for docs/performance.md: `gangze year` over 12 month workbooks of 50
// people, and `gangze rollup` over 50 and 100 offices' month workbooks of 20 people (linear in
// files?). Each command runs in a child process so its time and peak memory (max RSS) are its own.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildMonthWorkbook } from "../src/workbook/month";
import { writeXlsx } from "../src/xlsx/writer";
import { syntheticMonths } from "./yearData";

/** the compiled CLI (not bin/gangze.js, which would recompile when sources are newer) */
const MAIN = path.resolve(__dirname, "../src/cli/main.js");
const RUN = `require(${JSON.stringify(MAIN)}).main(process.argv.slice(1)).then((c) => process.exit(c))`;

interface Run {
  ms: number;
  maxRssMb: number;
  /** CPU seconds, user + system, the child's threads together (less dependent on other load) */
  cpuS: number;
  code: number;
}

/** Runs gangze in a child process under /usr/bin/time: wall time and max RSS. */
function gangze(args: string[]): Run {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(
    "/usr/bin/time",
    ["-f", "MAXRSS %M CPU %U %S", process.execPath, "-e", RUN, ...args],
    {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    }
  );
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const m = /MAXRSS (\d+) CPU ([\d.]+) ([\d.]+)/.exec(r.stderr ?? "");
  return {
    ms,
    maxRssMb: m ? +m[1] / 1024 : NaN,
    cpuS: m ? +m[2] + +m[3] : NaN,
    code: r.status ?? -1,
  };
}

async function writeMonths(
  dir: string,
  people: number,
  offices: number,
  month: number
): Promise<string[]> {
  const files: string[] = [];
  for (let i = 0; i < offices; i++) {
    const ds = syntheticMonths(people, i + 1, `单位${String(i + 1).padStart(3, "0")}`)[month - 1];
    const f = path.join(dir, `${ds.office}-${ds.month}.xlsx`);
    fs.writeFileSync(f, await writeXlsx(buildMonthWorkbook(ds, { exportMode: true })));
    files.push(f);
  }
  return files;
}

export async function benchYearRollup(): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gangze-bench-year-"));
  const lines: string[] = [];
  try {
    // a year: 12 months × 50 people
    const yearDir = path.join(dir, "year");
    fs.mkdirSync(yearDir);
    const months: string[] = [];
    for (const [i, ds] of syntheticMonths(50).entries()) {
      const f = path.join(yearDir, `${i + 1}.xlsx`);
      fs.writeFileSync(f, await writeXlsx(buildMonthWorkbook(ds, { exportMode: true })));
      months.push(f);
    }
    const y = gangze(["year", ...months, "--out", path.join(dir, "year.xlsx")]);
    lines.push(
      `year, 12 month workbooks × 50 people: ${(y.ms / 1000).toFixed(1)} s, peak ${y.maxRssMb.toFixed(0)} MB (exit ${y.code}; goal < 10 s, < 1 GB)`
    );
    // roll-up: 50 and 100 offices × 20 people
    const officeDir = path.join(dir, "offices");
    fs.mkdirSync(officeDir);
    const files = await writeMonths(officeDir, 20, 100, 10);
    const load = () => os.loadavg()[0].toFixed(1);
    const loadBefore = load();
    const half = gangze(["rollup", ...files.slice(0, 50), "--out", path.join(dir, "r50.xlsx")]);
    const full = gangze(["rollup", ...files, "--out", path.join(dir, "r100.xlsx")]);
    const cpu = (r: Run) => `CPU ${r.cpuS.toFixed(1)} s`;
    lines.push(
      `rollup, 50 offices × 20 people: ${(half.ms / 1000).toFixed(1)} s, ${cpu(half)}, peak ${half.maxRssMb.toFixed(0)} MB (exit ${half.code})`,
      `rollup, 100 offices × 20 people: ${(full.ms / 1000).toFixed(1)} s, ${cpu(full)}, peak ${full.maxRssMb.toFixed(0)} MB (exit ${full.code}; goal < 10 s, < 1 GB)`,
      `  100 / 50 offices: time ${(full.ms / half.ms).toFixed(2)}×, CPU ${(full.cpuS / half.cpuS).toFixed(2)}×, memory ${(full.maxRssMb / half.maxRssMb).toFixed(2)}× (linear: time ≈ 2×, memory flat)`,
      `  ${os.availableParallelism()} cores; load average (1 min) ${loadBefore} before, ${load()} after (other processes share the cores)`
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

if (require.main === module) {
  void benchYearRollup().then((lines) => lines.forEach((l) => console.log("  " + l)));
}
