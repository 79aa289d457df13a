// The dataset of one office month (SPEC §8). Pure data: no Office, no ExcelJS.
// Dates are calendar dates as `YYYY-MM-DD` strings everywhere in the code.

export type ISODate = string;
/** `YYYY-MM` */
export type MonthKey = string;

export const FREQUENCIES = ["每日", "每周", "每月", "每季", "每年", "随时"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const TASK_SOURCES = ["岗位职责", "领导交办", "会议决议", "上级来文"] as const;
export type TaskSource = (typeof TASK_SOURCES)[number];

export const LOG_STATUSES = ["完成", "进行中", "未完成", "请假", "出差"] as const;
export type LogStatus = (typeof LOG_STATUSES)[number];

export const FINDING_SOURCES = ["自查", "组织检查"] as const;
export type FindingSource = (typeof FINDING_SOURCES)[number];

export interface Post {
  name: string;
}

export interface Duty {
  /** e.g. `MS-03` — unique across the handbook */
  code: string;
  post: string;
  content: string;
  frequency: Frequency;
  timeLimit: string;
  standard: string;
  /** the post that checks this duty */
  checker: string;
  points: number;
}

export interface Staff {
  name: string;
  post: string;
  /** first day the person is scored (joined mid-month); default: the period start */
  start?: ISODate;
  note?: string;
}

export interface Task {
  id: string;
  source: TaskSource;
  title: string;
  duty?: string;
  owner: string;
  assigned: ISODate;
  /** a time limit in working days instead of a due date: due = addWd(assigned, limitWorkdays) */
  limitWorkdays?: number;
  due?: ISODate;
  completed?: ISODate;
  reported?: ISODate;
  note?: string;
}

export interface LogEntry {
  date: ISODate;
  person: string;
  duty?: string;
  content: string;
  status: LogStatus;
  problem?: string;
  measure?: string;
  selfCheck?: string;
  /** the 个人工作日志 row this entry was collected from (set by collect; identifies the row when the clerk sends the file again) */
  rowId?: string;
}

export interface WeeklyPlan {
  person: string;
  /** the Monday of the week */
  weekStart: ISODate;
  item: string;
  duty?: string;
  outcome?: string;
  /** the 个人工作日志 row this entry was collected from (set by collect; identifies the row when the clerk sends the file again) */
  rowId?: string;
}

export interface Finding {
  date: ISODate;
  person: string;
  duty?: string;
  problem: string;
  /** code of a deduction standard (扣分标准) */
  standard?: string;
  points: number;
  source: FindingSource;
  rectified: boolean;
  /** 一票否决 */
  veto: boolean;
  checker?: string;
  /** the 个人工作日志 row this entry was collected from (set by collect; identifies the row when the clerk sends the file again) */
  rowId?: string;
}

export interface Quota {
  person: string;
  indicator: string;
  annualTarget?: number;
  /** this month's target */
  target: number;
  actual: number;
  /**
   * 此前累计: Σ 本月完成 of the year's earlier months, carried by 结转; this month's
   * cumulative actual is priorActual + actual (absent = 0, e.g. in January)
   */
  priorActual?: number;
}

export interface Bonus {
  date: ISODate;
  person: string;
  reason: string;
  points: number;
}

export interface CalendarOverrides {
  /** the office's extra rest days (also: official holidays of a year the built-in data lacks) */
  restDays: ISODate[];
  /** the office's extra duty days (also: make-up working days of a year the built-in data lacks) */
  workDays: ISODate[];
  /**
   * Years the office declared complete by hand (日历's year table, 状态 完整): for these years
   * the notice days (if any) and restDays/workDays are the complete list of exceptions to
   * Mon–Fri. Any year neither shipped nor imported nor declared is provisional (暂定).
   */
  years?: number[];
  /** State Council notices the office imported (gangze calendar --into, or the pane) */
  notices?: CalendarNotice[];
}

/** One imported State Council notice: its year becomes complete. */
export interface CalendarNotice {
  year: number;
  /** every day off the notice gives */
  holidays: ISODate[];
  /** every 上班 day */
  workdays: ISODate[];
  /** date → the notice's holiday (春节, 国庆节…), shown in 日历's 说明 */
  names?: Record<ISODate, string>;
}

export interface DeductionStandard {
  code: string;
  problem: string;
  points: number;
}

export interface GradeRule {
  grade: string;
  /** lowest score of this grade */
  min: number;
  /** money added (negative: deducted) */
  money: number;
}

/** Every parameter of SPEC §4, editable in the 考核标准 sheet. */
export interface Rules {
  /** 临期: not completed, due within this many working days */
  warnDays: number;
  /** report-back is timely when wd(completed, reported) <= this */
  reportWithinWorkdays: number;
  overdueOpenBase: number;
  overdueOpenPerDay: number;
  overdueDoneBase: number;
  overdueDonePerDay: number;
  lateReport: number;
  missingLogPerDay: number;
  findingFactorOrg: number;
  findingFactorSelfRectified: number;
  findingFactorSelfOpen: number;
  quotaPointsPerUnit: number;
  quotaMoneyPerUnit: number;
  quotaBonusPerUnit: number;
  bonusCap: number;
  /** ordered from best to worst; the last has min 0 */
  grades: GradeRule[];
  /** grade given when a 一票否决 finding falls in the period */
  vetoGrade: string;
  /** 公示天数: the notice stays up this many working days from its 公示日期 (SPEC §5.4) */
  noticeDays: number;
  /** 意见反馈: where and how to raise an objection, printed on the notice */
  noticeFeedback: string;
  /** 落款: who signs the notice; empty = the office's name */
  noticeSigner: string;
  deductionStandards: DeductionStandard[];
}

export interface Dataset {
  office: string;
  month: MonthKey;
  /** 基准日: the date statuses and scores are computed for */
  asOf: ISODate;
  posts: Post[];
  duties: Duty[];
  staff: Staff[];
  tasks: Task[];
  logs: LogEntry[];
  weeklyPlans: WeeklyPlan[];
  findings: Finding[];
  quotas: Quota[];
  bonuses: Bonus[];
  calendar?: CalendarOverrides;
  rules?: Partial<Rules>;
}

export type TaskStatus = "逾期未完成" | "临期" | "进行中" | "按时完成" | "逾期完成";

export type DeductionKind =
  "逾期未完成" | "逾期完成" | "未及时回报" | "日志缺报" | "检查扣分" | "指标差额";

export interface Deduction {
  kind: DeductionKind;
  points: number;
  /** the duty code the event names, when it names one */
  duty?: string;
  /** what it is about: task id, date, finding/quota reference */
  ref: string;
}

export interface WeekResult {
  start: ISODate;
  end: ISODate;
  score: number;
  /** the week's days [start, as-of] touch a provisional (暂定) year */
  provisional?: true;
}

export interface PersonResult {
  name: string;
  post: string;
  score: number;
  grade: string;
  rank: number;
  money: number;
  bonus: number;
  deductions: Deduction[];
  weeks: WeekResult[];
}

export interface ScoreReport {
  period: MonthKey;
  asOf: ISODate;
  /** present (true) when [月初, as-of] touches a provisional (暂定) year: see provisionalYears */
  provisional?: true;
  /** the provisional years the period touches */
  provisionalYears?: number[];
  people: PersonResult[];
}

/** Collections of a dataset that hold records, for pointing at one record. */
export type Collection =
  /** the dataset as a whole: office, month, asOf (index -1) */
  | "dataset"
  | "posts"
  | "duties"
  | "staff"
  | "tasks"
  | "logs"
  | "weeklyPlans"
  | "findings"
  | "quotas"
  | "bonuses"
  | "calendar";

/** One problem found by checking entries (SPEC §7). */
export interface EntryIssue {
  severity: "error" | "warning";
  /** stable machine code, e.g. `date-after-asof` */
  code: string;
  collection: Collection;
  /** index of the record in its collection; -1 for the dataset as a whole */
  index: number;
  /** the field the problem is in (dataset field name) */
  field?: string;
  /** the person the record belongs to (owner, person, name), so the check can group by person */
  person?: string;
  /** missing-log: the working day without a log */
  date?: ISODate;
  /** missing-log on a day that is not an ordinary weekday: `调休上班日` */
  dayKind?: string;
  message: string;
  fix: string;
}
