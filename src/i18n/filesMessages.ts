// Messages of the actions that take the office's files (SPEC §8 `year`, `verify`, `month
// --catalog/--staff`, `logs`) from the task pane: the 年度 view, verification in 汇总与上报, and
// the catalogue, roster and clerk choice of 生成. Same rules as appMessages.ts: the UI language,
// with what comes from the Chinese workbooks (reader and domain messages, names) kept as it is.

import type { Locale } from "./strings";

export interface FilesMessages {
  // progress
  readingMonth(name: string): string;
  buildingYear(): string;
  verifying(name: string): string;
  readingSource(name: string): string;

  // 年度
  yearNoFiles(): string;
  /** `{name}` is not an .xlsx */
  notXlsx(name: string): string;
  /** a month file the year cannot use (`why`: the reader's or the rules' Chinese text) */
  yearFileRefused(why: string): string;
  /** the files do not make one year (each problem names its file, in Chinese) */
  yearRefused(problems: string[]): string;
  /** records with entry errors were left out of a month's scores */
  yearEntryErrors(file: string, errors: number): string;
  yearDone(office: string, year: number, months: number, people: number, missing: string[]): string;

  // 核验
  verifyEqual(file: string, checked: number): string;
  verifyDiffer(file: string, differences: number, checked: number): string;
  verifyUnusable(why: string): string;

  // 生成: the office's own files
  /** `what`: catalog or staff; `why`: the Chinese refusal naming sheet and cell */
  sourceRefused(what: "catalog" | "staff", why: string): string;
  /** Excel: the open workbook is already a month workbook */
  sourcesOnMonthBook(month: string): string;
  /** where the catalogue and roster of a new month came from */
  sourcesUsed(
    catalog: { file: string; posts: number; duties: number } | null,
    staff: { file: string; people: number } | null
  ): string;
  /** clerk logs asked for people not on the roster */
  unknownPeople(unknown: string[], known: string[]): string;
  emptyRoster(): string;
  noPeopleChosen(): string;

  /** Excel: a produced workbook opened in a new window, or not */
  openedCopy(file: string): string;
  openCopyFailed(file: string): string;
}

const list = (xs: string[]) => xs.map((x) => `“${x}”`).join("、");
const monthsZh = (ms: string[]) => ms.map((m) => `${+m.slice(5, 7)}月`).join("、");

const ZH: FilesMessages = {
  readingMonth: (name) => `正在读取并评分 ${name}…`,
  buildingYear: () => "正在生成年度考核工作簿…",
  verifying: (name) => `正在核验 ${name}…`,
  readingSource: (name) => `正在读取 ${name}…`,

  yearNoFiles: () => "请选择同一年各月的月度考核工作簿（可多选）",
  notXlsx: (name) => `“${name}”不是 Excel 工作簿（.xlsx），请选择 Excel 工作簿文件`,
  yearFileRefused: (why) => why,
  yearRefused: (problems) => `这些文件不能合成一个年度：${problems.join("；")}`,
  yearEntryErrors: (file, errors) =>
    `${file}：${errors} 处录入错误，相关记录未计分（打开该工作簿运行“检查”查看）`,
  yearDone: (office, year, months, people, missing) =>
    `${office} ${year} 年度考核：${months} 个月、${people} 人` +
    (missing.length ? `；缺少 ${monthsZh(missing)} 的工作簿，年度得分按已有月份计算` : ""),

  verifyEqual: (file, checked) => `${file}：核验通过，${checked} 个公式结果与按录入重新计算的一致`,
  verifyDiffer: (file, n, checked) =>
    `${file}：核验未通过，${n} 处存储的结果与按录入重新计算的不同（共核对 ${checked} 个公式结果）`,
  verifyUnusable: (why) => `无法核验：${why}`,

  sourceRefused: (_what, why) => why,
  sourcesOnMonthBook: (month) =>
    `当前工作簿已是 ${month} 的月度考核工作簿：岗位职责和人员请直接在其“岗位职责”“人员”表中修改；要用这些文件生成新的月度工作簿，请在新的空白工作簿中生成`,
  sourcesUsed: (catalog, staff) =>
    [
      catalog
        ? `岗位职责取自“${catalog.file}”（${catalog.posts} 个岗位、${catalog.duties} 条职责）`
        : "",
      staff ? `人员取自“${staff.file}”（${staff.people} 人）` : "",
    ]
      .filter(Boolean)
      .join("；"),
  unknownPeople: (unknown, known) =>
    `“人员”表中没有 ${list(unknown)}（现有：${known.join("、")}）；新来的人员请先添到“人员”表（姓名、岗位、起算日期）`,
  emptyRoster: () => "“人员”表是空的，没有可以生成工作日志的人",
  noPeopleChosen: () => "请至少选择一个人",

  openedCopy: (file) => `已在新窗口中打开“${file}”，请保存`,
  openCopyFailed: (file) => `Excel 未能打开新窗口，请下载“${file}”`,
};

const monthsEn = (ms: string[]) => ms.join(", ");

const EN: FilesMessages = {
  readingMonth: (name) => `Reading and scoring ${name}…`,
  buildingYear: () => "Building the annual workbook…",
  verifying: (name) => `Verifying ${name}…`,
  readingSource: (name) => `Reading ${name}…`,

  yearNoFiles: () => "Choose the month workbooks of one year (several at once)",
  notXlsx: (name) => `${name} is not an .xlsx workbook. Choose an Excel workbook file`,
  yearFileRefused: (why) => `A month workbook cannot be used: ${why}`,
  yearRefused: (problems) => `These files do not make one year: ${problems.join("; ")}`,
  yearEntryErrors: (file, errors) =>
    `${file}: ${errors} entry errors, those records are not scored (open it and run Check)`,
  yearDone: (office, year, months, people, missing) =>
    `${office} ${year}: ${months} months, ${people} people` +
    (missing.length
      ? `; no workbook for ${monthsEn(missing)}, the annual score uses the months given`
      : ""),

  verifyEqual: (file, checked) =>
    `${file}: verified, all ${checked} formula results match a recomputation from its entries`,
  verifyDiffer: (file, n, checked) =>
    `${file}: NOT verified, ${n} stored results differ from a recomputation from its entries (${checked} compared)`,
  verifyUnusable: (why) => `Cannot verify: ${why}`,

  sourceRefused: (what, why) =>
    `The ${what === "catalog" ? "duty catalogue" : "roster"} file cannot be used: ${why}`,
  sourcesOnMonthBook: (month) =>
    `This workbook is already the month workbook of ${month}: edit its duty and staff sheets directly, or generate from these files in a new blank workbook`,
  sourcesUsed: (catalog, staff) =>
    [
      catalog
        ? `duties from ${catalog.file} (${catalog.posts} posts, ${catalog.duties} duties)`
        : "",
      staff ? `staff from ${staff.file} (${staff.people} people)` : "",
    ]
      .filter(Boolean)
      .join("; "),
  unknownPeople: (unknown, known) =>
    `Not on the staff sheet: ${unknown.join(", ")} (on it: ${known.join(", ")}). Add a new person to the staff sheet (name, post, start date) first`,
  emptyRoster: () => "The staff sheet is empty: nobody to make a log workbook for",
  noPeopleChosen: () => "Choose at least one person",

  openedCopy: (file) => `${file} is open in a new window; save it`,
  openCopyFailed: (file) => `Excel could not open a new window; download ${file}`,
};

export const FILES_MESSAGES: Record<Locale, FilesMessages> = { "zh-CN": ZH, "en-US": EN };
