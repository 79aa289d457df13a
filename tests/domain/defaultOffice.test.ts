// The built-in default office (SPEC §3): handbook, roster and the sample month, and evidence in
// the data that the sample month holds every deliberate case of docs/default-office.md.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { Calendar } from "../../src/domain/calendar";
import { checkDataset } from "../../src/domain/checks";
import { weekday } from "../../src/domain/dates";
import { defaultHandbook, defaultStaff, sampleMonth } from "../../src/domain/defaultOffice";
import { parseDataset } from "../../src/domain/load";
import { DEFAULT_RULES } from "../../src/domain/rules";
import { scoreMonth, toReport } from "../../src/domain/scoring";
import {
  FREQUENCIES,
  LOG_STATUSES,
  TASK_SOURCES,
  type Dataset,
  type Task,
} from "../../src/domain/types";

const templates = path.resolve(__dirname, "../../templates");
const readTemplate = (f: string) => JSON.parse(fs.readFileSync(path.join(templates, f), "utf8"));

// SPEC §3, in the article's order.
const COUNTS: Array<[string, string, number]> = [
  ["办公室主任", "ZR", 12],
  ["业务副主任", "YF", 12],
  ["行政副主任", "XF", 8],
  ["行政事务管理及宣传", "XZ", 7],
  ["秘书", "MS", 10],
  ["档案员", "DA", 15],
  ["文印", "WY", 7],
  ["通讯员", "TX", 8],
  ["炊事员", "CS", 6],
  ["水电工", "SD", 6],
  ["医务人员", "YW", 9],
  ["机关门卫", "MW", 8],
  ["司机", "SJ", 7],
];

describe("the handbook of the default office", () => {
  const hb = defaultHandbook();

  test("13 posts with the article's names, in its order", () => {
    expect(hb.office).toBe("惠金河务局办公室");
    expect(hb.posts.map((p) => p.name)).toEqual(COUNTS.map(([name]) => name));
  });

  test("exactly the article's number of duties per post, 115 in all", () => {
    // 12+12+8+7+10+15+7+8+6+6+9+8+7 = 115
    expect(hb.duties).toHaveLength(115);
    for (const [post, , n] of COUNTS)
      expect([post, hb.duties.filter((d) => d.post === post).length]).toEqual([post, n]);
  });

  test("each post's points sum to exactly 100, each item a positive whole or half point", () => {
    for (const [post] of COUNTS) {
      const pts = hb.duties.filter((d) => d.post === post).map((d) => d.points);
      for (const p of pts) {
        expect(p).toBeGreaterThan(0);
        expect(Number.isInteger(p * 2)).toBe(true);
      }
      // Halves add exactly in binary floating point, so an exact comparison is safe.
      expect([post, pts.reduce((a, b) => a + b, 0)]).toEqual([post, 100]);
    }
  });

  test("core duties weigh more: each post's first item (its core work) carries the post's top points", () => {
    for (const [post] of COUNTS) {
      const pts = hb.duties.filter((d) => d.post === post).map((d) => d.points);
      expect([post, pts[0]]).toEqual([post, Math.max(...pts)]);
      expect(Math.max(...pts)).toBeGreaterThan(Math.min(...pts));
    }
  });

  test("codes are the post prefix and a running two-digit number, unique", () => {
    for (const [post, prefix, n] of COUNTS) {
      const codes = hb.duties.filter((d) => d.post === post).map((d) => d.code);
      expect(codes).toEqual(
        Array.from({ length: n }, (_, i) => `${prefix}-${String(i + 1).padStart(2, "0")}`)
      );
    }
    expect(new Set(hb.duties.map((d) => d.code)).size).toBe(115);
  });

  test("no two duties alike: contents unique across the whole handbook, every text filled in", () => {
    expect(new Set(hb.duties.map((d) => d.content)).size).toBe(115);
    for (const d of hb.duties) {
      expect(d.content.length).toBeGreaterThanOrEqual(12);
      expect(d.timeLimit.length).toBeGreaterThanOrEqual(4);
      expect(d.standard.length).toBeGreaterThanOrEqual(6);
    }
  });

  test("Chinese text with no placeholder: no ASCII letters, no 待定/XXX/示例/……", () => {
    for (const d of hb.duties) {
      for (const text of [d.content, d.timeLimit, d.standard]) {
        expect([d.code, text]).toEqual([
          d.code,
          expect.not.stringMatching(/[A-Za-z]|待定|待补充|示例|……|\.\.\.|？|\?/),
        ]);
        expect(text).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  test("frequencies come from the list; checkers are posts (the director's own: 分管局领导), never the post itself", () => {
    const posts = new Set(COUNTS.map(([name]) => name));
    for (const d of hb.duties) {
      expect(FREQUENCIES).toContain(d.frequency);
      if (d.post === "办公室主任") expect(d.checker).toBe("分管局领导");
      else expect(posts.has(d.checker)).toBe(true);
      expect(d.checker).not.toBe(d.post);
    }
  });

  test("a deep copy: changing what one call returns leaves the next call untouched", () => {
    const a = defaultHandbook();
    a.duties[0].points = 0;
    a.posts.pop();
    const b = defaultHandbook();
    expect(b.duties[0].points).toBe(12);
    expect(b.posts).toHaveLength(13);
  });
});

describe("the roster of the default office", () => {
  const staff = defaultStaff();

  test("about 20 people with unique Chinese names, every post held", () => {
    expect(staff.length).toBeGreaterThanOrEqual(18);
    expect(staff.length).toBeLessThanOrEqual(22);
    expect(new Set(staff.map((s) => s.name)).size).toBe(staff.length);
    for (const s of staff) expect(s.name).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
    const held = new Set(staff.map((s) => s.post));
    for (const [post] of COUNTS) expect(held.has(post)).toBe(true);
    expect(held.size).toBe(13);
  });

  test("posts held by several people: 2 秘书, 2 档案员, 3 机关门卫, 2 司机", () => {
    const n = (post: string) => staff.filter((s) => s.post === post).length;
    expect([n("秘书"), n("档案员"), n("机关门卫"), n("司机"), n("办公室主任")]).toEqual([
      2, 2, 3, 2, 1,
    ]);
  });

  test("a deep copy each call", () => {
    const a = defaultStaff();
    a[0].name = "改名";
    expect(defaultStaff()[0].name).not.toBe("改名");
  });
});

describe("the sample month 2026-10", () => {
  const ds: Dataset = sampleMonth();
  const cal = new Calendar(ds.calendar);
  const people = ds.staff.map((s) => s.name);
  const startOf = (name: string) => ds.staff.find((s) => s.name === name)?.start ?? "2026-10-01";
  const workdays = cal.workdays("2026-10-01", "2026-10-31");
  const task = (id: string): Task => {
    const t = ds.tasks.find((x) => x.id === id);
    if (!t) throw new Error(`no task ${id}`);
    return t;
  };
  const hasLog = (name: string, d: string) =>
    ds.logs.some((l) => l.person === name && l.date === d);
  const missingDays = (name: string) =>
    workdays.filter((d) => d >= startOf(name) && !hasLog(name, d));

  test("office, month, as-of date; handbook and roster are the template files", () => {
    expect([ds.office, ds.month, ds.asOf]).toEqual(["惠金河务局办公室", "2026-10", "2026-10-31"]);
    const hb = readTemplate("handbook.json");
    expect(ds.office).toBe(hb.office);
    expect(ds.posts).toEqual(hb.posts);
    expect(ds.duties).toEqual(hb.duties);
    expect(ds.staff).toEqual(readTemplate("staff.json"));
    expect(ds.posts).toEqual(defaultHandbook().posts);
    expect(ds.staff).toEqual(defaultStaff());
  });

  test("the committed file is exactly what scripts/make-sample.js generates (seeded, deterministic)", () => {
    const r = spawnSync(
      "node",
      [path.resolve(__dirname, "../../scripts/make-sample.js"), "--check"],
      {
        encoding: "utf8",
      }
    );
    expect([r.status, r.stderr]).toEqual([0, ""]);
  });

  test("free text is Chinese: no ASCII letters in logs, plans, tasks, findings, quotas, bonuses", () => {
    const texts = [
      ...ds.logs.flatMap((l) => [l.content, l.problem, l.measure, l.selfCheck]),
      ...ds.weeklyPlans.flatMap((w) => [w.item, w.outcome]),
      ...ds.tasks.flatMap((t) => [t.title, t.note]),
      ...ds.findings.flatMap((f) => [f.problem, f.checker]),
      ...ds.quotas.map((q) => q.indicator),
      ...ds.bonuses.map((b) => b.reason),
      ...ds.staff.map((s) => s.note),
    ].filter((t): t is string => t !== undefined);
    expect(texts.filter((t) => /[A-Za-z]/.test(t) || t.trim() === "")).toEqual([]);
  });

  test("the file has the shape of the dataset schema", () => {
    const r = parseDataset(sampleMonth());
    expect(r.ok ? [] : r.problems).toEqual([]);
  });

  test("October 2026 has the 18 working days the sample is written for", () => {
    // 10-08, 10-09, Sat 10-10 (调休上班), 10-12…16, 10-19…23, 10-26…30 = 3 + 5 + 5 + 5
    expect(workdays).toHaveLength(18);
    expect(workdays.slice(0, 3)).toEqual(["2026-10-08", "2026-10-09", "2026-10-10"]);
    expect(weekday("2026-10-10")).toBe(6);
  });

  test("every record names a person of the roster and, when it names one, a handbook duty", () => {
    const codes = new Set(ds.duties.map((d) => d.code));
    const records = [
      ...ds.logs.map((l) => [l.person, l.duty]),
      ...ds.weeklyPlans.map((w) => [w.person, w.duty]),
      ...ds.tasks.map((t) => [t.owner, t.duty]),
      ...ds.findings.map((f) => [f.person, f.duty]),
      ...ds.quotas.map((q) => [q.person, undefined]),
      ...ds.bonuses.map((b) => [b.person, undefined]),
    ];
    for (const [person, duty] of records) {
      expect(people).toContain(person);
      if (duty !== undefined) expect(codes.has(duty)).toBe(true);
    }
  });

  test("logs: only on working days of the month, from the person's start date, valid statuses", () => {
    expect(ds.logs.length).toBeGreaterThan(350);
    for (const l of ds.logs) {
      expect(cal.isWorkday(l.date)).toBe(true);
      expect(l.date >= startOf(l.person)).toBe(true);
      expect(LOG_STATUSES).toContain(l.status);
      expect(l.content).toMatch(/[\u4e00-\u9fff]{4}/);
    }
    const statuses = new Set(ds.logs.map((l) => l.status));
    expect([...statuses].sort()).toEqual([...LOG_STATUSES].sort());
    expect(ds.logs.some((l) => l.problem && l.measure)).toBe(true);
    expect(ds.logs.some((l) => l.selfCheck)).toBe(true);
  });

  test("missing logs: someone has none on Saturday 10-10, one person misses three days, the rest none", () => {
    expect(cal.isWorkday("2026-10-10")).toBe(true);
    const due = people.filter((p) => startOf(p) <= "2026-10-10");
    expect(due.filter((p) => !hasLog(p, "2026-10-10"))).toEqual(["冯建军"]);
    expect(missingDays("宋国庆")).toEqual(["2026-10-15", "2026-10-16", "2026-10-22"]);
    const others = people.filter((p) => p !== "冯建军" && p !== "宋国庆");
    for (const p of others) expect([p, missingDays(p)]).toEqual([p, []]);
  });

  test("a person who joined mid-month logs every working day from 10-19 and none before", () => {
    const joiner = ds.staff.filter((s) => s.start);
    expect(joiner.map((s) => [s.name, s.start])).toEqual([["韩立新", "2026-10-19"]]);
    const days = [
      ...new Set(ds.logs.filter((l) => l.person === "韩立新").map((l) => l.date)),
    ].sort();
    expect(days).toEqual(workdays.filter((d) => d >= "2026-10-19")); // 10 working days
    expect(days).toHaveLength(10);
  });

  test("a 请假 or 出差 day is one row of that status and nothing else", () => {
    const away = ds.logs.filter((l) => l.status === "请假" || l.status === "出差");
    expect(away.length).toBeGreaterThanOrEqual(4);
    for (const a of away) {
      expect(ds.logs.filter((l) => l.person === a.person && l.date === a.date)).toHaveLength(1);
    }
  });

  test("weekly plans for the four weeks, each keyed by its Monday (10-05 is a holiday Monday)", () => {
    const weeks = [...new Set(ds.weeklyPlans.map((w) => w.weekStart))].sort();
    expect(weeks).toEqual(["2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26"]);
    for (const w of ds.weeklyPlans) expect(weekday(w.weekStart)).toBe(1);
    expect(cal.isWorkday("2026-10-05")).toBe(false);
    for (const p of people) expect(ds.weeklyPlans.some((w) => w.person === p)).toBe(true);
    expect(ds.weeklyPlans.some((w) => w.person === "韩立新" && w.weekStart < "2026-10-19")).toBe(
      false
    );
  });

  test("about 25 tasks, unique ids, every source used, every task with a due date or a limit", () => {
    expect(ds.tasks.length).toBeGreaterThanOrEqual(22);
    expect(ds.tasks.length).toBeLessThanOrEqual(30);
    expect(new Set(ds.tasks.map((t) => t.id)).size).toBe(ds.tasks.length);
    expect([...new Set(ds.tasks.map((t) => t.source))].sort()).toEqual([...TASK_SOURCES].sort());
    for (const t of ds.tasks) {
      expect(t.id).toMatch(/^2026-(09|10)-\d{3}$/);
      expect(Boolean(t.due) !== (t.limitWorkdays !== undefined)).toBe(true);
      if (t.completed) expect(t.completed >= t.assigned && t.completed <= ds.asOf).toBe(true);
      if (t.reported)
        expect(t.completed && t.reported >= t.completed && t.reported <= ds.asOf).toBe(true);
    }
  });

  test("task cases: on time and reported next day; late; reported 3 working days later; never reported", () => {
    const t1 = task("2026-10-001");
    expect(t1.completed! <= t1.due!).toBe(true);
    expect(cal.wd(t1.completed!, t1.reported!)).toBe(1); // 10-09 → 10-10 (Saturday, 调休上班)
    const late = task("2026-10-003");
    expect(cal.wd(late.due!, late.completed!)).toBe(2); // 10-14 → 10-15, 10-16
    const slow = task("2026-10-004");
    expect(slow.completed! <= slow.due!).toBe(true);
    expect(cal.wd(slow.completed!, slow.reported!)).toBe(3); // 10-16 → 10-19, 10-20, 10-21
    const silent = task("2026-10-005");
    expect([Boolean(silent.completed), silent.reported]).toEqual([true, undefined]);
  });

  test("task cases: open since September; 临期 at the Saturday as-of date; in progress into November", () => {
    const old = task("2026-09-014");
    expect([old.assigned < "2026-10-01", old.due, old.completed]).toEqual([
      true,
      "2026-09-28",
      undefined,
    ]);
    // Charged in October from max(D, P0 − 1) = 09-30: wd(09-30, 10-31) = 18 → 2 + 0.5 × 18 = 11.
    expect(cal.wd("2026-09-30", ds.asOf)).toBe(18);
    const soon = ds.tasks.filter(
      (t) => !t.completed && t.due && t.due > ds.asOf && cal.wd(ds.asOf, t.due) <= 2
    );
    expect(soon.map((t) => [t.id, t.due, cal.wd(ds.asOf, t.due!)])).toEqual([
      ["2026-10-006", "2026-11-03", 2],
      ["2026-10-007", "2026-11-02", 1],
    ]);
    const open = ds.tasks.filter((t) => !t.completed && t.due && cal.wd(ds.asOf, t.due) > 2);
    expect(open.map((t) => t.due)).toEqual(["2026-11-13", "2026-11-27"]);
  });

  test("a time limit in working days assigned before National Day falls due after it", () => {
    const t = ds.tasks.filter((x) => x.limitWorkdays !== undefined);
    expect(t.map((x) => [x.id, x.assigned, x.limitWorkdays])).toEqual([
      ["2026-09-021", "2026-09-29", 5],
    ]);
    // 09-30, 10-08, 10-09, 10-10, 10-12: the 5th working day after 09-29 (plain Mon–Fri: 10-06).
    expect(cal.addWd("2026-09-29", 5)).toBe("2026-10-12");
    expect(t[0].completed).toBe("2026-10-12");
  });

  test("a task naming another post's duty, and one naming no duty", () => {
    const postOf = new Map(ds.staff.map((s) => [s.name, s.post]));
    const dutyPost = new Map(ds.duties.map((d) => [d.code, d.post]));
    const foreign = ds.tasks.filter((t) => t.duty && dutyPost.get(t.duty) !== postOf.get(t.owner));
    expect(foreign.map((t) => [t.id, t.owner, t.duty])).toEqual([
      ["2026-10-009", "张志强", "WY-04"],
    ]);
    expect(ds.tasks.filter((t) => !t.duty).map((t) => t.id)).toEqual(["2026-10-010"]);
  });

  test("findings: both sources, self-checks rectified and not, standards from the 扣分标准 list", () => {
    const codes = new Set(DEFAULT_RULES.deductionStandards.map((s) => s.code));
    for (const f of ds.findings) {
      if (f.standard) expect(codes.has(f.standard)).toBe(true);
      expect(f.points).toBeGreaterThanOrEqual(0.5);
      expect(f.points).toBeLessThanOrEqual(5);
      expect(f.date.startsWith("2026-10") && f.date <= ds.asOf).toBe(true);
    }
    const kinds = new Set(ds.findings.map((f) => `${f.source}/${f.rectified}`));
    for (const k of ["组织检查/true", "组织检查/false", "自查/true", "自查/false"])
      expect(kinds.has(k)).toBe(true);
  });

  test("exactly one veto finding, for one person", () => {
    expect(ds.findings.filter((f) => f.veto).map((f) => f.person)).toEqual(["范卫东"]);
  });

  test("findings on one duty of one person go past that duty's points (the cap applies)", () => {
    const factor = (source: string, rectified: boolean) =>
      source === "组织检查" ? 1 : rectified ? 0 : 0.5;
    const pts = ds.duties.find((d) => d.code === "MW-07")!.points;
    const sum = ds.findings
      .filter((f) => f.person === "郭长山" && f.duty === "MW-07")
      .reduce((a, f) => a + f.points * factor(f.source, f.rectified), 0);
    expect([pts, sum]).toEqual([5, 7]); // 2 + 2 + 2 (组织检查) + 2 × 0.5 (自查未整改) = 7 > 5
  });

  test("quotas: 24 a year / 2 a month with one short by 1 and one at 4; 信息报送 for the 秘书", () => {
    const q = (person: string, ind: string) =>
      ds.quotas.find((x) => x.person === person && x.indicator.startsWith(ind));
    expect(q("郑浩然", "宣传稿件")).toMatchObject({ annualTarget: 24, target: 2, actual: 1 });
    expect(q("陈雅琴", "宣传稿件")).toMatchObject({ annualTarget: 24, target: 2, actual: 4 });
    const info = ds.quotas.filter((x) => x.indicator.startsWith("信息报送")).map((x) => x.person);
    expect(info.length).toBeGreaterThan(0);
    for (const p of info) expect(ds.staff.find((s) => s.name === p)?.post).toBe("秘书");
  });

  test("bonuses: someone's bonuses plus quota excess go past the 5-point cap", () => {
    const excess = (p: string) =>
      ds.quotas
        .filter((q) => q.person === p)
        .reduce((a, q) => a + 0.5 * Math.max(0, q.actual - q.target), 0);
    const total = (p: string) =>
      ds.bonuses.filter((b) => b.person === p).reduce((a, b) => a + b.points, 0) + excess(p);
    expect(total("陈雅琴")).toBe(6); // 3 + 2 + 0.5 × (4 − 2)
    expect(ds.bonuses.some((b) => b.reason.includes("表扬"))).toBe(true);
  });

  test("calendar overrides present and empty: the State Council calendar alone applies", () => {
    expect(ds.calendar).toEqual({ restDays: [], workDays: [] });
    expect(ds.rules).toBeUndefined();
  });

  test("a deep copy each call", () => {
    const a = sampleMonth();
    a.logs.length = 0;
    a.tasks[0].completed = undefined;
    const b = sampleMonth();
    expect(b.logs.length).toBe(ds.logs.length);
    expect(b.tasks[0].completed).toBe("2026-10-09");
  });
});

describe("the sample month as checked", () => {
  test("no entry errors; the only warnings are the deliberate ones", () => {
    const issues = checkDataset(sampleMonth());
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    // 1 task naming another post's duty + 4 missing log days (冯建军 10-10, 宋国庆 10-15/16/22).
    expect(issues.map((i) => i.code).sort()).toEqual([
      "duty-of-other-post",
      "missing-log",
      "missing-log",
      "missing-log",
      "missing-log",
    ]);
  });
});

// The outcomes the sample is tuned for, as the scoring engine computes them (SPEC §4).
describe("the sample month as scored", () => {
  const report = toReport(scoreMonth(sampleMonth()));
  const person = (name: string) => {
    const p = report.people.find((x) => x.name === name);
    if (!p) throw new Error(`no result for ${name}`);
    return p;
  };

  test("a rank tie: 郭长山 (duty cap) and 范卫东 (veto) both 95, same rank, different grades", () => {
    // 郭长山: MW-07 findings 7 capped at the duty's 5 → 100 − 5 = 95.
    // 范卫东: one 组织检查 finding of 5 on SJ-05 (15 points) → 95, but 一票否决 → 不合格.
    const a = person("郭长山");
    const b = person("范卫东");
    expect([a.score, b.score]).toEqual([95, 95]);
    expect(a.rank).toBe(b.rank);
    expect([a.grade, b.grade]).toEqual(["优秀", "不合格"]);
    expect(b.money).toBe(-200);
  });

  test("every grade occurs: 优秀, 良好 (89), 合格 (78), 不合格 (veto)", () => {
    // 周海涛: 2 + 0.5 × 18 = 11 for the September task on XF-05 (14 points) → 89.
    expect([person("周海涛").score, person("周海涛").grade]).toEqual([89, "良好"]);
    // 宋国庆: 11 (MW-01, September task) + 4.5 (MW-04, due 10-23: 2 + 0.5 × 5) + 3 × 1 missing
    // logs + 2 (MW-04) + 1 (MW-02) + 1 × 0.5 (MW-01, 自查未整改) = 22 → 78.
    expect([person("宋国庆").score, person("宋国庆").grade]).toEqual([78, "合格"]);
    expect(new Set(report.people.map((p) => p.grade))).toEqual(
      new Set(["优秀", "良好", "合格", "不合格"])
    );
  });

  test("a task done on October's last working day, not yet reported at 10-31, is not charged", () => {
    // 2026-10-026: completed Fri 10-30, report deadline Mon 11-02 lies in November
    expect(person("赵明远").deductions.filter((d) => d.ref === "2026-10-026")).toEqual([]);
  });

  test("the bonus cap and the quota money", () => {
    // 陈雅琴: 100 − 1 (K12 finding) + min(5, 6) = 104.
    expect([person("陈雅琴").bonus, person("陈雅琴").score]).toEqual([5, 104]);
    // 郑浩然: 2 (逾期完成 2 days: 1 + 0.5 × 2) + 1 (finding) + 1 (quota short by 1) → 96, 优秀 300 − 50 = 250.
    expect([person("郑浩然").score, person("郑浩然").money]).toEqual([96, 250]);
  });
});
