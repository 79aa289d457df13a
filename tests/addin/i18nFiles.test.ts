// The texts of the 年度 view, the verify section and 生成's file choices, and the messages of the
// actions behind them: both languages define the same keys, Chinese in zh (no English words),
// English in en (no Chinese beyond the workbook's quoted names).

import { FILES_MESSAGES, type FilesMessages } from "../../src/i18n/filesMessages";
import { FILES_STRINGS } from "../../src/i18n/filesStrings";
import { YEAR_STRINGS } from "../../src/i18n/yearStrings";
import { englishWords } from "../e2e/support/english";

const HAN = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

function leaves(o: object, prefix = ""): [string, string][] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === "object" ? leaves(v, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)]]
  );
}

test.each([
  ["年度", YEAR_STRINGS],
  ["files", FILES_STRINGS],
])("%s strings: the same keys in both languages, Chinese in zh, English in en", (_n, table) => {
  const zh = leaves(table["zh-CN"]);
  const en = leaves(table["en-US"]);
  expect(en.map(([k]) => k)).toEqual(zh.map(([k]) => k));
  for (const [key, text] of zh) {
    expect([key, HAN.test(text)]).toEqual([key, true]);
    // placeholders ({name}) are filled in; product names (Excel, .xlsx) may appear as they are
    const shown = text.replace(/\{\w+\}/g, "");
    expect([key, englishWords(shown)]).toEqual([key, []]);
  }
  for (const [key, text] of en) expect([key, HAN.test(text)]).toEqual([key, false]);
});

const SAMPLES: { [K in keyof FilesMessages]: Parameters<FilesMessages[K]> } = {
  readingMonth: ["m.xlsx"],
  buildingYear: [],
  verifying: ["m.xlsx"],
  readingSource: ["m.xlsx"],
  yearNoFiles: [],
  notXlsx: ["a.csv"],
  yearFileRefused: ["文件 a.xlsx 已损坏"],
  yearRefused: [["b.xlsx 与 a.xlsx 是同一个月份 2026-03"]],
  yearEntryErrors: ["a.xlsx", 2],
  yearDone: ["Office", 2026, 4, 20, ["2026-03", "2026-05"]],
  verifyEqual: ["a.xlsx", 1520],
  verifyDiffer: ["a.xlsx", 2, 1520],
  verifyUnusable: ["文件 a.xlsx 已损坏"],
  sourceRefused: ["catalog", "文件 h.xlsx 不能用作岗位职责目录"],
  sourcesOnMonthBook: ["2026-11"],
  sourcesUsed: [
    { file: "h.xlsx", posts: 14, duties: 117 },
    { file: "r.xlsx", people: 2 },
  ],
  unknownPeople: [["Qian"], ["Zhang", "Li"]],
  emptyRoster: [],
  noPeopleChosen: [],
  openedCopy: ["y.xlsx"],
  openCopyFailed: ["y.xlsx"],
};

const call = (m: FilesMessages, key: keyof FilesMessages): string =>
  (m[key] as (...args: unknown[]) => string)(...SAMPLES[key]);

/** Messages whose argument is a Chinese text from the reader or the rules (passed on as it is). */
const CARRIES_CHINESE = new Set([
  "yearFileRefused",
  "yearRefused",
  "verifyUnusable",
  "sourceRefused",
]);

test("files messages: both languages define every message, Chinese in zh, English in en", () => {
  const zh = FILES_MESSAGES["zh-CN"];
  const en = FILES_MESSAGES["en-US"];
  expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(zh).sort());
  for (const key of Object.keys(SAMPLES) as (keyof FilesMessages)[]) {
    expect([key, HAN.test(call(zh, key))]).toEqual([key, true]);
    const english = call(en, key).replace(/“[^”]*”/g, "");
    if (CARRIES_CHINESE.has(key)) {
      // the English frame around the Chinese detail
      expect([key, /^[A-Z]/.test(english)]).toEqual([key, true]);
    } else {
      expect([key, english]).not.toEqual([key, expect.stringMatching(HAN)]);
    }
  }
});

test("files messages: the Chinese of the CLI where the CLI says the same", () => {
  const zh = FILES_MESSAGES["zh-CN"];
  expect(call(zh, "verifyEqual")).toBe("a.xlsx：核验通过，1520 个公式结果与按录入重新计算的一致");
  expect(call(zh, "verifyDiffer")).toBe(
    "a.xlsx：核验未通过，2 处存储的结果与按录入重新计算的不同（共核对 1520 个公式结果）"
  );
  expect(call(zh, "yearDone")).toBe(
    "Office 2026 年度考核：4 个月、20 人；缺少 3月、5月 的工作簿，年度得分按已有月份计算"
  );
  expect(call(zh, "sourcesUsed")).toBe(
    "岗位职责取自“h.xlsx”（14 个岗位、117 条职责）；人员取自“r.xlsx”（2 人）"
  );
});
