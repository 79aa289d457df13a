// Sheet roles and the finishing every month sheet gets: frozen header row, protection without
// password, A4 print setup with the header row repeated, a tab colour by role.

import type { Color, SheetModel } from "../model";
import { FOOTER_PAGES } from "../styles";

/** Tab colours: settings/reference grey, inputs blue, results green. */
export const TAB: Readonly<Record<"settings" | "input" | "result", Color>> = {
  settings: "7F7F7F",
  input: "2F5597",
  result: "548235",
};

/** `&` starts a code in Excel headers and footers */
export const hfText = (s: string): string => s.replace(/&/g, "&&");

export function finishSheet(
  sheet: SheetModel,
  role: keyof typeof TAB,
  opts: { title: string; landscape?: boolean; printArea?: string; freezeColumns?: number },
): void {
  sheet.tabColor = TAB[role];
  sheet.freeze = { rows: 1, columns: opts.freezeColumns ?? 0 };
  // inputs may be resized; rows are never inserted through protection (spare rows are ready)
  sheet.protection = { allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true, allowSort: false };
  sheet.print = {
    paper: "A4",
    orientation: opts.landscape ? "landscape" : "portrait",
    fitToWidth: true,
    titleRows: [1, 1],
    header: { center: hfText(opts.title) },
    footer: { center: FOOTER_PAGES },
    ...(opts.printArea ? { printArea: opts.printArea } : {}),
  };
}
