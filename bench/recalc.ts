// LibreOffice recalculation of the month workbook (issue 12 item 2): October 2026 with about one
// log row per person per working day, 10 tasks and 5 findings per person, at 50, 200 and 500
// people. bench/recalc.py loads each file without recalculating, times calculateAll() (median and
// minimum of 5) and a one-cell edit in 交办事项 and in 工作日志 (each followed by calculate(); median of 3
// edits), as wall time and as soffice's CPU time, which other sessions' load on the shared
// machine moves less. The floor is the same figures for a month workbook of one person without
// records, measured in the same run; the load average is printed beside them.
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import { Calendar } from "../src/domain/calendar";
import { buildMonthWorkbook } from "../src/workbook/month";
import { writeXlsx } from "../src/xlsx/writer";
import { syntheticMonth } from "./workbooks";

const run = promisify(execFile);
const PYTHON = "/usr/bin/python3"; // Debian's, where python3-uno installs `uno`

interface Timing {
  file: string;
  full: number;
  fullCpu: number;
  fullMin: number;
  fullCpuMin: number;
  taskEdit: number;
  taskEditCpu: number;
  logEdit: number;
  logEditCpu: number;
  loadavg: number;
}

export const RECALC_SIZES = [50, 200, 500];

/** Writes the workbooks, runs the UNO script once over all of them; null when LibreOffice's UNO is missing. */
export async function benchRecalc(sizes = RECALC_SIZES): Promise<string[] | null> {
  try {
    await run(PYTHON, ["-c", "import uno"]);
  } catch {
    return null;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gangze-recalc-"));
  const calendar = new Calendar();
  const files: { people: number; file: string; rows: string }[] = [];
  const floor = syntheticMonth(1, "2026-10", 1);
  floor.logs = [];
  floor.tasks = [];
  floor.findings = [];
  for (const people of [0, ...sizes]) {
    const ds = people === 0 ? floor : syntheticMonth(people, "2026-10", 1);
    const file = path.join(dir, `month-${people}.xlsx`);
    fs.writeFileSync(file, await writeXlsx(buildMonthWorkbook(ds, { calendar })));
    files.push({
      people,
      file,
      rows: `${ds.logs.length} log rows, ${ds.tasks.length} tasks, ${ds.findings.length} findings`,
    });
  }
  const { stdout } = await run(
    PYTHON,
    [
      path.join(__dirname, "..", "..", "bench", "recalc.py"),
      path.join(dir, "profile"),
      ...files.map((f) => f.file),
    ],
    { timeout: 1_800_000, maxBuffer: 16 * 1024 * 1024 }
  );
  const timings = new Map<string, Timing>();
  for (const line of stdout.split("\n")) {
    if (!line.startsWith("{")) continue;
    const t = JSON.parse(line) as Timing;
    timings.set(t.file, t);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const s = (x: number) => `${x.toFixed(3)} s`;
  const out: string[] = [];
  const by = new Map<number, Timing>();
  for (const f of files) {
    const t = timings.get(f.file);
    if (!t) throw new Error(`no timing for ${f.file}`);
    by.set(f.people, t);
    const label =
      f.people === 0 ? "floor (1 person, no records)" : `${f.people} people (${f.rows})`;
    out.push(
      `${label}: full recalculation ${s(t.full)} (CPU ${s(t.fullCpu)}; fastest ${s(t.fullMin)}, CPU ${s(t.fullCpuMin)}), edit 交办事项 ${s(t.taskEdit)} (CPU ${s(t.taskEditCpu)}), edit 工作日志 ${s(t.logEdit)} (CPU ${s(t.logEditCpu)}); load average ${t.loadavg.toFixed(1)}`
    );
  }
  const t200 = by.get(200);
  const t500 = by.get(500);
  if (t200) {
    out.push(
      `goals at 200 people: full ${s(t200.full)} (goal < 1 s), edits ${s(t200.taskEdit)} / ${s(t200.logEdit)} (goal < 0.3 s)`
    );
  }
  if (t200 && t500) {
    out.push(
      `500/200 ratio of the full recalculation: ${(t500.full / t200.full).toFixed(2)} (medians), ${(t500.fullMin / t200.fullMin).toFixed(2)} (fastest runs); in CPU time ${(t500.fullCpu / t200.fullCpu).toFixed(2)}, ${(t500.fullCpuMin / t200.fullCpuMin).toFixed(2)} (goal ≤ 2.8; linear 2.5)`
    );
  }
  return out;
}

if (require.main === module) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  void benchRecalc(sizes.length ? sizes : RECALC_SIZES).then((lines) => {
    if (!lines)
      console.log(
        "LibreOffice recalculation: skipped (python3-uno not installed: scripts/setup.sh)"
      );
    else for (const l of lines) console.log(l);
  });
}
