// React context carrying the WorkbookHost, so views never touch Excel.run directly.

import { createContext, useContext } from "react";
import type { WorkbookHost } from "../office/host";
import { STRINGS, type Locale, type Strings } from "../i18n";

export interface PaneContextValue {
  host: WorkbookHost;
  locale: Locale;
  strings: Strings;
}

export const PaneContext = createContext<PaneContextValue | null>(null);

export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error("PaneContext is missing: render inside <App>");
  return value;
}

export function paneContextFor(host: WorkbookHost, locale: Locale): PaneContextValue {
  return { host, locale, strings: STRINGS[locale] };
}
