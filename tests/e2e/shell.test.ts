// The task pane in headless Chromium: Chinese in a Chinese Office, English otherwise, keyboard
// tabs, accessibility, the ribbon functions, and the plain-browser fallback.
// Builds dist/ first when it is missing or stale (see tests/e2e/support/build.ts).

import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import zlib from "zlib";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import {
  BUILD_TIMEOUT_MS,
  ARTIFACTS,
  DIST,
  TEST_PROD_URL,
  buildFakeHost,
  ensureDistBuilt,
} from "./support/build";
import { launchBrowser, openPage, type Browser } from "./support/browser";
import { serveStatic, type StaticServer } from "./support/server";

const ZH_TABS = ["概览", "生成", "检查", "评分", "逾期", "汇总与上报", "年度", "日历"];
const EN_TABS = [
  "Overview",
  "Generate",
  "Check",
  "Score",
  "Overdue",
  "Collect & export",
  "Year",
  "Calendar",
];

let server: StaticServer;
let browser: Browser;
let fakeHost: string;

beforeAll(async () => {
  ensureDistBuilt();
  fakeHost = await buildFakeHost();
  server = await serveStatic(DIST);
  browser = await launchBrowser("zh-CN");
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Rendered tab labels (Fluent keeps a hidden bold copy of each label to reserve its width). */
async function tabNames(page: Page): Promise<string[]> {
  return page.getByRole("tab").allInnerTexts();
}

async function selectedTab(page: Page): Promise<string> {
  return (await page.locator('[role="tab"][aria-selected="true"]').textContent()) ?? "";
}

test("renders in Chinese inside a Chinese Excel, reading the workbook through the app", async () => {
  const { page, blocked } = await openPage(browser.context, {
    baseUrl: server.baseUrl,
    fakeHostScript: fakeHost,
    fake: {
      displayLanguage: "zh-CN",
      sheets: { 岗位职责: [["岗位", "职责"]], 任务台账: [], 工作日志: [] },
    },
  });
  await page.goto(server.baseUrl + "taskpane.html");
  await page.getByRole("tablist").waitFor();
  expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
  expect(await tabNames(page)).toEqual(ZH_TABS);
  await expect(page.getByTestId("host-line").textContent()).resolves.toBe("已连接 Excel");
  // Three sheets that are not a month workbook: the overview says how to start, calmly (not as an
  // error), after one Excel.run with one sync that read the open workbook.
  await expect(page.getByTestId("overview-notice").textContent()).resolves.toContain(
    "请先在“生成”中生成月度考核工作簿"
  );
  expect(await page.getByTestId("error-bar").count()).toBe(0);
  const syncs = await page.evaluate(
    () =>
      (window as unknown as { __gangzeFake: { stats: { syncs: number } } }).__gangzeFake.stats.syncs
  );
  expect(syncs).toBe(1);
  expect(await page.getByRole("heading", { level: 2 }).textContent()).toBe("概览");
  await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-zh.png"), fullPage: true });
  // Nothing left the machine except office.js, which was served from the fake.
  expect(blocked).toEqual([]);
  await page.close();
});

test("tabs work with the keyboard (arrows, Home, End)", async () => {
  const { page } = await openPage(browser.context, {
    baseUrl: server.baseUrl,
    fakeHostScript: fakeHost,
    fake: {},
  });
  await page.goto(server.baseUrl + "taskpane.html");
  await page.getByRole("tab", { name: "概览" }).focus();
  await page.keyboard.press("ArrowRight");
  expect(await selectedTab(page)).toBe("生成");
  expect(await page.getByRole("heading", { level: 2 }).textContent()).toBe("生成");
  await page.keyboard.press("End");
  expect(await selectedTab(page)).toBe("日历");
  await expect(
    page.locator('[role="tabpanel"]:not([hidden])').getAttribute("aria-labelledby")
  ).resolves.toBe("tab-calendar");
  await page.keyboard.press("ArrowLeft");
  expect(await selectedTab(page)).toBe("年度");
  await page.keyboard.press("Home");
  expect(await selectedTab(page)).toBe("概览");
  await page.close();
});

test("speaks English when Office's display language is not Chinese", async () => {
  const { page } = await openPage(browser.context, {
    baseUrl: server.baseUrl,
    fakeHostScript: fakeHost,
    fake: { displayLanguage: "en-US" },
  });
  await page.goto(server.baseUrl + "taskpane.html");
  await page.getByRole("tablist").waitFor();
  expect(await page.getAttribute("html", "lang")).toBe("en-US");
  expect(await tabNames(page)).toEqual(EN_TABS);
  await expect(page.getByTestId("host-line").textContent()).resolves.toBe("Connected to Excel");
  await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-en.png"), fullPage: true });
  await page.close();
});

test("has no serious or critical accessibility violations (axe-core)", async () => {
  const { page } = await openPage(browser.context, {
    baseUrl: server.baseUrl,
    fakeHostScript: fakeHost,
    fake: {},
  });
  await page.goto(server.baseUrl + "taskpane.html");
  await page.getByTestId("overview-notice").waitFor();
  // Tabster's focus sentinels (<i data-tabster-dummy tabindex=0 aria-hidden>) only bounce focus
  // back into the tab list; axe reports them as aria-hidden-focus, so they are left out.
  const results = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  expect(results.passes.length).toBeGreaterThan(10); // axe really ran over the pane
  const bad = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical" || v.id === "region")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(bad).toEqual([]);
  await page.close();
});

test("still renders in a plain browser (office.js unavailable)", async () => {
  const { page, blocked } = await openPage(browser.context, {
    baseUrl: server.baseUrl,
    fakeHostScript: null,
  });
  await page.goto(server.baseUrl + "taskpane.html");
  await page.getByRole("tablist").waitFor();
  expect(blocked).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  expect(await tabNames(page)).toEqual(ZH_TABS); // the browser's language is zh-CN
  await expect(page.getByTestId("host-line").textContent()).resolves.toMatch(/^浏览器模式/);
  await expect(page.getByTestId("opened-file").textContent()).resolves.toBe("尚未打开工作簿。");
  await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-browser.png"), fullPage: true });
  await page.close();
});

test("commands.html registers runCheck and runScore, which always complete their event", async () => {
  const { page } = await openPage(browser.context, {
    baseUrl: server.baseUrl,
    fakeHostScript: fakeHost,
    fake: {},
  });
  await page.goto(server.baseUrl + "commands.html");
  await page.waitForFunction(
    () =>
      (window as unknown as { __gangzeFake: { actions: Map<string, unknown> } }).__gangzeFake
        .actions.size === 2
  );
  const outcome = await page.evaluate(async () => {
    const fake = (
      window as unknown as {
        __gangzeFake: { actions: Map<string, (e: unknown) => Promise<unknown>> };
      }
    ).__gangzeFake;
    const results: Record<string, unknown> = {};
    for (const name of ["runCheck", "runScore"]) {
      let completed = 0;
      const result = await fake.actions.get(name)!({ completed: () => completed++ });
      results[name] = { completed, result };
    }
    return results;
  });
  // A new, blank workbook is not a month workbook: each command says so in Chinese (how to start)
  // and completes its event exactly once, so Excel releases the button.
  for (const name of ["runCheck", "runScore"]) {
    const { completed, result } = outcome[name] as {
      completed: number;
      result: { ok: boolean; message: string };
    };
    expect(completed).toBe(1);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/月度考核工作簿/);
    expect(result.message).not.toMatch(/尚未接入|at |Error/);
  }
  await page.close();
});

test("the first load does not carry ExcelJS (heavy layers are loaded on demand)", () => {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((s) => !s.startsWith("https:"));
  // hashed names (docs/deploy.md): an update reaches clients as soon as taskpane.html is fetched
  expect(scripts).toEqual([
    expect.stringMatching(/^vendor\.[0-9a-f]{8}\.js$/),
    expect.stringMatching(/^taskpane\.[0-9a-f]{8}\.js$/),
  ]);
  for (const script of scripts) {
    const code = fs.readFileSync(path.join(DIST, script), "utf8");
    expect(code.includes("exceljs")).toBe(false);
  }
});

test("the first load of the task pane stays under 250 KB gzipped", () => {
  // what taskpane.html loads before the pane shows: vendor.js (React, Fluent UI) and taskpane.js
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const scripts = [
    ...html.matchAll(/<script[^>]*\ssrc="?((?:vendor|taskpane)\.[0-9a-f]{8}\.js)/g),
  ].map((m) => m[1]);
  expect(scripts).toHaveLength(2);
  const gzipped = scripts.map(
    (f) => zlib.gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length
  );
  console.log(`first load, gzip -9: vendor.js ${gzipped[0]} B + taskpane.js ${gzipped[1]} B`);
  expect(gzipped[0] + gzipped[1]).toBeLessThan(250 * 1024);
});

test("the production build ships the manifest with the production URL, still valid", () => {
  const built = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
  expect(built).not.toContain("localhost");
  expect(built).toContain(`${TEST_PROD_URL}taskpane.html`);
  const schema = path.resolve(
    __dirname,
    "../../../shared/schemas/manifest/OfficeAppManifestV1_1.xsd"
  );
  const result = spawnSync("xmllint", [
    "--noout",
    "--schema",
    schema,
    path.join(DIST, "manifest.xml"),
  ]);
  expect(result.status).toBe(0);
});
