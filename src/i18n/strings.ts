// UI strings of the task pane. 简体中文 is the product language; English is shown when Office's
// display language is not Chinese (SPEC §6).

export type Locale = "zh-CN" | "en-US";

export type ViewId = "overview" | "generate" | "check" | "score" | "overdue" | "collect";

export const VIEW_IDS: readonly ViewId[] = ["overview", "generate", "check", "score", "overdue", "collect"];

export interface ViewStrings {
  /** tab label */
  label: string;
  heading: string;
  /** what the view does, shown until its content is wired to the workbook layer */
  description: string;
}

export interface Strings {
  appTitle: string;
  tabListLabel: string;
  views: Record<ViewId, ViewStrings>;
  statusReady: string;
  statusWorking: string;
  errorTitle: string;
  dismiss: string;
  hostExcel: string;
  hostBrowser: string;
  /** `{n}`: the number of worksheets */
  sheetCount: string;
  noWorkbook: string;
}

export const STRINGS: Record<Locale, Strings> = {
  "zh-CN": {
    appTitle: "岗责",
    tabListLabel: "岗责功能",
    views: {
      overview: {
        label: "概览",
        heading: "概览",
        description: "汇总本月情况：逾期任务、即将到期任务、缺少的工作日志和填报错误的数量。",
      },
      generate: {
        label: "生成",
        heading: "生成",
        description: "生成岗责手册、月度工作簿、每人的工作日志，以及下月工作簿；重新生成时保留已填写的内容。",
      },
      check: {
        label: "检查",
        heading: "检查",
        description: "检查填报内容，列出错误和警告及其单元格；点击一条即可选中对应单元格，检查标记可以清除。",
      },
      score: {
        label: "评分",
        heading: "评分",
        description: "计算每人的得分、等次和排名，提供周视图和图表。",
      },
      overdue: {
        label: "逾期",
        heading: "逾期",
        description: "以红黄绿灯列出已逾期、即将到期和按时完成的任务。",
      },
      collect: {
        label: "汇总与上报",
        heading: "汇总与上报",
        description: "通过文件选择导入各岗位人员的工作簿，汇总后导出上报局里的月度工作簿。",
      },
    },
    statusReady: "就绪",
    statusWorking: "正在处理…",
    errorTitle: "操作未完成",
    dismiss: "关闭",
    hostExcel: "已连接 Excel",
    hostBrowser: "浏览器模式：未连接 Excel，可生成工作簿供下载，或拖入工作簿进行检查和评分。",
    sheetCount: "当前工作簿有 {n} 个工作表。",
    noWorkbook: "尚未打开工作簿。",
  },
  "en-US": {
    appTitle: "Gangze",
    tabListLabel: "Gangze features",
    views: {
      overview: {
        label: "Overview",
        heading: "Overview",
        description:
          "This month at a glance: overdue tasks, tasks due soon, missing daily logs and entry errors.",
      },
      generate: {
        label: "Generate",
        heading: "Generate",
        description:
          "Generate the duty handbook, the month workbook, each person's log and next month's workbook; regenerating keeps every entry.",
      },
      check: {
        label: "Check",
        heading: "Check",
        description:
          "Check the entries and list errors and warnings with their cells; choose one to select its cell. Check marks can be cleared.",
      },
      score: {
        label: "Score",
        heading: "Score",
        description: "Compute each person's score, grade and rank, with a weekly view and a chart.",
      },
      overdue: {
        label: "Overdue",
        heading: "Overdue",
        description: "A traffic-light list of overdue tasks, tasks due soon and tasks done on time.",
      },
      collect: {
        label: "Collect & export",
        heading: "Collect & export",
        description:
          "Import the clerks' workbooks with a file picker, then export the monthly workbook for the bureau.",
      },
    },
    statusReady: "Ready",
    statusWorking: "Working…",
    errorTitle: "The action did not complete",
    dismiss: "Dismiss",
    hostExcel: "Connected to Excel",
    hostBrowser:
      "Browser mode: not connected to Excel. Generate workbooks to download, or drop a workbook in to check and score it.",
    sheetCount: "This workbook has {n} worksheets.",
    noWorkbook: "No workbook is open.",
  },
};

/** Chinese for any `zh*` language tag (zh-CN, zh-TW, zh-Hans…), English otherwise. */
export function localeFor(languageTag: string | undefined | null): Locale {
  return languageTag && /^zh\b/i.test(languageTag.trim()) ? "zh-CN" : "en-US";
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
