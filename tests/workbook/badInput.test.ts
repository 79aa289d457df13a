// The bad-input corpus: every broken file gives a clear Chinese message naming file, sheet and
// cell; nothing crashes; no input file is modified.

import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import JSZip from "jszip";
import { checkDataset } from "../../src/domain/checks";
import { sampleMonth } from "../../src/domain/defaultOffice";
import { buildClerkWorkbook } from "../../src/workbook/clerk/build";
import { readClerkWorkbook } from "../../src/xlsx/readWorkbooks";
import { CLERK_SHEET } from "../../src/workbook/clerk/sheets";
import { combineIssues } from "../../src/workbook/read/issues";
import { readMonthWorkbook } from "../../src/xlsx/readWorkbooks";
import { MONTH_SHEETS } from "../../src/workbook/sheets";
import { WorkbookReadError } from "../../src/workbook/grid";
import { writeXlsx } from "../../src/xlsx/writer";
import {
  clerkMonth,
  columnsOf,
  emptyRow,
  findRow,
  loadBook,
  saveBook,
  setCells,
  utc,
} from "../fixtures/clerk";
import { buildTestMonthWorkbook } from "../fixtures/monthWorkbook";

const FILE = "十月考核.xlsx";

/** Reads a copy-checked file: the bytes handed in are the same afterwards. */
async function readMonth(bytes: Uint8Array, file = FILE) {
  const before = Buffer.from(bytes);
  try {
    return await readMonthWorkbook(bytes, file);
  } finally {
    expect(Buffer.from(bytes).equals(before)).toBe(true);
  }
}

async function fatal(
  bytes: Uint8Array,
  file = FILE,
  reader: (b: Uint8Array, f: string) => Promise<unknown> = readMonth
): Promise<WorkbookReadError> {
  try {
    await reader(bytes, file);
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookReadError);
    return e as WorkbookReadError;
  }
  throw new Error("expected WorkbookReadError");
}

/** A zip archive (stored, no compression) holding the given files: a zip that is no workbook. */
function zip(files: Record<string, string>): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const n = Buffer.from(name);
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(n.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    central.push(dir, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

let good: Uint8Array;
beforeAll(async () => {
  good = await writeXlsx(buildTestMonthWorkbook(sampleMonth()));
});

async function edited(
  edit: (wb: Awaited<ReturnType<typeof loadBook>>) => void
): Promise<Uint8Array> {
  const wb = await loadBook(good);
  edit(wb);
  return saveBook(wb);
}

describe("files that cannot be read at all (WorkbookReadError → exit code 2)", () => {
  test("an empty file", async () => {
    const e = await fatal(new Uint8Array(0));
    expect([e.code, e.message]).toEqual(["empty-file", `文件“${FILE}”是空文件（0 字节）`]);
  });

  test("a text file renamed .xlsx", async () => {
    const e = await fatal(new Uint8Array(Buffer.from("姓名,岗位\n刘晓燕,秘书\n")));
    expect([e.code, e.message]).toEqual(["not-xlsx", `文件“${FILE}”不是 Excel 工作簿（.xlsx）`]);
  });

  test("a zip that is not a workbook", async () => {
    const e = await fatal(zip({ "readme.txt": "hello", "data/a.csv": "1,2" }));
    expect([e.code, e.message]).toEqual([
      "corrupt",
      `文件 ${FILE} 不是 Excel 工作簿（压缩包中没有工作表），请确认选对了文件`,
    ]);
  });

  test("a file protected with an open password (encrypted)", async () => {
    // made with officecrypto-tool (tests/xlsx/fixtures/README.md); LibreOffice 7.4's
    // --convert-to ignores the EncryptionPassword filter option and writes a plain zip
    const bytes = new Uint8Array(
      fs.readFileSync(path.join(__dirname, "..", "xlsx", "fixtures", "encrypted.xlsx"))
    );
    const e = await fatal(bytes);
    expect(e.code).toBe("encrypted");
    expect(e.message).toContain(`文件“${FILE}”设有打开密码（已加密），无法读取`);
  });

  test("an old .xls (OLE) file", async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await fatal(ole)).code).toBe("old-xls");
  });

  test("a required sheet missing: every missing sheet named", async () => {
    const bytes = await edited((wb) => {
      wb.removeWorksheet(wb.getWorksheet(MONTH_SHEETS.logs)!.id);
      wb.removeWorksheet(wb.getWorksheet(MONTH_SHEETS.bonuses)!.id);
    });
    const e = await fatal(bytes);
    expect([e.code, e.sheet, e.message]).toEqual([
      "missing-sheet",
      "工作日志",
      `文件 ${FILE} 缺少工作表“工作日志”、“加分记录”，不是月度考核工作簿`,
    ]);
  });

  test("a renamed or deleted header", async () => {
    const renamed = await edited((wb) => {
      const ws = wb.getWorksheet(MONTH_SHEETS.logs)!;
      ws.getCell(`${String.fromCharCode(64 + columnsOf(ws)["工作内容"])}1`).value = "内容";
    });
    const e = await fatal(renamed);
    expect([e.code, e.sheet, e.message]).toEqual([
      "missing-header",
      "工作日志",
      `文件 ${FILE}，工作表“工作日志”：找不到列“工作内容”（第 1 行）`,
    ]);
    const noGrades = await edited((wb) => {
      const ws = wb.getWorksheet(MONTH_SHEETS.rules)!;
      ws.getCell(`${String.fromCharCode(64 + columnsOf(ws)["最低分"])}1`).value = null;
    });
    expect((await fatal(noGrades)).message).toBe(
      `文件 ${FILE}，工作表“考核标准”：找不到列“最低分”（第 1 行）`
    );
  });

  test("a clerk's workbook opened as the month workbook, and the other way round", async () => {
    const clerk = await writeXlsx(buildClerkWorkbook(sampleMonth(), "刘晓燕"));
    expect((await fatal(clerk)).message).toContain(
      "这是个人工作日志，请用“汇总”（collect）把它并入月度考核工作簿"
    );
    const e = await fatal(good, "月度.xlsx", readClerkWorkbook);
    expect(e.message).toBe(
      "文件 月度.xlsx 缺少工作表“我的职责”、“自查”，不是个人工作日志：这是月度考核工作簿，汇总时请把它作为第一个文件"
    );
  });
});

describe("cell problems: reported with file, sheet and cell, nothing crashes", () => {
  test("merged cells inside a table", async () => {
    const bytes = await edited((wb) => wb.getWorksheet(MONTH_SHEETS.logs)!.mergeCells("A5:A7"));
    const r = await readMonth(bytes);
    const m = r.issues.find((i) => i.code === "merged-cells")!;
    expect(m).toMatchObject({ severity: "error", sheet: "工作日志", cell: "A5" });
    expect(m.message).toBe(
      `文件 ${FILE}，工作日志!A5：表格中有合并单元格 A5:A7，合并后只有第一个单元格有内容，其余各行的该栏会被当作空白`
    );
    // the covered rows read with an empty date: the entry check says so at A6 and A7
    expect(r.dataset.logs[4].date).toBeUndefined();
  });

  test("dates typed badly", async () => {
    const bytes = await edited((wb) => {
      const ws = wb.getWorksheet(MONTH_SHEETS.logs)!;
      ws.getCell("A17").value = "10月32日";
      ws.getCell("A18").value = "2026-13-01";
      ws.getCell("A19").value = "明天";
    });
    const r = await readMonth(bytes);
    expect(r.issues.map((i) => i.message)).toEqual([
      `文件 ${FILE}，工作日志!A17：日期“10月32日”不是有效日期，请写成 2026-11-03 这样的日期`,
      `文件 ${FILE}，工作日志!A18：日期“2026-13-01”不是有效日期，请写成 2026-11-03 这样的日期`,
      `文件 ${FILE}，工作日志!A19：日期“明天”不是有效日期，请写成 2026-11-03 这样的日期`,
    ]);
  });

  test("text in number cells", async () => {
    const bytes = await edited((wb) => {
      const ws = wb.getWorksheet(MONTH_SHEETS.quotas)!;
      setCells(ws, 2, { 本月完成: "五篇", 本月目标: "2篇" });
    });
    const r = await readMonth(bytes);
    expect(r.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["not-a-number", "月度指标", "D2"],
      ["not-a-number", "月度指标", "E2"],
    ]);
    expect(r.issues[1].message).toBe(`文件 ${FILE}，月度指标!E2：本月完成“五篇”不是数字`);
  });

  test("formulas typed into input cells of the month workbook, HYPERLINK included", async () => {
    const bytes = await edited((wb) => {
      const ws = wb.getWorksheet(MONTH_SHEETS.bonuses)!;
      setCells(ws, 2, {
        加分: { formula: "1+1", result: 2 },
        事由: { formula: 'HYPERLINK("http://x","表彰")', result: "表彰" },
      });
    });
    const r = await readMonth(bytes);
    // the director's own workbook: a formula of the allowed functions is read by its result,
    // kept as typed and reported (SPEC §9); HYPERLINK (not allowed) stays an error, not read
    expect(r.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ["formula-in-input", "error", "C2"],
      ["formula-kept", "warning", "D2"],
    ]);
    expect(r.issues[0].message).toContain("事由栏填的是公式“=HYPERLINK(");
    expect(r.dataset.bonuses[0].points).toBe(2);
    expect(r.dataset.bonuses[0].reason).toBeUndefined();
    expect(r.inputFormulas.map((f) => [f.cell, f.formula])).toEqual([["D2", "1+1"]]);
  });

  test("=HYPERLINK(...) and a bad date in a clerk's file: rows not taken, cells named", async () => {
    const wb = await loadBook(await writeXlsx(buildClerkWorkbook(clerkMonth(), "刘晓燕")));
    const logs = wb.getWorksheet(CLERK_SHEET.logs)!;
    const row = findRow(logs, "日期", "2026-10-27");
    setCells(logs, row, {
      工作内容: { formula: 'HYPERLINK("\\\\server\\share\\a.doc","见附件")', result: "见附件" },
      完成情况: "完成",
    });
    const spare = emptyRow(logs, "日期");
    setCells(logs, spare, { 日期: "10月32日", 工作内容: "补记", 完成情况: "完成" });
    const self = wb.getWorksheet(CLERK_SHEET.selfCheck)!;
    setCells(self, emptyRow(self, "问题"), {
      日期: utc("2026-10-20"),
      问题: "登记遗漏",
      扣分: "半分",
    });
    const bytes = await saveBook(wb);
    const before = Buffer.from(bytes);
    const r = await readClerkWorkbook(bytes, "刘晓燕.xlsx");
    expect(Buffer.from(bytes).equals(before)).toBe(true);
    expect(
      r.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.sheet, i.cell])
    ).toEqual([
      ["formula-in-input", "工作日志", `E${row}`],
      ["invalid-date", "工作日志", `A${spare}`],
      ["not-a-number", "自查", expect.stringMatching(/^E\d+$/)],
    ]);
    expect(r.logs.some((l) => l.content === "补记")).toBe(false);
    expect(r.findings.some((f) => f.problem === "登记遗漏")).toBe(false);
  });

  test("a month in a provisional year: read, and the check warns at 日历 that it is 暂定", async () => {
    const bytes = await edited((wb) => {
      const ws = wb.getWorksheet(MONTH_SHEETS.readme)!;
      ws.getCell("B3").value = "2027年1月";
      ws.getCell("B4").value = utc("2027-01-29");
      ws.getCell("B4").numFmt = "yyyy-mm-dd";
    });
    const r = await readMonth(bytes);
    expect([r.dataset.month, r.dataset.asOf]).toEqual(["2027-01", "2027-01-29"]);
    const all = combineIssues(FILE, r.issues, checkDataset(r.dataset), r.locate);
    const missing = all.find((i) => i.code === "calendar-provisional")!;
    expect(missing).toMatchObject({ severity: "warning", sheet: "日历", cell: "A1" });
    expect(missing.message).toContain(
      `文件 ${FILE}，日历!A1：暂定：2027 年的国务院节假日安排尚未导入`
    );
  });
});

describe("damaged files never crash the reader", () => {
  /** Either a result or an WorkbookReadError with a message naming the file: nothing else. */
  async function survives(bytes: Uint8Array): Promise<string> {
    try {
      await readMonth(bytes);
      return "read";
    } catch (e) {
      expect(e).toBeInstanceOf(WorkbookReadError);
      expect((e as Error).message).toContain(FILE);
      return (e as WorkbookReadError).code;
    }
  }

  async function damaged(edit: (z: JSZip) => Promise<void> | void): Promise<Uint8Array> {
    const z = await JSZip.loadAsync(good);
    await edit(z);
    return new Uint8Array(await z.generateAsync({ type: "uint8array" }));
  }

  test("parts removed or cut short inside the zip", async () => {
    const sheets = Object.keys((await JSZip.loadAsync(good)).files).filter((f) =>
      /^xl\/worksheets\/sheet\d+\.xml$/.test(f)
    );
    expect(sheets.length).toBeGreaterThan(5);
    const cases = [
      await damaged((z) => void z.remove("xl/sharedStrings.xml")),
      await damaged((z) => void z.remove("xl/styles.xml")),
      await damaged((z) => void z.remove("xl/workbook.xml")),
      await damaged((z) => void z.remove(sheets[6])),
      await damaged(
        async (z) =>
          void z.file(sheets[6], (await z.file(sheets[6])!.async("string")).slice(0, 500))
      ),
      await damaged(
        async (z) =>
          void z.file(
            "xl/sharedStrings.xml",
            (await z.file("xl/sharedStrings.xml")!.async("string")).slice(0, 300)
          )
      ),
    ];
    const outcomes = [];
    for (const c of cases) outcomes.push(await survives(c));
    // each outcome is a read or a clear refusal
    for (const o of outcomes)
      expect(["read", "corrupt", "missing-sheet", "missing-header"]).toContain(o);
  });

  test("bytes flipped at random places", async () => {
    // a fixed pseudo-random sequence (LCG) so a failure can be replayed
    let seed = 20261027;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let k = 0; k < 12; k++) {
      const bytes = new Uint8Array(good);
      for (let j = 0; j < 8; j++) bytes[next() % bytes.length] ^= 1 + (next() % 255);
      await survives(bytes);
    }
  });
});
