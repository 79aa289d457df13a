// Page headers and footers shared by the handbook's printed sheets.

import type { HeaderFooter } from "../model";
import { FONT_HEADING } from "../styles";

/** `&` starts a code in Excel headers and footers: a literal one is doubled. */
export const hfText = (s: string): string => s.replace(/&/g, "&&");

/**
 * Body pages carry their number alone: it is the number the 目录 gives (set per sheet with
 * `firstPageNumber`), and a total would change with what else is printed.
 */
export const PAGE_FOOTER: HeaderFooter = { center: "第 &P 页" };

/** A section title printed at the top of every page of a sheet (bold heading font, 14 pt). */
export function titleHeader(title: string): string {
  return `&"${FONT_HEADING},Bold"&14${hfText(title)}`;
}
