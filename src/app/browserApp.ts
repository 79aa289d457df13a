// GangzeApp in a plain browser (no Office): the workbook is a file the user dropped, read with
// ExcelJS; what an action produces comes back as files to download. Loaded on demand, with
// ExcelJS and the workbook layer, so the pane's first load stays small.

import { carryOver } from "../domain/carryOver";
import type { Dataset } from "../domain/types";
import { buildClerkWorkbook, readClerkWorkbook, type ClerkRead } from "../workbook/clerk";
import { collect as mergeClerks } from "../workbook/collect";
import { buildHandbook, HANDBOOK_TITLE } from "../workbook/handbook";
import type { WorkbookModel } from "../workbook/model";
import { buildMonthWorkbook } from "../workbook/month";
import { readMonthWorkbook, type WorkbookRead } from "../workbook/read";
import { XlsxReadError } from "../xlsx/reader";
import { writeXlsx } from "../xlsx/writer";
import { defaultHandbook } from "../domain/defaultOffice";
import { HostError } from "../office/host";
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

export interface BrowserAppOptions {
  today?: () => string;
}

const NO_FILE = "请先选择（或拖入）一个月度考核工作簿文件";

function build(action: string, f: () => WorkbookModel): WorkbookModel {
  try {
    return f();
  } catch (error) {
    throw buildError(action, error);
  }
}

async function readFile(bytes: Uint8Array, name: string): Promise<WorkbookRead> {
  try {
    return await readMonthWorkbook(bytes, name);
  } catch (error) {
    if (error instanceof XlsxReadError) throw new HostError(error.message);
    throw error;
  }
}

export function createBrowserApp(options: BrowserAppOptions = {}): GangzeApp {
  const today = options.today ?? localToday;
  let current: { name: string; read: WorkbookRead } | null = null;

  const analysed = (): Analysis => {
    if (!current) throw new HostError(NO_FILE);
    return analyse(current.read, current.name);
  };

  const monthFile = async (ds: Dataset, exportMode = false) => {
    const model = build(exportMode ? "导出" : "生成月度考核工作簿", () =>
      buildMonthWorkbook(ds, { exportMode })
    );
    return { name: monthFileName(ds), bytes: await writeXlsx(model) };
  };

  return {
    mode: "browser",

    async openFile(file, progress) {
      progress?.(`正在读取 ${file.name}…`);
      current = { name: file.name, read: await readFile(file.bytes, file.name) };
    },

    async overview(): Promise<OverviewData> {
      return overviewOf(analysed());
    },

    async generate(kind, opts, progress): Promise<GenerateResult> {
      const ds = current?.read.dataset;
      switch (kind) {
        case "month": {
          if (ds && opts.month && opts.month !== ds.month) {
            throw new HostError(
              `打开的是 ${ds.month} 的月度考核工作簿；要开始 ${opts.month}，请用“下月工作簿”（结转）`
            );
          }
          const data = ds ?? freshMonth(opts.month ?? today().slice(0, 7), today());
          progress?.("正在生成月度考核工作簿…");
          const file = await monthFile(data);
          return {
            message: ds
              ? `已按最新格式重新生成 ${data.month} 月度考核工作簿，保留了全部录入（${entryCounts(data)}），请下载“${file.name}”`
              : `已生成 ${data.month} 月度考核工作簿（${data.staff.length} 人，基准日 ${data.asOf}），请下载“${file.name}”`,
            files: [file],
          };
        }
        case "handbook": {
          const input = ds
            ? { office: ds.office, posts: ds.posts, duties: ds.duties }
            : defaultHandbook();
          const bytes = await writeXlsx(build("生成岗位责任手册", () => buildHandbook(input)));
          const name = `${input.office || "本单位"}-${HANDBOOK_TITLE}.xlsx`.replace(
            /[\\/:*?"<>|]/g,
            "_"
          );
          return {
            message: `已生成岗位责任手册（${input.posts.length} 个岗位、${input.duties.length} 条职责），请下载“${name}”`,
            files: [{ name, bytes }],
          };
        }
        case "nextMonth": {
          if (!ds) throw new HostError(`${NO_FILE}，再结转到下月`);
          const next = carryOver(ds);
          next.asOf = freshMonth(next.month, today()).asOf;
          const file = await monthFile(next);
          return {
            message: `已结转生成 ${next.month} 月度考核工作簿（未完成交办事项 ${next.tasks.length} 项），请下载“${file.name}”`,
            files: [file],
          };
        }
        case "clerkLogs": {
          const data = ds ?? freshMonth(opts.month ?? today().slice(0, 7), today());
          const files: { name: string; bytes: Uint8Array }[] = [];
          for (const s of data.staff) {
            progress?.(`正在生成 ${s.name} 的个人工作日志…`);
            const model = build(`生成 ${s.name} 的个人工作日志`, () =>
              buildClerkWorkbook(data, s.name)
            );
            files.push({
              name: `${data.month}-${s.name}-个人工作日志.xlsx`.replace(/[\\/:*?"<>|]/g, "_"),
              bytes: await writeXlsx(model),
            });
          }
          return {
            message: `已生成 ${files.length} 份 ${data.month} 个人工作日志，请下载后发给本人`,
            files,
          };
        }
      }
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
      return scoreOf(analysed());
    },

    async overdue(): Promise<OverdueItem[]> {
      return overdueOf(analysed());
    },

    async collect(files, progress): Promise<CollectResultItem[]> {
      if (!current) throw new HostError(`${NO_FILE}，再汇总个人工作日志`);
      const ds = current.read.dataset;
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
      const merged = mergeClerks(ds, reads);
      const lines = reads.map((r, i) => collectItem(ds, r, merged.report[i]));
      if (changedAnything(merged.report)) {
        // the merged workbook becomes the open one: 导出/生成 then download it with every entry
        const file = await monthFile(merged.dataset);
        current = { name: current.name, read: await readFile(file.bytes, current.name) };
      }
      let next = 0;
      return items.map((item) => item ?? lines[next++]);
    },

    async exportMonth(progress): Promise<ExportResult> {
      const ds = analysed().read.dataset;
      progress?.("正在生成上报工作簿…");
      const file = await monthFile(ds, true);
      return {
        message: `已生成上报用的 ${ds.month} 月度考核工作簿（基准日 ${ds.asOf} 固定），请下载“${file.name}”后发送`,
        fileName: file.name,
        files: [file],
      };
    },
  };
}
