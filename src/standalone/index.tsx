// Entry of dist/gangze.html, the single-file app a director opens from disk (e-mail, USB stick):
// the task pane over the browser host, with no office.js and no network. Everything the pane
// loads on demand elsewhere (the app, ExcelJS) is in the same file (see webpack.config.js).

import { createRoot } from "react-dom/client";
import { localeFor } from "../i18n";
import { createBrowserHost } from "../office/browserHost";
import { App } from "../taskpane/App";
import { loadApp } from "../taskpane/loadApp";
import { themeFor } from "../taskpane/theme";

function start(): void {
  const host = createBrowserHost(navigator.language || "zh-CN");
  const locale = localeFor(host.displayLanguage);
  document.documentElement.lang = locale;
  document.title = locale === "zh-CN" ? "岗责（单机版）" : "Gangze (stand-alone)";
  const container = document.getElementById("container");
  if (!container) throw new Error("gangze.html has no #container");
  createRoot(container).render(
    <App host={host} locale={locale} theme={themeFor(undefined)} loadApp={() => loadApp(host)} />
  );
}

start();
