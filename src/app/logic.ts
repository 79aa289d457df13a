// What both GangzeApp implementations compute from a month workbook once it is read, whatever
// read it (the open workbook through Office.js, or a dropped file through ExcelJS). Loaded on
// demand: it pulls the domain and the workbook layer.

import { Calendar } from "../domain/calendar";
import { datasetWithNotice } from "../domain/calendar/importNotice";
import { parseNotice } from "../domain/calendar/notice";
import { provisionalStatus } from "../domain/calendar/provisional";
import { checkDataset, isUnusable, withoutErrors } from "../domain/checks";
import { formatYmd, monthEnd, monthStart, weekday } from "../domain/dates";
import { defaultHandbook, defaultStaff } from "../domain/defaultOffice";
import { weekPeriods } from "../domain/period";
import { resolveRules } from "../domain/rules";
import { scoreMonth, toReport } from "../domain/scoring";
import { taskState } from "../domain/taskState";
import type { Dataset, EntryIssue, TaskStatus } from "../domain/types";
import type { ClerkRead } from "../workbook/clerk";
import type { CollectReport } from "../workbook/collect";
import { workbookIssues, type CellIssue, type WorkbookRead } from "../workbook/read";
import type { AppMessages, CollectCount } from "../i18n/appMessages";
import type { WorkbookReadError } from "../workbook/grid";
import { HostError } from "../office/host";
import type {
  CollectResultItem,
  IssueItem,
  NoticePreview,
  OverdueItem,
  OverviewData,
  ScoreResult,
} from "./actions";

/** Today as the user's calendar shows it (local date on purpose: "today" is the user's day). */
export function localToday(): string {
  const d = new Date();
  return formatYmd(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/**
 * 基准日 of a month started now: today when today falls in the month, the month's last day for a
 * past month, its first day for a month that has not begun (nobody is charged for days to come).
 */
export function asOfFor(month: string, today: string): string {
  const start = monthStart(month);
  const end = monthEnd(month);
  return today < start ? start : today > end ? end : today;
}

/** A month of the default office (handbook and roster, no entries yet). */
export function freshMonth(
  m: AppMessages,
  month: string,
  today: string,
  base?: {
    office?: string;
    posts?: Dataset["posts"];
    duties?: Dataset["duties"];
    staff?: Dataset["staff"];
  }
): Dataset {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new HostError(m.badMonth(month));
  const hb = defaultHandbook();
  return {
    office: base?.office || hb.office,
    month,
    asOf: asOfFor(month, today),
    posts: base?.posts?.length ? base.posts : hb.posts,
    duties: base?.duties?.length ? base.duties : hb.duties,
    staff: base?.staff?.length ? base.staff : defaultStaff(),
    tasks: [],
    logs: [],
    weeklyPlans: [],
    findings: [],
    quotas: [],
    bonuses: [],
  };
}

export interface Analysis {
  read: WorkbookRead;
  /** reader issues and entry issues, located */
  issues: CellIssue[];
  /** entry issues plus the reader's cell errors as entry issues (for withoutErrors) */
  entryIssues: EntryIssue[];
}

export function analyse(read: WorkbookRead, file: string): Analysis {
  return { read, ...workbookIssues(file, read, checkDataset(read.dataset)) };
}

/**
 * The issues as the 检查 view lists them. `openWorkbook`: the file is the workbook open in Excel,
 * so messages drop the `文件 当前工作簿，` prefix (sheet and cell follow it).
 */
export function issueItems(a: Analysis, openWorkbook?: string): IssueItem[] {
  const prefix = openWorkbook ? new RegExp(`^文件 ${openWorkbook}[，：]`) : null;
  const items = a.issues.map((i) => ({
    severity: i.severity,
    code: i.code,
    sheet: i.sheet,
    cell: i.cell,
    message: prefix ? i.message.replace(prefix, "") : i.message,
    fix: i.fix,
    ...(i.person ? { person: i.person } : {}),
    ...(i.date ? { date: i.date } : {}),
    ...(i.dayKind ? { dayKind: i.dayKind } : {}),
  }));
  // errors first, then in sheet order as found
  return [
    ...items.filter((i) => i.severity === "error"),
    ...items.filter((i) => i.severity === "warning"),
  ];
}

/** Throws the dataset-level errors (month, 基准日, rules; their texts are the checks' Chinese). */
export function requireUsable(m: AppMessages, a: Analysis): void {
  if (!isUnusable(a.entryIssues)) return;
  const errors = a.entryIssues
    .filter((i) => i.severity === "error" && i.collection === "dataset")
    .map((i) => i.message);
  throw new HostError(m.unusable(errors));
}

export function scoreOf(m: AppMessages, a: Analysis): ScoreResult {
  requireUsable(m, a);
  const ds = withoutErrors(a.read.dataset, a.entryIssues);
  // a period touching a provisional (暂定) year is scored and says so: report.provisional
  const report = toReport(scoreMonth(ds));
  return {
    report,
    sources: deductionSources(a, ds, report),
    weeks: weekPeriods(ds.month, ds.asOf).map((p) => ({ start: p.start, end: p.end })),
  };
}

/** The cell each deduction comes from: the task's row (its due, completion or report date), the
 *  finding's or quota's row, and for a missing log the 工作日志 sheet itself (no row exists). */
function deductionSources(
  a: Analysis,
  ds: Dataset,
  report: ScoreResult["report"]
): NonNullable<ScoreResult["sources"]> {
  const locate = (collection: EntryIssue["collection"], index: number, field: string) =>
    a.read.locate({
      severity: "warning",
      code: "",
      collection,
      index,
      field,
      message: "",
      fix: "",
    }) ?? null;
  const taskField: Record<string, string> = {
    逾期未完成: "due",
    逾期完成: "completed",
    未及时回报: "reported",
  };
  const out: NonNullable<ScoreResult["sources"]> = {};
  for (const p of report.people) {
    out[p.name] = p.deductions.map((d) => {
      if (taskField[d.kind]) {
        const i = ds.tasks.findIndex((t) => String(t.id) === d.ref && t.owner === p.name);
        return i >= 0 ? locate("tasks", i, taskField[d.kind]) : null;
      }
      if (d.kind === "日志缺报") return locate("logs", -1, "date");
      if (d.kind === "检查扣分") {
        const i = ds.findings.findIndex(
          (f) => f.person === p.name && d.ref.startsWith(`${f.date} ${f.problem}`)
        );
        return i >= 0 ? locate("findings", i, "points") : null;
      }
      if (d.kind === "指标差额") {
        const i = ds.quotas.findIndex((q) => q.person === p.name && q.indicator === d.ref);
        return i >= 0 ? locate("quotas", i, "indicator") : null;
      }
      return null;
    });
  }
  return out;
}

const STATUS_ORDER: Partial<Record<TaskStatus, number>> = { 逾期未完成: 0, 临期: 1, 逾期完成: 2 };

/** Tasks 逾期未完成, 临期 and 逾期完成 at 基准日, worst first, each with its row's cell. */
export function overdueOf(m: AppMessages, a: Analysis): OverdueItem[] {
  requireUsable(m, a);
  const ds = a.read.dataset;
  const cal = new Calendar(withoutErrors(ds, a.entryIssues).calendar);
  const rules = resolveRules(ds.rules);
  const items: OverdueItem[] = [];
  ds.tasks.forEach((task, index) => {
    let state;
    try {
      state = taskState(task, ds.asOf, cal, rules);
    } catch {
      return; // a date that is not a date: 检查 reports it
    }
    if (STATUS_ORDER[state.status] === undefined || !state.due) return;
    const at = a.read.locate({
      severity: "error",
      code: "",
      collection: "tasks",
      index,
      field: "id",
      message: "",
      fix: "",
    });
    items.push({
      id: String(task.id ?? ""),
      title: String(task.title ?? ""),
      owner: String(task.owner ?? ""),
      due: state.due,
      status: state.status,
      overdueDays: state.overdueDays,
      sheet: at?.sheet ?? "",
      cell: at?.cell ?? "",
    });
  });
  return items.sort(
    (x, y) =>
      STATUS_ORDER[x.status]! - STATUS_ORDER[y.status]! ||
      y.overdueDays - x.overdueDays ||
      x.due.localeCompare(y.due)
  );
}

export function overviewOf(m: AppMessages, a: Analysis): OverviewData {
  const ds = a.read.dataset;
  const notices = a.issues
    .filter((i) => i.code === "calendar-provisional" || i.code === "missing-sheet")
    .map((i) => m.notice(i));
  let overdue = 0;
  let dueSoon = 0;
  if (!isUnusable(a.entryIssues)) {
    for (const item of overdueOf(m, a)) {
      if (item.status === "逾期未完成") overdue++;
      else if (item.status === "临期") dueSoon++;
    }
  }
  return {
    office: ds.office,
    month: ds.month,
    asOf: ds.asOf,
    people: ds.staff.length,
    overdue,
    dueSoon,
    missingLogs: a.issues.filter((i) => i.code === "missing-log").length,
    errors: a.issues.filter((i) => i.severity === "error").length,
    warnings: a.issues.filter((i) => i.severity === "warning").length,
    notices,
  };
}

/** Whether collect refused the whole file (another month, or a person not on the roster). */
function refusedWhole(ds: Dataset, c: ClerkRead): boolean {
  return c.month !== ds.month || !c.person || !ds.staff.some((s) => s.name === c.person);
}

/** One line per collected file, as the 汇总 view lists them. */
export function collectItem(
  m: AppMessages,
  ds: Dataset,
  c: ClerkRead,
  r: CollectReport
): CollectResultItem {
  // why a whole file was refused is collect's Chinese text: it names the person and the month
  if (refusedWhole(ds, c)) return { file: c.file, ok: false, message: r.skipped.join("；") };
  const counts: [CollectCount, number][] = [
    ["addedLogs", r.added.logs],
    ["addedWeeklyPlans", r.added.weeklyPlans],
    ["addedFindings", r.added.findings],
    ["updatedLogs", r.updated.logs],
    ["updatedWeeklyPlans", r.updated.weeklyPlans],
    ["updatedFindings", r.updated.findings],
    ["removedLogs", r.removed.logs],
    ["removedWeeklyPlans", r.removed.weeklyPlans],
    ["removedFindings", r.removed.findings],
    ["updatedTasks", r.updatedTasks],
  ];
  const parts = counts.filter(([, n]) => n).map(([what, n]) => m.collectCount(what, n));
  return {
    file: c.file,
    ok: true,
    message: m.collectLine(c.person, c.month, parts, r.conflicts, r.skipped),
  };
}

/** A file the reader refused, in the UI language (Chinese: the reader's own message). */
export function readFailureMessage(
  m: AppMessages,
  error: WorkbookReadError,
  expected: "month" | "clerk"
): string {
  return m.readFailure(
    { code: error.code, file: error.file, sheet: error.sheet, message: error.message },
    expected
  );
}

/** Something the merge added or changed (the workbook is rewritten only then). */
export function changedAnything(reports: CollectReport[]): boolean {
  return reports.some(
    (r) =>
      r.updatedTasks > 0 ||
      Object.values(r.added).some((n) => n > 0) ||
      Object.values(r.updated).some((n) => n > 0) ||
      Object.values(r.removed).some((n) => n > 0)
  );
}

/** `惠金河务局办公室-2026-10-月度考核.xlsx` (characters Windows refuses in file names replaced). */
export function monthFileName(ds: Dataset, suffix = "月度考核"): string {
  const safe = (s: string) => s.replace(/[\\/:*?"<>|]/g, "_");
  return `${safe(ds.office || "本单位")}-${ds.month}-${suffix}.xlsx`;
}

/** Counts of what a dataset holds, for messages (`日志 412 行、交办事项 31 项`). */
export function entryCounts(m: AppMessages, ds: Dataset): string {
  return m.entryCounts({
    logs: ds.logs.length,
    weeklyPlans: ds.weeklyPlans.length,
    tasks: ds.tasks.length,
    findings: ds.findings.length,
    quotas: ds.quotas.length,
    bonuses: ds.bonuses.length,
  });
}

/** The month workbook's builder refuses some datasets (a year without calendar data, bad rules). */
export function buildError(m: AppMessages, action: string, error: unknown): HostError {
  if (error instanceof HostError) return error;
  const why = error instanceof Error ? error.message : String(error);
  return new HostError(m.actionFailed(action, why));
}

/** The pasted notice read for the 日历 view (domain parser; nothing is entered). */
export function noticePreviewOf(text: string): NoticePreview {
  const r = parseNotice(text);
  if (!r.ok)
    return r.sentence === undefined
      ? { ok: false, message: r.message }
      : { ok: false, message: r.message, sentence: r.sentence };
  const n = r.notice;
  return {
    ok: true,
    year: n.year,
    days: n.days.map((d) => ({ ...d, weekday: weekday(d.date) })),
    holidays: n.holidays.length,
    workdays: n.workdays.length,
    advisory: [...n.advisory],
  };
}

/** The dataset with the notice entered, and the message to show; a refused notice throws. */
export function enteredNotice(
  m: AppMessages,
  ds: Dataset,
  text: string
): { dataset: Dataset; message: (after: Dataset) => string } {
  const r = parseNotice(text);
  if (!r.ok) throw new HostError(m.noticeRefused(r.message, r.sentence));
  const dataset = datasetWithNotice(ds, r.notice);
  return {
    dataset,
    message: (after) => {
      const to = after.asOf < monthEnd(after.month) ? after.asOf : monthEnd(after.month);
      const years = provisionalStatus(
        new Calendar(after.calendar),
        monthStart(after.month),
        to
      ).years;
      return m.noticeEntered(r.notice.year, after.month, years);
    },
  };
}
