// npm run bench: speed figures for docs/performance.md (never asserted in tests).
import { Calendar } from "../src/domain/calendar";
import { monthEnd } from "../src/domain/dates";
import { scoreMonth } from "../src/domain/scoring";
import { syntheticYear } from "./domainData";
import { benchPane } from "./pane";
import { benchWorkbooks } from "./workbooks";
import { benchYearRollup } from "./yearRollup";

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, value };
}

function scoreYear(people: number): {
  ms: number;
  logs: number;
  tasks: number;
  findings: number;
  periods: number;
} {
  const ds = syntheticYear(people);
  const calendar = new Calendar();
  const { ms, value } = time(() => {
    let periods = 0;
    for (let m = 1; m <= 12; m++) {
      const month = `2026-${String(m).padStart(2, "0")}`;
      const r = scoreMonth({ ...ds, month, asOf: monthEnd(month) }, { calendar });
      periods += 1 + r.weeks.length;
    }
    return periods;
  });
  return {
    ms,
    logs: ds.logs.length,
    tasks: ds.tasks.length,
    findings: ds.findings.length,
    periods: value,
  };
}

async function main(): Promise<void> {
  scoreYear(10); // warm-up: JIT and calendar caches
  // median of 5 of each size, alternated: one run's garbage collection moved the ratio by ±0.5
  const median = (runs: ReturnType<typeof scoreYear>[]) =>
    [...runs].sort((a, b) => a.ms - b.ms)[runs.length >> 1];
  const runs50: ReturnType<typeof scoreYear>[] = [];
  const runs100: ReturnType<typeof scoreYear>[] = [];
  for (let k = 0; k < 5; k++) {
    runs50.push(scoreYear(50));
    runs100.push(scoreYear(100));
  }
  const [base, double] = [median(runs50), median(runs100)];
  const line = (label: string, r: ReturnType<typeof scoreYear>) =>
    `${label}: ${r.ms.toFixed(0)} ms (${r.logs} logs, ${r.tasks} tasks, ${r.findings} findings, ${r.periods} periods)`;
  console.log("score a year, every month and week (median of 5)");
  console.log("  " + line("50 people ", base));
  console.log("  " + line("100 people", double));
  console.log(
    `  doubling ratio: ${(double.ms / base.ms).toFixed(2)}x (goal ≤ 2.2x; goal for 50 people < 1000 ms)`
  );
  console.log("\nworkbooks");
  await benchWorkbooks(5); // warm-up: loads ExcelJS
  for (const line of await benchWorkbooks(50)) console.log("  " + line);
  console.log("\nyear and roll-up (child processes: time and peak memory)");
  for (const line of await benchYearRollup()) console.log("  " + line);
  console.log("\ntask pane");
  for (const line of await benchPane()) console.log("  " + line);
}

void main();
