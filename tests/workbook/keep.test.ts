// Nothing the director added is lost (SPEC §9, issue 9 item 2): a month workbook with an extra
// column, an extra sheet, a comment, a cell format and formulas typed into input cells goes
// through collect, export and 结转 (month --from), and every extra is found afterwards, beside the
// record it belongs to; LibreOffice recalculating the collected workbook changes no value.
// Clerks' rows have identities: a corrected row replaces its earlier version, a cleared cell
// clears, a cleared or deleted row is removed; one bad file is refused and the others collected.

import type * as ExcelJSTypes from "exceljs";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { Output } from "../../src/cli/output";
import { sampleMonth } from "../../src/domain/defaultOffice";
import type { Dataset } from "../../src/domain/types";
import { buildClerkWorkbook } from "../../src/workbook/clerk";
import { buildMonthWorkbook } from "../../src/workbook/month";
import { readMonthWorkbook } from "../../src/xlsx/readWorkbooks";
import { cellContent } from "../../src/xlsx/reader";
import { loadExcelJS, writeXlsx } from "../../src/xlsx/writer";
import { compareFormulaCells, recalc } from "../support/libreoffice";

jest.setTimeout(300_000);

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out: Output = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(argv, out);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), "gangze-keep-"));

async function load(file: string): Promise<ExcelJSTypes.Workbook> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ExcelJSTypes.Buffer);
  return wb;
}

async function save(wb: ExcelJSTypes.Workbook, file: string): Promise<string> {
  writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return file;
}

/** The sheet row whose column `col` holds `text`. */
function rowOf(ws: ExcelJSTypes.Worksheet, col: string, text: string): number {
  let found = 0;
  ws.eachRow((row, r) => {
    if (!found && cellContent(row.getCell(col)).value === text) found = r;
  });
  if (!found) throw new Error(`${ws.name}: no ${text} in ${col}`);
  return found;
}

/** The column letter of a header in row 1 (the clerk's 工作日志 gains columns, e.g. 星期). */
function colOf(ws: ExcelJSTypes.Worksheet, header: string): string {
  let letter = "";
  ws.getRow(1).eachCell((cell, c) => {
    if (!letter && cellContent(cell).value === header) letter = ws.getColumn(c).letter;
  });
  if (!letter) throw new Error(`${ws.name}: no header ${header}`);
  return letter;
}

const PERSON_INDEX = 0;
const NOTE_LOG = 5; // the log the director annotates

/** The sample month without one person's logs (the clerk sends them), and that person. */
function month(): { ds: Dataset; person: string } {
  const ds = sampleMonth();
  const person = ds.staff[PERSON_INDEX].name;
  ds.logs = ds.logs.filter((l) => l.person !== person);
  return { ds, person };
}

/** Adds an extra of every kind to a month workbook; returns what to look for. */
async function addExtras(file: string, ds: Dataset) {
  const wb = await load(file);
  const logs = wb.getWorksheet("工作日志")!;
  const note = ds.logs[NOTE_LOG];
  const r = rowOf(logs, "D", note.content);
  logs.getCell("M1").value = "主任批注";
  logs.getCell(`M${r}`).value = "内容具体，予以表扬";
  logs.getCell(`N${r}`).value = { formula: `LEN(D${r})`, result: note.content.length };
  logs.getCell(`D${r}`).note = "主任：请补充结果";
  logs.getCell(`D${r}`).style = {
    ...logs.getCell(`D${r}`).style,
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } },
  };
  const staff = wb.getWorksheet("人员")!;
  staff.getCell("G1").value = "手机号";
  staff.getCell("G2").value = "13800000001";
  const tasks = wb.getWorksheet("交办事项")!;
  const openTask = ds.tasks.findIndex((t) => !t.completed);
  const typedTask = ds.tasks.findIndex((t, i) => i !== openTask && t.assigned <= "2026-10-09");
  tasks.getCell(`I${typedTask + 2}`).value = {
    formula: "DATE(2026,10,9)",
    result: new Date(Date.UTC(2026, 9, 9)),
  };
  tasks.getCell(`I${typedTask + 2}`).numFmt = "yyyy-mm-dd";
  const bonuses = wb.getWorksheet("加分记录")!;
  bonuses.getCell("D2").value = { formula: "0.5*2", result: 1 };
  const notes = wb.addWorksheet("主任笔记");
  notes.getCell("A1").value = "本月重点：防汛值班";
  notes.getCell("A2").value = { formula: "COUNTA(工作日志!D:D)-1", result: ds.logs.length };
  notes.getCell("A1").note = "主任的提醒";
  await save(wb, file);
  return { note, typedTask, openTask, bonusReason: ds.bonuses[0].reason };
}

type Extras = Awaited<ReturnType<typeof addExtras>>;

/** Every extra is there, beside its record; the typed formulas kept and counted. */
async function expectExtras(file: string, x: Extras, opts: { month: boolean }) {
  const wb = await load(file);
  const notes = wb.getWorksheet("主任笔记");
  expect(notes).toBeDefined();
  expect(cellContent(notes!.getCell("A1")).value).toBe("本月重点：防汛值班");
  expect(notes!.getCell("A1").note).toBeTruthy();
  expect(cellContent(notes!.getCell("A2")).formula).toBe("COUNTA(工作日志!D:D)-1");
  const staff = wb.getWorksheet("人员")!;
  expect(cellContent(staff.getCell("G1")).value).toBe("手机号");
  expect(cellContent(staff.getCell("G2")).value).toBe("13800000001");
  if (!opts.month) return wb;
  const logs = wb.getWorksheet("工作日志")!;
  expect(cellContent(logs.getCell("M1")).value).toBe("主任批注");
  const r = rowOf(logs, "D", x.note.content);
  expect(cellContent(logs.getCell(`M${r}`)).value).toBe("内容具体，予以表扬");
  expect(cellContent(logs.getCell(`N${r}`)).formula).toBe(`LEN(D${r})`);
  expect(JSON.stringify(logs.getCell(`D${r}`).note)).toContain("主任：请补充结果");
  expect((logs.getCell(`D${r}`).fill as ExcelJSTypes.FillPattern).fgColor?.argb).toBe("FFFFFF00");
  const tasks = wb.getWorksheet("交办事项")!;
  expect(cellContent(tasks.getCell(`I${x.typedTask + 2}`)).formula).toBe("DATE(2026,10,9)");
  const bonuses = wb.getWorksheet("加分记录")!;
  expect(cellContent(bonuses.getCell("D2")).formula).toBe("0.5*2");
  // read back: the typed formulas count with their results, reported as kept (a warning)
  const read = await readMonthWorkbook(readFileSync(file), path.basename(file));
  expect(read.dataset.bonuses[0].points).toBe(1);
  expect(read.dataset.tasks[x.typedTask].completed).toBe("2026-10-09");
  expect(
    read.issues.filter((i) => i.code === "formula-kept").map((i) => `${i.sheet}!${i.cell}`)
  ).toEqual(expect.arrayContaining([`交办事项!I${x.typedTask + 2}`, "加分记录!D2"]));
  expect(read.issues.filter((i) => i.severity === "error")).toEqual([]);
  return wb;
}

/** The person's clerk workbook with two days filled in. */
async function clerkFile(ds: Dataset, person: string, name: string, token: string) {
  const file = path.join(dir, name);
  writeFileSync(file, await writeXlsx(buildClerkWorkbook(ds, person, { rowIdToken: token })));
  const wb = await load(file);
  const logs = wb.getWorksheet("工作日志")!;
  for (const [r, text] of [
    [2, "整理十月收文登记"],
    [3, "起草防汛值班通知"],
    [4, "核对印章使用登记"],
  ] as const) {
    logs.getCell(`${colOf(logs, "工作内容")}${r}`).value = text;
    logs.getCell(`${colOf(logs, "完成情况")}${r}`).value = "完成";
  }
  await save(wb, file);
  return file;
}

let base: { ds: Dataset; person: string };
let monthFile: string;
let extras: Extras;
let collected: string;

beforeAll(async () => {
  base = month();
  monthFile = path.join(dir, "2026-10-月度考核.xlsx");
  writeFileSync(monthFile, await writeXlsx(buildMonthWorkbook(base.ds)));
  extras = await addExtras(monthFile, base.ds);
  await clerkFile(base.ds, base.person, "clerk.xlsx", "tokA");
  collected = path.join(dir, "collected.xlsx");
  const r = await run(["collect", monthFile, path.join(dir, "clerk.xlsx"), "--out", collected]);
  expect(r.stderr).toContain("保留了原工作簿中另加的");
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("新增日志 3 行");
});

test("collect keeps the extra column, sheet, comment, format and typed formulas", async () => {
  await expectExtras(collected, extras, { month: true });
  const read = await readMonthWorkbook(readFileSync(collected), "collected.xlsx");
  const mine = read.dataset.logs.filter((l) => l.person === base.person);
  expect(mine.map((l) => l.content)).toEqual([
    "整理十月收文登记",
    "起草防汛值班通知",
    "核对印章使用登记",
  ]);
  expect(mine.every((l) => /^tokA-L\d+$/.test(l.rowId ?? ""))).toBe(true);
});

test("export and 结转 keep them too", async () => {
  const out = path.join(dir, "export.xlsx");
  const e = await run(["export", collected, "--out", out, "--allow-errors"]);
  expect(e.code).toBe(0);
  await expectExtras(out, extras, { month: true });
  const novDir = path.join(dir, "nov");
  const m = await run(["month", "2026-11", "--from", collected, "--out", novDir]);
  expect(m.code).toBe(0);
  const nov = readdirSync(novDir).find((f) => f.endsWith("月度考核.xlsx"))!;
  const wb = await expectExtras(path.join(novDir, nov), extras, { month: false });
  // the open task's row carries with its task; the log header of the extra column stays
  const logs = wb.getWorksheet("工作日志")!;
  expect(cellContent(logs.getCell("M1")).value).toBe("主任批注");
});

test("LibreOffice recalculating the collected workbook reproduces every cached value", async () => {
  const outputs = await recalc([collected]);
  const diffs = await compareFormulaCells(collected, outputs.get(collected)!);
  // the director's own formula over the logs keeps the value Excel last gave it (Excel
  // recalculates it on opening); every formula of the product and the typed inputs agree
  expect(diffs.map((d) => `${d.sheet}!${d.cell}`)).toEqual(["主任笔记!A2"]);
});

test("a re-sent clerk file: correction replaces, cleared cell clears, cleared row removed", async () => {
  const clerk = path.join(dir, "clerk.xlsx");
  const wb = await load(clerk);
  const logs = wb.getWorksheet("工作日志")!;
  logs.getCell(`${colOf(logs, "工作内容")}2`).value = "整理十月收文登记并归档"; // corrected
  logs.getCell(`${colOf(logs, "存在问题")}3`).value = "值班表未定";
  await save(wb, clerk);
  const once = path.join(dir, "once.xlsx");
  expect((await run(["collect", collected, clerk, "--out", once])).stdout).toContain(
    "更新日志 2 行"
  );
  const wb2 = await load(clerk);
  const l2 = wb2.getWorksheet("工作日志")!;
  l2.getCell(`${colOf(l2, "存在问题")}3`).value = null; // cleared cell
  for (const h of ["职责编码", "工作内容", "完成情况"]) l2.getCell(`${colOf(l2, h)}4`).value = null; // cleared row
  await save(wb2, clerk);
  const twice = path.join(dir, "twice.xlsx");
  const r = await run(["collect", once, clerk, "--out", twice]);
  expect(r.stdout).toContain("更新日志 1 行");
  expect(r.stdout).toContain("删除日志 1 行");
  const mine = (await readMonthWorkbook(readFileSync(twice), "twice.xlsx")).dataset.logs.filter(
    (l) => l.person === base.person
  );
  expect(mine.map((l) => [l.content, l.problem ?? ""])).toEqual([
    ["整理十月收文登记并归档", ""],
    ["起草防汛值班通知", ""],
  ]);
  // the same file again changes nothing
  const again = await run(["collect", twice, clerk, "--out", path.join(dir, "again.xlsx")]);
  expect(again.stdout).toContain("没有变化");
  // the director's extras are still beside their record
  await expectExtras(twice, extras, { month: true });
});

test("a bad clerk file is refused with its cell; the other files are collected", async () => {
  const good = await clerkFile(base.ds, base.person, "good.xlsx", "tokG");
  const other = base.ds.staff.find(
    (s) => s.name !== base.person && base.ds.tasks.some((t) => t.owner === s.name)
  )!.name;
  const ds = { ...base.ds, logs: base.ds.logs.filter((l) => l.person !== other) };
  const bad = await clerkFile(ds, other, "bad.xlsx", "tokB");
  const wb = await load(bad);
  const tasks = wb.getWorksheet("交办事项")!;
  tasks.getCell("H2").value = new Date(Date.UTC(9999, 11, 31));
  await save(wb, bad);
  const out = path.join(dir, "isolated.xlsx");
  const r = await run(["collect", monthFile, bad, good, "--out", out]);
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/bad\.xlsx，交办事项!H2：.*9999-12-31/);
  expect(r.stdout).not.toContain("10000");
  expect(r.stdout).toContain("good.xlsx");
  const read = await readMonthWorkbook(readFileSync(out), "isolated.xlsx");
  expect(read.dataset.logs.filter((l) => l.person === base.person)).toHaveLength(3);
  // the bad file's good rows are collected; only its bad row is refused
  const before = base.ds.logs.filter((l) => l.person === other).length;
  expect(read.dataset.logs.filter((l) => l.person === other)).toHaveLength(before + 3);
});
