// What the task pane and the ribbon commands can do, independent of where the workbook lives.
// Two implementations: over the open Excel workbook (Office.js, through src/office) and, in a
// plain browser, over a workbook file the user dropped (ExcelJS, through src/xlsx). React
// components and ribbon commands call only this interface; they never call Excel.run.

import type { ScoreReport, TaskStatus } from "../domain/types";

/** Progress for long actions, shown in the pane (`正在读取工作日志…`). */
export type Progress = (message: string) => void;

export interface OverviewData {
  office: string;
  month: string;
  asOf: string;
  people: number;
  /** tasks 逾期未完成 at the as-of date */
  overdue: number;
  /** tasks 临期 */
  dueSoon: number;
  /** person-days without a log row, working days up to the as-of date */
  missingLogs: number;
  /** entry errors and warnings (SPEC §7) */
  errors: number;
  warnings: number;
  /** e.g. the month is outside the State Council calendar data */
  notices: string[];
}

export type GenerateKind = "handbook" | "month" | "clerkLogs" | "nextMonth";

export interface GenerateResult {
  /** what happened, in the UI language (`已生成 2026-10 月度考核工作簿（16 张工作表）`) */
  message: string;
  /** browser mode: files offered for download */
  files?: { name: string; bytes: Uint8Array }[];
  /** what could not be done although the workbook was made (shown as a warning, not a success) */
  note?: string;
}

export interface IssueItem {
  severity: "error" | "warning";
  code: string;
  sheet: string;
  /** empty when the issue is about a whole sheet or the dataset */
  cell: string;
  message: string;
  fix: string;
  /** the person the problem is about (grouping and the person filter) */
  person?: string;
  /** missing-log: the working day without a log */
  date?: string;
  /** `调休上班日` when the missing log's day is a make-up working day */
  dayKind?: string;
}

export interface CheckResult {
  issues: IssueItem[];
  /** cells marked in the workbook (Excel mode); removable with clearMarks */
  marked: number;
  /** why cells could not be marked (e.g. a sheet protected with a password), in the UI language */
  note?: string;
}

/** Where a deduction comes from in the workbook (the 评分 view's breakdown jumps there). */
export interface DeductionSource {
  sheet: string;
  cell: string;
}

export interface ScoreResult {
  report: ScoreReport;
  /** per person (by name), the source of each of their deductions, in the same order; null when
   *  the record cannot be found (the breakdown then shows no jump) */
  sources?: Record<string, (DeductionSource | null)[]>;
  /** the weeks of the month, in order, for the weekly view's columns */
  weeks: { start: string; end: string }[];
}

export interface OverdueItem {
  id: string;
  title: string;
  owner: string;
  due: string;
  status: TaskStatus;
  overdueDays: number;
  sheet: string;
  cell: string;
}

export interface CollectResultItem {
  file: string;
  ok: boolean;
  /** `张三 2026-10：新增日志 18 行，更新交办事项 2 项` or why the file was refused */
  message: string;
}

export interface ExportResult {
  message: string;
  /** the file name the workbook is given (`惠金河务局办公室-2026-10-月度考核.xlsx`) */
  fileName: string;
  files?: { name: string; bytes: Uint8Array }[];
}

/** The State Council notice as read for the 日历 view (nothing entered yet). */
export type NoticePreview =
  | {
      ok: true;
      year: number;
      days: { date: string; weekday: number; kind: "放假" | "上班"; holiday: string }[];
      holidays: number;
      workdays: number;
      /** sentences read as advice, which change no day (2024's 除夕) */
      advisory: string[];
    }
  | {
      ok: false;
      /** why the text was refused (Chinese, from the parser) */
      message: string;
      /** the sentence it could not account for */
      sentence?: string;
    };

export interface GangzeApp {
  readonly mode: "excel" | "browser";
  /** Browser mode: the workbook the user dropped becomes the one the other actions work on. */
  openFile?(file: { name: string; bytes: Uint8Array }, progress?: Progress): Promise<void>;
  overview(progress?: Progress): Promise<OverviewData>;
  generate(
    kind: GenerateKind,
    options: { month?: string },
    progress?: Progress
  ): Promise<GenerateResult>;
  check(progress?: Progress): Promise<CheckResult>;
  clearMarks(): Promise<void>;
  /** Select a cell so the user sees what a message is about (no-op in browser mode). */
  select(sheet: string, cell: string): Promise<void>;
  score(progress?: Progress): Promise<ScoreResult>;
  overdue(progress?: Progress): Promise<OverdueItem[]>;
  collect(
    files: { name: string; bytes: Uint8Array }[],
    progress?: Progress
  ): Promise<CollectResultItem[]>;
  exportMonth(progress?: Progress): Promise<ExportResult>;
  /** Reads a pasted State Council notice: its days, or why it is refused. Changes nothing. */
  previewNotice(text: string): NoticePreview;
  /**
   * Enters the notice into the month workbook's 日历 (the workbook is rebuilt from its entries
   * plus the notice, nothing typed is lost); the year becomes complete. Refused notices throw.
   */
  enterNotice(text: string, progress?: Progress): Promise<{ message: string }>;
}
