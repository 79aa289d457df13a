// 岗位责任手册 (SPEC §5.1), the catalogue an office binds and hands to every post holder:
// 封面 (issuing unit and date), 目录 (with the page each section starts on), one landscape sheet
// per post, the full catalogue (editable: `--catalog` reads it back), and the appendix — 扣分标准
// and 考核办法 in words, generated from the rules in force. Every printed sheet is paginated
// here (pages.ts), so the 目录's page numbers are the ones printed in each page's footer.

import { resolveRules } from "../../domain/rules";
import type { Duty, ISODate, Post, Rules } from "../../domain/types";
import { safeSheetName, type SheetModel, type WorkbookModel } from "../model";
import { deductionSheet, methodSheet } from "./appendix";
import { catalogSheet } from "./catalog";
import { contentsSheet, type ContentsEntry } from "./contents";
import { coverSheet } from "./cover";
import {
  CATALOG_TITLE,
  DEDUCTIONS_TITLE,
  HANDBOOK_TITLE,
  METHOD_TITLE,
  SHEET_CATALOG,
  SHEET_CONTENTS,
  SHEET_COVER,
  SHEET_DEDUCTIONS,
  SHEET_METHOD,
} from "./names";
import { postSheet } from "./posts";

export * from "./names";

export interface HandbookInput {
  office: string;
  posts: Post[];
  duties: Duty[];
  /** 印发日期 on the cover; absent = a blank "年 月 日" line to fill in by hand */
  issued?: ISODate;
  /** the rules in force (考核标准), for the appendix; absent = the defaults */
  rules?: Partial<Rules>;
}

/** Sheet name of each post: Excel-safe, unique, not clashing with the fixed sheets. */
export function postSheetNames(posts: Post[]): Map<string, string> {
  const used = new Set(
    [SHEET_COVER, SHEET_CONTENTS, SHEET_CATALOG, SHEET_DEDUCTIONS, SHEET_METHOD].map((s) =>
      s.toLowerCase()
    )
  );
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

/** A printed section after the 目录: its sheet and how many pages it prints. */
interface Section {
  sheet: SheetModel;
  pages: number;
  entry: Omit<ContentsEntry, "page">;
}

export function buildHandbook(handbook: HandbookInput): WorkbookModel {
  const { office, posts } = handbook;
  const rules = resolveRules(handbook.rules);
  const byPost = new Map<string, Duty[]>(posts.map((p) => [p.name, []]));
  for (const d of handbook.duties) byPost.get(d.post)?.push(d);
  const sheetNames = postSheetNames(posts);

  const catalog = catalogSheet(handbook);
  const sections: Section[] = [
    ...posts.map((p, i): Section => {
      const s = postSheet(office, p.name, sheetNames.get(p.name)!, byPost.get(p.name)!);
      return {
        ...s,
        entry: {
          no: i + 1,
          title: p.name,
          count: (row) => ({
            formula: `COUNTIF(${catalog.ranges.post},B${row})`,
            result: s.duties,
          }),
        },
      };
    }),
    {
      sheet: catalog.sheet,
      pages: catalog.pages,
      entry: {
        title: CATALOG_TITLE,
        count: () => ({
          formula: `COUNTA(${catalog.ranges.code})`,
          result: handbook.duties.length,
        }),
      },
    },
    { ...deductionSheet(office, rules), entry: { title: DEDUCTIONS_TITLE } },
    { ...methodSheet(office, rules), entry: { title: METHOD_TITLE } },
  ];
  // body pages are numbered from 1 after the cover and the 目录, on every sheet explicitly: the
  // numbers then do not depend on whether the whole workbook or one sheet is printed
  const entries: ContentsEntry[] = [];
  let page = 1;
  for (const s of sections) {
    s.sheet.print!.firstPageNumber = page;
    entries.push({ ...s.entry, page });
    page += s.pages;
  }
  const contents = contentsSheet(entries, posts.length);
  const cover = coverSheet(handbook, contents.postRange, catalog.ranges);
  return {
    title: HANDBOOK_TITLE,
    sheets: [cover, contents.sheet, ...sections.map((s) => s.sheet)],
    definedNames: [],
  };
}

/** The page each printed section of a handbook starts on, as its 目录 says. */
export function handbookPages(model: WorkbookModel): { sheet: string; first: number }[] {
  return model.sheets
    .filter((s) => s.print?.firstPageNumber !== undefined)
    .map((s) => ({ sheet: s.name, first: s.print!.firstPageNumber! }));
}
