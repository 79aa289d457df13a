// 目录: every post (with its number of duties, a live count over 岗位职责), the full catalogue and
// the appendix, each with the page it starts on. The page numbers are those the sections print
// (their sheets' firstPageNumber, from pages.ts); posts are listed from B3 down, where the
// catalogue's 岗位 dropdown reads them.

import { addTable } from "../builder";
import { emptySheet, type Cell, type SheetModel } from "../model";
import { COLORS, FONT_BODY, FONT_HEADING, STYLE_TITLE } from "../styles";
import { CONTENTS_HEADERS, SHEET_CONTENTS } from "./names";
import { HANDBOOK_MARGINS, paddedHeight, paginate, TEXT_INDENT } from "./pages";

export interface ContentsEntry {
  /** 序号 (posts only) */
  no?: number;
  title: string;
  /** 职责条目数 of the entry's row */
  count?: (row: number) => Cell;
  /** the page the section starts on */
  page: number;
}

const SIZE = 12;
/** the first entry's row */
export const CONTENTS_FIRST_ROW = 3;

export function contentsSheet(
  entries: ContentsEntry[],
  posts: number
): { sheet: SheetModel; postRange: string; pages: number } {
  const sheet = emptySheet(SHEET_CONTENTS);
  sheet.tabColor = COLORS.tabHandbook;
  sheet.blocks.push({ origin: "A1", cells: [["目　　录", null, null, null]] });
  sheet.merges.push("A1:D1");
  sheet.formats.push({
    range: "A1:D1",
    style: { ...STYLE_TITLE, font: { ...STYLE_TITLE.font, size: 20 } },
  });
  sheet.rowHeights[1] = 56;
  const [no, title, count, page] = CONTENTS_HEADERS;
  const t = addTable(sheet, {
    headerRow: CONTENTS_FIRST_ROW - 1,
    rows: entries,
    autoHeight: false,
    columns: [
      { header: no, kind: "number", width: 8, value: (e) => e.no ?? null, align: "center" },
      { header: title, kind: "text", width: 36, value: (e) => e.title },
      {
        header: count,
        kind: "number",
        width: 12,
        align: "center",
        value: (e, i) => e.count?.(CONTENTS_FIRST_ROW + i) ?? null,
      },
      { header: page, kind: "number", width: 10, value: (e) => e.page, align: "center" },
    ],
  });
  const last = Math.max(t.firstDataRow, t.lastRecordRow);
  sheet.formats.push(
    {
      range: `A${t.headerRow}:D${t.headerRow}`,
      style: { font: { name: FONT_HEADING, size: SIZE, bold: true } },
    },
    { range: `A${t.firstDataRow}:D${last}`, style: { font: { name: FONT_BODY, size: SIZE } } },
    { range: `B${t.firstDataRow}:B${last}`, style: { horizontal: "left", indent: TEXT_INDENT } }
  );
  const h = paddedHeight([{ text: "序号", width: 8 }], SIZE) + 6;
  for (let r = t.headerRow; r <= last; r++) sheet.rowHeights[r] = h;
  sheet.protection = {};
  const pages = paginate({
    orientation: "portrait",
    rowHeights: sheet.rowHeights,
    first: 1,
    last,
    titleRows: [t.headerRow, t.headerRow],
  });
  sheet.print = {
    paper: "A4",
    orientation: "portrait",
    fitToWidth: false,
    horizontalCentered: true,
    titleRows: [t.headerRow, t.headerRow],
    printArea: `A1:D${last}`,
    margins: HANDBOOK_MARGINS,
    ...(pages.breaks.length ? { rowBreaks: pages.breaks } : {}),
  };
  return {
    sheet,
    pages: pages.pages,
    postRange: `'${SHEET_CONTENTS}'!$B$${CONTENTS_FIRST_ROW}:$B$${CONTENTS_FIRST_ROW + Math.max(0, posts - 1)}`,
  };
}
