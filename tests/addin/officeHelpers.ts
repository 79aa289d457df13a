// Shared by the add-in tests (office*.test.ts, app*.test.ts): an office month of any size, the
// fake host wiring, and a comparison of the fake grid with the model the .xlsx writer renders.

import { sampleMonth } from "../../src/domain/defaultOffice";
import type { Dataset } from "../../src/domain/types";
import { parseRange } from "../../src/workbook/address";
import type {
  CellStyle,
  FormulaResult,
  SheetModel,
  ValidationRule,
  WorkbookModel,
} from "../../src/workbook/model";
import { isFormulaCell } from "../../src/workbook/model";
import { queueState } from "../../src/office/book";
import { renderModel } from "../../src/office/render";
import { buildMonthWorkbook } from "../../src/workbook/month";
import {
  createFakeOffice,
  getCell,
  installFakeOffice,
  type FakeOffice,
  type FakeOfficeOptions,
  type FakeSheet,
} from "../fakeExcel";

/**
 * The sample month (20 people) scaled to `people`: person i copies sample person i mod 20 with
 * every log, weekly plan, task, finding, quota and bonus of theirs, renamed (`刘晓燕2`), so the
 * entries per person stay as dense and varied as the sample's.
 */
export function scaledMonth(people: number): Dataset {
  const ds = sampleMonth();
  const base = ds.staff;
  const out: Dataset = {
    ...ds,
    staff: [],
    tasks: [],
    logs: [],
    weeklyPlans: [],
    findings: [],
    quotas: [],
    bonuses: [],
  };
  for (let i = 0; i < people; i++) {
    const t = base[i % base.length];
    const round = Math.floor(i / base.length);
    const name = round === 0 ? t.name : `${t.name}${round + 1}`;
    const mine = <R extends { person?: string; owner?: string }>(rows: R[]): R[] =>
      rows.filter((r) => (r.person ?? r.owner) === t.name);
    out.staff.push({ ...t, name });
    out.logs.push(...mine(ds.logs).map((l) => ({ ...l, person: name })));
    out.weeklyPlans.push(...mine(ds.weeklyPlans).map((w) => ({ ...w, person: name })));
    out.findings.push(...mine(ds.findings).map((f) => ({ ...f, person: name })));
    out.quotas.push(...mine(ds.quotas).map((q) => ({ ...q, person: name })));
    out.bonuses.push(...mine(ds.bonuses).map((b) => ({ ...b, person: name })));
    out.tasks.push(
      ...mine(ds.tasks).map((x) => ({
        ...x,
        owner: name,
        id: round === 0 ? x.id : `${x.id}-${round + 1}`,
      }))
    );
  }
  return out;
}

let uninstall: (() => void) | null = null;

/** A fake Excel installed on globalThis (removed by `uninstallFake`, called in afterEach). */
export function installFake(options: FakeOfficeOptions = {}): FakeOffice {
  uninstallFake();
  const fake = createFakeOffice(options);
  uninstall = installFakeOffice(fake);
  return fake;
}

export function uninstallFake(): void {
  uninstall?.();
  uninstall = null;
}

/** A fake workbook holding the month workbook of `ds` (as a generate or upgrade leaves it). */
export async function monthWorkbook(ds: Dataset, excelApi?: string): Promise<FakeOffice> {
  const fake = installFake(excelApi ? { excelApi } : {});
  await fake.Excel.run(async (context) => {
    const ctx = context as unknown as Excel.RequestContext;
    const state = queueState(ctx);
    await context.sync();
    await renderModel(ctx, buildMonthWorkbook(ds), state(), { alsoDelete: ["Sheet1"] });
  });
  fake.resetStats();
  return fake;
}

/** 0-based row of the cell in column `col` (0-based) of a fake sheet holding `text`. */
export function rowOf(s: FakeSheet, col: number, text: string): number {
  for (let r = 0; r < 5000; r++) if (getCell(s, r, col)?.value === text) return r;
  throw new Error(`${s.name}: no ${text}`);
}

/** A sheet of the fake workbook by name (the test fails when it is missing). */
export function sheet(fake: FakeOffice, name: string): FakeSheet {
  const s = fake.grid.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** Formula results of a model by sheet and address, for gridToModel (the fake does not calculate). */
export function resultsOf(model: WorkbookModel): (sheet: string, address: string) => FormulaResult {
  const map = new Map<string, FormulaResult>();
  for (const s of model.sheets) {
    for (const b of s.blocks) {
      const o = parseRange(b.origin);
      b.cells.forEach((row, r) =>
        row.forEach((c, k) => {
          if (isFormulaCell(c)) map.set(`${s.name}!${colName(o.left + k)}${o.top + r}`, c.result);
        })
      );
    }
  }
  return (sheet, address) => map.get(`${sheet}!${address}`) ?? null;
}

function colName(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Every non-empty cell of a sheet by address (blocks may overlap: later blocks win, as written). */
export function cellsOf(s: SheetModel): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const b of s.blocks) {
    const o = parseRange(b.origin);
    b.cells.forEach((row, r) =>
      row.forEach((c, k) => {
        const key = `${colName(o.left + k)}${o.top + r}`;
        if (c === null || c === "") out.delete(key);
        else out.set(key, isFormulaCell(c) ? { formula: c.formula } : c);
      })
    );
  }
  return out;
}

/** A style with Excel's defaults left out, so "bold: false" and "not bold" compare equal. */
function normalStyle(s: CellStyle): CellStyle {
  const out: CellStyle = {};
  const font: NonNullable<CellStyle["font"]> = {};
  if (s.font?.name !== undefined) font.name = s.font.name;
  if (s.font?.size !== undefined) font.size = s.font.size;
  if (s.font?.bold) font.bold = true;
  if (s.font?.italic) font.italic = true;
  if (s.font?.color !== undefined) font.color = s.font.color.toUpperCase();
  if (Object.keys(font).length) out.font = font;
  if (s.fill !== undefined) out.fill = s.fill.toUpperCase();
  if (s.border !== undefined && s.border !== "none") out.border = s.border;
  if (s.horizontal !== undefined) out.horizontal = s.horizontal;
  if (s.vertical !== undefined && s.vertical !== "bottom") out.vertical = s.vertical;
  if (s.wrap) out.wrap = true;
  if (s.numberFormat !== undefined && s.numberFormat !== "General")
    out.numberFormat = s.numberFormat;
  if (s.locked === false) out.locked = false;
  return out;
}

/** Each cell's style as the formats compose it (later formats win field by field). */
export function stylesOf(s: SheetModel): Map<string, string> {
  const per = new Map<string, CellStyle>();
  for (const f of s.formats) {
    const r = parseRange(f.range);
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) {
        const key = `${colName(col)}${row}`;
        const a = per.get(key) ?? {};
        per.set(key, {
          ...a,
          ...f.style,
          font: a.font || f.style.font ? { ...a.font, ...f.style.font } : undefined,
        });
      }
  }
  const out = new Map<string, string>();
  for (const [key, style] of per) {
    const n = JSON.stringify(normalStyle(style));
    if (n !== "{}") out.set(key, n);
  }
  return out;
}

/** A validation with the defaults Excel shows spelled out the same way on both sides. */
export function normalValidation(v: { range: string; rule: ValidationRule }): string {
  const rule: Record<string, unknown> = { ...v.rule };
  if (rule.errorStyle === "stop" && rule.errorTitle === undefined && rule.error === undefined)
    delete rule.errorStyle;
  if (rule.errorStyle === undefined && (rule.errorTitle !== undefined || rule.error !== undefined))
    rule.errorStyle = "stop";
  if (rule.allowBlank === true) delete rule.allowBlank;
  // Office.js needs an operator: "any date" is written as ≥ 1900-01-01 (the .xlsx writer's lower bound)
  if (rule.type === "date" && rule.min === undefined && rule.max === undefined)
    rule.min = "1900-01-01";
  if (rule.type === "decimal" && rule.min === undefined && rule.max === undefined) rule.min = -1e15;
  if (rule.type === "whole" && rule.min === undefined && rule.max === undefined)
    rule.min = -2147483648;
  for (const k of Object.keys(rule)) if (rule[k] === undefined || rule[k] === "") delete rule[k];
  return JSON.stringify({
    range: v.range,
    rule: Object.fromEntries(Object.entries(rule).sort(([a], [b]) => a.localeCompare(b))),
  });
}

/** The parts of one sheet the Office.js renderer must reproduce, in comparable form. */
export function comparable(s: SheetModel) {
  return {
    name: s.name,
    hidden: Boolean(s.hidden),
    tabColor: s.tabColor?.toUpperCase(),
    freeze: s.freeze && (s.freeze.rows || s.freeze.columns) ? s.freeze : undefined,
    protection: s.protection,
    cells: Object.fromEntries(cellsOf(s)),
    styles: Object.fromEntries(stylesOf(s)),
    validations: s.validations.map(normalValidation).sort(),
    conditionalFormats: s.conditionalFormats
      .map((c) =>
        JSON.stringify([
          c.range,
          c.formula,
          c.fill?.toUpperCase(),
          c.fontColor?.toUpperCase(),
          Boolean(c.bold),
        ])
      )
      .sort(),
    merges: [...s.merges].sort(),
    // sparse arrays: Array.from visits the holes (columns left at Excel's default width)
    columnWidths: Array.from(s.columnWidths, (w) =>
      w === undefined ? 8.43 : Math.round(w * 100) / 100
    ),
    rowHeights: s.rowHeights,
    hiddenColumns: [...(s.hiddenColumns ?? [])].sort((a, b) => a - b),
  };
}

/** Sheets (in order, with cells, formats, validations…) and names: what a failed action must leave unchanged. */
export function snapshot(fake: FakeOffice) {
  return JSON.parse(
    JSON.stringify({
      sheets: fake.grid.sheets.map((s) => ({
        ...s,
        cells: [...s.cells],
        columnWidths: [...s.columnWidths],
        rowHeights: [...s.rowHeights],
      })),
      names: fake.grid.names,
    })
  );
}
