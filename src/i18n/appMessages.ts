// Messages the app (src/app, src/commands) composes: results, progress and errors, in the UI
// language. Texts that come from the Chinese workbook stay Chinese in both tables: entry-check
// messages (they name Chinese sheets and headers), sheet, person and file names.
// `APP_MESSAGES: Record<Locale, AppMessages>` makes both languages define every message.

import type { Locale } from "./strings";

/** Actions named in `…失败` messages. */
export type ActionId =
  | "overview"
  | "generate"
  | "check"
  | "clearMarks"
  | "select"
  | "score"
  | "overdue"
  | "collect"
  | "export"
  | "calendar"
  | "buildMonth"
  | "upgradeMonth"
  | "buildHandbook"
  | "buildNextMonth"
  | "rebuildResults";

/** What a collected clerk's file added or updated (CollectReport's counts). */
export type CollectCount =
  | "addedLogs"
  | "addedWeeklyPlans"
  | "addedFindings"
  | "updatedLogs"
  | "updatedWeeklyPlans"
  | "updatedFindings"
  | "removedLogs"
  | "removedWeeklyPlans"
  | "removedFindings"
  | "updatedTasks";

/** The counts of a dataset named in an upgrade's message. */
export interface EntryCounts {
  logs: number;
  weeklyPlans: number;
  tasks: number;
  findings: number;
  quotas: number;
  bonuses: number;
}

/** A file the reader refused (WorkbookReadError's fields); `message` is the reader's Chinese text. */
export interface ReadFailure {
  code: string;
  file: string;
  sheet?: string;
  message: string;
}

/** An overview notice: an issue of code calendar-provisional or missing-sheet. */
export interface NoticeIssue {
  code: string;
  sheet: string;
  message: string;
}

/** The ribbon 检查 command's first problem. */
export interface FirstProblem {
  sheet: string;
  cell: string;
  /** the issue's message without its location prefix (Chinese, from the checks) */
  text: string;
}

export interface AppMessages {
  action(id: ActionId): string;
  /** `生成 张三 的个人工作日志` */
  clerkLogAction(name: string): string;
  /** a workbook build refused by the builder: `{action}失败：{why}` */
  actionFailed(action: string, why: string): string;
  /** an Excel action that failed: `{action}失败。原因：{reason}` */
  actionFailedReason(action: string, reason: string): string;
  /** why Excel refused a request, by OfficeExtension error code; undefined: an unexpected error */
  officeError(code: string | undefined, detail: string): string;
  /** a result message followed by a note (print setup, marks) */
  withNote(what: string, note: string): string;
  /** the director's cell formats on the input sheets could not be read, so they were not kept */
  formatsNotKept(why: "old-excel"): string;
  /** the comments of the rebuilt sheets could not be read, so were not carried over */
  commentsNotKept(why: "old-excel" | "no-notes" | "failed"): string;
  /** the director's own sheets could not be read into the new file */
  ownSheetsNotKept(sheets: string): string;
  /** neither formats nor comments could be read (Excel without ExcelApi 1.9) */
  formatsAndCommentsNotKept(): string;

  // progress
  reading(name: string): string;
  readingWorkbook(): string;
  checkingEntries(): string;
  generatingMonth(): string;
  generatingMonthOf(month: string): string;
  generatingClerkLog(name: string): string;
  writingHandbook(): string;
  markingCells(): string;
  rebuildingResults(): string;
  writingBack(): string;
  generatingExport(): string;

  // errors
  badMonth(month: string): string;
  unusable(errors: string[]): string;
  /** the banner over a provisional (暂定) result, with the one action that makes it final */
  provisional(years: number[]): string;
  /** a pasted notice the parser refused: its reason (Chinese) and the sentence it quotes */
  noticeRefused(reason: string, sentence: string | undefined): string;
  /** the notice of `year` entered into 日历; `provisional`: years the month still touches */
  noticeEntered(year: number, month: string, provisional: number[]): string;
  /** a refused file; `expected`: what it should have been */
  readFailure(e: ReadFailure, expected: "month" | "clerk"): string;
  /** Excel mode: the open workbook is not a month workbook (`reason` from readFailure) */
  notMonthWorkbook(reason: string): string;
  notMonthCollect(): string;
  noFile(): string;
  noFileForNextMonth(): string;
  noFileForCollect(): string;
  otherMonthBrowser(open: string, wanted: string): string;
  otherMonthExcel(open: string, wanted: string): string;
  sheetsClashMonth(sheets: string[]): string;
  sheetsClashHandbook(sheets: string[]): string;

  // results
  entryCounts(c: EntryCounts): string;
  monthGenerated(month: string, sheets: number, people: number, asOf: string): string;
  monthUpgraded(month: string, sheets: number, counts: string): string;
  monthGeneratedDownload(month: string, people: number, asOf: string, file: string): string;
  monthUpgradedDownload(month: string, counts: string, file: string): string;
  handbookInPlace(posts: number, duties: number, sheets: number): string;
  handbookNewWindow(posts: number, duties: number): string;
  handbookNoWindow(file: string): string;
  handbookDownload(posts: number, duties: number, file: string): string;
  nextMonthExcel(
    month: string,
    people: number,
    tasks: number,
    quotas: number,
    opened: boolean,
    file: string
  ): string;
  nextMonthDownload(month: string, tasks: number, file: string): string;
  clerkLogsExcel(n: number, month: string): string;
  clerkLogsDownload(n: number, month: string): string;
  exportExcel(month: string, asOf: string, opened: boolean, file: string): string;
  exportDownload(month: string, asOf: string, file: string): string;
  collectCount(what: CollectCount, n: number): string;
  /** `{person} {month}：{counts}`, then conflicts and skipped rows (Chinese texts of collect) */
  collectLine(
    person: string,
    month: string,
    counts: string[],
    conflicts: string[],
    skipped: string[]
  ): string;
  notice(issue: NoticeIssue): string;

  // ribbon commands
  checkClean(): string;
  checkDone(
    errors: number,
    warnings: number,
    marked: number,
    first: FirstProblem | undefined,
    note: string | undefined
  ): string;
  scoreDone(
    period: string,
    asOf: string,
    people: number,
    top: { name: string; score: number }[],
    failing: number
  ): string;
  commandDone(): string;
  commandFailed(): string;
  /** the result dialog's text for a failed command */
  commandError(message: string): string;
  dialogTitle(): string;
  dialogClose(): string;
}

const ZH_ACTIONS: Record<ActionId, string> = {
  overview: "概览",
  generate: "生成",
  check: "检查",
  clearMarks: "清除标记",
  select: "选中单元格",
  score: "评分",
  overdue: "逾期清单",
  collect: "汇总",
  export: "导出",
  calendar: "录入日历",
  buildMonth: "生成月度考核工作簿",
  upgradeMonth: "升级月度考核工作簿",
  buildHandbook: "生成岗位责任手册",
  buildNextMonth: "生成下月工作簿",
  rebuildResults: "重新生成结果表",
};

const EN_ACTIONS: Record<ActionId, string> = {
  overview: "Overview",
  generate: "Generate",
  check: "Check",
  clearMarks: "Clearing the marks",
  select: "Selecting the cell",
  score: "Score",
  overdue: "The overdue list",
  collect: "Collect",
  export: "Export",
  calendar: "Enter the calendar",
  buildMonth: "Generating the month workbook",
  upgradeMonth: "Upgrading the month workbook",
  buildHandbook: "Generating the duty handbook",
  buildNextMonth: "Generating next month's workbook",
  rebuildResults: "Regenerating the result sheets",
};

const ZH_COUNTS: Record<CollectCount, [string, string]> = {
  addedLogs: ["新增日志", "行"],
  addedWeeklyPlans: ["新增周计划", "行"],
  addedFindings: ["新增自查", "条"],
  updatedLogs: ["更新日志", "行"],
  updatedWeeklyPlans: ["更新周计划", "行"],
  updatedFindings: ["更新自查", "条"],
  removedLogs: ["删除日志（本人已清空或删除）", "行"],
  removedWeeklyPlans: ["删除周计划（本人已清空或删除）", "行"],
  removedFindings: ["删除自查（本人已清空或删除）", "条"],
  updatedTasks: ["更新交办事项", "项"],
};

const EN_COUNTS: Record<CollectCount, (n: number) => string> = {
  addedLogs: (n) => `${n} log ${plural(n, "row")} added`,
  addedWeeklyPlans: (n) => `${n} weekly plan ${plural(n, "row")} added`,
  addedFindings: (n) => `${n} self-check ${plural(n, "record")} added`,
  updatedLogs: (n) => `${n} log ${plural(n, "row")} updated`,
  updatedWeeklyPlans: (n) => `${n} weekly plan ${plural(n, "row")} updated`,
  updatedFindings: (n) => `${n} self-check ${plural(n, "record")} updated`,
  removedLogs: (n) => `${n} log ${plural(n, "row")} removed (cleared or deleted by the clerk)`,
  removedWeeklyPlans: (n) =>
    `${n} weekly plan ${plural(n, "row")} removed (cleared or deleted by the clerk)`,
  removedFindings: (n) =>
    `${n} self-check ${plural(n, "record")} removed (cleared or deleted by the clerk)`,
  updatedTasks: (n) => `${n} assigned ${plural(n, "task")} updated`,
};

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

const quoted = (sheets: string[]) => sheets.map((s) => `“${s}”`);

const NOT_MONTH_HINT_ZH = "请先在“生成”中生成月度考核工作簿，或打开一个月度考核工作簿";
const NO_FILE_ZH = "请先选择（或拖入）一个月度考核工作簿文件";
const NO_FILE_EN = "Choose (or drop) a month workbook file first";

const zh: AppMessages = {
  action: (id) => ZH_ACTIONS[id],
  clerkLogAction: (name) => `生成 ${name} 的个人工作日志`,
  actionFailed: (action, why) => `${action}失败：${why}`,
  actionFailedReason: (action, reason) => `${action}失败。原因：${reason}`,
  // the same sentences as src/office/errors' describeOfficeError (a test keeps them equal)
  officeError: (code, detail) => {
    switch (code) {
      case "RequestPayloadSizeLimitExceeded":
        return "一次传送的数据超过了 Excel 的请求上限（5 MB）";
      case "ResponsePayloadSizeLimitExceeded":
        return "Excel 一次返回的数据超过了上限（5 MB，Excel 网页版）";
      case "AccessDenied":
        return "工作表受保护或工作簿结构受保护，Excel 拒绝修改（请先撤销保护）";
      case "ItemAlreadyExists":
        return "工作簿中已有同名的工作表或名称";
      case "ItemNotFound":
        return "找不到要修改的工作表或名称（可能刚被删除或改名）";
      case "ApiNotFound":
        return "当前 Excel 版本不支持所需的功能（需要 ExcelApi 1.8，即 Office 2019 或更新版本）";
      case undefined:
        return `发生意外错误：${detail}`;
      default:
        return `Excel 拒绝了请求（${code}：${detail}）`;
    }
  },
  withNote: (what, note) => `${what}。${note}`,
  formatsNotKept: () =>
    "录入表上您设置的单元格格式（填充色、字体颜色、加粗、倾斜）未能保留：此版本的 Excel 不支持读取单元格格式（需要 ExcelApi 1.9）",
  ownSheetsNotKept: (sheets) =>
    `您自建的工作表（${sheets}）较大，Excel 无法一次读出，未能带入新文件`,
  formatsAndCommentsNotKept: () =>
    "录入表上您设置的单元格格式（填充色、字体颜色、加粗、倾斜）和重建的工作表上的批注（如有）未能保留：此版本的 Excel 不支持读取它们（需要 ExcelApi 1.10）",
  commentsNotKept: (why) =>
    why === "old-excel"
      ? "重建的工作表上如有批注，未能保留：此版本的 Excel 不支持读取批注（需要 ExcelApi 1.10）"
      : why === "no-notes"
        ? "重建的工作表上如有注释（旧式批注），未能保留：此版本的 Excel 不支持读取注释（需要 ExcelApi 1.18）；新式批注已保留"
        : "重建的工作表上如有批注，未能保留：Excel 未能读出批注",

  reading: (name) => `正在读取 ${name}…`,
  readingWorkbook: () => "正在读取工作簿…",
  checkingEntries: () => "正在检查录入…",
  generatingMonth: () => "正在生成月度考核工作簿…",
  generatingMonthOf: (month) => `正在生成 ${month} 月度考核工作簿…`,
  generatingClerkLog: (name) => `正在生成 ${name} 的个人工作日志…`,
  writingHandbook: () => "正在写入岗位责任手册…",
  markingCells: () => "正在标出问题单元格…",
  rebuildingResults: () => "结果表缺失，正在重新生成月度考核工作簿…",
  writingBack: () => "正在写回月度考核工作簿…",
  generatingExport: () => "正在生成上报工作簿…",

  badMonth: (month) => `月份应写成 2026-10 这样：${month}`,
  unusable: (errors) => `工作簿无法计算：${errors.join("；")}`,
  noticeRefused: (reason, sentence) => `未录入：${reason}${sentence ? `：“${sentence}”` : ""}`,
  noticeEntered: (year, month, provisional) =>
    `已把 ${year} 年国务院节假日安排录入“日历”，${year} 年为完整；` +
    (provisional.length === 0
      ? `${month} 的结果为最终结果。个人工作日志请重新生成后下发。`
      : `${month} 仍用到暂定年份 ${provisional.join("、")}，结果仍为暂定。`),
  provisional: (years) =>
    `暂定：${years.join("、")} 年的国务院节假日安排尚未导入，本期按《全国年节及纪念日放假办法》的法定节日和周末计算（无调休）。导入通知后即为最终结果：在“日历”中粘贴国务院办公厅的通知全文并录入。`,
  readFailure: (e) => e.message,
  notMonthWorkbook: (reason) => `${reason}。${NOT_MONTH_HINT_ZH}`,
  notMonthCollect: () => `当前工作簿不是月度考核工作簿，无法汇总。${NOT_MONTH_HINT_ZH}`,
  noFile: () => NO_FILE_ZH,
  noFileForNextMonth: () => `${NO_FILE_ZH}，再结转到下月`,
  noFileForCollect: () => `${NO_FILE_ZH}，再汇总个人工作日志`,
  otherMonthBrowser: (open, wanted) =>
    `打开的是 ${open} 的月度考核工作簿；要开始 ${wanted}，请用“下月工作簿”（结转）`,
  otherMonthExcel: (open, wanted) =>
    `当前工作簿是 ${open} 的月度考核工作簿；要开始 ${wanted}，请用“下月工作簿”（结转），或在新的空白工作簿中生成`,
  sheetsClashMonth: (sheets) =>
    `工作簿中已有工作表${quoted(sheets).join("、")}，但不是完整的月度考核工作簿，生成会覆盖它们；请在新的空白工作簿中生成，或先把这些工作表改名`,
  sheetsClashHandbook: (sheets) =>
    `工作簿中已有工作表${quoted(sheets).join("、")}，生成岗位责任手册会覆盖它们；请在新的空白工作簿中生成，或先把这些工作表改名`,

  entryCounts: (c) =>
    `日志 ${c.logs} 行、周计划 ${c.weeklyPlans} 行、交办事项 ${c.tasks} 项、检查记录 ${c.findings} 条、月度指标 ${c.quotas} 项、加分 ${c.bonuses} 条`,
  monthGenerated: (month, sheets, people, asOf) =>
    `已生成 ${month} 月度考核工作簿（${sheets} 张工作表，${people} 人，基准日 ${asOf}）`,
  monthUpgraded: (month, sheets, counts) =>
    `已按最新格式重新生成 ${month} 月度考核工作簿（${sheets} 张工作表），保留了全部录入：${counts}`,
  monthGeneratedDownload: (month, people, asOf, file) =>
    `已生成 ${month} 月度考核工作簿（${people} 人，基准日 ${asOf}），请下载“${file}”`,
  monthUpgradedDownload: (month, counts, file) =>
    `已按最新格式重新生成 ${month} 月度考核工作簿，保留了全部录入（${counts}），请下载“${file}”`,
  handbookInPlace: (posts, duties, sheets) =>
    `已生成岗位责任手册（${posts} 个岗位、${duties} 条职责，${sheets} 张工作表）`,
  handbookNewWindow: (posts, duties) =>
    `已按本工作簿的岗位职责生成岗位责任手册，并在新窗口中打开（${posts} 个岗位、${duties} 条职责）`,
  handbookNoWindow: (file) => `已生成岗位责任手册，Excel 未能打开新窗口，请下载“${file}”`,
  handbookDownload: (posts, duties, file) =>
    `已生成岗位责任手册（${posts} 个岗位、${duties} 条职责），请下载“${file}”`,
  nextMonthExcel: (month, people, tasks, quotas, opened, file) =>
    `已结转生成 ${month} 月度考核工作簿（人员 ${people} 人，未完成交办事项 ${tasks} 项，指标 ${quotas} 项）${opened ? "，已在新窗口中打开，请保存" : `，Excel 未能打开新窗口，请下载“${file}”`}`,
  nextMonthDownload: (month, tasks, file) =>
    `已结转生成 ${month} 月度考核工作簿（未完成交办事项 ${tasks} 项），请下载“${file}”`,
  clerkLogsExcel: (n, month) =>
    `已生成 ${n} 份 ${month} 个人工作日志，请逐个下载后发给本人（Excel 一次只能新开一个工作簿窗口，故以下载方式提供）`,
  clerkLogsDownload: (n, month) => `已生成 ${n} 份 ${month} 个人工作日志，请下载后发给本人`,
  exportExcel: (month, asOf, opened, file) =>
    opened
      ? `已生成上报用的 ${month} 月度考核工作簿（基准日 ${asOf} 固定），已在新窗口中打开；也可下载“${file}”后发送`
      : `已生成上报用的 ${month} 月度考核工作簿（基准日 ${asOf} 固定），请下载“${file}”后发送`,
  exportDownload: (month, asOf, file) =>
    `已生成上报用的 ${month} 月度考核工作簿（基准日 ${asOf} 固定），请下载“${file}”后发送`,
  collectCount: (what, n) => `${ZH_COUNTS[what][0]} ${n} ${ZH_COUNTS[what][1]}`,
  collectLine: (person, month, counts, conflicts, skipped) => {
    let line = `${person} ${month}：${counts.length ? counts.join("，") : "没有新内容"}`;
    if (conflicts.length)
      line += `；${conflicts.length} 处与月度工作簿不同，已采用本人填写：${conflicts.join("；")}`;
    if (skipped.length) line += `；${skipped.length} 行未汇总：${skipped.join("；")}`;
    return line;
  },
  notice: (issue) => issue.message,

  checkClean: () => "检查完成：没有发现错误或警告。",
  checkDone: (errors, warnings, marked, first, note) => {
    const marks = marked
      ? `，已在工作簿中标出 ${marked} 个单元格（红色为错误，黄色为警告；在任务窗格“检查”中可清除标记）`
      : "";
    const where = first ? `。第一个问题：${first.sheet}!${first.cell}（已选中）${first.text}` : "";
    return `检查完成：${errors} 个错误，${warnings} 个警告${marks}${where}${note ? `。${note}` : ""}`;
  },
  scoreDone: (period, asOf, people, top, failing) =>
    `评分完成（${period}，基准日 ${asOf}）：${people} 人，第一名 ${top.map((p) => `${p.name} ${p.score} 分`).join("、") || "无"}${failing ? `，不合格 ${failing} 人` : ""}；明细见“考核汇总”“公示”表。`,
  commandDone: () => "完成。",
  commandFailed: () => "命令执行失败。",
  commandError: (message) => `岗责：${message}`,
  dialogTitle: () => "岗责",
  dialogClose: () => "关闭",
};

/** `File x.xlsx` or, for the workbook open in Excel (named 当前工作簿 by src/office), `The open workbook`. */
function fileEn(file: string): string {
  return file === "当前工作簿" ? "The open workbook" : `File ${file}`;
}

const en: AppMessages = {
  action: (id) => EN_ACTIONS[id],
  clerkLogAction: (name) => `Generating the work log of ${name}`,
  actionFailed: (action, why) => `${action} failed: ${why}`,
  actionFailedReason: (action, reason) => `${action} failed. Reason: ${reason}`,
  officeError: (code, detail) => {
    switch (code) {
      case "RequestPayloadSizeLimitExceeded":
        return "a request carried more data than Excel accepts (5 MB)";
      case "ResponsePayloadSizeLimitExceeded":
        return "Excel's answer carried more data than it sends at once (5 MB, Excel on the web)";
      case "AccessDenied":
        return "a sheet or the workbook structure is protected, so Excel refused the change (unprotect it first)";
      case "ItemAlreadyExists":
        return "the workbook already has a sheet or name of that name";
      case "ItemNotFound":
        return "a sheet or name to change was not found (it may just have been deleted or renamed)";
      case "ApiNotFound":
        return "this Excel does not support a feature the add-in needs (ExcelApi 1.8: Office 2019 or later)";
      case undefined:
        return `an unexpected error occurred: ${detail}`;
      default:
        return `Excel refused the request (${code}: ${detail})`;
    }
  },
  withNote: (what, note) => `${what}. ${note}`,
  formatsNotKept: () =>
    "Any cell formats you set on the input sheets (fill, font colour, bold, italic) were not kept: this version of Excel cannot read cell formats (it needs ExcelApi 1.9)",
  ownSheetsNotKept: (sheets) =>
    `Your own sheets (${sheets}) are too large for Excel to read in one request and were not put into the new file`,
  formatsAndCommentsNotKept: () =>
    "Any cell formats you set on the input sheets (fill, font colour, bold, italic) and any comments on the rebuilt sheets were not kept: this version of Excel cannot read them (it needs ExcelApi 1.10)",
  commentsNotKept: (why) =>
    why === "old-excel"
      ? "Any comments on the rebuilt sheets were not kept: this version of Excel cannot read comments (it needs ExcelApi 1.10)"
      : why === "no-notes"
        ? "Any notes on the rebuilt sheets were not kept: this version of Excel cannot read notes (it needs ExcelApi 1.18); comments were kept"
        : "Any comments on the rebuilt sheets were not kept: Excel could not read them",

  reading: (name) => `Reading ${name}…`,
  readingWorkbook: () => "Reading the workbook…",
  checkingEntries: () => "Checking the entries…",
  generatingMonth: () => "Generating the month workbook…",
  generatingMonthOf: (month) => `Generating the month workbook of ${month}…`,
  generatingClerkLog: (name) => `Generating the work log of ${name}…`,
  writingHandbook: () => "Writing the duty handbook…",
  markingCells: () => "Marking the cells with problems…",
  rebuildingResults: () => "The result sheets are missing; regenerating the month workbook…",
  writingBack: () => "Writing the month workbook back…",
  generatingExport: () => "Generating the workbook to submit…",

  badMonth: (month) => `Write the month like 2026-10: ${month}`,
  unusable: (errors) => `The workbook cannot be computed: ${errors.join("; ")}`,
  noticeRefused: (reason, sentence) =>
    `Not entered: the text is not a complete State Council holiday notice (“${reason}”)${sentence ? `: “${sentence}”` : ""}`,
  noticeEntered: (year, month, provisional) =>
    `Entered the State Council holiday arrangements for ${year} into “日历”; ${year} is complete. ` +
    (provisional.length === 0
      ? `The results of ${month} are final. Regenerate the personal work logs and send them out again.`
      : `${month} still uses provisional ${provisional.join(", ")}: its results stay provisional.`),
  provisional: (years) =>
    `Provisional: the State Council holiday arrangements for ${years.join(", ")} have not been imported; this period is computed from the statutory holidays and weekends (no make-up working days). Importing the notice makes it final: paste the State Council notice under Calendar and enter it.`,
  readFailure: (e, expected) => {
    const f = fileEn(e.file);
    switch (e.code) {
      case "empty-file":
        return `${f} is empty (0 bytes)`;
      case "not-xlsx":
        return `${f} is not an .xlsx workbook`;
      case "old-xls":
        return `${f} is in the old .xls format: save it as .xlsx in Excel or WPS and try again`;
      case "encrypted":
        return `${f} has a password to open (it is encrypted): remove the password in Excel (File → Info → Protect Workbook), save it and try again`;
      case "corrupt":
        return `${f} is damaged or is not an Excel workbook`;
      case "missing-sheet":
        if (e.sheet)
          return `${f} has no sheet “${e.sheet}”, so it is not ${expected === "month" ? "a month workbook" : "a personal work log"}`;
        return e.message;
      default:
        // e.g. a missing column heading: the message names the Chinese heading
        return e.message;
    }
  },
  notMonthWorkbook: (reason) =>
    `${reason}. Generate a month workbook under Generate first, or open a month workbook`,
  notMonthCollect: () =>
    "The open workbook is not a month workbook, so nothing can be collected into it. Generate a month workbook under Generate first, or open a month workbook",
  noFile: () => NO_FILE_EN,
  noFileForNextMonth: () => `${NO_FILE_EN}, then carry it over to the next month`,
  noFileForCollect: () => `${NO_FILE_EN}, then collect the personal work logs`,
  otherMonthBrowser: (open, wanted) =>
    `The open file is the month workbook of ${open}; to start ${wanted}, use “Next month” (carry over)`,
  otherMonthExcel: (open, wanted) =>
    `This is the month workbook of ${open}; to start ${wanted}, use “Next month” (carry over), or generate in a new blank workbook`,
  sheetsClashMonth: (sheets) =>
    `The workbook already has the sheets ${quoted(sheets).join(", ")} but is not a complete month workbook; generating would overwrite them. Generate in a new blank workbook, or rename those sheets first`,
  sheetsClashHandbook: (sheets) =>
    `The workbook already has the sheets ${quoted(sheets).join(", ")}; generating the duty handbook would overwrite them. Generate in a new blank workbook, or rename those sheets first`,

  entryCounts: (c) =>
    `${c.logs} log rows, ${c.weeklyPlans} weekly plan rows, ${c.tasks} assigned tasks, ${c.findings} check records, ${c.quotas} monthly targets, ${c.bonuses} bonus entries`,
  monthGenerated: (month, sheets, people, asOf) =>
    `Generated the month workbook of ${month} (${sheets} sheets, ${people} people, as-of date ${asOf})`,
  monthUpgraded: (month, sheets, counts) =>
    `Regenerated the month workbook of ${month} in the latest format (${sheets} sheets), keeping every entry: ${counts}`,
  monthGeneratedDownload: (month, people, asOf, file) =>
    `Generated the month workbook of ${month} (${people} people, as-of date ${asOf}); download “${file}”`,
  monthUpgradedDownload: (month, counts, file) =>
    `Regenerated the month workbook of ${month} in the latest format, keeping every entry (${counts}); download “${file}”`,
  handbookInPlace: (posts, duties, sheets) =>
    `Generated the duty handbook (${posts} posts, ${duties} duties, ${sheets} sheets)`,
  handbookNewWindow: (posts, duties) =>
    `Generated the duty handbook from this workbook's duties and opened it in a new window (${posts} posts, ${duties} duties)`,
  handbookNoWindow: (file) =>
    `Generated the duty handbook; Excel could not open a new window, so download “${file}”`,
  handbookDownload: (posts, duties, file) =>
    `Generated the duty handbook (${posts} posts, ${duties} duties); download “${file}”`,
  nextMonthExcel: (month, people, tasks, quotas, opened, file) =>
    `Carried over into the month workbook of ${month} (${people} people, ${tasks} open assigned tasks, ${quotas} targets)${opened ? "; it is open in a new window, please save it" : `; Excel could not open a new window, so download “${file}”`}`,
  nextMonthDownload: (month, tasks, file) =>
    `Carried over into the month workbook of ${month} (${tasks} open assigned tasks); download “${file}”`,
  clerkLogsExcel: (n, month) =>
    `Generated ${n} personal work logs for ${month}; download each and send it to its person (Excel opens only one new workbook window at a time, so they are offered as downloads)`,
  clerkLogsDownload: (n, month) =>
    `Generated ${n} personal work logs for ${month}; download them and send each to its person`,
  exportExcel: (month, asOf, opened, file) =>
    opened
      ? `Generated the month workbook of ${month} to submit (as-of date ${asOf} fixed) and opened it in a new window; you can also download “${file}” and send it`
      : `Generated the month workbook of ${month} to submit (as-of date ${asOf} fixed); download “${file}” and send it`,
  exportDownload: (month, asOf, file) =>
    `Generated the month workbook of ${month} to submit (as-of date ${asOf} fixed); download “${file}” and send it`,
  collectCount: (what, n) => EN_COUNTS[what](n),
  collectLine: (person, month, counts, conflicts, skipped) => {
    let line = `${person} ${month}: ${counts.length ? counts.join(", ") : "nothing new"}`;
    if (conflicts.length)
      line += `; ${conflicts.length} ${plural(conflicts.length, "entry")} differed from the month workbook, the person's own kept: ${conflicts.join("; ")}`;
    if (skipped.length)
      line += `; ${skipped.length} ${plural(skipped.length, "row")} not collected: ${skipped.join("; ")}`;
    return line;
  },
  notice: (issue) => {
    if (issue.code === "calendar-provisional") {
      const years = [...new Set(issue.message.match(/\d{4}(?= 年)/g) ?? [])].map(Number);
      if (years.length) return en.provisional(years);
    }
    if (issue.code === "missing-sheet" && issue.sheet)
      return `The workbook has no sheet “${issue.sheet}”; defaults are used (see Check)`;
    return issue.message;
  },

  checkClean: () => "Check finished: no errors or warnings.",
  checkDone: (errors, warnings, marked, first, note) => {
    const marks = marked
      ? `; ${marked} ${plural(marked, "cell")} marked in the workbook (red: error, yellow: warning; clear the marks under Check in the task pane)`
      : "";
    const text = first?.text.replace(/^：/, ": ") ?? "";
    const where = first ? `. First problem: ${first.sheet}!${first.cell} (selected)${text}` : "";
    return `Check finished: ${errors} ${plural(errors, "error")}, ${warnings} ${plural(warnings, "warning")}${marks}${where}${note ? `. ${note}` : ""}`;
  },
  scoreDone: (period, asOf, people, top, failing) =>
    `Scoring finished (${period}, as-of date ${asOf}): ${people} people, first place ${top.map((p) => `${p.name} ${p.score} points`).join(", ") || "none"}${failing ? `, ${failing} failing (不合格)` : ""}; details on the sheets “考核汇总” and “公示”.`,
  commandDone: () => "Done.",
  commandFailed: () => "The command failed.",
  commandError: (message) => `Gangze: ${message}`,
  dialogTitle: () => "Gangze",
  dialogClose: () => "Close",
};

export const APP_MESSAGES: Record<Locale, AppMessages> = { "zh-CN": zh, "en-US": en };

export function appMessages(locale: Locale): AppMessages {
  return APP_MESSAGES[locale];
}
