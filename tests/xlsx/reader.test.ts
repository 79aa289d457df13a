import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { WorkbookReadError } from "../../src/workbook/grid";
import { readXlsx } from "../../src/xlsx/reader";
import { cellOf, hasSheet, namedCell } from "../../src/workbook/grid";
import { findTable } from "../../src/workbook/read/table";

/** A workbook as a clerk might leave it: title rows, reordered and extra columns, blank rows. */
async function userFile(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("交办事项");
  ws.getCell("A1").value = "2026年10月交办事项";
  ws.mergeCells("A1:F1");
  // header in row 3, with a line break and spaces typed into two headers, and an extra column
  ws.getRow(3).values = ["到期日", "备 注", "编号", "事项", "额外列", "完成\n日期"];
  ws.getRow(4).values = [
    new Date(Date.UTC(2026, 9, 31)),
    { richText: [{ text: "已" }, { text: "催办 ok" }] },
    "T1",
    "报送材料",
    "x",
    null,
  ];
  // row 5 blank in the requested columns (only the extra column filled): skipped
  ws.getCell("E5").value = "只有额外列";
  ws.getRow(6).values = [
    46330,
    true,
    7,
    { formula: 'HYPERLINK("http://x","点击")', result: "点击" },
    null,
    { formula: "A6+1", result: new Date(Date.UTC(2026, 10, 5)) },
  ];
  ws.getCell("A6").numFmt = "yyyy-mm-dd";
  ws.getRow(7).values = [
    { error: "#N/A" },
    { text: "链接", hyperlink: "http://example.com" },
    "T3",
    "跨两列的事项",
    null,
    new Date(Date.UTC(2026, 10, 5, 9, 30)),
  ];
  ws.mergeCells("D7:E7");
  ws.getRow(8).values = [null, null, "T4", { formula: "C4&C7", result: undefined }];
  wb.definedNames.add("'交办事项'!$C$4", "首个编号");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("readXlsx tables found by header text", () => {
  test("header row searched in the first rows, columns by name, blank rows skipped, every kind normalised", async () => {
    const book = await readXlsx(await userFile(), "月度考核.xlsx");
    const t = findTable(book, "交办事项", ["编号", "事项", "到期日", "完成日期"], {
      optional: ["备注", "责任人"],
    });
    expect(t.headerRow).toBe(3);
    expect(t.columns).toEqual({ 到期日: "A", 备注: "B", 编号: "C", 事项: "D", 完成日期: "F" });
    expect(t.missingOptional).toEqual(["责任人"]);
    expect(t.rows.map((r) => r.row)).toEqual([4, 6, 7, 8]);
    const [r4, r6, r7, r8] = t.rows.map((r) => r.cells);
    expect(r4.到期日).toEqual({ kind: "date", value: "2026-10-31", address: "A4" });
    expect(r4.备注).toEqual({ kind: "text", value: "已催办 ok", address: "B4" });
    expect(r4.完成日期).toEqual({ kind: "empty", value: null, address: "F4" });
    // 46330 with a date format = 2026-11-04 (46326 is 2026-10-31)
    expect(r6.到期日).toEqual({ kind: "date", value: "2026-11-04", address: "A6" });
    expect(r6.备注).toEqual({ kind: "bool", value: true, address: "B6" });
    expect(r6.编号).toEqual({ kind: "number", value: 7, address: "C6" });
    expect(r6.事项).toEqual({
      kind: "formula",
      value: "点击",
      formula: 'HYPERLINK("http://x","点击")',
      resultKind: "text",
      address: "D6",
    });
    expect(r6.完成日期).toEqual({
      kind: "formula",
      value: "2026-11-05",
      formula: "A6+1",
      resultKind: "date",
      address: "F6",
    });
    expect(r7.到期日).toEqual({ kind: "error", value: "#N/A", address: "A7" });
    expect(r7.备注).toEqual({ kind: "text", value: "链接", address: "B7" });
    expect(r7.完成日期).toEqual({ kind: "date", value: "2026-11-05T09:30:00", address: "F7" });
    expect(r8.事项).toEqual({
      kind: "formula",
      value: null,
      formula: "C4&C7",
      resultKind: "empty",
      address: "D8",
    });
    // the title merge (row 1) is above the table; D7:E7 is inside it
    expect(t.merges).toEqual(["D7:E7"]);
    expect(namedCell(book, "首个编号")).toEqual({ sheet: "交办事项", address: "C4" });
    expect(cellOf(book, "交办事项", "E7")).toEqual({
      kind: "empty",
      value: null,
      address: "E7",
      mergedInto: "D7",
    });
  });

  test("a missing header names file, sheet, column and the row searched", async () => {
    const book = await readXlsx(await userFile(), "月度考核.xlsx");
    // the best candidate is row 3 (it holds 编号), so the message points there
    expect(() => findTable(book, "交办事项", ["编号", "责任人", "交办日期"])).toThrow(
      "文件 月度考核.xlsx，工作表“交办事项”：找不到列“责任人”、“交办日期”（第 3 行）"
    );
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("交办事项").getRow(1).values = ["编号", "事项"];
    const other = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), "月度考核.xlsx");
    let err: unknown;
    try {
      findTable(other, "交办事项", ["编号", "到期日"]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect(err).toMatchObject({
      code: "missing-header",
      file: "月度考核.xlsx",
      sheet: "交办事项",
      message: "文件 月度考核.xlsx，工作表“交办事项”：找不到列“到期日”（第 1 行）",
    });
    expect(() => findTable(other, "工作日志", ["日期"])).toThrow(
      "文件 月度考核.xlsx 中没有工作表“工作日志”"
    );
    expect(hasSheet(other, "工作日志")).toBe(false);
  });
});

describe("files that are not readable workbooks get a clear Chinese error", () => {
  const code = async (bytes: Uint8Array, name: string): Promise<[string, string]> => {
    try {
      await readXlsx(bytes, name);
      return ["", ""];
    } catch (e) {
      expect(e).toBeInstanceOf(WorkbookReadError);
      return [(e as WorkbookReadError).code, (e as Error).message];
    }
  };

  test("empty file", async () => {
    expect(await code(new Uint8Array(), "a.xlsx")).toEqual([
      "empty-file",
      "文件“a.xlsx”是空文件（0 字节）",
    ]);
  });
  test("text renamed to .xlsx", async () => {
    expect(await code(new TextEncoder().encode("姓名,岗位\n张三,秘书"), "b.xlsx")).toEqual([
      "not-xlsx",
      "文件“b.xlsx”不是 Excel 工作簿（.xlsx）",
    ]);
  });
  test("a zip that is not a workbook", async () => {
    // "PK\x03\x04" followed by garbage
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await code(bytes, "c.xlsx")).toEqual([
      "corrupt",
      "文件“c.xlsx”已损坏或不是 Excel 工作簿，无法打开",
    ]);
  });
  test("an old .xls (OLE without encryption)", async () => {
    const bytes = new Uint8Array(512);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await code(bytes, "d.xls"))[0]).toBe("old-xls");
  });
  test("an .xlsx with an open password (real encrypted file)", async () => {
    const bytes = new Uint8Array(
      fs.readFileSync(path.join(__dirname, "fixtures", "encrypted.xlsx"))
    );
    const [c, message] = await code(bytes, "加密.xlsx");
    expect(c).toBe("encrypted");
    expect(message).toContain("文件“加密.xlsx”设有打开密码（已加密），无法读取");
  });
});
