// dist/gangze.html, the single-file app, opened from disk (file://) with every network request
// blocked, as a director who received it by e-mail would: generate the month workbook and the
// personal logs, open the workbook, check, score, collect a returned log, export. After each step
// every text the page shows is free of English (the real app's messages, not a script's).

import fs from "fs";
import os from "os";
import path from "path";
import { pathToFileURL } from "url";
import type { Download, Page } from "playwright-core";
import {
  BUILD_TIMEOUT_MS,
  ARTIFACTS,
  STANDALONE_HTML,
  ensureStandaloneBuilt,
} from "./support/build";
import { launchBrowser, type Browser } from "./support/browser";
import { englishWords } from "./support/english";

let browser: Browser;
const WORK = fs.mkdtempSync(path.join(os.tmpdir(), "gangze-standalone-"));

beforeAll(async () => {
  ensureStandaloneBuilt();
  browser = await launchBrowser("zh-CN");
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  fs.rmSync(WORK, { recursive: true, force: true });
});

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
  await page.getByRole("heading", { level: 2, name }).waitFor();
}

async function outcome(page: Page, testId: string): Promise<void> {
  await page.waitForSelector(`[data-testid="${testId}"], [data-testid="error-bar"]`, {
    timeout: 90000,
  });
  const error = page.getByTestId("error-bar");
  if (await error.count()) throw new Error(`the page reports: ${await error.textContent()}`);
}

/** English words the page shows (the pane is Chinese here: none may leak from messages). */
async function english(page: Page): Promise<string[]> {
  return englishWords(await page.evaluate(() => document.body.innerText));
}

async function save(download: Download): Promise<string> {
  const file = path.join(WORK, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

test("gangze.html from disk, offline: generate, check, score, collect, export", async () => {
  const page = await browser.context.newPage();
  const requests: string[] = [];
  const blocked: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:")) {
      await route.continue();
    } else {
      blocked.push(url);
      await route.abort();
    }
  });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(pathToFileURL(STANDALONE_HTML).href);
  await page.getByRole("tablist").waitFor();
  expect(await page.title()).toBe("岗责（单机版）");
  await expect(page.getByTestId("host-line").textContent()).resolves.toMatch(/^浏览器模式/);
  // no service worker, nothing but the file itself (and blob: downloads)
  expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();

  // 生成: the month workbook, downloaded and opened here
  await tab(page, "生成");
  await page.getByLabel("考核月份").fill("2026-10");
  await page.getByRole("button", { name: "月度考核工作簿" }).click();
  await outcome(page, "downloads");
  const [monthDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("downloads").getByRole("link").first().click(),
  ]);
  const monthFile = await save(monthDownload);
  expect(path.basename(monthFile)).toMatch(/2026-10.*\.xlsx$/);
  expect(fs.readFileSync(monthFile).subarray(0, 2).toString()).toBe("PK");
  expect(await english(page)).toEqual([]);

  // the personal logs, one per person: keep the first to "return" it
  await page.getByRole("button", { name: "个人工作日志" }).click();
  await page.getByTestId("generate-result").waitFor();
  await outcome(page, "downloads");
  const links = page.getByTestId("downloads").getByRole("link");
  expect(await links.count()).toBe(20);
  const [logDownload] = await Promise.all([page.waitForEvent("download"), links.first().click()]);
  const logFile = await save(logDownload);
  expect(await english(page)).toEqual([]);

  // 检查 over the month workbook opened from its file
  await tab(page, "检查");
  await page.getByLabel("打开月度考核工作簿（.xlsx）").setInputFiles(monthFile);
  await page.getByText(`已打开：${path.basename(monthFile)}`).waitFor({ timeout: 60000 });
  await page.getByRole("button", { name: "检查", exact: true }).click();
  await outcome(page, "check-summary");
  expect(await page.getByTestId("check-summary").textContent()).toMatch(/^0 个错误/);
  expect(await english(page)).toEqual([]);

  // 评分: everyone scored
  await tab(page, "评分");
  await page.getByRole("button", { name: "计算得分" }).click();
  await outcome(page, "score-table");
  expect(await page.getByTestId("score-table").locator("tbody tr").count()).toBe(20);
  expect(await english(page)).toEqual([]);

  // 汇总与上报: a returned log, then the export the bureau receives
  await tab(page, "汇总与上报");
  await page.getByTestId("collect-input").setInputFiles(logFile);
  await outcome(page, "collect-results");
  expect(await page.getByTestId("collect-results").locator("li").count()).toBe(1);
  expect(await page.getByTestId("collect-results").locator("li").getAttribute("data-ok")).toBe(
    "true"
  );
  await page.getByTestId("export-run").click();
  await outcome(page, "export-result");
  const [exportDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("export-downloads").getByRole("link").first().click(),
  ]);
  const exported = await save(exportDownload);
  expect(fs.readFileSync(exported).subarray(0, 2).toString()).toBe("PK");
  expect(await english(page)).toEqual([]);
  await page.screenshot({ path: path.join(ARTIFACTS, "standalone-export.png"), fullPage: true });

  expect(errors).toEqual([]);
  expect(blocked).toEqual([]);
  expect(requests.filter((u) => !/^(file|blob|data):/.test(u))).toEqual([]);
  await page.close();
});
