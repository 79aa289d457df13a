// Shared look of every workbook: fonts that print Chinese, header/input/formula styles and the
// status colours (the same in workbooks and the task pane, SPEC §4).

import type { CellStyle, Color } from "./model";

/** 宋体 (SimSun) exists on every Chinese Windows/WPS; LibreOffice substitutes Noto Serif/Sans CJK. */
export const FONT_BODY = "宋体";
/** 黑体 (SimHei) for titles and headers. */
export const FONT_HEADING = "黑体";
export const FONT_SIZE = 11;

export const COLORS = {
  headerFill: "D9E1F2",
  inputFill: "FFFFFF",
  formulaFill: "F2F2F2",
  titleText: "1F3864",
  border: "808080",
  overdueOpen: "FFC7CE", // 逾期未完成 red
  dueSoon: "FFEB9C", // 临期 amber
  overdueDone: "F8CBAD", // 逾期完成 orange
  onTime: "C6EFCE", // 按时完成 green
  overdueOpenText: "9C0006",
  dueSoonText: "9C5700",
  overdueDoneText: "843C0C",
  onTimeText: "006100",
  tabHandbook: "2F5597",
  tabCatalog: "548235",
} as const satisfies Record<string, Color>;

export const STYLE_BODY: CellStyle = {
  font: { name: FONT_BODY, size: FONT_SIZE },
  border: "thin",
  vertical: "middle",
  wrap: true,
};

export const STYLE_HEADER: CellStyle = {
  font: { name: FONT_HEADING, size: FONT_SIZE, bold: true },
  fill: COLORS.headerFill,
  border: "thin",
  horizontal: "center",
  vertical: "middle",
  wrap: true,
  locked: true,
};

export const STYLE_TITLE: CellStyle = {
  font: { name: FONT_HEADING, size: 16, bold: true, color: COLORS.titleText },
  horizontal: "center",
  vertical: "middle",
};

/** Input cells: unlocked so clerks can type while the sheet stays protected. */
export const STYLE_INPUT: CellStyle = { locked: false, fill: COLORS.inputFill };

/** Formula cells: locked and greyed so nobody types over them. */
export const STYLE_FORMULA: CellStyle = { locked: true, fill: COLORS.formulaFill };

export const FOOTER_PAGES = "第 &P 页，共 &N 页";
