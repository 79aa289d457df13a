// Child process of bench/cli.ts: runs one gangze command (or builds a big month workbook) and
// reports its peak memory on the last line of stderr, so the bench needs no `time` tool.
// On Linux that is VmHWM from /proc/self/status, this program's own peak: maxRSS survives exec
// and so starts at the bench process's size at the fork (≈ 240 MB, which every figure showed).
import { readFileSync } from "fs";
import { main } from "../src/cli/main";
import { buildMonthWorkbook } from "../src/workbook/month";
import { writeXlsx } from "../src/xlsx/writer";
import { syntheticMonth } from "./workbooks";

async function run(): Promise<number> {
  const [what, ...rest] = process.argv.slice(2);
  if (what === "build-month") {
    // one log row per person per working day (the synthetic office writes five)
    const ds = syntheticMonth(Number(rest[0]));
    const seen = new Set<string>();
    ds.logs = ds.logs.filter((l) => !seen.has(l.person + l.date) && !!seen.add(l.person + l.date));
    const bytes = await writeXlsx(buildMonthWorkbook(ds));
    process.stderr.write(`bytes ${bytes.length} logs ${ds.logs.length} tasks ${ds.tasks.length}\n`);
    return 0;
  }
  return main([what, ...rest], { stdout: () => undefined, stderr: () => undefined });
}

/** Peak resident memory in KB. */
function peakKb(): number {
  try {
    const m = /VmHWM:\s*(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]);
  } catch {
    // not Linux: maxRSS (which may include the parent's size at the fork)
  }
  return process.resourceUsage().maxRSS;
}

run().then(
  (code) => {
    process.stderr.write(`@@maxrss ${peakKb()}\n`);
    process.exit(code);
  },
  (err) => {
    process.stderr.write(`${err}\n@@maxrss ${peakKb()}\n`);
    process.exit(3);
  }
);
