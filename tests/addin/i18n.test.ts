// Language choice and the UI strings.

import { APP_MESSAGES, format, localeFor, STRINGS, VIEW_IDS } from "../../src/i18n";
import type { AppMessages } from "../../src/i18n";
import { describeOfficeError } from "../../src/office/errors";
import { luminance, themeFor } from "../../src/taskpane/theme";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";

test("Chinese for every zh tag, English for everything else", () => {
  expect(["zh-CN", "zh-TW", "zh", "ZH-hans-CN", " zh-HK"].map(localeFor)).toEqual(
    Array(5).fill("zh-CN")
  );
  expect(["en-US", "fr-FR", "", undefined, null, "zhx", "kz-KZ"].map(localeFor)).toEqual(
    Array(7).fill("en-US")
  );
});

test("the six views, in the order of SPEC §6, in both languages", () => {
  expect(VIEW_IDS.map((id) => STRINGS["zh-CN"].views[id].label)).toEqual([
    "概览",
    "生成",
    "检查",
    "评分",
    "逾期",
    "汇总与上报",
    "年度",
    "日历",
  ]);
  expect(VIEW_IDS.map((id) => STRINGS["en-US"].views[id].label)).toEqual([
    "Overview",
    "Generate",
    "Check",
    "Score",
    "Overdue",
    "Collect & export",
    "Year",
    "Calendar",
  ]);
  for (const id of VIEW_IDS) {
    expect(STRINGS["zh-CN"].views[id].description).toMatch(/[\u4e00-\u9fff]/);
    expect(STRINGS["en-US"].views[id].description).not.toMatch(/[\u4e00-\u9fff]/);
  }
});

test("both languages define the same keys", () => {
  const keys = (o: object): string[] =>
    Object.entries(o)
      .flatMap(([k, v]) => (v && typeof v === "object" ? keys(v).map((s) => `${k}.${s}`) : [k]))
      .sort();
  expect(keys(STRINGS["en-US"])).toEqual(keys(STRINGS["zh-CN"]));
});

test("format fills placeholders and leaves unknown ones", () => {
  expect(format(STRINGS["zh-CN"].sheetCount, { n: 12 })).toBe("当前工作簿有 12 个工作表。");
  expect(format("{a}/{b}", { a: 1 })).toBe("1/{b}");
});

test("theme: Fluent light by default, Office's colours when they contrast, dark for dark Office themes", () => {
  // luminance(#FFFFFF) = 1, luminance(#000000) = 0
  expect([luminance("#FFFFFF"), luminance("#000000"), luminance("red")]).toEqual([1, 0, null]);
  expect(themeFor(undefined)).toBe(webLightTheme);
  const white = themeFor({ bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#262626" });
  expect([
    white.colorNeutralBackground1,
    white.colorNeutralForeground1,
    white.colorBrandBackground,
  ]).toEqual(["#FFFFFF", "#262626", webLightTheme.colorBrandBackground]);
  const dark = themeFor({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" });
  expect(dark.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
  // #777777 on #888888 is about 1.3:1, below 4.5:1 → Fluent's own colours
  expect(themeFor({ bodyBackgroundColor: "#888888", bodyForegroundColor: "#777777" })).toBe(
    webLightTheme
  );
});

/** One call of every app message (the type makes a new message need a sample here). */
const SAMPLES: { [K in keyof AppMessages]: Parameters<AppMessages[K]> } = {
  action: ["check"],
  clerkLogAction: ["Li"],
  actionFailed: ["X", "why"],
  actionFailedReason: ["X", "reason"],
  officeError: ["AccessDenied", "detail"],
  withNote: ["what", "note"],
  formatsNotKept: ["old-excel"],
  commentsNotKept: ["no-notes"],
  formatsAndCommentsNotKept: [],
  ownSheetsNotKept: ["Notes"],
  reading: ["a.xlsx"],
  readingWorkbook: [],
  checkingEntries: [],
  generatingMonth: [],
  generatingMonthOf: ["2026-11"],
  generatingClerkLog: ["Li"],
  writingHandbook: [],
  markingCells: [],
  rebuildingResults: [],
  writingBack: [],
  generatingExport: [],
  badMonth: ["2026-13"],
  unusable: [["e1", "e2"]],
  provisional: [[2031]],
  noticeRefused: ["通知不完整", "9月20日(周日)、10月10日(周六)"],
  noticeEntered: [2027, "2027-01", []],
  readFailure: [
    {
      code: "missing-sheet",
      file: "a.xlsx",
      sheet: "Sheet",
      message: "文件 a.xlsx 缺少工作表“Sheet”",
    },
    "clerk",
  ],
  notMonthWorkbook: ["reason"],
  notMonthCollect: [],
  noFile: [],
  noFileForNextMonth: [],
  noFileForCollect: [],
  otherMonthBrowser: ["2026-10", "2026-12"],
  otherMonthExcel: ["2026-10", "2026-12"],
  sheetsClashMonth: [["A", "B"]],
  sheetsClashHandbook: [["A"]],
  entryCounts: [{ logs: 1, weeklyPlans: 2, tasks: 3, findings: 4, quotas: 5, bonuses: 6 }],
  monthGenerated: ["2026-11", 18, 20, "2026-11-01"],
  monthUpgraded: ["2026-11", 18, "counts"],
  monthGeneratedDownload: ["2026-11", 20, "2026-11-01", "f.xlsx"],
  monthUpgradedDownload: ["2026-11", "counts", "f.xlsx"],
  handbookInPlace: [13, 115, 4],
  handbookNewWindow: [13, 115],
  handbookNoWindow: ["f.xlsx"],
  handbookDownload: [13, 115, "f.xlsx"],
  nextMonthExcel: ["2026-11", 20, 3, 2, false, "f.xlsx"],
  nextMonthDownload: ["2026-11", 3, "f.xlsx"],
  clerkLogsExcel: [20, "2026-10"],
  clerkLogsDownload: [20, "2026-10"],
  exportExcel: ["2026-10", "2026-10-31", true, "f.xlsx"],
  exportDownload: ["2026-10", "2026-10-31", "f.xlsx"],
  collectCount: ["addedLogs", 2],
  collectLine: ["Li", "2026-10", ["c1"], ["x"], ["y"]],
  notice: [
    { code: "calendar-provisional", sheet: "", message: "暂定：2031 年的国务院节假日安排尚未导入" },
  ],
  checkClean: [],
  checkDone: [2, 1, 3, { sheet: "S", cell: "B5", text: "：t" }, "note"],
  scoreDone: ["2026-10", "2026-10-31", 20, [{ name: "Li", score: 98 }], 1],
  commandDone: [],
  commandFailed: [],
  commandError: ["m"],
  dialogTitle: [],
  dialogClose: [],
};

const call = (m: AppMessages, key: keyof AppMessages): string =>
  (m[key] as (...args: unknown[]) => string)(...SAMPLES[key]);

/** Chinese characters and full-width punctuation (。：，“ are outside the ideograph block) */
const HAN = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

test("app messages: both languages define every message, Chinese in zh, English in en", () => {
  const zh = APP_MESSAGES["zh-CN"];
  const en = APP_MESSAGES["en-US"];
  expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(zh).sort());
  for (const key of Object.keys(SAMPLES) as (keyof AppMessages)[]) {
    expect([key, typeof zh[key], typeof en[key]]).toEqual([key, "function", "function"]);
    expect([key, HAN.test(call(zh, key))]).toEqual([key, true]);
    // English may quote the workbook's Chinese sheet names (“日历”) and its grade 不合格
    const english = call(en, key)
      .replace(/“[^”]*”/g, "")
      .replace("(不合格)", "");
    expect([key, english]).not.toEqual([key, expect.stringMatching(HAN)]);
  }
});

test("app messages: samples, the Chinese ones exactly as the app said them before", () => {
  const zh = APP_MESSAGES["zh-CN"];
  const en = APP_MESSAGES["en-US"];
  expect(call(zh, "collectLine")).toBe(
    "Li 2026-10：c1；1 处与月度工作簿不同，已采用本人填写：x；1 行未汇总：y"
  );
  expect(call(en, "collectLine")).toBe(
    "Li 2026-10: c1; 1 entry differed from the month workbook, the person's own kept: x; 1 row not collected: y"
  );
  expect([zh.collectCount("addedLogs", 2), en.collectCount("addedLogs", 2)]).toEqual([
    "新增日志 2 行",
    "2 log rows added",
  ]);
  expect(en.collectCount("updatedTasks", 1)).toBe("1 assigned task updated");
  expect(call(zh, "checkDone")).toBe(
    "检查完成：2 个错误，1 个警告，已在工作簿中标出 3 个单元格（红色为错误，黄色为警告；在任务窗格“检查”中可清除标记）。第一个问题：S!B5（已选中）：t。note"
  );
  expect(call(en, "checkDone")).toBe(
    "Check finished: 2 errors, 1 warning; 3 cells marked in the workbook (red: error, yellow: warning; clear the marks under Check in the task pane). First problem: S!B5 (selected): t. note"
  );
  expect(call(zh, "scoreDone")).toBe(
    "评分完成（2026-10，基准日 2026-10-31）：20 人，第一名 Li 98 分，不合格 1 人；明细见“考核汇总”“公示”表。"
  );
  expect(en.notice(SAMPLES.notice[0])).toBe(
    "Provisional: the State Council holiday arrangements for 2031 have not been imported; this period is computed from the statutory holidays and weekends (no make-up working days). Importing the notice makes it final: paste the State Council notice under Calendar and enter it."
  );
  // Chinese: the issue's own message
  expect(zh.notice(SAMPLES.notice[0])).toBe(SAMPLES.notice[0].message);
});

test("app messages: Excel's refusals in Chinese are describeOfficeError's sentences", () => {
  const codes = [
    "RequestPayloadSizeLimitExceeded",
    "ResponsePayloadSizeLimitExceeded",
    "AccessDenied",
    "ItemAlreadyExists",
    "ItemNotFound",
    "ApiNotFound",
    "GeneralException",
    undefined,
  ];
  for (const code of codes) {
    const error = Object.assign(new Error("detail"), code ? { code } : {});
    expect(APP_MESSAGES["zh-CN"].officeError(code, "detail")).toBe(describeOfficeError(error));
    expect(APP_MESSAGES["en-US"].officeError(code, "detail")).not.toMatch(HAN);
  }
});
