// Headless Chromium for the add-in pages. office.js is never fetched: it is replaced by the fake
// Excel host bundle (an Excel session), or aborted (a plain browser). Every other request that is
// not to the local server is aborted too, so the tests are offline.

import fs from "fs";
import os from "os";
import path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { FakeOfficeOptions } from "../../fakeExcel/office";

export const CHROMIUM = process.env.GANGZE_CHROMIUM ?? "/usr/bin/chromium";

const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export const OFFICE_JS = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js$/;

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(locale = "zh-CN"): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "gangze-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    locale,
    viewport: { width: 360, height: 720 },
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface PageOptions {
  baseUrl: string;
  /** the fake host's script, or null for a plain browser (office.js aborted) */
  fakeHostScript: string | null;
  fake?: FakeOfficeOptions;
}

/** Opens a page with office.js replaced (or aborted) and all foreign requests blocked. */
export async function openPage(
  context: BrowserContext,
  options: PageOptions
): Promise<{ page: Page; blocked: string[] }> {
  const page = await context.newPage();
  const blocked: string[] = [];
  if (options.fake) {
    await page.addInitScript((config) => {
      (window as unknown as Record<string, unknown>).__GANGZE_FAKE_EXCEL__ = config;
    }, options.fake);
  }
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (OFFICE_JS.test(url) && options.fakeHostScript !== null) {
      await route.fulfill({
        status: 200,
        contentType: "application/javascript",
        body: options.fakeHostScript,
      });
    } else if (url.startsWith(options.baseUrl)) {
      await route.continue();
    } else {
      blocked.push(url);
      await route.abort();
    }
  });
  return { page, blocked };
}
