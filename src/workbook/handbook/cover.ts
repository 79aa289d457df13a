// 封面: the unit's name (B4, where the add-in reads it back), the title, the live extent of the
// handbook (posts and duties counted over 目录 and 岗位职责) and the issuing line — 印发单位 and
// 印发日期 — as labelled pairs (`--catalog` reads the unit from the 印发单位 label). No point
// total: each post is worth 100, so the sum of all posts' points says nothing.

import type { ISODate } from "../../domain/types";
import { emptySheet, type Cell, type SheetModel } from "../model";
import { COLORS, FONT_BODY, FONT_HEADING, STYLE_TITLE } from "../styles";
import type { CatalogRanges } from "./catalog";
import { HANDBOOK_TITLE, SHEET_COVER } from "./names";
import { HANDBOOK_MARGINS } from "./pages";

/** `2026-12-02` → `2026年12月2日`. */
export function cnDate(iso: ISODate): string {
  return `${+iso.slice(0, 4)}年${+iso.slice(5, 7)}月${+iso.slice(8, 10)}日`;
}

/** The cell of the unit's name on the cover. */
export const COVER_OFFICE_CELL = "B4";

export function coverSheet(
  h: { office: string; issued?: ISODate; posts: unknown[]; duties: unknown[] },
  postRange: string,
  cat: CatalogRanges
): SheetModel {
  const sheet = emptySheet(SHEET_COVER);
  sheet.tabColor = COLORS.tabHandbook;
  sheet.columnWidths = [4, 26, 34, 4];
  const title = (size: number) => ({
    ...STYLE_TITLE,
    font: { name: FONT_HEADING, size, bold: true, color: COLORS.titleText },
  });
  sheet.blocks.push({ origin: COVER_OFFICE_CELL, cells: [[h.office, null]] });
  sheet.blocks.push({ origin: "B7", cells: [[HANDBOOK_TITLE, null]] });
  // one live line: a post or duty added in 岗位职责 counts at once
  const extent: Cell = {
    formula: `"共 "&COUNTA(${postRange})&" 个岗位、"&COUNTA(${cat.code})&" 项职责"`,
    result: `共 ${h.posts.length} 个岗位、${h.duties.length} 项职责`,
  };
  sheet.blocks.push({ origin: "B9", cells: [[extent, null]] });
  const facts: [string, Cell][] = [
    ["印发单位：", h.office],
    ["印发日期：", h.issued ? cnDate(h.issued) : "　　　　年　　月　　日"],
  ];
  sheet.blocks.push({ origin: "B20", cells: facts.map(([k, v]) => [k, v]) });
  sheet.merges.push("B4:C4", "B7:C7", "B9:C9");
  sheet.formats.push(
    { range: "B4:C4", style: title(22) },
    { range: "B7:C7", style: title(36) },
    {
      range: "B9:C9",
      style: { font: { name: FONT_BODY, size: 14 }, horizontal: "center", vertical: "middle" },
    },
    {
      range: `B20:B${19 + facts.length}`,
      style: { font: { name: FONT_HEADING, size: 16 }, horizontal: "right", vertical: "middle" },
    },
    {
      range: `C20:C${19 + facts.length}`,
      style: { font: { name: FONT_BODY, size: 16 }, horizontal: "left", vertical: "middle" },
    }
  );
  // blank rows above and between push the title towards the middle of the page
  for (let r = 1; r <= 19; r++) sheet.rowHeights[r] = 30;
  sheet.rowHeights[4] = 44;
  sheet.rowHeights[7] = 72;
  sheet.rowHeights[9] = 30;
  for (let r = 20; r < 20 + facts.length; r++) sheet.rowHeights[r] = 34;
  sheet.protection = {};
  sheet.print = {
    paper: "A4",
    orientation: "portrait",
    fitToWidth: false,
    horizontalCentered: true,
    printArea: `A1:D${19 + facts.length}`,
    margins: HANDBOOK_MARGINS,
  };
  return sheet;
}
