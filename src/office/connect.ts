// Picks the host at start-up: Excel when Office.js is loaded and running inside Excel, the browser
// host otherwise (office.js missing, blocked, or the page opened outside Office).

import { createBrowserHost } from "./browserHost";
import { createExcelHost } from "./excelHost";
import type { WorkbookHost } from "./host";
import { displayLanguage } from "./language";

/** How long to wait for Office.onReady before treating the page as a plain browser. */
const OFFICE_READY_TIMEOUT_MS = 5000;

export async function connectHost(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<WorkbookHost> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return createBrowserHost(displayLanguage());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const info = await Promise.race([
    office.onReady(),
    new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  if (info && info.host === office.HostType.Excel) return createExcelHost(displayLanguage());
  return createBrowserHost(displayLanguage());
}
