// The whole add-in over the REAL GangzeApp (src/app) and the fake Excel host, as a director would
// use it in October 2026: generate the month workbook into an empty workbook, type entries into
// the grid, check (choose an issue → Excel selects its cell), score, overdue, collect a clerk's
// log, export. Then the same page without Office: download the generated workbook, open it
// through the file input, check and score it. Screenshots: test-artifacts/view-<id>.png.
//
// Today is the machine's date (late November 2026 when written), so October's 基准日 is its last
// day, 2026-10-31 (a month already over is scored to its end).

import fs from "fs";
import path from "path";
import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import type { Download, Page } from "playwright-core";
import { HEADERS, MONTH_SHEETS } from "../../src/workbook/sheets";
import { BUILD_TIMEOUT_MS, ARTIFACTS, DIST, buildFakeHost, ensureDistBuilt } from "./support/build";
import { launchBrowser, openPage, type Browser } from "./support/browser";
import { serveStatic, type StaticServer } from "./support/server";

let server: StaticServer;
let browser: Browser;
let fakeHost: string;
const WORK = path.join(ARTIFACTS, "e2e-build", "flow");

beforeAll(async () => {
  ensureDistBuilt();
  fakeHost = await buildFakeHost();
  server = await serveStatic(DIST);
  browser = await launchBrowser("zh-CN");
  fs.mkdirSync(WORK, { recursive: true });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Excel's serial number of a date (days since 1899-12-30), as a date typed into a cell is stored. */
function serial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
}

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
  await page.getByRole("heading", { level: 2, name }).waitFor();
}

/** Waits for the action's outcome: the given element, or the error bar (whose text then fails the test). */
async function outcome(page: Page, testId: string, timeout = 60000): Promise<void> {
  await page.waitForSelector(`[data-testid="${testId}"], [data-testid="error-bar"]`, { timeout });
  const error = page.getByTestId("error-bar");
  if (await error.count()) throw new Error(`the pane reports: ${await error.textContent()}`);
}

async function noSeriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical" || v.id === "region")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function shoot(page: Page, id: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `view-${id}.png`), fullPage: true });
}

async function save(download: Download, name: string): Promise<string> {
  const file = path.join(WORK, name);
  await download.saveAs(file);
  return file;
}

interface FakeGridView {
  sheets: string[];
  /** row 1 of the sheet asked for, up to its first empty cell */
  headers: unknown[];
  selection: string | null;
  createdWorkbooks: number;
}

/** What the fake Excel's grid holds now (sheet names, headers, selection, created workbooks). */
async function grid(page: Page, headerSheet = MONTH_SHEETS.tasks): Promise<FakeGridView> {
  return page.evaluate((sheetName) => {
    type Cell = { value?: unknown };
    type Sheet = { name: string; cells: Map<string, Cell> };
    const g = (
      window as unknown as {
        __gangzeFake: {
          grid: {
            sheets: Sheet[];
            selection: { sheet: Sheet; area: { row: number; column: number } } | null;
            createdWorkbooks: string[];
          };
        };
      }
    ).__gangzeFake.grid;
    const sheet = g.sheets.find((s) => s.name === sheetName);
    const headers: unknown[] = [];
    for (let c = 0; sheet && sheet.cells.get(`0,${c}`)?.value !== undefined; c++) {
      headers.push(sheet.cells.get(`0,${c}`)?.value);
    }
    const sel = g.selection;
    const letters = (n: number) => {
      let s = "";
      for (n += 1; n > 0; n = Math.floor((n - 1) / 26))
        s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      return s;
    };
    return {
      sheets: g.sheets.map((s) => s.name),
      headers,
      selection: sel ? `${sel.sheet.name}!${letters(sel.area.column)}${sel.area.row + 1}` : null,
      createdWorkbooks: g.createdWorkbooks.length,
    };
  }, headerSheet);
}

/** Types values into a sheet as a person would (through Excel's API: protection applies). */
async function typeInto(
  page: Page,
  sheet: string,
  address: string,
  values: (string | number | null)[][]
) {
  await page.evaluate(
    async ({ sheet, address, values }) => {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(address).values =
          values as unknown as string[][];
        await context.sync();
      });
    },
    { sheet, address, values }
  );
}

test("in Excel: generate → type entries → check → score → overdue → collect → export", async () => {
  const started = Date.now();
  const { page, blocked } = await openPage(browser.context, {
    baseUrl: server.baseUrl,
    fakeHostScript: fakeHost,
    fake: { displayLanguage: "zh-CN" }, // a new workbook: one empty Sheet1
  });
  await page.goto(server.baseUrl + "taskpane.html");
  // A blank workbook: the overview says how to start, not an error.
  await expect(page.getByTestId("overview-notice").textContent()).resolves.toContain("生成");

  // 生成: the month workbook for 2026-10, into the open (fake) workbook.
  await tab(page, "生成");
  await page.getByLabel("考核月份").fill("2026-10");
  await page.getByRole("button", { name: "月度考核工作簿" }).click();
  await outcome(page, "generate-result");
  await expect(page.getByTestId("generate-result").textContent()).resolves.toMatch(
    /^已生成 2026-10 月度考核工作簿（\d+ 张工作表，20 人，基准日 2026-10-31）/
  );
  const afterGenerate = await grid(page);
  for (const sheet of Object.values(MONTH_SHEETS)) expect(afterGenerate.sheets).toContain(sheet);
  expect(afterGenerate.sheets).not.toContain("Sheet1"); // the empty default sheet is replaced
  expect(afterGenerate.headers.slice(0, HEADERS.tasks.length)).toEqual([...HEADERS.tasks]);
  await shoot(page, "generate");
  expect(await noSeriousViolations(page)).toEqual([]);

  // Entries, typed into the unlocked input cells. Dates as Excel stores typed dates (serials).
  // 交办事项 (A 编号, B 来源, C 事项, D 职责编码, E 责任人, F 交办日期, G 时限, H 到期日, I 完成日期, J 回报日期):
  //   T001 刘晓燕 due 10-16, open          → 逾期未完成, wd(10-16, 10-31) = 10 (10/19–23, 10/26–30)
  //   T002 郑浩然 due 10-20, done 10-22    → 逾期完成, 2 working days (10/21, 10/22)
  //   T003 王慧敏 due 10-15, done 10-14    → 按时完成
  //   T004 王慧敏 done “10月32日”          → error: not a date (row not scored)
  //   T005 刘晓燕 due 11-02, open          → 临期: wd(10-31, 11-02) = 1 ≤ 2
  const d = serial;
  await typeInto(page, MONTH_SHEETS.tasks, "A2:J6", [
    [
      "T001",
      "领导交办",
      "报送三季度工作总结",
      "MS-01",
      "刘晓燕",
      d("2026-10-09"),
      null,
      d("2026-10-16"),
      null,
      null,
    ],
    [
      "T002",
      "领导交办",
      "会议纪要印发",
      "MS-02",
      "郑浩然",
      d("2026-10-12"),
      null,
      d("2026-10-20"),
      d("2026-10-22"),
      d("2026-10-22"),
    ],
    [
      "T003",
      "领导交办",
      "整理九月档案",
      "DA-01",
      "王慧敏",
      d("2026-10-12"),
      null,
      d("2026-10-15"),
      d("2026-10-14"),
      d("2026-10-14"),
    ],
    [
      "T004",
      "领导交办",
      "档案移交清册",
      "DA-02",
      "王慧敏",
      d("2026-10-12"),
      null,
      d("2026-10-20"),
      "10月32日",
      null,
    ],
    [
      "T005",
      "领导交办",
      "起草年终总结提纲",
      "MS-03",
      "刘晓燕",
      d("2026-10-26"),
      null,
      d("2026-11-02"),
      null,
      null,
    ],
  ]);
  // 工作日志: a name that is not on the roster.
  await typeInto(page, MONTH_SHEETS.logs, "A2:D2", [
    [d("2026-10-12"), "张叁", "MS-01", "起草通知"],
  ]);

  // 概览 counts (read again with 刷新): 1 overdue, 1 due soon, 2 entry errors at least.
  await tab(page, "概览");
  await page.getByRole("button", { name: "刷新" }).click();
  await outcome(page, "overview");
  const count = async (id: string) =>
    Number(await page.getByTestId(`count-${id}`).locator('[data-part="value"]').textContent());
  expect([await count("overdue"), await count("dueSoon")]).toEqual([1, 1]);
  expect(await count("errors")).toBeGreaterThanOrEqual(2);
  await shoot(page, "overview");
  expect(await noSeriousViolations(page)).toEqual([]);

  // 检查: errors first; choosing the bad completion date selects 交办事项!I5 in Excel.
  await tab(page, "检查");
  await page.getByRole("button", { name: "检查", exact: true }).click();
  await outcome(page, "check-summary");
  const issues = page.getByTestId("issue");
  // Every person lacks logs: one line per person with the dates, not one warning per day.
  expect(await page.getByTestId("missing-log-person").count()).toBeGreaterThanOrEqual(19);
  expect(await page.getByTestId("missing-log-person").first().textContent()).toMatch(
    /缺 \d+ 个工作日/
  );
  const texts = await issues.allInnerTexts();
  const firstWarning = texts.findIndex((t) => t.startsWith("警告"));
  expect(
    texts
      .slice(0, firstWarning === -1 ? texts.length : firstWarning)
      .every((t) => t.startsWith("错误"))
  ).toBe(true);
  // (the missing logs are their own list: other warnings may be none)
  const warnings = firstWarning === -1 ? [] : texts.slice(firstWarning);
  expect(warnings.every((t) => t.startsWith("警告"))).toBe(true);
  const badDate = issues.filter({ hasText: "交办事项!I5" }).first();
  expect(await badDate.textContent()).toContain("错误");
  await badDate.click();
  for (let i = 0; i < 50 && (await grid(page)).selection !== "交办事项!I5"; i++)
    await page.waitForTimeout(50);
  expect((await grid(page)).selection).toBe("交办事项!I5");
  // The unknown person, with the keyboard.
  const unknown = issues.filter({ hasText: "工作日志!B2" }).first();
  expect(await unknown.textContent()).toContain("张叁");
  await unknown.focus();
  await page.keyboard.press("Enter");
  for (let i = 0; i < 50 && (await grid(page)).selection !== "工作日志!B2"; i++)
    await page.waitForTimeout(50);
  expect((await grid(page)).selection).toBe("工作日志!B2");
  // the picture shows the errors (the warnings are hundreds of missing-log days)
  await page.getByRole("radio", { name: /^错误 \d+$/ }).check();
  expect(await issues.count()).toBeGreaterThanOrEqual(2);
  await shoot(page, "check");
  expect(await noSeriousViolations(page)).toEqual([]);

  // 评分: every person, ranked. Each of the 20 has no log on the 18 working days of October
  // (10/8, 10/9, Sat 10/10 调休上班, then 15 weekdays): 18 × 1 = 18 → 82 (良好), except
  // 韩立新, counted from 10-19 (staff.json): 10 days, 10 points → 90 (优秀). 郑浩然 also loses
  // 1 + 0.5 × 2 = 2 → 80 (良好); 刘晓燕 2 + 0.5 × 10 = 7 (under MS-01's 12 points) → 75 (合格).
  // Ranks: 1 (韩立新), 2 for the 17 at 82 (a shared rank), then 19 and 20.
  await tab(page, "评分");
  await page.getByRole("button", { name: "计算得分" }).click();
  await outcome(page, "score-table");
  const rows = await page
    .getByTestId("score-table")
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent))
    );
  expect(rows).toHaveLength(20);
  expect(rows[0]).toEqual(["1", "韩立新", "通讯员", "90", "优秀", "+300"]);
  expect(
    rows
      .slice(1, 18)
      .filter((r) => r[0] === "2" && r[3] === "82" && r[4] === "良好" && r[5] === "+100")
  ).toHaveLength(17);
  expect(rows.slice(18)).toEqual([
    ["19", "郑浩然", "秘书", "80", "良好", "+100"],
    ["20", "刘晓燕", "秘书", "75", "合格", "0"],
  ]);
  // five weeks: 10/1–4, 10/5–11, 10/12–18, 10/19–25, 10/26–31
  expect(await page.getByTestId("weekly-table").locator("thead th").count()).toBe(6);
  expect(await page.getByTestId("score-chart").getAttribute("aria-label")).toContain(
    "刘晓燕 75 分"
  );
  await shoot(page, "score");
  expect(await noSeriousViolations(page)).toEqual([]);

  // 逾期: red first; choosing T001 selects its row in 交办事项.
  await tab(page, "逾期");
  await page.getByRole("button", { name: "刷新逾期清单" }).click();
  await outcome(page, "tasks");
  const tasks = page.getByTestId("task");
  const statuses = await tasks.evaluateAll((els) =>
    els.map((el) => [el.textContent, el.getAttribute("data-status")])
  );
  expect(statuses[0]).toEqual([expect.stringContaining("T001逾期 10 个工作日"), "逾期未完成"]);
  const statusOf = (id: string) => statuses.find(([text]) => text?.includes(id))?.[1];
  // app.overdue() lists 逾期未完成, 临期 and 逾期完成 (src/app/logic.ts): T003, on time, is not listed
  expect([statusOf("T002"), statusOf("T005"), statusOf("T003")]).toEqual([
    "逾期完成",
    "临期",
    undefined,
  ]);
  expect(await tasks.first().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
    "rgb(255, 199, 206)"
  );
  await tasks.first().click();
  for (let i = 0; i < 50 && !(await grid(page)).selection?.endsWith("2"); i++)
    await page.waitForTimeout(50);
  expect((await grid(page)).selection).toMatch(/^交办事项![A-Z]+2$/);
  await shoot(page, "overdue");
  expect(await noSeriousViolations(page)).toEqual([]);

  // 汇总与上报: hand out 刘晓燕's log workbook, let her fill two days, import it back.
  await tab(page, "生成");
  await page.getByRole("button", { name: "个人工作日志" }).click();
  await outcome(page, "downloads");
  const [clerkDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "2026-10-刘晓燕-个人工作日志.xlsx" }).click(),
  ]);
  const clerkFile = await save(clerkDownload, "2026-10-刘晓燕-个人工作日志.xlsx");
  const clerk = new ExcelJS.Workbook();
  await clerk.xlsx.readFile(clerkFile);
  const logs = clerk.getWorksheet("工作日志");
  if (!logs) throw new Error("the clerk workbook has no 工作日志 sheet");
  const header = (logs.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
  const col = (name: string) => header.indexOf(name);
  for (const [r, date] of [
    [2, "2026-10-08"],
    [3, "2026-10-09"],
  ] as const) {
    const row = logs.getRow(r);
    row.getCell(col("日期")).value = new Date(`${date}T00:00:00Z`);
    row.getCell(col("姓名")).value = "刘晓燕";
    row.getCell(col("职责编码")).value = "MS-01";
    row.getCell(col("工作内容")).value = "起草文件";
    row.getCell(col("完成情况")).value = "完成"; // a value of its dropdown
  }
  const filled = path.join(WORK, "刘晓燕-已填.xlsx");
  await clerk.xlsx.writeFile(filled);

  // T004 still holds “10月32日”: importing keeps that text (nothing typed is lost) for 检查 to report.
  await tab(page, "汇总与上报");
  await page.getByLabel("选择各人交回的工作簿（.xlsx，可多选）").setInputFiles([
    {
      name: "2026-10-刘晓燕-个人工作日志.xlsx",
      mimeType: "application/octet-stream",
      buffer: fs.readFileSync(filled),
    },
    {
      name: "不是工作簿.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("not a zip"),
    },
  ]);
  await outcome(page, "collect-results");
  const results = page.getByTestId("collect-results").locator("li");
  expect(await results.evaluateAll((els) => els.map((el) => el.getAttribute("data-ok")))).toEqual([
    "true",
    "false",
  ]);
  expect(await results.first().textContent()).toMatch(/刘晓燕.*日志/);
  // the workbook was rewritten with the merged entries, and T004's typed text is still there
  const t004 = await page.evaluate((sheetName) => {
    const g = (
      window as unknown as {
        __gangzeFake: {
          grid: { sheets: { name: string; cells: Map<string, { value?: unknown }> }[] };
        };
      }
    ).__gangzeFake.grid;
    return g.sheets.find((x) => x.name === sheetName)?.cells.get("4,8")?.value;
  }, MONTH_SHEETS.tasks);
  expect(t004).toBe("10月32日");
  await page.getByRole("button", { name: "导出上报" }).click();
  await outcome(page, "export-result");
  expect(await page.getByTestId("export-result").textContent()).toContain("基准日 2026-10-31");
  // Excel opened the exported workbook in a new window (Excel.createWorkbook), and offers the file.
  expect((await grid(page)).createdWorkbooks).toBe(1);
  const [exportDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("export-downloads").getByRole("link").first().click(),
  ]);
  const exported = fs.readFileSync(await save(exportDownload, "export.xlsx"));
  expect(exported.subarray(0, 2).toString()).toBe("PK"); // a zip: an .xlsx
  await shoot(page, "collect");
  expect(await noSeriousViolations(page)).toEqual([]);

  // the two log days now count: 刘晓燕 has 16 missing days (16 points) instead of 18, and her
  // task's 7 points: 100 − 16 − 7 → 77
  await tab(page, "评分");
  await page.getByRole("button", { name: "计算得分" }).click();
  await outcome(page, "score-table");
  const liu = page.getByTestId("score-table").locator("tbody tr", { hasText: "刘晓燕" });
  expect(await liu.locator("td").nth(3).textContent()).toBe("77");

  expect(blocked).toEqual([]);
  console.log(`Excel flow: ${Date.now() - started} ms`);
  await page.close();
});

test("without Office: generate a month workbook, open the file, check and score it", async () => {
  const started = Date.now();
  const { page } = await openPage(browser.context, {
    baseUrl: server.baseUrl,
    fakeHostScript: null,
  });
  await page.goto(server.baseUrl + "taskpane.html");
  await expect(page.getByTestId("host-line").textContent()).resolves.toMatch(/^浏览器模式/);

  await tab(page, "生成");
  await page.getByLabel("考核月份").fill("2026-10");
  await page.getByRole("button", { name: "月度考核工作簿" }).click();
  await outcome(page, "downloads");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("downloads").getByRole("link").first().click(),
  ]);
  const file = await save(download, download.suggestedFilename());
  expect(path.basename(file)).toMatch(/2026-10.*\.xlsx$/);
  await shoot(page, "browser-generate");

  await tab(page, "检查");
  await page.getByLabel("打开月度考核工作簿（.xlsx）").setInputFiles(file);
  await page.getByText(`已打开：${path.basename(file)}`).waitFor({ timeout: 30000 });
  await page.getByRole("button", { name: "检查", exact: true }).click();
  await outcome(page, "check-summary");
  // nothing typed yet: no errors, only warnings (the missing logs)
  expect(await page.getByTestId("check-summary").textContent()).toMatch(
    /^0 个错误，[1-9]\d* 个警告/
  );

  // 评分: 20 people, each missing 18 log days: 100 − 18 = 82, tied at rank 2 behind 韩立新, counted
  // from 10-19: 10 days → 90.
  await tab(page, "评分");
  await page.getByRole("button", { name: "计算得分" }).click();
  await outcome(page, "score-table");
  const rows = await page
    .getByTestId("score-table")
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent))
    );
  expect(rows).toHaveLength(20);
  expect(rows[0]).toEqual(["1", "韩立新", "通讯员", "90", "优秀", "+300"]);
  expect(rows.slice(1).every((r) => r[0] === "2" && r[3] === "82" && r[4] === "良好")).toBe(true);
  await shoot(page, "browser-score");
  expect(await noSeriousViolations(page)).toEqual([]);
  console.log(`browser flow: ${Date.now() - started} ms`);
  await page.close();
});
