// npm run bench, command line: start-up (beside `node -e 0`, the floor, measured in the same run),
// `gangze score` on the sample month, hostile files (time and peak memory of the refusal or the
// reading) and the peak memory of building a 500-person month. Figures for docs/performance.md.
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { sampleMonth } from "../src/domain/defaultOffice";
import { buildMonthWorkbook } from "../src/workbook/month";
import { readMonthBook } from "../src/workbook/read/month";
import { verifyMonthBook } from "../src/workbook/verify";
import { readXlsxLean } from "../src/xlsx/leanReader";
import { readXlsx } from "../src/xlsx/reader";
import { writeXlsx } from "../src/xlsx/writer";
import { hugeSheet, sharedStringsBomb } from "./hostile";

const root = path.resolve(__dirname, "../..");
const bin = path.join(root, "bin/gangze.js");
const child = path.join(__dirname, "cliChild.js");

function wall(args: string[]): number {
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, args, { stdio: "ignore" });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median of 5 runs, after one warm-up (file cache). */
function startup(args: string[]): number {
  wall(args);
  return median(Array.from({ length: 5 }, () => wall(args)));
}

function measured(args: string[]): { ms: number; mb: number; code: number | null; note: string } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [child, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const kb = Number(/@@maxrss (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const note = r.stderr.split("\n").find((l) => l.startsWith("bytes")) ?? "";
  return { ms, mb: kb / 1024, code: r.status, note };
}

/** Median of 5 in-process runs of `f` (after one warm-up), in ms. */
async function inProcess(f: () => Promise<unknown>): Promise<number> {
  await f();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint();
    await f();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

/** Reading the sample month in one process: ExcelJS's full load against the lean reader. */
async function readers(bytes: Uint8Array): Promise<string[]> {
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const full = await inProcess(async () => readMonthBook(await readXlsx(bytes, "m.xlsx")));
  const lean = await inProcess(async () => readMonthBook(await readXlsxLean(bytes, "m.xlsx")));
  const verify = async (read: typeof readXlsx) => {
    const grid = await read(bytes, "m.xlsx");
    return verifyMonthBook(grid, readMonthBook(grid));
  };
  const vFull = await inProcess(() => verify(readXlsx));
  const vLean = await inProcess(() => verify(readXlsxLean));
  return [
    "reading the sample month in process, median of 5 (ExcelJS full load / lean reader)",
    `  read the month workbook: ${ms(full)} / ${ms(lean)}`,
    `  read + verify (rebuild the month model, compare every formula): ${ms(vFull)} / ${ms(vLean)} (the rebuild ≈ ${ms(vLean - lean)})`,
  ];
}

export async function benchCli(): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "gangze-bench-cli-"));
  const sample = path.join(dir, "sample.xlsx");
  writeFileSync(sample, await writeXlsx(buildMonthWorkbook(sampleMonth())));
  const inProc = await readers(new Uint8Array(readFileSync(sample)));
  const floor = startup(["-e", "0"]);
  const help = startup([bin, "--help"]);
  const score = startup([bin, "score", sample]);
  const verify = startup([bin, "verify", sample]);
  const lines = [
    ...inProc,
    `start-up, median of 5 (node -e 0, the floor: ${floor.toFixed(0)} ms)`,
    `  gangze --help: ${help.toFixed(0)} ms (goal < 150 ms)`,
    `  gangze score sample month .xlsx (${sampleMonth().staff.length} people): ${score.toFixed(0)} ms (goal < 600 ms)`,
    `  gangze verify sample month .xlsx: ${verify.toFixed(0)} ms`,
  ];

  const far = path.join(dir, "far.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sample);
  wb.getWorksheet("工作日志")!.getCell("D1048576").value = "误填";
  writeFileSync(far, Buffer.from(await wb.xlsx.writeBuffer()));
  const huge = path.join(dir, "huge.xlsx");
  writeFileSync(huge, hugeSheet());
  const bomb = path.join(dir, "bomb.xlsx");
  writeFileSync(bomb, sharedStringsBomb());
  const liar = path.join(dir, "liar.xlsx");
  writeFileSync(liar, sharedStringsBomb(1.1 * 1024 * 1024 * 1024, false));
  lines.push("hostile files, gangze check (goal: seconds, < 1024 MB)");
  for (const [label, file] of [
    ["the sample month (for comparison)", sample],
    ["one cell at 工作日志!D1048576", far],
    ["1,048,576 × 16 cells", huge],
    ["1.1 GB sharedStrings bomb", bomb],
    ["1.1 GB bomb declaring 4 KB", liar],
  ]) {
    const r = measured(["check", file]);
    lines.push(`  ${label}: ${r.ms.toFixed(0)} ms, peak ${r.mb.toFixed(0)} MB, exit ${r.code}`);
  }
  lines.push("building a month workbook (build + write .xlsx)");
  for (const people of [100, 500]) {
    const r = measured(["build-month", String(people)]);
    lines.push(
      `  ${people} people: ${(r.ms / 1000).toFixed(1)} s, peak ${r.mb.toFixed(0)} MB${people === 500 ? " (goal < 500 MB)" : ""} (${r.note})`
    );
  }
  return lines;
}

if (require.main === module) {
  benchCli().then((lines) => console.log(["command line", ...lines].join("\n")));
}
