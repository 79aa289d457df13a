import { carryOver, carryQuota, nextMonth } from "../../src/domain/carryOver";
import { sampleMonth } from "../../src/domain/defaultOffice";

describe("结转 to next month", () => {
  test("nextMonth crosses the year", () => {
    expect(nextMonth("2026-10")).toBe("2026-11");
    expect(nextMonth("2026-12")).toBe("2027-01");
  });

  test("roster, handbook and quota targets carry over; entries start empty", () => {
    const prev = sampleMonth();
    const next = carryOver(prev);
    expect(next.month).toBe("2026-11");
    expect(next.asOf).toBe("2026-11-30");
    expect(next.staff).toEqual(prev.staff);
    expect(next.duties).toEqual(prev.duties);
    expect(next.posts).toEqual(prev.posts);
    expect(next.logs).toEqual([]);
    expect(next.findings).toEqual([]);
    expect(next.bonuses).toEqual([]);
    expect(next.weeklyPlans).toEqual([]);
    // the year's progress carries: 此前累计 + 本月完成, and what is left over Nov–Dec, rounded up
    expect(next.quotas.map((q) => [q.person, q.indicator, q.annualTarget, q.actual])).toEqual(
      prev.quotas.map((q) => [q.person, q.indicator, q.annualTarget, 0])
    );
    // 陈雅琴 宣传稿件 24 a year: 18 before October + 4 in October = 22, 2 left over 2 months → 1
    expect(next.quotas[0]).toMatchObject({ priorActual: 22, target: 1 });
    // 郑浩然 宣传稿件: 17 + 1 = 18, 6 left over 2 months → 3
    expect(next.quotas[1]).toMatchObject({ priorActual: 18, target: 3 });
  });

  test("open tasks carry over, tasks completed in the month do not", () => {
    const prev = sampleMonth();
    prev.tasks = [
      {
        id: "A",
        source: "领导交办",
        title: "未完成",
        owner: "x",
        assigned: "2026-10-08",
        due: "2026-10-20",
      },
      {
        id: "B",
        source: "领导交办",
        title: "已完成",
        owner: "x",
        assigned: "2026-10-08",
        due: "2026-10-20",
        completed: "2026-10-19",
      },
      {
        id: "C",
        source: "领导交办",
        title: "提前录入了11月的完成日期",
        owner: "x",
        assigned: "2026-10-08",
        due: "2026-11-20",
        completed: "2026-11-02",
      },
    ];
    const next = carryOver(prev);
    expect(next.tasks.map((t) => t.id)).toEqual(["A", "C"]);
    next.tasks[0].title = "changed";
    expect(prev.tasks[0].title).toBe("未完成");
  });
});

describe("结转 of quotas across the year", () => {
  const q = {
    person: "甲",
    indicator: "宣传稿件",
    annualTarget: 24,
    target: 2,
    actual: 3,
    priorActual: 10,
  };

  test("within the year: 此前累计 grows, 本月目标 is what is left over the remaining months", () => {
    // 10 + 3 = 13 by the end of June; 11 left over July–December = 1.83 → 2
    expect(carryQuota(q, "2026-06", "2026-07")).toEqual({
      ...q,
      actual: 0,
      priorActual: 13,
      target: 2,
    });
  });

  test("into a new year: 此前累计 starts again, the annual target split over 12 months", () => {
    const next = carryQuota(q, "2026-12", "2027-01");
    expect(next.priorActual).toBeUndefined();
    expect(next).toMatchObject({ actual: 0, target: 2, annualTarget: 24 });
  });

  test("target reached: nothing more is asked; without an annual target the target stays", () => {
    expect(carryQuota({ ...q, priorActual: 30 }, "2026-08", "2026-09").target).toBe(0);
    const plain = { person: "乙", indicator: "信息", target: 4, actual: 1 };
    expect(carryQuota(plain, "2026-08", "2026-09")).toEqual({
      ...plain,
      actual: 0,
      priorActual: 1,
    });
  });
});
