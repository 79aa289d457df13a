// Renders a WorkbookModel as an ExcelJS workbook: what src/xlsx/keep.ts merges an old workbook
// into. Plain writes (CLI, tests, browser download) go through src/xlsx/xlsxPackage.ts, which
// writes the same parts without holding the workbook twice; tests compare the two renderings.

import { cellAddress, parseRange, parseCell } from "../workbook/address";
import {
  DATE_FORMAT,
  inlineListText,
  isDateValue,
  isErrorValue,
  isFormulaCell,
  isoToSerial,
  modelProblems,
  type Block,
  type BorderStyle,
  type Cell,
  type CellStyle,
  type Color,
  type FormulaCell,
  type FormulaResult,
  type HeaderFooter,
  type SheetModel,
  type ValidationRule,
  type WorkbookModel,
} from "../workbook/model";
import type * as ExcelJSTypes from "exceljs";
import { loadExcelJS } from "./exceljs";
import { sharedRuns } from "./sharedFormulas";
import { fileFormula } from "./fileFormula";

export { loadExcelJS };
export { callsNewerFunction, fileFormula } from "./fileFormula";

const argb = (c: Color): string => `FF${c.toUpperCase()}`;

export { writeXlsx } from "./xlsxPackage";

/** The model written through an ExcelJS workbook (the reference the package writer is held to). */
export async function writeXlsxWithExcelJS(model: WorkbookModel): Promise<Uint8Array> {
  return xlsxBytes(await excelWorkbook(model));
}

/** The model as an ExcelJS workbook, before it is serialised (src/xlsx/keep.ts adds to it). */
export async function excelWorkbook(model: WorkbookModel): Promise<ExcelJSTypes.Workbook> {
  const problems = modelProblems(model);
  if (problems.length) throw new Error(`工作簿“${model.title}”描述有误：\n${problems.join("\n")}`);
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  wb.creator = "岗责 Gangze";
  wb.title = model.title;
  // fixed timestamps keep the output reproducible
  wb.created = new Date(Date.UTC(2000, 0, 1));
  wb.modified = wb.created;
  for (const sheet of model.sheets) await writeSheet(wb, sheet);
  for (const n of model.definedNames) wb.definedNames.add(n.ref, n.name);
  // <bookViews> (ExcelJS writes none without it; Excel is reported to crash in print preview
  // then), opening on the first visible sheet
  const firstVisible = Math.max(
    0,
    model.sheets.findIndex((s) => !s.hidden)
  );
  wb.views = [
    {
      x: 0,
      y: 0,
      width: 28800,
      height: 17600,
      firstSheet: 0,
      activeTab: firstVisible,
      visibility: "visible",
    },
  ] as ExcelJSTypes.WorkbookView[];
  return wb;
}

export async function xlsxBytes(wb: ExcelJSTypes.Workbook): Promise<Uint8Array> {
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

async function writeSheet(wb: ExcelJSTypes.Workbook, s: SheetModel): Promise<void> {
  const ws = wb.addWorksheet(s.name, {
    state: s.hidden ? "hidden" : "visible",
    properties: s.tabColor
      ? ({ tabColor: { argb: argb(s.tabColor) } } as ExcelJSTypes.WorksheetProperties)
      : undefined,
    views:
      s.freeze && (s.freeze.rows || s.freeze.columns)
        ? [{ state: "frozen", xSplit: s.freeze.columns, ySplit: s.freeze.rows }]
        : [{}],
  });

  s.columnWidths.forEach((w, i) => {
    if (w === undefined) return;
    // width 0 hides the column (Office.js: columnWidth 0), as Excel does when a column is hidden
    if (w === 0) ws.getColumn(i + 1).hidden = true;
    else ws.getColumn(i + 1).width = w;
  });
  for (const [r, h] of Object.entries(s.rowHeights)) ws.getRow(Number(r)).height = h;
  for (const c of s.hiddenColumns ?? []) ws.getColumn(c).hidden = true;

  // values first, remembering date cells so they get a date format when none is given
  const dateCells: ExcelJSTypes.Cell[] = [];
  const covered = coveredCells(s.merges);
  for (const block of s.blocks) {
    const o = parseCell(block.origin);
    const shared = sharedCells(block, o, covered);
    block.cells.forEach((row, r) => {
      const xrow = ws.getRow(o.row + r);
      row.forEach((c, k) => {
        if (c === null) return;
        const cell = xrow.getCell(o.col + k);
        cell.value = shared.get(`${r},${k}`) ?? cellValue(c);
        if (isDateValue(c) || (isFormulaCell(c) && isDateValue(c.result))) dateCells.push(cell);
      });
    });
  }

  applyFormats(ws, s);
  // styles are shared between cells: replace, never mutate
  for (const cell of dateCells)
    if (!cell.numFmt) cell.style = { ...cell.style, numFmt: DATE_FORMAT };
  for (const m of s.merges) ws.mergeCells(m);
  // a file has one kind of comment (a note): a thread's replies follow its text, line by line
  for (const c of s.comments ?? [])
    ws.getCell(c.cell).note = [c.text, ...(c.replies ?? [])].join("\n");

  const dv = (
    ws as unknown as {
      dataValidations: { add(range: string, rule: ExcelJSTypes.DataValidation): void };
    }
  ).dataValidations;
  for (const v of s.validations) dv.add(v.range, validation(v.rule));

  for (const cf of s.conditionalFormats) {
    const style: Partial<ExcelJSTypes.Style> = {};
    if (cf.fill)
      style.fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: argb(cf.fill) },
        bgColor: { argb: argb(cf.fill) },
      };
    if (cf.fontColor || cf.bold)
      style.font = {
        ...(cf.fontColor ? { color: { argb: argb(cf.fontColor) } } : {}),
        ...(cf.bold ? { bold: true } : {}),
      };
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [fileFormula(cf.formula)],
          style,
        } as ExcelJSTypes.ConditionalFormattingRule,
      ],
    });
  }

  if (s.print) {
    const p = s.print;
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: p.orientation,
      fitToPage: p.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: p.horizontalCentered ?? false,
      ...(p.titleRows ? { printTitlesRow: `${p.titleRows[0]}:${p.titleRows[1]}` } : {}),
      ...(p.margins ? { margins: p.margins } : {}),
      ...(p.printArea ? { printArea: excelJsPrintArea(p.printArea) } : {}),
      ...(p.firstPageNumber !== undefined ? { firstPageNumber: p.firstPageNumber } : {}),
    };
    const hf: Partial<ExcelJSTypes.HeaderFooter> = {};
    if (p.header) hf.oddHeader = headerFooter(p.header);
    if (p.footer) hf.oddFooter = headerFooter(p.footer);
    ws.headerFooter = { ...ws.headerFooter, ...hf };
    for (const r of p.rowBreaks ?? []) ws.getRow(r).addPageBreak();
  }

  if (s.protection) {
    const { password, ...allow } = s.protection;
    await ws.protect(password ?? "", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: allow.allowFormatColumns ?? false,
      formatRows: allow.allowFormatRows ?? false,
      insertRows: allow.allowInsertRows ?? false,
      deleteRows: allow.allowDeleteRows ?? false,
      sort: allow.allowSort ?? false,
      autoFilter: allow.allowAutoFilter ?? false,
      // a password is hashed SHA-512 × spinCount; 100,000 (the default) costs ~0.2 s a sheet
      spinCount: 1000,
    });
  }
}

/**
 * ExcelJS writes a print area `A1:I30` as `$A1:$I30` (it prefixes the columns only), which
 * LibreOffice ignores; handing it `A$1:I$30` makes the stored range `$A$1:$I$30`.
 */
export function excelJsPrintArea(area: string): string {
  return area
    .split(":")
    .map((part) => part.replace(/^\$?([A-Za-z]{1,3})\$?(\d+)$/, "$1$$$2"))
    .join(":");
}

function cellValue(c: Exclude<Cell, null>): ExcelJSTypes.CellValue {
  if (typeof c !== "object") return c;
  if (isDateValue(c)) return isoToSerial(c.date);
  return {
    formula: fileFormula(c.formula),
    result: resultValue(c.result),
  } as ExcelJSTypes.CellFormulaValue;
}

/** Cells hidden under a merge (all but each range's top-left): ExcelJS replaces their values. */
function coveredCells(merges: string[]): Set<string> {
  const out = new Set<string>();
  for (const m of merges) {
    const r = parseRange(m);
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++)
        if (row !== r.top || col !== r.left) out.add(`${row},${col}`);
  }
  return out;
}

/**
 * The ExcelJS values of a block's cells that go into shared formulas, keyed `row,col` within
 * the block: the first cell of a run holds the formula and the run's range, the others name
 * the first cell. Every cell keeps its own cached result.
 */
function sharedCells(
  block: Block,
  o: { row: number; col: number },
  covered: Set<string>
): Map<string, ExcelJSTypes.CellValue> {
  const out = new Map<string, ExcelJSTypes.CellValue>();
  const width = block.cells[0]?.length ?? 0;
  for (let k = 0; k < width; k++) {
    const formulas = block.cells.map((row, r) => {
      const c = row[k];
      if (!isFormulaCell(c) || covered.has(`${o.row + r},${o.col + k}`)) return undefined;
      const f = fileFormula(c.formula);
      // Excel does not move references to other sheets in a shared formula ([MS-XLS]
      // 2.5.98.98; EPPlus issue 92): such cells stay ordinary formulas, as Excel writes them
      return f.includes("!") ? undefined : f;
    });
    for (const run of sharedRuns(formulas)) {
      const master = cellAddress(o.row + run.start, o.col + k);
      const last = cellAddress(o.row + run.start + run.length - 1, o.col + k);
      for (let n = 0; n < run.length; n++) {
        const c = block.cells[run.start + n][k] as FormulaCell;
        const result = resultValue(c.result);
        out.set(
          `${run.start + n},${k}`,
          (n === 0
            ? {
                formula: formulas[run.start]!,
                result,
                shareType: "shared",
                ref: `${master}:${last}`,
              }
            : { sharedFormula: master, result }) as ExcelJSTypes.CellValue
        );
      }
    }
  }
  return out;
}

function resultValue(r: FormulaResult): ExcelJSTypes.CellFormulaValue["result"] {
  if (r === null) return undefined;
  if (isDateValue(r)) return isoToSerial(r.date);
  if (isErrorValue(r)) return { error: r.error } as ExcelJSTypes.CellErrorValue;
  return r as string | number | boolean;
}

function headerFooter(h: HeaderFooter): string {
  return `${h.left ? `&L${h.left}` : ""}${h.center ? `&C${h.center}` : ""}${h.right ? `&R${h.right}` : ""}`;
}

/**
 * Formats are merged per cell (later formats win field by field) and the composed style object
 * is shared between cells with the same list of formats, so large ranges stay cheap.
 */
function applyFormats(ws: ExcelJSTypes.Worksheet, s: SheetModel): void {
  const perCell = new Map<string, number[]>();
  s.formats.forEach((f, i) => {
    const r = parseRange(f.range);
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) {
        const key = `${row},${col}`;
        const list = perCell.get(key);
        if (list) list.push(i);
        else perCell.set(key, [i]);
      }
  });
  const composed = new Map<string, Partial<ExcelJSTypes.Style>>();
  for (const [key, list] of perCell) {
    const sig = list.join(",");
    let style = composed.get(sig);
    if (!style) {
      style = toExcelStyle(
        list.reduce<CellStyle>((acc, i) => mergeStyle(acc, s.formats[i].style), {})
      );
      composed.set(sig, style);
    }
    const [row, col] = key.split(",").map(Number);
    ws.getRow(row).getCell(col).style = style;
  }
}

function mergeStyle(a: CellStyle, b: CellStyle): CellStyle {
  return { ...a, ...b, font: a.font || b.font ? { ...a.font, ...b.font } : undefined };
}

function border(b: BorderStyle | undefined): Partial<ExcelJSTypes.Borders> | undefined {
  if (!b || b === "none") return undefined;
  const edge: Partial<ExcelJSTypes.Border> = { style: b, color: { argb: "FF808080" } };
  return { top: edge, left: edge, bottom: edge, right: edge };
}

function toExcelStyle(c: CellStyle): Partial<ExcelJSTypes.Style> {
  const st: Partial<ExcelJSTypes.Style> = {};
  if (c.font) {
    st.font = {
      ...(c.font.name ? { name: c.font.name, charset: 134 } : {}), // 134 = GB2312: Chinese fallback
      ...(c.font.size ? { size: c.font.size } : {}),
      ...(c.font.bold ? { bold: true } : {}),
      ...(c.font.italic ? { italic: true } : {}),
      ...(c.font.color ? { color: { argb: argb(c.font.color) } } : {}),
    };
  }
  if (c.fill) st.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(c.fill) } };
  const b = border(c.border);
  if (b) st.border = b;
  if (c.horizontal || c.vertical || c.wrap || c.indent) {
    st.alignment = {
      ...(c.horizontal ? { horizontal: c.horizontal } : {}),
      ...(c.vertical ? { vertical: c.vertical } : {}),
      ...(c.wrap ? { wrapText: true } : {}),
      ...(c.indent ? { indent: c.indent } : {}),
    };
  }
  if (c.numberFormat) st.numFmt = c.numberFormat;
  st.protection = { locked: c.locked ?? true };
  return st;
}

function validation(rule: ValidationRule): ExcelJSTypes.DataValidation {
  const common = {
    allowBlank: rule.allowBlank ?? true,
    showErrorMessage: true,
    errorStyle: rule.errorStyle ?? "stop",
    ...(rule.errorTitle ? { errorTitle: rule.errorTitle } : {}),
    ...(rule.error ? { error: rule.error } : {}),
    ...(rule.prompt
      ? { showInputMessage: true, prompt: rule.prompt, promptTitle: rule.promptTitle ?? "" }
      : {}),
  };
  switch (rule.type) {
    case "list":
      return {
        ...common,
        type: "list",
        formulae: [
          "values" in rule ? `"${inlineListText(rule.values)}"` : fileFormula(rule.source),
        ],
      } as ExcelJSTypes.DataValidation;
    case "date": {
      // ExcelJS turns date bounds into serials itself; it parses ISO strings as UTC midnight
      const lo = rule.min ?? "1900-01-01";
      const hi = rule.max ?? "9999-12-31";
      return {
        ...common,
        type: "date",
        operator: "between",
        formulae: [lo, hi],
      } as unknown as ExcelJSTypes.DataValidation;
    }
    case "decimal":
    case "whole": {
      const lo = rule.min ?? (rule.type === "whole" ? -2147483648 : -1e15);
      const hi = rule.max ?? (rule.type === "whole" ? 2147483647 : 1e15);
      return {
        ...common,
        type: rule.type,
        operator: "between",
        formulae: [lo, hi],
      } as ExcelJSTypes.DataValidation;
    }
    case "custom":
      return {
        ...common,
        type: "custom",
        formulae: [fileFormula(rule.formula)],
      } as ExcelJSTypes.DataValidation;
  }
}
