// gangze verify's core: a month workbook rebuilt from its own entries, every formula cell compared.
// A clean file (also after an ExcelJS round trip and after LibreOffice recalculated it) verifies
// equal; the tamper corpus — a typed-over score, grade, money, rank, a formula replaced by its own
// value, a deleted 考核明细 row, a changed parameter in 考核标准 — is each found at its cell.
import type * as ExcelJSTypes from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { syntheticMonths } from "../../bench/yearData";
import { sampleMonth } from "../../src/domain/defaultOffice";
import { cellAddress, parseCell } from "../../src/workbook/address";
import { buildResultsOnly } from "../../src/workbook/builder";
import { isFormulaCell, type WorkbookModel } from "../../src/workbook/model";
import { buildMonthWorkbook } from "../../src/workbook/month";
import { readMonthBook } from "../../src/workbook/read";
import { MONTH_SHEETS } from "../../src/workbook/sheets";
import { verifyMonthBook, type VerifyReport } from "../../src/workbook/verify";
import { loadExcelJS } from "../../src/xlsx/exceljs";
import { readXlsx } from "../../src/xlsx/reader";
import { findTable } from "../../src/workbook/read/table";
import { writeXlsx } from "../../src/xlsx/writer";
import { recalc } from "../support/libreoffice";
import { plainFormulas } from "../support/plainFormulas";

async function verifyBytes(bytes: Uint8Array): Promise<VerifyReport> {
  const book = await readXlsx(bytes, "received.xlsx");
  return verifyMonthBook(book, readMonthBook(book));
}

let original: Uint8Array;

beforeAll(async () => {
  original = await writeXlsx(buildMonthWorkbook(sampleMonth()));
});

/** Loads the original with ExcelJS, lets `edit` change it, and saves it (no recalculation). */
async function tampered(edit: (wb: ExcelJSTypes.Workbook) => void): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(original) as unknown as ExcelJSTypes.Buffer);
  edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("verify a month workbook", () => {
  test("the file as written verifies equal, every formula cell compared", async () => {
    const r = await verifyBytes(original);
    expect(r.differences).toEqual([]);
    expect(r.checked).toBeGreaterThan(1000);
  });

  test("after an ExcelJS round trip it still verifies equal", async () => {
    const r = await verifyBytes(await tampered(() => undefined));
    expect(r.differences).toEqual([]);
  });

  test("after LibreOffice recalculated and saved it, it still verifies equal", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gangze-verify-"));
    const f = path.join(dir, "m.xlsx");
    fs.writeFileSync(f, original);
    const out = (await recalc([f])).get(f)!;
    const r = await verifyBytes(new Uint8Array(fs.readFileSync(out)));
    expect(r.differences.slice(0, 5)).toEqual([]);
  });
});

/** The address of the cell under `header` in the `n`-th data row of a sheet's table. */
async function at(sheet: string, header: string, n: number): Promise<string> {
  const book = await readXlsx(original, "original.xlsx");
  const t = findTable(book, sheet, [header]);
  return `${t.columns[header]}${t.rows[n].row}`;
}

/**
 * Types `value` over a cell, as Excel does: when the cell is the master of a shared formula, the
 * cells filled from it keep their own formulas (ExcelJS would refuse to save the orphans).
 */
function setCell(wb: ExcelJSTypes.Workbook, sheet: string, address: string, value: unknown): void {
  const ws = wb.getWorksheet(sheet)!;
  ws.eachRow((row) =>
    row.eachCell((c) => {
      const v = c.value as { sharedFormula?: string; result?: unknown } | null;
      if (v && typeof v === "object" && v.sharedFormula === address)
        c.value = { formula: c.formula, result: v.result } as ExcelJSTypes.CellValue;
    })
  );
  ws.getCell(address).value = value as ExcelJSTypes.CellValue;
}

describe("the tamper corpus: each change found at its cell", () => {
  const S = MONTH_SHEETS;

  test.each([
    ["a typed-over score", S.summary, "得分", 0, 99.5],
    ["a typed-over grade", S.summary, "等级", 1, "优秀"],
    ["a typed-over money", S.summary, "奖惩金额", 2, 300],
    ["a typed-over rank in 公示", S.notice, "名次", 1, 1],
  ])("%s", async (_what, sheet, header, n, typed) => {
    const cell = await at(sheet, header, n);
    const r = await verifyBytes(await tampered((wb) => setCell(wb, sheet, cell, typed)));
    const d = r.differences.find((x) => x.sheet === sheet && x.cell === cell);
    expect(d).toMatchObject({ kind: "not-formula", stored: String(typed) });
  });

  test("a formula replaced by its own value is found although the value is right", async () => {
    const cell = await at(S.detail, "计入扣分", 2);
    const r = await verifyBytes(
      await tampered((wb) => {
        const c = wb.getWorksheet(S.detail)!.getCell(cell);
        setCell(
          wb,
          S.detail,
          cell,
          (c as unknown as { result: ExcelJSTypes.CellValue }).result ?? 0
        );
      })
    );
    expect(r.differences).toHaveLength(1);
    expect(r.differences[0]).toMatchObject({ kind: "not-formula", sheet: S.detail, cell });
    expect(r.differences[0].stored).toBe(r.differences[0].recomputed);
  });

  test("a cached result edited under its formula is found with both values", async () => {
    const cell = await at(S.summary, "得分", 3);
    const r = await verifyBytes(
      await tampered((wb) => {
        const c = wb.getWorksheet(S.summary)!.getCell(cell);
        c.value = { formula: c.formula, result: 100 } as ExcelJSTypes.CellValue;
      })
    );
    expect(r.differences).toEqual([
      expect.objectContaining({ kind: "value", sheet: S.summary, cell, stored: "100" }),
    ]);
  });

  test("a deleted 考核明细 row: the rows from there on differ", async () => {
    const r = await verifyBytes(
      await tampered((wb) => {
        const ws = wb.getWorksheet(S.detail)!;
        plainFormulas(ws);
        ws.spliceRows(5, 1);
      })
    );
    const detail = r.differences.filter((d) => d.sheet === S.detail);
    expect(detail.length).toBeGreaterThan(0);
    const rows = detail.map((d) => +d.cell.replace(/^[A-Z]+/, ""));
    expect(Math.min(...rows)).toBeGreaterThanOrEqual(5);
  });

  test("a changed parameter in 考核标准 (saved without recalculation) shows in the results", async () => {
    const book = await readXlsx(original, "original.xlsx");
    const t = findTable(book, S.rules, ["参数", "取值"]);
    const row = t.rows.find((x: { cells: Record<string, { value: unknown }>; row: number }) =>
      String(x.cells["参数"].value).startsWith("日志缺报")
    )!;
    const cell = `${t.columns["取值"]}${row.row}`;
    const r = await verifyBytes(await tampered((wb) => setCell(wb, S.rules, cell, 3)));
    const summary = r.differences.filter((d) => d.sheet === S.summary);
    const logCol = (await at(S.summary, "日志扣分", 0)).replace(/\d+$/, "");
    expect(summary.some((d) => d.cell.startsWith(logCol) && d.kind === "value")).toBe(true);
  });
});

describe("the results-only build verification compares against", () => {
  /** Every formula cell of a model: sheet!cell → cached result (formula texts left out). */
  function formulaResults(model: WorkbookModel): Map<string, unknown> {
    const out = new Map<string, unknown>();
    for (const s of model.sheets)
      for (const b of s.blocks) {
        const o = parseCell(b.origin);
        b.cells.forEach((row, i) =>
          row.forEach((c, k) => {
            if (isFormulaCell(c))
              out.set(`${s.name}!${cellAddress(o.row + i, o.col + k)}`, c.result);
          })
        );
      }
    return out;
  }

  test.each([
    ["the sample month", sampleMonth()],
    ["a 20-person month", syntheticMonths(20, 3, "某科")[9]],
  ])(
    "%s: the same formula cells in the same places with the same results as the full build",
    (_, ds) => {
      const full = buildMonthWorkbook(ds);
      const lean = buildResultsOnly(() => buildMonthWorkbook(ds));
      expect(lean.sheets.map((s) => s.name)).toEqual(full.sheets.map((s) => s.name));
      const a = formulaResults(full);
      expect(a.size).toBeGreaterThan(1000);
      expect(formulaResults(lean)).toEqual(a);
      // and the build after it is whole again (the mode does not leak)
      expect(buildMonthWorkbook(ds)).toEqual(full);
    }
  );
});
