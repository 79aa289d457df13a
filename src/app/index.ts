// The task pane's and the ribbon's entry to the actions: `createApp(host)` gives the GangzeApp
// for the host the pane connected to. The implementations (and with them the domain, the
// workbook layer and ExcelJS) are loaded with import() on the first call, so the pane's first
// load carries none of them. The app's messages speak the pane's language: localeFor(the host's
// display language), as src/taskpane/index.tsx picks it.

import { localeFor } from "../i18n/strings";
import type { Locale } from "../i18n/strings";
import type { WorkbookHost } from "../office/host";
import type { GangzeApp } from "./actions";

export type * from "./actions";

export interface AppOptions {
  /** today's date as `YYYY-MM-DD` (tests fix it); default: the user's local date */
  today?: () => string;
  /** Excel mode: estimated bytes per write request (tests lower it to force several requests) */
  batchBytes?: number;
  /** the language of the app's messages; default: localeFor(host.displayLanguage) */
  locale?: Locale;
}

type Impl = Omit<GangzeApp, "mode">;

/** A GangzeApp whose methods load the implementation on first use. */
function lazy(mode: GangzeApp["mode"], load: () => Promise<GangzeApp>): GangzeApp {
  let impl: Promise<GangzeApp> | undefined;
  const get = () => (impl ??= load());
  const call =
    <K extends keyof Impl>(name: K) =>
    async (...args: unknown[]) => {
      const app = await get();
      const f = app[name] as unknown as ((...a: unknown[]) => Promise<unknown>) | undefined;
      if (!f) throw new Error(`${String(name)} is not available in ${mode} mode`);
      return f.apply(app, args);
    };
  // every method of the interface: the compiler rejects one left out (日历's previewNotice and
  // enterNotice once were, and the real pane could not read a notice)
  const methods: { [K in Exclude<keyof Impl, "openFile" | "openCopy">]: ReturnType<typeof call> } =
    {
      overview: call("overview"),
      generate: call("generate"),
      check: call("check"),
      clearMarks: call("clearMarks"),
      select: call("select"),
      score: call("score"),
      overdue: call("overdue"),
      collect: call("collect"),
      exportMonth: call("exportMonth"),
      roster: call("roster"),
      year: call("year"),
      verify: call("verify"),
      previewNotice: call("previewNotice"),
      enterNotice: call("enterNotice"),
    };
  const app = {
    mode,
    ...methods,
    ...(mode === "browser" ? { openFile: call("openFile") } : { openCopy: call("openCopy") }),
  };
  return app as unknown as GangzeApp;
}

/** The app for the host: over the open workbook in Excel, over a dropped file in a browser. */
export function createApp(host: WorkbookHost, options: AppOptions = {}): GangzeApp {
  const withLocale = { ...options, locale: options.locale ?? localeFor(host.displayLanguage) };
  if (host.kind === "excel") {
    return lazy("excel", () =>
      import(/* webpackChunkName: "app-excel" */ "./excelApp").then((m) =>
        m.createExcelApp(withLocale)
      )
    );
  }
  return lazy("browser", () =>
    import(/* webpackChunkName: "app-browser" */ "./browserApp").then((m) =>
      m.createBrowserApp(withLocale)
    )
  );
}
