// UI strings of the task pane. 简体中文 is the product language; English is shown when Office's
// display language is not Chinese (SPEC §6).

export type Locale = "zh-CN" | "en-US";

export type ViewId =
  "overview" | "generate" | "check" | "score" | "overdue" | "collect" | "year" | "calendar";

export const VIEW_IDS: readonly ViewId[] = [
  "overview",
  "generate",
  "check",
  "score",
  "overdue",
  "collect",
  "year",
  "calendar",
];

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
  /** the app (workbook layer) is still loading, or failed to load */
  appLoading: string;
  appFailed: string;
  /** browser mode: opening a month workbook file */
  open: {
    label: string;
    hint: string;
    dropHere: string;
    /** `{name}` */
    opened: string;
    opening: string;
    needFile: string;
    notXlsx: string;
  };
  downloads: { heading: string; hint: string };
  overview: {
    refresh: string;
    /** `{office}` `{month}` `{asOf}` */
    period: string;
    /** `{n}` */
    people: string;
    countsLabel: string;
    overdue: string;
    dueSoon: string;
    missingLogs: string;
    errors: string;
    warnings: string;
    notices: string;
  };
  generate: {
    handbook: string;
    handbookHint: string;
    month: string;
    monthHint: string;
    monthPicker: string;
    monthInvalid: string;
    clerkLogs: string;
    clerkLogsHint: string;
    nextMonth: string;
    nextMonthHint: string;
    result: string;
    /** browser mode: open a generated month workbook in the pane; `{name}` */
    openHere: string;
  };
  check: {
    run: string;
    clearMarks: string;
    marksCleared: string;
    filterLabel: string;
    filterAll: string;
    filterErrors: string;
    filterWarnings: string;
    /** `{errors}` `{warnings}` `{marked}` */
    summary: string;
    /** browser mode (nothing is marked): `{errors}` `{warnings}` */
    summaryBrowser: string;
    none: string;
    listLabel: string;
    error: string;
    warning: string;
    fix: string;
    /** `{sheet}` `{cell}`: the accessible hint of a selectable issue */
    selectHint: string;
    wholeSheet: string;
    /** `{n}` more of `{total}` */
    showMore: string;
    filterMissingLogs: string;
    /** the person filter's label and its "everyone" choice */
    personLabel: string;
    personAll: string;
    /** section headings: `{n}` */
    errorsHeading: string;
    missingLogsHeading: string;
    warningsHeading: string;
    /** one person's missing logs: `{person}` `{n}` `{dates}` */
    missingLogLine: string;
  };
  score: {
    run: string;
    /** `{month}` `{asOf}` */
    caption: string;
    rankingHeading: string;
    columns: {
      rank: string;
      name: string;
      post: string;
      score: string;
      grade: string;
      money: string;
    };
    weeklyHeading: string;
    /** `{n}`: the week's column heading, over its dates */
    weekLabel: string;
    /** `{start}` `{end}` */
    weekDates: string;
    notScored: string;
    chartHeading: string;
    /** `{list}` */
    chartLabel: string;
    /** `{name}` `{score}` */
    chartItem: string;
    tableRegion: string;
    weeklyRegion: string;
    /** `{years}`: the result is provisional (暂定), with the one action that makes it final */
    provisional: string;
  };
  overdue: {
    run: string;
    none: string;
    listLabel: string;
    /** `{n}` */
    days: string;
    /** `{owner}` `{due}` */
    meta: string;
    /** `{status}` `{n}` */
    count: string;
    statuses: Record<"逾期未完成" | "临期" | "进行中" | "按时完成" | "逾期完成", string>;
  };
  collect: {
    importHeading: string;
    pickFiles: string;
    pickHint: string;
    /** `{n}` */
    imported: string;
    resultsLabel: string;
    ok: string;
    refused: string;
    exportHeading: string;
    exportHint: string;
    export: string;
  };
  /** 日历: paste the State Council notice, see its days, enter them */
  calendar: {
    pasteLabel: string;
    pasteHint: string;
    read: string;
    enter: string;
    /** `{year}` `{off}` `{work}` */
    summary: string;
    refused: string;
    /** the sentence the notice could not account for */
    quoted: string;
    advisory: string;
    daysLabel: string;
    columns: { date: string; weekday: string; kind: string; holiday: string };
    kinds: { 放假: string; 上班: string };
    /** 1 = Monday … 7 = Sunday */
    weekdays: string[];
  };
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
        description:
          "生成岗责手册、月度工作簿、每人的工作日志，以及下月工作簿；重新生成时保留已填写的内容。",
      },
      check: {
        label: "检查",
        heading: "检查",
        description:
          "检查填报内容，列出错误和警告及其单元格；点击一条即可选中对应单元格，检查标记可以清除。",
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
        description:
          "通过文件选择导入各岗位人员的工作簿，汇总后导出上报局里的月度工作簿；也可核验收到的工作簿。",
      },
      year: {
        label: "年度",
        heading: "年度",
        description:
          "选择同一年各月的月度考核工作簿，查看每人各月得分走势和年度得分、等级、名次、奖惩金额，并生成年度考核工作簿。",
      },
      calendar: {
        label: "日历",
        heading: "日历",
        description:
          "粘贴国务院办公厅关于节假日安排的通知，核对读出的放假和上班日期，录入本工作簿的“日历”；该年随即为完整，暂定的结果成为最终结果。",
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
    appLoading: "正在加载…",
    appFailed: "岗责组件加载失败，请关闭任务窗格后重新打开。",
    open: {
      label: "打开月度考核工作簿（.xlsx）",
      hint: "浏览器模式下，检查、评分、逾期和汇总针对您打开的工作簿；文件只在本机处理，不会上传。",
      dropHere: "也可以把文件拖到这里。",
      opened: "已打开：{name}",
      opening: "正在打开 {name}…",
      needFile: "请先打开月度考核工作簿。",
      notXlsx: "“{name}”不是 Excel 工作簿（.xlsx），请选择 Excel 工作簿文件。",
    },
    downloads: { heading: "下载", hint: "点击文件名保存到本机。" },
    overview: {
      refresh: "刷新",
      period: "{office}　{month}　基准日 {asOf}",
      people: "共 {n} 人",
      countsLabel: "本月情况",
      overdue: "逾期未完成",
      dueSoon: "临期",
      missingLogs: "缺报日志（人·天）",
      errors: "填报错误",
      warnings: "填报警告",
      notices: "提示",
    },
    generate: {
      handbook: "岗位责任手册",
      handbookHint: "按岗位排版的可打印手册，含封面、目录和全部职责条目。",
      month: "月度考核工作簿",
      monthHint: "主任使用的月度工作簿；已有同月工作簿时保留所有已填写的内容。",
      monthPicker: "考核月份",
      monthInvalid: "请按“2026-10”的格式填写考核月份。",
      clerkLogs: "个人工作日志",
      clerkLogsHint: "为每位人员生成当月的工作日志工作簿，发给各人填写。",
      nextMonth: "下月工作簿（结转）",
      nextMonthHint: "由本月工作簿结转人员、职责、考核标准、未完成事项和指标目标。",
      result: "结果",
      openHere: "在此打开“{name}”进行检查和评分",
    },
    check: {
      run: "检查",
      clearMarks: "清除标记",
      marksCleared: "检查标记已清除。",
      filterLabel: "显示",
      filterAll: "全部",
      filterErrors: "错误",
      filterWarnings: "警告",
      summary: "{errors} 个错误，{warnings} 个警告；在工作簿中标记了 {marked} 处。",
      summaryBrowser: "{errors} 个错误，{warnings} 个警告。",
      none: "没有发现问题。",
      listLabel: "检查结果",
      error: "错误",
      warning: "警告",
      fix: "改正：",
      selectHint: "选中 {sheet}!{cell}",
      wholeSheet: "整张表",
      showMore: "再显示 {n} 条（共 {total} 条）",
      filterMissingLogs: "缺报日志",
      personLabel: "人员",
      personAll: "全部人员",
      errorsHeading: "错误 {n} 条（相关记录不计分）",
      missingLogsHeading: "缺报工作日志 {n} 人",
      warningsHeading: "其他警告 {n} 条",
      missingLogLine: "{person} 缺 {n} 个工作日：{dates}",
    },
    score: {
      run: "计算得分",
      caption: "{month} 考核得分（基准日 {asOf}）",
      rankingHeading: "排名",
      columns: {
        rank: "名次",
        name: "姓名",
        post: "岗位",
        score: "得分",
        grade: "等级",
        money: "奖惩金额",
      },
      weeklyHeading: "周得分",
      weekLabel: "第{n}周",
      weekDates: "{start}–{end}",
      notScored: "未计",
      chartHeading: "得分图",
      chartLabel: "得分条形图：{list}",
      chartItem: "{name} {score} 分",
      tableRegion: "排名表",
      weeklyRegion: "周得分表",
      provisional:
        "暂定：本期用到 {years} 年的日子，该年的国务院节假日安排尚未导入，按《全国年节及纪念日放假办法》的法定节日和周末计算（无调休）。通知发布后在“日历”中粘贴录入，即为最终结果。",
    },
    overdue: {
      run: "刷新逾期清单",
      none: "没有逾期或临期的事项。",
      listLabel: "交办事项状态",
      days: "逾期 {n} 个工作日",
      meta: "责任人 {owner}，应完成日 {due}",
      count: "{status} {n} 项",
      statuses: {
        逾期未完成: "逾期未完成",
        临期: "临期",
        进行中: "进行中",
        按时完成: "按时完成",
        逾期完成: "逾期完成",
      },
    },
    collect: {
      importHeading: "导入个人工作日志",
      pickFiles: "选择各人交回的工作簿（.xlsx，可多选）",
      pickHint: "日志、周计划、事项的完成和回报日期汇入月度工作簿；已有内容不会被覆盖。",
      imported: "已处理 {n} 个文件。",
      resultsLabel: "导入结果",
      ok: "已导入",
      refused: "未导入",
      exportHeading: "导出上报",
      exportHint: "生成上报局里的月度工作簿：基准日固定，保留公式、计算结果、颜色和保护。",
      export: "导出上报",
    },
    calendar: {
      pasteLabel: "国务院办公厅关于节假日安排的通知（全文）",
      pasteHint:
        "从中国政府网等处复制通知全文粘贴到这里，多余的空格和换行不影响读取；只复制了一部分时不会录入。",
      read: "读取通知",
      enter: "录入日历",
      summary: "{year} 年：放假 {off} 天，调休上班 {work} 天。核对无误后录入。",
      refused: "未能读取",
      quoted: "无法确定含义的一句",
      advisory: "倡议，不改变上班安排：",
      daysLabel: "通知中的日期",
      columns: { date: "日期", weekday: "星期", kind: "类型", holiday: "节日" },
      kinds: { 放假: "放假", 上班: "上班" },
      weekdays: ["", "周一", "周二", "周三", "周四", "周五", "周六", "周日"],
    },
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
        description:
          "A traffic-light list of overdue tasks, tasks due soon and tasks done on time.",
      },
      collect: {
        label: "Collect & export",
        heading: "Collect & export",
        description:
          "Import the clerks' workbooks with a file picker, then export the monthly workbook for the bureau; verify a workbook you received.",
      },
      year: {
        label: "Year",
        heading: "Year",
        description:
          "Choose the month workbooks of one year to see each person's monthly trend and annual score, grade, rank and reward, and build the annual workbook.",
      },
      calendar: {
        label: "Calendar",
        heading: "Calendar",
        description:
          "Paste the State Council's holiday notice, check the days off and working days read from it, and enter them into the workbook's calendar sheet: the year becomes complete and provisional results final.",
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
    appLoading: "Loading…",
    appFailed: "Gangze could not load. Close the task pane and open it again.",
    open: {
      label: "Open a month workbook (.xlsx)",
      hint: "In browser mode, Check, Score, Overdue and Collect work on the workbook you open; the file is processed on this computer and never uploaded.",
      dropHere: "You can also drop the file here.",
      opened: "Open: {name}",
      opening: "Opening {name}…",
      needFile: "Open a month workbook first.",
      notXlsx: "“{name}” is not an .xlsx workbook. Choose an Excel workbook file.",
    },
    downloads: { heading: "Downloads", hint: "Choose a file name to save it." },
    overview: {
      refresh: "Refresh",
      period: "{office} · {month} · as of {asOf}",
      people: "{n} people",
      countsLabel: "This month",
      overdue: "Overdue",
      dueSoon: "Due soon",
      missingLogs: "Missing logs (person-days)",
      errors: "Entry errors",
      warnings: "Entry warnings",
      notices: "Notices",
    },
    generate: {
      handbook: "Duty handbook",
      handbookHint: "A printable handbook by post, with cover, contents and every duty item.",
      month: "Month workbook",
      monthHint:
        "The director's month workbook; an existing workbook of that month keeps every entry.",
      monthPicker: "Month",
      monthInvalid: "Enter the month as 2026-10.",
      clerkLogs: "Personal logs",
      clerkLogsHint: "One log workbook per person for the month, to hand out.",
      nextMonth: "Next month (carry over)",
      nextMonthHint:
        "Carries the roster, duties, rules, open tasks and quota targets over from this month.",
      result: "Result",
      openHere: "Open “{name}” here to check and score it",
    },
    check: {
      run: "Check",
      clearMarks: "Clear marks",
      marksCleared: "Check marks cleared.",
      filterLabel: "Show",
      filterAll: "All",
      filterErrors: "Errors",
      filterWarnings: "Warnings",
      summary: "{errors} errors, {warnings} warnings; {marked} cells marked in the workbook.",
      summaryBrowser: "{errors} errors, {warnings} warnings.",
      none: "No problems found.",
      listLabel: "Check results",
      error: "Error",
      warning: "Warning",
      fix: "Fix: ",
      selectHint: "Select {sheet}!{cell}",
      wholeSheet: "whole sheet",
      showMore: "Show {n} more (of {total})",
      filterMissingLogs: "Missing logs",
      personLabel: "Person",
      personAll: "Everyone",
      errorsHeading: "{n} errors (those records are not scored)",
      missingLogsHeading: "Missing daily logs: {n} people",
      warningsHeading: "{n} other warnings",
      missingLogLine: "{person} is missing {n} working days: {dates}",
    },
    score: {
      run: "Compute scores",
      caption: "Scores for {month} (as of {asOf})",
      rankingHeading: "Ranking",
      columns: {
        rank: "Rank",
        name: "Name",
        post: "Post",
        score: "Score",
        grade: "Grade",
        money: "Reward (CNY)",
      },
      weeklyHeading: "Weekly scores",
      weekLabel: "Week {n}",
      weekDates: "{start}–{end}",
      notScored: "n/a",
      chartHeading: "Chart",
      chartLabel: "Score bar chart: {list}",
      chartItem: "{name} {score}",
      tableRegion: "Ranking table",
      weeklyRegion: "Weekly scores table",
      provisional:
        "Provisional: this period uses days of {years}, whose State Council holiday arrangements have not been imported; they are computed from the statutory holidays and weekends (no make-up working days). Paste the notice under Calendar once it is published to make the results final.",
    },
    overdue: {
      run: "Refresh the list",
      none: "No task is overdue or due soon.",
      listLabel: "Task status",
      days: "{n} working days overdue",
      meta: "Owner {owner}, due {due}",
      count: "{status}: {n}",
      statuses: {
        逾期未完成: "Overdue",
        临期: "Due soon",
        进行中: "In progress",
        按时完成: "Done on time",
        逾期完成: "Done late",
      },
    },
    collect: {
      importHeading: "Import personal logs",
      pickFiles: "Choose the workbooks people returned (.xlsx, several at once)",
      pickHint:
        "Logs, weekly plans and task completion/report dates are merged into the month workbook; nothing already there is overwritten.",
      imported: "{n} files processed.",
      resultsLabel: "Import results",
      ok: "Imported",
      refused: "Not imported",
      exportHeading: "Export for the bureau",
      exportHint:
        "Builds the monthly workbook for the bureau: a fixed as-of date, with formulas, results, colours and protection.",
      export: "Export",
    },
    calendar: {
      pasteLabel: "The State Council's holiday notice (full text)",
      pasteHint:
        "Copy the whole notice (e.g. from www.gov.cn) and paste it here; stray spaces and line breaks do not matter. A partial copy is never entered.",
      read: "Read the notice",
      enter: "Enter into the calendar",
      summary: "{year}: {off} days off, {work} make-up working days. Check them, then enter.",
      refused: "Could not read",
      quoted: "The sentence that could not be accounted for",
      advisory: "Advice only, no change to working days: ",
      daysLabel: "Days in the notice",
      columns: { date: "Date", weekday: "Day", kind: "Kind", holiday: "Holiday" },
      kinds: { 放假: "Day off", 上班: "Working day" },
      weekdays: ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    },
  },
};

/** Chinese for any `zh*` language tag (zh-CN, zh-TW, zh-Hans…), English otherwise. */
export function localeFor(languageTag: string | undefined | null): Locale {
  return languageTag && /^zh\b/i.test(languageTag.trim()) ? "zh-CN" : "en-US";
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole
  );
}
