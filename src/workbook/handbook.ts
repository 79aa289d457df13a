// 岗位责任手册: the printable catalogue of posts and duties (SPEC §5.1).
// 封面 and 目录 summarise with formulas over the 岗位职责 catalogue (cached values computed here),
// one landscape A4 sheet per post, and the full catalogue, editable, at the end.

import type { Duty, ISODate, Post } from "../domain/types";
import { FREQUENCIES } from "../domain/types";
import { addTable, rowHeight, type Column } from "./builder";
import {
  DATE_FORMAT,
  emptySheet,
  safeSheetName,
  type Cell,
  type SheetModel,
  type WorkbookModel,
} from "./model";
import {
  COLORS,
  FONT_BODY,
  FONT_HEADING,
  FONT_SIZE,
  FOOTER_PAGES,
  STYLE_BODY,
  STYLE_FORMULA,
  STYLE_TITLE,
} from "./styles";

export interface HandbookInput {
  office: string;
  posts: Post[];
  duties: Duty[];
  /** 编制日期, printed on the cover when given */
  compiled?: ISODate;
}

export const HANDBOOK_TITLE = "岗位责任手册";
export const SHEET_COVER = "封面";
export const SHEET_CONTENTS = "目录";
export const SHEET_CATALOG = "岗位职责";
export const CATALOG_HEADERS = [
  "编码",
  "岗位",
  "序号",
  "工作内容",
  "频次",
  "时限要求",
  "质量标准",
  "检查人",
  "分值",
] as const;
export const POST_HEADERS = [
  "编码",
  "序号",
  "工作内容",
  "频次",
  "时限要求",
  "质量标准",
  "检查人",
  "分值",
] as const;
/** empty rows below the catalogue for duties added by hand (the 目录 formulas cover them) */
const CATALOG_SPARE_ROWS = 100;

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** `&` starts a code in Excel headers and footers */
const hfText = (s: string): string => s.replace(/&/g, "&&");

/** Sheet name of each post: Excel-safe, unique, not clashing with the fixed sheets. */
export function postSheetNames(posts: Post[]): Map<string, string> {
  const used = new Set([SHEET_COVER, SHEET_CONTENTS, SHEET_CATALOG].map((s) => s.toLowerCase()));
  const out = new Map<string, string>();
  for (const p of posts) {
    const base = safeSheetName(p.name);
    let name = base;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${base.slice(0, 27)}(${k})`;
    used.add(name.toLowerCase());
    out.set(p.name, name);
  }
  return out;
}

export function buildHandbook(handbook: HandbookInput): WorkbookModel {
  const { office, posts } = handbook;
  const byPost = new Map<string, Duty[]>(posts.map((p) => [p.name, []]));
  for (const d of handbook.duties) byPost.get(d.post)?.push(d);
  const sheetNames = postSheetNames(posts);

  const catalog = catalogSheet(handbook);
  const contents = contentsSheet(posts, byPost, catalog.ranges);
  const cover = coverSheet(handbook, contents.postRange, catalog.ranges);
  const postSheets = posts.map((p) =>
    postSheet(office, p.name, sheetNames.get(p.name)!, byPost.get(p.name)!)
  );
  return {
    title: HANDBOOK_TITLE,
    sheets: [cover, contents.sheet, ...postSheets, catalog.sheet],
    definedNames: [],
  };
}

interface CatalogRanges {
  code: string;
  post: string;
  points: string;
}

function catalogSheet(h: HandbookInput): { sheet: SheetModel; ranges: CatalogRanges } {
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
    { header: "编码", kind: "text", width: 9, input: true, value: (r) => r.d.code, wrap: false },
    {
      header: "岗位",
      kind: "text",
      width: 14,
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
      width: 6,
      input: true,
      value: (r) => r.n,
      align: "center",
      validation: { type: "whole", min: 1, max: 999 },
    },
    { header: "工作内容", kind: "text", width: 40, input: true, value: (r) => r.d.content },
    {
      header: "频次",
      kind: "text",
      width: 7,
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
    { header: "时限要求", kind: "text", width: 22, input: true, value: (r) => r.d.timeLimit },
    { header: "质量标准", kind: "text", width: 32, input: true, value: (r) => r.d.standard },
    {
      header: "检查人",
      kind: "text",
      width: 11,
      input: true,
      value: (r) => r.d.checker,
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
      width: 7,
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
  sheet.freeze = { rows: 1, columns: 0 };
  sheet.protection = {
    allowFormatColumns: true,
    allowFormatRows: true,
    allowSort: true,
    allowAutoFilter: true,
  };
  sheet.print = {
    paper: "A4",
    orientation: "landscape",
    fitToWidth: true,
    titleRows: [1, 1],
    // the empty rows kept for additions are not printed
    printArea: `A1:I${Math.max(2, t.lastRecordRow)}`,
    header: { center: hfText(`${h.office} ${HANDBOOK_TITLE}`) },
    footer: { center: FOOTER_PAGES },
  };
  return {
    sheet,
    ranges: {
      code: `'${SHEET_CATALOG}'!${t.range("编码", true)}`,
      post: `'${SHEET_CATALOG}'!${t.range("岗位", true)}`,
      points: `'${SHEET_CATALOG}'!${t.range("分值", true)}`,
    },
  };
}

function contentsSheet(
  posts: Post[],
  byPost: Map<string, Duty[]>,
  cat: CatalogRanges
): { sheet: SheetModel; postRange: string } {
  const sheet = emptySheet(SHEET_CONTENTS);
  sheet.tabColor = COLORS.tabHandbook;
  sheet.blocks.push({ origin: "A1", cells: [["岗位目录", null, null, null]] });
  sheet.merges.push("A1:D1");
  sheet.formats.push({ range: "A1:D1", style: STYLE_TITLE });
  sheet.rowHeights[1] = 36;
  const points = (p: Post): number => round2(byPost.get(p.name)!.reduce((s, d) => s + d.points, 0));
  const t = addTable(sheet, {
    headerRow: 2,
    rows: posts,
    columns: [
      { header: "序号", kind: "number", width: 7, value: (_, i) => i + 1, align: "center" },
      { header: "岗位", kind: "text", width: 24, value: (p) => p.name },
      {
        header: "职责条目数",
        kind: "formula",
        width: 12,
        align: "center",
        formula: (row) => `COUNTIF(${cat.post},B${row})`,
        result: (p) => byPost.get(p!.name)!.length,
      },
      {
        header: "分值合计",
        kind: "formula",
        width: 12,
        align: "center",
        formula: (row) => `SUMIFS(${cat.points},${cat.post},B${row})`,
        result: (p) => points(p!),
      },
    ],
  });
  const total = t.lastRecordRow + 1;
  const first = t.firstDataRow;
  const last = Math.max(first, t.lastRecordRow);
  sheet.blocks.push({
    origin: `A${total}`,
    cells: [
      [
        "合计",
        null,
        {
          formula: `SUM(C${first}:C${last})`,
          result: posts.reduce((s, p) => s + byPost.get(p.name)!.length, 0),
        },
        {
          formula: `SUM(D${first}:D${last})`,
          result: round2(posts.reduce((s, p) => s + points(p), 0)),
        },
      ],
    ],
  });
  sheet.merges.push(`A${total}:B${total}`);
  sheet.formats.push({
    range: `A${total}:D${total}`,
    style: {
      ...STYLE_BODY,
      ...STYLE_FORMULA,
      horizontal: "center",
      font: { name: FONT_HEADING, size: FONT_SIZE, bold: true },
    },
  });
  sheet.rowHeights[total] = 20;
  sheet.protection = {};
  sheet.print = {
    paper: "A4",
    orientation: "portrait",
    fitToWidth: true,
    horizontalCentered: true,
    footer: { center: FOOTER_PAGES },
  };
  return { sheet, postRange: `'${SHEET_CONTENTS}'!${t.range("岗位", true)}` };
}

function coverSheet(h: HandbookInput, postRange: string, cat: CatalogRanges): SheetModel {
  const sheet = emptySheet(SHEET_COVER);
  sheet.tabColor = COLORS.tabHandbook;
  sheet.columnWidths = [8, 34, 44, 8];
  const points = round2(h.duties.reduce((s, d) => s + d.points, 0));
  sheet.blocks.push({ origin: "B4", cells: [[h.office, null]] });
  sheet.blocks.push({ origin: "B7", cells: [[HANDBOOK_TITLE, null]] });
  const facts: [string, Cell][] = [
    ["编制单位", h.office],
    ...(h.compiled ? ([["编制日期", { date: h.compiled }]] as [string, Cell][]) : []),
    ["岗位数", { formula: `COUNTA(${postRange})`, result: h.posts.length }],
    ["职责条目数", { formula: `COUNTA(${cat.code})`, result: h.duties.length }],
    ["分值合计", { formula: `SUM(${cat.points})`, result: points }],
  ];
  sheet.blocks.push({ origin: "B12", cells: facts.map(([k, v]) => [`${k}：`, v]) });
  sheet.merges.push("B4:C4", "B7:C7");
  sheet.formats.push(
    {
      range: "B4:C4",
      style: {
        ...STYLE_TITLE,
        font: { name: FONT_HEADING, size: 20, bold: true, color: COLORS.titleText },
      },
    },
    {
      range: "B7:C7",
      style: {
        ...STYLE_TITLE,
        font: { name: FONT_HEADING, size: 32, bold: true, color: COLORS.titleText },
      },
    },
    {
      range: `B12:B${11 + facts.length}`,
      style: { font: { name: FONT_HEADING, size: 14 }, horizontal: "right", vertical: "middle" },
    },
    {
      range: `C12:C${11 + facts.length}`,
      style: { font: { name: FONT_BODY, size: 14 }, horizontal: "left", vertical: "middle" },
    }
  );
  if (h.compiled) sheet.formats.push({ range: "C13", style: { numberFormat: DATE_FORMAT } });
  // blank rows above and between push the title towards the middle of the page
  for (const r of [1, 2, 3, 5, 6, 8, 9, 10, 11]) sheet.rowHeights[r] = 40;
  sheet.rowHeights[4] = 40;
  sheet.rowHeights[7] = 60;
  for (let r = 12; r < 12 + facts.length; r++) sheet.rowHeights[r] = 28;
  sheet.protection = {};
  sheet.print = {
    paper: "A4",
    orientation: "portrait",
    fitToWidth: true,
    horizontalCentered: true,
  };
  return sheet;
}

function postSheet(office: string, post: string, name: string, duties: Duty[]): SheetModel {
  const sheet = emptySheet(name);
  sheet.tabColor = COLORS.tabHandbook;
  const width = POST_HEADERS.length;
  sheet.blocks.push({
    origin: "A1",
    cells: [[`${post}岗位职责`, ...Array<null>(width - 1).fill(null)]],
  });
  sheet.merges.push("A1:H1");
  sheet.formats.push({ range: "A1:H1", style: STYLE_TITLE });
  sheet.rowHeights[1] = 36;
  const t = addTable(sheet, {
    headerRow: 2,
    rows: duties,
    columns: [
      {
        header: "编码",
        kind: "text",
        width: 8,
        value: (d) => d.code,
        align: "center",
        wrap: false,
      },
      { header: "序号", kind: "number", width: 5, value: (_, i) => i + 1, align: "center" },
      { header: "工作内容", kind: "text", width: 36, value: (d) => d.content },
      { header: "频次", kind: "text", width: 6, value: (d) => d.frequency, align: "center" },
      { header: "时限要求", kind: "text", width: 20, value: (d) => d.timeLimit },
      { header: "质量标准", kind: "text", width: 30, value: (d) => d.standard },
      { header: "检查人", kind: "text", width: 10, value: (d) => d.checker, align: "center" },
      { header: "分值", kind: "number", width: 6, value: (d) => d.points, align: "center" },
    ],
  });
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
        {
          formula: `SUM(H${first}:H${Math.max(first, t.lastRecordRow)})`,
          result: round2(duties.reduce((s, d) => s + d.points, 0)),
        },
      ],
    ],
  });
  sheet.merges.push(`A${total}:G${total}`);
  sheet.formats.push({
    range: `A${total}:H${total}`,
    style: {
      ...STYLE_BODY,
      ...STYLE_FORMULA,
      horizontal: "center",
      font: { name: FONT_HEADING, size: FONT_SIZE, bold: true },
    },
  });
  sheet.rowHeights[total] = rowHeight([{ text: "合计", width: 10 }], FONT_SIZE);
  sheet.protection = {};
  sheet.print = {
    paper: "A4",
    orientation: "landscape",
    fitToWidth: true,
    titleRows: [2, 2],
    horizontalCentered: true,
    header: { center: hfText(`${office} ${HANDBOOK_TITLE}`), right: hfText(post) },
    footer: { center: FOOTER_PAGES },
  };
  return sheet;
}
