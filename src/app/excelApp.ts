/// <reference types="office-js" />
// GangzeApp over the workbook open in Excel (Office.js, ExcelApi 1.8). Each action is one
// Excel.run: one sync reads every sheet it needs, the rest is computed in memory, and writes go
// back in requests cut by bytes only (src/office/render.ts). Syncs per action, whatever the
// number of people, rows or sheets: overview/overdue 1, score 1 (2–3 when the result sheets are
// missing and are regenerated), check 3, clearMarks 3, generate 2 (3 with print setup on
// ExcelApi 1.9), collect 2.

import { carryOver } from "../domain/carryOver";
import { defaultHandbook } from "../domain/defaultOffice";
import type { Dataset } from "../domain/types";
import { buildClerkWorkbook, readClerkWorkbook, type ClerkRead } from "../workbook/clerk";
import { collect as mergeClerks } from "../workbook/collect";
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
import { XlsxReadError } from "../xlsx/reader";
import type { WorkbookModel } from "../workbook/model";
import { OPEN_WORKBOOK, readOpenBook, type OfficeBook } from "../office/book";
import { describeOfficeError } from "../office/errors";
import { HostError } from "../office/host";
import { applyMarks, MARKS_SHEET, recordedMarks, removeMarks, selectCell } from "../office/marks";
import { renderModel, type RenderReport } from "../office/render";
import type {
  CheckResult,
  CollectResultItem,
  ExportResult,
  GangzeApp,
  GenerateKind,
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
  entryCounts,
  freshMonth,
  issueItems,
  localToday,
  monthFileName,
  overdueOf,
  overviewOf,
  scoreOf,
  type Analysis,
} from "./logic";

export interface ExcelAppOptions {
  /** today's date (tests fix it); default: the user's local date */
  today?: () => string;
  /** estimated bytes per write request (tests lower it) */
  batchBytes?: number;
}

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

const NOT_MONTH_HINT = "请先在“生成”中生成月度考核工作簿，或打开一个月度考核工作簿";

/** The month workbook read from the open workbook; a workbook of another kind is a HostError. */
function readMonth(book: OfficeBook): WorkbookRead {
  try {
    return readMonthBook(book);
  } catch (error) {
    if (error instanceof XlsxReadError) throw new HostError(`${error.message}。${NOT_MONTH_HINT}`);
    throw error;
  }
}

function isMonthBook(book: OfficeBook): boolean {
  return [
    MONTH_SHEETS.readme,
    MONTH_SHEETS.duties,
    MONTH_SHEETS.staff,
    MONTH_SHEETS.tasks,
    MONTH_SHEETS.logs,
  ].every((s) => book.hasSheet(s));
}

/** Sheets of `names` that exist and hold something (a value or a formula). */
function filledSheets(book: OfficeBook, names: readonly string[]): string[] {
  return names.filter((n) => book.hasSheet(n) && book.isFilled(n));
}

/** Default sheets of a new workbook that are empty: a generate removes them. */
function emptyDefaults(book: OfficeBook, model: WorkbookModel): string[] {
  const inModel = new Set(model.sheets.map((s) => s.name.toLowerCase()));
  return DEFAULT_SHEETS.filter(
    (n) => book.hasSheet(n) && !book.isFilled(n) && !inModel.has(n.toLowerCase())
  );
}

/**
 * Excel.run with errors for the user: a HostError passes as it is; anything else Excel (or an
 * unexpected bug) throws becomes `检查失败。原因：…` in Chinese, never a stack trace.
 */
async function excelRun<T>(
  action: string,
  batch: (context: Excel.RequestContext) => Promise<T>
): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    if (error instanceof HostError) throw error;
    throw new HostError(`${action}失败。原因：${describeOfficeError(error)}`);
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

  async function render(
    context: Excel.RequestContext,
    book: OfficeBook,
    model: WorkbookModel,
    action: string,
    progress?: Progress
  ): Promise<RenderReport> {
    return renderModel(context, model, book.state, {
      action,
      batchBytes: options.batchBytes,
      alsoDelete: [MARKS_SHEET, ...emptyDefaults(book, model)],
      progress,
    });
  }

  function build(action: string, f: () => WorkbookModel): WorkbookModel {
    try {
      return f();
    } catch (error) {
      throw buildError(action, error);
    }
  }

  /** Reads the month workbook and analyses it (one sync). */
  async function analysed(
    context: Excel.RequestContext,
    progress?: Progress,
    extra: string[] = []
  ): Promise<{ book: OfficeBook; a: Analysis }> {
    progress?.("正在读取工作簿…");
    const book = await readOpenBook(context, [...INPUT_SHEETS, ...extra]);
    progress?.("正在检查录入…");
    return { book, a: analyse(readMonth(book), OPEN_WORKBOOK) };
  }

  async function generateMonth(
    context: Excel.RequestContext,
    month: string | undefined,
    progress?: Progress
  ): Promise<GenerateResult> {
    const book = await readOpenBook(context, INPUT_SHEETS, [...RESULT_SHEETS, ...DEFAULT_SHEETS]);
    let ds: Dataset;
    let upgraded = false;
    if (isMonthBook(book)) {
      ds = readMonth(book).dataset;
      if (month && month !== ds.month) {
        throw new HostError(
          `当前工作簿是 ${ds.month} 的月度考核工作簿；要开始 ${month}，请用“下月工作簿”（结转），或在新的空白工作簿中生成`
        );
      }
      upgraded = true;
    } else {
      const clash = filledSheets(book, MONTH_MODEL_SHEETS).filter(
        (s) => s !== MONTH_SHEETS.duties && s !== MONTH_SHEETS.staff
      );
      if (clash.length) {
        throw new HostError(
          `工作簿中已有工作表${clash.map((s) => `“${s}”`).join("、")}，但不是完整的月度考核工作簿，生成会覆盖它们；请在新的空白工作簿中生成，或先把这些工作表改名`
        );
      }
      // a handbook's catalogue or a roster already in the workbook is used, not overwritten
      const ctx = { file: OPEN_WORKBOOK, issues: [] };
      const duties = book.hasSheet(MONTH_SHEETS.duties)
        ? tryRecords(
            () => readRecords(book, ctx, MONTH_SHEETS.duties, "duties", DUTY_FIELDS).records
          )
        : undefined;
      const staff = book.hasSheet(MONTH_SHEETS.staff)
        ? tryRecords(
            () => readRecords(book, ctx, MONTH_SHEETS.staff, "staff", STAFF_FIELDS).records
          )
        : undefined;
      const posts = duties
        ? [...new Set(duties.map((d) => String(d.post ?? "")))]
            .filter(Boolean)
            .map((name) => ({ name }))
        : undefined;
      ds = freshMonth(month ?? today().slice(0, 7), today(), {
        office: book.hasSheet(SHEET_COVER) ? textOf(book.cell(SHEET_COVER, "B4").value) : undefined,
        posts,
        duties: duties as unknown as Dataset["duties"],
        staff: staff as unknown as Dataset["staff"],
      });
    }
    const action = upgraded ? "升级月度考核工作簿" : "生成月度考核工作簿";
    progress?.("正在生成月度考核工作簿…");
    const model = build(action, () => buildMonthWorkbook(ds));
    const report = await render(context, book, model, action, progress);
    const what = upgraded
      ? `已按最新格式重新生成 ${ds.month} 月度考核工作簿（${report.sheets} 张工作表），保留了全部录入：${entryCounts(ds)}`
      : `已生成 ${ds.month} 月度考核工作簿（${report.sheets} 张工作表，${ds.staff.length} 人，基准日 ${ds.asOf}）`;
    return { message: report.note ? `${what}。${report.note}` : what };
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
      const ds = readMonth(book).dataset;
      const model = build("生成岗位责任手册", () =>
        buildHandbook({ office: ds.office, posts: ds.posts, duties: ds.duties })
      );
      const bytes = await writeXlsx(model);
      const name = `${ds.office || "本单位"}-${HANDBOOK_TITLE}.xlsx`;
      const opened = await createWorkbook(bytes);
      return {
        message: opened
          ? `已按本工作簿的岗位职责生成岗位责任手册，并在新窗口中打开（${ds.posts.length} 个岗位、${ds.duties.length} 条职责）`
          : `已生成岗位责任手册，Excel 未能打开新窗口，请下载“${name}”`,
        ...(opened ? {} : { files: [{ name, bytes }] }),
      };
    }
    const hasCatalog = book.hasSheet(SHEET_CATALOG) && book.hasSheet(SHEET_COVER);
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
          office: textOf(book.cell(SHEET_COVER, "B4").value) || input.office,
          posts,
          duties: duties as unknown as Dataset["duties"],
        };
      }
    }
    const model = build("生成岗位责任手册", () => buildHandbook(input));
    if (!hasCatalog) {
      const clash = model.sheets
        .map((s) => s.name)
        .filter((n) => book.hasSheet(n) && !DEFAULT_SHEETS.includes(n));
      if (clash.length) {
        throw new HostError(
          `工作簿中已有工作表${clash.map((s) => `“${s}”`).join("、")}，生成岗位责任手册会覆盖它们；请在新的空白工作簿中生成，或先把这些工作表改名`
        );
      }
    }
    progress?.("正在写入岗位责任手册…");
    const report = await render(context, book, model, "生成岗位责任手册", progress);
    const what = `已生成岗位责任手册（${input.posts.length} 个岗位、${input.duties.length} 条职责，${report.sheets} 张工作表）`;
    return { message: report.note ? `${what}。${report.note}` : what };
  }

  const app: GangzeApp = {
    mode: "excel",

    overview(progress): Promise<OverviewData> {
      return excelRun("概览", async (context) => overviewOf((await analysed(context, progress)).a));
    },

    generate(kind: GenerateKind, opts: { month?: string }, progress): Promise<GenerateResult> {
      return excelRun("生成", async (context): Promise<GenerateResult> => {
        switch (kind) {
          case "month":
            return generateMonth(context, opts.month, progress);
          case "handbook":
            return generateHandbook(context, progress);
          case "nextMonth": {
            const { a } = await analysed(context, progress);
            const next = carryOver(a.read.dataset);
            next.asOf = freshMonth(next.month, today()).asOf;
            progress?.(`正在生成 ${next.month} 月度考核工作簿…`);
            const bytes = await writeXlsx(build("生成下月工作簿", () => buildMonthWorkbook(next)));
            const name = monthFileName(next);
            const opened = await createWorkbook(bytes);
            return {
              message: `已结转生成 ${next.month} 月度考核工作簿（人员 ${next.staff.length} 人，未完成交办事项 ${next.tasks.length} 项，指标 ${next.quotas.length} 项）${opened ? "，已在新窗口中打开，请保存" : `，Excel 未能打开新窗口，请下载“${name}”`}`,
              ...(opened ? {} : { files: [{ name, bytes }] }),
            };
          }
          case "clerkLogs": {
            const { a } = await analysed(context, progress);
            const ds = a.read.dataset;
            const files: { name: string; bytes: Uint8Array }[] = [];
            for (const s of ds.staff) {
              progress?.(`正在生成 ${s.name} 的个人工作日志…`);
              const model = build(`生成 ${s.name} 的个人工作日志`, () =>
                buildClerkWorkbook(ds, s.name)
              );
              files.push({
                name: `${ds.month}-${s.name}-个人工作日志.xlsx`.replace(/[\\/:*?"<>|]/g, "_"),
                bytes: await writeXlsx(model),
              });
            }
            return {
              message: `已生成 ${files.length} 份 ${ds.month} 个人工作日志，请逐个下载后发给本人（Excel 一次只能新开一个工作簿窗口，故以下载方式提供）`,
              files,
            };
          }
        }
      });
    },

    check(progress): Promise<CheckResult> {
      return excelRun("检查", async (context) => {
        const { book, a } = await analysed(context, progress, [MARKS_SHEET]);
        const issues = issueItems(a, OPEN_WORKBOOK);
        progress?.("正在标出问题单元格…");
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
      return excelRun("清除标记", async (context) => {
        const book = await readOpenBook(context, [MARKS_SHEET]);
        await removeMarks(context, book.state, recordedMarks(book.sheetData(MARKS_SHEET)));
      });
    },

    select(sheet, cell): Promise<void> {
      return excelRun("选中单元格", (context) => selectCell(context, sheet, cell));
    },

    score(progress): Promise<ScoreResult> {
      return excelRun("评分", async (context) => {
        const { book, a } = await analysed(context, progress);
        const result = scoreOf(a);
        // the workbook's formulas show the scores; only a workbook without its result sheets is rewritten
        const missing = [
          MONTH_SHEETS.detail,
          MONTH_SHEETS.summary,
          MONTH_SHEETS.weekly,
          MONTH_SHEETS.notice,
          MONTH_SHEETS.overdue,
        ].filter((s) => !book.hasSheet(s));
        if (missing.length) {
          progress?.("结果表缺失，正在重新生成月度考核工作簿…");
          const model = build("重新生成结果表", () => buildMonthWorkbook(a.read.dataset));
          await render(context, book, model, "重新生成结果表", progress);
        }
        return result;
      });
    },

    overdue(progress): Promise<OverdueItem[]> {
      return excelRun("逾期清单", async (context) =>
        overdueOf((await analysed(context, progress)).a)
      );
    },

    async collect(files, progress): Promise<CollectResultItem[]> {
      const reads: ClerkRead[] = [];
      const items: (CollectResultItem | null)[] = [];
      for (const f of files) {
        progress?.(`正在读取 ${f.name}…`);
        try {
          reads.push(await readClerkWorkbook(f.bytes, f.name));
          items.push(null);
        } catch (error) {
          if (!(error instanceof XlsxReadError)) throw error;
          items.push({ file: f.name, ok: false, message: error.message });
        }
      }
      return excelRun("汇总", async (context) => {
        const book = await readOpenBook(context, INPUT_SHEETS, DEFAULT_SHEETS);
        if (!isMonthBook(book))
          throw new HostError(`当前工作簿不是月度考核工作簿，无法汇总。${NOT_MONTH_HINT}`);
        const ds = readMonth(book).dataset;
        const merged = mergeClerks(ds, reads);
        const lines = reads.map((r, i) => collectItem(ds, r, merged.report[i]));
        if (changedAnything(merged.report)) {
          progress?.("正在写回月度考核工作簿…");
          const model = build("汇总", () => buildMonthWorkbook(merged.dataset));
          await render(context, book, model, "汇总", progress);
        }
        let next = 0;
        return items.map((item) => item ?? lines[next++]);
      });
    },

    exportMonth(progress): Promise<ExportResult> {
      return excelRun("导出", async (context) => {
        const { a } = await analysed(context, progress);
        const ds = a.read.dataset;
        progress?.("正在生成上报工作簿…");
        const bytes = await writeXlsx(
          build("导出", () => buildMonthWorkbook(ds, { exportMode: true }))
        );
        const fileName = monthFileName(ds);
        const opened = await createWorkbook(bytes);
        return {
          message: opened
            ? `已生成上报用的 ${ds.month} 月度考核工作簿（基准日 ${ds.asOf} 固定），已在新窗口中打开；也可下载“${fileName}”后发送`
            : `已生成上报用的 ${ds.month} 月度考核工作簿（基准日 ${ds.asOf} 固定），请下载“${fileName}”后发送`,
          fileName,
          files: [{ name: fileName, bytes }],
        };
      });
    },
  };
  return app;
}

function tryRecords(read: () => Record<string, unknown>[]): Record<string, unknown>[] | undefined {
  try {
    const records = read();
    return records.length ? records : undefined;
  } catch (error) {
    if (error instanceof XlsxReadError) return undefined;
    throw error;
  }
}

function textOf(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}
