/// <reference types="office-js" />
// GangzeApp over the workbook open in Excel (Office.js, ExcelApi 1.8). Each action is one
// Excel.run: one sync reads every sheet it needs, the rest is computed in memory, and writes go
// back in requests cut by bytes only (src/office/render.ts). Syncs per action, whatever the
// number of people, rows or sheets: overview/overdue 1, score 1 (2–3 when the result sheets are
// missing and are regenerated), check 3, clearMarks 3, generate 2 (3 with print setup on
// ExcelApi 1.9), collect 2, export 1. Actions that write sheets again or a new file from the
// open workbook (regenerate, collect, 日历, export, 结转) take one more request when the workbook
// has comments (where they are), and export/结转 one more when the director has sheets of his own.

import { carryOver } from "../domain/carryOver";
import { defaultHandbook } from "../domain/defaultOffice";
import type { Dataset } from "../domain/types";
import { buildClerkWorkbook, type ClerkRead } from "../workbook/clerk";
import { collectIsolated } from "../workbook/collect";
import {
  keepCellFormats,
  keepColumnWidths,
  keepComments,
  keepExtraCells,
  matchOrigins,
  ownSheet,
  restoreInputFormulas,
  rowMaps,
  sameOrigins,
  type LoadedCells,
  type Origins,
} from "../workbook/keep";
import {
  buildHandbook,
  HANDBOOK_TITLE,
  SHEET_CATALOG,
  SHEET_CONTENTS,
  SHEET_COVER,
} from "../workbook/handbook";
import { CALC_SHEET, WEEK_DETAIL_SHEET, buildMonthWorkbook } from "../workbook/month";
import { readMonthBook, type WorkbookRead } from "../workbook/read";
import { DUTY_FIELDS, STAFF_FIELDS } from "../workbook/read/specs";
import { readRecords } from "../workbook/read/table";
import { MONTH_SHEETS } from "../workbook/sheets";
import { writeXlsx } from "../xlsx/writer";
import { cellOf, hasSheet, WorkbookReadError } from "../workbook/grid";
import { readClerkWorkbook } from "../xlsx/readWorkbooks";
import type { SheetModel, WorkbookModel } from "../workbook/model";
import { OPEN_WORKBOOK, queueSheets, readOpenBook, type OfficeGrid } from "../office/book";
import { isExcelApiSupported } from "../office/env";
import { CALIBRI_UNIT, columnPointsToChars } from "../office/units";
import { officeErrorCode } from "../office/errors";
import { HostError } from "../office/host";
import { APP_MESSAGES, type ActionId, type AppMessages } from "../i18n/appMessages";
import { FILES_MESSAGES } from "../i18n/filesMessages";
import type { Locale } from "../i18n/strings";
import { applyMarks, MARKS_SHEET, recordedMarks, removeMarks, selectCell } from "../office/marks";
import { BACKUP_PREFIX, renderModel, type RenderReport } from "../office/render";
import type {
  CheckResult,
  CollectResultItem,
  ExportResult,
  GangzeApp,
  GenerateKind,
  GenerateOptions,
  GenerateResult,
  OverdueItem,
  OverviewData,
  Progress,
  ScoreResult,
} from "./actions";
import { toBase64 } from "./files";
import {
  analyse,
  buildError,
  changedAnything,
  collectItem,
  enteredNotice,
  noticePreviewOf,
  entryCounts,
  freshMonth,
  issueItems,
  localToday,
  monthFileName,
  overdueOf,
  overviewOf,
  readFailureMessage,
  scoreOf,
  type Analysis,
} from "./logic";
import { clerkPeople, hasSources, monthSources, rosterOf, type MonthSources } from "./sources";

export interface ExcelAppOptions {
  /** today's date (tests fix it); default: the user's local date */
  today?: () => string;
  /** estimated bytes per write request (tests lower it) */
  batchBytes?: number;
  /** the language of the app's messages (default zh-CN) */
  locale?: Locale;
}

/** src/office (render, marks) composes its own messages in Chinese: it is given Chinese names. */
const ZH = APP_MESSAGES["zh-CN"];

/** Sheets the month reader reads (the result sheets are formulas and are not read). */
const INPUT_SHEETS = [
  MONTH_SHEETS.readme,
  MONTH_SHEETS.duties,
  MONTH_SHEETS.staff,
  MONTH_SHEETS.calendar,
  MONTH_SHEETS.rules,
  MONTH_SHEETS.tasks,
  MONTH_SHEETS.logs,
  MONTH_SHEETS.weeklyPlans,
  MONTH_SHEETS.findings,
  MONTH_SHEETS.quotas,
  MONTH_SHEETS.bonuses,
];
/** Every sheet of the month workbook (a generate must know whether each holds anything). */
const MONTH_MODEL_SHEETS = [...Object.values(MONTH_SHEETS), WEEK_DETAIL_SHEET, CALC_SHEET];
/** The month workbook's sheets that are not read: formulas over the inputs. */
const RESULT_SHEETS = MONTH_MODEL_SHEETS.filter((s) => !(INPUT_SHEETS as string[]).includes(s));
/** The sheet a new workbook starts with, in English and Chinese Excel: removed when empty. */
const DEFAULT_SHEETS = ["Sheet1", "Sheet2", "Sheet3", "工作表1", "工作表2", "工作表3"];

/** The month workbook read from the open workbook; a workbook of another kind is a HostError. */
function readMonth(m: AppMessages, book: OfficeGrid): WorkbookRead {
  try {
    return readMonthBook(book);
  } catch (error) {
    if (error instanceof WorkbookReadError)
      throw new HostError(m.notMonthWorkbook(readFailureMessage(m, error, "month")));
    throw error;
  }
}

function isMonthBook(book: OfficeGrid): boolean {
  return [
    MONTH_SHEETS.readme,
    MONTH_SHEETS.duties,
    MONTH_SHEETS.staff,
    MONTH_SHEETS.tasks,
    MONTH_SHEETS.logs,
  ].every((s) => hasSheet(book, s));
}

/** Sheets of `names` that exist and hold something (a value or a formula). */
function filledSheets(book: OfficeGrid, names: readonly string[]): string[] {
  return names.filter((n) => hasSheet(book, n) && book.isFilled(n));
}

/** Default sheets of a new workbook that are empty: a generate removes them. */
function emptyDefaults(book: OfficeGrid, model: WorkbookModel): string[] {
  const inModel = new Set(model.sheets.map((s) => s.name.toLowerCase()));
  return DEFAULT_SHEETS.filter(
    (n) => hasSheet(book, n) && !book.isFilled(n) && !inModel.has(n.toLowerCase())
  );
}

/**
 * Excel.run with errors for the user: a HostError passes as it is; anything else Excel (or an
 * unexpected bug) throws becomes `检查失败。原因：…` (`Check failed. Reason: …`), never a stack trace.
 */
async function excelRun<T>(
  m: AppMessages,
  action: ActionId,
  batch: (context: Excel.RequestContext) => Promise<T>
): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    if (error instanceof HostError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    const reason = m.officeError(officeErrorCode(error), detail);
    throw new HostError(m.actionFailedReason(m.action(action), reason));
  }
}

async function createWorkbook(bytes: Uint8Array): Promise<boolean> {
  try {
    await Excel.createWorkbook(toBase64(bytes));
    return true;
  } catch {
    return false;
  }
}

export function createExcelApp(options: ExcelAppOptions = {}): GangzeApp {
  const today = options.today ?? localToday;
  const m = APP_MESSAGES[options.locale ?? "zh-CN"];
  const f = FILES_MESSAGES[options.locale ?? "zh-CN"];

  async function render(
    context: Excel.RequestContext,
    book: OfficeGrid,
    model: WorkbookModel,
    action: ActionId,
    progress?: Progress
  ): Promise<RenderReport> {
    return renderModel(context, model, book.state, {
      action: ZH.action(action),
      batchBytes: options.batchBytes,
      alsoDelete: [MARKS_SHEET, ...emptyDefaults(book, model)],
      progress,
    });
  }

  function build(action: string, f: () => WorkbookModel): WorkbookModel {
    try {
      return f();
    } catch (error) {
      throw buildError(m, action, error);
    }
  }

  /** Reads the month workbook and analyses it (one sync). */
  async function analysed(
    context: Excel.RequestContext,
    progress?: Progress,
    extra: string[] = [],
    /** also the input sheets' formats and the comments (a new file is written from it) */
    keep = false
  ): Promise<{ book: OfficeGrid; a: Analysis }> {
    progress?.(m.readingWorkbook());
    const book = await readOpenBook(context, [...INPUT_SHEETS, ...extra], [], undefined, keep);
    progress?.(m.checkingEntries());
    return { book, a: analyse(readMonth(m, book), OPEN_WORKBOOK) };
  }

  async function generateMonth(
    context: Excel.RequestContext,
    month: string | undefined,
    sources: MonthSources | undefined,
    progress?: Progress
  ): Promise<GenerateResult> {
    const book = await readOpenBook(
      context,
      INPUT_SHEETS,
      [...RESULT_SHEETS, ...DEFAULT_SHEETS],
      undefined,
      true
    );
    let ds: Dataset;
    let upgraded = false;
    let read: WorkbookRead | undefined;
    if (isMonthBook(book)) {
      read = readMonth(m, book);
      ds = read.dataset;
      // a month workbook keeps its own 岗位职责 and 人员: files replace nothing in it
      if (sources) throw new HostError(f.sourcesOnMonthBook(ds.month));
      if (month && month !== ds.month) throw new HostError(m.otherMonthExcel(ds.month, month));
      upgraded = true;
    } else {
      const clash = filledSheets(book, MONTH_MODEL_SHEETS).filter(
        (s) => s !== MONTH_SHEETS.duties && s !== MONTH_SHEETS.staff
      );
      if (clash.length) throw new HostError(m.sheetsClashMonth(clash));
      // a handbook's catalogue or a roster already in the workbook is used, not overwritten
      const ctx = { file: OPEN_WORKBOOK, issues: [] };
      const duties = hasSheet(book, MONTH_SHEETS.duties)
        ? tryRecords(
            () => readRecords(book, ctx, MONTH_SHEETS.duties, "duties", DUTY_FIELDS).records
          )
        : undefined;
      const staff = hasSheet(book, MONTH_SHEETS.staff)
        ? tryRecords(
            () => readRecords(book, ctx, MONTH_SHEETS.staff, "staff", STAFF_FIELDS).records
          )
        : undefined;
      const posts = duties
        ? [...new Set(duties.map((d) => String(d.post ?? "")))]
            .filter(Boolean)
            .map((name) => ({ name }))
        : undefined;
      // the files the director picked come first, then what the workbook already holds
      ds = freshMonth(m, month ?? today().slice(0, 7), today(), {
        office:
          sources?.office ??
          (hasSheet(book, SHEET_COVER) ? textOf(cellOf(book, SHEET_COVER, "B4").value) : undefined),
        posts: sources?.posts ?? posts,
        duties: sources?.duties ?? (duties as unknown as Dataset["duties"]),
        staff: sources?.staff ?? (staff as unknown as Dataset["staff"]),
      });
    }
    const action: ActionId = upgraded ? "upgradeMonth" : "buildMonth";
    progress?.(m.generatingMonth());
    const model = build(m.action(action), () => buildMonthWorkbook(ds));
    if (read) keepAdditions(model, book, read, sameOrigins(ds), ds);
    const report = await render(context, book, model, action, progress);
    const made = upgraded
      ? m.monthUpgraded(ds.month, report.sheets, entryCounts(m, ds))
      : m.monthGenerated(ds.month, report.sheets, ds.staff.length, ds.asOf);
    const noted = sources?.note ? m.withNote(made, sources.note) : made;
    // the director's cell formats that could not be read are said, not silently dropped
    const what = read ? formatsNote(m, book, noted) : noted;
    return { message: what, ...(report.note ? { note: report.note } : {}) };
  }

  async function generateHandbook(
    context: Excel.RequestContext,
    progress?: Progress
  ): Promise<GenerateResult> {
    const book = await readOpenBook(
      context,
      [...INPUT_SHEETS, SHEET_COVER],
      [SHEET_CONTENTS, ...DEFAULT_SHEETS]
    );
    if (isMonthBook(book)) {
      // the month workbook has its own 岗位职责 sheet: the handbook opens as a new workbook
      const ds = readMonth(m, book).dataset;
      const model = build(m.action("buildHandbook"), () =>
        buildHandbook({
          office: ds.office,
          posts: ds.posts,
          duties: ds.duties,
          issued: today(),
          ...(ds.rules ? { rules: ds.rules } : {}),
        })
      );
      const bytes = await writeXlsx(model);
      const name = `${ds.office || "本单位"}-${HANDBOOK_TITLE}.xlsx`;
      const opened = await createWorkbook(bytes);
      return {
        message: opened
          ? m.handbookNewWindow(ds.posts.length, ds.duties.length)
          : m.handbookNoWindow(name),
        ...(opened ? {} : { files: [{ name, bytes }] }),
      };
    }
    const hasCatalog = hasSheet(book, SHEET_CATALOG) && hasSheet(book, SHEET_COVER);
    let input = defaultHandbook();
    if (hasCatalog) {
      const duties = tryRecords(
        () =>
          readRecords(
            book,
            { file: OPEN_WORKBOOK, issues: [] },
            SHEET_CATALOG,
            "duties",
            DUTY_FIELDS
          ).records
      );
      if (duties?.length) {
        const posts = [...new Set(duties.map((d) => String(d.post ?? "")))]
          .filter(Boolean)
          .map((name) => ({ name }));
        input = {
          office: textOf(cellOf(book, SHEET_COVER, "B4").value) || input.office,
          posts,
          duties: duties as unknown as Dataset["duties"],
        };
      }
    }
    const model = build(m.action("buildHandbook"), () =>
      buildHandbook({ ...input, issued: today() })
    );
    if (!hasCatalog) {
      const clash = model.sheets
        .map((s) => s.name)
        .filter((n) => hasSheet(book, n) && !DEFAULT_SHEETS.includes(n));
      if (clash.length) throw new HostError(m.sheetsClashHandbook(clash));
    }
    progress?.(m.writingHandbook());
    const report = await render(context, book, model, "buildHandbook", progress);
    const what = m.handbookInPlace(input.posts.length, input.duties.length, report.sheets);
    return { message: what, ...(report.note ? { note: report.note } : {}) };
  }

  const app: GangzeApp = {
    mode: "excel",

    overview(progress): Promise<OverviewData> {
      return excelRun(m, "overview", async (context) =>
        overviewOf(m, (await analysed(context, progress)).a)
      );
    },

    async generate(kind: GenerateKind, opts: GenerateOptions, progress): Promise<GenerateResult> {
      // picked files are read before Excel.run (ExcelJS, no sync)
      const sources =
        kind === "month" && hasSources(opts) ? await monthSources(m, f, opts, progress) : undefined;
      return excelRun(m, "generate", async (context): Promise<GenerateResult> => {
        switch (kind) {
          case "month":
            return generateMonth(context, opts.month, sources, progress);
          case "handbook":
            return generateHandbook(context, progress);
          case "nextMonth": {
            const { book, a } = await analysed(context, progress, [], true);
            const next = carryOver(a.read.dataset);
            next.asOf = freshMonth(m, next.month, today()).asOf;
            progress?.(m.generatingMonthOf(next.month));
            const model = build(m.action("buildNextMonth"), () => buildMonthWorkbook(next));
            const own = await ownSheets(context, book, model);
            // what the director added carries over with the records that carry over (as the CLI's 结转)
            model.sheets.push(...own.sheets);
            keepAdditions(model, book, a.read, matchOrigins(a.read.dataset, next), next);
            const bytes = await writeXlsx(model);
            const name = monthFileName(next);
            const opened = await createWorkbook(bytes);
            const message = m.nextMonthExcel(
              next.month,
              next.staff.length,
              next.tasks.length,
              next.quotas.length,
              opened,
              name
            );
            return {
              message: ownNote(m, own.failed, formatsNote(m, book, message)),
              ...(opened ? {} : { files: [{ name, bytes }] }),
            };
          }
          case "clerkLogs": {
            const { a } = await analysed(context, progress);
            const ds = a.read.dataset;
            const files: { name: string; bytes: Uint8Array }[] = [];
            for (const name of clerkPeople(f, ds, opts.people)) {
              progress?.(m.generatingClerkLog(name));
              const model = build(m.clerkLogAction(name), () => buildClerkWorkbook(ds, name));
              files.push({
                name: `${ds.month}-${name}-个人工作日志.xlsx`.replace(/[\\/:*?"<>|]/g, "_"),
                bytes: await writeXlsx(model),
              });
            }
            return {
              message: m.clerkLogsExcel(files.length, ds.month),
              files,
            };
          }
        }
      });
    },

    roster(progress) {
      return excelRun(m, "generate", async (context) => {
        const ds = (await analysed(context, progress)).a.read.dataset;
        return { month: ds.month, people: rosterOf(ds) };
      });
    },

    async year(files, opts, progress) {
      const { yearOf } = await import(/* webpackChunkName: "app-year" */ "./year");
      return yearOf(m, f, files, opts, progress);
    },

    async verify(file, progress) {
      const { verifyOf } = await import(/* webpackChunkName: "app-verify" */ "./verify");
      return verifyOf(m, f, file, progress);
    },

    async openCopy(file) {
      const opened = await createWorkbook(file.bytes);
      return {
        opened,
        message: opened ? f.openedCopy(file.name) : f.openCopyFailed(file.name),
      };
    },

    check(progress): Promise<CheckResult> {
      return excelRun(m, "check", async (context) => {
        const { book, a } = await analysed(context, progress, [MARKS_SHEET]);
        const issues = issueItems(a, OPEN_WORKBOOK);
        progress?.(m.markingCells());
        const outcome = await applyMarks(
          context,
          book.state,
          recordedMarks(book.sheetData(MARKS_SHEET)),
          issues.filter((i) => i.sheet && i.cell)
        );
        return { issues, marked: outcome.marked, ...(outcome.note ? { note: outcome.note } : {}) };
      });
    },

    clearMarks(): Promise<void> {
      return excelRun(m, "clearMarks", async (context) => {
        const book = await readOpenBook(context, [MARKS_SHEET]);
        await removeMarks(context, book.state, recordedMarks(book.sheetData(MARKS_SHEET)));
      });
    },

    select(sheet, cell): Promise<void> {
      return excelRun(m, "select", (context) => selectCell(context, sheet, cell));
    },

    score(progress): Promise<ScoreResult> {
      return excelRun(m, "score", async (context) => {
        const { book, a } = await analysed(context, progress);
        const result = scoreOf(m, a);
        // the workbook's formulas show the scores; only a workbook without its result sheets is rewritten
        const missing = [
          MONTH_SHEETS.detail,
          MONTH_SHEETS.summary,
          MONTH_SHEETS.weekly,
          MONTH_SHEETS.notice,
          MONTH_SHEETS.overdue,
        ].filter((s) => !hasSheet(book, s));
        if (missing.length) {
          progress?.(m.rebuildingResults());
          const model = build(m.action("rebuildResults"), () => buildMonthWorkbook(a.read.dataset));
          await render(context, book, model, "rebuildResults", progress);
        }
        return result;
      });
    },

    overdue(progress): Promise<OverdueItem[]> {
      return excelRun(m, "overdue", async (context) =>
        overdueOf(m, (await analysed(context, progress)).a)
      );
    },

    async collect(files, progress): Promise<CollectResultItem[]> {
      const reads: ClerkRead[] = [];
      const items: (CollectResultItem | null)[] = [];
      for (const f of files) {
        progress?.(m.reading(f.name));
        try {
          reads.push(await readClerkWorkbook(f.bytes, f.name));
          items.push(null);
        } catch (error) {
          if (!(error instanceof WorkbookReadError)) throw error;
          items.push({ file: f.name, ok: false, message: readFailureMessage(m, error, "clerk") });
        }
      }
      return excelRun(m, "collect", async (context) => {
        const book = await readOpenBook(context, INPUT_SHEETS, DEFAULT_SHEETS, undefined, true);
        if (!isMonthBook(book)) throw new HostError(m.notMonthCollect());
        const read = readMonth(m, book);
        const ds = read.dataset;
        // a file whose rows would make the workbook unwritable is refused alone
        const merged = collectIsolated(ds, reads, (x) =>
          build(m.action("collect"), () => buildMonthWorkbook(x))
        );
        const lines = reads.map((r, i) => collectItem(m, ds, r, merged.report[i]));
        if (changedAnything(merged.report)) {
          progress?.(m.writingBack());
          const model = merged.built;
          keepAdditions(model, book, read, merged.origins, merged.dataset);
          await render(context, book, model, "collect", progress);
          // the workbook was written again: say on each collected file when formats were lost
          for (const line of lines) if (line.ok) line.message = formatsNote(m, book, line.message);
        }
        let next = 0;
        return items.map((item) => item ?? lines[next++]);
      });
    },

    exportMonth(progress): Promise<ExportResult> {
      return excelRun(m, "export", async (context) => {
        const { book, a } = await analysed(context, progress, [], true);
        const ds = a.read.dataset;
        progress?.(m.generatingExport());
        const model = build(m.action("export"), () => buildMonthWorkbook(ds, { exportMode: true }));
        const own = await ownSheets(context, book, model);
        // the exported file keeps what the director added, as the CLI's export does
        model.sheets.push(...own.sheets);
        keepAdditions(model, book, a.read, sameOrigins(ds), ds);
        const bytes = await writeXlsx(model);
        const fileName = monthFileName(ds);
        const opened = await createWorkbook(bytes);
        const message = m.exportExcel(ds.month, ds.asOf, opened, fileName);
        return {
          message: ownNote(m, own.failed, formatsNote(m, book, message)),
          fileName,
          files: [{ name: fileName, bytes }],
        };
      });
    },

    previewNotice: async (text) => noticePreviewOf(text),

    enterNotice(text, progress): Promise<{ message: string }> {
      return excelRun(m, "calendar", async (context) => {
        const book = await readOpenBook(context, INPUT_SHEETS, DEFAULT_SHEETS, undefined, true);
        if (!isMonthBook(book)) throw new HostError(m.notMonthCollect());
        const read = readMonth(m, book);
        const entered = enteredNotice(m, read.dataset, text);
        progress?.(m.writingBack());
        const model = build(m.action("calendar"), () => buildMonthWorkbook(entered.dataset));
        // the workbook is rebuilt around the new 日历: what the director added stays, as in a regenerate
        keepAdditions(model, book, read, sameOrigins(entered.dataset), entered.dataset);
        const report = await render(context, book, model, "calendar", progress);
        const message = formatsNote(m, book, entered.message(entered.dataset));
        return { message: report.note ? m.withNote(message, report.note) : message };
      });
    },
  };
  return app;
}

/**
 * What the director added to the input sheets, put into the model written over them: formulas
 * typed into input cells, cells outside the tables (an extra column), and the cells' own formats
 * (fill, font colour, bold, italic) when the read brought them (ExcelApi 1.9), and the comments
 * and notes of the sheets written again (ExcelApi 1.10 / 1.18), each beside its record.
 */
function keepAdditions(
  model: WorkbookModel,
  book: OfficeGrid,
  read: WorkbookRead,
  origins: Origins,
  next: Dataset
): void {
  restoreInputFormulas(model, read.inputFormulas, origins);
  const loaded = INPUT_SHEETS.map((n) => book.sheetData(n)).filter(
    (d): d is LoadedCells => d !== undefined
  );
  const map = rowMaps(read, origins, next);
  keepExtraCells(model, loaded, map);
  if (book.formats === "read") {
    keepCellFormats(model, loaded, map);
    const unit = book.state.columnUnit ?? CALIBRI_UNIT;
    keepColumnWidths(model, loaded, (points) => columnPointsToChars(points, unit));
  }
  keepComments(model, book.comments, map);
}

/**
 * The director's own sheets of the open workbook (not the model's, not the check marks sheet), read for a new file written from it (export, 结转): one more request, only when there
 * are any. A read Excel refuses (a sheet too big for one response) leaves them out, named.
 */
async function ownSheets(
  context: Excel.RequestContext,
  book: OfficeGrid,
  model: WorkbookModel
): Promise<{ sheets: SheetModel[]; failed: string[] }> {
  const ours = new Set(
    [...model.sheets.map((x) => x.name), MARKS_SHEET].map((n) => n.toLowerCase())
  );
  const own = book.state.sheets.filter(
    (s) => !ours.has(s.name.toLowerCase()) && !s.name.startsWith(BACKUP_PREFIX)
  );
  if (own.length === 0) return { sheets: [], failed: [] };
  const names = own.map((s) => s.name);
  // fills, fonts and column widths in bulk where Excel has them (ExcelApi 1.9)
  const bulk = isExcelApiSupported("1.9");
  const loaded = queueSheets(context, names, bulk);
  try {
    await context.sync();
  } catch {
    return { sheets: [], failed: names };
  }
  const hidden = new Set(own.filter((s) => s.visibility !== "Visible").map((s) => s.name));
  const unit = book.state.columnUnit ?? CALIBRI_UNIT;
  return {
    sheets: loaded().map((d) =>
      ownSheet(
        d,
        hidden.has(d.name),
        (d.widths ?? []).map((p) => columnPointsToChars(p, unit))
      )
    ),
    failed: [],
  };
}

/** The message, with the director's sheets that could not be read for the new file. */
function ownNote(m: AppMessages, failed: readonly string[], message: string): string {
  return failed.length ? m.withNote(message, m.ownSheetsNotKept(failed.join("、"))) : message;
}

/** The message, with why the director's cell formats or comments were not kept when they were not. */
function formatsNote(m: AppMessages, book: OfficeGrid, message: string): string {
  let out = message;
  if (book.formats === "old-excel" && book.commentsRead === "old-excel")
    return m.withNote(out, m.formatsAndCommentsNotKept());
  if (book.formats === "old-excel") out = m.withNote(out, m.formatsNotKept(book.formats));
  const c = book.commentsRead;
  if (c === "old-excel" || c === "no-notes" || c === "failed")
    out = m.withNote(out, m.commentsNotKept(c));
  return out;
}

function tryRecords(read: () => Record<string, unknown>[]): Record<string, unknown>[] | undefined {
  try {
    const records = read();
    return records.length ? records : undefined;
  } catch (error) {
    if (error instanceof WorkbookReadError) return undefined;
    throw error;
  }
}

function textOf(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}
