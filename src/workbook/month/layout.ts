// Sheet roles and the finishing every month sheet gets: frozen header row, protection without
// password, A4 print setup with the header row repeated, a tab colour by role.

import { parseCell } from "../address";
import { rowHeight } from "../builder";
import type { Color, SheetModel } from "../model";
import { FONT_SIZE, FOOTER_PAGES } from "../styles";

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
  opts: { title: string; landscape?: boolean; printArea?: string; freezeColumns?: number }
): void {
  sheet.tabColor = TAB[role];
  // a header that wraps needs an explicit height: generated rows do not grow by themselves
  const headers: { text: string; width: number }[] = [];
  for (const b of sheet.blocks) {
    const o = parseCell(b.origin);
    if (o.row !== 1) continue;
    b.cells[0].forEach((c, k) => {
      if (typeof c === "string")
        headers.push({ text: c, width: sheet.columnWidths[o.col + k - 1] ?? 8.43 });
    });
  }
  sheet.rowHeights[1] = Math.max(sheet.rowHeights[1] ?? 0, rowHeight(headers, FONT_SIZE));
  sheet.freeze = { rows: 1, columns: opts.freezeColumns ?? 0 };
  // inputs may be resized; rows are never inserted through protection (spare rows are ready)
  sheet.protection = {
    allowFormatColumns: true,
    allowFormatRows: true,
    allowAutoFilter: true,
    allowSort: false,
  };
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
