// Language choice and the UI strings.

import { format, localeFor, STRINGS, VIEW_IDS } from "../../src/i18n";
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
  ]);
  expect(VIEW_IDS.map((id) => STRINGS["en-US"].views[id].label)).toEqual([
    "Overview",
    "Generate",
    "Check",
    "Score",
    "Overdue",
    "Collect & export",
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
