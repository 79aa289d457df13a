// The scripted views page (viewsPage.tsx over doubleApp.ts) opened in a browser tab, and what the
// views asked of the scripted app: shared by views, paneLook and fileViews tests.

import type { BrowserContext, Page } from "playwright-core";
import { VIEWS_PAGE_HTML } from "./build";
import { openPage } from "./browser";
import type { DoubleConfig, RecordedCall } from "./doubleApp";

/**
 * Opens views.html from `baseUrl` with the built views `script` and the double's `config`; with
 * `width`, at that viewport width. Resolves once the tab list is there.
 */
export async function openViews(
  context: BrowserContext,
  baseUrl: string,
  script: string,
  config: DoubleConfig = {},
  width?: number
): Promise<Page> {
  const { page } = await openPage(context, { baseUrl, fakeHostScript: null });
  if (width !== undefined) await page.setViewportSize({ width, height: 900 });
  await page.addInitScript((c) => {
    (window as unknown as Record<string, unknown>).__GANGZE_VIEWS__ = c;
  }, config);
  // Registered after openPage's catch-all, so these answer first.
  await page.route(baseUrl + "views.html", (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: VIEWS_PAGE_HTML })
  );
  await page.route(baseUrl + "views.js", (route) =>
    route.fulfill({ status: 200, contentType: "application/javascript", body: script })
  );
  await page.goto(baseUrl + "views.html");
  await page.getByRole("tablist").waitFor();
  return page;
}

/** Every call the views made to the scripted app, in order. */
export function recordedCalls(page: Page): Promise<RecordedCall[]> {
  return page.evaluate(
    () => (window as unknown as { __viewsDouble: { calls: RecordedCall[] } }).__viewsDouble.calls
  );
}

/** The arguments of each call of `method`. */
export async function callsOf(page: Page, method: string): Promise<unknown[][]> {
  return (await recordedCalls(page)).filter((c) => c.method === method).map((c) => c.args);
}
