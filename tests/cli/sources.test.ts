// The office's own Excel files as input (SPEC §8): --catalog from a handbook (its editable
// 岗位职责 sheet, a new post included) or a month workbook; --staff from a month workbook's 人员
// or a plain roster sheet; `gangze logs` for a person added mid-month.
import * as fs from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { Output } from "../../src/cli/output";
import { sampleMonth } from "../../src/domain/defaultOffice";
import { readClerkWorkbook, readMonthWorkbook } from "../../src/xlsx/readWorkbooks";

const dir = fs.mkdtempSync(path.join(tmpdir(), "gangze-sources-"));

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out: Output = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  return { code: await main(argv, out), stdout, stderr };
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

async function save(wb: ExcelJS.Workbook, file: string): Promise<void> {
  fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

function headerColumns(ws: ExcelJS.Worksheet, row = 1): Record<string, number> {
  const out: Record<string, number> = {};
  ws.getRow(row).eachCell((c, col) => void (out[String(c.value)] = col));
  return out;
}

function lastFilledRow(ws: ExcelJS.Worksheet, col: number): number {
  let last = 1;
  ws.eachRow((row, r) => {
    if (row.getCell(col).value !== null && row.getCell(col).value !== undefined) last = r;
  });
  return last;
}

const NEW_POST = "信访接待";
const NEW_DUTIES: [string, string, number][] = [
  ["XFJD-01", "来访登记，当日录入信访台账", 40],
  ["XFJD-02", "来信来电按时转办并跟踪回复", 35],
  ["XFJD-03", "每月汇总信访情况报办公室主任", 25],
];

let handbook: string;
let roster: string;
beforeAll(async () => {
  // the director edits the handbook's own 岗位职责 sheet: a new post in the spare rows
  handbook = path.join(dir, "手册.xlsx");
  expect((await run(["handbook", "--out", handbook])).code).toBe(0);
  const wb = await open(handbook);
  const ws = wb.getWorksheet("岗位职责")!;
  const h = headerColumns(ws);
  let r = lastFilledRow(ws, h["编码"]);
  for (const [code, content, points] of NEW_DUTIES) {
    r++;
    ws.getCell(r, h["编码"]).value = code;
    ws.getCell(r, h["岗位"]).value = NEW_POST;
    ws.getCell(r, h["工作内容"]).value = content;
    ws.getCell(r, h["频次"]).value = "每日";
    ws.getCell(r, h["时限要求"]).value = "当日";
    ws.getCell(r, h["质量标准"]).value = "登记完整，无遗漏";
    ws.getCell(r, h["检查人"]).value = "办公室主任";
    ws.getCell(r, h["分值"]).value = points;
  }
  await save(wb, handbook);

  // a plain roster as an office keeps it: a title-less sheet 名单, 起算日期 typed as text
  roster = path.join(dir, "名单.xlsx");
  const rw = new ExcelJS.Workbook();
  const s = rw.addWorksheet("名单");
  s.addRow(["序", "姓名", "岗位", "起算日期"]);
  s.addRow([1, "王新", NEW_POST, "2026年11月9日"]);
  s.addRow([2, "刘晓燕", "秘书", null]);
  await save(rw, roster);
});

test("handbook --catalog reads a handbook's 岗位职责 sheet, the new post included", async () => {
  const out = path.join(dir, "新手册.xlsx");
  const r = await run(["handbook", "--catalog", handbook, "--out", out]);
  expect(r.code).toBe(0);
  const wb = await open(out);
  expect(wb.worksheets.map((w) => w.name)).toContain(NEW_POST);
  expect(r.stderr).toContain(`${sampleMonth().posts.length + 1} 个岗位`);
});

test("month --catalog handbook.xlsx --staff roster.xlsx: duties and people from the office's files", async () => {
  const out = path.join(dir, "nov");
  const r = await run(["month", "2026-11", "--catalog", handbook, "--staff", roster, "--out", out]);
  expect(r.code).toBe(0);
  const file = fs.readdirSync(out).find((f) => f.endsWith("月度考核.xlsx"))!;
  const ds = (await readMonthWorkbook(fs.readFileSync(path.join(out, file)), file)).dataset;
  expect(ds.office).toBe(sampleMonth().office);
  expect(ds.duties.filter((d) => d.post === NEW_POST).map((d) => d.code)).toEqual(
    NEW_DUTIES.map((d) => d[0])
  );
  expect(ds.staff).toEqual([
    { name: "王新", post: NEW_POST, start: "2026-11-09" },
    { name: "刘晓燕", post: "秘书" },
  ]);
  // and a month workbook serves as catalogue and roster in turn
  const dec = path.join(dir, "dec");
  const m = path.join(out, file);
  expect((await run(["month", "2026-12", "--catalog", m, "--staff", m, "--out", dec])).code).toBe(
    0
  );
  const decFile = fs.readdirSync(dec).find((f) => f.endsWith("月度考核.xlsx"))!;
  const decDs = (await readMonthWorkbook(fs.readFileSync(path.join(dec, decFile)), decFile))
    .dataset;
  expect(decDs.duties.length).toBe(ds.duties.length);
  expect(decDs.staff.map((s) => s.name)).toEqual(["王新", "刘晓燕"]);
});

test("a catalogue with a duty missing its points is refused with sheet and cell", async () => {
  const bad = path.join(dir, "坏手册.xlsx");
  const wb = await open(handbook);
  const ws = wb.getWorksheet("岗位职责")!;
  const h = headerColumns(ws);
  const row = lastFilledRow(ws, h["编码"]);
  ws.getCell(row, h["分值"]).value = null;
  await save(wb, bad);
  const r = await run(["handbook", "--catalog", bad, "--out", path.join(dir, "x.xlsx")]);
  expect(r.code).toBe(2);
  const col = String.fromCharCode(64 + h["分值"]);
  expect(r.stderr).toContain(`岗位职责!${col}${row}`);
  expect(r.stderr).toContain("分值");
  expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
});

test("a roster file without 姓名/岗位 headers is refused, saying what is needed", async () => {
  const f = path.join(dir, "无表头.xlsx");
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1").addRow(["张三", "秘书"]);
  await save(wb, f);
  const r = await run(["month", "2026-11", "--staff", f, "--out", path.join(dir, "nope")]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("姓名");
  expect(r.stderr).toContain("岗位");
});

test("gangze logs: a person added mid-month gets a log workbook from their 起算日期; nothing overwritten without --force", async () => {
  const out = path.join(dir, "oct");
  expect((await run(["month", "2026-10", "--out", out])).code).toBe(0);
  const monthFile = path.join(
    out,
    fs.readdirSync(out).find((f) => f.endsWith("月度考核.xlsx"))!
  );
  const wb = await open(monthFile);
  const ws = wb.getWorksheet("人员")!;
  const h = headerColumns(ws);
  const r = lastFilledRow(ws, h["姓名"]) + 1;
  ws.getCell(r, h["姓名"]).value = "赵新来";
  ws.getCell(r, h["岗位"]).value = "秘书";
  ws.getCell(r, h["起算日期"]).value = new Date(Date.UTC(2026, 9, 19));
  await save(wb, monthFile);

  const logs = path.join(dir, "新人日志");
  const made = await run(["logs", monthFile, "--person", "赵新来", "--out", logs]);
  expect(made.code).toBe(0);
  expect(fs.readdirSync(logs)).toEqual(["2026-10-赵新来-个人工作日志.xlsx"]);
  const file = path.join(logs, "2026-10-赵新来-个人工作日志.xlsx");
  const clerk = await readClerkWorkbook(fs.readFileSync(file), "x.xlsx");
  expect(clerk.person).toBe("赵新来");
  const cw = await open(file);
  const lw = cw.getWorksheet("工作日志")!;
  const dates: string[] = [];
  lw.eachRow((row, n) => {
    const v = row.getCell(headerColumns(lw)["日期"]).value;
    if (n > 1 && v instanceof Date) dates.push(v.toISOString().slice(0, 10));
  });
  expect(dates[0]).toBe("2026-10-19");

  const before = fs.readFileSync(file);
  const again = await run(["logs", monthFile, "--person", "赵新来", "--out", logs]);
  expect(again.code).toBe(2);
  expect(again.stderr).toContain("--force");
  expect(fs.readFileSync(file).equals(before)).toBe(true);
  expect(
    (await run(["logs", monthFile, "--person", "赵新来", "--out", logs, "--force"])).code
  ).toBe(0);

  const unknown = await run(["logs", monthFile, "--person", "钱未录", "--out", logs]);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain("钱未录");
  expect(unknown.stderr).toContain("人员");

  // without --person: everyone, into 个人工作日志 beside the month workbook; the files the month
  // command wrote are kept (a clerk may be filling them), the newcomer's is written
  const all = await run(["logs", monthFile]);
  expect(all.code).toBe(0);
  expect(all.stderr).toContain("已存在，未覆盖");
  expect(all.stdout.trim().split("\n")).toEqual([
    `已写出 ${path.join(out, "个人工作日志", "2026-10-赵新来-个人工作日志.xlsx")}`,
  ]);
});
