// Task pane figures: first-load JavaScript (gzipped) and first render in headless Chromium.
import fs from "fs";
import path from "path";
import zlib from "zlib";
import { launchBrowser, openPage } from "../tests/e2e/support/browser";
import { DIST, buildFakeHost, ensureDistBuilt } from "../tests/e2e/support/build";
import { serveStatic } from "../tests/e2e/support/server";

/** The scripts taskpane.html loads at start, gzipped (-9) as a server would send them. */
function firstLoadBytes(): { files: string[]; gzip: number } {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const files = [...html.matchAll(/<script[^>]+src=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  const gzip = files.reduce(
    (n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length,
    0
  );
  return { files, gzip };
}

export async function benchPane(): Promise<string[]> {
  ensureDistBuilt();
  const fakeHostScript = await buildFakeHost();
  const server = await serveStatic(DIST);
  const browser = await launchBrowser();
  const times: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const { page } = await openPage(browser.context, { baseUrl: server.baseUrl, fakeHostScript });
      await page.goto(server.baseUrl + "taskpane.html");
      await page.getByRole("tablist").waitFor();
      // ms from navigation start to the moment the tabs are on screen
      times.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  times.sort((a, b) => a - b);
  const load = firstLoadBytes();
  return [
    `first-load JavaScript: ${(load.gzip / 1024).toFixed(0)} KB gzipped (${load.files.join(", ")}; goal < 250 KB)`,
    `first render (tabs on screen, fake Excel host): median ${times[2].toFixed(0)} ms, worst ${times[4].toFixed(0)} ms of 5 (goal < 1000 ms)`,
  ];
}
