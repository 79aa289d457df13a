import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  buildHandbook,
  CATALOG_HEADERS,
  POST_HEADERS,
  postSheetNames,
  SHEET_CATALOG,
  SHEET_CONTENTS,
  SHEET_COVER,
  type HandbookInput,
} from "../../src/workbook/handbook";
import { isFormulaCell, type SheetModel } from "../../src/workbook/model";
import { FOOTER_PAGES } from "../../src/workbook/styles";
import { readXlsx } from "../../src/xlsx/reader";
import { writeXlsx } from "../../src/xlsx/writer";
import { compareFormulaCells, recalc, toPdf } from "../support/libreoffice";
import { defaultHandbook, smallHandbook } from "./fixtures";
import { isA4, pdfPages, squash } from "./pdf";
import { findTable } from "../../src/workbook/read/table";

const small = smallHandbook();
const dflt = defaultHandbook();
const handbooks: [string, HandbookInput][] = [
  ["测试样例", small],
  ...(dflt ? [["默认办公室", dflt] as [string, HandbookInput]] : []),
];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gangze-hb-"));
async function writeFile(name: string, h: HandbookInput): Promise<string> {
  const file = path.join(tmp, `${name}.xlsx`);
  fs.writeFileSync(file, await writeXlsx(buildHandbook(h)));
  return file;
}

/** The cached result written at `address` of a sheet (blocks searched). */
function cached(sheet: SheetModel, address: string): unknown {
  const col = address.charCodeAt(0) - 64;
  const row = Number(address.slice(1));
  for (const b of sheet.blocks) {
    const oc = b.origin.charCodeAt(0) - 64;
    const or = Number(b.origin.slice(1));
    const c = b.cells[row - or]?.[col - oc];
    if (c !== undefined && row >= or && col >= oc) return isFormulaCell(c) ? c.result : c;
  }
  return undefined;
}

describe("handbook description (small sample)", () => {
  const m = buildHandbook(small);
  const byName = new Map(m.sheets.map((s) => [s.name, s]));

  test("sheets: cover, contents, one per post (names made Excel-safe), catalogue", () => {
    expect(m.sheets.map((s) => s.name)).toEqual([
      SHEET_COVER,
      SHEET_CONTENTS,
      "秘书",
      "门卫_收发",
      "档案员",
      SHEET_CATALOG,
    ]);
  });

  test("cover and contents carry hand-checked cached values", () => {
    const cover = byName.get(SHEET_COVER)!;
    // rows from B12: 编制单位, 编制日期, 岗位数, 职责条目数, 分值合计
    expect(cached(cover, "C13")).toEqual({ date: "2026-11-02" });
    expect(cached(cover, "C14")).toBe(3);
    expect(cached(cover, "C15")).toBe(3 + 2 + 24); // 29 duties
    expect(cached(cover, "C16")).toBe(300); // three posts of 100 points
    const toc = byName.get(SHEET_CONTENTS)!;
    // rows 3-5: 秘书 3 duties 40+35+25; 门卫/收发 2 duties 60+40; 档案员 24 duties 20×4+4×5; row 6 totals
    expect([3, 4, 5, 6].map((r) => [cached(toc, `C${r}`), cached(toc, `D${r}`)])).toEqual([
      [3, 100],
      [2, 100],
      [24, 100],
      [29, 300],
    ]);
  });

  test("post sheets print on A4 landscape, one page wide, header row repeated, page numbers", () => {
    const s = byName.get("档案员")!;
    expect(s.print).toMatchObject({
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      titleRows: [2, 2],
      footer: { center: FOOTER_PAGES },
    });
    // every duty row (3..26) has an explicit height, taller than one line
    for (let r = 3; r <= 26; r++) expect(s.rowHeights[r]).toBeGreaterThan(20);
    expect(s.protection).toEqual({});
  });

  test("catalogue rows are editable input, headers locked, with dropdowns from the contents", () => {
    const s = byName.get(SHEET_CATALOG)!;
    expect(s.formats.some((f) => f.range === "A1:I1" && f.style.locked === true)).toBe(true);
    expect(s.formats.some((f) => f.range === "D2:D130" && f.style.locked === false)).toBe(true); // 29 rows + 100 spare
    expect(s.validations.find((v) => v.range === "B2:B130")?.rule).toMatchObject({
      type: "list",
      source: "'目录'!$B$3:$B$5",
    });
    expect(s.print?.printArea).toBe("A1:I30");
  });

  test("sheet names stay unique when posts clash after cleaning", () => {
    expect([
      ...postSheetNames([{ name: "a/b" }, { name: "a:b" }, { name: "目录" }]).values(),
    ]).toEqual(["a_b", "a_b(2)", "目录(2)"]);
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
    const toc = findTable(book, SHEET_CONTENTS, ["序号", "岗位", "职责条目数", "分值合计"]);
    expect(toc.headerRow).toBe(2);
    expect(toc.rows.map((r) => r.cells.岗位.value)).toEqual([...h.posts.map((p) => p.name), null]); // last: 合计 row (merged A:B)
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

test("LibreOffice recalculates every handbook formula to its cached value", async () => {
  const files = await Promise.all(handbooks.map(([name, h]) => writeFile(`parity-${name}`, h)));
  const out = await recalc(files);
  for (const f of files)
    expect({ file: path.basename(f), diffs: await compareFormulaCells(f, out.get(f)!) }).toEqual({
      file: path.basename(f),
      diffs: [],
    });
});

describe("printing through LibreOffice", () => {
  test("small sample: A4, every post, header repeated on the second page of a long post, no clipped rows", async () => {
    const pages = pdfPages(await toPdf(await writeFile("pdf-small", small)));
    expect(pages.every(isA4)).toBe(true);
    // cover and contents portrait, post sheets landscape
    expect(pages[0].height).toBeGreaterThan(pages[0].width);
    expect(pages[2].width).toBeGreaterThan(pages[2].height);
    const all = pages.map((p) => p.text).join("");
    for (const p of small.posts) expect(all).toContain(`${p.name}岗位职责`);
    // 档案员's 24 long duties need several pages (the page header names the post); the header row
    // is repeated on each, the title row only on the first
    const archive = pages.filter((p) => p.text.includes(`${small.office}岗位责任手册档案员`));
    expect(archive.length).toBeGreaterThanOrEqual(2);
    for (const p of archive)
      expect(p.text).toContain("编码序号工作内容频次时限要求质量标准检查人分值");
    expect(archive.map((p) => p.text.includes("档案员岗位职责"))).toEqual(
      archive.map((_, i) => i === 0)
    );
    expect(archive[archive.length - 1].text).toContain("DA-2424");
    // wrapped text printed whole and inside its row: no text line overlaps another
    for (const d of small.duties) expect(all).toContain(squash(d.content));
    expect(pages.map((p) => p.overlaps)).toEqual(pages.map(() => 0));
    // page numbers in the footer of every page but the cover
    for (let i = 2; i <= pages.length; i++)
      expect(pages[i - 1].text).toContain(`第${i}页，共${pages.length}页`);
  });

  test("default office (templates/handbook.json): A4, every post name, no clipped rows", async () => {
    expect(dflt).toBeDefined();
    const pages = pdfPages(await toPdf(await writeFile("pdf-default", dflt!)));
    expect(pages.every(isA4)).toBe(true);
    const all = pages.map((p) => p.text).join("");
    for (const p of dflt!.posts) expect(all).toContain(`${p.name}岗位职责`);
    expect(pages.map((p) => p.overlaps)).toEqual(pages.map(() => 0));
  });
});
