// One worksheet of a WorkbookModel as SpreadsheetML, rendered row by row in chunks of text, so a
// 500-person month never holds more than a chunk of its XML, nor a second copy of its cells (an
// ExcelJS workbook held every cell as objects, then the whole XML as strings: 1.2 GB). The
// elements and attributes are those ExcelJS writes for the same model (src/xlsx/writer.ts, still
// used by src/xlsx/keep.ts), in the order the schema requires.

import { cellAddress, colLetter, parseCell, parseRange, quoteSheet } from "../workbook/address";
import {
  DATE_FORMAT,
  inlineListText,
  isDateValue,
  isErrorValue,
  isFormulaCell,
  isoToSerial,
  type CellComment,
  type CellStyle,
  type FormulaCell,
  type FormulaResult,
  type HeaderFooter,
  type SheetModel,
  type ValidationRule,
} from "../workbook/model";
import { sharedRuns } from "./sharedFormulas";
import type { StyleSheet } from "./styleSheet";
import { xmlText } from "./xmlText";
import { fileFormula } from "./fileFormula";

/** The workbook's shared strings, numbered in order of first use. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  count = 0;

  id(s: string): number {
    this.count++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(s, i);
    }
    return i;
  }

  /** sharedStrings.xml, handed to `emit` in pieces */
  xml(emit: (text: string) => void): void {
    let out =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.index.size}">`;
    for (const s of this.index.keys()) {
      out += /^\s|\n|\s$/.test(s)
        ? `<si><t xml:space="preserve">${xmlText(s)}</t></si>`
        : `<si><t>${xmlText(s)}</t></si>`;
      if (out.length >= CHUNK) {
        emit(out);
        out = "";
      }
    }
    emit(`${out}</sst>`);
  }
}

export interface SheetParts {
  styles: StyleSheet;
  strings: SharedStrings;
  /** the hash attributes of a password (computed by ExcelJS's own routine, src/xlsx/xlsxPackage.ts) */
  passwordHash?: string;
}

/** Text is handed on in pieces of about this many characters. */
const CHUNK = 1 << 20;

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">';

function mergeStyle(a: CellStyle, b: CellStyle): CellStyle {
  return { ...a, ...b, font: a.font || b.font ? { ...a.font, ...b.font } : undefined };
}

/**
 * Renders sheet `s` and hands its XML to `emit` in pieces. Cells follow the ExcelJS writer's
 * rules: formats are merged per cell (later formats win field by field); a date without a number
 * format gets yyyy-mm-dd; the cells a merge covers lose their values and take the merge's first
 * cell's style; runs of formulas down a column become shared formulas, except those naming
 * another sheet (Excel does not move such references, [MS-XLS] 2.5.98.98).
 */
export function renderSheet(s: SheetModel, parts: SheetParts, emit: (text: string) => void): void {
  // the sheet's extent: every cell that holds a value, a format or a merge
  let height = 0;
  let width = 0;
  const grow = (bottom: number, right: number) => {
    height = Math.max(height, bottom);
    width = Math.max(width, right);
  };
  const blocks = s.blocks.map((b) => {
    const o = parseCell(b.origin);
    const rows = b.cells.length;
    const cols = b.cells[0]?.length ?? 0;
    if (rows && cols) grow(o.row + rows - 1, o.col + cols - 1);
    return { o, rows, cols, cells: b.cells };
  });
  const formatRanges = s.formats.map((f) => parseRange(f.range));
  for (const r of formatRanges) grow(r.bottom, r.right);
  const mergeRanges = s.merges.map(parseRange);
  for (const r of mergeRanges) grow(r.bottom, r.right);
  const at = (row: number, col: number) => (row - 1) * width + (col - 1);

  // which block holds each cell (index + 1; 0 = none)
  const blockOf = new Int32Array(height * width);
  blocks.forEach((b, i) => {
    for (let r = 0; r < b.rows; r++)
      for (let k = 0; k < b.cols; k++) blockOf[at(b.o.row + r, b.o.col + k)] = i + 1;
  });

  // the list of formats covering each cell, as an id of the list (0 = no format)
  const lists: number[][] = [[]];
  const nextList = new Map<number, number>();
  const listOf = new Int32Array(height * width);
  formatRanges.forEach((r, i) => {
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) {
        const k = at(row, col);
        const key = listOf[k] * 1_000_003 + i;
        let id = nextList.get(key);
        if (id === undefined) {
          id = lists.length;
          lists.push([...lists[listOf[k]], i]);
          nextList.set(key, id);
        }
        listOf[k] = id;
      }
  });
  const composed = new Map<number, CellStyle>();
  const composedStyle = (list: number): CellStyle => {
    let st = composed.get(list);
    if (!st) {
      st = lists[list].reduce<CellStyle>((acc, i) => mergeStyle(acc, s.formats[i].style), {});
      composed.set(list, st);
    }
    return st;
  };
  const xfCache = new Map<number, number>();
  /** cellXfs index of a cell with format list `list`; dates without a number format get one */
  const styleId = (list: number, date: boolean): number => {
    const key = list * 2 + (date ? 1 : 0);
    let id = xfCache.get(key);
    if (id === undefined) {
      const st = list ? composedStyle(list) : undefined;
      if (date && !st?.numberFormat)
        id = st
          ? parts.styles.cellStyle({ ...st, numberFormat: DATE_FORMAT })
          : parts.styles.dateStyle(DATE_FORMAT);
      else id = st ? parts.styles.cellStyle(st) : 0;
      xfCache.set(key, id);
    }
    return id;
  };
  const valueAt = (row: number, col: number) => {
    const b = blockOf[at(row, col)];
    if (!b) return null;
    const bl = blocks[b - 1];
    return bl.cells[row - bl.o.row][col - bl.o.col];
  };
  const isDateCell = (row: number, col: number) => {
    const c = valueAt(row, col);
    return isDateValue(c) || (isFormulaCell(c) && isDateValue(c.result));
  };

  // cells under a merge (all but its first): the id of the first cell's style, + 1
  const coveredStyle = new Map<number, number>();
  for (const m of mergeRanges)
    for (let row = m.top; row <= m.bottom; row++)
      for (let col = m.left; col <= m.right; col++)
        if (row !== m.top || col !== m.left)
          coveredStyle.set(
            at(row, col),
            styleId(listOf[at(m.top, m.left)], isDateCell(m.top, m.left)) + 1
          );

  // shared formulas, column by column within each block: si per cell (-1 none), ref of masters
  const si = new Int32Array(height * width).fill(-1);
  const masters = new Map<number, { ref: string; formula: string }>();
  let nextSi = 0;
  for (const b of blocks)
    for (let k = 0; k < b.cols; k++) {
      const col = b.o.col + k;
      const formulas = b.cells.map((row, r) => {
        const c = row[k];
        if (!isFormulaCell(c) || coveredStyle.has(at(b.o.row + r, col))) return undefined;
        const f = fileFormula(c.formula);
        return f.includes("!") ? undefined : f;
      });
      for (const run of sharedRuns(formulas)) {
        const first = b.o.row + run.start;
        const last = first + run.length - 1;
        masters.set(at(first, col), {
          ref: `${cellAddress(first, col)}:${cellAddress(last, col)}`,
          formula: formulas[run.start]!,
        });
        for (let r = first; r <= last; r++) si[at(r, col)] = nextSi;
        nextSi++;
      }
    }

  // the used range, for <dimension>
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const present = (row: number, col: number): boolean => {
    const k = at(row, col);
    return listOf[k] !== 0 || coveredStyle.has(k) || valueAt(row, col) !== null;
  };
  for (let row = 1; row <= height; row++)
    for (let col = 1; col <= width; col++)
      if (present(row, col)) {
        top = Math.min(top, row);
        left = Math.min(left, col);
        bottom = Math.max(bottom, row);
        right = Math.max(right, col);
      }

  let buf = SHEET_HEAD;
  const out = (text: string) => {
    buf += text;
    if (buf.length >= CHUNK) {
      emit(buf);
      buf = "";
    }
  };

  const p = s.print;
  const tab = s.tabColor ? `<tabColor rgb="FF${s.tabColor.toUpperCase()}"/>` : "";
  const fit = p?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : "";
  if (tab || fit) out(`<sheetPr>${tab}${fit}</sheetPr>`);
  if (bottom) out(`<dimension ref="${cellAddress(top, left)}:${cellAddress(bottom, right)}"/>`);
  out(`<sheetViews>${sheetView(s.freeze)}</sheetViews>`);
  out(
    '<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>'
  );
  out(columns(s));

  out("<sheetData>");
  let rowCount = height;
  for (const r of Object.keys(s.rowHeights)) rowCount = Math.max(rowCount, Number(r));
  for (let row = 1; row <= rowCount; row++) {
    let cells = "";
    if (row <= height)
      for (let col = 1; col <= width; col++) {
        const k = at(row, col);
        const covered = coveredStyle.get(k);
        if (covered !== undefined) {
          cells += `<c r="${colLetter(col)}${row}"${covered > 1 ? ` s="${covered - 1}"` : ""}/>`;
          continue;
        }
        const c = valueAt(row, col);
        const list = listOf[k];
        if (c === null && list === 0) continue;
        const date = isDateValue(c) || (isFormulaCell(c) && isDateValue(c.result));
        const style = styleId(list, date);
        const r = `<c r="${colLetter(col)}${row}"${style ? ` s="${style}"` : ""}`;
        if (c === null) cells += `${r}/>`;
        else if (typeof c === "string") cells += `${r} t="s"><v>${parts.strings.id(c)}</v></c>`;
        else if (typeof c === "number") cells += `${r}><v>${c}</v></c>`;
        else if (typeof c === "boolean") cells += `${r} t="b"><v>${c ? 1 : 0}</v></c>`;
        else if (isDateValue(c)) cells += `${r}><v>${isoToSerial(c.date)}</v></c>`;
        else cells += formulaXml(r, c, si[k], masters.get(k));
      }
    const h = s.rowHeights[row];
    const attrs = h !== undefined ? ` ht="${h}" customHeight="1"` : "";
    if (cells) out(`<row r="${row}"${attrs}>${cells}</row>`);
    else if (attrs) out(`<row r="${row}"${attrs}/>`);
  }
  out("</sheetData>");

  if (s.protection) out(protectionXml(s.protection, parts.passwordHash));
  if (s.merges.length)
    out(
      `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
    );
  for (const cf of s.conditionalFormats)
    out(
      `<conditionalFormatting sqref="${cf.range}"><cfRule type="expression" dxfId="${parts.styles.dxf(cf)}" priority="1"><formula>${xmlText(fileFormula(cf.formula))}</formula></cfRule></conditionalFormatting>`
    );
  if (s.validations.length)
    out(
      `<dataValidations count="${s.validations.length}">${s.validations.map((v) => validationXml(v.range, v.rule)).join("")}</dataValidations>`
    );
  if (p?.horizontalCentered) out('<printOptions horizontalCentered="1"/>');
  const m = p?.margins ?? {
    left: 0.7,
    right: 0.7,
    top: 0.75,
    bottom: 0.75,
    header: 0.3,
    footer: 0.3,
  };
  out(
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`
  );
  out(
    p
      ? `<pageSetup paperSize="9" orientation="${p.orientation}" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="0"${p.firstPageNumber !== undefined ? ` firstPageNumber="${p.firstPageNumber}" useFirstPageNumber="1"` : ""}/>`
      : '<pageSetup orientation="portrait" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="1"/>'
  );
  if (p?.header || p?.footer)
    out(
      `<headerFooter>${p.header ? `<oddHeader>${xmlText(headerFooter(p.header))}</oddHeader>` : ""}${p.footer ? `<oddFooter>${xmlText(headerFooter(p.footer))}</oddFooter>` : ""}</headerFooter>`
    );
  const breaks = p?.rowBreaks ?? [];
  if (breaks.length)
    out(
      `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("")}</rowBreaks>`
    );
  // comments: their shapes are in the VML drawing the sheet's relationships name rId2
  if (s.comments?.length) out('<legacyDrawing r:id="rId2"/>');
  out("</worksheet>");
  if (buf) emit(buf);
}

/** The defined names a sheet's print setup implies: print area, then title rows. */
export function printNames(
  s: SheetModel,
  sheetIndex: number
): { name: string; localSheetId: number; ref: string }[] {
  const out: { name: string; localSheetId: number; ref: string }[] = [];
  if (s.print?.printArea) {
    const r = parseRange(s.print.printArea);
    out.push({
      name: "_xlnm.Print_Area",
      localSheetId: sheetIndex,
      ref: `${quoteSheet(s.name)}!${cellAddress(r.top, r.left, true)}:${cellAddress(r.bottom, r.right, true)}`,
    });
  }
  if (s.print?.titleRows) {
    const [a, b] = s.print.titleRows;
    out.push({
      name: "_xlnm.Print_Titles",
      localSheetId: sheetIndex,
      ref: `${quoteSheet(s.name)}!$${a}:$${b}`,
    });
  }
  return out;
}

function sheetView(freeze: SheetModel["freeze"]): string {
  if (!freeze || !(freeze.rows || freeze.columns)) return '<sheetView workbookViewId="0"/>';
  const x = freeze.columns;
  const y = freeze.rows;
  const pane = x && y ? "bottomRight" : x ? "topRight" : "bottomLeft";
  return (
    '<sheetView workbookViewId="0">' +
    `<pane${x ? ` xSplit="${x}"` : ""}${y ? ` ySplit="${y}"` : ""} topLeftCell="${cellAddress(y + 1, x + 1)}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}"/></sheetView>`
  );
}

function columns(s: SheetModel): string {
  const hidden = new Set(s.hiddenColumns ?? []);
  const count = Math.max(s.columnWidths.length, ...hidden);
  let cols = "";
  for (let c = 1; c <= count; c++) {
    const w = s.columnWidths[c - 1];
    // width 0 hides the column (Office.js: columnWidth 0), as Excel does when a column is hidden
    const isHidden = hidden.has(c) || w === 0;
    const width = w !== undefined && w !== 0 ? ` width="${w}"` : "";
    if (!width && !isHidden) continue;
    cols += `<col min="${c}" max="${c}"${width}${isHidden ? ' hidden="1"' : ""} customWidth="1"/>`;
  }
  return cols ? `<cols>${cols}</cols>` : "";
}

function resultXml(r: FormulaResult): { t: string; v: string } {
  if (r === null) return { t: "", v: "" };
  if (isDateValue(r)) return { t: "", v: `<v>${isoToSerial(r.date)}</v>` };
  if (isErrorValue(r)) return { t: ' t="e"', v: `<v>${xmlText(r.error)}</v>` };
  if (typeof r === "string") return { t: ' t="str"', v: `<v>${xmlText(r)}</v>` };
  if (typeof r === "boolean") return { t: ' t="b"', v: `<v>${r ? 1 : 0}</v>` };
  return { t: "", v: `<v>${r}</v>` };
}

function formulaXml(
  open: string,
  c: FormulaCell,
  si: number,
  master: { ref: string; formula: string } | undefined
): string {
  const { t, v } = resultXml(c.result);
  const f = master
    ? `<f t="shared" ref="${master.ref}" si="${si}">${xmlText(master.formula)}</f>`
    : si >= 0
      ? `<f t="shared" si="${si}"/>`
      : `<f>${xmlText(fileFormula(c.formula))}</f>`;
  return `${open}${t}>${f}${v}</c>`;
}

function protectionXml(p: NonNullable<SheetModel["protection"]>, hash: string | undefined): string {
  return (
    '<sheetProtection sheet="1"' +
    (p.allowFormatColumns ? ' formatColumns="0"' : "") +
    (p.allowFormatRows ? ' formatRows="0"' : "") +
    (p.allowInsertRows ? ' insertRows="0"' : "") +
    (p.allowDeleteRows ? ' deleteRows="0"' : "") +
    (p.allowSort ? ' sort="0"' : "") +
    (p.allowAutoFilter ? ' autoFilter="0"' : "") +
    (p.password && hash ? hash : "") +
    "/>"
  );
}

function headerFooter(h: HeaderFooter): string {
  return `${h.left ? `&L${h.left}` : ""}${h.center ? `&C${h.center}` : ""}${h.right ? `&R${h.right}` : ""}`;
}

/** A date bound as ExcelJS stores it: days since 1899-12-30 of the UTC midnight. */
const dateBound = (iso: string): number => 25569 + Date.parse(iso) / 86_400_000;

function validationXml(range: string, rule: ValidationRule): string {
  let formulae: (string | number)[];
  switch (rule.type) {
    case "list":
      formulae = ["values" in rule ? `"${inlineListText(rule.values)}"` : fileFormula(rule.source)];
      break;
    case "date":
      formulae = [dateBound(rule.min ?? "1900-01-01"), dateBound(rule.max ?? "9999-12-31")];
      break;
    case "decimal":
    case "whole":
      formulae = [
        rule.min ?? (rule.type === "whole" ? -2147483648 : -1e15),
        rule.max ?? (rule.type === "whole" ? 2147483647 : 1e15),
      ];
      break;
    case "custom":
      formulae = [fileFormula(rule.formula)];
      break;
  }
  const attr = (name: string, value: string | undefined) =>
    value ? ` ${name}="${xmlText(value)}"` : "";
  return (
    `<dataValidation type="${rule.type}"` +
    ((rule.allowBlank ?? true) ? ' allowBlank="1"' : "") +
    (rule.prompt
      ? ` showInputMessage="1"${attr("promptTitle", rule.promptTitle)}${attr("prompt", rule.prompt)}`
      : "") +
    ' showErrorMessage="1"' +
    attr("errorStyle", rule.errorStyle ?? "stop") +
    attr("errorTitle", rule.errorTitle) +
    attr("error", rule.error) +
    ` sqref="${range}">` +
    formulae.map((f, i) => `<formula${i + 1}>${xmlText(String(f))}</formula${i + 1}>`).join("") +
    "</dataValidation>"
  );
}

/** A comment's text: a thread's replies follow it, line by line (a file has notes only). */
const commentText = (c: CellComment): string => [c.text, ...(c.replies ?? [])].join("\n");

/**
 * The parts a sheet's comments need, as ExcelJS writes notes: the comments part, the VML drawing
 * of their boxes (hidden until the cell is pointed at) and the sheet's relationships to both.
 * `n` is the sheet's 1-based number; its shapes take ids from n × 1024 + 1, as Excel numbers them.
 */
export function commentParts(s: SheetModel, n: number): { name: string; xml: string }[] {
  const comments = s.comments ?? [];
  if (!comments.length) return [];
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const list = comments
    .map(
      (c) =>
        `<comment ref="${c.cell}" authorId="0"><text><r><t xml:space="preserve">${xmlText(commentText(c))}</t></r></text></comment>`
    )
    .join("");
  const shapes = comments
    .map((c, k) => {
      const { row, col } = parseCell(c.cell);
      const top = Math.max(row - 2, 0);
      return (
        `<v:shape id="_x0000_s${n * 1024 + 1 + k}" type="#_x0000_t202" style="position:absolute; margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:1;visibility:hidden" fillcolor="infoBackground [80]" strokecolor="none [81]" o:insetmode="auto">` +
        '<v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto" inset="1.3mm,1.3mm,2.5mm,2.5mm"><div style="text-align:left"/></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col}, 6, ${top}, 14, ${col + 2}, 2, ${top + 4}, 16</x:Anchor><x:Locked>True</x:Locked><x:AutoFill>False</x:AutoFill><x:LockText>True</x:LockText><x:Row>${row - 1}</x:Row><x:Column>${col - 1}</x:Column></x:ClientData></v:shape>`
      );
    })
    .join("");
  return [
    {
      name: `xl/worksheets/_rels/sheet${n}.xml.rels`,
      xml:
        head +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${rel}/comments" Target="../comments${n}.xml"/>` +
        `<Relationship Id="rId2" Type="${rel}/vmlDrawing" Target="../drawings/vmlDrawing${n}.vml"/>` +
        "</Relationships>",
    },
    {
      name: `xl/comments${n}.xml`,
      xml:
        head +
        '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Author</author></authors>' +
        `<commentList>${list}</commentList></comments>`,
    },
    {
      name: `xl/drawings/vmlDrawing${n}.vml`,
      xml:
        head +
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
        `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${n}"/></o:shapelayout>` +
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
        `${shapes}</xml>`,
    },
  ];
}
