// Child process of bench/cli.ts: runs one gangze command (or builds a big month workbook) and
// reports its peak memory (maxRSS) on the last line of stderr, so the bench needs no `time` tool.
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

run().then(
  (code) => {
    process.stderr.write(`@@maxrss ${process.resourceUsage().maxRSS}\n`);
    process.exit(code);
  },
  (err) => {
    process.stderr.write(`${err}\n@@maxrss ${process.resourceUsage().maxRSS}\n`);
    process.exit(3);
  }
);
