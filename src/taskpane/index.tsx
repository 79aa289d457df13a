// Task pane entry: connect to Excel (or fall back to the browser host), pick the language, render.

import { createRoot } from "react-dom/client";
import { localeFor } from "../i18n";
import { connectHost } from "../office/connect";
import { App } from "./App";
import { loadApp } from "./loadApp";
import { themeFor } from "./theme";

async function start(): Promise<void> {
  const host = await connectHost();
  const locale = localeFor(host.displayLanguage);
  document.documentElement.lang = locale;
  document.title = locale === "zh-CN" ? "岗责" : "Gangze";
  const office = (globalThis as { Office?: typeof Office }).Office;
  const theme = themeFor(host.kind === "excel" ? office?.context?.officeTheme : undefined);
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container");
  createRoot(container).render(
    <App host={host} locale={locale} theme={theme} loadApp={() => loadApp(host)} />
  );
}

void start();
