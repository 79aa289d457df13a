// One printed sheet per post: title, the header row repeated on every page, the post's duties in
// 12-pt text with padded rows, and the post's 合计 (100). Landscape A4 at 100 %, breaks placed by
// pages.ts so the sheet prints exactly the pages the 目录 counts.

import type { Duty } from "../../domain/types";
import { round2 } from "../../domain/round";
import { addTable } from "../builder";
import { emptySheet, type SheetModel } from "../model";
import { COLORS, FONT_BODY, FONT_HEADING, STYLE_FORMULA, STYLE_TITLE } from "../styles";
import { HANDBOOK_TITLE, postTitle } from "./names";
import {
  fitsWidth,
  HANDBOOK_MARGINS,
  INDENT_UNITS,
  paddedHeight,
  paginate,
  TEXT_INDENT,
} from "./pages";
import { hfText, PAGE_FOOTER } from "./print";

/** Text size of the printed post sheets: read by people of every age. */
export const POST_FONT = 12;

export function postSheet(
  office: string,
  post: string,
  name: string,
  duties: Duty[]
): { sheet: SheetModel; pages: number; duties: number } {
  const sheet = emptySheet(name);
  sheet.tabColor = COLORS.tabHandbook;
  sheet.blocks.push({
    origin: "A1",
    cells: [[postTitle(post), null, null, null, null, null, null, null]],
  });
  sheet.merges.push("A1:H1");
  sheet.formats.push({ range: "A1:H1", style: STYLE_TITLE });
  sheet.rowHeights[1] = 40;
  const widths = {
    编码: 8,
    序号: 5,
    工作内容: 28,
    频次: 6,
    时限要求: 17,
    质量标准: 24,
    检查人: 9,
    分值: 6,
  };
  const t = addTable(sheet, {
    headerRow: 2,
    rows: duties,
    autoHeight: false,
    columns: [
      {
        header: "编码",
        kind: "text",
        width: widths.编码,
        value: (d) => d.code,
        align: "center",
        wrap: false,
      },
      {
        header: "序号",
        kind: "number",
        width: widths.序号,
        value: (_, i) => i + 1,
        align: "center",
      },
      { header: "工作内容", kind: "text", width: widths.工作内容, value: (d) => d.content },
      {
        header: "频次",
        kind: "text",
        width: widths.频次,
        value: (d) => d.frequency,
        align: "center",
      },
      { header: "时限要求", kind: "text", width: widths.时限要求, value: (d) => d.timeLimit },
      { header: "质量标准", kind: "text", width: widths.质量标准, value: (d) => d.standard },
      {
        header: "检查人",
        kind: "text",
        width: widths.检查人,
        value: (d) => d.checker,
        align: "center",
      },
      {
        header: "分值",
        kind: "number",
        width: widths.分值,
        value: (d) => d.points,
        align: "center",
      },
    ],
  });
  if (!fitsWidth(sheet.columnWidths, "landscape")) throw new Error(`${post}：岗位表超出页宽`);
  const total = t.lastRecordRow + 1;
  const first = t.firstDataRow;
  sheet.blocks.push({
    origin: `A${total}`,
    cells: [
      [
        "合计",
        null,
        null,
        null,
        null,
        null,
        null,
        // a post without duties has nothing to sum (a SUM over its own row would be circular)
        duties.length
          ? {
              formula: `SUM(H${first}:H${t.lastRecordRow})`,
              result: round2(duties.reduce((s, d) => s + d.points, 0)),
            }
          : 0,
      ],
    ],
  });
  sheet.merges.push(`A${total}:G${total}`);
  // 12-pt text over the table (after the builder's 11-pt styles: later formats win)
  sheet.formats.push(
    { range: `A2:H2`, style: { font: { name: FONT_HEADING, size: POST_FONT, bold: true } } },
    ...(total > first
      ? [
          {
            range: `A${first}:H${total - 1}`,
            style: { font: { name: FONT_BODY, size: POST_FONT } },
          },
        ]
      : []),
    {
      range: `A${total}:H${total}`,
      style: {
        border: "thin",
        vertical: "middle",
        ...STYLE_FORMULA,
        horizontal: "center",
        font: { name: FONT_HEADING, size: POST_FONT, bold: true },
      },
    }
  );
  // the long texts keep clear of the left border
  if (total > first)
    for (const col of ["C", "E", "F"])
      sheet.formats.push({
        range: `${col}${first}:${col}${total - 1}`,
        style: { horizontal: "left", indent: TEXT_INDENT },
      });
  sheet.rowHeights[2] = paddedHeight([{ text: "工作内容", width: 8 }], POST_FONT);
  duties.forEach((d, i) => {
    const cells = [
      { text: d.content, width: widths.工作内容 - INDENT_UNITS },
      { text: d.frequency, width: widths.频次 },
      { text: d.timeLimit, width: widths.时限要求 - INDENT_UNITS },
      { text: d.standard, width: widths.质量标准 - INDENT_UNITS },
      { text: d.checker, width: widths.检查人 },
    ];
    sheet.rowHeights[first + i] = paddedHeight(cells, POST_FONT);
  });
  sheet.rowHeights[total] = paddedHeight([{ text: "合计", width: 10 }], POST_FONT);
  sheet.protection = {};
  const pages = paginate({
    orientation: "landscape",
    rowHeights: sheet.rowHeights,
    first: 1,
    last: total,
    titleRows: [2, 2],
  });
  sheet.print = {
    paper: "A4",
    orientation: "landscape",
    fitToWidth: false,
    titleRows: [2, 2],
    horizontalCentered: true,
    printArea: `A1:H${total}`,
    margins: HANDBOOK_MARGINS,
    header: { left: hfText(`${office} ${HANDBOOK_TITLE}`), right: hfText(post) },
    footer: PAGE_FOOTER,
    ...(pages.breaks.length ? { rowBreaks: pages.breaks } : {}),
  };
  return { sheet, pages: pages.pages, duties: duties.length };
}
