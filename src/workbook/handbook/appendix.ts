// The handbook's appendix, generated from the rules in force (考核标准 / dataset `rules`):
// 附录一 扣分标准 — the deduction of each kind of event, the coded problems a check can cite,
// 加分, and grades with their money; 附录二 考核办法 — the same rules in numbered articles.
// The words come from src/domain/assessmentText.ts, so a changed parameter changes the text.

import {
  assessmentArticles,
  bonusRule,
  deductionRules,
  gradeBands,
  num,
} from "../../domain/assessmentText";
import type { Rules } from "../../domain/types";
import { colLetter } from "../address";
import { emptySheet, type Cell, type CellStyle, type SheetModel } from "../model";
import { COLORS, FONT_BODY, FONT_HEADING, STYLE_HEADER, STYLE_TITLE } from "../styles";
import {
  DEDUCTIONS_TITLE,
  HANDBOOK_TITLE,
  METHOD_TITLE,
  SHEET_DEDUCTIONS,
  SHEET_METHOD,
} from "./names";
import {
  fitsWidth,
  HANDBOOK_MARGINS,
  INDENT_UNITS,
  paddedHeight,
  paginate,
  TEXT_INDENT,
} from "./pages";
import { hfText, PAGE_FOOTER } from "./print";

const SIZE = 12;
/** Portrait A4 columns: 序号/代码, 事项, 标准, 期间 (paragraphs are merged across all four). */
const WIDTHS = [6, 14, 30, 16];

/** A portrait page written row by row: titles, headings, paragraphs and bordered tables. */
class Pager {
  row = 1;
  private cells = new Map<number, Map<number, Cell>>();
  readonly keep = new Set<number>();
  constructor(
    readonly sheet: SheetModel,
    readonly widths: number[]
  ) {
    sheet.columnWidths = [...widths];
    if (!fitsWidth(widths, "portrait")) throw new Error(`${sheet.name}：超出页宽`);
  }

  private get right(): string {
    return colLetter(this.widths.length);
  }

  private span(from: number, to: number): number {
    return this.widths.slice(from - 1, to).reduce((s, w) => s + w, 0);
  }

  private put(r: number, c: number, cell: Cell): void {
    let row = this.cells.get(r);
    if (!row) this.cells.set(r, (row = new Map()));
    row.set(c, cell);
  }

  /** One text across the page. */
  line(text: string, style: CellStyle, size: number, extra = 0): number {
    const r = this.row++;
    this.put(r, 1, text);
    const range = `A${r}:${this.right}${r}`;
    this.sheet.merges.push(range);
    this.sheet.formats.push({ range, style: { wrap: true, vertical: "middle", ...style } });
    this.sheet.rowHeights[r] =
      paddedHeight([{ text, width: this.span(1, this.widths.length) }], size) + extra;
    return r;
  }

  title(text: string): void {
    this.keep.add(
      this.line(text, { ...STYLE_TITLE, font: { ...STYLE_TITLE.font, size: 16 } }, 16, 14)
    );
  }

  heading(text: string): void {
    const r = this.line(
      text,
      { font: { name: FONT_HEADING, size: 13, bold: true }, horizontal: "left" },
      13,
      6
    );
    this.keep.add(r);
  }

  /** A paragraph: the first line indented by two full-width spaces, as Chinese prose is set. */
  para(text: string): void {
    this.line(
      `\u3000\u3000${text}`,
      { font: { name: FONT_BODY, size: SIZE }, horizontal: "left" },
      SIZE
    );
  }

  blank(h = 10): void {
    this.sheet.rowHeights[this.row++] = h;
  }

  /**
   * A bordered table; `spans[k]` page columns for column k (merged), `align[k]` its alignment.
   * The header row never ends a page.
   */
  table(headers: string[], rows: Cell[][], spans: number[], align: Array<"left" | "center">): void {
    const starts: number[] = [];
    let c = 1;
    for (const s of spans) {
      starts.push(c);
      c += s;
    }
    const emit = (cells: Cell[]): number => {
      const r = this.row++;
      const texts: { text: string; width: number }[] = [];
      cells.forEach((cell, k) => {
        const from = starts[k];
        const to = from + spans[k] - 1;
        this.put(r, from, cell);
        if (to > from) this.sheet.merges.push(`${colLetter(from)}${r}:${colLetter(to)}${r}`);
        const indent = align[k] === "left" ? INDENT_UNITS : 0;
        texts.push({
          text: cell === null ? "" : String(cell),
          width: this.span(from, to) - indent,
        });
      });
      this.sheet.rowHeights[r] = paddedHeight(texts, SIZE);
      return r;
    };
    const head = emit(headers);
    this.keep.add(head);
    this.sheet.formats.push({
      range: `A${head}:${this.right}${head}`,
      style: { ...STYLE_HEADER, font: { name: FONT_HEADING, size: SIZE, bold: true } },
    });
    const first = this.row;
    for (const cells of rows) emit(cells);
    const last = this.row - 1;
    if (last < first) return;
    this.sheet.formats.push({
      range: `A${first}:${this.right}${last}`,
      style: {
        font: { name: FONT_BODY, size: SIZE },
        border: "thin",
        vertical: "middle",
        wrap: true,
      },
    });
    align.forEach((a, k) => {
      const from = colLetter(starts[k]);
      const to = colLetter(starts[k] + spans[k] - 1);
      this.sheet.formats.push({
        range: `${from}${first}:${to}${last}`,
        style: a === "left" ? { horizontal: a, indent: TEXT_INDENT } : { horizontal: a },
      });
    });
  }

  /** The cells as one block, the print setup, the breaks; returns the pages printed. */
  finish(office: string, section: string): number {
    const last = this.row - 1;
    const cols = this.widths.length;
    this.sheet.blocks.unshift({
      origin: "A1",
      cells: Array.from({ length: last }, (_, r) =>
        Array.from({ length: cols }, (_, c) => this.cells.get(r + 1)?.get(c + 1) ?? null)
      ),
    });
    this.sheet.protection = {};
    const pages = paginate({
      orientation: "portrait",
      rowHeights: this.sheet.rowHeights,
      first: 1,
      last,
      keepWithNext: this.keep,
    });
    this.sheet.print = {
      paper: "A4",
      orientation: "portrait",
      fitToWidth: false,
      horizontalCentered: true,
      printArea: `A1:${this.right}${last}`,
      margins: HANDBOOK_MARGINS,
      header: { left: hfText(`${office} ${HANDBOOK_TITLE}`), right: hfText(section) },
      footer: PAGE_FOOTER,
      ...(pages.breaks.length ? { rowBreaks: pages.breaks } : {}),
    };
    return pages.pages;
  }
}

/** 附录一 扣分标准. */
export function deductionSheet(office: string, rules: Rules): { sheet: SheetModel; pages: number } {
  const sheet = emptySheet(SHEET_DEDUCTIONS);
  sheet.tabColor = COLORS.tabHandbook;
  const p = new Pager(sheet, WIDTHS);
  p.title(DEDUCTIONS_TITLE);
  p.heading("一、考核事项扣分");
  p.table(
    ["序号", "考核事项", "扣分标准", "计入期间"],
    deductionRules(rules).map((d, i) => [i + 1, d.item, d.standard, d.period]),
    [1, 1, 1, 1],
    ["center", "left", "left", "left"]
  );
  p.para(
    "注明本岗位职责条目的扣分，按条目汇总，每项扣完本项分值为止；日志缺报、指标差额以及未注明本岗职责的扣分不设上限。"
  );
  p.blank();
  p.heading("二、检查问题扣分标准");
  p.table(
    ["代码", "问题", "扣分"],
    rules.deductionStandards.map((s) => [s.code, s.problem, num(s.points)]),
    [1, 2, 1],
    ["center", "left", "center"]
  );
  p.para(
    `检查记录按上表分值乘以系数计扣：组织检查 ×${num(rules.findingFactorOrg)}，自查已整改 ×${num(
      rules.findingFactorSelfRectified
    )}，自查未整改 ×${num(rules.findingFactorSelfOpen)}。`
  );
  p.blank();
  p.heading("三、加分");
  p.para(bonusRule(rules));
  p.blank();
  p.heading("四、等级与奖惩");
  p.table(
    ["等级", "得分", "月度奖惩"],
    gradeBands(rules).map((b) => [b.grade, b.range, b.money]),
    [1, 2, 1],
    ["center", "left", "center"]
  );
  p.para(
    `考核期内有检查记录列为“一票否决”的，等级定为${rules.vetoGrade}，不论得分；月度指标扣款另计。`
  );
  return { sheet, pages: p.finish(office, DEDUCTIONS_TITLE) };
}

/** 附录二 考核办法: the rules as numbered articles. */
export function methodSheet(office: string, rules: Rules): { sheet: SheetModel; pages: number } {
  const sheet = emptySheet(SHEET_METHOD);
  sheet.tabColor = COLORS.tabHandbook;
  const p = new Pager(sheet, WIDTHS);
  p.title(METHOD_TITLE);
  for (const a of assessmentArticles(rules)) p.para(a);
  return { sheet, pages: p.finish(office, METHOD_TITLE) };
}
