// Colours of the task pane's traffic lights and grades. Task statuses use the workbooks' own
// colours (SPEC §4: the same in workbooks and pane); the text colours on them contrast ≥ 4.5:1.

import { STATUS_COLORS, STATUS_FONT_COLORS } from "../workbook/sheets";

export interface Swatch {
  background: string;
  color: string;
}

const NEUTRAL: Swatch = { background: "#F2F2F2", color: "#3B3B3B" };

export function statusSwatch(status: string): Swatch {
  if (status in STATUS_COLORS) {
    const key = status as keyof typeof STATUS_COLORS;
    return { background: `#${STATUS_COLORS[key]}`, color: `#${STATUS_FONT_COLORS[key]}` };
  }
  return NEUTRAL;
}

/** The default grades (SPEC §4); grades an office renamed in 考核标准 are shown in neutral grey. */
const GRADE_SWATCHES: Record<string, Swatch> = {
  优秀: { background: "#C6EFCE", color: "#006100" },
  良好: { background: "#DDEBF7", color: "#1F4E79" },
  合格: NEUTRAL,
  不合格: { background: "#FFC7CE", color: "#9C0006" },
};

export function gradeSwatch(grade: string): Swatch {
  return GRADE_SWATCHES[grade] ?? NEUTRAL;
}

/** Bar colour of the score chart, by grade (solid enough to see against white: ≥ 3:1). */
const GRADE_BARS: Record<string, string> = {
  优秀: "#107C10",
  良好: "#2B579A",
  合格: "#6B6B6B",
  不合格: "#C50F1F",
};

export function gradeBar(grade: string): string {
  return GRADE_BARS[grade] ?? "#6B6B6B";
}

/** Order of the traffic-light list: the most urgent first. */
export const STATUS_ORDER = ["逾期未完成", "临期", "逾期完成", "进行中", "按时完成"] as const;
