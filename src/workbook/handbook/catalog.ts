// 岗位职责: the full catalogue, editable (with spare rows for duties added by hand) and read back
// by `--catalog` and the add-in (header row 1, columns found by header text). Printed as the
// handbook's 岗位职责一览表: the title in the page header and the header row on every page,
// padded rows, breaks placed by pages.ts; the spare rows are not printed.

import { FREQUENCIES } from "../../domain/types";
import { addTable, type Column } from "../builder";
import type { Duty, ISODate, Post } from "../../domain/types";
import { emptySheet, type SheetModel } from "../model";
import { COLORS, FONT_SIZE } from "../styles";
import { CATALOG_TITLE, HANDBOOK_TITLE, SHEET_CATALOG, SHEET_CONTENTS } from "./names";
import {
  fitsWidth,
  HANDBOOK_MARGINS,
  INDENT_UNITS,
  paddedHeight,
  paginate,
  TEXT_INDENT,
} from "./pages";
import { hfText, PAGE_FOOTER, titleHeader } from "./print";

/** empty rows below the catalogue for duties added by hand (the 目录 formulas cover them) */
const CATALOG_SPARE_ROWS = 100;

export interface CatalogRanges {
  code: string;
  post: string;
  points: string;
}

interface CatalogSource {
  office: string;
  posts: Post[];
  duties: Duty[];
  issued?: ISODate;
}

export function catalogSheet(h: CatalogSource): {
  sheet: SheetModel;
  ranges: CatalogRanges;
  pages: number;
} {
  const sheet = emptySheet(SHEET_CATALOG);
  sheet.tabColor = COLORS.tabCatalog;
  const seq = new Map<string, number>();
  const rows = h.duties.map((d) => {
    const n = (seq.get(d.post) ?? 0) + 1;
    seq.set(d.post, n);
    return { d, n };
  });
  type R = (typeof rows)[number];
  // the 目录 lists posts from B3 down: validation sources point there
  const postList = `'${SHEET_CONTENTS}'!$B$3:$B$${Math.max(3, 2 + h.posts.length)}`;
  const columns: Column<R>[] = [
    { header: "编码", kind: "text", width: 8, input: true, value: (r) => r.d.code, wrap: false },
    {
      header: "岗位",
      kind: "text",
      width: 10,
      input: true,
      value: (r) => r.d.post,
      validation: {
        type: "list",
        source: postList,
        errorTitle: "岗位",
        error: "请从下拉列表中选择岗位（见“目录”）",
      },
    },
    {
      header: "序号",
      kind: "number",
      width: 5,
      input: true,
      value: (r) => r.n,
      align: "center",
      validation: { type: "whole", min: 1, max: 999 },
    },
    { header: "工作内容", kind: "text", width: 25, input: true, value: (r) => r.d.content },
    {
      header: "频次",
      kind: "text",
      width: 6,
      input: true,
      value: (r) => r.d.frequency,
      align: "center",
      validation: {
        type: "list",
        values: [...FREQUENCIES],
        errorTitle: "频次",
        error: `频次应为：${FREQUENCIES.join("、")}`,
      },
    },
    { header: "时限要求", kind: "text", width: 15, input: true, value: (r) => r.d.timeLimit },
    { header: "质量标准", kind: "text", width: 20, input: true, value: (r) => r.d.standard },
    {
      header: "检查人",
      kind: "text",
      width: 8,
      input: true,
      value: (r) => r.d.checker,
      align: "center",
      // the checker may be outside the office (e.g. 分管局领导): warn, do not refuse
      validation: {
        type: "list",
        source: postList,
        errorStyle: "warning",
        errorTitle: "检查人",
        error: "检查人不是本办公室的岗位，确定要保留吗？",
      },
    },
    {
      header: "分值",
      kind: "number",
      width: 5,
      input: true,
      value: (r) => r.d.points,
      align: "center",
      validation: {
        type: "decimal",
        min: 0,
        max: 100,
        errorTitle: "分值",
        error: "分值应为 0 到 100 之间的数",
      },
    },
  ];
  const t = addTable(sheet, { columns, rows, spareRows: CATALOG_SPARE_ROWS });
  if (!fitsWidth(sheet.columnWidths, "landscape")) throw new Error("岗位职责表超出页宽");
  // text columns indented: printed text keeps clear of the left border
  for (const col of ["A", "B", "D", "F", "G"])
    sheet.formats.push({
      range: `${col}2:${col}${t.lastRow}`,
      style: { horizontal: "left", indent: TEXT_INDENT },
    });
  // padded heights: wrapped text never touches the cell borders when printed
  sheet.rowHeights[1] = paddedHeight([{ text: "工作内容", width: 8 }], FONT_SIZE);
  rows.forEach((r, i) => {
    const texts = [r.d.post, r.d.content, r.d.timeLimit, r.d.standard, r.d.checker];
    const widths = [10, 25, 15, 20, 8];
    sheet.rowHeights[t.firstDataRow + i] = paddedHeight(
      texts.map((text, k) => ({
        text: String(text ?? ""),
        width: widths[k] - (k < 4 ? INDENT_UNITS : 0),
      })),
      FONT_SIZE
    );
  });
  sheet.freeze = { rows: 1, columns: 0 };
  sheet.protection = {
    allowFormatColumns: true,
    allowFormatRows: true,
    allowSort: true,
    allowAutoFilter: true,
  };
  const last = Math.max(2, t.lastRecordRow);
  const pages = paginate({
    orientation: "landscape",
    rowHeights: sheet.rowHeights,
    first: 1,
    last,
    titleRows: [1, 1],
  });
  sheet.print = {
    paper: "A4",
    orientation: "landscape",
    fitToWidth: false,
    horizontalCentered: true,
    titleRows: [1, 1],
    // the empty rows kept for additions are not printed
    printArea: `A1:I${last}`,
    margins: HANDBOOK_MARGINS,
    header: {
      left: hfText(`${h.office} ${HANDBOOK_TITLE}`),
      center: titleHeader(CATALOG_TITLE),
    },
    footer: PAGE_FOOTER,
    ...(pages.breaks.length ? { rowBreaks: pages.breaks } : {}),
  };
  return {
    sheet,
    pages: pages.pages,
    ranges: {
      code: `'${SHEET_CATALOG}'!${t.range("编码", true)}`,
      post: `'${SHEET_CATALOG}'!${t.range("岗位", true)}`,
      points: `'${SHEET_CATALOG}'!${t.range("分值", true)}`,
    },
  };
}
