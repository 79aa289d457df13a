// The command line as SPEC §8 promises it: help on every command, --version, unknown flags and
// near-miss commands, loose months, default outputs, export's refusal of entry errors, one JSON
// object on every --json failure, OS errors in Chinese with the path, outputs never the input.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { COMMANDS, main } from "../../src/cli/main";
import type { Output } from "../../src/cli/output";
import { parseMonth } from "../../src/domain/dates";
import { sampleMonth } from "../../src/domain/defaultOffice";

const root = path.resolve(__dirname, "../..");
const bin = path.join(root, "bin/gangze.js");
const dir = fs.mkdtempSync(path.join(tmpdir(), "gangze-surface-"));
fs.chmodSync(dir, 0o777);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const out: Output = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(argv, out);
  return { code, stdout, stderr };
}

/** The installed bin, in a folder of our choosing (default outputs land in the current folder). */
function runBin(argv: string[], cwd: string, asUser?: number): Run {
  const r = spawnSync(process.execPath, [bin, ...argv], {
    cwd,
    encoding: "utf8",
    ...(asUser !== undefined ? { uid: asUser, gid: asUser } : {}),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function sub(name: string): string {
  const d = path.join(dir, name);
  fs.mkdirSync(d, { recursive: true });
  fs.chmodSync(d, 0o777);
  return d;
}

let monthFile: string;
beforeAll(async () => {
  execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  const data = path.join(dir, "sample.json");
  fs.writeFileSync(data, JSON.stringify(sampleMonth()));
  monthFile = path.join(dir, "sample.xlsx");
  expect((await run(["build", data, "--out", monthFile])).code).toBe(0);
});

describe("help and version", () => {
  test.each(COMMANDS.map((c) => c.name))(
    "gangze %s --help and -h print the command's usage and exit 0",
    async (name) => {
      for (const flag of ["--help", "-h"]) {
        const r = await run([name, flag]);
        expect(r.code).toBe(0);
        expect(r.stdout.startsWith(`用法：gangze ${name}`)).toBe(true);
        expect(r.stdout).toContain("-h, --help");
        expect(r.stderr).toBe("");
      }
      // help wins over anything else on the line, wrong flags included
      expect((await run([name, "x.xlsx", "--nonsense", "-h"])).code).toBe(0);
      expect((await run(["help", name])).stdout.startsWith(`用法：gangze ${name}`)).toBe(true);
    }
  );

  test("gangze demo -h does not run the demo", async () => {
    const out = path.join(dir, "demo-h");
    const r = await run(["demo", "-h", "--out", out]);
    expect(r.code).toBe(0);
    expect(fs.existsSync(out)).toBe(false);
    expect(r.stdout).not.toContain("考核结果");
  });

  test("gangze --help lists every command; gangze alone prints it too, with exit 2", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${c.name} `, "m"));
    const bare = await run([]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain("用法：gangze <命令>");
  });

  test("gangze --version prints the package's version", async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    const r = await run(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(`gangze ${pkg.version}`);
    expect(runBin(["--version"], dir).stdout.trim()).toBe(`gangze ${pkg.version}`);
  });
});

describe("mistakes on the command line", () => {
  test("an unknown flag is named as unknown, with the nearest one suggested", async () => {
    const r = await run(["score", monthFile, "--jsn"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("不认识的参数 --jsn");
    expect(r.stderr).toContain("--json");
    expect(r.stderr).not.toContain("缺少取值");
    const far = await run(["check", monthFile, "--zzzzzz"]);
    expect(far.stderr).toMatch(/可用的参数：.*--json/);
  });

  test("a flag missing its value, a switch given a value, a flag given twice", async () => {
    expect((await run(["export", monthFile, "--out"])).stderr).toContain("--out 后面缺少取值");
    expect((await run(["check", monthFile, "--json=yes"])).stderr).toContain("开关");
    const twice = await run(["export", monthFile, "--out", "a.xlsx", "--out", "b.xlsx"]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("只能给一次");
  });

  test("a near-miss command is suggested; a far one is only named", async () => {
    const r = await run(["mont", "2026-11"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("是不是 month");
    expect((await run(["chek", "x.xlsx"])).stderr).toContain("是不是 check");
    expect((await run(["exprot"])).stderr).toContain("是不是 export");
    const far = await run(["frobnicate"]);
    expect(far.stderr).toContain("不认识的命令“frobnicate”");
    expect(far.stderr).not.toContain("是不是");
  });

  test("wrong number of files is a usage error naming what is expected", async () => {
    const r = await run(["score"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("缺少文件");
    expect((await run(["score", "a.xlsx", "b.xlsx"])).stderr).toContain("“b.xlsx”");
  });
});

describe("--json: stdout is always exactly one JSON object", () => {
  test.each([
    ["a missing file", (d: string) => ["check", path.join(d, "nope.xlsx"), "--json"], 2, "input"],
    ["an unknown flag", () => ["score", "x.xlsx", "--json", "--jsn"], 2, "usage"],
    [
      "a file that is not a workbook",
      (d: string) => ["score", path.join(d, "bad.xlsx"), "--json"],
      2,
      "not-xlsx",
    ],
    ["a bad --as-of", () => ["score", "x.xlsx", "--as-of", "someday", "--json"], 2, "usage"],
  ] as const)("on %s", async (_what, argv, exit, code) => {
    fs.writeFileSync(path.join(dir, "bad.xlsx"), "this is text");
    const r = await run([...argv(dir)]);
    expect(r.code).toBe(exit);
    const parsed = JSON.parse(r.stdout);
    expect(Object.keys(parsed)).toEqual(["error"]);
    expect(parsed.error.code).toBe(code);
    expect(parsed.error.exitCode).toBe(exit);
    expect(parsed.error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  test("the installed bin prints the same object on exit 2", () => {
    const r = runBin(["check", "nope.xlsx", "--json"], dir);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.message).toContain("nope.xlsx");
  });
});

describe("months as people type them", () => {
  test.each([
    ["2026-11", "2026-11"],
    ["2026-1", "2026-01"],
    ["2026/11", "2026-11"],
    ["2026.3", "2026-03"],
    ["2026年11月", "2026-11"],
    ["2026 年 1 月份", "2026-01"],
    ["202611", "2026-11"],
    ["２０２６－１１", "2026-11"],
    ["２０２６年１１月", "2026-11"],
  ])("%s is %s", (typed, month) => {
    expect(parseMonth(typed)).toEqual({ ok: true, month });
  });

  test.each(["2026-13", "2026-0", "11月", "26-11", "2026-11-03", "abc", ""])(
    "%s is refused",
    (t) => {
      expect(parseMonth(t).ok).toBe(false);
    }
  );

  test("month with a loose month, without --out: a folder named by the month in the current folder; never overwritten", () => {
    const cwd = sub("month-default");
    const r = runBin(["month", "２０２６年１１月"], cwd);
    expect(r.stderr).toContain("2026-11");
    expect(r.code).toBe(0);
    const made = path.join(cwd, "2026-11");
    const file = readdirOne(made, /2026-11-月度考核\.xlsx$/);
    expect(fs.readdirSync(path.join(made, "个人工作日志")).length).toBe(sampleMonth().staff.length);
    const before = fs.readFileSync(file);
    const again = runBin(["month", "2026-11"], cwd);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("已存在");
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

function readdirOne(d: string, re: RegExp): string {
  const found = fs.readdirSync(d).filter((f) => re.test(f));
  expect(found.length).toBe(1);
  return path.join(d, found[0]);
}

describe("default outputs and --out folders", () => {
  test("handbook without --out writes into the current folder", () => {
    const cwd = sub("handbook-default");
    expect(runBin(["handbook"], cwd).code).toBe(0);
    readdirOne(cwd, /^惠金河务局办公室-岗位责任手册\.xlsx$/);
  });

  test("export --out 上报 (no such folder) creates the folder and names the file; without --out it goes beside the input", async () => {
    const d = sub("export-folder");
    const input = path.join(d, "m.xlsx");
    fs.copyFileSync(monthFile, input);
    const r = await run(["export", input, "--out", path.join(d, "上报")]);
    expect(r.code).toBe(0);
    readdirOne(path.join(d, "上报"), /^惠金河务局办公室-2026-10-月度考核（上报）\.xlsx$/);
    expect((await run(["export", input])).code).toBe(0);
    readdirOne(d, /（上报）\.xlsx$/);
    const txt = await run(["export", input, "--out", path.join(d, "上报.txt")]);
    expect(txt.code).toBe(2);
    expect(txt.stderr).toContain(".xlsx");
    expect(fs.existsSync(path.join(d, "上报.txt"))).toBe(false);
  });

  test("build without --out writes beside the data file", async () => {
    const d = sub("build-default");
    const data = path.join(d, "data.json");
    fs.writeFileSync(data, JSON.stringify(sampleMonth()));
    expect((await run(["build", data])).code).toBe(0);
    readdirOne(d, /^惠金河务局办公室-2026-10-月度考核\.xlsx$/);
  });
});

describe("export and entry errors", () => {
  test("a workbook with entry errors is refused (exit 1, the errors listed) unless --allow-errors", async () => {
    const d = sub("export-errors");
    const ds = sampleMonth();
    ds.tasks[0].assigned = "2026-10-20";
    ds.tasks[0].completed = "2026-10-10";
    const data = path.join(d, "bad.json");
    fs.writeFileSync(data, JSON.stringify(ds));
    const bad = path.join(d, "bad.xlsx");
    expect((await run(["build", data, "--out", bad])).code).toBe(0);
    const out = path.join(d, "up.xlsx");
    const refused = await run(["export", bad, "--out", out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("交办事项!");
    expect(refused.stderr).toContain("--allow-errors");
    expect(fs.existsSync(out)).toBe(false);
    const allowed = await run(["export", bad, "--out", out, "--allow-errors"]);
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toContain("录入错误");
    expect(fs.existsSync(out)).toBe(true);
  });
});

describe("an output that is the input is refused, by path, symbolic link or hard link", () => {
  test.each([
    [
      "the same path spelled differently",
      (d: string, input: string) => path.join(d, ".", path.basename(input)),
    ],
    [
      "a symbolic link",
      (d: string, input: string) => {
        const l = path.join(d, "sym.xlsx");
        fs.symlinkSync(input, l);
        return l;
      },
    ],
    [
      "a hard link",
      (d: string, input: string) => {
        const l = path.join(d, "hard.xlsx");
        fs.linkSync(input, l);
        return l;
      },
    ],
  ])("export through %s", async (what, makeLink) => {
    const d = sub("same-" + what.replace(/\s+/g, "-"));
    const input = path.join(d, "m.xlsx");
    fs.copyFileSync(monthFile, input);
    const before = fs.readFileSync(input);
    const link = makeLink(d, input);
    const r = await run(["export", input, "--out", link]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("就是输入文件");
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  test("collect --out a hard link of the month workbook", async () => {
    const d = sub("same-collect");
    const input = path.join(d, "m.xlsx");
    fs.copyFileSync(monthFile, input);
    const log = path.join(d, "log.xlsx");
    fs.copyFileSync(monthFile, log);
    fs.linkSync(input, path.join(d, "hard.xlsx"));
    const before = fs.readFileSync(input);
    const r = await run(["collect", input, log, "--out", path.join(d, "hard.xlsx")]);
    expect(r.code).toBe(2);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });
});

describe("operating-system errors: Chinese, with the path, exit 2", () => {
  test("a folder given as the input file", async () => {
    const d = sub("isdir.xlsx");
    const r = await run(["check", d]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(d);
    expect(r.stderr).toContain("文件夹");
  });

  test("an output under a file (ENOTDIR)", async () => {
    const d = sub("notdir");
    const input = path.join(d, "m.xlsx");
    fs.copyFileSync(monthFile, input);
    const r = await run(["export", input, "--out", path.join(input, "x.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(input);
    expect(r.stderr).toContain("不是文件夹");
    expect(r.stderr).not.toContain("内部错误");
  });

  test("a full disk (ENOSPC) while writing: message with the path, the old file intact, no temporary file left", async () => {
    const d = sub("enospc");
    const input = path.join(d, "m.xlsx");
    fs.copyFileSync(monthFile, input);
    const target = path.join(d, "up.xlsx");
    fs.writeFileSync(target, "old");
    const realOpen = fs.promises.open;
    const spy = jest
      .spyOn(fs.promises, "open")
      .mockImplementation(async (...a: Parameters<typeof realOpen>) => {
        const h = await realOpen(...a);
        if (String(a[0]).endsWith(".tmp")) {
          h.writeFile = async () => {
            throw Object.assign(new Error("ENOSPC: no space left on device, write"), {
              code: "ENOSPC",
              syscall: "write",
            });
          };
        }
        return h;
      });
    try {
      const r = await run(["export", input, "--out", target]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(target);
      expect(r.stderr).toContain("磁盘空间不足");
      expect(r.stderr).not.toContain("内部错误");
    } finally {
      spy.mockRestore();
    }
    expect(fs.readFileSync(target, "utf8")).toBe("old");
    expect(fs.readdirSync(d).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("a backup that cannot be written (EACCES): Chinese, the path, the month workbook untouched", () => {
    const d = sub("eacces");
    const input = path.join(d, "m.xlsx");
    fs.copyFileSync(monthFile, input);
    const log = path.join(dir, "eacces-log.xlsx");
    fs.copyFileSync(monthFile, log);
    const before = fs.readFileSync(input);
    // a folder the user may read but not write: as root, run as nobody; otherwise remove write rights
    const root = process.getuid?.() === 0;
    fs.chmodSync(input, 0o666);
    fs.chmodSync(d, 0o555);
    try {
      const r = runBin(["collect", input, log], d, root ? 65534 : undefined);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("无法写入备份");
      expect(r.stderr).toContain("没有访问权限");
      expect(r.stderr).toContain(d);
      expect(r.stderr).not.toContain("内部错误");
      expect(r.stderr).not.toContain("    at ");
    } finally {
      fs.chmodSync(d, 0o777);
    }
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });
});
