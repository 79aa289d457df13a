// GangzeApp in a plain browser (no Office): the workbook is a file the user dropped, read with
// ExcelJS; what an action produces comes back as files to download. Loaded on demand, with
// ExcelJS and the workbook layer, so the pane's first load stays small.

import { carryOver } from "../domain/carryOver";
import type { Dataset } from "../domain/types";
import { buildClerkWorkbook, type ClerkRead } from "../workbook/clerk";
import { collectIsolated } from "../workbook/collect";
import { matchOrigins, sameOrigins, type Origins } from "../workbook/keep";
import { rewriteMonthXlsx } from "../xlsx/keep";
import { buildHandbook, HANDBOOK_TITLE } from "../workbook/handbook";
import type { WorkbookModel } from "../workbook/model";
import { buildMonthWorkbook } from "../workbook/month";
import type { WorkbookRead } from "../workbook/read";
import { WorkbookReadError } from "../workbook/grid";
import { readClerkWorkbook, readMonthWorkbook } from "../xlsx/readWorkbooks";
import { writeXlsx } from "../xlsx/writer";
import { defaultHandbook } from "../domain/defaultOffice";
import { HostError } from "../office/host";
import { APP_MESSAGES, type AppMessages } from "../i18n/appMessages";
import { FILES_MESSAGES } from "../i18n/filesMessages";
import type { Locale } from "../i18n/strings";
import type {
  CheckResult,
  CollectResultItem,
  ExportResult,
  GangzeApp,
  GenerateResult,
  OverdueItem,
  OverviewData,
  ScoreResult,
} from "./actions";
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
import { clerkPeople, hasSources, monthSources, rosterOf } from "./sources";

export interface BrowserAppOptions {
  today?: () => string;
  /** the language of the app's messages (default zh-CN) */
  locale?: Locale;
}

function build(m: AppMessages, action: string, f: () => WorkbookModel): WorkbookModel {
  try {
    return f();
  } catch (error) {
    throw buildError(m, action, error);
  }
}

async function readFile(m: AppMessages, bytes: Uint8Array, name: string): Promise<WorkbookRead> {
  try {
    return await readMonthWorkbook(bytes, name);
  } catch (error) {
    if (error instanceof WorkbookReadError)
      throw new HostError(readFailureMessage(m, error, "month"));
    throw error;
  }
}

export function createBrowserApp(options: BrowserAppOptions = {}): GangzeApp {
  const today = options.today ?? localToday;
  const m = APP_MESSAGES[options.locale ?? "zh-CN"];
  const f = FILES_MESSAGES[options.locale ?? "zh-CN"];
  // the dropped file's bytes are kept: collect and export write over them, keeping what it holds
  let current: { name: string; read: WorkbookRead; bytes: Uint8Array } | null = null;

  const analysed = (): Analysis => {
    if (!current) throw new HostError(m.noFile());
    return analyse(current.read, current.name);
  };

  const monthFile = async (
    ds: Dataset,
    exportMode = false,
    over?: { bytes: Uint8Array; read: WorkbookRead; origins: Origins }
  ) => {
    const model = build(m, m.action(exportMode ? "export" : "buildMonth"), () =>
      buildMonthWorkbook(ds, { exportMode })
    );
    const bytes = over
      ? (await rewriteMonthXlsx(model, over, over.origins, ds)).bytes
      : await writeXlsx(model);
    return { name: monthFileName(ds), bytes };
  };

  return {
    mode: "browser",

    async openFile(file, progress) {
      progress?.(m.reading(file.name));
      current = {
        name: file.name,
        read: await readFile(m, file.bytes, file.name),
        bytes: file.bytes,
      };
    },

    async overview(): Promise<OverviewData> {
      return overviewOf(m, analysed());
    },

    async generate(kind, opts, progress): Promise<GenerateResult> {
      const ds = current?.read.dataset;
      switch (kind) {
        case "month": {
          if (hasSources(opts)) {
            // the office's own catalogue and roster start a new month: the open file is not used
            const src = await monthSources(m, f, opts, progress);
            const data = freshMonth(m, opts.month ?? today().slice(0, 7), today(), src);
            progress?.(m.generatingMonth());
            const file = await monthFile(data);
            return {
              message: m.withNote(
                m.monthGeneratedDownload(data.month, data.staff.length, data.asOf, file.name),
                src.note
              ),
              files: [file],
            };
          }
          if (ds && opts.month && opts.month !== ds.month) {
            throw new HostError(m.otherMonthBrowser(ds.month, opts.month));
          }
          const data = ds ?? freshMonth(m, opts.month ?? today().slice(0, 7), today());
          progress?.(m.generatingMonth());
          const file = await monthFile(data);
          return {
            message: ds
              ? m.monthUpgradedDownload(data.month, entryCounts(m, data), file.name)
              : m.monthGeneratedDownload(data.month, data.staff.length, data.asOf, file.name),
            files: [file],
          };
        }
        case "handbook": {
          // the month's 考核标准 goes into the appendix; issued today
          const input = {
            ...(ds
              ? { office: ds.office, posts: ds.posts, duties: ds.duties, rules: ds.rules }
              : defaultHandbook()),
            issued: today(),
          };
          const bytes = await writeXlsx(
            build(m, m.action("buildHandbook"), () => buildHandbook(input))
          );
          const name = `${input.office || "本单位"}-${HANDBOOK_TITLE}.xlsx`.replace(
            /[\\/:*?"<>|]/g,
            "_"
          );
          return {
            message: m.handbookDownload(input.posts.length, input.duties.length, name),
            files: [{ name, bytes }],
          };
        }
        case "nextMonth": {
          if (!ds) throw new HostError(m.noFileForNextMonth());
          const next = carryOver(ds);
          next.asOf = freshMonth(m, next.month, today()).asOf;
          // what the director added carries over with the records that carry over (as the CLI's 结转)
          const file = await monthFile(
            next,
            false,
            current ? { ...current, origins: matchOrigins(ds, next) } : undefined
          );
          return {
            message: m.nextMonthDownload(next.month, next.tasks.length, file.name),
            files: [file],
          };
        }
        case "clerkLogs": {
          const data = ds ?? freshMonth(m, opts.month ?? today().slice(0, 7), today());
          const files: { name: string; bytes: Uint8Array }[] = [];
          for (const name of clerkPeople(f, data, opts.people)) {
            progress?.(m.generatingClerkLog(name));
            const model = build(m, m.clerkLogAction(name), () => buildClerkWorkbook(data, name));
            files.push({
              name: `${data.month}-${name}-个人工作日志.xlsx`.replace(/[\\/:*?"<>|]/g, "_"),
              bytes: await writeXlsx(model),
            });
          }
          return {
            message: m.clerkLogsDownload(files.length, data.month),
            files,
          };
        }
      }
    },

    async roster() {
      const data = current?.read.dataset ?? freshMonth(m, today().slice(0, 7), today());
      return { month: data.month, people: rosterOf(data) };
    },

    async year(files, opts, progress) {
      const { yearOf } = await import(/* webpackChunkName: "app-year" */ "./year");
      return yearOf(m, f, files, opts, progress);
    },

    async verify(file, progress) {
      const { verifyOf } = await import(/* webpackChunkName: "app-verify" */ "./verify");
      return verifyOf(m, f, file, progress);
    },

    async check(): Promise<CheckResult> {
      return { issues: issueItems(analysed()), marked: 0 };
    },

    async clearMarks() {
      // a dropped file carries no marks
    },

    async select() {
      // nothing to select outside Excel: the message names sheet and cell
    },

    async score(): Promise<ScoreResult> {
      return scoreOf(m, analysed());
    },

    async overdue(): Promise<OverdueItem[]> {
      return overdueOf(m, analysed());
    },

    async collect(files, progress): Promise<CollectResultItem[]> {
      if (!current) throw new HostError(m.noFileForCollect());
      const ds = current.read.dataset;
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
      // a file whose rows would make the workbook unwritable is refused alone
      const merged = collectIsolated(ds, reads, (x) => void buildMonthWorkbook(x)); // built again below, by monthFile
      const lines = reads.map((r, i) => collectItem(m, ds, r, merged.report[i]));
      if (changedAnything(merged.report)) {
        // the merged workbook becomes the open one: 导出/生成 then download it with every entry
        const file = await monthFile(merged.dataset, false, {
          ...current,
          origins: merged.origins,
        });
        current = {
          name: current.name,
          read: await readFile(m, file.bytes, current.name),
          bytes: file.bytes,
        };
      }
      let next = 0;
      return items.map((item) => item ?? lines[next++]);
    },

    async exportMonth(progress): Promise<ExportResult> {
      const ds = analysed().read.dataset;
      progress?.(m.generatingExport());
      const file = await monthFile(
        ds,
        true,
        current ? { ...current, origins: sameOrigins(ds) } : undefined
      );
      return {
        message: m.exportDownload(ds.month, ds.asOf, file.name),
        fileName: file.name,
        files: [file],
      };
    },

    previewNotice: async (text) => noticePreviewOf(text),

    async enterNotice(text, progress): Promise<{ message: string }> {
      if (!current) throw new HostError(m.noFileForCollect());
      const entered = enteredNotice(m, current.read.dataset, text);
      progress?.(m.writingBack());
      // the rebuilt workbook becomes the open one: 导出/生成 then download it with the notice
      const name = current.name;
      // written over the opened file's bytes: what the director added to it stays
      const file = await monthFile(entered.dataset, false, {
        ...current,
        origins: sameOrigins(entered.dataset),
      });
      current = { name, read: await readFile(m, file.bytes, name), bytes: file.bytes };
      return { message: entered.message(current.read.dataset) };
    },
  };
}
