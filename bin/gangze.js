#!/usr/bin/env node
// Launcher of the gangze CLI. The TypeScript sources are compiled to dist/ (scripts/setup.sh does
// it); when dist/ is missing or older than the sources — a fresh `npm install`, a `git pull` —
// it is compiled here first, so `npx gangze …` always runs the current code.
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const entry = path.join(root, "dist/src/cli/main.js");

function newestSource(dir) {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

function stale() {
  if (!fs.existsSync(entry)) return true;
  const sources = ["src", "templates"].map((d) => path.join(root, d)).filter((d) => fs.existsSync(d));
  if (sources.length === 0) return false; // an installed package ships dist/ only
  return Math.max(...sources.map(newestSource)) > fs.statSync(entry).mtimeMs;
}

if (stale()) {
  process.stderr.write("gangze：正在编译命令行工具…\n");
  const tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
  execFileSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.build.json")], { stdio: "inherit" });
  const now = new Date();
  fs.utimesSync(entry, now, now);
}

require(entry)
  .main(process.argv.slice(2))
  .then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`gangze：内部错误：${err && err.message ? err.message : err}\n`);
      process.exit(3);
    }
  );
