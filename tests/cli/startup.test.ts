// Start-up cost (issue 12): each command loads only what it uses — `gangze --help` neither
// ExcelJS nor ajv nor the workbook layer; reading an .xlsx loads the lean reader but neither
// ExcelJS nor ajv; reading JSON loads ajv but not ExcelJS. Checked on the compiled CLI by recording every module loaded.
// (Times are measured by `npm run bench`, not here.)
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { sampleMonth } from "../../src/domain/defaultOffice";

const root = path.resolve(__dirname, "../..");
const dir = fs.mkdtempSync(path.join(tmpdir(), "gangze-startup-"));
const hook = path.join(dir, "record.js");

/** The modules a command loads (paths below node_modules/ or dist/). */
function loaded(argv: string[]): string[] {
  const list = path.join(dir, `loaded-${Math.random().toString(36).slice(2)}.txt`);
  spawnSync(process.execPath, ["-r", hook, path.join(root, "bin/gangze.js"), ...argv], {
    env: { ...process.env, GANGZE_RECORD: list },
    encoding: "utf8",
  });
  return fs.readFileSync(list, "utf8").split("\n").filter(Boolean);
}

const has = (mods: string[], re: RegExp) => mods.some((m) => re.test(m));

let xlsx: string;
let json: string;
beforeAll(() => {
  execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  fs.writeFileSync(
    hook,
    `const Module = require("module"); const fs = require("fs"); const seen = new Set();
     const load = Module._load;
     Module._load = function (req, parent) {
       try { seen.add(Module._resolveFilename(req, parent)); } catch {}
       return load.apply(this, arguments);
     };
     process.on("exit", () => fs.writeFileSync(process.env.GANGZE_RECORD, [...seen].join("\\n")));`
  );
  json = path.join(dir, "sample.json");
  fs.writeFileSync(json, JSON.stringify(sampleMonth()));
  xlsx = path.join(dir, "sample.xlsx");
  execFileSync(process.execPath, [path.join(root, "bin/gangze.js"), "build", json, "--out", xlsx]);
});

test("gangze --help and a command's --help load neither ExcelJS, ajv nor the workbook layer", () => {
  for (const argv of [["--help"], ["score", "--help"], ["--version"]]) {
    const mods = loaded(argv);
    expect(has(mods, /dist[\\/]src[\\/]cli[\\/]main\.js$/)).toBe(true);
    expect(has(mods, /node_modules[\\/]exceljs[\\/]/)).toBe(false);
    expect(has(mods, /node_modules[\\/]ajv[\\/]/)).toBe(false);
    expect(has(mods, /dist[\\/]src[\\/](workbook|xlsx)[\\/]/)).toBe(false);
  }
});

test("score on an .xlsx loads the lean reader, neither ExcelJS nor ajv; on a .json ajv but not ExcelJS", () => {
  const fromXlsx = loaded(["score", xlsx]);
  expect(has(fromXlsx, /xlsx[\\/]leanReader\.js$/)).toBe(true);
  expect(has(fromXlsx, /node_modules[\\/]exceljs[\\/]/)).toBe(false);
  expect(has(fromXlsx, /node_modules[\\/]ajv[\\/]/)).toBe(false);
  const fromJson = loaded(["score", json]);
  expect(has(fromJson, /node_modules[\\/]ajv[\\/]/)).toBe(true);
  expect(has(fromJson, /node_modules[\\/]exceljs[\\/]/)).toBe(false);
});
