// The task pane's <App> over the scripted GangzeApp (doubleApp.ts), for the views' browser tests.
// Options come from `window.__GANGZE_VIEWS__`; the double is exposed as `window.__viewsDouble`.

import { createRoot } from "react-dom/client";
import { webLightTheme } from "@fluentui/react-components";
import { localeFor } from "../../../src/i18n";
import type { WorkbookHost } from "../../../src/office/host";
import { App } from "../../../src/taskpane/App";
import { createDoubleApp, type DoubleConfig } from "./doubleApp";

const win = window as unknown as Record<string, unknown>;
const config = (win.__GANGZE_VIEWS__ as DoubleConfig | undefined) ?? {};
const double = createDoubleApp(config);
win.__viewsDouble = double;

const host: WorkbookHost = {
  kind: config.mode ?? "excel",
  displayLanguage: config.displayLanguage ?? "zh-CN",
  supportsExcelApi: () => false,
  listSheets: async () => [],
  selectRange: async () => undefined,
};
const locale = localeFor(host.displayLanguage);
document.documentElement.lang = locale;
createRoot(document.getElementById("container") as HTMLElement).render(
  <App
    host={host}
    locale={locale}
    theme={webLightTheme}
    loadApp={() => Promise.resolve(double.app)}
  />
);
