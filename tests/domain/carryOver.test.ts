import { carryOver, nextMonth } from "../../src/domain/carryOver";
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
    expect(next.quotas.map((q) => [q.person, q.indicator, q.target, q.actual])).toEqual(
      prev.quotas.map((q) => [q.person, q.indicator, q.target, 0])
    );
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
