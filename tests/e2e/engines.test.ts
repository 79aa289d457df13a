// The pages in old engines, simulated in headless Chromium:
// - Internet Explorer 11 (Office 2019 volume-licensed): document.documentMode is set and the
//   ES2017 bundles are withheld (IE cannot parse them): the pane and each ribbon button must say
//   in Chinese what the office needs, and the button must complete.
// - EdgeHTML 18 (Office 2019 retail without WebView2): the built-ins Edge 18 lacks are removed
//   before any script runs; the pane must still start and run an action (the polyfills are there).

import fs from "fs";
import path from "path";
import type { Page, Route } from "playwright-core";
import { BUILD_TIMEOUT_MS, ARTIFACTS, DIST, ensureDistBuilt } from "./support/build";
import { removeWhatEdge18Lacks } from "./support/edge18";
import { launchBrowser, openPage, OFFICE_JS, type Browser } from "./support/browser";
import { serveStatic, type StaticServer } from "./support/server";

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  ensureDistBuilt();
  server = await serveStatic(DIST);
  browser = await launchBrowser("zh-CN");
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A stand-in office.js for IE: records dialogs and associations, never calls back initialize. */
const IE_OFFICE = `
window.__dialogs = []; window.__associated = [];
window.Office = {
  EventType: { DialogMessageReceived: "m", DialogEventReceived: "e" },
  context: {
    displayLanguage: "zh-CN",
    ui: {
      displayDialogAsync: function (url, options, callback) {
        window.__dialogs.push(url);
        var handlers = {};
        callback({ status: "succeeded", value: {
          addEventHandler: function (type, fn) { handlers[type] = fn; },
          close: function () {},
          fire: function () { handlers.m && handlers.m({ message: "close" }); }
        } });
        window.__lastDialogHandlers = handlers;
      },
      messageParent: function () {}
    }
  },
  actions: { associate: function (name) { window.__associated.push(name); } }
};`;

async function openAsIE(path_: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(Document.prototype, "documentMode", { get: () => 11 });
  });
  await page.route("**/*", async (route: Route) => {
    const url = route.request().url();
    if (OFFICE_JS.test(url)) {
      await route.fulfill({ status: 200, contentType: "application/javascript", body: IE_OFFICE });
    } else if (url.startsWith(server.baseUrl) && !url.endsWith(".js")) {
      await route.continue();
    } else {
      // the ES2017 bundles: IE 11 fails to parse them, as if they were not there
      await route.abort();
    }
  });
  await page.goto(server.baseUrl + path_);
  return page;
}

test("IE 11: the pane says what the office needs instead of staying blank", async () => {
  const page = await openAsIE("taskpane.html");
  const alert = page.getByRole("alert");
  await alert.waitFor();
  const text = (await alert.textContent()) ?? "";
  expect(text).toContain("岗责无法在此版本的 Office 中运行");
  expect(text).toMatch(/Microsoft 365.*Office 2021.*Office 2019 零售版.*WebView2/);
  await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-ie11.png") });
  await page.close();
});

test("IE 11: each ribbon button opens the message as a dialog and completes", async () => {
  const page = await openAsIE("commands.html");
  // Office calls initialize once it has loaded; the guard then associates both functions
  await page.evaluate(() =>
    (window as unknown as { Office: { initialize(): void } }).Office.initialize()
  );
  expect(
    await page.evaluate(() => (window as unknown as { __associated: string[] }).__associated)
  ).toEqual(["runCheck", "runScore"]);
  for (const name of ["runCheck", "runScore"]) {
    const outcome = await page.evaluate((fn) => {
      const w = window as unknown as Record<string, unknown> & {
        __dialogs: string[];
        __lastDialogHandlers: Record<string, () => void>;
      };
      let completed = 0;
      (w[fn] as (e: { completed(): void }) => void)({ completed: () => (completed += 1) });
      const before = completed;
      w.__lastDialogHandlers.m();
      return { dialogs: w.__dialogs.slice(), before, after: completed };
    }, name);
    expect(outcome.dialogs.at(-1)).toBe(server.baseUrl + "commands.html?gangze-unsupported=1");
    // completed when the dialog is closed, exactly once
    expect([outcome.before, outcome.after]).toEqual([0, 1]);
  }
  await page.close();
  const dialog = await openAsIE("commands.html?gangze-unsupported=1");
  await dialog.getByRole("alert").waitFor();
  expect(await dialog.getByRole("alert").textContent()).toContain("WebView2");
  expect(await dialog.getByRole("button", { name: "关闭" }).count()).toBe(1);
  await dialog.close();
});

test("EdgeHTML 18: without the built-ins it lacks, the pane starts and runs an action", async () => {
  // browser mode: the fake Excel host is test code (not compiled for Edge 18), so it stays out;
  // generating still runs the app, the workbook layer and ExcelJS from their on-demand chunks
  const { page } = await openPage(browser.context, {
    baseUrl: server.baseUrl,
    fakeHostScript: null,
  });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(removeWhatEdge18Lacks);
  await page.goto(server.baseUrl + "taskpane.html");
  await page.getByRole("tablist").waitFor();
  expect(await page.evaluate(() => typeof Object.fromEntries)).toBe("function"); // polyfilled
  expect(
    await page.evaluate(
      () => (window as unknown as { __gangzeEngineTooOld: boolean }).__gangzeEngineTooOld
    )
  ).toBe(false);
  // 生成: builds a month workbook through the on-demand chunks (app, workbook layer, ExcelJS)
  await page.getByRole("tab", { name: "生成" }).click();
  await page.getByLabel("考核月份").fill("2026-10");
  await page.getByRole("button", { name: "月度考核工作簿" }).click();
  await page.getByTestId("downloads").or(page.getByTestId("error-bar")).first().waitFor();
  expect(await page.getByTestId("generate-result").textContent()).toMatch(/2026-10/);
  expect(await page.getByTestId("downloads").getByRole("link").count()).toBe(1);
  // the polyfills the page installed, and the ResizeObserver stand-in reports a size change
  expect(
    await page.evaluate(
      () => (window as unknown as { __gangzePolyfilled: string[] }).__gangzePolyfilled
    )
  ).toEqual(["WeakRef", "ResizeObserver", "DOMRect", "Event.prototype.composedPath"]);
  const widths = await page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const box = document.createElement("div");
        box.style.width = "120px";
        box.style.height = "10px";
        document.body.appendChild(box);
        const seen: number[] = [];
        new ResizeObserver((entries) => {
          seen.push(entries[0].borderBoxSize[0].inlineSize);
          if (seen.length === 1) box.style.width = "200px";
          else resolve(seen);
        }).observe(box);
      })
  );
  expect(widths).toEqual([120, 200]);
  // the generated workbook read back from its file (FileReader, ExcelJS without TextDecoder),
  // then scored: the ranking table and its chart at 320 px
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("downloads").getByRole("link").first().click(),
  ]);
  const monthFile = path.join(ARTIFACTS, "edge18-" + download.suggestedFilename());
  await download.saveAs(monthFile);
  await page.getByRole("tab", { name: "检查" }).click();
  await page.getByLabel("打开月度考核工作簿（.xlsx）").setInputFiles(monthFile);
  await page.getByText("已打开：").waitFor({ timeout: 60000 });
  await page.getByRole("tab", { name: "评分" }).click();
  await page.getByRole("button", { name: "计算得分" }).click();
  await page.getByTestId("score-table").or(page.getByTestId("error-bar")).first().waitFor();
  expect(await page.getByTestId("score-table").locator("tbody tr").count()).toBe(20);
  await page.setViewportSize({ width: 320, height: 700 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(ARTIFACTS, "edge18-score.png"), fullPage: true });
  // keyboard and focus go through tabster (WeakRef, composedPath): along the tabs with the keys
  await page.getByRole("tab", { name: "评分" }).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowLeft");
  expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("评分");
  await page.keyboard.press("Tab");
  expect(errors).toEqual([]);
  await page.close();
});
