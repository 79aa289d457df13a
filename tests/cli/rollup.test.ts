// gangze rollup: three offices' October workbooks, one with a typed-over score, plus a broken file
// and a repeated office: the 汇总工作簿 has each office once with figures from the entries, every
// person, and 核验 lists each file's outcome with the cell; LibreOffice recomputes the roll-up's
// formulas to the cached values (0 differences).
import type * as ExcelJSTypes from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { Output } from "../../src/cli/output";
import { Calendar } from "../../src/domain/calendar";
import { checkDataset, withoutErrors } from "../../src/domain/checks";
import { resolveRules } from "../../src/domain/rules";
import { officeMonth } from "../../src/domain/rollup";
import { buildMonthWorkbook } from "../../src/workbook/month";
import { findTable } from "../../src/workbook/read/table";
import { ROLLUP_SHEETS } from "../../src/workbook/rollup";
import { MONTH_SHEETS } from "../../src/workbook/sheets";
import { loadExcelJS } from "../../src/xlsx/exceljs";
import { readXlsx } from "../../src/xlsx/reader";
import { writeXlsx } from "../../src/xlsx/writer";
import { syntheticMonths } from "../../bench/yearData";
import { compareFormulaCells, recalc } from "../support/libreoffice";

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out: Output = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(argv, out);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), "gangze-rollup-"));
const offices = ["办公室", "财务科", "工程科"].map((o, i) => syntheticMonths(4 + i, i + 1, o)[9]);

describe("gangze rollup", () => {
  const files: string[] = [];
  let tamperedCell = "";

  beforeAll(async () => {
    for (const ds of offices) {
      const f = path.join(dir, `${ds.office}.xlsx`);
      writeFileSync(f, await writeXlsx(buildMonthWorkbook(ds, { exportMode: true })));
      files.push(f);
    }
    // 财务科's file: a score typed over (formula kept, value changed)
    const bytes = readFileSync(files[1]);
    const t = findTable(await readXlsx(bytes, "x.xlsx"), MONTH_SHEETS.summary, ["得分"]);
    tamperedCell = `${t.columns["得分"]}${t.rows[0].row}`;
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJSTypes.Buffer);
    const c = wb.getWorksheet(MONTH_SHEETS.summary)!.getCell(tamperedCell);
    c.value = { formula: c.formula, result: 100 } as ExcelJSTypes.CellValue;
    writeFileSync(files[1], Buffer.from(await wb.xlsx.writeBuffer()));
    writeFileSync(path.join(dir, "坏文件.xlsx"), "not a workbook");
    writeFileSync(path.join(dir, "办公室-重发.xlsx"), readFileSync(files[0]));
  });

  test("offices, people and 核验; exit 1 because some files need attention", async () => {
    const out = path.join(dir, "汇总.xlsx");
    const r = await run([
      "rollup",
      ...files,
      path.join(dir, "坏文件.xlsx"),
      path.join(dir, "办公室-重发.xlsx"),
      "--out",
      out,
      "--json",
    ]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.offices.map((o: { office: string }) => o.office)).toEqual([
      "办公室",
      "财务科",
      "工程科",
    ]);
    // figures from the entries, not from the typed-over cell
    offices.forEach((ds, i) => {
      const cal = new Calendar(ds.calendar);
      const clean = withoutErrors(ds, checkDataset(ds, { calendar: cal }));
      expect(j.offices[i]).toEqual(officeMonth(clean, cal, resolveRules(clean.rules)));
    });
    expect(j.verification.map((v: { result: string }) => v.result)).toEqual([
      "一致",
      "不一致",
      "一致",
      "无法读取",
      "重复",
    ]);
    expect(j.verification[1].detail).toContain(`${MONTH_SHEETS.summary}!${tamperedCell}`);
    expect(j.verification[3].detail).toContain("坏文件.xlsx");

    const book = await readXlsx(readFileSync(out), "汇总.xlsx");
    const people = findTable(book, ROLLUP_SHEETS.people, ["单位", "姓名", "局内名次"]);
    expect(people.rows).toHaveLength(4 + 5 + 6);
    const check = findTable(book, ROLLUP_SHEETS.verify, ["文件", "结果"]);
    expect(check.rows.map((x) => x.cells["结果"].value)).toEqual([
      "一致",
      "不一致",
      "一致",
      "无法读取",
      "重复",
    ]);

    const recalculated = (await recalc([out])).get(out)!;
    expect(await compareFormulaCells(out, recalculated)).toEqual([]);
  });
});
