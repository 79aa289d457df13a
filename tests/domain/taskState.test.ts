// Task status at an as-of date (SPEC §4), hand-computed on the 2026 State Council calendar:
// 09-25 中秋 off, 10-01…07 国庆 off, Sat 10-10 worked (调休上班).
import { Calendar } from "../../src/domain/calendar";
import { DEFAULT_RULES, resolveRules } from "../../src/domain/rules";
import { taskDue, taskState } from "../../src/domain/taskState";
import type { Task } from "../../src/domain/types";

const cal = new Calendar();
const rules = DEFAULT_RULES;

function task(over: Partial<Task>): Task {
  return {
    id: "T1",
    source: "会议决议",
    title: "印发会议纪要",
    owner: "张三",
    assigned: "2026-09-29",
    ...over,
  };
}

describe("taskDue", () => {
  it("a 3-working-day limit from 09-29 skips National Day: 09-30, 10-08, 10-09", () => {
    expect(taskDue(task({ limitWorkdays: 3 }), cal)).toBe("2026-10-09");
  });
  it("a 1-day limit from Friday 10-09 lands on the make-up Saturday 10-10", () => {
    expect(taskDue(task({ assigned: "2026-10-09", limitWorkdays: 1 }), cal)).toBe("2026-10-10");
  });
  it("an explicit due date wins over a time limit", () => {
    expect(taskDue(task({ limitWorkdays: 3, due: "2026-10-20" }), cal)).toBe("2026-10-20");
  });
  it("no due date and no limit: undefined", () => {
    expect(taskDue(task({}), cal)).toBeUndefined();
  });
});

describe("taskState", () => {
  const limited = task({ limitWorkdays: 3 }); // due 10-09

  it("临期 when wd(A, D) ≤ 2, 进行中 before", () => {
    // wd(09-29, 10-09) = 09-30, 10-08, 10-09 = 3 → 进行中
    expect(taskState(limited, "2026-09-29", cal, rules)).toEqual({
      due: "2026-10-09",
      status: "进行中",
      overdueDays: 0,
      lateReport: false,
    });
    // wd(09-30, 10-09) = 2 → 临期; on the due date itself wd = 0 → 临期
    expect(taskState(limited, "2026-09-30", cal, rules).status).toBe("临期");
    expect(taskState(limited, "2026-10-05", cal, rules).status).toBe("临期");
    expect(taskState(limited, "2026-10-09", cal, rules).status).toBe("临期");
  });

  it("warnDays comes from the rules", () => {
    expect(taskState(limited, "2026-09-29", cal, resolveRules({ warnDays: 3 })).status).toBe(
      "临期"
    );
  });

  it("逾期未完成 the day after the due date, n = wd(D, A)", () => {
    // wd(10-09, 10-12) = 10-10, 10-12 = 2
    expect(taskState(limited, "2026-10-12", cal, rules)).toEqual({
      due: "2026-10-09",
      status: "逾期未完成",
      overdueDays: 2,
      lateReport: false,
    });
    // A Sunday after a Saturday due date: overdue with 0 working days
    expect(taskState(task({ due: "2026-10-10" }), "2026-10-11", cal, rules)).toMatchObject({
      status: "逾期未完成",
      overdueDays: 0,
    });
  });

  it("a completion after the as-of date is not yet a completion", () => {
    const t = task({ limitWorkdays: 3, completed: "2026-10-13", reported: "2026-10-13" });
    expect(taskState(t, "2026-10-12", cal, rules)).toMatchObject({
      status: "逾期未完成",
      overdueDays: 2,
      lateReport: false,
    });
  });

  it("逾期完成, n = wd(D, C); report within 1 working day is in time", () => {
    // wd(10-09, 10-13) = 10-10, 10-12, 10-13 = 3; wd(10-13, 10-14) = 1 ≤ 1
    const t = task({ limitWorkdays: 3, completed: "2026-10-13", reported: "2026-10-14" });
    expect(taskState(t, "2026-10-31", cal, rules)).toEqual({
      due: "2026-10-09",
      status: "逾期完成",
      overdueDays: 3,
      lateReport: false,
    });
  });

  it("按时完成 on the due date; a report two working days later is late", () => {
    // completed Fri 10-09, reported Mon 10-12: wd = 10-10 (Sat, worked), 10-12 = 2 > 1
    const t = task({ limitWorkdays: 3, completed: "2026-10-09", reported: "2026-10-12" });
    expect(taskState(t, "2026-10-31", cal, rules)).toEqual({
      due: "2026-10-09",
      status: "按时完成",
      overdueDays: 0,
      lateReport: true,
    });
  });

  it("a report over a holiday is in time when no working day passed but one", () => {
    // completed 09-30, reported 10-08: wd(09-30, 10-08) = 1 (10-01…07 off)
    const t = task({ due: "2026-09-30", completed: "2026-09-30", reported: "2026-10-08" });
    expect(taskState(t, "2026-10-31", cal, rules).lateReport).toBe(false);
  });

  it("before the report deadline nobody is late; after it, no report by A is 未及时回报", () => {
    // completed Thu 10-15: deadline addWd(10-15, 1) = Fri 10-16
    const t = task({ due: "2026-10-20", completed: "2026-10-15" });
    expect(taskState(t, "2026-10-15", cal, rules).lateReport).toBe(false);
    expect(taskState(t, "2026-10-16", cal, rules).lateReport).toBe(true);
    // a report dated after A is not yet given at A
    const r16 = { ...t, reported: "2026-10-16" };
    expect(taskState(r16, "2026-10-15", cal, rules).lateReport).toBe(false);
    expect(taskState(r16, "2026-10-16", cal, rules).lateReport).toBe(false);
    expect(taskState({ ...t, reported: "2026-10-19" }, "2026-10-16", cal, rules).lateReport).toBe(
      true
    );
    // a report on Saturday 10-17 (a rest day) is after the deadline 10-16: late
    expect(taskState({ ...t, reported: "2026-10-17" }, "2026-10-31", cal, rules).lateReport).toBe(
      true
    );
  });

  it("completed on the month's last working day: not late at the month's end", () => {
    // completed Fri 10-30, deadline Mon 11-02; at Sat 10-31 nobody is late yet
    const t = task({ due: "2026-10-30", completed: "2026-10-30" });
    expect(taskState(t, "2026-10-31", cal, rules).lateReport).toBe(false);
    expect(taskState(t, "2026-11-02", cal, rules).lateReport).toBe(true);
    expect(taskState({ ...t, reported: "2026-11-02" }, "2026-11-30", cal, rules).lateReport).toBe(
      false
    );
  });

  it("a report time limit of 0 working days: the report is due on the completion day", () => {
    const zero = { ...rules, reportWithinWorkdays: 0 };
    const t = task({ due: "2026-10-20", completed: "2026-10-15" });
    expect(taskState(t, "2026-10-15", cal, zero).lateReport).toBe(true);
    expect(taskState({ ...t, reported: "2026-10-15" }, "2026-10-31", cal, zero).lateReport).toBe(
      false
    );
    expect(taskState({ ...t, reported: "2026-10-16" }, "2026-10-31", cal, zero).lateReport).toBe(
      true
    );
  });

  it("a task without due date or limit is 进行中 until completed, then 按时完成", () => {
    expect(taskState(task({}), "2026-12-01", cal, rules)).toEqual({
      due: undefined,
      status: "进行中",
      overdueDays: 0,
      lateReport: false,
    });
    expect(
      taskState(task({ completed: "2026-10-12", reported: "2026-10-12" }), "2026-12-01", cal, rules)
        .status
    ).toBe("按时完成");
  });
});
