// What the task pane and the ribbon commands can do, independent of where the workbook lives.
// Two implementations: over the open Excel workbook (Office.js, through src/office) and, in a
// plain browser, over a workbook file the user dropped (ExcelJS, through src/xlsx). React
// components and ribbon commands call only this interface; they never call Excel.run.

import type { ScoreReport, TaskStatus } from "../domain/types";
import type { QuotaProgress } from "../domain/year";
import type { VerifyDifference } from "../workbook/verify";

/** A file the user picked, or one an action produced (offered for download). */
export interface FileBytes {
  name: string;
  bytes: Uint8Array;
}

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

export interface GenerateOptions {
  /** month and clerkLogs: the month in the picker (YYYY-MM) */
  month?: string;
  /** month: the office's own catalogue — a handbook or month workbook (its 岗位职责 sheet) */
  catalog?: FileBytes;
  /** month: the office's own roster — a month workbook's 人员 or a sheet with 姓名 and 岗位 */
  staff?: FileBytes;
  /** clerkLogs: only these people of the month's roster (default: everybody) */
  people?: string[];
}

/** A person of the current month's roster (the 生成 view's choice of clerk log workbooks). */
export interface RosterPerson {
  name: string;
  post: string;
  /** 起算日期: a person who joined mid-month starts here */
  start?: string;
}

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

/** One person's year as the 年度 view shows it (SPEC §4 Year). */
export interface YearPersonView {
  name: string;
  post: string;
  /** the months scored, ascending */
  months: { month: string; score: number; grade: string; veto: boolean }[];
  score: number;
  grade: string;
  rank: number;
  money: number;
  /** months from January to the latest month given without a score */
  missing: string[];
  veto: boolean;
}

/** The year assessed from the month files the director picked, with its workbook. */
export interface YearView {
  office: string;
  year: number;
  /** the months given, ascending */
  months: string[];
  missingMonths: string[];
  /** 优秀 places under 优秀比例; null when off */
  excellentLimit: number | null;
  people: YearPersonView[];
  quotas: QuotaProgress[];
  /** per file, what was left out (records with entry errors are not scored), in the UI language */
  notes: string[];
  /** the 年度考核工作簿, as `gangze year` writes it */
  file: FileBytes;
  /** what happened, in the UI language */
  message: string;
}

/** A received workbook verified (`gangze verify`). */
export interface VerifyView {
  file: string;
  status: "equal" | "differ" | "unusable";
  /** formula results compared */
  checked: number;
  differences: VerifyDifference[];
  /** the outcome in the UI language (for unusable: why) */
  message: string;
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
    options: GenerateOptions,
    progress?: Progress
  ): Promise<GenerateResult>;
  /** The current month's roster (Excel: the open workbook; browser: the opened file, or the
   *  default office's when none is open) and its month. */
  roster(progress?: Progress): Promise<{ month: string; people: RosterPerson[] }>;
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
  /** The 年度考核 of the month files picked (any subset of one year, any order). Refused files
   *  and sets (a month twice, another office or year) throw with the file named. */
  year(
    files: FileBytes[],
    options: { excellentRatio?: number },
    progress?: Progress
  ): Promise<YearView>;
  /** Verifies a received month workbook against its own entries. Never changes anything. */
  verify(file: FileBytes, progress?: Progress): Promise<VerifyView>;
  /** Excel mode: opens a produced workbook in a new Excel window; the message says whether it
   *  did or the file is to be downloaded instead. */
  openCopy?(file: FileBytes): Promise<{ opened: boolean; message: string }>;
  /** Reads a pasted State Council notice: its days, or why it is refused. Changes nothing. */
  previewNotice(text: string): Promise<NoticePreview>;
  /**
   * Enters the notice into the month workbook's 日历 (the workbook is rebuilt from its entries
   * plus the notice, nothing typed is lost); the year becomes complete. Refused notices throw.
   */
  enterNotice(text: string, progress?: Progress): Promise<{ message: string }>;
}
