// The lean reader (src/xlsx/leanReader.ts) gives the same grid as ExcelJS's full load, cell by
// cell: sheet names, sizes, rows holding data, merges, defined names and every cell's kind, value,
// formula and cached result — on the sample month as generated and as exported, a month after
// `gangze collect` wrote it back, the same month saved by LibreOffice, the verify tamper corpus
// (typed-over values, a formula replaced by its value, a deleted row) and a cell typed at row
// 1,048,576; hostile files are refused with the same error by both.
import type * as ExcelJSTypes from "exceljs";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { hugeSheet, sharedStringsBomb } from "../../bench/hostile";
import { main } from "../../src/cli/main";
import type { Output } from "../../src/cli/output";
import { sampleMonth } from "../../src/domain/defaultOffice";
import { namedCell, WorkbookReadError, type WorkbookGrid } from "../../src/workbook/grid";
import { buildMonthWorkbook } from "../../src/workbook/month";
import { MONTH_SHEETS } from "../../src/workbook/sheets";
import { loadExcelJS } from "../../src/xlsx/exceljs";
import { LeanGrid, readXlsxLean } from "../../src/xlsx/leanReader";
import { readXlsx } from "../../src/xlsx/reader";
import { writeXlsx } from "../../src/xlsx/writer";
import { recalc } from "../support/libreoffice";
import { plainFormulas } from "../support/plainFormulas";

const dir = mkdtempSync(path.join(tmpdir(), "gangze-lean-"));
const model = buildMonthWorkbook(sampleMonth());
const NAMES = [...model.definedNames.map((n) => n.name), "没有这个名称"];
let original: Uint8Array;

beforeAll(async () => {
  original = await writeXlsx(model);
});

/** Every way the two grids differ (empty when they are the same); the number of cells compared. */
function differences(full: WorkbookGrid, lean: WorkbookGrid): { diffs: string[]; cells: number } {
  const diffs: string[] = [];
  const same = (what: string, a: unknown, b: unknown) => {
    const x = JSON.stringify(a);
    const y = JSON.stringify(b);
    if (x !== y) diffs.push(`${what}: ExcelJS ${x.slice(0, 200)} / lean ${y.slice(0, 200)}`);
  };
  same("sheet names", full.sheetNames, lean.sheetNames);
  for (const n of NAMES) same(`name ${n}`, namedCell(full, n), namedCell(lean, n));
  let cells = 0;
  for (const s of full.sheetNames) {
    same(`${s} size`, full.size(s), lean.size(s));
    same(`${s} merges`, [...full.merges(s)].sort(), [...lean.merges(s)].sort());
    const rows = full.rowsWithData!(s);
    same(`${s} rows with data`, rows, lean.rowsWithData!(s));
    const { columns } = full.size(s);
    // the rows holding data, and the first empty one after each (cells there must be empty too)
    for (const r of new Set(rows.flatMap((x) => [x, x + 1])))
      for (let c = 1; c <= columns + 1; c++) {
        cells++;
        same(`${s} R${r}C${c}`, full.cellAt(s, r, c), lean.cellAt(s, r, c));
      }
  }
  return { diffs: diffs.slice(0, 20), cells };
}

/** Reads bytes with both readers; the lean one must have read it itself (no fallback). */
async function expectSameGrid(bytes: Uint8Array, minCells = 1000): Promise<void> {
  const full = await readXlsx(bytes, "月度.xlsx");
  const lean = await readXlsxLean(bytes, "月度.xlsx");
  expect(lean).toBeInstanceOf(LeanGrid);
  const { diffs, cells } = differences(full, lean);
  expect(diffs).toEqual([]);
  expect(cells).toBeGreaterThan(minCells);
}

/** The sample month loaded with ExcelJS, changed by `edit`, saved (as the tamper corpus makes it). */
async function edited(edit: (wb: ExcelJSTypes.Workbook) => void): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(original) as unknown as ExcelJSTypes.Buffer);
  edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function cli(argv: string[]): Promise<number> {
  const out: Output = { stdout: () => undefined, stderr: () => undefined };
  return main(argv, out);
}

test("the sample month as generated: the same grid, cell by cell", async () => {
  await expectSameGrid(original, 20_000);
});

test("the sample month as exported (values for the bureau): the same grid", async () => {
  await expectSameGrid(
    await writeXlsx(buildMonthWorkbook(sampleMonth(), { exportMode: true })),
    20_000
  );
});

test("a month written back by gangze collect: the same grid", async () => {
  const outDir = path.join(dir, "m");
  expect(await cli(["month", "2026-10", "--out", outDir])).toBe(0);
  const monthFile = path.join(
    outDir,
    readdirSync(outDir).find((f) => f.endsWith("月度考核.xlsx"))!
  );
  const clerks = path.join(outDir, "个人工作日志");
  const clerk = path.join(clerks, readdirSync(clerks)[0]);
  expect(await cli(["collect", monthFile, clerk])).toBe(0);
  await expectSameGrid(new Uint8Array(readFileSync(monthFile)));
});

test("the sample month saved by LibreOffice: the same grid", async () => {
  const f = path.join(dir, "lo.xlsx");
  writeFileSync(f, original);
  const out = (await recalc([f])).get(f)!;
  await expectSameGrid(new Uint8Array(readFileSync(out)), 20_000);
});

describe("the verify tamper corpus: the same grid", () => {
  const S = MONTH_SHEETS;
  test("an ExcelJS round trip", async () => {
    await expectSameGrid(await edited(() => undefined), 20_000);
  });
  test("a score typed over, a grade typed over, a formula replaced by its value", async () => {
    await expectSameGrid(
      await edited((wb) => {
        const ws = wb.getWorksheet(S.summary)!;
        ws.getCell("E5").value = 98.5;
        ws.getCell("F6").value = "优秀";
        const detail = wb.getWorksheet(S.detail)!;
        const c = detail.getCell("F5");
        c.value = (c.result as number | undefined) ?? 0;
      }),
      20_000
    );
  });
  test("a deleted 考核明细 row", async () => {
    const bytes = await edited((wb) => {
      const ws = wb.getWorksheet(S.detail)!;
      plainFormulas(ws);
      ws.spliceRows(5, 1);
    });
    await expectSameGrid(bytes, 20_000);
  });
  test("one cell typed at 工作日志!D1048576 (read by the rows holding data)", async () => {
    const bytes = await edited((wb) => {
      wb.getWorksheet("工作日志")!.getCell("D1048576").value = "误填的一格";
    });
    await expectSameGrid(bytes, 20_000);
    expect((await readXlsxLean(bytes, "x.xlsx")).size("工作日志").rows).toBe(1048576);
  });
});

describe("hostile files: both readers refuse with the same error", () => {
  async function refusal(read: typeof readXlsx, bytes: Uint8Array): Promise<WorkbookReadError> {
    try {
      await read(bytes, "坏.xlsx");
    } catch (err) {
      if (err instanceof WorkbookReadError) return err;
      throw err;
    }
    throw new Error("not refused");
  }
  const files: [string, () => Uint8Array][] = [
    ["a sheet of 1,048,576 × 16 cells", () => new Uint8Array(hugeSheet())],
    ["a 1.1 GB sharedStrings bomb", () => new Uint8Array(sharedStringsBomb())],
    ["an empty file", () => new Uint8Array(0)],
    ["a text file", () => new Uint8Array(Buffer.from("not a workbook"))],
    ["a zip cut in half", () => original.subarray(0, original.length >> 1)],
  ];
  test.each(files)("%s", async (_name, make) => {
    const bytes = make();
    const full = await refusal(readXlsx, bytes);
    const lean = await refusal(readXlsxLean, bytes);
    expect({ code: lean.code, message: lean.message, sheet: lean.sheet }).toEqual({
      code: full.code,
      message: full.message,
      sheet: full.sheet,
    });
  });
});
