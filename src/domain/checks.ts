// Entry checks of a dataset (SPEC §7): every problem a clerk can fix, as an EntryIssue with a
// Chinese message naming the record and a suggested fix. Errors keep the record out of scoring
// (withoutErrors); warnings are shown and change nothing. Checking never throws for a user's
// data, whatever the types at run time (a workbook reader may hand over text in number cells).

import { Calendar } from "./calendar";
import { provisionalStatus } from "./calendar/provisional";
import { isISODate, isMonthKey, monthEnd, monthStart, parseDate, weekday } from "./dates";
import { COLLECTION_LABELS, fieldLabel } from "./messages";
import { DEFAULT_RULES, resolveRules } from "./rules";
import {
  FINDING_SOURCES,
  FREQUENCIES,
  LOG_STATUSES,
  TASK_SOURCES,
  type Collection,
  type Dataset,
  type EntryIssue,
  type ISODate,
} from "./types";

type Severity = EntryIssue["severity"];

/** Every check: its stable code, severity and what it means (docs/data-format.md lists them). */
export const CHECK_CODES = [
  { code: "missing-field", severity: "error", title: "必填字段未填（空白也算未填）" },
  { code: "invalid-date", severity: "error", title: "日期无效（不是 YYYY-MM-DD 格式的真实日期）" },
  { code: "invalid-month", severity: "error", title: "考核月份不是 YYYY-MM" },
  { code: "asof-outside-month", severity: "error", title: "基准日不在考核月份内" },
  { code: "invalid-rules", severity: "error", title: "考核标准参数无法使用" },
  {
    code: "outside-month",
    severity: "error",
    title: "工作日志、检查记录或加分记录的日期不在考核月份内",
  },
  { code: "after-asof", severity: "error", title: "完成、回报、日志、检查或加分日期晚于基准日" },
  { code: "completed-before-assigned", severity: "error", title: "完成日期早于交办日期" },
  { code: "reported-before-completed", severity: "error", title: "回报日期早于完成日期" },
  { code: "due-before-assigned", severity: "error", title: "到期日早于交办日期" },
  { code: "no-deadline", severity: "error", title: "交办事项既没有到期日也没有时限（工作日）" },
  { code: "invalid-limit", severity: "error", title: "时限（工作日）不是正整数" },
  { code: "invalid-choice", severity: "error", title: "不是可选值之一（来源、完成情况、是/否）" },
  { code: "not-a-number", severity: "error", title: "数值栏填的不是数字" },
  { code: "negative-number", severity: "error", title: "分值、扣分、加分或指标数为负数" },
  { code: "unknown-person", severity: "error", title: "姓名不在人员表中" },
  { code: "unknown-post", severity: "error", title: "岗位不在岗位表中" },
  { code: "unknown-duty", severity: "error", title: "职责编码不在岗位责任手册中" },
  { code: "duplicate-task-id", severity: "error", title: "交办事项编号重复" },
  { code: "duplicate-duty-code", severity: "error", title: "职责编码重复" },
  { code: "duplicate-staff", severity: "error", title: "人员姓名重复" },
  { code: "points-sum", severity: "error", title: "岗位各职责条目分值之和不是 100" },
  { code: "duty-of-other-post", severity: "warning", title: "职责编码属于其他岗位" },
  { code: "due-and-limit", severity: "warning", title: "同时填了到期日和时限（以到期日为准）" },
  { code: "reported-without-completed", severity: "warning", title: "有回报日期但没有完成日期" },
  { code: "week-start-not-monday", severity: "warning", title: "周计划的周起始不是星期一" },
  { code: "unknown-standard", severity: "warning", title: "扣分标准代码不在考核标准中" },
  {
    code: "duty-detail",
    severity: "warning",
    title: "职责条目的频次、时限要求、质量标准或检查人未填或不规范",
  },
  { code: "duplicate-post", severity: "warning", title: "岗位重复" },
  { code: "duplicate-quota", severity: "warning", title: "同一人同一指标有多行" },
  { code: "missing-office", severity: "warning", title: "未填写单位名称" },
  {
    code: "calendar-conflict",
    severity: "warning",
    title: "同一天既是休息日又是上班日（按休息日计）",
  },
  { code: "missing-log", severity: "warning", title: "工作日没有工作日志（每人每个缺报日一条）" },
  {
    code: "calendar-provisional",
    severity: "warning",
    title: "本期用到尚未导入国务院通知的年份，结果为暂定",
  },
] as const satisfies ReadonlyArray<{ code: string; severity: Severity; title: string }>;

export type CheckCode = (typeof CHECK_CODES)[number]["code"];

const SEVERITY: Record<CheckCode, Severity> = Object.fromEntries(
  CHECK_CODES.map((c) => [c.code, c.severity])
) as Record<CheckCode, Severity>;

// ---- small helpers over values of unknown run-time type ----------------------------------

type Rec = Record<string, unknown>;

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}

function show(v: unknown): string {
  const s = typeof v === "string" ? v : String(v);
  return s.length > 30 ? s.slice(0, 30) + "…" : s;
}

/** `交办事项 2026-10-003`, `工作日志第 12 条（张三，2026-10-09）`: how a message names a record. */
export function recordName(collection: Collection, rec: unknown, index: number): string {
  const r = (rec ?? {}) as Rec;
  const label = COLLECTION_LABELS[collection];
  const key = (v: unknown) => (isBlank(v) ? undefined : show(v));
  const nth = `${label}第 ${index + 1} 条`;
  const withParts = (...parts: unknown[]) => {
    const given = parts.map(key).filter((p): p is string => p !== undefined);
    return given.length ? `${nth}（${given.join("，")}）` : nth;
  };
  switch (collection) {
    case "posts":
      return key(r.name) ? `岗位“${key(r.name)}”` : nth;
    case "duties":
      return key(r.code) ? `职责条目 ${key(r.code)}` : nth;
    case "staff":
      return key(r.name) ? `人员 ${key(r.name)}` : nth;
    case "tasks":
      return key(r.id) ? `交办事项 ${key(r.id)}` : nth;
    case "logs":
    case "findings":
    case "bonuses":
      return withParts(r.person, r.date);
    case "weeklyPlans":
      return withParts(r.person, r.weekStart);
    case "quotas":
      return withParts(r.person, r.indicator);
    default:
      return label;
  }
}

const WEEKDAYS = ["", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"];

/** The years a dataset's dates need from the calendar, each with the first record that needs it. */
type YearNeed = Map<number, string>;

// ---- the checker -------------------------------------------------------------------------

class Checker {
  readonly issues: EntryIssue[] = [];
  /** the person a record belongs to (for grouping the check by person) */
  personOf: (collection: Collection, index: number) => string | undefined = () => undefined;
  /** indexes of records with an error, per collection */
  readonly bad = new Map<Collection, Set<number>>();

  add(
    code: CheckCode,
    collection: Collection,
    index: number,
    field: string | undefined,
    message: string,
    fix: string
  ): EntryIssue {
    const severity = SEVERITY[code];
    const issue: EntryIssue = { severity, code, collection, index, message, fix };
    if (field !== undefined) issue.field = field;
    const person = index >= 0 ? this.personOf(collection, index) : undefined;
    if (person) issue.person = person;
    this.issues.push(issue);
    if (severity === "error" && index >= 0) {
      let set = this.bad.get(collection);
      if (!set) this.bad.set(collection, (set = new Set()));
      set.add(index);
    }
    return issue;
  }

  isBad(collection: Collection, index: number): boolean {
    return this.bad.get(collection)?.has(index) ?? false;
  }
}

/** Context shared by the per-collection checks. */
interface Ctx {
  c: Checker;
  /** valid month, or undefined */
  month?: string;
  mStart?: ISODate;
  mEnd?: ISODate;
  /** valid as-of date, or undefined */
  asOf?: ISODate;
  staffPost: Map<string, string>;
  posts: Set<string>;
  /** duty code → its post (first occurrence) */
  dutyPost: Map<string, string>;
  standards: Set<string>;
  years: YearNeed;
}

/** Requires the listed text fields; true when all are present. */
function required(
  ctx: Ctx,
  coll: Collection,
  i: number,
  r: Rec,
  who: string,
  fields: string[]
): boolean {
  let ok = true;
  for (const f of fields) {
    if (isBlank(r[f])) {
      ok = false;
      const label = fieldLabel(coll, f);
      ctx.c.add("missing-field", coll, i, f, `${who}：未填写${label}`, `填写${label}`);
    }
  }
  return ok;
}

/** A date field: undefined when blank or invalid (invalid is reported). */
function dateField(
  ctx: Ctx,
  coll: Collection,
  i: number,
  r: Rec,
  who: string,
  f: string
): ISODate | undefined {
  const v = r[f];
  if (isBlank(v)) return undefined;
  if (isISODate(v)) return v;
  const label = fieldLabel(coll, f);
  const parsed = parseDate(v, ctx.month ? { year: +ctx.month.slice(0, 4) } : undefined);
  const hint = parsed.ok ? `（应写作 ${parsed.date}）` : "";
  ctx.c.add(
    "invalid-date",
    coll,
    i,
    f,
    `${who}：${label}“${show(v)}”不是有效日期${hint}`,
    `按 2026-10-09 的格式填写${label}`
  );
  return undefined;
}

function needYear(ctx: Ctx, year: number, why: string): void {
  if (!ctx.years.has(year)) ctx.years.set(year, why);
}

/** A number field: undefined when blank or not a number (reported); negatives reported too. */
function numberField(
  ctx: Ctx,
  coll: Collection,
  i: number,
  r: Rec,
  who: string,
  f: string,
  nonNegative: boolean
): number | undefined {
  const v = r[f];
  if (isBlank(v)) return undefined;
  const label = fieldLabel(coll, f);
  if (typeof v !== "number" || !Number.isFinite(v)) {
    ctx.c.add(
      "not-a-number",
      coll,
      i,
      f,
      `${who}：${label}“${show(v)}”不是数字`,
      `${label}只填数字，不要带单位或文字`
    );
    return undefined;
  }
  if (nonNegative && v < 0) {
    ctx.c.add(
      "negative-number",
      coll,
      i,
      f,
      `${who}：${label}为负数 ${v}`,
      `${label}填不小于 0 的数`
    );
    return undefined;
  }
  return v;
}

function choiceField(
  ctx: Ctx,
  coll: Collection,
  i: number,
  r: Rec,
  who: string,
  f: string,
  allowed: readonly string[]
): void {
  const v = r[f];
  if (isBlank(v) || (typeof v === "string" && allowed.includes(v))) return;
  const label = fieldLabel(coll, f);
  ctx.c.add(
    "invalid-choice",
    coll,
    i,
    f,
    `${who}：${label}“${show(v)}”不是可选值（${allowed.join("、")}）`,
    `从下拉列表中选择${label}`
  );
}

function booleanField(ctx: Ctx, coll: Collection, i: number, r: Rec, who: string, f: string): void {
  const v = r[f];
  if (typeof v === "boolean") return;
  const label = fieldLabel(coll, f);
  if (isBlank(v)) {
    ctx.c.add(
      "missing-field",
      coll,
      i,
      f,
      `${who}：未填写${label}（是/否）`,
      `${label}选择“是”或“否”`
    );
    return;
  }
  ctx.c.add(
    "invalid-choice",
    coll,
    i,
    f,
    `${who}：${label}“${show(v)}”应为“是”或“否”`,
    `${label}选择“是”或“否”`
  );
}

function personField(
  ctx: Ctx,
  coll: Collection,
  i: number,
  r: Rec,
  who: string,
  f: string
): string | undefined {
  const v = r[f];
  if (isBlank(v)) return undefined;
  const name = String(v);
  if (ctx.staffPost.has(name)) return name;
  const label = fieldLabel(coll, f);
  const trimmed = name.trim();
  const hint = trimmed !== name && ctx.staffPost.has(trimmed) ? "（姓名前后多了空格）" : "";
  ctx.c.add(
    "unknown-person",
    coll,
    i,
    f,
    `${who}：${label}“${show(v)}”不在人员表中${hint}`,
    `从下拉列表选择${label}，或先在“人员”表中添加此人`
  );
  return undefined;
}

/** Duty code: unknown → error; of another post than the person's → warning. */
function dutyField(
  ctx: Ctx,
  coll: Collection,
  i: number,
  r: Rec,
  who: string,
  person: string | undefined
): void {
  const v = r.duty;
  if (isBlank(v)) return;
  const code = String(v);
  const post = ctx.dutyPost.get(code);
  if (post === undefined) {
    ctx.c.add(
      "unknown-duty",
      coll,
      i,
      "duty",
      `${who}：职责编码“${show(v)}”不在岗位责任手册中`,
      "从下拉列表选择职责编码，或留空"
    );
    return;
  }
  if (person === undefined) return;
  const own = ctx.staffPost.get(person);
  if (own !== undefined && own !== post) {
    ctx.c.add(
      "duty-of-other-post",
      coll,
      i,
      "duty",
      `${who}：职责编码 ${code} 属于岗位“${post}”，不是${person}的岗位“${own}”（该项扣分不计入本岗位职责）`,
      `核对职责编码，应为“${own}”岗位的职责`
    );
  }
}

/** A record dated in the month and not after the as-of date (logs, findings, bonuses). */
function inMonthNotAfterAsOf(
  ctx: Ctx,
  coll: Collection,
  i: number,
  who: string,
  f: string,
  d: ISODate | undefined
): void {
  if (d === undefined) return;
  const label = fieldLabel(coll, f);
  if (ctx.mStart && ctx.mEnd && (d < ctx.mStart || d > ctx.mEnd)) {
    ctx.c.add(
      "outside-month",
      coll,
      i,
      f,
      `${who}：${label} ${d} 不在考核月份 ${ctx.month} 内`,
      `核对${label}；其他月份的记录请录入该月的工作簿`
    );
    return;
  }
  notAfterAsOf(ctx, coll, i, who, f, d);
}

function notAfterAsOf(
  ctx: Ctx,
  coll: Collection,
  i: number,
  who: string,
  f: string,
  d: ISODate | undefined
): void {
  if (d === undefined || ctx.asOf === undefined || d <= ctx.asOf) return;
  const label = fieldLabel(coll, f);
  ctx.c.add(
    "after-asof",
    coll,
    i,
    f,
    `${who}：${label} ${d} 晚于基准日 ${ctx.asOf}`,
    `核对${label}或基准日`
  );
}

// ---- per collection ----------------------------------------------------------------------

function checkHeader(ctx: Ctx, ds: Rec): void {
  const { c } = ctx;
  if (isBlank(ds.office))
    c.add("missing-office", "dataset", -1, "office", "未填写单位名称", "在“说明”表填写单位名称");
  if (isBlank(ds.month)) {
    c.add(
      "missing-field",
      "dataset",
      -1,
      "month",
      "未填写考核月份",
      "按 2026-10 的格式填写考核月份"
    );
  } else if (!isMonthKey(ds.month)) {
    c.add(
      "invalid-month",
      "dataset",
      -1,
      "month",
      `考核月份“${show(ds.month)}”不是 YYYY-MM 格式`,
      "按 2026-10 的格式填写考核月份"
    );
  } else {
    ctx.month = ds.month;
    ctx.mStart = monthStart(ds.month);
    ctx.mEnd = monthEnd(ds.month);
    needYear(ctx, +ds.month.slice(0, 4), `考核月份 ${ds.month}`);
  }
  if (isBlank(ds.asOf)) {
    c.add("missing-field", "dataset", -1, "asOf", "未填写基准日", "在“说明”表填写基准日");
  } else if (!isISODate(ds.asOf)) {
    c.add(
      "invalid-date",
      "dataset",
      -1,
      "asOf",
      `基准日“${show(ds.asOf)}”不是有效日期`,
      "按 2026-10-31 的格式填写基准日"
    );
  } else {
    ctx.asOf = ds.asOf;
    if (ctx.mStart && ctx.mEnd && (ds.asOf < ctx.mStart || ds.asOf > ctx.mEnd)) {
      c.add(
        "asof-outside-month",
        "dataset",
        -1,
        "asOf",
        `基准日 ${ds.asOf} 不在考核月份 ${ctx.month} 内`,
        `把基准日改为 ${ctx.mStart} 至 ${ctx.mEnd} 之间的日期`
      );
    }
  }
}

function checkPosts(ctx: Ctx, posts: Rec[]): void {
  const seen = new Set<string>();
  posts.forEach((r, i) => {
    const who = recordName("posts", r, i);
    if (!required(ctx, "posts", i, r, who, ["name"])) return;
    const name = String(r.name);
    if (seen.has(name)) {
      ctx.c.add("duplicate-post", "posts", i, "name", `${who}：岗位重复`, "删除重复的岗位");
    }
    seen.add(name);
    ctx.posts.add(name);
  });
}

function checkDuties(ctx: Ctx, duties: Rec[], posts: Rec[]): void {
  const firstAt = new Map<string, number>();
  const sums = new Map<string, number>();
  duties.forEach((r, i) => {
    const who = recordName("duties", r, i);
    required(ctx, "duties", i, r, who, ["code", "post", "content", "points"]);
    const details = ["frequency", "timeLimit", "standard", "checker"].filter((f) => isBlank(r[f]));
    if (details.length) {
      const labels = details.map((f) => fieldLabel("duties", f)).join("、");
      ctx.c.add(
        "duty-detail",
        "duties",
        i,
        details[0],
        `${who}：未填写${labels}`,
        `补全${labels}，印入岗位责任手册`
      );
    } else if (!FREQUENCIES.includes(r.frequency as never)) {
      ctx.c.add(
        "duty-detail",
        "duties",
        i,
        "frequency",
        `${who}：频次“${show(r.frequency)}”不是可选值（${FREQUENCIES.join("、")}）`,
        "从下拉列表选择频次"
      );
    }
    const post = isBlank(r.post) ? undefined : String(r.post);
    if (post !== undefined && !ctx.posts.has(post)) {
      ctx.c.add(
        "unknown-post",
        "duties",
        i,
        "post",
        `${who}：岗位“${show(post)}”不在岗位表中`,
        "核对岗位名称，或先添加该岗位"
      );
    }
    const points = numberField(ctx, "duties", i, r, who, "points", true);
    if (isBlank(r.code)) return;
    const code = String(r.code);
    const first = firstAt.get(code);
    if (first !== undefined) {
      ctx.c.add(
        "duplicate-duty-code",
        "duties",
        i,
        "code",
        `${who}：编码与第 ${first + 1} 条职责条目重复`,
        "每个职责条目用不同的编码"
      );
      return;
    }
    firstAt.set(code, i);
    if (post !== undefined) {
      ctx.dutyPost.set(code, post);
      if (points !== undefined) sums.set(post, (sums.get(post) ?? 0) + points);
    }
  });
  // Reported on the post (its first row); a post without any duty sums to 0.
  const reported = new Set<string>();
  posts.forEach((r, i) => {
    if (isBlank(r.name)) return;
    const name = String(r.name);
    if (reported.has(name)) return;
    reported.add(name);
    const sum = sums.get(name) ?? 0;
    // Points such as 8.5 add up in binary with a tiny error: compare to 0.000001.
    if (Math.abs(sum - 100) > 1e-6) {
      ctx.c.add(
        "points-sum",
        "posts",
        i,
        "name",
        sums.has(name)
          ? `岗位“${name}”各职责条目分值合计为 ${Math.round(sum * 1e6) / 1e6}，应为 100`
          : `岗位“${name}”没有职责条目（分值合计应为 100）`,
        "调整该岗位职责条目的分值，使合计为 100"
      );
    }
  });
}

function checkStaff(ctx: Ctx, staff: Rec[]): void {
  staff.forEach((r, i) => {
    const who = recordName("staff", r, i);
    required(ctx, "staff", i, r, who, ["name", "post"]);
    const post = isBlank(r.post) ? undefined : String(r.post);
    if (post !== undefined && !ctx.posts.has(post)) {
      ctx.c.add(
        "unknown-post",
        "staff",
        i,
        "post",
        `${who}：岗位“${show(post)}”不在岗位表中`,
        "从下拉列表选择岗位"
      );
    }
    dateField(ctx, "staff", i, r, who, "start");
    if (isBlank(r.name)) return;
    const name = String(r.name);
    if (ctx.staffPost.has(name)) {
      ctx.c.add(
        "duplicate-staff",
        "staff",
        i,
        "name",
        `${who}：姓名重复`,
        "删除重复的人员行；同名的两人请在姓名后加区分（如 张伟（司机））"
      );
      return;
    }
    ctx.staffPost.set(name, post ?? "");
  });
}

function checkTasks(ctx: Ctx, tasks: Rec[], cal: Calendar): void {
  const firstAt = new Map<string, number>();
  tasks.forEach((r, i) => {
    const who = recordName("tasks", r, i);
    required(ctx, "tasks", i, r, who, ["id", "source", "title", "owner", "assigned"]);
    if (!isBlank(r.id)) {
      const id = String(r.id);
      const first = firstAt.get(id);
      if (first !== undefined) {
        ctx.c.add(
          "duplicate-task-id",
          "tasks",
          i,
          "id",
          `${who}：编号与第 ${first + 1} 条交办事项重复`,
          "给这件事项一个新编号"
        );
      } else firstAt.set(id, i);
    }
    choiceField(ctx, "tasks", i, r, who, "source", TASK_SOURCES);
    const owner = personField(ctx, "tasks", i, r, who, "owner");
    dutyField(ctx, "tasks", i, r, who, owner);

    const assigned = dateField(ctx, "tasks", i, r, who, "assigned");
    const due = dateField(ctx, "tasks", i, r, who, "due");
    const completed = dateField(ctx, "tasks", i, r, who, "completed");
    const reported = dateField(ctx, "tasks", i, r, who, "reported");
    // Status and overdue days count working days between these dates: their years are needed.
    for (const [f, d] of [
      ["assigned", assigned],
      ["due", due],
      ["completed", completed],
      ["reported", reported],
    ] as const) {
      if (d) needYear(ctx, +d.slice(0, 4), `${who}的${fieldLabel("tasks", f)} ${d}`);
    }

    let limit: number | undefined;
    if (!isBlank(r.limitWorkdays)) {
      const n = numberField(ctx, "tasks", i, r, who, "limitWorkdays", false);
      if (n !== undefined && (!Number.isInteger(n) || n < 1)) {
        ctx.c.add(
          "invalid-limit",
          "tasks",
          i,
          "limitWorkdays",
          `${who}：时限(工作日) ${n} 不是正整数`,
          "时限填 1、2、3… 个工作日，或改填到期日"
        );
      } else limit = n;
    }
    if (isBlank(r.due) && isBlank(r.limitWorkdays)) {
      ctx.c.add(
        "no-deadline",
        "tasks",
        i,
        "due",
        `${who}：既没有到期日，也没有时限(工作日)`,
        "填写到期日或时限(工作日)"
      );
    } else if (!isBlank(r.due) && !isBlank(r.limitWorkdays)) {
      ctx.c.add(
        "due-and-limit",
        "tasks",
        i,
        "limitWorkdays",
        `${who}：同时填写了到期日和时限(工作日)，以到期日为准`,
        "只保留到期日或时限(工作日)其中一项"
      );
    }

    if (assigned && completed && completed < assigned) {
      ctx.c.add(
        "completed-before-assigned",
        "tasks",
        i,
        "completed",
        `${who}：完成日期 ${completed} 早于交办日期 ${assigned}`,
        "核对完成日期或交办日期"
      );
    }
    if (assigned && due && due < assigned) {
      ctx.c.add(
        "due-before-assigned",
        "tasks",
        i,
        "due",
        `${who}：到期日 ${due} 早于交办日期 ${assigned}`,
        "核对到期日或交办日期"
      );
    }
    if (completed && reported && reported < completed) {
      ctx.c.add(
        "reported-before-completed",
        "tasks",
        i,
        "reported",
        `${who}：回报日期 ${reported} 早于完成日期 ${completed}`,
        "核对回报日期或完成日期"
      );
    }
    if (reported && isBlank(r.completed)) {
      ctx.c.add(
        "reported-without-completed",
        "tasks",
        i,
        "completed",
        `${who}：有回报日期 ${reported}，但没有完成日期（按未完成计算）`,
        "填写完成日期，或删除回报日期"
      );
    }
    notAfterAsOf(ctx, "tasks", i, who, "completed", completed);
    notAfterAsOf(ctx, "tasks", i, who, "reported", reported);

    // The due date a time limit gives may fall in a later year (December tasks).
    if (assigned && limit !== undefined && !due) {
      const d = cal.addWd(assigned, limit);
      needYear(ctx, +d.slice(0, 4), `${who}的应完成日 ${d}`);
    }
  });
}

function checkLogs(ctx: Ctx, logs: Rec[]): void {
  for (let i = 0; i < logs.length; i++) {
    const r = logs[i];
    const who = recordName("logs", r, i);
    const rest = r.status === "请假" || r.status === "出差"; // a leave row needs no content
    required(
      ctx,
      "logs",
      i,
      r,
      who,
      rest ? ["date", "person", "status"] : ["date", "person", "content", "status"]
    );
    choiceField(ctx, "logs", i, r, who, "status", LOG_STATUSES);
    const person = personField(ctx, "logs", i, r, who, "person");
    dutyField(ctx, "logs", i, r, who, person);
    const d = dateField(ctx, "logs", i, r, who, "date");
    inMonthNotAfterAsOf(ctx, "logs", i, who, "date", d);
  }
}

function checkWeeklyPlans(ctx: Ctx, plans: Rec[]): void {
  plans.forEach((r, i) => {
    const who = recordName("weeklyPlans", r, i);
    required(ctx, "weeklyPlans", i, r, who, ["person", "weekStart", "item"]);
    const person = personField(ctx, "weeklyPlans", i, r, who, "person");
    dutyField(ctx, "weeklyPlans", i, r, who, person);
    const d = dateField(ctx, "weeklyPlans", i, r, who, "weekStart");
    if (d && weekday(d) !== 1) {
      ctx.c.add(
        "week-start-not-monday",
        "weeklyPlans",
        i,
        "weekStart",
        `${who}：周起始 ${d} 是${WEEKDAYS[weekday(d)]}，不是星期一`,
        "周起始填该周的星期一"
      );
    }
  });
}

function checkFindings(ctx: Ctx, findings: Rec[]): void {
  findings.forEach((r, i) => {
    const who = recordName("findings", r, i);
    required(ctx, "findings", i, r, who, ["date", "person", "problem", "points", "source"]);
    choiceField(ctx, "findings", i, r, who, "source", FINDING_SOURCES);
    booleanField(ctx, "findings", i, r, who, "rectified");
    booleanField(ctx, "findings", i, r, who, "veto");
    numberField(ctx, "findings", i, r, who, "points", true);
    const person = personField(ctx, "findings", i, r, who, "person");
    dutyField(ctx, "findings", i, r, who, person);
    const d = dateField(ctx, "findings", i, r, who, "date");
    inMonthNotAfterAsOf(ctx, "findings", i, who, "date", d);
    if (!isBlank(r.standard) && !ctx.standards.has(String(r.standard))) {
      ctx.c.add(
        "unknown-standard",
        "findings",
        i,
        "standard",
        `${who}：扣分标准“${show(r.standard)}”不在考核标准的扣分标准中`,
        "从下拉列表选择扣分标准代码，或留空"
      );
    }
  });
}

function checkQuotas(ctx: Ctx, quotas: Rec[]): void {
  const seen = new Map<string, number>();
  quotas.forEach((r, i) => {
    const who = recordName("quotas", r, i);
    required(ctx, "quotas", i, r, who, ["person", "indicator", "target", "actual"]);
    personField(ctx, "quotas", i, r, who, "person");
    for (const f of ["annualTarget", "target", "actual", "priorActual"])
      numberField(ctx, "quotas", i, r, who, f, true);
    if (isBlank(r.person) || isBlank(r.indicator)) return;
    const key = `${String(r.person)}\u0001${String(r.indicator)}`;
    const first = seen.get(key);
    if (first !== undefined) {
      ctx.c.add(
        "duplicate-quota",
        "quotas",
        i,
        "indicator",
        `${who}：与第 ${first + 1} 条月度指标重复（差额会重复计算）`,
        "合并为一行"
      );
    } else seen.set(key, i);
  });
}

function checkBonuses(ctx: Ctx, bonuses: Rec[]): void {
  bonuses.forEach((r, i) => {
    const who = recordName("bonuses", r, i);
    required(ctx, "bonuses", i, r, who, ["date", "person", "reason", "points"]);
    personField(ctx, "bonuses", i, r, who, "person");
    numberField(ctx, "bonuses", i, r, who, "points", true);
    const d = dateField(ctx, "bonuses", i, r, who, "date");
    inMonthNotAfterAsOf(ctx, "bonuses", i, who, "date", d);
  });
}

function checkCalendarLists(ctx: Ctx, cal: Rec | undefined): void {
  if (!cal) return;
  const lists: Record<string, ISODate[]> = {};
  for (const f of ["restDays", "workDays"]) {
    const label = fieldLabel("calendar", f);
    const values = Array.isArray(cal[f]) ? (cal[f] as unknown[]) : [];
    lists[f] = [];
    values.forEach((v, i) => {
      if (isISODate(v)) lists[f].push(v);
      else {
        ctx.c.add(
          "invalid-date",
          "calendar",
          i,
          f,
          `日历：${label}第 ${i + 1} 项“${show(v)}”不是有效日期`,
          "按 2027-01-01 的格式填写日期"
        );
      }
    });
  }
  const rest = new Set(lists.restDays);
  lists.workDays.forEach((d) => {
    if (!rest.has(d)) return;
    const i = (cal.workDays as unknown[]).indexOf(d);
    ctx.c.add(
      "calendar-conflict",
      "calendar",
      i,
      "workDays",
      `日历：${d} 同时列为休息日和上班日，按休息日计`,
      `在“日历”表中只保留 ${d} 的一种类型`
    );
  });
}

/**
 * One warning when the month's scored period [月初, min(月末, 基准日)] touches a provisional year
 * (provisional.ts decides; a task due in such a year after the period changes nothing).
 */
function checkCalendarYears(ctx: Ctx, cal: Calendar): void {
  if (!ctx.mStart || !ctx.mEnd || !ctx.asOf) return;
  const to = ctx.asOf < ctx.mEnd ? ctx.asOf : ctx.mEnd;
  const status = provisionalStatus(cal, ctx.mStart, to);
  if (status.years.length === 0) return;
  ctx.c.add("calendar-provisional", "calendar", -1, "years", status.message, status.action);
}

/** One warning per person per working day of [max(month start, start), as-of] without a log row. */
function checkMissingLogs(ctx: Ctx, staff: Rec[], logs: Rec[], cal: Calendar): void {
  if (!ctx.mStart || !ctx.mEnd || !ctx.asOf) return;
  const to = ctx.asOf < ctx.mEnd ? ctx.asOf : ctx.mEnd;
  const clean = new Set<string>();
  const withError = new Set<string>();
  logs.forEach((r, i) => {
    if (typeof r.person !== "string" || !isISODate(r.date)) return;
    (ctx.c.isBad("logs", i) ? withError : clean).add(`${r.person}\u0001${r.date}`);
  });
  const done = new Set<string>();
  staff.forEach((r) => {
    // Same people as scoring: withoutErrors keeps a person with an unknown post or bad start date.
    if (isBlank(r.name)) return;
    const name = String(r.name);
    if (done.has(name)) return;
    done.add(name);
    const from = isISODate(r.start) && r.start > ctx.mStart! ? r.start : ctx.mStart!;
    if (from > to) return;
    for (const d of cal.workdays(from, to)) {
      const key = `${name}\u0001${d}`;
      if (clean.has(key)) continue;
      const note = withError.has(key) ? "（当天的日志行有错误，改正后即可计入）" : "";
      // a make-up Saturday without a log reads like a mistake unless the message says what day it is
      const makeUp = cal.dayInfo(d).type === "调休上班";
      const day = `${WEEKDAYS[weekday(d)]}${makeUp ? "，调休上班日" : ""}`;
      const issue = ctx.c.add(
        "missing-log",
        "logs",
        -1,
        "date",
        `${name} ${d}（${day}）没有工作日志${note}`,
        "补填当天的工作日志；请假、出差也填一行"
      );
      issue.person = name;
      issue.date = d;
      if (makeUp) issue.dayKind = "调休上班日";
    }
  });
}

/**
 * Every entry problem of the dataset (SPEC §7), errors and warnings, in the order: header,
 * posts, duties, staff, tasks, logs, weekly plans, findings, quotas, bonuses, calendar, then
 * missing logs. Never throws for bad data; a period in a provisional (暂定) year gives a warning.
 */
export function checkDataset(ds: Dataset, opts?: { calendar?: Calendar }): EntryIssue[] {
  const raw = ds as unknown as Rec;
  const arr = (k: string): Rec[] =>
    Array.isArray(raw[k]) ? (raw[k] as unknown[]).map((x) => (x ?? {}) as Rec) : [];
  const c = new Checker();
  const lists = new Map<string, Rec[]>();
  c.personOf = (collection, index) => {
    let list = lists.get(collection);
    if (!list) lists.set(collection, (list = arr(collection)));
    const rec = list[index];
    const who =
      rec && (collection === "tasks" ? rec.owner : collection === "staff" ? rec.name : rec.person);
    return typeof who === "string" && who.trim() !== "" ? who.trim() : undefined;
  };
  let standards = DEFAULT_RULES.deductionStandards;
  try {
    standards = resolveRules(ds.rules).deductionStandards;
  } catch (e) {
    c.add(
      "invalid-rules",
      "dataset",
      -1,
      "rules",
      e instanceof Error ? e.message : String(e),
      "在“考核标准”表中改正该参数"
    );
  }
  const ctx: Ctx = {
    c,
    staffPost: new Map(),
    posts: new Set(),
    dutyPost: new Map(),
    standards: new Set(standards.map((s) => s.code)),
    years: new Map(),
  };
  let cal: Calendar;
  try {
    cal = opts?.calendar ?? new Calendar(ds.calendar);
  } catch {
    cal = new Calendar(); // a malformed calendar object: its entries are reported below
  }

  checkHeader(ctx, raw);
  const posts = arr("posts");
  checkPosts(ctx, posts);
  checkDuties(ctx, arr("duties"), posts);
  checkStaff(ctx, arr("staff"));
  checkTasks(ctx, arr("tasks"), cal);
  checkLogs(ctx, arr("logs"));
  checkWeeklyPlans(ctx, arr("weeklyPlans"));
  checkFindings(ctx, arr("findings"));
  checkQuotas(ctx, arr("quotas"));
  checkBonuses(ctx, arr("bonuses"));
  checkCalendarLists(ctx, raw.calendar as Rec | undefined);
  checkCalendarYears(ctx, cal);
  checkMissingLogs(ctx, arr("staff"), arr("logs"), cal);
  return c.issues;
}

// ---- using the result ----------------------------------------------------------------------

/**
 * Errors that make a post, duty or staff record unusable. Other errors on these records (a post
 * whose points do not sum to 100, a person whose post is unknown, a duty without content) leave
 * the record in: dropping a person would drop them from the ranking, and dropping a post or
 * duty would change everyone's caps. A staff start date that is not a date is dropped instead.
 */
function dropsReference(issue: EntryIssue): boolean {
  switch (issue.collection) {
    case "posts":
      return issue.code === "missing-field";
    case "duties":
      return (
        (issue.code === "missing-field" && issue.field !== "content") ||
        ["unknown-post", "duplicate-duty-code", "not-a-number", "negative-number"].includes(
          issue.code
        )
      );
    case "staff":
      return (
        (issue.code === "missing-field" && issue.field === "name") ||
        issue.code === "duplicate-staff"
      );
    default:
      return true;
  }
}

const RECORD_COLLECTIONS = [
  "posts",
  "duties",
  "staff",
  "tasks",
  "logs",
  "weeklyPlans",
  "findings",
  "quotas",
  "bonuses",
] as const;

/**
 * A copy of the dataset for scoring: every task, log, weekly plan, finding, quota and bonus with
 * an error is left out; posts, duties and staff only when the error makes them unusable (see
 * dropsReference); invalid calendar dates are left out. Dataset-level errors (month, as-of date,
 * rules) cannot be removed: see isUnusable. Records are shared with the input, not cloned.
 */
export function withoutErrors(ds: Dataset, issues: readonly EntryIssue[]): Dataset {
  const drop = new Map<Collection, Set<number>>();
  let badStart: Set<number> | undefined;
  for (const issue of issues) {
    if (issue.severity !== "error" || issue.index < 0) continue;
    if (issue.collection === "staff" && issue.code === "invalid-date" && issue.field === "start") {
      (badStart ??= new Set()).add(issue.index);
    }
    if (issue.collection === "calendar" || !dropsReference(issue)) continue;
    let set = drop.get(issue.collection);
    if (!set) drop.set(issue.collection, (set = new Set()));
    set.add(issue.index);
  }
  const out: Dataset = { ...ds };
  for (const coll of RECORD_COLLECTIONS) {
    const gone = drop.get(coll);
    if (gone && Array.isArray(ds[coll])) {
      (out as unknown as Record<string, unknown[]>)[coll] = (ds[coll] as unknown[]).filter(
        (_, i) => !gone.has(i)
      );
    }
  }
  if (badStart) {
    // Index into the original staff list, before any staff record is dropped.
    const dropped = drop.get("staff");
    out.staff = ds.staff
      .map((s, i) => {
        if (!badStart!.has(i)) return s;
        const rest = { ...s };
        delete rest.start;
        return rest;
      })
      .filter((_, i) => !dropped?.has(i));
  }
  if (ds.calendar) {
    out.calendar = {
      ...ds.calendar,
      restDays: (ds.calendar.restDays ?? []).filter(isISODate),
      workDays: (ds.calendar.workDays ?? []).filter(isISODate),
    };
  }
  return out;
}

/** Dataset-level errors (month, as-of date, rules): nothing can be scored until they are fixed. */
export function isUnusable(issues: readonly EntryIssue[]): boolean {
  return issues.some((i) => i.severity === "error" && i.collection === "dataset");
}

export interface IssueSummary {
  errors: number;
  warnings: number;
  /** count per check code, e.g. { "missing-log": 12 } */
  byCode: Record<string, number>;
}

export function summarizeIssues(issues: readonly EntryIssue[]): IssueSummary {
  const out: IssueSummary = { errors: 0, warnings: 0, byCode: {} };
  for (const i of issues) {
    if (i.severity === "error") out.errors++;
    else out.warnings++;
    out.byCode[i.code] = (out.byCode[i.code] ?? 0) + 1;
  }
  return out;
}
