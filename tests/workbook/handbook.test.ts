// 岗位责任手册 (SPEC §5.1, issue 10 item 5): the model (cover with issuing unit and date and no
// point total, 目录 whose page numbers are the sheets' first page numbers, pages laid out from the
// row heights, the appendix generated from the rules in force), the .xlsx read back by header
// text, LibreOffice parity, and the printout: LibreOffice prints each section on the page the
// 目录 names, with the number in its footer, no page empty, every page A4.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { DEFAULT_RULES } from "../../src/domain/rules";
import {
  buildHandbook,
  CATALOG_HEADERS,
  CATALOG_TITLE,
  CONTENTS_HEADERS,
  DEDUCTIONS_TITLE,
  handbookPages,
  METHOD_TITLE,
  POST_HEADERS,
  postSheetNames,
  postTitle,
  SHEET_CATALOG,
  SHEET_CONTENTS,
  SHEET_COVER,
  SHEET_DEDUCTIONS,
  SHEET_METHOD,
  type HandbookInput,
} from "../../src/workbook/handbook";
import { columnsWidth, bodyWidth, paginate } from "../../src/workbook/handbook/pages";
import { parseCell } from "../../src/workbook/address";
import { isFormulaCell, type SheetModel, type WorkbookModel } from "../../src/workbook/model";
import { readXlsx } from "../../src/xlsx/reader";
import { writeXlsx } from "../../src/xlsx/writer";
import { compareFormulaCells, recalc, toPdf } from "../support/libreoffice";
import { defaultHandbook, smallHandbook } from "./fixtures";
import { isA4, pdfPages, squash, type PdfPage } from "./pdf";
import { findTable } from "../../src/workbook/read/table";

const small = smallHandbook();
const dflt = defaultHandbook();
const handbooks: [string, HandbookInput][] = [
  ["测试样例", small],
  ...(dflt ? [["默认办公室", { ...dflt, issued: "2026-12-02" }] as [string, HandbookInput]] : []),
];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gangze-hb-"));
async function writeFile(name: string, h: HandbookInput): Promise<string> {
  const file = path.join(tmp, `${name}.xlsx`);
  fs.writeFileSync(file, await writeXlsx(buildHandbook(h)));
  return file;
}

/** Every cell's shown value (formula → cached result) by address, e.g. `C3`. */
function shown(sheet: SheetModel): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const b of sheet.blocks) {
    const o = parseCell(b.origin);
    b.cells.forEach((row, r) =>
      row.forEach((c, k) => {
        if (c === null) return;
        const col = String.fromCharCode(64 + o.col + k);
        out.set(`${col}${o.row + r}`, isFormulaCell(c) ? c.result : c);
      })
    );
  }
  return out;
}

/** All text a sheet shows, one string. */
const sheetText = (s: SheetModel): string =>
  [...shown(s).values()]
    .map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v)))
    .join("\n");

const sheetOf = (m: WorkbookModel, name: string): SheetModel => {
  const s = m.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

/** Pages a sheet prints: its manual breaks + 1 (every sheet is laid out at 100 %, no fit-to). */
const pagesOf = (s: SheetModel): number => (s.print?.rowBreaks?.length ?? 0) + 1;

describe("handbook description (small sample)", () => {
  const m = buildHandbook(small);

  test("sheets: cover, contents, one per post (names made Excel-safe), catalogue, appendix", () => {
    expect(m.sheets.map((s) => s.name)).toEqual([
      SHEET_COVER,
      SHEET_CONTENTS,
      "秘书",
      "门卫_收发",
      "档案员",
      SHEET_CATALOG,
      SHEET_DEDUCTIONS,
      SHEET_METHOD,
    ]);
  });

  test("cover: the unit, the issuing line with the date, a live extent, and no point total", () => {
    const cover = shown(sheetOf(m, SHEET_COVER));
    expect(cover.get("B4")).toBe("测试河务局办公室");
    const text = [...cover.values()].map(String);
    expect(text).toEqual(expect.arrayContaining(["印发单位：", "印发日期：", "2026年11月2日"]));
    expect(cover.get("B9")).toBe("共 3 个岗位、29 项职责");
    expect(text.join("")).not.toMatch(/分值合计|300/);
  });

  test("cover without a date of issue leaves a line to fill in by hand", () => {
    const undated = { ...small, issued: undefined };
    const cover = shown(sheetOf(buildHandbook(undated), SHEET_COVER));
    expect([...cover.values()]).toContain("\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日");
  });

  test("目录 lists each post with its duties and the page its sheet starts on, then the catalogue and appendix", () => {
    const toc = shown(sheetOf(m, SHEET_CONTENTS));
    expect(["A2", "B2", "C2", "D2"].map((a) => toc.get(a))).toEqual([...CONTENTS_HEADERS]);
    const rows = [3, 4, 5, 6, 7, 8].map((r) => [
      toc.get(`A${r}`),
      toc.get(`B${r}`),
      toc.get(`C${r}`),
      toc.get(`D${r}`),
    ]);
    // first pages are each section's firstPageNumber, and consecutive sections follow each other
    const firsts = new Map(handbookPages(m).map((p) => [p.sheet, p.first]));
    expect(rows).toEqual([
      [1, "秘书", 3, firsts.get("秘书")],
      [2, "门卫/收发", 2, firsts.get("门卫_收发")],
      [3, "档案员", 24, firsts.get("档案员")],
      [undefined, CATALOG_TITLE, 29, firsts.get(SHEET_CATALOG)],
      [undefined, DEDUCTIONS_TITLE, undefined, firsts.get(SHEET_DEDUCTIONS)],
      [undefined, METHOD_TITLE, undefined, firsts.get(SHEET_METHOD)],
    ]);
    const numbered = m.sheets.slice(2);
    expect(numbered[0].print?.firstPageNumber).toBe(1);
    for (let i = 1; i < numbered.length; i++)
      expect(numbered[i].print?.firstPageNumber).toBe(
        numbered[i - 1].print!.firstPageNumber! + pagesOf(numbered[i - 1])
      );
    // 档案员's 24 long duties take more than one page
    expect(pagesOf(sheetOf(m, "档案员"))).toBeGreaterThan(1);
    // cover and 目录 are not numbered
    expect(m.sheets.slice(0, 2).map((s) => [s.print?.firstPageNumber, s.print?.footer])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });

  test("post sheets: A4 landscape at 100 %, header row repeated, padded 12-pt rows, page breaks within the page", () => {
    const s = sheetOf(m, "档案员");
    expect(s.print).toMatchObject({
      paper: "A4",
      orientation: "landscape",
      fitToWidth: false,
      titleRows: [2, 2],
      printArea: "A1:H27", // title, header, 24 duties, 合计
      footer: { center: "第 &P 页" },
      header: { right: "档案员" },
    });
    expect(columnsWidth(s.columnWidths)).toBeLessThanOrEqual(bodyWidth("landscape"));
    // every duty row has an explicit height: several lines of 12-pt text plus padding
    for (let r = 3; r <= 26; r++) expect(s.rowHeights[r]).toBeGreaterThan(3 * 12 * 1.45);
    // no page holds more than the page body (A4 landscape minus margins)
    const body = 595.3 - (s.print!.margins!.top + s.print!.margins!.bottom) * 72;
    const ends = [...s.print!.rowBreaks!, 27];
    let start = 1;
    for (const end of ends) {
      let h = start > 1 ? s.rowHeights[2] : 0;
      for (let r = start; r <= end; r++) h += s.rowHeights[r];
      expect(h).toBeLessThanOrEqual(body);
      start = end + 1;
    }
    expect(s.protection).toEqual({});
  });

  test("catalogue: editable input under a header row 1, dropdowns from the 目录, titled pages, spare rows not printed", () => {
    const s = sheetOf(m, SHEET_CATALOG);
    expect(s.formats.some((f) => f.range === "A1:I1" && f.style.locked === true)).toBe(true);
    expect(s.formats.some((f) => f.range === "D2:D130" && f.style.locked === false)).toBe(true); // 29 rows + 100 spare
    expect(s.validations.find((v) => v.range === "B2:B130")?.rule).toMatchObject({
      type: "list",
      source: "'目录'!$B$3:$B$5",
    });
    expect(s.print).toMatchObject({
      printArea: "A1:I30",
      titleRows: [1, 1],
      fitToWidth: false,
      orientation: "landscape",
    });
    expect(s.print?.header?.center).toContain(CATALOG_TITLE);
    expect(columnsWidth(s.columnWidths)).toBeLessThanOrEqual(bodyWidth("landscape"));
  });

  test("a post without duties prints its title, header and a 合计 of 0 (no formula over its own row)", () => {
    const m2 = buildHandbook({ ...small, posts: [...small.posts, { name: "信访接待" }] });
    const s = sheetOf(m2, "信访接待");
    const cells = shown(s);
    expect([cells.get("A1"), cells.get("A3"), cells.get("H3")]).toEqual([
      "信访接待岗位职责",
      "合计",
      0,
    ]);
    expect(s.blocks.flatMap((b) => b.cells.flat()).filter(isFormulaCell)).toEqual([]);
    expect(s.print).toMatchObject({ printArea: "A1:H3" });
    expect(pagesOf(s)).toBe(1);
  });

  test("sheet names stay unique when posts clash after cleaning or with the fixed sheets", () => {
    expect([
      ...postSheetNames([
        { name: "a/b" },
        { name: "a:b" },
        { name: "目录" },
        { name: "考核办法" },
      ]).values(),
    ]).toEqual(["a_b", "a_b(2)", "目录(2)", "考核办法(2)"]);
  });
});

describe("pagination", () => {
  const heights = (n: number, h: number): Record<number, number> =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [i + 1, h]));

  test("a page ends before the row that would overflow it; title rows count on every page", () => {
    // landscape body ≈ 480 pt, 94 % used ≈ 451 pt: 15 rows of 30 pt on the first page
    const p = paginate({
      orientation: "landscape",
      rowHeights: heights(40, 30),
      first: 1,
      last: 40,
    });
    expect(p.breaks).toEqual([15, 30]);
    expect(p.pages).toBe(3);
    // with row 1 repeated, the following pages hold 14 new rows
    const t = paginate({
      orientation: "landscape",
      rowHeights: heights(40, 30),
      first: 1,
      last: 40,
      titleRows: [1, 1],
    });
    expect(t.breaks).toEqual([15, 29]);
  });

  test("a heading never ends a page: it moves to the next with what follows it", () => {
    const p = paginate({
      orientation: "landscape",
      rowHeights: heights(20, 30),
      first: 1,
      last: 20,
      keepWithNext: new Set([14, 15]),
    });
    expect(p.breaks).toEqual([13]);
  });

  test("one page when everything fits", () => {
    expect(
      paginate({ orientation: "portrait", rowHeights: heights(5, 20), first: 1, last: 5 })
    ).toEqual({ breaks: [], pages: 1 });
  });
});

describe("appendix: 扣分标准 and 考核办法 from the rules in force", () => {
  const dflt = buildHandbook(small);
  const deductions = sheetText(sheetOf(dflt, SHEET_DEDUCTIONS));
  const method = sheetText(sheetOf(dflt, SHEET_METHOD));

  test("the default rules in words: 1 point a missing log day, 未及时回报 in the period of its deadline, grades, money, 一票否决, caps", () => {
    expect(deductions).toContain("每缺一个工作日扣 1 分");
    expect(deductions).toContain("每件扣 0.5 分");
    expect(deductions).toContain("回报期限所在的考核期（期限未到不扣分）");
    expect(deductions).toContain("每期扣 2 分，另按本期逾期工作日每日扣 0.5 分");
    expect(deductions).toContain("每项扣完本项分值为止");
    for (const s of DEFAULT_RULES.deductionStandards) expect(deductions).toContain(s.problem);
    expect(deductions).toContain("90 分及以上");
    expect(deductions).toContain("奖励 300 元");
    expect(deductions).toContain("扣罚 200 元");
    expect(deductions).toContain("等级定为不合格");
    expect(method).toContain("第一条");
    expect(method).toContain("每缺一个工作日扣 1 分");
    expect(method).toContain("计入回报期限所在的考核期；回报期限未到的不扣分");
    expect(method).toContain("每项扣完本项分值为止");
    expect(method).toContain("每期加分合计不超过 5 分");
    expect(method).toContain("90 分及以上为优秀");
    expect(method).toContain("公示期 5 个工作日");
    expect(method).toContain(DEFAULT_RULES.noticeFeedback);
  });

  test("a changed parameter changes the printed text", () => {
    const m = buildHandbook({
      ...small,
      rules: {
        missingLogPerDay: 2,
        lateReport: 1,
        reportWithinWorkdays: 2,
        bonusCap: 3,
        quotaMoneyPerUnit: 80,
        vetoGrade: "合格",
        grades: [
          { grade: "优秀", min: 95, money: 500 },
          { grade: "合格", min: 70, money: 0 },
          { grade: "不合格", min: 0, money: -100 },
        ],
        deductionStandards: [{ code: "X1", problem: "台账未按周更新", points: 1.5 }],
      },
    });
    const d = sheetText(sheetOf(m, SHEET_DEDUCTIONS));
    const t = sheetText(sheetOf(m, SHEET_METHOD));
    for (const text of [d, t]) {
      expect(text).toContain("每缺一个工作日扣 2 分");
      expect(text).not.toContain("每缺一个工作日扣 1 分");
      expect(text).toContain("每件扣 1 分");
      expect(text).toContain("完成后第 2 个工作日");
      expect(text).toContain("扣款 80 元");
      expect(text).toContain("不超过 3 分");
    }
    expect(d).toContain("台账未按周更新");
    expect(d).toContain("1.5");
    expect(d).not.toContain("公文出现文字、格式或数据差错");
    expect(d).toContain("95 分及以上");
    expect(d).toContain("奖励 500 元");
    expect(t).toContain("95 分及以上为优秀；70 分及以上、不满 95 分为合格；不满 70 分为不合格");
    expect(t).toContain("等级定为合格");
    expect(t).not.toContain("良好");
  });
});

describe.each(handbooks)("handbook as .xlsx: %s", (name, h) => {
  test("reads back by header text: catalogue, contents, each post", async () => {
    const file = await writeFile(`read-${name}`, h);
    const book = await readXlsx(fs.readFileSync(file), path.basename(file));
    const cat = findTable(book, SHEET_CATALOG, [...CATALOG_HEADERS]);
    expect(cat.headerRow).toBe(1);
    expect(cat.rows.map((r) => r.cells.编码.value)).toEqual(h.duties.map((d) => d.code));
    expect(cat.rows.map((r) => r.cells.分值.value)).toEqual(h.duties.map((d) => d.points));
    const toc = findTable(book, SHEET_CONTENTS, [...CONTENTS_HEADERS]);
    expect(toc.headerRow).toBe(2);
    expect(toc.rows.map((r) => r.cells.章节.value)).toEqual([
      ...h.posts.map((p) => p.name),
      CATALOG_TITLE,
      DEDUCTIONS_TITLE,
      METHOD_TITLE,
    ]);
    const names = postSheetNames(h.posts);
    for (const p of h.posts) {
      const t = findTable(book, names.get(p.name)!, [...POST_HEADERS]);
      const duties = h.duties.filter((d) => d.post === p.name);
      expect(t.rows).toHaveLength(duties.length + 1);
      expect(t.rows.slice(0, -1).map((r) => r.cells.工作内容.value)).toEqual(
        duties.map((d) => d.content)
      );
      const total = t.rows[t.rows.length - 1].cells;
      expect([total.编码.value, total.分值.kind, total.分值.value]).toEqual([
        "合计",
        "formula",
        duties.reduce((s, d) => s + d.points, 0),
      ]);
    }
  });
});

test("the file indents the long texts of the post and catalogue tables (padding from the left border)", async () => {
  const file = await writeFile("indent", small);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const post = wb.getWorksheet("秘书")!;
  expect(post.getCell("C3").alignment).toMatchObject({
    horizontal: "left",
    indent: 1,
    wrapText: true,
  });
  expect(post.getCell("B3").alignment).toMatchObject({ horizontal: "center" });
  expect(post.getCell("B3").alignment.indent).toBeUndefined();
  const cat = wb.getWorksheet(SHEET_CATALOG)!;
  expect(cat.getCell("D2").alignment).toMatchObject({ horizontal: "left", indent: 1 });
  expect(wb.getWorksheet(SHEET_CONTENTS)!.pageSetup).toMatchObject({ paperSize: 9 });
  expect(post.pageSetup).toMatchObject({ firstPageNumber: 1, orientation: "landscape" });
});

test("LibreOffice recalculates every handbook formula to its cached value", async () => {
  const files = await Promise.all(handbooks.map(([name, h]) => writeFile(`parity-${name}`, h)));
  const out = await recalc(files);
  for (const f of files)
    expect({ file: path.basename(f), diffs: await compareFormulaCells(f, out.get(f)!) }).toEqual({
      file: path.basename(f),
      diffs: [],
    });
});

/**
 * Checks a printed handbook against its 目录: the cover and the 目录 come first without numbers;
 * from then on page k of the body prints "第 k 页"; every section starts on the page the 目录
 * gives (its title is on that page and on no earlier body page); no page is empty of data;
 * and the printout ends with the last section's last page.
 */
function checkPrintout(h: HandbookInput, m: WorkbookModel, pages: PdfPage[]): void {
  expect(pages.every(isA4)).toBe(true);
  const front = pages.findIndex((p) => p.text.includes("第1页"));
  expect(front).toBeGreaterThanOrEqual(2); // cover + 目录 (one page or more)
  expect(pages[0].text).toContain(squash(h.office));
  expect(pages[0].text).toContain("岗位责任手册");
  expect(pages[1].text).toContain("目录");
  const body = pages.slice(front);
  body.forEach((p, i) =>
    expect({ page: i + 1, footer: p.text.includes(`第${i + 1}页`) }).toEqual({
      page: i + 1,
      footer: true,
    })
  );
  // the 目录's rows as the model wrote them (their printed text is checked too)
  const toc = shown(sheetOf(m, SHEET_CONTENTS));
  const names = postSheetNames(h.posts);
  const sections: { title: string; page: number; sheet: string }[] = [];
  for (let r = 3; toc.get(`B${r}`) !== undefined; r++) {
    const title = String(toc.get(`B${r}`));
    const post = h.posts.find((p) => p.name === title);
    sections.push({
      title: post ? postTitle(post.name) : title,
      page: Number(toc.get(`D${r}`)),
      sheet: post ? names.get(post.name)! : title,
    });
  }
  expect(sections).toHaveLength(h.posts.length + 3);
  const tocText = pages
    .slice(1, front)
    .map((p) => p.text)
    .join("");
  for (const s of sections) {
    expect(tocText).toContain(squash(s.title.replace(/岗位职责$/, "")));
    const first = body.findIndex((p) => p.text.includes(squash(s.title))) + 1;
    expect({ section: s.title, printedOn: first }).toEqual({ section: s.title, printedOn: s.page });
  }
  // the printout has exactly the pages the sections count: nothing extra, nothing empty
  const last = m.sheets[m.sheets.length - 1];
  expect(body).toHaveLength(last.print!.firstPageNumber! + pagesOf(last) - 1);
  for (const p of body) {
    const data = p.text.replace(squash(`${h.office} 岗位责任手册`), "").replace(/第\d+页/, "");
    expect(data.length).toBeGreaterThan(40);
  }
  // wrapped text inside its rows: no printed line overlaps another
  expect(pages.map((p) => p.overlaps)).toEqual(pages.map(() => 0));
}

describe("printing through LibreOffice", () => {
  test("small sample: each section on the page the 目录 names, header row repeated, appendix in words", async () => {
    const m = buildHandbook(small);
    const pages = pdfPages(await toPdf(await writeFile("pdf-small", small)));
    checkPrintout(small, m, pages);
    // 档案员's 24 long duties need several pages (the page header names the post); the header row
    // is repeated on each, the title row only on the first
    const archive = pages.filter((p) => p.text.includes(`${small.office}岗位责任手册档案员`));
    expect(archive.length).toBe(pagesOf(sheetOf(m, "档案员")));
    for (const p of archive)
      expect(p.text).toContain("编码序号工作内容频次时限要求质量标准检查人分值");
    expect(archive.map((p) => p.text.includes("档案员岗位职责"))).toEqual(
      archive.map((_, i) => i === 0)
    );
    const all = pages.map((p) => p.text).join("");
    for (const d of small.duties) expect(all).toContain(squash(d.content));
    // the catalogue's pages are titled and repeat its header row
    const catalog = pages.filter((p) => p.text.includes(CATALOG_TITLE));
    expect(catalog.length).toBe(pagesOf(sheetOf(m, SHEET_CATALOG)) + 1); // + the 目录 line
    for (const p of catalog.slice(1))
      expect(p.text).toContain("编码岗位序号工作内容频次时限要求质量标准检查人分值");
    expect(all).toContain("每缺一个工作日扣1分");
    expect(all).toContain("第十四条");
    expect(all).not.toContain("分值合计");
  });

  test("default office (templates/handbook.json): each section on the page the 目录 names, no empty page", async () => {
    expect(dflt).toBeDefined();
    const h = handbooks[1][1];
    const pages = pdfPages(await toPdf(await writeFile("pdf-default", h)));
    checkPrintout(h, buildHandbook(h), pages);
    expect(pages[0].text).toContain("2026年12月2日");
  });
});
