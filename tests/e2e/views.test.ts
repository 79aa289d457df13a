// The six views in headless Chromium over a scripted GangzeApp (support/doubleApp.ts): what each
// view shows, what it calls with which arguments, keyboard use, progress and errors, browser mode,
// English, and axe-core on every view. The real app over the fake Excel host: flow*.test.ts.

import fs from "fs";
import path from "path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { CHECK, GENERATED_BYTES, type DoubleConfig } from "./support/doubleApp";
import { ARTIFACTS, buildViewsPage } from "./support/build";
import { launchBrowser, type Browser } from "./support/browser";
import { serveStatic, type StaticServer } from "./support/server";
import { callsOf, openViews } from "./support/viewsHarness";

let server: StaticServer;
let browser: Browser;
let script: string;
const EMPTY = path.join(ARTIFACTS, "e2e-build", "views-empty");

beforeAll(async () => {
  script = await buildViewsPage();
  fs.mkdirSync(EMPTY, { recursive: true });
  server = await serveStatic(EMPTY);
  browser = await launchBrowser("zh-CN");
}, 180000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function open(config: DoubleConfig = {}): Promise<Page> {
  return openViews(browser.context, server.baseUrl, script, config);
}

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
  await page.getByRole("heading", { level: 2, name }).waitFor();
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical" || v.id === "region")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Polls until fn() gives `expected` (5 s), then asserts: the pane updates after React renders. */
async function eventually<T>(fn: () => Promise<T>, expected: T, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let value = await fn();
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await fn();
  }
  expect(value).toEqual(expected);
}

async function background(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
}

test("概览 reads app.overview() on opening and colours the non-zero alarms", async () => {
  const page = await open();
  await page.getByTestId("overview").waitFor();
  expect(await callsOf(page, "overview")).toEqual([[]]);
  await eventually(
    () => page.getByTestId("overview-period").textContent(),
    "惠金河务局办公室　2026-10　基准日 2026-10-20　共 4 人"
  );
  const count = (id: string) =>
    page.getByTestId(`count-${id}`).locator('[data-part="value"]').textContent();
  expect(
    await Promise.all(["overdue", "dueSoon", "missingLogs", "errors", "warnings"].map(count))
  ).toEqual(["2", "1", "3", "2", "1"]);
  // STATUS_COLORS: 逾期未完成 FFC7CE = rgb(255, 199, 206); 临期 FFEB9C = rgb(255, 235, 156)
  expect(await background(page, '[data-testid="count-overdue"]')).toBe("rgb(255, 199, 206)");
  expect(await background(page, '[data-testid="count-dueSoon"]')).toBe("rgb(255, 235, 156)");
  await expect(page.getByTestId("overview-notices").textContent()).resolves.toContain(
    "2027 年的法定节假日数据缺失"
  );
  await page.getByRole("button", { name: "刷新" }).click();
  await eventually(() => callsOf(page, "overview"), [[], []]);
  await page.close();
});

test("生成: month picker defaults to this month, each button calls generate, files become download links", async () => {
  const page = await open();
  await tab(page, "生成");
  const month = page.getByLabel("考核月份");
  const now = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
  });
  expect(await month.inputValue()).toBe(now);
  await month.fill("2026-10");
  await page.getByRole("button", { name: "月度考核工作簿" }).click();
  await eventually(() => page.getByTestId("generate-result").textContent(), "已生成 1 个工作簿");
  const link = page.getByRole("link", { name: "惠金河务局办公室-2026-10-月度考核.xlsx" });
  expect(await link.getAttribute("href")).toMatch(/^blob:/);
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("惠金河务局办公室-2026-10-月度考核.xlsx");
  const saved = path.join(ARTIFACTS, "e2e-build", "views-download.xlsx");
  await download.saveAs(saved);
  expect([...fs.readFileSync(saved)]).toEqual(GENERATED_BYTES);

  await page.getByRole("button", { name: "个人工作日志" }).click();
  await eventually(() => page.getByRole("link").count(), 2);
  await page.getByRole("button", { name: "岗位责任手册" }).click();
  await page.getByRole("link", { name: "岗位责任手册.xlsx" }).waitFor();
  await page.getByRole("button", { name: "下月工作簿（结转）" }).click();
  await page.getByRole("link", { name: "惠金河务局办公室-2026-11-月度考核.xlsx" }).waitFor();
  // The month goes only to the kinds made for a month.
  expect(await callsOf(page, "generate")).toEqual([
    ["month", { month: "2026-10" }],
    ["clerkLogs", { month: "2026-10" }],
    ["handbook", {}],
    ["nextMonth", {}],
  ]);
  // A month that is not YYYY-MM is refused before anything runs (type=month is a text box here
  // only when the browser lacks the picker, so the value is set as such a browser would).
  await month.evaluate((el: HTMLInputElement) => {
    el.type = "text";
  });
  await month.fill("2026-13");
  await page.getByText("请按“2026-10”的格式填写考核月份。").waitFor();
  expect(
    await page.getByRole("button", { name: "月度考核工作簿" }).getAttribute("aria-disabled")
  ).toBe("true");
  await page.close();
});

test("检查: errors first, filter, choosing an issue (click or Enter) selects its cell, marks can be cleared", async () => {
  const page = await open();
  await tab(page, "检查");
  await page.getByRole("button", { name: "检查", exact: true }).click();
  await eventually(
    () => page.getByTestId("check-summary").textContent(),
    "2 个错误，2 个警告；在工作簿中标记了 3 处。"
  );
  const issues = page.getByTestId("issue");
  expect(await issues.count()).toBe(4);
  // The double answers warning, error, warning, error: errors come first, each group in order.
  const heads = await issues.evaluateAll((els) =>
    els.map((el) => el.firstElementChild?.textContent)
  );
  expect(heads).toEqual([
    "错误交办事项!I3",
    "错误工作日志!B9",
    "警告工作日志（整张表）",
    "警告工作日志!C7",
  ]);
  await issues.nth(1).click();
  expect(await callsOf(page, "select")).toEqual([["工作日志", "B9"]]);
  // Keyboard: focus the first issue, press Enter.
  await issues.nth(0).focus();
  await page.keyboard.press("Enter");
  await eventually(
    () => callsOf(page, "select"),
    [
      ["工作日志", "B9"],
      ["交办事项", "I3"],
    ]
  );
  // A whole-sheet issue is text, not a button.
  expect(await issues.nth(2).evaluate((el) => el.tagName)).toBe("DIV");
  await page.getByRole("radio", { name: "警告 2" }).check();
  expect(await issues.count()).toBe(2);
  await page.getByRole("radio", { name: "错误 2" }).check();
  expect(await issues.allInnerTexts()).toEqual([
    expect.stringContaining(CHECK.issues[1].message),
    expect.stringContaining(CHECK.issues[3].message),
  ]);
  await page.getByRole("button", { name: "清除标记" }).click();
  await page.getByText("检查标记已清除。").waitFor();
  expect(await callsOf(page, "clearMarks")).toEqual([[]]);
  await expect(page.getByTestId("check-summary").textContent()).resolves.toContain("标记了 0 处");
  await page.close();
});

test("评分: table by rank (ties share a rank), grade colours, weekly columns, an accessible SVG chart", async () => {
  const page = await open();
  await tab(page, "评分");
  await page.getByRole("button", { name: "计算得分" }).click();
  const table = page.getByTestId("score-table");
  await table.waitFor();
  expect(await table.locator("thead th").allInnerTexts()).toEqual([
    "名次",
    "姓名",
    "岗位",
    "得分",
    "等级",
    "奖惩金额",
  ]);
  const rows = await table
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent))
    );
  // ranks 1, 2, 2, 4; the tie (88.5) in name order 李四 (lǐ) before 王五 (wáng)
  expect(rows).toEqual([
    ["1", "张三", "秘书", "96", "优秀", "+300"],
    ["2", "李四", "档案员", "88.5", "良好", "+100"],
    ["2", "王五", "司机", "88.5", "良好", "+100"],
    ["4", "赵六", "门卫", "55", "不合格", "−200"],
  ]);
  // 不合格 red FFC7CE, 优秀 green C6EFCE
  expect(
    await table.getByText("不合格").evaluate((el) => getComputedStyle(el).backgroundColor)
  ).toBe("rgb(255, 199, 206)");
  expect(await table.getByText("优秀").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
    "rgb(198, 239, 206)"
  );
  const weekly = page.getByTestId("weekly-table");
  expect(await weekly.locator("thead th").allTextContents()).toEqual([
    "姓名",
    "第1周10/1–4",
    "第2周10/5–11",
    "第3周10/12–18",
    "第4周10/19–25",
    "第5周10/26–31",
  ]);
  // 张三's weeks: min(100, 96 + i) for i = 0…3 → 96 97 98 99; week 5 is after 基准日 → 未计
  expect(await weekly.locator("tbody tr").first().locator("td").allInnerTexts()).toEqual([
    "张三",
    "96",
    "97",
    "98",
    "99",
    "未计",
  ]);
  const chart = page.getByRole("img", { name: /^得分条形图/ });
  expect(await chart.getAttribute("aria-label")).toBe(
    "得分条形图：张三 96 分，李四 88.5 分，王五 88.5 分，赵六 55 分"
  );
  // a scale around the scores (55…96 → 50–100): bar width = (96 − 50) / 50 × (320 − 52 − 36)
  // = 213.4 (one decimal)
  expect(await chart.locator("rect").first().getAttribute("width")).toBe("213.4");
  expect(await chart.locator("rect").count()).toBe(4);
  await page.close();
});

test("逾期: traffic lights most urgent first; choosing a task selects its row", async () => {
  const page = await open();
  await tab(page, "逾期");
  await page.getByRole("button", { name: "刷新逾期清单" }).click();
  const tasks = page.getByTestId("task");
  await tasks.first().waitFor();
  // 逾期未完成 by overdue days (6, 3), then 临期, 逾期完成, 按时完成
  expect(await tasks.evaluateAll((els) => els.map((el) => el.getAttribute("data-status")))).toEqual(
    ["逾期未完成", "逾期未完成", "临期", "逾期完成", "按时完成"]
  );
  const colours = await tasks.evaluateAll((els) =>
    els.map((el) => getComputedStyle(el).backgroundColor)
  );
  expect(colours).toEqual([
    "rgb(255, 199, 206)", // FFC7CE red
    "rgb(255, 199, 206)",
    "rgb(255, 235, 156)", // FFEB9C amber
    "rgb(248, 203, 173)", // F8CBAD orange
    "rgb(198, 239, 206)", // C6EFCE green
  ]);
  await eventually(
    () => tasks.first().textContent(),
    "逾期未完成T001逾期 6 个工作日报送三季度工作总结责任人 张三，应完成日 2026-10-12"
  );
  await eventually(
    () => page.getByTestId("overdue-counts").textContent(),
    "逾期未完成 2 项临期 1 项逾期完成 1 项按时完成 1 项"
  );
  await tasks.nth(1).click();
  expect(await callsOf(page, "select")).toEqual([["交办事项", "A6"]]);
  await page.close();
});

test("汇总与上报: picked files go to collect() with their bytes; export offers the file", async () => {
  const page = await open();
  await tab(page, "汇总与上报");
  await page.getByLabel("选择各人交回的工作簿（.xlsx，可多选）").setInputFiles([
    {
      name: "张三-2026-10-工作日志.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from([80, 75, 9]),
    },
    { name: "坏文件.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from([1, 2]) },
  ]);
  const results = page.getByTestId("collect-results").locator("li");
  await results.first().waitFor();
  expect(await callsOf(page, "collect")).toEqual([
    [
      [
        { name: "张三-2026-10-工作日志.xlsx", size: 3, head: [80, 75] },
        { name: "坏文件.xlsx", size: 2, head: [1, 2] },
      ],
    ],
  ]);
  expect(await results.evaluateAll((els) => els.map((el) => el.getAttribute("data-ok")))).toEqual([
    "true",
    "false",
  ]);
  await eventually(
    () => results.nth(1).textContent(),
    "未导入：坏文件.xlsx不是岗责生成的个人工作日志，未导入"
  );
  await page.getByRole("button", { name: "导出上报" }).click();
  await expect(page.getByTestId("export-result").textContent()).resolves.toContain("已导出");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "惠金河务局办公室-2026-10-月度考核.xlsx" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("惠金河务局办公室-2026-10-月度考核.xlsx");
  await page.close();
});

test("日历: a pasted notice shows its days; a truncated one is refused with its sentence; entering calls enterNotice", async () => {
  const notice = fs.readFileSync(
    path.join(__dirname, "..", "fixtures", "calendar-notices", "2026.txt"),
    "utf8"
  );
  const page = await open();
  await tab(page, "日历");
  const box = page.getByTestId("notice-text");
  // a copy cut in the middle of a sentence: refused, the sentence quoted, nothing to enter
  await box.fill(notice.slice(0, notice.indexOf("10月10日（周六）上班") + 10));
  await page.getByRole("button", { name: "读取通知" }).click();
  await expect(page.getByTestId("notice-refused").textContent()).resolves.toContain(
    "“9月20日(周日)、10月10日(周六)”"
  );
  expect(await page.getByRole("button", { name: "录入日历" }).getAttribute("aria-disabled")).toBe(
    "true"
  );
  // the whole notice: 33 days off, 6 working days, listed
  await box.fill(notice);
  await page.getByRole("button", { name: "读取通知" }).click();
  await expect(page.getByTestId("notice-summary").textContent()).resolves.toContain(
    "2026 年：放假 33 天，调休上班 6 天"
  );
  expect(await page.getByTestId("notice-days").locator("tbody tr").count()).toBe(39);
  await page.getByRole("button", { name: "录入日历" }).click();
  await expect(page.getByTestId("notice-entered").textContent()).resolves.toContain("已把 2027 年");
  expect(await callsOf(page, "enterNotice")).toEqual([[notice.length]]);
  await page.screenshot({
    path: path.join(ARTIFACTS, "e2e-build", "double-日历.png"),
    fullPage: true,
  });
  await page.close();
});

test("progress while an action runs (buttons disabled but focusable), and a failure in Chinese", async () => {
  const page = await open({ fail: { score: "工作表“考核汇总”缺少“得分”列" } });
  await tab(page, "评分");
  await page.evaluate(() =>
    (window as unknown as { __viewsDouble: { close(): void } }).__viewsDouble.close()
  );
  const run = page.getByRole("button", { name: "计算得分" });
  await run.click();
  await eventually(() => page.getByTestId("status").textContent(), "正在执行 score…");
  expect(await run.getAttribute("aria-disabled")).toBe("true");
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("计算得分"); // focus kept
  await page.evaluate(() =>
    (window as unknown as { __viewsDouble: { open(): void } }).__viewsDouble.open()
  );
  await expect(page.getByTestId("error-bar").textContent()).resolves.toContain(
    "工作表“考核汇总”缺少“得分”列"
  );
  expect(await run.getAttribute("aria-disabled")).toBeNull();
  await eventually(() => page.getByTestId("status").textContent(), "就绪");
  await page.close();
});

test("browser mode: the views wait for a workbook, opened through the file input", async () => {
  const page = await open({ mode: "browser" });
  await page.getByTestId("open-workbook").waitFor();
  expect(await page.getByTestId("opened-file").textContent()).toBe("尚未打开工作簿。");
  expect(await callsOf(page, "overview")).toEqual([]); // nothing to read yet
  await tab(page, "检查");
  expect(await page.getByRole("button", { name: "检查", exact: true }).count()).toBe(0);
  const input = page.getByLabel("打开月度考核工作簿（.xlsx）");
  await input.setInputFiles({ name: "说明.txt", mimeType: "text/plain", buffer: Buffer.from("x") });
  // the file is read asynchronously: wait for the outcome rather than read at once
  await page
    .getByTestId("error-bar")
    .filter({ hasText: "“说明.txt”不是 Excel 工作簿（.xlsx）" })
    .waitFor();
  await input.setInputFiles({
    name: "十月.xlsx",
    mimeType: "application/octet-stream",
    buffer: Buffer.from([80, 75, 3]),
  });
  await eventually(() => page.getByTestId("opened-file").textContent(), "已打开：十月.xlsx");
  expect(await callsOf(page, "openFile")).toEqual([
    [{ name: "十月.xlsx", size: 3, head: [80, 75] }],
  ]);
  await page.getByRole("button", { name: "检查", exact: true }).click();
  await eventually(() => page.getByTestId("issue").count(), 4);
  // Nothing is marked in a file and there is no Excel to select a cell in: no marks to clear,
  // and the issues are text, not buttons.
  expect(await page.getByTestId("check-summary").textContent()).toBe("2 个错误，2 个警告。");
  expect(await page.getByRole("button", { name: "清除标记" }).count()).toBe(0);
  expect(await page.getByTestId("issue").evaluateAll((els) => els.map((el) => el.tagName))).toEqual(
    ["DIV", "DIV", "DIV", "DIV"]
  );
  // The opened workbook is shared: the overview now reads it.
  await tab(page, "概览");
  await page.getByTestId("overview").waitFor();
  // 生成 needs no workbook; a month workbook it makes can be opened here at once.
  await tab(page, "生成");
  expect(await page.getByTestId("open-workbook").count()).toBe(0);
  await page.getByLabel("考核月份").fill("2026-10");
  await page.getByRole("button", { name: "月度考核工作簿" }).click();
  await page
    .getByRole("button", { name: "在此打开“惠金河务局办公室-2026-10-月度考核.xlsx”进行检查和评分" })
    .click();
  await eventually(async () => (await callsOf(page, "openFile")).length, 2);
  expect((await callsOf(page, "openFile"))[1]).toEqual([
    {
      name: "惠金河务局办公室-2026-10-月度考核.xlsx",
      size: GENERATED_BYTES.length,
      head: [80, 75],
    },
  ]);
  await tab(page, "检查");
  await eventually(
    () => page.getByTestId("opened-file").textContent(),
    "已打开：惠金河务局办公室-2026-10-月度考核.xlsx"
  );
  await page.close();
});

test("English pane when Office's language is not Chinese", async () => {
  const page = await open({ displayLanguage: "en-US" });
  await page.getByTestId("overview").waitFor();
  await eventually(
    () => page.getByTestId("count-missingLogs").locator('[data-part="label"]').textContent(),
    "Missing logs (person-days)"
  );
  await tab(page, "Overdue");
  await page.getByRole("button", { name: "Refresh the list" }).click();
  await expect(page.getByTestId("task").first().textContent()).resolves.toMatch(/^OverdueT001/);
  await tab(page, "Score");
  await page.getByRole("button", { name: "Compute scores" }).click();
  expect(await page.getByTestId("score-table").locator("thead th").allInnerTexts()).toEqual([
    "Rank",
    "Name",
    "Post",
    "Score",
    "Grade",
    "Reward (CNY)",
  ]);
  expect(await seriousViolations(page)).toEqual([]); // lang="en-US" pane, table and chart shown
  await page.close();
});

test("no serious or critical accessibility violation in any view, with its content shown", async () => {
  const page = await open();
  const found: Record<string, string[]> = {};
  const steps: [string, () => Promise<void>][] = [
    ["概览", () => page.getByTestId("overview").waitFor()],
    [
      "生成",
      async () => {
        await page.getByRole("button", { name: "月度考核工作簿" }).click();
        await page.getByTestId("downloads").waitFor();
      },
    ],
    [
      "检查",
      async () => {
        await page.getByRole("button", { name: "检查", exact: true }).click();
        await page.getByTestId("issues").waitFor();
      },
    ],
    [
      "评分",
      async () => {
        await page.getByRole("button", { name: "计算得分" }).click();
        await page.getByTestId("score-chart").waitFor();
      },
    ],
    [
      "逾期",
      async () => {
        await page.getByRole("button", { name: "刷新逾期清单" }).click();
        await page.getByTestId("tasks").waitFor();
      },
    ],
    [
      "汇总与上报",
      async () => {
        await page.getByRole("button", { name: "导出上报" }).click();
        await page.getByTestId("export-result").waitFor();
      },
    ],
    [
      "日历",
      async () => {
        await page
          .getByTestId("notice-text")
          .fill(
            fs.readFileSync(
              path.join(__dirname, "..", "fixtures", "calendar-notices", "2024.txt"),
              "utf8"
            )
          );
        await page.getByRole("button", { name: "读取通知" }).click();
        await page.getByTestId("notice-days").waitFor();
      },
    ],
  ];
  for (const [name, show] of steps) {
    await tab(page, name);
    await show();
    // axe measures colours as drawn: let Fluent's fades and transitions finish first (a view
    // caught mid-fade once showed a false color-contrast violation)
    await page.waitForFunction(() =>
      document.getAnimations().every((a) => a.playState !== "running")
    );
    found[name] = await seriousViolations(page);
    // for looking at the layout; the named view-<id>.png shots come from the real flow
    await page.screenshot({
      path: path.join(ARTIFACTS, "e2e-build", `double-${name}.png`),
      fullPage: true,
    });
  }
  expect(found).toEqual({
    概览: [],
    生成: [],
    检查: [],
    评分: [],
    逾期: [],
    汇总与上报: [],
    日历: [],
  });
  // browser mode adds the workbook picker
  const browserPage = await open({ mode: "browser" });
  await browserPage.getByTestId("open-workbook").waitFor();
  expect(await seriousViolations(browserPage)).toEqual([]);
  await browserPage.close();
  await page.close();
});
