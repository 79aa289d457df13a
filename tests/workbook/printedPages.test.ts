// No printed page of any generated workbook is empty of data (SPEC §5, issue 10 item 2): the
// handbook, the sample month workbook, the notice workbook and clerks' logs are printed to PDF
// by LibreOffice, and each page must hold something besides what every page of its sheet
// repeats — the page header (title), the footer (第 N 页，共 M 页) and the repeated header row.
// A page of blank bordered rows under a repeated header is exactly what this catches.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { defaultHandbook, sampleMonth } from "../../src/domain/defaultOffice";
import { buildClerkWorkbook } from "../../src/workbook/clerk";
import { buildHandbook } from "../../src/workbook/handbook";
import { isFormulaCell, type Cell, type WorkbookModel } from "../../src/workbook/model";
import { buildMonthWorkbook, buildNoticeWorkbook } from "../../src/workbook/month";
import { parseCell } from "../../src/workbook/address";
import { writeXlsx } from "../../src/xlsx/writer";
import { toPdfs } from "../support/libreoffice";
import { pdfPages, squash } from "./pdf";

jest.setTimeout(600_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gangze-pages-"));
const ds = sampleMonth();

/** The sample with one person's tasks and findings taken away: tables that may print empty. */
const IDLE = ds.staff[0].name;
const idle = {
  ...ds,
  tasks: ds.tasks.filter((t) => t.owner !== IDLE),
  findings: ds.findings.filter((f) => f.person !== IDLE),
};

const books: [string, () => WorkbookModel][] = [
  ["岗位责任手册", () => buildHandbook(defaultHandbook())],
  ["月度考核工作簿", () => buildMonthWorkbook(ds)],
  ["公示（月）", () => buildNoticeWorkbook(ds)],
  ["公示（第3周）", () => buildNoticeWorkbook(ds, { week: 3 })],
  ["个人工作日志 刘晓燕", () => buildClerkWorkbook(ds, "刘晓燕")],
  ["个人工作日志 韩立新（10-19 起算）", () => buildClerkWorkbook(ds, "韩立新")],
  [`个人工作日志 ${IDLE}（无交办事项、无自查）`, () => buildClerkWorkbook(idle, IDLE)],
];

const shownText = (c: Cell): string => {
  const v = isFormulaCell(c) ? c.result : c;
  if (v === null || v === undefined) return "";
  return typeof v === "object" ? ("date" in v ? v.date : "") : String(v);
};

/** `&"黑体,Bold"&14惠金河务局…` → the printed text. */
const headerText = (h: string | undefined): string =>
  (h ?? "")
    .replace(/&"[^"]*"/g, "")
    .replace(/&\d+/g, "")
    .replace(/&[PNAFDTBIU]/g, "")
    .replace(/&&/g, "&");

/**
 * What pages repeat without being data: page headers and repeated title rows (one copy per
 * page), and a text a table pre-fills in every row of a column (the clerk's name: all copies).
 */
function repeated(m: WorkbookModel): { once: string[]; all: string[] } {
  const once: string[] = [];
  const all: string[] = [];
  for (const s of m.sheets) {
    if (s.hidden || !s.print) continue;
    once.push(squash(headerText(s.print.header?.center)));
    const [top, bottom] = s.print.titleRows ?? [0, -1];
    for (const b of s.blocks) {
      const o = parseCell(b.origin);
      b.cells.forEach((row, r) => {
        if (o.row + r >= top && o.row + r <= bottom)
          for (const c of row) once.push(squash(shownText(c)));
      });
      // a column whose every body row holds the same text is a pre-filled template
      const body = b.cells.slice(o.row < top || o.row > bottom ? 0 : bottom - o.row + 1);
      if (body.length >= 3)
        (body[0] ?? []).forEach((_, k) => {
          const texts = new Set(body.map((row) => squash(shownText(row[k] ?? null))));
          const [only] = [...texts];
          if (texts.size === 1 && only) all.push(only);
        });
    }
  }
  const byLength = (a: string, b: string) => b.length - a.length;
  return { once: once.filter(Boolean).sort(byLength), all: all.sort(byLength) };
}

/** The page's text without its footer and the repeated texts. */
function dataOf(text: string, rep: { once: string[]; all: string[] }): string {
  let t = text.replace(/第\d+页，共\d+页/g, "");
  for (const r of rep.once) {
    const k = t.indexOf(r);
    if (k >= 0) t = t.slice(0, k) + t.slice(k + r.length);
  }
  for (const r of rep.all) t = t.split(r).join("");
  return t;
}

/** The control: 刘晓燕's log with 40 spare rows and no print area on 工作日志 (as before issue 10). */
const CONTROL = "对照：工作日志不设打印区域";
function control(): WorkbookModel {
  const m = buildClerkWorkbook(ds, "刘晓燕", { spareLogRows: 40 });
  const logs = m.sheets.find((s) => s.name === "工作日志")!;
  delete logs.print!.printArea;
  return m;
}

let pages: Map<string, { count: number; empty: number[] }>;

beforeAll(async () => {
  const files = new Map<string, { file: string; model: WorkbookModel }>();
  for (const [name, build] of [...books, [CONTROL, control] as const]) {
    const model = build();
    const file = path.join(dir, `${files.size}.xlsx`);
    fs.writeFileSync(file, await writeXlsx(model));
    files.set(name, { file, model });
  }
  const pdfs = await toPdfs([...files.values()].map((f) => f.file));
  pages = new Map();
  for (const [name, { file, model }] of files) {
    const rep = repeated(model);
    const ps = pdfPages(pdfs.get(file)!);
    pages.set(name, {
      count: ps.length,
      empty: ps.flatMap((p, i) => (dataOf(p.text, rep) === "" ? [i + 1] : [])),
    });
  }
});

describe.each(books.map(([name]) => name))("%s", (name) => {
  test("prints, and no page is empty of data", () => {
    const p = pages.get(name)!;
    expect(p.count).toBeGreaterThan(0);
    expect({ name, emptyPages: p.empty }).toEqual({ name, emptyPages: [] });
  });
});

describe("the check itself", () => {
  test("a log printed with its spare rows (no print area) has a page of names over blank rows", () => {
    const p = pages.get(CONTROL)!;
    expect(p.empty.length).toBeGreaterThan(0);
  });

  test("a page of a repeated header over blank rows counts as empty", () => {
    const rep = {
      once: ["惠金河务局办公室2026年10月工作日志", "日期", "星期", "姓名"],
      all: ["刘晓燕"],
    };
    expect(
      dataOf("惠金河务局办公室2026年10月工作日志日期星期姓名刘晓燕刘晓燕第5页，共9页", rep)
    ).toBe("");
    expect(
      dataOf("惠金河务局办公室2026年10月工作日志日期星期姓名2026-10-08第3页，共9页", rep)
    ).toBe("2026-10-08");
  });
});
