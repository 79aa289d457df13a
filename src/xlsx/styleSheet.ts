// The workbook's xl/styles.xml, built while the sheets are written: each distinct cell style
// (the formats covering a cell, merged) becomes one cellXfs entry, each conditional format one
// dxf. The XML is the one ExcelJS writes for the same styles (src/xlsx/writer.ts renders them
// through ExcelJS for src/xlsx/keep.ts), so both paths give the same cells the same look.

import type { BorderStyle, CellStyle, Color, ConditionalFormat } from "../workbook/model";
import { xmlText } from "./xmlText";

/** Number formats Excel knows by number (ExcelJS writes these by id, without a numFmt entry). */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
};

const DEFAULT_FONT =
  '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>';

const argb = (c: Color): string => `FF${c.toUpperCase()}`;

/** Registers fonts, fills, borders, number formats and cell formats; renders styles.xml. */
export class StyleSheet {
  private readonly fonts = new Map<string, number>([[DEFAULT_FONT, 0]]);
  private readonly fills = new Map<string, number>([
    ['<fill><patternFill patternType="none"/></fill>', 0],
    ['<fill><patternFill patternType="gray125"/></fill>', 1],
  ]);
  private readonly borders = new Map<string, number>([
    ["<border><left/><right/><top/><bottom/><diagonal/></border>", 0],
  ]);
  private readonly numFmts = new Map<string, number>();
  private readonly xfs = new Map<string, number>([
    ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', 0],
  ]);
  private readonly dxfs: string[] = [];

  /** The cellXfs index of a composed style (`undefined` = the default, index 0). */
  cellStyle(st: CellStyle): number {
    const numFmtId = st.numberFormat ? this.numFmt(st.numberFormat) : 0;
    const fontId = st.font ? this.font(st.font) : 0;
    const fillId = st.fill
      ? indexOf(
          this.fills,
          `<fill><patternFill patternType="solid"><fgColor rgb="${argb(st.fill)}"/></patternFill></fill>`
        )
      : 0;
    const borderId = this.border(st.border);
    const align = alignment(st);
    const locked = st.locked ?? true;
    let xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) xf += ' applyNumberFormat="1"';
    if (fontId) xf += ' applyFont="1"';
    if (fillId) xf += ' applyFill="1"';
    if (borderId) xf += ' applyBorder="1"';
    if (align) xf += ' applyAlignment="1"';
    xf += ' applyProtection="1"';
    const children = `${align}${locked ? "" : '<protection locked="0"/>'}`;
    xf += children ? `>${children}</xf>` : "/>";
    return indexOf(this.xfs, xf);
  }

  /** A date cell without a number format of its own: the style with yyyy-mm-dd added. */
  dateStyle(numberFormat: string): number {
    // as ExcelJS writes `{ numFmt }` alone (no protection entry: locked, Excel's default)
    const id = this.numFmt(numberFormat);
    return indexOf(
      this.xfs,
      `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ""}/>`
    );
  }

  /** The dxfId of a conditional format's look. */
  dxf(cf: ConditionalFormat): number {
    let x = "<dxf>";
    if (cf.fontColor || cf.bold)
      x += `<font>${cf.bold ? "<b/>" : ""}${cf.fontColor ? `<color rgb="${argb(cf.fontColor)}"/>` : ""}</font>`;
    if (cf.fill)
      x += `<fill><patternFill patternType="solid"><fgColor rgb="${argb(cf.fill)}"/><bgColor rgb="${argb(cf.fill)}"/></patternFill></fill>`;
    this.dxfs.push(`${x}</dxf>`);
    return this.dxfs.length - 1;
  }

  xml(): string {
    const list = (tag: string, m: Map<string, number>, extra = "") =>
      `<${tag} count="${m.size}"${extra}>${[...m.keys()].join("")}</${tag}>`;
    const numFmts = this.numFmts.size
      ? `<numFmts count="${this.numFmts.size}">${[...this.numFmts]
          .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`)
          .join("")}</numFmts>`
      : "";
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">' +
      numFmts +
      list("fonts", this.fonts, ' x14ac:knownFonts="1"') +
      list("fills", this.fills) +
      list("borders", this.borders) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      `<dxfs count="${this.dxfs.length}">${this.dxfs.join("")}</dxfs>` +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }

  private numFmt(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = 164 + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  private font(f: NonNullable<CellStyle["font"]>): number {
    // 134 = GB2312: the Chinese fallback when the named font is missing
    const x =
      "<font>" +
      (f.bold ? "<b/>" : "") +
      (f.italic ? "<i/>" : "") +
      (f.name ? '<charset val="134"/>' : "") +
      (f.color ? `<color rgb="${argb(f.color)}"/>` : "") +
      (f.size ? `<sz val="${f.size}"/>` : "") +
      (f.name ? `<name val="${xmlText(f.name)}"/>` : "") +
      "</font>";
    return indexOf(this.fonts, x);
  }

  private border(b: BorderStyle | undefined): number {
    if (!b || b === "none") return 0;
    const edge = (e: string) => `<${e} style="${b}"><color rgb="FF808080"/></${e}>`;
    return indexOf(
      this.borders,
      `<border>${edge("left")}${edge("right")}${edge("top")}${edge("bottom")}<diagonal/></border>`
    );
  }
}

function indexOf(m: Map<string, number>, key: string): number {
  let i = m.get(key);
  if (i === undefined) {
    i = m.size;
    m.set(key, i);
  }
  return i;
}

function alignment(c: CellStyle): string {
  if (!(c.horizontal || c.vertical || c.wrap || c.indent)) return "";
  // Excel's name for vertical middle is "center"
  const v = c.vertical === "middle" ? "center" : c.vertical;
  return (
    "<alignment" +
    (c.horizontal ? ` horizontal="${c.horizontal}"` : "") +
    (v ? ` vertical="${v}"` : "") +
    (c.wrap ? ' wrapText="1"' : "") +
    (c.indent ? ` indent="${c.indent}"` : "") +
    "/>"
  );
}
