import JSZip from "jszip";
import { emptySheet, type WorkbookModel } from "../../src/workbook/model";
import { callsNewerFunction, fileFormula, writeXlsx } from "../../src/xlsx/writer";
import { readXlsx } from "../../src/xlsx/reader";
import { cellOf } from "../../src/workbook/grid";

/** A sheet with one of every feature the writer supports. */
function featureModel(): WorkbookModel {
  const s = emptySheet("交办事项");
  s.tabColor = "C00000";
  s.columnWidths = [10, 14, 12];
  s.rowHeights = { 1: 24 };
  s.blocks.push({
    origin: "A1",
    cells: [
      ["编号", "到期日", "状态", "天数"],
      [
        "T1",
        { date: "2026-10-31" },
        { formula: 'IF(B2<基准日,"逾期未完成","进行中")', result: "逾期未完成" },
        { formula: "基准日-B2", result: 5 },
      ],
      [
        "T2",
        { date: "2026-11-06" },
        { formula: 'IF(B3<基准日,"逾期未完成","进行中")', result: "进行中" },
        { formula: "基准日-B3", result: -1 },
      ],
    ],
  });
  s.blocks.push({ origin: "F1", cells: [["基准日"], [{ date: "2026-11-05" }]] });
  s.formats.push({
    range: "A1:D1",
    style: { font: { name: "黑体", bold: true }, fill: "D9E1F2", locked: true },
  });
  s.formats.push({ range: "A2:B40", style: { locked: false, border: "thin" } });
  s.formats.push({ range: "B2:B40", style: { numberFormat: "yyyy-mm-dd" } });
  s.formats.push({ range: "F2", style: { locked: false, numberFormat: "yyyy-mm-dd" } });
  s.merges.push("F3:G3");
  s.validations.push({
    range: "B2:B40",
    rule: { type: "date", min: "2020-01-01", max: "2035-12-31", error: "请输入日期" },
  });
  s.validations.push({
    range: "C2:C40",
    rule: { type: "list", values: ["逾期未完成", "临期", "进行中"] },
  });
  s.validations.push({ range: "A2:A40", rule: { type: "list", source: "'人员'!$A$2:$A$30" } });
  s.validations.push({ range: "D2:D40", rule: { type: "whole", min: 0, max: 99 } });
  s.conditionalFormats.push({
    range: "A2:D40",
    formula: '$C2="逾期未完成"',
    fill: "FFC7CE",
    fontColor: "9C0006",
  });
  s.freeze = { rows: 1, columns: 1 };
  s.protection = {};
  s.print = {
    paper: "A4",
    orientation: "landscape",
    fitToWidth: true,
    titleRows: [1, 1],
    footer: { center: "第 &P 页，共 &N 页" },
  };
  const people = emptySheet("人员");
  people.blocks.push({ origin: "A1", cells: [["姓名"], ["张三"]] });
  people.protection = { password: "abc" };
  return {
    title: "功能",
    sheets: [s, people],
    definedNames: [{ name: "基准日", ref: "'交办事项'!$F$2" }],
  };
}

async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of [
    "xl/workbook.xml",
    "xl/worksheets/sheet1.xml",
    "xl/worksheets/sheet2.xml",
    "xl/styles.xml",
  ])
    out[name] = await zip.file(name)!.async("string");
  return out;
}

describe("writeXlsx", () => {
  let xml: Record<string, string>;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeXlsx(featureModel());
    xml = await parts(bytes);
  });

  test("formulas without '=' and with their cached results, text results as t=\"str\"", () => {
    const sheet = xml["xl/worksheets/sheet1.xml"];
    expect(sheet).toContain(
      '<c r="C2" t="str"><f>IF(B2&lt;基准日,&quot;逾期未完成&quot;,&quot;进行中&quot;)</f><v>逾期未完成</v></c>'
    );
    expect(sheet).toMatch(/<c r="D3"[^>]*><f>基准日-B3<\/f><v>-1<\/v><\/c>/);
  });

  test("dates are serial numbers with a date format", async () => {
    const sheet = xml["xl/worksheets/sheet1.xml"];
    // 2026-10-31 = 46326 (see model.test.ts)
    expect(sheet).toMatch(/<c r="B2" s="\d+"><v>46326<\/v><\/c>/);
    const book = await readXlsx(bytes, "功能.xlsx");
    expect(cellOf(book, "交办事项", "B2")).toEqual({
      kind: "date",
      value: "2026-10-31",
      address: "B2",
    });
    expect(cellOf(book, "交办事项", "F2")).toEqual({
      kind: "date",
      value: "2026-11-05",
      address: "F2",
    });
  });

  test("one validation rule per range, never one per cell", () => {
    const sheet = xml["xl/worksheets/sheet1.xml"];
    expect(sheet.match(/<dataValidation /g)).toHaveLength(4);
    expect(sheet).toMatch(
      /<dataValidation [^>]*sqref="B2:B40"[^>]*><formula1>43831<\/formula1><formula2>49674<\/formula2>/
    );
    expect(sheet).toContain("<formula1>&quot;逾期未完成,临期,进行中&quot;</formula1>");
    expect(sheet).toContain("<formula1>&apos;人员&apos;!$A$2:$A$30</formula1>");
  });

  test("protection without password is not hashed; a password is hashed with a low spin count", () => {
    expect(xml["xl/worksheets/sheet1.xml"]).toMatch(/<sheetProtection sheet="1"[^>]*\/>/);
    expect(xml["xl/worksheets/sheet1.xml"]).not.toContain("hashValue");
    expect(xml["xl/worksheets/sheet2.xml"]).toMatch(/<sheetProtection [^>]*spinCount="1000"/);
    expect(xml["xl/styles.xml"]).toContain('<protection locked="0"/>');
  });

  test("input cells unlocked, others locked", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as never);
    const ws = wb.getWorksheet("交办事项")!;
    expect([
      ws.getCell("A2").protection?.locked,
      ws.getCell("B40").protection?.locked,
      ws.getCell("F2").protection?.locked,
    ]).toEqual([false, false, false]);
    // no protection entry = Excel's default, locked
    expect([
      ws.getCell("A1").protection?.locked ?? true,
      ws.getCell("C2").protection?.locked ?? true,
    ]).toEqual([true, true]);
  });

  test("defined names, print titles, page setup, footer, freeze panes, tab colour, merges, conditional format", () => {
    const wbx = xml["xl/workbook.xml"];
    expect(wbx).toContain('<definedName name="基准日">&apos;交办事项&apos;!$F$2</definedName>');
    expect(wbx).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;交办事项&apos;!$1:$1</definedName>'
    );
    const sheet = xml["xl/worksheets/sheet1.xml"];
    expect(sheet).toMatch(
      /<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToWidth="1"[^>]*fitToHeight="0"/
    );
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(sheet).toContain("<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>");
    expect(sheet).toMatch(
      /<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"\/>/
    );
    expect(sheet).toContain('<tabColor rgb="FFC00000"/>');
    expect(sheet).toContain('<mergeCell ref="F3:G3"/>');
    expect(sheet).toMatch(
      /<conditionalFormatting sqref="A2:D40"><cfRule type="expression" dxfId="\d+" priority="1"><formula>\$C2=&quot;逾期未完成&quot;<\/formula>/
    );
  });

  test("a long inline list is refused before anything is written", async () => {
    const m = featureModel();
    m.sheets[0].validations.push({
      range: "E2:E9",
      rule: { type: "list", values: Array.from({ length: 100 }, (_, i) => `人员${i}`) },
    });
    await expect(writeXlsx(m)).rejects.toThrow("应引用单元格区域");
  });

  test("fileFormula strips '=' and prefixes only newer functions outside strings", () => {
    expect(fileFormula("=SUM(A1:A3)")).toBe("SUM(A1:A3)");
    expect(fileFormula('RANK.EQ(A1,A:A)&"RANK.EQ("')).toBe('_xlfn.RANK.EQ(A1,A:A)&"RANK.EQ("');
    expect(fileFormula("IF(IFS(A1>0,1),MAXIFS(B:B,C:C,1),'IFS(x'!A1)")).toBe(
      "IF(_xlfn.IFS(A1>0,1),_xlfn.MAXIFS(B:B,C:C,1),'IFS(x'!A1)"
    );
    expect(fileFormula("SUMIFS(B:B,C:C,1)+COUNTIFS(C:C,1)+XIFS(1)")).toBe(
      "SUMIFS(B:B,C:C,1)+COUNTIFS(C:C,1)+XIFS(1)"
    );
  });

  test("SUMIFS and COUNTIFS do not count as calls of IFS (they skip the slower scan)", () => {
    expect(callsNewerFunction("SUMIFS(B:B,C:C,1)")).toBe(false);
    expect(callsNewerFunction("COUNTIFS(C:C,1)*2")).toBe(false);
    expect(callsNewerFunction("SUM(A1)+ifs(A1>0,1)")).toBe(true);
    expect(callsNewerFunction("RANK.EQ(A1,A:A)")).toBe(true);
    expect(callsNewerFunction("IFSX(1)")).toBe(false);
  });
});

test("a model's comments are written as notes, a thread's replies on lines after its text", async () => {
  const sheet = emptySheet("表");
  sheet.blocks.push({ origin: "A1", cells: [["甲", "乙"]] });
  sheet.comments = [
    {
      cell: "A1",
      kind: "thread",
      text: "〔王科长 2026-10-28〕太简略",
      replies: ["〔刘晓燕 2026-10-29〕已补充"],
    },
    { cell: "B1", kind: "note", text: "张主任:\n已同意" },
  ];
  const zip = await JSZip.loadAsync(
    await writeXlsx({ title: "批注", sheets: [sheet], definedNames: [] })
  );
  const xml: Record<string, string> = {};
  for (const [name, f] of Object.entries(zip.files))
    if (!f.dir) xml[name] = await f.async("string");
  const comments = Object.entries(xml).find(([k]) => /^xl\/comments\d*\.xml$/.test(k))?.[1] ?? "";
  expect(comments).toContain('ref="A1"');
  expect(comments).toContain("〔王科长 2026-10-28〕太简略\n〔刘晓燕 2026-10-29〕已补充");
  expect(comments).toContain('ref="B1"');
  expect(comments).toContain("已同意");
});

test("writing 40 sheets of 31 rows × 12 columns (timing logged, not asserted)", async () => {
  const sheets = Array.from({ length: 40 }, (_, k) => {
    const s = emptySheet(`人员${k + 1}`);
    const rows = Array.from({ length: 31 }, (_, r) => [
      { date: `2026-10-${String(r + 1).padStart(2, "0")}` },
      "内容",
      "完成",
      1,
      2,
      3,
      4,
      5,
      6,
      7,
      { formula: `SUM(D${r + 2}:J${r + 2})`, result: 28 },
      { formula: `IF(K${r + 2}>20,"高","低")`, result: "高" },
    ]);
    s.blocks.push({
      origin: "A1",
      cells: [Array.from({ length: 12 }, (_, i) => `列${i + 1}`), ...rows],
    });
    s.formats.push(
      { range: "A2:J32", style: { locked: false, border: "thin", numberFormat: "General" } },
      { range: "A2:A32", style: { numberFormat: "yyyy-mm-dd" } },
      { range: "A1:L1", style: { font: { bold: true } } }
    );
    s.validations.push(
      { range: "A2:A32", rule: { type: "date" } },
      { range: "C2:C32", rule: { type: "list", values: ["完成", "进行中"] } }
    );
    s.protection = {};
    return s;
  });
  await writeXlsx({ title: "w", sheets: sheets.slice(0, 1), definedNames: [] }); // load ExcelJS first
  const t = Date.now();
  const bytes = await writeXlsx({ title: "w", sheets, definedNames: [] });

  console.log(`40 张工作表：${Date.now() - t} ms，${Math.round(bytes.length / 1024)} KB`);
  expect((await readXlsx(bytes, "w.xlsx")).sheetNames).toHaveLength(40);
});
