// LibreOffice as the independent formula engine of the tests: it recalculates every formula of
// our .xlsx files on load, and its results are compared with the cached values we wrote.

import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import type * as ExcelJSTypes from "exceljs";
import { loadExcelJS } from "../../src/xlsx/exceljs";
import type { RawCell } from "../../src/workbook/grid";
import { cellContent } from "../../src/xlsx/reader";

const run = promisify(execFile);

/** OOXMLRecalcMode 0 = always recalculate on load (the default keeps the file's cached values). */
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Converts files in one soffice call with a fresh profile (a shared profile loses outputs when
 * jest workers run in parallel). Returns input path → output path.
 */
async function convert(files: string[], target: string, ext: string): Promise<Map<string, string>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gangze-lo-"));
  const profile = path.join(dir, "profile");
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), REGISTRY);
  const inDir = path.join(dir, "in");
  const outDir = path.join(dir, "out");
  fs.mkdirSync(inDir);
  fs.mkdirSync(outDir);
  // copies with plain unique names: two inputs may share a base name
  const inputs = files.map((f, i) => {
    const p = path.join(inDir, `f${i}.xlsx`);
    fs.copyFileSync(f, p);
    return p;
  });
  let stderr = "";
  try {
    const r = await run(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        target,
        "--outdir",
        outDir,
        ...inputs,
      ],
      { timeout: 180_000, maxBuffer: 16 * 1024 * 1024 }
    );
    stderr = r.stderr;
  } catch (e) {
    stderr = String((e as { stderr?: string }).stderr ?? e);
  }
  // the profile (~10 MB) and the copies are not needed any more; the outputs are
  fs.rmSync(profile, { recursive: true, force: true });
  fs.rmSync(inDir, { recursive: true, force: true });
  const out = new Map<string, string>();
  files.forEach((f, i) => {
    const p = path.join(outDir, `f${i}.${ext}`);
    // soffice exits 0 even when it could not load a file: the output must exist
    if (!fs.existsSync(p)) throw new Error(`LibreOffice 没有转换 ${f}：${stderr}`);
    out.set(f, p);
  });
  return out;
}

/** Recalculated copies (.xlsx) of the given files, keyed by input path. */
export function recalc(files: string[]): Promise<Map<string, string>> {
  return convert(files, "xlsx:Calc MS Excel 2007 XML", "xlsx");
}

/** A PDF of the file as LibreOffice prints it (page setup, print titles, fonts). */
export async function toPdf(file: string): Promise<string> {
  return (await convert([file], "pdf", "pdf")).get(file)!;
}

/** PDFs of several files in one soffice call, keyed by input path. */
export function toPdfs(files: string[]): Promise<Map<string, string>> {
  return convert(files, "pdf", "pdf");
}

export interface FormulaDifference {
  sheet: string;
  cell: string;
  formula: string;
  cached: string;
  recalculated: string;
}

async function load(file: string | Uint8Array): Promise<ExcelJSTypes.Workbook> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  const data = typeof file === "string" ? fs.readFileSync(file) : Buffer.from(file);
  await wb.xlsx.load(data as unknown as ExcelJSTypes.Buffer);
  return wb;
}

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** A comparable form of a value: numbers rounded to 9 decimals, dates as serials, errors marked. */
function comparable(
  kind: RawCell["kind"] | undefined,
  value: RawCell["value"]
): { key: string; error: boolean } {
  switch (kind) {
    case "number":
      return { key: `n:${Number((value as number).toFixed(9))}`, error: false };
    case "date": {
      const t = Date.parse(
        `${value as string}${(value as string).length === 10 ? "T00:00:00Z" : "Z"}`
      );
      return { key: `n:${Number(((t - EPOCH) / DAY_MS).toFixed(9))}`, error: false };
    }
    case "bool":
      return { key: `b:${value}`, error: false };
    case "text":
      return { key: `s:${value}`, error: false };
    case "error":
      return { key: `e:${value}`, error: true };
    default:
      return { key: "s:", error: false }; // empty, and a formula returning ""
  }
}

const show = (kind: RawCell["kind"] | undefined, value: RawCell["value"]): string =>
  kind === "empty" || kind === undefined ? "（空）" : String(value);

/**
 * Every formula cell of `original` whose cached result differs from the value of the same cell
 * in `recalculated` (LibreOffice's output). An error value on either side is always a difference.
 */
export async function compareFormulaCells(
  original: string | Uint8Array,
  recalculated: string | Uint8Array
): Promise<FormulaDifference[]> {
  const [a, b] = await Promise.all([load(original), load(recalculated)]);
  const diffs: FormulaDifference[] = [];
  a.eachSheet((ws) => {
    const other = b.getWorksheet(ws.name);
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const c = cellContent(cell);
        if (c.kind !== "formula") return;
        const r = other ? cellContent(other.getCell(c.address)) : undefined;
        const rKind = r ? (r.kind === "formula" ? r.resultKind : r.kind) : undefined;
        const x = comparable(c.resultKind, c.value);
        const y = r ? comparable(rKind, r.value) : { key: "missing", error: true };
        if (x.error || y.error || x.key !== y.key) {
          diffs.push({
            sheet: ws.name,
            cell: c.address,
            formula: c.formula ?? "",
            cached: show(c.resultKind, c.value),
            recalculated: r ? show(rKind, r.value) : "（无此工作表）",
          });
        }
      });
    });
  });
  return diffs;
}
