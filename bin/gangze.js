#!/usr/bin/env node
// Launcher of the gangze CLI: runs the compiled dist/src/cli/main.js.
// In the repository (a development checkout: src/cli/main.ts and tsconfig.build.json beside
// us) dist/ is recompiled first when missing or older than the sources — a fresh `npm ci`, a
// `git pull` — so `npx gangze …` always runs the current code. An installed build has no
// sources: it starts at once, with no walk over files.
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const entry = path.join(root, "dist/src/cli/main.js");

function isDevCheckout() {
  return (
    fs.existsSync(path.join(root, "tsconfig.build.json")) &&
    fs.existsSync(path.join(root, "src/cli/main.ts"))
  );
}

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
  const built = fs.statSync(entry).mtimeMs;
  return ["src", "templates"].some((d) => {
    const dir = path.join(root, d);
    return fs.existsSync(dir) && newestSource(dir) > built;
  });
}

if (isDevCheckout() && stale()) {
  process.stderr.write("gangze：正在编译命令行工具…\n");
  const { execFileSync } = require("child_process");
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
      // main reports every failure itself; this is the last resort (e.g. main.js failed to load)
      process.stderr.write(`gangze：内部错误：${err && err.message ? err.message : err}\n`);
      process.exit(3);
    }
  );
