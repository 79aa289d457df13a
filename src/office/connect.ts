// Picks the host at start-up: Excel when Office.js is loaded and running inside Excel, the browser
// host otherwise (office.js missing, blocked, or the page opened outside Office).
//
// Inside Office, Office.onReady can take long (office.js and the host handshake over a slow
// connection, common in county offices), and giving up after a few seconds would show the browser
// screens inside Excel. So the page first looks for the signs Office leaves on a page it hosts —
// the `_host_Info` parameter Office adds to the add-in's URL (kept by office.js in sessionStorage
// as `hostInfoValue` across reloads), the desktop host objects (`window.external.GetContext` on
// Windows, the `Agave` message handler on Mac) — and with them waits for Office.onReady as long
// as it takes. Only a page without any sign gives up after the timeout (a plain browser's
// office.js answers at once anyway).

import { createBrowserHost } from "./browserHost";
import { createExcelHost } from "./excelHost";
import type { WorkbookHost } from "./host";
import { displayLanguage } from "./language";

/** How long a page that shows no sign of Office waits for Office.onReady. */
const OFFICE_READY_TIMEOUT_MS = 5000;

/** The parts of `window` the signs are read from (tests pass their own). */
export interface PageSigns {
  location?: { search?: string; hash?: string };
  sessionStorage?: { getItem(key: string): string | null };
  external?: unknown;
  webkit?: { messageHandlers?: Record<string, unknown> };
}

/** Whether the page shows a sign of being hosted by Office (desktop, Mac or the web). */
export function hostedByOffice(page: PageSigns = globalThis as PageSigns): boolean {
  const url = `${page.location?.search ?? ""}${page.location?.hash ?? ""}`;
  if (/[?&#]_host_Info=/i.test(url)) return true;
  try {
    if (page.sessionStorage?.getItem("hostInfoValue")) return true;
  } catch {
    // storage blocked: no sign from there
  }
  const external = page.external as { GetContext?: unknown } | undefined;
  try {
    // IE/EdgeHTML in Office for Windows expose GetContext ("unknown" typeof in IE)
    if (external && typeof external.GetContext !== "undefined") return true;
  } catch {
    // some hosts throw on touching window.external
  }
  return Boolean(page.webkit?.messageHandlers?.Agave);
}

export async function connectHost(
  timeoutMs = OFFICE_READY_TIMEOUT_MS,
  page?: PageSigns
): Promise<WorkbookHost> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return createBrowserHost(displayLanguage());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ready = office.onReady();
  const info = hostedByOffice(page)
    ? await ready
    : await Promise.race([
        ready,
        new Promise<null>((resolve) => {
          timer = setTimeout(() => resolve(null), timeoutMs);
        }),
      ]);
  clearTimeout(timer);
  if (info && info.host === office.HostType.Excel) return createExcelHost(displayLanguage());
  return createBrowserHost(displayLanguage());
}
