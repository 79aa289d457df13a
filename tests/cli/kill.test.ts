// `gangze collect` without --out rewrites the month workbook in place. Killed at any moment — a
// power cut, a closed laptop — it must leave the old workbook or the new one, never a broken
// one (SPEC §9). 24 runs killed with SIGKILL: 8 at random moments of an ordinary run; 16 under
// strace with delays injected into write, fsync and rename, so that the final write takes long
// enough to be hit — 8 of them at random moments, 8 while the month workbook's temporary file
// exists (between its creation and the rename, i.e. during the final write).
import { execFileSync, spawn, spawnSync } from "child_process";
import * as fs from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { readMonthWorkbook } from "../../src/xlsx/readWorkbooks";

const root = path.resolve(__dirname, "../..");
const bin = path.join(root, "bin/gangze.js");
const dir = fs.mkdtempSync(path.join(tmpdir(), "gangze-kill-"));
const MARK = "断电测试：收文登记";

let monthFile: string;
let logFile: string;
let oldBytes: Buffer;
let fullRunMs: number;

function temps(): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"));
}

function reset(): void {
  for (const f of fs.readdirSync(dir)) {
    if (f.endsWith(".tmp") || f.includes("汇总前备份")) fs.unlinkSync(path.join(dir, f));
  }
  fs.writeFileSync(monthFile, oldBytes);
}

const DELAYS = [
  "-e",
  "inject=write,pwrite64,writev:delay_enter=15000",
  "-e",
  "inject=fsync,fdatasync:delay_enter=250000",
  "-e",
  "inject=rename,renameat,renameat2:delay_enter=250000",
];

function start(slow: boolean) {
  const args = ["collect", monthFile, logFile];
  return slow
    ? spawn(
        "strace",
        [
          "-f",
          "-qq",
          "-o",
          "/dev/null",
          "-e",
          "trace=write,pwrite64,writev,fsync,fdatasync,rename,renameat,renameat2",
          ...DELAYS,
          process.execPath,
          bin,
          ...args,
        ],
        { detached: true, stdio: "ignore" }
      )
    : spawn(process.execPath, [bin, ...args], { detached: true, stdio: "ignore" });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs collect and kills its process group; how far it got. */
async function killedRun(slow: boolean, when: "random" | "final-write"): Promise<string> {
  reset();
  const child = start(slow);
  const exited = new Promise<void>((r) => child.on("exit", () => r()));
  const t0 = Date.now();
  const budget = (slow ? 4 : 1.2) * fullRunMs;
  let phase = "random";
  if (when === "random") {
    await Promise.race([sleep(Math.random() * budget), exited]);
  } else {
    const monthTemp = `.${path.basename(monthFile)}.`;
    while (!temps().some((t) => t.startsWith(monthTemp)) && Date.now() - t0 < 60_000)
      await sleep(2);
    await sleep(Math.random() * 400);
    phase = temps().some((t) => t.startsWith(monthTemp)) ? "final-write" : "after-final-write";
  }
  try {
    process.kill(-child.pid!, "SIGKILL");
  } catch {
    // already finished
  }
  await exited;
  return phase;
}

async function state(): Promise<"old" | "new"> {
  const bytes = fs.readFileSync(monthFile);
  if (bytes.equals(oldBytes)) return "old";
  // not the old file: it must be the whole new one — a zip that reads, with the collected entry
  const read = await readMonthWorkbook(new Uint8Array(bytes), "m.xlsx");
  expect(read.dataset.logs.some((l) => l.content === MARK)).toBe(true);
  return "new";
}

beforeAll(async () => {
  execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  const made = spawnSync(process.execPath, [bin, "month", "2026-10", "--out", dir], {
    encoding: "utf8",
  });
  expect(made.status).toBe(0);
  monthFile = path.join(
    dir,
    fs.readdirSync(dir).find((f) => f.endsWith("月度考核.xlsx"))!
  );
  const clerkDir = path.join(dir, "个人工作日志");
  logFile = path.join(
    clerkDir,
    fs.readdirSync(clerkDir).find((f) => f.includes("刘晓燕"))!
  );
  // the clerk writes one log entry, so the new workbook is told from the old by its content
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(logFile);
  const ws = wb.getWorksheet("工作日志")!;
  const header = ws.getRow(1).values as unknown[];
  ws.getCell(2, header.indexOf("工作内容")).value = MARK;
  ws.getCell(2, header.indexOf("完成情况")).value = "完成";
  fs.writeFileSync(logFile, Buffer.from(await wb.xlsx.writeBuffer()));
  oldBytes = fs.readFileSync(monthFile);
  // one whole run, to spread the kills over its length
  const t0 = Date.now();
  const full = spawnSync(process.execPath, [
    bin,
    "collect",
    monthFile,
    logFile,
    "--out",
    path.join(dir, "full.xlsx"),
  ]);
  expect(full.status).toBe(0);
  fullRunMs = Date.now() - t0;
});

test("killed at random moments and during the final write, collect leaves the old or the new workbook", async () => {
  const outcomes: string[] = [];
  const plan: [boolean, "random" | "final-write"][] = [
    ...Array.from({ length: 8 }, () => [false, "random"] as [boolean, "random"]),
    ...Array.from({ length: 8 }, () => [true, "random"] as [boolean, "random"]),
    ...Array.from({ length: 8 }, () => [true, "final-write"] as [boolean, "final-write"]),
  ];
  for (const [slow, when] of plan) {
    const phase = await killedRun(slow, when);
    const s = await state();
    // a backup, when one was written, is the whole old workbook
    for (const b of fs.readdirSync(dir).filter((f) => f.includes("汇总前备份")))
      expect(fs.readFileSync(path.join(dir, b)).equals(oldBytes)).toBe(true);
    outcomes.push(`${slow ? "slow" : "plain"}/${phase}→${s}`);
    if (phase === "final-write") expect(s).toBe("old");
  }
  // the test is about something only if the kills landed on both sides of the rename
  expect(outcomes.filter((o) => o.includes("final-write→old")).length).toBeGreaterThanOrEqual(4);
  expect(outcomes.some((o) => o.endsWith("→old"))).toBe(true);
  console.log(`kill outcomes (${outcomes.length} runs):\n  ${outcomes.join("\n  ")}`);
}, 900_000);

test("a later write removes the temporary files a killed write left behind", async () => {
  reset();
  const stale = path.join(dir, `.${path.basename(monthFile)}.999999.deadbeef.tmp`);
  fs.writeFileSync(stale, "partial");
  const r = spawnSync(process.execPath, [bin, "collect", monthFile, logFile], { encoding: "utf8" });
  expect(r.status).toBe(0);
  expect(fs.existsSync(stale)).toBe(false);
  expect(await state()).toBe("new");
});
