// The pane's views over the office's own files, in headless Chromium over the scripted app
// (support/doubleApp.ts), at 350 px: 年度 (month files picked → the annual table in rank order,
// a sparkline per person, quota progress, the year workbook to download or open in Excel),
// verification in 汇总与上报 (each differing cell, the OK state, an unusable file), and 生成 with
// the office's catalogue and roster files and log workbooks for chosen people. Each new view is
// screenshot into test-artifacts/ (pane-350-*.png), checked for English in the Chinese pane and
// with axe; the eight tabs stay on one line at 350 px; the English pane is English.

import fs from "fs";
import path from "path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { GENERATED_BYTES, type DoubleConfig } from "./support/doubleApp";
import { ARTIFACTS, buildViewsPage } from "./support/build";
import { launchBrowser, type Browser } from "./support/browser";
import { englishWords } from "./support/english";
import { serveStatic, type StaticServer } from "./support/server";
import { callsOf, openViews } from "./support/viewsHarness";

let server: StaticServer;
let browser: Browser;
let script: string;
const EMPTY = path.join(ARTIFACTS, "e2e-build", "files-empty");

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

function open(config: DoubleConfig = {}, width = 350): Promise<Page> {
  return openViews(browser.context, server.baseUrl, script, config, width);
}

async function eventually<T>(fn: () => Promise<T>, expected: T, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let value = await fn();
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await fn();
  }
  expect(value).toEqual(expected);
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
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical" || v.id === "region")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

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

const xlsx = (name: string, bytes = [80, 75, 3, 4]) => ({
  name,
  mimeType: "application/octet-stream",
  buffer: Buffer.from(bytes),
});

test("eight tabs on one line at 350 px, every one in sight", async () => {
  const page = await open();
  const boxes = await page
    .getByRole("tab")
    .evaluateAll((tabs) => tabs.map((t) => t.getBoundingClientRect()).map((r) => [r.top, r.right]));
  expect(boxes.length).toBe(8);
  expect(new Set(boxes.map(([top]) => Math.round(top))).size).toBe(1);
  expect(Math.max(...boxes.map(([, right]) => right))).toBeLessThanOrEqual(350);
  await page.close();
});

test("年度: the month files picked go to year() with their bytes; the table is in rank order, a trend per person, quotas, the workbook", async () => {
  const page = await open();
  await tab(page, "年度");
  await page
    .getByLabel("同一年各月的月度考核工作簿（.xlsx，可多选）")
    .setInputFiles([xlsx("2026-01.xlsx"), xlsx("2026-02.xlsx", [80, 75, 9])]);
  await page.getByTestId("year-table").waitFor();
  expect(await callsOf(page, "year")).toEqual([
    [
      [
        { name: "2026-01.xlsx", size: 4, head: [80, 75] },
        { name: "2026-02.xlsx", size: 3, head: [80, 75] },
      ],
      {},
    ],
  ]);
  expect(await page.getByTestId("year-result").textContent()).toBe(
    "惠金河务局办公室 2026 年度考核：6 个月、4 人"
  );
  const rows = await page.getByTestId("year-row").allInnerTexts();
  expect(rows.map((r) => r.replace(/\s+/g, " ").trim())).toEqual([
    "1 张三 96 优秀 +1800 无",
    "2 王五 90.5 优秀 +1400 无",
    "3 李四 ⚑ 86 不合格 −100 无",
    "4 赵六 83.25 良好 +300 1月、2月",
  ]);
  // a sparkline per person, in rank order, each saying its months in words
  const sparks = page.getByTestId("year-spark");
  expect(await sparks.count()).toBe(4);
  expect(await sparks.nth(3).getAttribute("aria-label")).toBe(
    "赵六各月得分：1月 未考核，2月 未考核，3月 78 分（合格），4月 82 分（良好），5月 85 分（良好），6月 88 分（良好）"
  );
  // 李四's veto month (April) has its red ring; 赵六's line starts in March
  expect(await sparks.nth(2).locator('circle[stroke="#C50F1F"]').count()).toBe(1);
  expect(
    await sparks
      .nth(3)
      .locator("circle[data-month]")
      .evaluateAll((cs) => cs.map((c) => c.getAttribute("data-month")))
  ).toEqual(["2026-03", "2026-04", "2026-05", "2026-06"]);
  // on one scale: 张三's best month sits higher (smaller y) than 李四's veto month
  const y = (n: number, month: string) =>
    sparks.nth(n).locator(`circle[data-month="${month}"]`).getAttribute("cy");
  expect(Number(await y(0, "2026-05"))).toBeLessThan(Number(await y(2, "2026-04")));
  expect(await page.getByTestId("year-quotas").innerText()).toBe(
    "张三　信息宣传稿件：累计 13 / 年度目标 24（54%）；余下每月需完成 2"
  );
  expect(await page.getByTestId("year-notes").innerText()).toContain("2 处录入错误");
  const link = page.getByTestId("year-downloads").getByRole("link");
  expect(await link.textContent()).toBe("惠金河务局办公室-2026-年度考核.xlsx");
  // the table and the trend fit the pane: nothing wider than 350 px
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(350);
  await shoot(page, "year");
  expect(await paneEnglish(page)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);

  // Excel: the workbook opens in a new window
  await page.getByRole("button", { name: "在 Excel 新窗口中打开" }).click();
  await page.getByTestId("year-opened").waitFor();
  expect(await callsOf(page, "openCopy")).toEqual([
    [{ name: "惠金河务局办公室-2026-年度考核.xlsx", size: GENERATED_BYTES.length, head: [80, 75] }],
  ]);
  expect(await page.getByTestId("year-opened").textContent()).toBe(
    "已在新窗口中打开“惠金河务局办公室-2026-年度考核.xlsx”，请保存"
  );

  // 优秀比例: typed in percent, checked, passed as a fraction when recomputing
  const ratio = page.getByLabel("优秀比例（%）");
  await ratio.fill("abc");
  await page.getByText("请填写 1 到 100 之间的数，或留空。").waitFor();
  expect(await page.getByRole("button", { name: "重新计算" }).getAttribute("aria-disabled")).toBe(
    "true"
  );
  await ratio.fill("30");
  await page.getByRole("button", { name: "重新计算" }).click();
  await eventually(async () => (await callsOf(page, "year")).length, 2);
  expect((await callsOf(page, "year"))[1][1]).toEqual({ excellentRatio: 0.3 });
  await page.close();
});

test("年度 in a plain browser needs no open workbook and offers only the download", async () => {
  const page = await open({ mode: "browser" });
  await tab(page, "年度");
  expect(await page.getByTestId("open-workbook").count()).toBe(0);
  await page
    .getByLabel("同一年各月的月度考核工作簿（.xlsx，可多选）")
    .setInputFiles([xlsx("2026-01.xlsx")]);
  await page.getByTestId("year-downloads").waitFor();
  expect(await page.getByRole("button", { name: "在 Excel 新窗口中打开" }).count()).toBe(0);
  await page.close();
});

test("年度: a refused set of files shows the app's message in the error bar", async () => {
  const page = await open({
    fail: { year: "这些文件不能合成一个年度：b.xlsx 与 a.xlsx 是同一个月份 2026-03" },
  });
  await tab(page, "年度");
  await page
    .getByLabel("同一年各月的月度考核工作簿（.xlsx，可多选）")
    .setInputFiles([xlsx("a.xlsx"), xlsx("b.xlsx")]);
  await page
    .getByTestId("error-bar")
    .filter({ hasText: "b.xlsx 与 a.xlsx 是同一个月份 2026-03" })
    .waitFor();
  expect(await page.getByTestId("year-table").count()).toBe(0);
  await page.close();
});

test("汇总与上报 verifies a received workbook: each differing cell with stored and recomputed values, a clear OK, an unusable file", async () => {
  const page = await open();
  await tab(page, "汇总与上报");
  const input = page.getByLabel("选择收到的月度考核工作簿（.xlsx）");
  await input.setInputFiles(xlsx("财务科-2026-10.xlsx"));
  await page.getByTestId("verify-differences").waitFor();
  expect(await callsOf(page, "verify")).toEqual([
    [{ name: "财务科-2026-10.xlsx", size: 4, head: [80, 75] }],
  ]);
  const result = page.getByTestId("verify-result");
  expect(await result.getAttribute("data-status")).toBe("differ");
  expect(await result.innerText()).toContain("核验未通过");
  const items = await page.getByTestId("verify-differences").locator("li").allInnerTexts();
  expect(items.map((t) => t.replace(/\s+/g, " ").trim())).toEqual([
    "考核汇总!F5 公式被改成了数值 存储为 99，按录入应为 86.5",
    "公示!E3 存储的结果与录入不符 存储为 优秀，按录入应为 良好",
  ]);
  await shoot(page, "verify");
  expect(await paneEnglish(page)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);

  await input.setInputFiles(xlsx("好-2026-10.xlsx"));
  await eventually(() => result.getAttribute("data-status"), "equal");
  expect(await result.innerText()).toContain("核验通过");
  expect(await page.getByTestId("verify-differences").count()).toBe(0);
  await shoot(page, "verify-ok");
  await input.setInputFiles(xlsx("坏.xlsx"));
  await eventually(() => result.getAttribute("data-status"), "unusable");
  expect(await result.innerText()).toContain("无法核验");
  await page.close();
});

test("汇总与上报 in a plain browser: verification is there before any workbook is opened", async () => {
  const page = await open({ mode: "browser" });
  await tab(page, "汇总与上报");
  await page.getByTestId("verify").waitFor();
  expect(await page.getByTestId("collect-input").count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});

test("生成 takes the office's catalogue and roster files for a new month, and makes log workbooks for chosen people", async () => {
  const page = await open();
  await tab(page, "生成");
  await page.getByRole("button", { name: "使用本单位的岗位职责和人员文件" }).click();
  await page.getByLabel("岗位职责文件").setInputFiles(xlsx("岗位责任手册.xlsx"));
  await page.getByLabel("人员名单文件").setInputFiles(xlsx("人员名单.xlsx", [80, 75, 1]));
  await eventually(
    () => page.getByTestId("source-staff-using").textContent(),
    "将使用：人员名单.xlsx"
  );
  await page.getByLabel("考核月份").fill("2026-11");
  await page.getByRole("button", { name: "月度考核工作簿" }).click();
  await page.getByTestId("generate-result").waitFor();
  expect((await callsOf(page, "generate"))[0]).toEqual([
    "month",
    {
      month: "2026-11",
      catalog: { name: "岗位责任手册.xlsx", size: 4, head: [80, 75] },
      staff: { name: "人员名单.xlsx", size: 3, head: [80, 75] },
    },
  ]);
  await shoot(page, "generate-sources");
  expect(await paneEnglish(page)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  // a file can be put aside again: the next month workbook is the default office's
  await page.getByTestId("source-catalog-clear").click();
  await page.getByTestId("source-staff-clear").click();
  await page.getByRole("button", { name: "月度考核工作簿" }).click();
  await eventually(async () => (await callsOf(page, "generate")).length, 2);
  expect((await callsOf(page, "generate"))[1]).toEqual(["month", { month: "2026-11" }]);

  // log workbooks for chosen people: the roster, a mid-month newcomer with the day they start
  await page.getByRole("button", { name: "只为部分人员生成…" }).click();
  await page.getByTestId("people-list").waitFor();
  expect(await callsOf(page, "roster")).toEqual([[]]);
  expect(
    (await page.getByTestId("people-list").locator("li").allInnerTexts()).map((t) => t.trim())
  ).toEqual(["张三", "李四", "王五", "赵六 2026-10-16 起"]);
  const run = page.getByTestId("people-run");
  expect(await run.getAttribute("aria-disabled")).toBe("true");
  await page.getByRole("checkbox", { name: /赵六/ }).check();
  await page.getByRole("checkbox", { name: "张三" }).check();
  expect(await run.textContent()).toBe("为所选 2 人生成");
  await shoot(page, "generate-people");
  expect(await paneEnglish(page)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  await run.click();
  await eventually(async () => (await callsOf(page, "generate")).length, 3);
  // in roster order, with the month of the picker
  expect((await callsOf(page, "generate"))[2]).toEqual([
    "clerkLogs",
    { month: "2026-11", people: ["张三", "赵六"] },
  ]);
  await page.getByRole("checkbox", { name: "全选" }).check();
  expect(await run.textContent()).toBe("为所选 4 人生成");
  await page.close();
});

test("English pane: the year view, verification and 生成's choices speak English", async () => {
  const page = await open({ displayLanguage: "en-US" });
  await tab(page, "Year");
  await page
    .getByLabel("The month workbooks of one year (.xlsx, several at once)")
    .setInputFiles([xlsx("2026-01.xlsx")]);
  await page.getByTestId("year-table").waitFor();
  expect(await page.getByTestId("year-table").locator("thead th").allInnerTexts()).toEqual([
    "Rank",
    "Name",
    "Score",
    "Grade",
    "Reward (CNY)",
    "Not scored",
  ]);
  expect(await page.getByTestId("year-spark").nth(3).getAttribute("aria-label")).toBe(
    "赵六, monthly scores: Jan: not scored; Feb: not scored; Mar: 78 (合格); Apr: 82 (良好); May: 85 (良好); Jun: 88 (良好)"
  );
  expect(await seriousViolations(page)).toEqual([]);
  await tab(page, "Collect & export");
  await page.getByRole("heading", { name: "Verify a received workbook" }).waitFor();
  await tab(page, "Generate");
  await page.getByRole("button", { name: "Only for some people…" }).waitFor();
  await page.close();
});
