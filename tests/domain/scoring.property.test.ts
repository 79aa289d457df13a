// Property-based checks of the scoring rules on random office months in Oct–Nov 2026.
import fc from "fast-check";
import { Calendar } from "../../src/domain/calendar";
import { addDays } from "../../src/domain/dates";
import {
  scoreMonth,
  toReport,
  type MonthResult,
  type PeriodResult,
} from "../../src/domain/scoring";
import type {
  Dataset,
  Duty,
  Finding,
  LogEntry,
  Post,
  Staff,
  Task,
  WeeklyPlan,
} from "../../src/domain/types";
import { FINDING_SOURCES, LOG_STATUSES, TASK_SOURCES } from "../../src/domain/types";

const cal = new Calendar();
const RUNS = 150;
const WORKDAYS = cal.workdays("2026-10-01", "2026-11-30");

const DUTIES: Duty[] = [
  ["MS-01", "秘书", 40],
  ["MS-02", "秘书", 30],
  ["MS-03", "秘书", 30],
  ["DA-01", "档案员", 25],
  ["DA-02", "档案员", 25],
  ["DA-03", "档案员", 50],
  ["SJ-01", "司机", 100],
].map(([code, post, points]) => ({
  code: code as string,
  post: post as string,
  content: `${code}的工作内容`,
  frequency: "每日",
  timeLimit: "当日",
  standard: "无差错",
  checker: "办公室主任",
  points: points as number,
}));
const CODES = DUTIES.map((d) => d.code);
const NAMES = ["张三", "李四", "王五", "赵六", "孙七"];

/** A date of [from, from + span] (days). */
const dateIn = (from: string, span: number) =>
  fc.integer({ min: 0, max: span }).map((n) => addDays(from, n));
const half = (max: number) => fc.integer({ min: 0, max: max * 2 }).map((n) => n / 2);
/** Multiples of 0.1: user decimals, not exact in binary. */
const tenth = (max: number) => fc.integer({ min: 1, max: max * 10 }).map((n) => n / 10);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const staffArb: fc.Arbitrary<Staff[]> = fc
  .uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 5 })
  .chain((names) =>
    fc.tuple(
      ...names.map((name) =>
        fc.record({
          name: fc.constant(name),
          post: fc.constantFrom("秘书", "档案员", "司机"),
          start: maybe(dateIn("2026-09-20", 70)),
        })
      )
    )
  )
  .map((xs) => xs.map((s) => (s.start ? s : { name: s.name, post: s.post })));

const personArb = fc.constantFrom(...NAMES, "外单位人员");
const dutyArb = maybe(fc.constantFrom(...CODES, "XX-99"));

const taskArb: fc.Arbitrary<Task> = fc
  .record({
    id: fc.integer({ min: 1, max: 99 }).map((n) => `T${n}`),
    source: fc.constantFrom(...TASK_SOURCES),
    owner: personArb,
    duty: dutyArb,
    assigned: dateIn("2026-09-15", 76),
    dueAfter: fc.integer({ min: 0, max: 20 }),
    limit: maybe(fc.integer({ min: 1, max: 10 })),
    doneAfter: maybe(fc.integer({ min: 0, max: 30 })),
    reportAfter: maybe(fc.integer({ min: 0, max: 6 })),
  })
  .map((r) => {
    const t: Task = {
      id: r.id,
      source: r.source,
      title: "交办事项",
      owner: r.owner,
      assigned: r.assigned,
    };
    if (r.duty) t.duty = r.duty;
    if (r.limit !== undefined) t.limitWorkdays = r.limit;
    else t.due = addDays(r.assigned, r.dueAfter);
    if (r.doneAfter !== undefined) {
      t.completed = addDays(r.assigned, r.doneAfter);
      if (r.reportAfter !== undefined) t.reported = addDays(t.completed, r.reportAfter);
    }
    return t;
  });

const findingArb: fc.Arbitrary<Finding> = fc
  .record({
    date: dateIn("2026-09-25", 70),
    person: personArb,
    duty: dutyArb,
    problem: fc.constantFrom("收文未登记", "纪要延迟", "档案未归档", "车辆未保养"),
    points: fc.oneof(half(30), tenth(5)),
    source: fc.constantFrom(...FINDING_SOURCES),
    rectified: fc.boolean(),
    veto: fc.integer({ min: 0, max: 15 }).map((n) => n === 0), // rare
  })
  .map(({ duty, ...f }) => (duty ? { ...f, duty } : f));

function logsArb(staff: Staff[]): fc.Arbitrary<LogEntry[]> {
  const cells = staff.flatMap((s) => WORKDAYS.map((d) => ({ person: s.name, date: d })));
  return fc
    .tuple(
      fc.array(fc.integer({ min: 0, max: 9 }), {
        minLength: cells.length,
        maxLength: cells.length,
      }),
      fc.array(fc.constantFrom(...LOG_STATUSES), {
        minLength: cells.length,
        maxLength: cells.length,
      })
    )
    .map(([keep, status]) =>
      cells.flatMap((c, i) =>
        keep[i] === 0
          ? []
          : [{ date: c.date, person: c.person, content: "日常工作", status: status[i] }]
      )
    );
}

const datasetArb: fc.Arbitrary<Dataset> = staffArb
  .chain((staff) =>
    fc.record({
      office: fc.constant("测试办公室"),
      month: fc.constantFrom("2026-10", "2026-11"),
      asOfDay: fc.integer({ min: 0, max: 40 }),
      posts: fc.constant<Post[]>([{ name: "秘书" }, { name: "档案员" }, { name: "司机" }]),
      duties: fc.constant(DUTIES),
      staff: fc.constant(staff),
      tasks: fc.array(taskArb, { maxLength: 8 }),
      logs: logsArb(staff),
      weeklyPlans: fc.constant<WeeklyPlan[]>([]),
      findings: fc.array(findingArb, { maxLength: 8 }),
      quotas: fc.array(
        fc.record({
          person: personArb,
          indicator: fc.constantFrom("宣传稿件", "信息报送"),
          target: fc.integer({ min: 0, max: 5 }),
          actual: fc.integer({ min: 0, max: 8 }),
        }),
        { maxLength: 3 }
      ),
      bonuses: fc.array(
        fc.record({
          date: dateIn("2026-09-28", 65),
          person: personArb,
          reason: fc.constantFrom("通报表扬", "信息被采用"),
          points: half(4),
        }),
        { maxLength: 4 }
      ),
    })
  )
  .map(({ asOfDay, ...ds }) => ({ ...ds, asOf: addDays(`${ds.month}-01`, asOfDay) }));

const score = (ds: Dataset): MonthResult => scoreMonth(ds, { calendar: cal });
const allPeriods = (r: MonthResult): PeriodResult[] => [r.month, ...r.weeks];

/** Every (period, person) score keyed `periodStart|name`. */
function scoresByKey(r: MonthResult): Map<string, number> {
  const m = new Map<string, number>();
  for (const p of allPeriods(r))
    for (const x of p.people) m.set(`${p.period.start}|${x.name}`, x.score);
  return m;
}

function expectNoScoreRises(before: MonthResult, after: MonthResult): void {
  const a = scoresByKey(after);
  const rises = [...scoresByKey(before)]
    .filter(([k, s]) => !(a.get(k)! <= s))
    .map(([k, s]) => `${k}: ${s} → ${a.get(k)}`);
  expect(rises).toEqual([]);
}

function seededShuffle<T>(xs: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe("scoring properties (random Oct–Nov 2026 months)", () => {
  it("every score of the month and of each week is in [0, 105]", () => {
    fc.assert(
      fc.property(datasetArb, (ds) => {
        for (const p of allPeriods(score(ds))) {
          for (const x of p.people) {
            expect(x.score).toBeGreaterThanOrEqual(0);
            expect(x.score).toBeLessThanOrEqual(105);
          }
        }
      }),
      { numRuns: RUNS }
    );
  });

  it("no duty's counted deduction exceeds its points; counted = min(deducted, points)", () => {
    fc.assert(
      fc.property(datasetArb, (ds) => {
        for (const p of allPeriods(score(ds))) {
          for (const x of p.people) {
            for (const l of x.dutyLines) {
              expect(l.counted).toBeLessThanOrEqual(l.points);
              expect(l.counted).toBe(Math.min(l.deducted, l.points));
            }
          }
        }
      }),
      { numRuns: RUNS }
    );
  });

  it("adding a finding never raises anyone's score", () => {
    fc.assert(
      fc.property(datasetArb, findingArb, (ds, f) => {
        expectNoScoreRises(score(ds), score({ ...ds, findings: [...ds.findings, f] }));
      }),
      { numRuns: RUNS }
    );
  });

  it("adding a task (overdue or not) never raises anyone's score", () => {
    fc.assert(
      fc.property(datasetArb, taskArb, (ds, t) => {
        expectNoScoreRises(score(ds), score({ ...ds, tasks: [...ds.tasks, t] }));
      }),
      { numRuns: RUNS }
    );
  });

  it("an overdue open task naming no duty lowers its owner's month score while anything is left", () => {
    fc.assert(
      fc.property(datasetArb, (ds) => {
        const owner = ds.staff[0];
        const t: Task = {
          id: "TX",
          source: "领导交办",
          title: "逾期事项",
          owner: owner.name,
          assigned: "2026-09-01",
          due: "2026-09-10",
        };
        const before = score(ds).month.people[0];
        const after = score({ ...ds, tasks: [...ds.tasks, t] }).month.people[0];
        // No duty named: 'other', uncapped, at least the base 2 points.
        if (before.score - before.bonus > 0) expect(after.score).toBeLessThan(before.score);
        expect(after.otherDeduction).toBeGreaterThanOrEqual(before.otherDeduction + 2);
      }),
      { numRuns: RUNS }
    );
  });

  it("removing a log never raises anyone's score", () => {
    fc.assert(
      fc.property(datasetArb, fc.nat(), (ds, k) => {
        fc.pre(ds.logs.length > 0);
        const i = k % ds.logs.length;
        expectNoScoreRises(score(ds), score({ ...ds, logs: ds.logs.filter((_, j) => j !== i) }));
      }),
      { numRuns: RUNS }
    );
  });

  it("the result does not depend on record order (every array shuffled)", () => {
    fc.assert(
      fc.property(datasetArb, fc.integer(), (ds, seed) => {
        const shuffled: Dataset = {
          ...ds,
          posts: seededShuffle(ds.posts, seed),
          duties: seededShuffle(ds.duties, seed + 1),
          staff: seededShuffle(ds.staff, seed + 2),
          tasks: seededShuffle(ds.tasks, seed + 3),
          logs: seededShuffle(ds.logs, seed + 4),
          findings: seededShuffle(ds.findings, seed + 5),
          quotas: seededShuffle(ds.quotas, seed + 6),
          bonuses: seededShuffle(ds.bonuses, seed + 7),
        };
        const a = score(ds);
        const b = score(shuffled);
        // The report, person by person (ties are listed in staff order, which the shuffle changes).
        const byName = (r: MonthResult) =>
          Object.fromEntries(toReport(r).people.map((p) => [p.name, p]));
        expect(byName(b)).toEqual(byName(a));
        // Per-duty lines follow the handbook's order by design: compare them keyed by duty.
        const lines = (r: MonthResult) =>
          allPeriods(r).map((p) =>
            Object.fromEntries(
              p.people.map((x) => [
                x.name,
                [...x.dutyLines].sort((l, m) => (l.duty < m.duty ? -1 : 1)),
              ])
            )
          );
        expect(lines(b)).toEqual(lines(a));
      }),
      { numRuns: RUNS }
    );
  });
});
