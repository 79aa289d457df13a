// A scripted GangzeApp for the views' browser tests: fixed answers (an office of four in October
// 2026, as of 10-20), every call recorded, and a gate that holds calls so a test can look at the
// pane while an action runs. The real app over the fake Excel host is tested in flow tests.

import { parseNotice } from "../../../src/domain/calendar/notice";
import { weekday } from "../../../src/domain/dates";
import type {
  CheckResult,
  CollectResultItem,
  ExportResult,
  GangzeApp,
  GenerateKind,
  GenerateResult,
  OverdueItem,
  OverviewData,
  RosterPerson,
  ScoreResult,
  VerifyView,
  YearView,
} from "../../../src/app/actions";
import type { PersonResult } from "../../../src/domain/types";

export interface DoubleConfig {
  mode?: "excel" | "browser";
  displayLanguage?: string;
  /** method name → message: that method throws an Error with it */
  fail?: Record<string, string>;
}

export interface RecordedCall {
  method: string;
  args: unknown[];
}

export const OVERVIEW: OverviewData = {
  office: "惠金河务局办公室",
  month: "2026-10",
  asOf: "2026-10-20",
  people: 4,
  overdue: 2,
  dueSoon: 1,
  missingLogs: 3,
  errors: 2,
  warnings: 1,
  notices: ["2027 年的法定节假日数据缺失，请在“日历”表中填写。"],
};

export const CHECK: CheckResult = {
  marked: 3,
  // a warning first, to see errors moved to the top
  issues: [
    {
      severity: "warning",
      code: "log-missing",
      sheet: "工作日志",
      cell: "",
      message: "李四 2026-10-12 没有工作日志",
      fix: "补填当天的工作日志，请假或出差也填一行",
    },
    {
      severity: "error",
      code: "date-invalid",
      sheet: "交办事项",
      cell: "I3",
      message: "交办事项 T002 的完成日期“10月32日”不是日期",
      fix: "填写 2026-10-15 这样的日期",
    },
    {
      severity: "warning",
      code: "duty-other-post",
      sheet: "工作日志",
      cell: "C7",
      message: "职责编码 DA-01 不属于 张三 的岗位“秘书”",
      fix: "改为秘书岗位的职责编码",
    },
    {
      severity: "error",
      code: "unknown-person",
      sheet: "工作日志",
      cell: "B9",
      message: "姓名“张叁”不在人员表中",
      fix: "从下拉列表中选择姓名",
    },
  ],
};

const WEEKS = [
  { start: "2026-10-01", end: "2026-10-04" },
  { start: "2026-10-05", end: "2026-10-11" },
  { start: "2026-10-12", end: "2026-10-18" },
  { start: "2026-10-19", end: "2026-10-25" },
  { start: "2026-10-26", end: "2026-10-31" },
];

function person(
  name: string,
  post: string,
  score: number,
  grade: string,
  rank: number,
  money: number
): PersonResult {
  return {
    name,
    post,
    score,
    grade,
    rank,
    money,
    bonus: 0,
    deductions: [],
    // weeks after 基准日 (10-26…) are not scored, so the double leaves the last week out
    weeks: WEEKS.slice(0, 4).map((w, i) => ({ ...w, score: Math.min(100, score + i) })),
  };
}

/** 张三's account: two deductions and a bonus point, each deduction with its source cell. */
const ZHANG: Pick<PersonResult, "deductions" | "bonus"> = {
  bonus: 1,
  deductions: [
    { kind: "逾期完成", points: 3, duty: "MS-05", ref: "T002" },
    { kind: "日志缺报", points: 2, ref: "2026-10-12" },
  ],
};

export const SCORE: ScoreResult = {
  weeks: WEEKS,
  sources: {
    张三: [
      { sheet: "交办事项", cell: "I3" },
      { sheet: "工作日志", cell: "A1" },
    ],
  },
  // not in rank order: the view sorts by rank
  report: {
    period: "2026-10",
    asOf: "2026-10-20",
    people: [
      person("李四", "档案员", 88.5, "良好", 2, 100),
      { ...person("张三", "秘书", 96, "优秀", 1, 300), ...ZHANG },
      person("赵六", "门卫", 55, "不合格", 4, -200),
      person("王五", "司机", 88.5, "良好", 2, 100),
    ],
  },
};

export const OVERDUE: OverdueItem[] = [
  {
    id: "T004",
    title: "整理九月档案",
    owner: "李四",
    due: "2026-10-16",
    status: "按时完成",
    overdueDays: 0,
    sheet: "交办事项",
    cell: "A5",
  },
  {
    id: "T001",
    title: "报送三季度工作总结",
    owner: "张三",
    due: "2026-10-12",
    status: "逾期未完成",
    overdueDays: 6,
    sheet: "交办事项",
    cell: "A2",
  },
  {
    id: "T003",
    title: "车辆年检",
    owner: "王五",
    due: "2026-10-21",
    status: "临期",
    overdueDays: 0,
    sheet: "交办事项",
    cell: "A4",
  },
  {
    id: "T002",
    title: "会议纪要印发",
    owner: "张三",
    due: "2026-10-14",
    status: "逾期完成",
    overdueDays: 1,
    sheet: "交办事项",
    cell: "A3",
  },
  {
    id: "T005",
    title: "门卫值班表",
    owner: "赵六",
    due: "2026-10-15",
    status: "逾期未完成",
    overdueDays: 3,
    sheet: "交办事项",
    cell: "A6",
  },
];

export const GENERATED_BYTES = [80, 75, 3, 4, 1, 2, 3];

export const ROSTER: RosterPerson[] = [
  { name: "张三", post: "秘书" },
  { name: "李四", post: "档案员" },
  { name: "王五", post: "司机" },
  { name: "赵六", post: "机关门卫", start: "2026-10-16" },
];

const yearMonths = (scores: (number | null)[], veto = -1) =>
  scores.flatMap((score, i) =>
    score === null
      ? []
      : [
          {
            month: `2026-${String(i + 1).padStart(2, "0")}`,
            score,
            grade: i === veto ? "不合格" : score >= 90 ? "优秀" : score >= 80 ? "良好" : "合格",
            veto: i === veto,
          },
        ]
  );

/** Six months of 2026 (January–June), 赵六 joined in March, 李四 had a veto in April. */
export const YEAR: YearView = {
  office: "惠金河务局办公室",
  year: 2026,
  months: ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"],
  missingMonths: [],
  excellentLimit: null,
  // not in rank order: the view sorts by rank
  people: [
    {
      name: "李四",
      post: "档案员",
      months: yearMonths([92, 88, 90, 70, 85, 91], 3),
      score: 86,
      grade: "不合格",
      rank: 3,
      money: -100,
      missing: [],
      veto: true,
    },
    {
      name: "张三",
      post: "秘书",
      months: yearMonths([96, 95, 97, 94, 98, 96]),
      score: 96,
      grade: "优秀",
      rank: 1,
      money: 1800,
      missing: [],
      veto: false,
    },
    {
      name: "赵六",
      post: "机关门卫",
      months: yearMonths([null, null, 78, 82, 85, 88]),
      score: 83.25,
      grade: "良好",
      rank: 4,
      money: 300,
      missing: ["2026-01", "2026-02"],
      veto: false,
    },
    {
      name: "王五",
      post: "司机",
      months: yearMonths([90, 91, 89, 92, 90, 91]),
      score: 90.5,
      grade: "优秀",
      rank: 2,
      money: 1400,
      missing: [],
      veto: false,
    },
  ],
  quotas: [
    {
      person: "张三",
      indicator: "信息宣传稿件",
      annualTarget: 24,
      cumulative: 13,
      rate: 13 / 24,
      remaining: 11,
      monthsLeft: 6,
      perMonth: 2,
    },
  ],
  notes: ["2026-03.xlsx：2 处录入错误，相关记录未计分（打开该工作簿运行“检查”查看）"],
  file: { name: "惠金河务局办公室-2026-年度考核.xlsx", bytes: new Uint8Array(GENERATED_BYTES) },
  message: "惠金河务局办公室 2026 年度考核：6 个月、4 人",
};

export const VERIFY_DIFFER: VerifyView = {
  file: "财务科-2026-10.xlsx",
  status: "differ",
  checked: 1520,
  differences: [
    { kind: "not-formula", sheet: "考核汇总", cell: "F5", stored: "99", recomputed: "86.5" },
    { kind: "value", sheet: "公示", cell: "E3", stored: "优秀", recomputed: "良好" },
  ],
  message:
    "财务科-2026-10.xlsx：核验未通过，2 处存储的结果与按录入重新计算的不同（共核对 1520 个公式结果）",
};

export function createDoubleApp(config: DoubleConfig) {
  const calls: RecordedCall[] = [];
  let gate: Promise<void> | null = null;
  let openGate: () => void = () => undefined;

  async function call<T>(
    method: string,
    args: unknown[],
    answer: () => T,
    progress?: (m: string) => void
  ): Promise<T> {
    calls.push({ method, args });
    progress?.(`正在执行 ${method}…`);
    if (gate) await gate;
    const failure = config.fail?.[method];
    if (failure) throw new Error(failure);
    return answer();
  }

  const describe = (f: { name: string; bytes: Uint8Array }) => ({
    name: f.name,
    size: f.bytes.length,
    head: Array.from(f.bytes.slice(0, 2)),
  });

  const app: GangzeApp = {
    mode: config.mode ?? "excel",
    openFile: (file, progress) => call("openFile", [describe(file)], () => undefined, progress),
    overview: (progress) => call("overview", [], () => OVERVIEW, progress),
    generate: (kind: GenerateKind, options, progress) =>
      call(
        "generate",
        // picked files are recorded by name, size and first bytes, like collect's
        [
          kind,
          {
            ...options,
            ...(options.catalog ? { catalog: describe(options.catalog) } : {}),
            ...(options.staff ? { staff: describe(options.staff) } : {}),
          },
        ],
        (): GenerateResult => {
          const month = options.month ?? "2026-11";
          const names: Record<GenerateKind, string[]> = {
            handbook: ["岗位责任手册.xlsx"],
            month: [`惠金河务局办公室-${month}-月度考核.xlsx`],
            clerkLogs: [`张三-${month}-工作日志.xlsx`, `李四-${month}-工作日志.xlsx`],
            nextMonth: ["惠金河务局办公室-2026-11-月度考核.xlsx"],
          };
          return {
            message: `已生成 ${names[kind].length} 个工作簿`,
            files: names[kind].map((name) => ({ name, bytes: new Uint8Array(GENERATED_BYTES) })),
          };
        },
        progress
      ),
    check: (progress) => call("check", [], () => CHECK, progress),
    clearMarks: () => call("clearMarks", [], () => undefined),
    select: (sheet, cell) => call("select", [sheet, cell], () => undefined),
    score: (progress) => call("score", [], () => SCORE, progress),
    overdue: (progress) => call("overdue", [], () => OVERDUE, progress),
    collect: (files, progress) =>
      call(
        "collect",
        [files.map(describe)],
        (): CollectResultItem[] =>
          files.map((f) =>
            f.name.startsWith("坏")
              ? { file: f.name, ok: false, message: "不是岗责生成的个人工作日志，未导入" }
              : {
                  file: f.name,
                  ok: true,
                  message: "张三 2026-10：新增日志 18 行，更新交办事项 2 项",
                }
          ),
        progress
      ),
    exportMonth: (progress) =>
      call(
        "exportMonth",
        [],
        (): ExportResult => ({
          message: "已导出 惠金河务局办公室-2026-10-月度考核.xlsx（基准日 2026-10-20）",
          fileName: "惠金河务局办公室-2026-10-月度考核.xlsx",
          files: [
            {
              name: "惠金河务局办公室-2026-10-月度考核.xlsx",
              bytes: new Uint8Array(GENERATED_BYTES),
            },
          ],
        }),
        progress
      ),
    roster: (progress) =>
      call("roster", [], () => ({ month: "2026-10", people: ROSTER }), progress),
    year: (files, options, progress) =>
      call("year", [files.map(describe), options], (): YearView => YEAR, progress),
    verify: (file, progress) =>
      call(
        "verify",
        [describe(file)],
        (): VerifyView =>
          file.name.startsWith("好")
            ? {
                file: file.name,
                status: "equal",
                checked: 1520,
                differences: [],
                message: `${file.name}：核验通过，1520 个公式结果与按录入重新计算的一致`,
              }
            : file.name.startsWith("坏")
              ? {
                  file: file.name,
                  status: "unusable",
                  checked: 0,
                  differences: [],
                  message: `无法核验：文件 ${file.name} 已损坏或不是 Excel 工作簿`,
                }
              : { ...VERIFY_DIFFER, file: file.name },
        progress
      ),
    ...((config.mode ?? "excel") === "excel"
      ? {
          openCopy: (file: { name: string; bytes: Uint8Array }) =>
            call("openCopy", [describe(file)], () => ({
              opened: true,
              message: `已在新窗口中打开“${file.name}”，请保存`,
            })),
        }
      : {}),
    previewNotice: async (text) => {
      calls.push({ method: "previewNotice", args: [text.length] });
      const r = parseNotice(text);
      if (!r.ok)
        return { ok: false, message: r.message, ...(r.sentence ? { sentence: r.sentence } : {}) };
      return {
        ok: true,
        year: r.notice.year,
        days: r.notice.days.map((d) => ({ ...d, weekday: weekday(d.date) })),
        holidays: r.notice.holidays.length,
        workdays: r.notice.workdays.length,
        advisory: r.notice.advisory,
      };
    },
    enterNotice: (text, progress) =>
      call(
        "enterNotice",
        [text.length],
        () => ({
          message:
            "已把 2027 年国务院节假日安排录入“日历”，2027 年为完整；2027-01 的结果为最终结果。",
        }),
        progress
      ),
  };

  return {
    app,
    calls,
    /** holds every call until open() */
    close() {
      gate = new Promise((resolve) => (openGate = resolve));
    },
    open() {
      gate = null;
      openGate();
    },
  };
}

export type DoubleApp = ReturnType<typeof createDoubleApp>;
