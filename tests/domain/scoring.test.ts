// Hand-computed cases of the SPEC §4 scoring rules.
// October 2026 working days (State Council): 10-08, 10-09, 10-10 (Sat, 调休上班), 10-12…16,
// 10-19…23, 10-26…30 = 18 days; 10-01…07 are the National Day holiday.
import { Calendar } from "../../src/domain/calendar";
import { monthPeriod, weekPeriods } from "../../src/domain/period";
import { round2 } from "../../src/domain/round";
import { DEFAULT_RULES, resolveRules } from "../../src/domain/rules";
import {
  compareDeductions,
  rankScores,
  scoreMonth,
  scorePeriod,
  taskDeductions,
  toReport,
  type PersonDetail,
} from "../../src/domain/scoring";
import type { Dataset, Finding, LogEntry, Task } from "../../src/domain/types";

const cal = new Calendar();
const OCT_WORKDAYS = cal.workdays("2026-10-01", "2026-10-31");

/** Two posts whose duties sum to 100 each, four people, every working day logged. */
function office(over: Partial<Dataset> = {}): Dataset {
  const staff = over.staff ?? [
    { name: "张三", post: "秘书" },
    { name: "李四", post: "秘书" },
    { name: "王五", post: "司机" },
    { name: "赵六", post: "司机" },
  ];
  const logs: LogEntry[] = [];
  for (const p of staff) {
    for (const d of OCT_WORKDAYS)
      logs.push({ date: d, person: p.name, content: "日常工作", status: "完成" });
  }
  return {
    office: "测试办公室",
    month: "2026-10",
    asOf: "2026-10-31",
    posts: [{ name: "秘书" }, { name: "司机" }],
    duties: [
      {
        code: "MS-01",
        post: "秘书",
        content: "收文登记",
        frequency: "每日",
        timeLimit: "当日",
        standard: "无漏登",
        checker: "办公室主任",
        points: 40,
      },
      {
        code: "MS-02",
        post: "秘书",
        content: "会议纪要",
        frequency: "随时",
        timeLimit: "会后2个工作日",
        standard: "准确",
        checker: "办公室主任",
        points: 30,
      },
      {
        code: "MS-03",
        post: "秘书",
        content: "督办反馈",
        frequency: "每周",
        timeLimit: "每周五",
        standard: "及时",
        checker: "办公室主任",
        points: 30,
      },
      {
        code: "SJ-01",
        post: "司机",
        content: "安全行车",
        frequency: "每日",
        timeLimit: "随时",
        standard: "无事故",
        checker: "行政副主任",
        points: 50,
      },
      {
        code: "SJ-02",
        post: "司机",
        content: "车辆保养",
        frequency: "每月",
        timeLimit: "按里程",
        standard: "按时保养",
        checker: "行政副主任",
        points: 50,
      },
    ],
    staff,
    tasks: [],
    logs,
    weeklyPlans: [],
    findings: [],
    quotas: [],
    bonuses: [],
    ...over,
  };
}

function person(r: { people: PersonDetail[] }, name: string): PersonDetail {
  const p = r.people.find((x) => x.name === name);
  if (!p) throw new Error(`no ${name}`);
  return p;
}

function task(over: Partial<Task>): Task {
  return {
    id: "T1",
    source: "领导交办",
    title: "起草年度总结",
    owner: "张三",
    assigned: "2026-09-20",
    ...over,
  };
}

function finding(over: Partial<Finding>): Finding {
  return {
    date: "2026-10-15",
    person: "张三",
    problem: "收文未当日登记",
    points: 2,
    source: "组织检查",
    rectified: false,
    veto: false,
    ...over,
  };
}

const rules = DEFAULT_RULES;

describe("round2 (Excel ROUND(x, 2), half away from zero)", () => {
  it.each([
    [1.005, 1.01],
    [2.675, 2.68],
    [-0.125, -0.13],
    [0.125, 0.13],
    [98.995, 99],
    [1.004, 1],
    [89.5, 89.5],
    [-1.005, -1.01],
    [0.285, 0.29],
    [100 - 1.005, 99], // 98.995 after binary subtraction still rounds up, as Excel shows it
    [-0.004, 0],
  ])("round2(%p) = %p", (x, want) => {
    expect(round2(x)).toBe(want);
  });
  it("never returns -0", () => {
    expect(Object.is(round2(-0.001), 0)).toBe(true);
  });
});

describe("a clean month", () => {
  it("gives everyone 100, 优秀, rank 1 and +300", () => {
    const r = scoreMonth(office());
    for (const p of r.month.people) {
      expect(p).toMatchObject({
        score: 100,
        grade: "优秀",
        rank: 1,
        money: 300,
        deductions: [],
        veto: false,
      });
    }
    expect(person(r.month, "张三").dutyLines.map((l) => l.duty)).toEqual([
      "MS-01",
      "MS-02",
      "MS-03",
    ]);
  });
});

describe("逾期未完成", () => {
  // Due 2026-09-28 (Mon), still open at 2026-10-31.
  const t = task({ due: "2026-09-28", duty: "MS-01" });

  it("October charges the base again and counts only October's working days", () => {
    // n = wd(max(09-28, 09-30), 10-31) = wd(09-30, 10-31) = 18 → 2 + 0.5 × 18 = 11
    const d = taskDeductions(t, monthPeriod("2026-10", "2026-10-31"), cal, rules);
    expect(d).toEqual([{ kind: "逾期未完成", points: 11, duty: "MS-01", ref: "T1" }]);
    const p = person(scoreMonth(office({ tasks: [t] })).month, "张三");
    expect(p.score).toBe(89); // 100 − 11
    expect(p.grade).toBe("良好");
    expect(p.money).toBe(100);
    expect(p.dutyLines[0]).toEqual({ duty: "MS-01", points: 40, deducted: 11, counted: 11 });
  });

  it("September charges its own days: 2 + 0.5 × wd(09-28, 09-30) = 2 + 0.5 × 2 = 3", () => {
    const d = taskDeductions(t, monthPeriod("2026-09", "2026-10-31"), cal, rules);
    expect(d.map((x) => x.points)).toEqual([3]);
  });

  it("each week charges the base plus that week's working days", () => {
    const weeks = weekPeriods("2026-10", "2026-10-31");
    // 10-01…04: wd(09-30, 10-04) = 0 → 2; 10-05…11: 10-08, 10-09, 10-10 → 2 + 1.5 = 3.5;
    // 10-12…18: 5 → 4.5; 10-19…25: 5 → 4.5; 10-26…31: 5 → 4.5
    expect(weeks.map((w) => taskDeductions(t, w, cal, rules).map((x) => x.points))).toEqual([
      [2],
      [3.5],
      [4.5],
      [4.5],
      [4.5],
    ]);
    const r = scoreMonth(office({ tasks: [t] }));
    expect(r.weeks.map((w) => person(w, "张三").score)).toEqual([98, 96.5, 95.5, 95.5, 95.5]);
  });

  it("a completion dated after the as-of date is not yet a completion", () => {
    // asOf 10-20, completed 10-22: open at A. n = wd(09-30, 10-20) = 10-08,09,10,12…16,19,20 = 10 → 7
    const d = taskDeductions(
      { ...t, completed: "2026-10-22" },
      monthPeriod("2026-10", "2026-10-20"),
      cal,
      rules
    );
    expect(d).toEqual([{ kind: "逾期未完成", points: 7, duty: "MS-01", ref: "T1" }]);
  });

  it("a task due on the as-of date is not overdue yet", () => {
    expect(
      taskDeductions(task({ due: "2026-10-31" }), monthPeriod("2026-10", "2026-10-31"), cal, rules)
    ).toEqual([]);
  });
});

describe("逾期完成 and 未及时回报", () => {
  it("a 3-working-day limit from 2026-09-29 crosses National Day: due 10-09", () => {
    // addWd(09-29, 3) = 09-30, 10-08, 10-09 → due 10-09. Completed 10-13: n = wd(10-09, 10-13)
    // = 10-10 (Sat, 调休上班), 10-12, 10-13 = 3 → 1 + 0.5 × 3 = 2.5. Reported 10-14: wd = 1, in time.
    const t = task({
      assigned: "2026-09-29",
      limitWorkdays: 3,
      completed: "2026-10-13",
      reported: "2026-10-14",
    });
    expect(taskDeductions(t, monthPeriod("2026-10", "2026-10-31"), cal, rules)).toEqual([
      { kind: "逾期完成", points: 2.5, ref: "T1" },
    ]);
  });

  it("late done before the period's start counts only this period's days", () => {
    // Due 09-28, completed 10-08: n = wd(max(09-28, 09-30), 10-08) = 1 → 1.5; reported 10-12,
    // after the report deadline addWd(10-08, 1) = 10-09 → 未及时回报 0.5
    const t = task({ due: "2026-09-28", completed: "2026-10-08", reported: "2026-10-12" });
    expect(taskDeductions(t, monthPeriod("2026-10", "2026-10-31"), cal, rules)).toEqual([
      { kind: "逾期完成", points: 1.5, ref: "T1" },
      { kind: "未及时回报", points: 0.5, ref: "T1" },
    ]);
    // September (A = 09-30) saw it open: 2 + 0.5 × wd(09-28, 09-30) = 3
    expect(
      taskDeductions(t, monthPeriod("2026-09", "2026-09-30"), cal, rules).map((d) => d.points)
    ).toEqual([3]);
  });

  it("no report by the as-of date is late; a report after the as-of date is not yet given", () => {
    const period = monthPeriod("2026-10", "2026-10-20");
    const onTime = { due: "2026-10-30", completed: "2026-10-19" };
    expect(taskDeductions(task(onTime), period, cal, rules)).toEqual([
      { kind: "未及时回报", points: 0.5, ref: "T1" },
    ]);
    expect(taskDeductions(task({ ...onTime, reported: "2026-10-21" }), period, cal, rules)).toEqual(
      [{ kind: "未及时回报", points: 0.5, ref: "T1" }]
    );
    expect(taskDeductions(task({ ...onTime, reported: "2026-10-20" }), period, cal, rules)).toEqual(
      []
    );
  });

  it("a report on the next working day after the month's last working day is never charged", () => {
    // Completed Friday 10-30 (October's last working day), on time; deadline addWd(10-30, 1) =
    // Monday 11-02. Reported 11-02: October (A = 10-31) has no deadline yet, November is on time.
    const oct = monthPeriod("2026-10", "2026-10-31");
    const nov = monthPeriod("2026-11", "2026-11-30");
    const onTime = task({ due: "2026-10-30", completed: "2026-10-30", reported: "2026-11-02" });
    expect(taskDeductions(onTime, oct, cal, rules)).toEqual([]);
    expect(taskDeductions(onTime, nov, cal, rules)).toEqual([]);
    // Reported 11-03, after the deadline: charged in November, the period holding 11-02
    const late = { ...onTime, reported: "2026-11-03" };
    expect(taskDeductions(late, oct, cal, rules)).toEqual([]);
    expect(taskDeductions(late, nov, cal, rules)).toEqual([
      { kind: "未及时回报", points: 0.5, ref: "T1" },
    ]);
  });

  it("a report never given is charged once, in the period holding its deadline", () => {
    // Completed 10-30, never reported: deadline 11-02. October: nothing; November: 0.5, in the
    // week 11-02…08 only (week 11-01…01 is before the deadline); December: nothing.
    const t = task({ due: "2026-10-30", completed: "2026-10-30" });
    expect(taskDeductions(t, monthPeriod("2026-10", "2026-10-31"), cal, rules)).toEqual([]);
    expect(taskDeductions(t, monthPeriod("2026-11", "2026-11-30"), cal, rules)).toEqual([
      { kind: "未及时回报", points: 0.5, ref: "T1" },
    ]);
    expect(taskDeductions(t, monthPeriod("2026-12", "2026-12-31"), cal, rules)).toEqual([]);
    // November's weeks: 11-01, 11-02…08, 09…15, 16…22, 23…29, 30
    const weeks = weekPeriods("2026-11", "2026-11-30");
    expect(weeks.map((w) => taskDeductions(t, w, cal, rules).length)).toEqual([0, 1, 0, 0, 0, 0]);
    // November as of 11-01 (a Sunday, before the deadline): nothing yet
    expect(taskDeductions(t, monthPeriod("2026-11", "2026-11-01"), cal, rules)).toEqual([]);
    // scoreMonth keeps the October task for November: 张三 scores 99.5 there (logs not charged)
    const ds = office({
      month: "2026-11",
      asOf: "2026-11-30",
      logs: [],
      tasks: [t],
      rules: { missingLogPerDay: 0 },
    });
    const r = scoreMonth(ds);
    expect(person(r.month, "张三").score).toBe(99.5);
    expect(r.weeks.map((w) => person(w, "张三").score)).toEqual([100, 99.5, 100, 100, 100, 100]);
  });

  it("a completion on a holiday Sunday before its week ends is charged in the deadline's week", () => {
    // Completed Sunday 10-04 (National Day), deadline addWd(10-04, 1) = 10-08 (week 10-05…11).
    // Reported 10-08: on time, nothing in any week. Never reported: charged in week 2 only.
    const weeks = weekPeriods("2026-10", "2026-10-31");
    const onTime = task({ due: "2026-10-09", completed: "2026-10-04", reported: "2026-10-08" });
    expect(weeks.map((w) => taskDeductions(onTime, w, cal, rules).length)).toEqual([0, 0, 0, 0, 0]);
    const never = task({ due: "2026-10-09", completed: "2026-10-04" });
    expect(weeks.map((w) => taskDeductions(never, w, cal, rules).length)).toEqual([0, 1, 0, 0, 0]);
    expect(taskDeductions(never, monthPeriod("2026-10", "2026-10-31"), cal, rules)).toEqual([
      { kind: "未及时回报", points: 0.5, ref: "T1" },
    ]);
    const sat = task({ due: "2026-10-20", completed: "2026-10-09", reported: "2026-10-11" });
    // deadline addWd(10-09, 1) = 10-10 (调休上班 Saturday); reported Sunday 10-11 → late
    expect(taskDeductions(sat, weeks[1], cal, rules)).toEqual([
      { kind: "未及时回报", points: 0.5, ref: "T1" },
    ]);
  });

  it("a task completed in an earlier period charges nothing now", () => {
    const t = task({ due: "2026-09-10", completed: "2026-09-25" });
    expect(taskDeductions(t, monthPeriod("2026-10", "2026-10-31"), cal, rules)).toEqual([]);
  });

  it("a month whose as-of date is before its start charges nothing", () => {
    const t = task({ due: "2026-09-10" });
    expect(taskDeductions(t, monthPeriod("2026-10", "2026-09-30"), cal, rules)).toEqual([]);
  });
});

describe("日志缺报", () => {
  it("the make-up Saturday 2026-10-10 needs a log; Sunday 10-11 does not", () => {
    const ds = office();
    ds.logs = ds.logs.filter((l) => !(l.person === "张三" && l.date === "2026-10-10"));
    const p = person(scoreMonth(ds).month, "张三");
    expect(p.deductions).toEqual([{ kind: "日志缺报", points: 1, ref: "2026-10-10" }]);
    expect(p.score).toBe(99);
    expect(p.otherDeduction).toBe(1);
    expect(p.dutyDeduction).toBe(0);
  });

  it("a person starting 2026-10-19 is charged only from that day", () => {
    // 赵六 has no logs at all: working days 10-19…23 and 10-26…30 = 10 → 10 × 1 = 10
    const ds = office({
      staff: [
        { name: "张三", post: "秘书" },
        { name: "赵六", post: "司机", start: "2026-10-19" },
      ],
    });
    ds.logs = ds.logs.filter((l) => l.person !== "赵六");
    const r = scoreMonth(ds);
    const p = person(r.month, "赵六");
    expect(p.deductions.map((d) => d.ref)).toEqual(cal.workdays("2026-10-19", "2026-10-30"));
    expect(p.score).toBe(90);
    // Weeks before the start charge nothing; 10-19…25 charges 5 days → 95
    expect(r.weeks.map((w) => person(w, "赵六").score)).toEqual([100, 100, 100, 95, 95]);
  });

  it("请假 and 出差 rows count as rows", () => {
    const ds = office();
    for (const l of ds.logs) {
      if (l.person === "张三" && l.date >= "2026-10-12" && l.date <= "2026-10-14")
        l.status = "请假";
      if (l.person === "张三" && l.date === "2026-10-15") l.status = "出差";
    }
    expect(person(scoreMonth(ds).month, "张三").score).toBe(100);
  });

  it("days after the as-of date are not charged", () => {
    // asOf 10-09: working days 10-08, 10-09; 王五 logged none of October → 2 × 1 = 2
    const ds = office();
    ds.logs = ds.logs.filter((l) => l.person !== "王五");
    expect(person(scoreMonth(ds, { asOf: "2026-10-09" }).month, "王五").score).toBe(98);
  });
});

describe("检查记录", () => {
  it("组织检查 × 1, 自查 rectified × 0 (no entry), 自查 open × 0.5; only dates in [P0, A]", () => {
    const ds = office({
      asOf: "2026-10-20",
      findings: [
        finding({ points: 3, duty: "MS-02" }), // 3 × 1 = 3
        finding({ points: 2, source: "自查", rectified: true }), // 0: no entry
        finding({ points: 2, source: "自查", rectified: false, problem: "纪要延迟" }), // 1
        finding({ date: "2026-09-30", points: 5 }), // before the month
        finding({ date: "2026-10-25", points: 5 }), // after the as-of date
      ],
    });
    const p = person(scoreMonth(ds).month, "张三");
    expect(p.deductions).toEqual([
      { kind: "检查扣分", points: 3, duty: "MS-02", ref: "2026-10-15 收文未当日登记" },
      { kind: "检查扣分", points: 1, ref: "2026-10-15 纪要延迟" },
    ]);
    expect(p.dutyDeduction).toBe(3);
    expect(p.otherDeduction).toBe(1);
    expect(p.score).toBe(96); // 100 − 3 − 1
  });

  it("一票否决 makes the grade 不合格 and the money −200 whatever the score", () => {
    const ds = office({ findings: [finding({ points: 1, veto: true })] });
    const p = person(scoreMonth(ds).month, "张三");
    expect(p).toMatchObject({ score: 99, veto: true, grade: "不合格", money: -200 });
    expect(p.deductions).toEqual([
      { kind: "检查扣分", points: 1, ref: "2026-10-15 收文未当日登记（一票否决）" },
    ]);
  });

  it("a rectified self-check 一票否决 still decides the grade, listed with 0 points", () => {
    const ds = office({ findings: [finding({ source: "自查", rectified: true, veto: true })] });
    const p = person(scoreMonth(ds).month, "张三");
    expect(p).toMatchObject({ score: 100, grade: "不合格", money: -200 });
    expect(p.deductions.map((d) => d.points)).toEqual([0]);
  });

  it("the duty cap: deductions on one duty stop at its points; other posts' duties are uncapped", () => {
    // 王五 (司机): SJ-01 is worth 50; findings 30 + 25 = 55 → counted 50.
    // A finding naming MS-01 (秘书's duty) is 'other': 4, uncapped. Missing log 10-30: 1.
    // score = 100 − 50 − (4 + 1) = 45 → 不合格
    const ds = office({
      findings: [
        finding({ person: "王五", duty: "SJ-01", points: 30, problem: "违章停车" }),
        finding({ person: "王五", duty: "SJ-01", points: 25, problem: "超速" }),
        finding({ person: "王五", duty: "MS-01", points: 4, problem: "代登收文错误" }),
      ],
    });
    ds.logs = ds.logs.filter((l) => !(l.person === "王五" && l.date === "2026-10-30"));
    const p = person(scoreMonth(ds).month, "王五");
    expect(p.dutyLines).toEqual([
      { duty: "SJ-01", points: 50, deducted: 55, counted: 50 },
      { duty: "SJ-02", points: 50, deducted: 0, counted: 0 },
    ]);
    expect(p.dutyDeduction).toBe(50);
    expect(p.otherDeduction).toBe(5);
    expect(p).toMatchObject({ score: 45, grade: "不合格", money: -200 });
  });

  it("the score never goes below 0 before the bonus is added", () => {
    // other deductions 150 → max(0, 100 − 150) = 0, + bonus 2 = 2
    const ds = office({
      findings: [finding({ points: 150 })],
      bonuses: [{ date: "2026-10-12", person: "张三", reason: "信息采用", points: 2 }],
    });
    expect(person(scoreMonth(ds).month, "张三").score).toBe(2);
  });
});

describe("月度指标 and 加分", () => {
  it("a shortfall costs 1 point and 50 元 per unit (month only)", () => {
    // target 4, actual 1 → s = 3: other 3 points, 150 元; score 97 → 优秀 +300 − 150 = 150
    const ds = office({
      quotas: [{ person: "张三", indicator: "宣传稿件", target: 4, actual: 1 }],
    });
    const r = scoreMonth(ds);
    const p = person(r.month, "张三");
    expect(p.deductions).toEqual([{ kind: "指标差额", points: 3, ref: "宣传稿件" }]);
    expect(p).toMatchObject({ score: 97, grade: "优秀", quotaMoney: 150, money: 150 });
    expect(r.weeks.every((w) => person(w, "张三").score === 100)).toBe(true);
  });

  it("an excess adds 0.5 per unit to the bonus", () => {
    // target 2, actual 5 → 3 × 0.5 = 1.5 → 101.5
    const ds = office({
      quotas: [{ person: "张三", indicator: "宣传稿件", target: 2, actual: 5 }],
    });
    const p = person(scoreMonth(ds).month, "张三");
    expect(p).toMatchObject({
      bonusRaw: 1.5,
      bonus: 1.5,
      score: 101.5,
      quotaMoney: 0,
      money: 300,
      deductions: [],
    });
  });

  it("bonus is capped at 5, and counts only records dated in the period", () => {
    // 3 + 4 = 7 → 5; a record on 09-30 does not count. Missing log 10-08 → 100 − 1 + 5 = 104
    const ds = office({
      bonuses: [
        { date: "2026-10-12", person: "张三", reason: "省局通报表扬", points: 3 },
        { date: "2026-10-20", person: "张三", reason: "信息被采用", points: 4 },
        { date: "2026-09-30", person: "张三", reason: "上月表扬", points: 2 },
      ],
    });
    ds.logs = ds.logs.filter((l) => !(l.person === "张三" && l.date === "2026-10-08"));
    const r = scoreMonth(ds);
    const p = person(r.month, "张三");
    expect(p).toMatchObject({ bonusRaw: 7, bonus: 5, score: 104 });
    // week 10-12…18 has the 3-point record; week 10-19…25 the 4-point one; week 10-05…11 the gap
    expect(r.weeks.map((w) => person(w, "张三").score)).toEqual([100, 99, 103, 104, 100]);
  });
});

describe("rank", () => {
  it("ties share a rank: 1, 2, 2, 4", () => {
    expect(rankScores([100, 99.5, 99.5, 95])).toEqual([1, 2, 2, 4]);
    expect(rankScores([95, 99.5, 100, 99.5])).toEqual([4, 2, 1, 2]);
  });

  it("over the whole office, and the report lists by rank then staff order", () => {
    // 张三 100; 李四 and 王五 miss one day each → 99; 赵六 misses 10 → 90
    const ds = office();
    ds.logs = ds.logs.filter(
      (l) =>
        !(l.person === "李四" && l.date === "2026-10-08") &&
        !(l.person === "王五" && l.date === "2026-10-09") &&
        !(l.person === "赵六" && l.date >= "2026-10-19")
    );
    const r = scoreMonth(ds);
    expect(r.month.people.map((p) => [p.name, p.score, p.rank])).toEqual([
      ["张三", 100, 1],
      ["李四", 99, 2],
      ["王五", 99, 2],
      ["赵六", 90, 4],
    ]);
    const rep = toReport(r);
    expect(rep.period).toBe("2026-10");
    expect(rep.asOf).toBe("2026-10-31");
    expect(rep.people.map((p) => p.name)).toEqual(["张三", "李四", "王五", "赵六"]);
    expect(rep.people[3].weeks).toEqual([
      { start: "2026-10-01", end: "2026-10-04", score: 100 },
      { start: "2026-10-05", end: "2026-10-11", score: 100 },
      { start: "2026-10-12", end: "2026-10-18", score: 100 },
      { start: "2026-10-19", end: "2026-10-25", score: 95 },
      { start: "2026-10-26", end: "2026-10-31", score: 95 },
    ]);
  });

  it("sorts a later tie by staff order in the report", () => {
    const ds = office();
    ds.logs = ds.logs.filter((l) => !(l.person === "张三" && l.date === "2026-10-08"));
    const rep = toReport(scoreMonth(ds));
    expect(rep.people.map((p) => [p.name, p.rank])).toEqual([
      ["李四", 1],
      ["王五", 1],
      ["赵六", 1],
      ["张三", 4],
    ]);
  });
});

describe("periods and calendar", () => {
  it("weeks starting after the as-of date are not scored; the last is cut at the as-of date", () => {
    // asOf 10-20: weeks 10-01…04, 05…11, 12…18, 19…20. 李四 has no logs on 10-19, 10-20 → 98
    const ds = office();
    ds.logs = ds.logs.filter((l) => !(l.person === "李四" && l.date >= "2026-10-19"));
    const r = scoreMonth(ds, { asOf: "2026-10-20" });
    expect(r.weeks.map((w) => [w.period.start, w.period.asOf])).toEqual([
      ["2026-10-01", "2026-10-04"],
      ["2026-10-05", "2026-10-11"],
      ["2026-10-12", "2026-10-18"],
      ["2026-10-19", "2026-10-20"],
    ]);
    expect(r.weeks.map((w) => person(w, "李四").score)).toEqual([100, 100, 100, 98]);
    expect(person(r.month, "李四").score).toBe(98);
  });

  it("a month in a provisional year is scored and marked 暂定, on the statutory holidays", () => {
    // January 2027 without the notice: 1/1 元旦 (暂定) off, 20 provisional working days
    const ds = office({ month: "2027-01", asOf: "2027-01-31", logs: [] });
    const r = scoreMonth(ds);
    expect(r.month.provisionalYears).toEqual([2027]);
    expect(r.weeks.every((w) => w.provisionalYears.length === 1)).toBe(true);
    const report = toReport(r);
    expect(report.provisional).toBe(true);
    expect(report.provisionalYears).toEqual([2027]);
    expect(report.people[0].weeks.every((w) => w.provisional === true)).toBe(true);
    const missing = person(r.month, "张三").deductions.filter((d) => d.kind === "日志缺报");
    expect(missing).toHaveLength(20);
    expect(missing.map((d) => d.ref)).not.toContain("2027-01-01");
  });

  it("December 2026 with a task due in January 2027 is final (the due date lies after A)", () => {
    const ds = office({
      month: "2026-12",
      asOf: "2026-12-31",
      tasks: [task({ assigned: "2026-12-28", limitWorkdays: 5 })],
    });
    const r = scoreMonth(ds);
    expect(r.month.provisionalYears).toEqual([]);
    const report = toReport(r);
    expect(report.provisional).toBeUndefined();
    expect("provisionalYears" in report).toBe(false);
    // not yet due: no deduction for the task, whatever 2027's holidays turn out to be
    expect(person(r.month, "张三").deductions.filter((d) => d.ref === "T1")).toEqual([]);
  });

  it("the office's own rest day needs no log", () => {
    // 10-30 made a rest day in the 日历 sheet: 张三 without a log that day keeps 100
    const ds = office({ calendar: { restDays: ["2026-10-30"], workDays: [] } });
    ds.logs = ds.logs.filter((l) => !(l.person === "张三" && l.date === "2026-10-30"));
    expect(person(scoreMonth(ds).month, "张三").score).toBe(100);
    expect(person(scoreMonth(ds, { calendar: new Calendar() }).month, "张三").score).toBe(99);
  });
});

describe("dataset rules and decimals", () => {
  it("uses the dataset's rule overrides", () => {
    // lateReport 1, missingLogPerDay 1: one missing day + one late report = 2 → 98
    const ds = office({
      rules: { lateReport: 1, missingLogPerDay: 1 },
      tasks: [task({ due: "2026-10-30", completed: "2026-10-16" })],
    });
    ds.logs = ds.logs.filter((l) => !(l.person === "张三" && l.date === "2026-10-09"));
    expect(person(scoreMonth(ds).month, "张三").score).toBe(98);
  });

  it("keeps user decimals as entered and rounds only the score", () => {
    // findings 0.1 and 0.2 (组织检查, no duty): other = 0.2 + 0.1 (ref order: 乙 U+4E59 < 甲 U+7532) = 0.30000000000000004
    // score = round2(100 − 0.30000000000000004) = 99.7
    const ds = office({
      findings: [finding({ points: 0.2, problem: "乙" }), finding({ points: 0.1, problem: "甲" })],
    });
    const p = person(scoreMonth(ds).month, "张三");
    expect(p.otherDeduction).toBe(0.1 + 0.2);
    expect(p.score).toBe(99.7);
  });

  it("orders deductions canonically by kind, then ref", () => {
    const ds = office({
      findings: [finding({ points: 1, problem: "乙" })],
      tasks: [task({ id: "T9", due: "2026-10-29" }), task({ id: "T2", due: "2026-10-29" })],
    });
    ds.logs = ds.logs.filter((l) => !(l.person === "张三" && l.date === "2026-10-08"));
    const p = person(scoreMonth(ds).month, "张三");
    expect(p.deductions.map((d) => `${d.kind}:${d.ref}`)).toEqual([
      "逾期未完成:T2",
      "逾期未完成:T9",
      "日志缺报:2026-10-08",
      "检查扣分:2026-10-15 乙",
    ]);
    expect([...p.deductions].sort(compareDeductions)).toEqual(p.deductions);
  });

  it("scorePeriod scores one given period", () => {
    const ds = office({ tasks: [task({ due: "2026-09-28" })] });
    const r = scorePeriod(ds, monthPeriod("2026-10", "2026-10-15"), cal, resolveRules());
    // n = wd(09-30, 10-15) = 10-08, 09, 10, 12, 13, 14, 15 = 7 → 2 + 3.5 = 5.5 → 94.5
    expect(person(r, "张三").score).toBe(94.5);
    expect(r.people.map((p) => p.rank)).toEqual([4, 1, 1, 1]);
  });
});
