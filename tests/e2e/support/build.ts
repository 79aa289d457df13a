// Builds what the browser tests need: dist/ (the production add-in build, when missing or older
// than its sources) and the fake Excel host bundle that stands in for office.js.

import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";
import webpack from "webpack";

/** The project folder: the nearest package.json above (this file also runs compiled, from dist/). */
export const ROOT = findRoot(__dirname);

function findRoot(dir: string): string {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, "package.json"))) return d;
    if (path.dirname(d) === d) throw new Error(`no package.json above ${dir}`);
  }
}
export const DIST = path.join(ROOT, "dist");
/** How long a beforeAll that may build dist/ can take: Babel over node_modules and minifying take
 *  a few minutes on a loaded two-core machine (later runs reuse the build and Babel's cache). */
export const BUILD_TIMEOUT_MS = 20 * 60 * 1000;
/** The production URL of test builds (`npm run build:test`): `.invalid` never resolves. */
export const TEST_PROD_URL = "https://gangze.invalid/";
export const ARTIFACTS = path.join(ROOT, "test-artifacts");
export const FAKE_HOST_BUNDLE = path.join(ARTIFACTS, "e2e-build", "fakeExcel.js");

const WEB_SOURCES = [
  "src/app",
  "src/xlsx",
  "src/taskpane",
  "src/commands",
  "src/office",
  "src/i18n",
  "src/domain",
  "src/workbook",
  "src/guard",
  "src/standalone",
  "manifest.xml",
  "webpack.config.js",
  "assets",
];

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target)
    .reduce((max, name) => Math.max(max, newestMtime(path.join(target, name))), stat.mtimeMs);
}

/** Written after each build here: webpack leaves unchanged files untouched, so dist's own
 *  timestamps cannot tell whether the build is current. */
const STAMP = path.join(ARTIFACTS, "e2e-build", "dist-built-at");

const LOCK = STAMP + ".lock";
/** a lock older than this was left by a killed run */
const STALE_LOCK_MS = 10 * 60 * 1000;

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs fn while holding a lock directory: jest runs the e2e files in parallel workers, and two
 *  webpack builds writing dist/ at once (or one cleaning it under another's server) break both. */
function withBuildLock<T>(fn: () => T): T {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      const age = fs.existsSync(LOCK) ? Date.now() - fs.statSync(LOCK).mtimeMs : 0;
      if (age > STALE_LOCK_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      else sleepSync(200);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Runs the production build (as `npm run build:test`) unless the last build here is newer than every web source
 *  (GANGZE_E2E_REBUILD=1 forces it, once per process). */
export function ensureDistBuilt(): { built: boolean; ms: number } {
  return withBuildLock(() => {
    const sourcesTime = Math.max(...WEB_SOURCES.map((p) => newestMtime(path.join(ROOT, p))));
    const current =
      fs.existsSync(path.join(DIST, "taskpane.html")) &&
      fs.existsSync(STAMP) &&
      fs.statSync(STAMP).mtimeMs >= sourcesTime;
    if (current && !(process.env.GANGZE_E2E_REBUILD && !forcedOnce)) return { built: false, ms: 0 };
    forcedOnce = true;
    const started = Date.now();
    execFileSync(
      process.execPath,
      [
        require.resolve("webpack-cli/bin/cli.js"),
        "--mode",
        "production",
        // the deployment URL a real build must be given (docs/deploy.md): the documented test one
        "--env",
        `prodUrl=${TEST_PROD_URL}`,
        // the add-in only: gangze.html has its own build below (ensureStandaloneBuilt)
        "--config-name",
        "addin",
      ],
      {
        cwd: ROOT,
        stdio: "pipe",
      }
    );
    fs.mkdirSync(path.dirname(STAMP), { recursive: true });
    fs.writeFileSync(STAMP, new Date().toISOString());
    return { built: true, ms: Date.now() - started };
  });
}
let forcedOnce = false;

const STANDALONE_STAMP = path.join(ARTIFACTS, "e2e-build", "standalone-built-at");
export const STANDALONE_HTML = path.join(DIST, "gangze.html");

/** Builds dist/gangze.html (the single-file app) unless it is newer than every web source. */
export function ensureStandaloneBuilt(): { built: boolean; ms: number } {
  return withBuildLock(() => {
    const sourcesTime = Math.max(...WEB_SOURCES.map((p) => newestMtime(path.join(ROOT, p))));
    const current =
      fs.existsSync(STANDALONE_HTML) &&
      fs.existsSync(STANDALONE_STAMP) &&
      fs.statSync(STANDALONE_STAMP).mtimeMs >= sourcesTime;
    if (current) return { built: false, ms: 0 };
    const started = Date.now();
    execFileSync(
      process.execPath,
      [
        require.resolve("webpack-cli/bin/cli.js"),
        "--mode",
        "production",
        "--config-name",
        "standalone",
      ],
      { cwd: ROOT, stdio: "pipe" }
    );
    fs.mkdirSync(path.dirname(STANDALONE_STAMP), { recursive: true });
    fs.writeFileSync(STANDALONE_STAMP, new Date().toISOString());
    return { built: true, ms: Date.now() - started };
  });
}

export const VIEWS_PAGE_BUNDLE = path.join(ARTIFACTS, "e2e-build", "viewsPage.js");

/** The page the scripted views are served in (its script is the views bundle, as views.js). */
export const VIEWS_PAGE_HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8"><title>岗责</title>
<style>html,body{margin:0;padding:0;height:100%}</style></head>
<body><div id="container"></div><script src="views.js"></script></body></html>`;

/** Compiles tests/fakeExcel/browser.ts into one script (kept out of dist/). */
export function buildFakeHost(): Promise<string> {
  // one file per worker: test files build it in parallel
  return bundle("./tests/fakeExcel/browser.ts", perProcess(FAKE_HOST_BUNDLE), "development");
}

/** Compiles the views' test page (the pane over a scripted GangzeApp) into one script. */
export function buildViewsPage(): Promise<string> {
  return bundle("./tests/e2e/support/viewsPage.tsx", perProcess(VIEWS_PAGE_BUNDLE), "production");
}

function perProcess(file: string): string {
  return file.replace(/\.js$/, `.${process.pid}.js`);
}

function bundle(
  entry: string,
  outFile: string,
  mode: "development" | "production"
): Promise<string> {
  const compiler = webpack({
    mode,
    devtool: false,
    target: ["web", "es2019"],
    context: ROOT,
    entry,
    output: { path: path.dirname(outFile), filename: path.basename(outFile) },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    // the views page carries React and Fluent UI in one file: no size hints wanted
    performance: { hints: false },
    optimization: { minimize: false },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { configFile: "tsconfig.json", transpileOnly: true },
          },
        },
      ],
    },
  });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      const code = fs.readFileSync(outFile, "utf8");
      fs.rmSync(outFile, { force: true }); // per-process names: do not let them pile up
      resolve(code);
    });
  });
}
