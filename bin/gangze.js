#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm install` (prepare script).
require("../dist/src/cli/main.js").main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`gangze：内部错误：${err && err.message ? err.message : err}\n`);
    process.exit(3);
  }
);
