// The pane's work with the office's own files over the REAL GangzeApp in the production build
// (dist/, its on-demand chunks included): in a plain browser, 年度 from three month workbooks
// generated here gives the rules' annual table and a downloadable 年度考核工作簿; 核验 passes a
// workbook as written and names the cell of a typed-over score; 生成 builds a month from a roster
// file. In Excel (fake host): log workbooks for one chosen person, and 日历 reads a pasted
// notice (the lazily loaded app once lacked it).

import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { checkDataset, withoutErrors } from "../../src/domain/checks";
import { resolveRules } from "../../src/domain/rules";
import { assessYear, monthScoresOf } from "../../src/domain/year";
import { buildMonthWorkbook } from "../../src/workbook/month";
import { readMonthWorkbook } from "../../src/xlsx/readWorkbooks";
import { writeXlsx } from "../../src/xlsx/writer";
import { syntheticMonths } from "../../bench/yearData";
import { BUILD_TIMEOUT_MS, ARTIFACTS, DIST, buildFakeHost, ensureDistBuilt } from "./support/build";
import { launchBrowser, openPage, type Browser } from "./support/browser";
import { serveStatic, type StaticServer } from "./support/server";

let server: StaticServer;
let browser: Browser;
let fakeHost: string;
const WORK = path.join(ARTIFACTS, "e2e-build", "file-flow");
const months = syntheticMonths(4).slice(0, 3);
const files: string[] = [];

beforeAll(async () => {
  ensureDistBuilt();
  fakeHost = await buildFakeHost();
  server = await serveStatic(DIST);
  browser = await launchBrowser("zh-CN");
  fs.mkdirSync(WORK, { recursive: true });
  for (const ds of months) {
    const f = path.join(WORK, `${ds.month}.xlsx`);
    fs.writeFileSync(f, await writeXlsx(buildMonthWorkbook(ds)));
    files.push(f);
  }
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
  await page.getByRole("heading", { level: 2, name }).waitFor();
}

async function outcome(page: Page, testId: string, timeout = 60000): Promise<void> {
  await page.waitForSelector(`[data-testid="${testId}"], [data-testid="error-bar"]`, { timeout });
  const error = page.getByTestId("error-bar");
  if (await error.count()) throw new Error(`the pane reports: ${await error.textContent()}`);
}

test("without Office: 年度 from month files, 核验 of a received workbook, a month from a roster file", async () => {
  const { page } = await openPage(browser.context, {
    baseUrl: server.baseUrl,
    fakeHostScript: null,
  });
  await page.goto(server.baseUrl + "taskpane.html");
  await tab(page, "年度");
  await page
    .getByLabel("同一年各月的月度考核工作簿（.xlsx，可多选）")
    .setInputFiles([files[2], files[0], files[1]]);
  await outcome(page, "year-table");
  const expected = assessYear(
    months.map((ds) => monthScoresOf(withoutErrors(ds, checkDataset(ds)))),
    resolveRules()
  );
  const rows = await page
    .getByTestId("year-row")
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent))
    );
  const byRank = [...expected.people].sort(
    (a, b) => a.rank - b.rank || a.name.localeCompare(b.name, "zh-CN")
  );
  expect(rows.map((r) => [r[0], r[1]?.replace(/\s*⚑$/, ""), r[2], r[3]])).toEqual(
    byRank.map((p) => [String(p.rank), p.name, String(p.score), p.grade])
  );
  expect(await page.getByTestId("year-spark").count()).toBe(expected.people.length);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("year-downloads").getByRole("link").first().click(),
  ]);
  const yearFile = path.join(WORK, "year.xlsx");
  await download.saveAs(yearFile);
  expect(fs.readFileSync(yearFile).subarray(0, 2).toString()).toBe("PK");
  expect(download.suggestedFilename()).toBe(`${months[0].office}-2026-年度考核.xlsx`);

  // 核验: the file as written passes; a typed-over score is named with its cell
  await tab(page, "汇总与上报");
  const verifyInput = page.getByLabel("选择收到的月度考核工作簿（.xlsx）");
  await verifyInput.setInputFiles(files[0]);
  await outcome(page, "verify-result");
  expect(await page.getByTestId("verify-result").getAttribute("data-status")).toBe("equal");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(files[0]);
  const ws = wb.getWorksheet("考核汇总")!;
  let col = 0;
  ws.getRow(1).eachCell((c, i) => void (String(c.value) === "得分" && (col = i)));
  ws.getCell(3, col).value = 99;
  const tampered = path.join(WORK, "改过.xlsx");
  fs.writeFileSync(tampered, Buffer.from(await wb.xlsx.writeBuffer()));
  await verifyInput.setInputFiles(tampered);
  await page
    .locator('[data-testid="verify-result"][data-status="differ"]')
    .waitFor({ timeout: 60000 });
  const first = await page.getByTestId("verify-differences").locator("li").first().innerText();
  expect(first.replace(/\s+/g, " ")).toMatch(
    new RegExp(
      `^考核汇总!${String.fromCharCode(64 + col)}3 公式被改成了数值 存储为 99，按录入应为 `
    )
  );

  // 生成 with a roster file: the month workbook downloaded has those people
  const roster = path.join(WORK, "名单.xlsx");
  const rw = new ExcelJS.Workbook();
  const s = rw.addWorksheet("名单");
  s.addRow(["姓名", "岗位", "起算日期"]);
  s.addRow(["王新", "秘书", "2026-11-09"]);
  s.addRow(["刘晓燕", "秘书", null]);
  fs.writeFileSync(roster, Buffer.from(await rw.xlsx.writeBuffer()));
  await tab(page, "生成");
  await page.getByLabel("考核月份").fill("2026-11");
  await page.getByRole("button", { name: "使用本单位的岗位职责和人员文件" }).click();
  await page.getByLabel("人员名单文件").setInputFiles(roster);
  await page.getByTestId("source-staff-using").waitFor();
  await page.getByRole("button", { name: "月度考核工作簿" }).click();
  await outcome(page, "downloads");
  expect(await page.getByTestId("generate-result").textContent()).toContain(
    "人员取自“名单.xlsx”（2 人）"
  );
  const [monthDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("downloads").getByRole("link").first().click(),
  ]);
  const monthFile = path.join(WORK, "nov.xlsx");
  await monthDownload.saveAs(monthFile);
  const read = await readMonthWorkbook(fs.readFileSync(monthFile), "nov.xlsx");
  expect(read.dataset.staff.map((p) => p.name)).toEqual(["王新", "刘晓燕"]);
  await page.close();
});

test("in Excel: log workbooks for one chosen person; 日历 reads a pasted notice", async () => {
  const { page } = await openPage(browser.context, {
    baseUrl: server.baseUrl,
    fakeHostScript: fakeHost,
    fake: { displayLanguage: "zh-CN" },
  });
  await page.goto(server.baseUrl + "taskpane.html");
  await tab(page, "生成");
  await page.getByLabel("考核月份").fill("2026-10");
  await page.getByRole("button", { name: "月度考核工作簿" }).click();
  await outcome(page, "generate-result");
  await page.getByRole("button", { name: "只为部分人员生成…" }).click();
  await page.getByTestId("people-list").waitFor();
  const names = await page.getByTestId("people-list").locator("li").allInnerTexts();
  expect(names.length).toBe(20);
  const who = names[3].trim();
  await page.getByRole("checkbox", { name: who }).check();
  await page.getByTestId("people-run").click();
  await page.getByText(/已生成 1 份 2026-10 个人工作日志/).waitFor({ timeout: 60000 });
  expect(await page.getByTestId("downloads").getByRole("link").allInnerTexts()).toEqual([
    `2026-10-${who}-个人工作日志.xlsx`,
  ]);

  await tab(page, "日历");
  await page
    .getByTestId("notice-text")
    .fill(
      fs.readFileSync(
        path.join(__dirname, "..", "fixtures", "calendar-notices", "2024.txt"),
        "utf8"
      )
    );
  await page.getByRole("button", { name: "读取通知" }).click();
  await outcome(page, "notice-days");
  expect(await page.getByTestId("notice-days").locator("tbody tr").count()).toBeGreaterThan(10);
  await page.close();
});
