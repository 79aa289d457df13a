// A month as the office lives it, through the CLI: month → clerks fill their log workbooks as a
// person would → collect → check → fix → score → export → the bureau opens the export in
// LibreOffice and sees the same scores.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type * as ExcelJSTypes from "exceljs";
import { main } from "../../src/cli/main";
import type { Output } from "../../src/cli/output";
import { loadExcelJS } from "../../src/xlsx/writer";
import { readXlsx } from "../../src/xlsx/reader";
import { compareFormulaCells, recalc } from "../support/libreoffice";
import { findTable } from "../../src/workbook/read/table";

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out: Output = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(argv, out);
  return { code, stdout, stderr };
}

async function open(file: string): Promise<ExcelJSTypes.Workbook> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ExcelJSTypes.Buffer);
  return wb;
}

async function save(wb: ExcelJSTypes.Workbook, file: string): Promise<void> {
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

/** Column number of a header text in row 1 (what a person looks at). */
function col(ws: ExcelJSTypes.Worksheet, header: string): number {
  let found = 0;
  ws.getRow(1).eachCell((c, n) => {
    if (String(c.value).trim() === header) found = n;
  });
  if (!found) throw new Error(`no header ${header} in ${ws.name}`);
  return found;
}

const dir = mkdtempSync(path.join(tmpdir(), "gangze-journey-"));

test("month → fill → collect → check → fix → score → export, same scores in LibreOffice", async () => {
  // 1. The director starts October 2026 for the built-in office.
  const started = await run(["month", "2026-10", "--out", dir]);
  expect(started.code).toBe(0);
  const monthFile = path.join(
    dir,
    readdirSync(dir).find((f) => f.endsWith("月度考核.xlsx"))!
  );
  const clerkDir = path.join(dir, "个人工作日志");
  const clerkFiles = readdirSync(clerkDir).map((f) => path.join(clerkDir, f));
  expect(clerkFiles.length).toBe(20);

  // 2. Two clerks fill their logs as a person would: every prepared day but one, one date
  //    typed as text the way people type it.
  const filled = clerkFiles.filter((f) => /刘晓燕|宋国庆/.test(f));
  expect(filled.length).toBe(2);
  for (const f of filled) {
    const wb = await open(f);
    const ws = wb.getWorksheet("工作日志")!;
    const cDate = col(ws, "日期");
    const cContent = col(ws, "工作内容");
    const cStatus = col(ws, "完成情况");
    let rows = 0;
    for (let r = 2; r <= ws.rowCount; r++) {
      const date = ws.getCell(r, cDate).value;
      if (!date) continue;
      rows++;
      if (rows === 3) continue; // one working day left without a log
      ws.getCell(r, cContent).value = "收文登记、分送领导批阅";
      ws.getCell(r, cStatus).value = "完成";
    }
    expect(rows).toBe(18); // October 2026 has 18 working days
    await save(wb, f);
  }

  // 3. collect into a new file; collecting the same files again adds nothing.
  const collected = path.join(dir, "汇总.xlsx");
  const c1 = await run(["collect", monthFile, ...filled, "--out", collected]);
  expect(c1.code).toBe(0);
  expect(c1.stdout).toContain("新增日志 17 行");
  const again = path.join(dir, "汇总2.xlsx");
  const c2 = await run(["collect", collected, ...filled, "--out", again]);
  expect(c2.stdout.trim().split("\n")).toEqual(
    filled.map((f) => expect.stringMatching(new RegExp(`^${path.basename(f)}（.+）：没有变化$`)))
  );

  // 4. The director adds a task with a completion date before its assignment date: an error.
  const wb = await open(again);
  const tasks = wb.getWorksheet("交办事项")!;
  const set = (header: string, value: ExcelJSTypes.CellValue) =>
    (tasks.getCell(2, col(tasks, header)).value = value);
  set("编号", "2026-10-001");
  set("来源", "领导交办");
  set("事项", "起草年度工作总结");
  set("责任人", "刘晓燕");
  set("交办日期", "2026-10-12");
  set("到期日", "2026/10/20");
  set("完成日期", "2026-10-09");
  set("回报日期", "2026-10-23");
  await save(wb, again);
  const check1 = await run(["check", again, "--json"]);
  expect(check1.code).toBe(1);
  const issues = JSON.parse(check1.stdout).issues as {
    severity: string;
    location: string;
    message: string;
  }[];
  const completion = issues.find(
    (i) => i.severity === "error" && i.location.startsWith("交办事项!")
  );
  expect(completion?.message).toContain("2026-10-09");

  // 5. Fix: the task was completed on the 22nd, reported the next working day.
  const wb2 = await open(again);
  const t2 = wb2.getWorksheet("交办事项")!;
  t2.getCell(2, col(t2, "完成日期")).value = "2026年10月22日";
  await save(wb2, again);
  const check2 = await run(["check", again, "--json"]);
  expect(check2.code).toBe(0);

  // 6. Score. 刘晓燕: completed 10-22 > due 10-20: 1 + 0.5 × wd(10-20, 10-22) = 1 + 0.5 × 2 = 2,
  //    reported 10-23 (1 working day later: timely); one missing log day: 1 (rules of 2026-12)
  //    → 100 − 3 = 97.
  const scored = await run(["score", again, "--json"]);
  expect(scored.code).toBe(0);
  const report = JSON.parse(scored.stdout) as {
    people: { name: string; score: number; grade: string; rank: number }[];
  };
  const liu = report.people.find((p) => p.name === "刘晓燕")!;
  expect(liu.score).toBe(97);

  // 7. Export for the bureau, who opens it in LibreOffice: recalculated, every formula agrees,
  //    and 考核汇总 shows the same scores, grades and ranks as `gangze score`.
  const exported = path.join(dir, "上报.xlsx");
  expect((await run(["export", again, "--out", exported])).code).toBe(0);
  const recalculated = (await recalc([exported])).get(exported)!;
  expect(await compareFormulaCells(exported, recalculated)).toEqual([]);
  const book = await readXlsx(readFileSync(recalculated), "上报.xlsx");
  const summary = findTable(book, "考核汇总", ["姓名", "得分", "等级", "名次"]);
  const shown = new Map(summary.rows.map((r) => [r.cells["姓名"].value, r]));
  for (const p of report.people) {
    const row = shown.get(p.name);
    expect(row).toBeDefined();
    expect(row!.cells["得分"].value).toBe(p.score);
    expect(row!.cells["等级"].value).toBe(p.grade);
    expect(row!.cells["名次"].value).toBe(p.rank);
  }
});
