// The task pane as people see it, at 350 px (and the weekly table at 320 px), over the scripted
// app: screenshots of 评分, a person's breakdown, 概览 and 检查 saved under test-artifacts/, the
// breakdown one click from the ranking with a jump to each deduction's cell, overview tiles that
// open the filtered list, tabs on one line, a chart on a scale around the scores with a legend,
// no English in the Chinese pane, and axe still clean.

import fs from "fs";
import path from "path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import type { DoubleConfig, RecordedCall } from "./support/doubleApp";
import { ARTIFACTS, buildViewsPage } from "./support/build";
import { launchBrowser, type Browser } from "./support/browser";
import { englishWords } from "./support/english";
import { serveStatic, type StaticServer } from "./support/server";
import { callsOf, openViews } from "./support/viewsHarness";

let server: StaticServer;
let browser: Browser;
let script: string;
const EMPTY = path.join(ARTIFACTS, "e2e-build", "look-empty");

beforeAll(async () => {
  script = await buildViewsPage();
  fs.mkdirSync(EMPTY, { recursive: true });
  server = await serveStatic(EMPTY);
  browser = await launchBrowser("zh-CN");
}, 600000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function open(width = 350, config: DoubleConfig = {}): Promise<Page> {
  return openViews(browser.context, server.baseUrl, script, config, width);
}

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
  await page.getByRole("heading", { level: 2, name }).waitFor();
}

async function shoot(page: Page, id: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `pane-350-${id}.png`), fullPage: true });
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical" || v.id === "region")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** English words in what the pane shows (text and accessible names), beyond the allowed ones. */
async function paneEnglish(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const labels = [...document.querySelectorAll("[aria-label],[title],[placeholder]")].map((e) =>
      [e.getAttribute("aria-label"), e.getAttribute("title"), e.getAttribute("placeholder")]
        .filter(Boolean)
        .join(" ")
    );
    return [document.body.innerText, ...labels].join("\n");
  });
  return englishWords(text);
}

test("评分 at 350 px: tabs on one line, the weekly table fits (also at 320 px), the chart has a scale and a legend", async () => {
  for (const width of [350, 320]) {
    const page = await open(width);
    // the six tabs on one line: 汇总与上报 does not wrap alone onto a second one
    const tops = await page
      .getByRole("tab")
      .evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    // at 350 px every tab is in sight (narrower panes scroll the tab line sideways)
    if (width === 350) {
      const rights = await page
        .getByRole("tab")
        .evaluateAll((tabs) => tabs.map((t) => t.getBoundingClientRect().right));
      expect(Math.max(...rights)).toBeLessThanOrEqual(350);
    }
    await tab(page, "评分");
    await page.getByRole("button", { name: "计算得分" }).click();
    const weekly = page.getByTestId("weekly-table");
    await weekly.waitFor();
    // every week column visible without scrolling: the table is no wider than its region
    const fit = await weekly.evaluate((t) => ({
      table: t.scrollWidth,
      region: (t.parentElement as HTMLElement).clientWidth,
    }));
    expect(fit.table).toBeLessThanOrEqual(fit.region);
    await expect(weekly.locator("thead th").last().innerText()).resolves.toMatch(/第5周/);
    const chart = page.getByTestId("score-chart");
    // scores 55…96: the scale runs 50–100, not 0–105
    expect([await chart.getAttribute("data-lo"), await chart.getAttribute("data-hi")]).toEqual([
      "50",
      "100",
    ]);
    expect(await page.getByTestId("score-legend").locator("li").allInnerTexts()).toEqual([
      "优秀",
      "良好",
      "不合格",
    ]);
    if (width === 350) {
      await shoot(page, "score");
      expect(await paneEnglish(page)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
    }
    await page.close();
  }
});

test("a person's breakdown is one click from the ranking; each deduction jumps to its cell", async () => {
  const page = await open();
  await tab(page, "评分");
  await page.getByRole("button", { name: "计算得分" }).click();
  await page.getByRole("button", { name: /^张三/ }).click();
  const breakdown = page.getByTestId("person-breakdown");
  await breakdown.waitFor();
  expect(await page.getByRole("heading", { name: "张三的扣分明细" }).count()).toBe(1);
  expect(await page.getByTestId("person-summary").textContent()).toBe(
    "得分 96 分，等级 优秀，奖惩 +300 元。扣分合计 5 分，加分 1 分。"
  );
  const items = await page.getByTestId("person-deductions").locator("li").allInnerTexts();
  expect(items.map((t) => t.replace(/\s+/g, " "))).toEqual([
    "逾期完成 扣 3 分 交办事项 T002 职责 MS-05 定位到 交办事项!I3",
    "日志缺报 扣 2 分 2026-10-12 定位到 工作日志!A1",
  ]);
  await shoot(page, "breakdown");
  expect(await paneEnglish(page)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "定位到 交办事项!I3" }).click();
  await page.waitForFunction(() =>
    (window as unknown as { __viewsDouble: { calls: RecordedCall[] } }).__viewsDouble.calls.some(
      (c) => c.method === "select"
    )
  );
  expect(await callsOf(page, "select")).toEqual([["交办事项", "I3"]]);
  await page.getByRole("button", { name: "返回排名" }).click();
  await page.getByTestId("score-table").waitFor();
  await page.close();
});

test("概览 tiles open the filtered list: errors in 检查, overdue tasks in 逾期", async () => {
  const page = await open();
  await page.getByTestId("overview").waitFor();
  await shoot(page, "overview");
  expect(await paneEnglish(page)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByTestId("count-errors").click();
  await page.getByRole("heading", { level: 2, name: "检查" }).waitFor();
  await page.getByTestId("check-summary").waitFor();
  expect(await callsOf(page, "check")).toEqual([[]]);
  expect(await page.getByRole("radio", { name: "错误" }).isChecked()).toBe(true);
  const shown = await page.getByTestId("issue").allInnerTexts();
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.every((t) => t.includes("错误"))).toBe(true);
  await shoot(page, "check");
  expect(await paneEnglish(page)).toEqual([]);

  await tab(page, "概览");
  await page.getByTestId("count-overdue").click();
  await page.getByRole("heading", { level: 2, name: "逾期" }).waitFor();
  await page.getByTestId("tasks").waitFor();
  const statuses = await page
    .getByTestId("task")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-status")));
  expect(statuses.length).toBeGreaterThan(0);
  expect(statuses.every((s) => s === "逾期未完成")).toBe(true);
  await page.close();
});

test("生成 and 汇总 use the pane's own month and file pickers (no browser-made English)", async () => {
  const page = await open(350, { mode: "browser" });
  await tab(page, "生成");
  expect(await page.locator('input[type="month"]').count()).toBe(0);
  const month = page.getByLabel("考核月份");
  await month.fill("2026-10");
  await page.getByRole("button", { name: "下个月" }).click();
  expect(await month.inputValue()).toBe("2026-11");
  await page.getByRole("button", { name: "上个月" }).click();
  await page.getByRole("button", { name: "上个月" }).click();
  expect(await month.inputValue()).toBe("2026-09");
  await shoot(page, "generate");
  // every file input is out of sight behind a Fluent button with Chinese text
  await tab(page, "检查");
  const inputs = await page
    .locator('input[type="file"]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).getBoundingClientRect().width));
  expect(inputs.every((w) => w <= 1)).toBe(true);
  expect(await page.getByRole("button", { name: "选择文件…" }).count()).toBeGreaterThan(0);
  expect(await paneEnglish(page)).toEqual([]);
  await shoot(page, "open-file");
  await page.close();
});
