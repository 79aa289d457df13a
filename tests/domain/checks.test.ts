import * as fs from "fs";
import * as path from "path";
import { Calendar } from "../../src/domain/calendar";
import {
  CHECK_CODES,
  checkDataset,
  isUnusable,
  recordName,
  summarizeIssues,
  withoutErrors,
} from "../../src/domain/checks";
import { parseDataset } from "../../src/domain/load";
import type { Dataset, EntryIssue } from "../../src/domain/types";

// October 2026: 10-01..10-07 国庆 off, Sat 10-10 is a make-up working day (调休上班).
// With asOf 2026-10-12 the working days of [10-01, 10-12] are 10-08, 10-09, 10-10, 10-12.
function clean(): Dataset {
  return {
    office: "惠金河务局办公室",
    month: "2026-10",
    asOf: "2026-10-12",
    posts: [{ name: "秘书" }, { name: "司机" }],
    duties: [
      {
        code: "MS-01",
        post: "秘书",
        content: "收文登记",
        frequency: "每日",
        timeLimit: "收文当日登记",
        standard: "登记无遗漏",
        checker: "办公室主任",
        points: 60,
      },
      {
        code: "MS-02",
        post: "秘书",
        content: "会议纪要",
        frequency: "随时",
        timeLimit: "会后2个工作日内印发",
        standard: "要素齐全",
        checker: "办公室主任",
        points: 40,
      },
      {
        code: "SJ-01",
        post: "司机",
        content: "车辆保养",
        frequency: "每月",
        timeLimit: "每月5日前",
        standard: "按时保养",
        checker: "行政副主任",
        points: 100,
      },
    ],
    staff: [
      { name: "张三", post: "秘书" },
      // joined 10-09: 10-08 needs no log
      { name: "李四", post: "司机", start: "2026-10-09" },
    ],
    tasks: [
      {
        id: "2026-10-001",
        source: "领导交办",
        title: "起草通知",
        duty: "MS-01",
        owner: "张三",
        assigned: "2026-09-28",
        due: "2026-10-09",
        completed: "2026-10-09",
        reported: "2026-10-09",
      },
      {
        id: "2026-10-002",
        source: "会议决议",
        title: "车辆年检",
        owner: "李四",
        assigned: "2026-10-08",
        limitWorkdays: 3,
      },
    ],
    logs: [
      { date: "2026-10-08", person: "张三", content: "收文登记", status: "完成" },
      { date: "2026-10-09", person: "张三", duty: "MS-01", content: "收文登记", status: "完成" },
      { date: "2026-10-10", person: "张三", content: "整理纪要", status: "进行中" },
      { date: "2026-10-12", person: "张三", content: "整理纪要", status: "完成" },
      { date: "2026-10-09", person: "李四", content: "出车", status: "完成" },
      { date: "2026-10-10", person: "李四", content: "", status: "请假" },
      { date: "2026-10-12", person: "李四", duty: "SJ-01", content: "保养", status: "完成" },
    ],
    weeklyPlans: [{ person: "张三", weekStart: "2026-10-12", item: "完成季度总结", duty: "MS-02" }],
    findings: [
      {
        date: "2026-10-09",
        person: "张三",
        duty: "MS-02",
        problem: "纪要迟发",
        standard: "K03",
        points: 1,
        source: "组织检查",
        rectified: false,
        veto: false,
      },
    ],
    quotas: [
      { person: "张三", indicator: "宣传稿件（篇）", annualTarget: 24, target: 2, actual: 1 },
    ],
    bonuses: [{ date: "2026-10-12", person: "李四", reason: "市级表扬", points: 1 }],
    calendar: { restDays: [], workDays: [] },
  };
}

/** The issues of a dataset changed by `edit`. */
function issuesAfter(edit: (ds: Dataset) => void): EntryIssue[] {
  const ds = clean();
  edit(ds);
  return checkDataset(ds);
}

function only(issues: EntryIssue[], code: string): EntryIssue[] {
  return issues.filter((i) => i.code === code);
}

describe("checkDataset on a clean dataset", () => {
  test("a clean minimal dataset has no errors and no warnings", () => {
    expect(checkDataset(clean())).toEqual([]);
  });

  test("every code in the table is unique and kebab-case", () => {
    const codes = CHECK_CODES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});

describe("each check fires on a minimal dataset", () => {
  test("missing required field: an empty or blank string counts as missing", () => {
    const issues = issuesAfter((ds) => {
      ds.tasks[0].title = "  ";
      ds.logs[3].content = "";
      (ds.staff[1] as { post?: string }).post = undefined;
    });
    expect(
      issues
        .filter((i) => i.severity === "error")
        .map((i) => [i.code, i.collection, i.index, i.field])
    ).toEqual([
      ["missing-field", "staff", 1, "post"],
      ["missing-field", "tasks", 0, "title"],
      ["missing-field", "logs", 3, "content"],
    ]);
    const task = issues.find((i) => i.collection === "tasks")!;
    expect(task.message).toBe("交办事项 2026-10-001：未填写事项");
    expect(task.fix).toBe("填写事项");
  });

  test("a 请假 or 出差 log row needs no content (the clean fixture has one)", () => {
    const issues = issuesAfter((ds) => (ds.logs[5].status = "完成"));
    expect(only(issues, "missing-field").map((i) => i.message)).toEqual([
      "工作日志第 6 条（李四，2026-10-10）：未填写工作内容",
    ]);
  });

  test("a value that is not a valid date, with the ISO form when it can be read", () => {
    const issues = issuesAfter((ds) => {
      ds.tasks[0].due = "2026/10/9";
      ds.logs[0].date = "2026-02-30";
    });
    const bad = only(issues, "invalid-date");
    expect(bad.map((i) => [i.collection, i.index, i.field])).toEqual([
      ["tasks", 0, "due"],
      ["logs", 0, "date"],
    ]);
    expect(bad[0].message).toBe(
      "交办事项 2026-10-001：到期日“2026/10/9”不是有效日期（应写作 2026-10-09）"
    );
    expect(bad[1].message).toBe(
      "工作日志第 1 条（张三，2026-02-30）：日期“2026-02-30”不是有效日期"
    );
  });

  test("log, finding and bonus outside the month are errors; tasks may be in other months", () => {
    const issues = issuesAfter((ds) => {
      ds.logs.push({ date: "2026-09-30", person: "张三", content: "x", status: "完成" });
      ds.findings[0].date = "2026-11-02";
      ds.bonuses[0].date = "2026-09-15";
      ds.tasks[1].assigned = "2026-09-01"; // not an error
    });
    const out = only(issues, "outside-month");
    expect(out.map((i) => [i.collection, i.index])).toEqual([
      ["logs", 7],
      ["findings", 0],
      ["bonuses", 0],
    ]);
    expect(out[1].message).toBe(
      "检查记录第 1 条（张三，2026-11-02）：日期 2026-11-02 不在考核月份 2026-10 内"
    );
    // a date outside the month is not also reported as after the as-of date
    expect(only(issues, "after-asof")).toEqual([]);
    expect(issues.filter((i) => i.collection === "tasks")).toEqual([]);
  });

  test("completion, report-back, log, finding and bonus after the as-of date", () => {
    const issues = issuesAfter((ds) => {
      ds.asOf = "2026-10-09";
      // the clean logs of 10-10 and 10-12, the bonus of 10-12 are now after the as-of date
      ds.tasks[1].completed = "2026-10-12";
      ds.tasks[1].reported = "2026-10-13";
      ds.findings[0].date = "2026-10-10";
    });
    const after = only(issues, "after-asof");
    expect(after.map((i) => `${i.collection}/${i.index}/${i.field}`)).toEqual([
      "tasks/1/completed",
      "tasks/1/reported",
      "logs/2/date",
      "logs/3/date",
      "logs/5/date",
      "logs/6/date",
      "findings/0/date",
      "bonuses/0/date",
    ]);
    expect(after[0].message).toBe(
      "交办事项 2026-10-002：完成日期 2026-10-12 晚于基准日 2026-10-09"
    );
    expect(after[0].fix).toBe("核对完成日期或基准日");
  });

  test("completion before assignment, report-back before completion, due before assignment", () => {
    const issues = issuesAfter((ds) => {
      ds.tasks[1].assigned = "2026-10-12";
      ds.tasks[1].completed = "2026-10-09";
      ds.tasks[1].reported = "2026-10-08";
      ds.tasks[0].due = "2026-09-25"; // assigned 09-28
    });
    const msg = (code: string) => only(issues, code).map((i) => i.message);
    expect(msg("completed-before-assigned")).toEqual([
      "交办事项 2026-10-002：完成日期 2026-10-09 早于交办日期 2026-10-12",
    ]);
    expect(only(issues, "completed-before-assigned")[0].fix).toBe("核对完成日期或交办日期");
    expect(msg("reported-before-completed")).toEqual([
      "交办事项 2026-10-002：回报日期 2026-10-08 早于完成日期 2026-10-09",
    ]);
    expect(msg("due-before-assigned")).toEqual([
      "交办事项 2026-10-001：到期日 2026-09-25 早于交办日期 2026-09-28",
    ]);
  });

  test("a task with neither due date nor time limit; both given is a warning", () => {
    const issues = issuesAfter((ds) => {
      delete ds.tasks[0].due;
      ds.tasks[1].due = "2026-10-20";
    });
    expect(only(issues, "no-deadline").map((i) => i.index)).toEqual([0]);
    const both = only(issues, "due-and-limit");
    expect(both.map((i) => [i.severity, i.index])).toEqual([["warning", 1]]);
    expect(both[0].message).toContain("以到期日为准");
  });

  test.each([0, -2, 1.5])("time limit %p is not a positive integer", (n) => {
    const issues = issuesAfter((ds) => (ds.tasks[1].limitWorkdays = n));
    expect(only(issues, "invalid-limit").map((i) => [i.index, i.field])).toEqual([
      [1, "limitWorkdays"],
    ]);
  });

  test("a report-back without a completion is a warning", () => {
    const issues = issuesAfter((ds) => (ds.tasks[1].reported = "2026-10-09"));
    expect(only(issues, "reported-without-completed").map((i) => [i.severity, i.index])).toEqual([
      ["warning", 1],
    ]);
  });

  test("unknown person in every collection that names one", () => {
    const issues = issuesAfter((ds) => {
      ds.tasks[0].owner = "王五";
      ds.logs[0].person = "张三 "; // trailing space: not the same name for scoring
      ds.weeklyPlans[0].person = "王五";
      ds.findings[0].person = "王五";
      ds.quotas[0].person = "王五";
      ds.bonuses[0].person = "王五";
    });
    expect(
      only(issues, "unknown-person").map((i) => `${i.collection}/${i.index}/${i.field}`)
    ).toEqual([
      "tasks/0/owner",
      "logs/0/person",
      "weeklyPlans/0/person",
      "findings/0/person",
      "quotas/0/person",
      "bonuses/0/person",
    ]);
    expect(only(issues, "unknown-person")[1].message).toBe(
      "工作日志第 1 条（张三 ，2026-10-08）：姓名“张三 ”不在人员表中（姓名前后多了空格）"
    );
  });

  test("unknown post of a person or a duty; unknown duty code", () => {
    const issues = issuesAfter((ds) => {
      ds.staff[0].post = "秘书科";
      ds.duties[2].post = "驾驶员";
      ds.logs[1].duty = "MS-99";
      ds.tasks[0].duty = "XX-01";
    });
    expect(only(issues, "unknown-post").map((i) => `${i.collection}/${i.index}`)).toEqual([
      "duties/2",
      "staff/0",
    ]);
    expect(only(issues, "unknown-post")[1].message).toBe("人员 张三：岗位“秘书科”不在岗位表中");
    expect(only(issues, "unknown-duty").map((i) => `${i.collection}/${i.index}`)).toEqual([
      "tasks/0",
      "logs/1",
    ]);
  });

  test("a duty code of another post is a warning", () => {
    const issues = issuesAfter((ds) => (ds.findings[0].duty = "SJ-01"));
    const w = only(issues, "duty-of-other-post");
    expect(w.map((i) => [i.severity, i.collection, i.index])).toEqual([["warning", "findings", 0]]);
    expect(w[0].message).toBe(
      "检查记录第 1 条（张三，2026-10-09）：职责编码 SJ-01 属于岗位“司机”，不是张三的岗位“秘书”（该项扣分不计入本岗位职责）"
    );
  });

  test("duplicate task id, duty code and staff name: later occurrences are the errors", () => {
    const issues = issuesAfter((ds) => {
      ds.tasks[1].id = "2026-10-001";
      ds.duties.push({ ...ds.duties[0], content: "另一条", points: 0 });
      ds.staff.push({ name: "张三", post: "司机" });
    });
    expect(only(issues, "duplicate-task-id").map((i) => [i.index, i.message])).toEqual([
      [1, "交办事项 2026-10-001：编号与第 1 条交办事项重复"],
    ]);
    expect(only(issues, "duplicate-duty-code").map((i) => i.index)).toEqual([3]);
    expect(only(issues, "duplicate-staff").map((i) => i.index)).toEqual([2]);
  });

  test("a post whose duty points do not sum to 100", () => {
    const issues = issuesAfter((ds) => {
      ds.duties[1].points = 35; // 60 + 35 = 95
      ds.posts.push({ name: "门卫" }); // no duty at all: 0
    });
    expect(only(issues, "points-sum").map((i) => [i.index, i.message])).toEqual([
      [0, "岗位“秘书”各职责条目分值合计为 95，应为 100"],
      [2, "岗位“门卫”没有职责条目（分值合计应为 100）"],
    ]);
  });

  test("points like 33.3 + 33.3 + 33.4 sum to 100 despite binary rounding", () => {
    const issues = issuesAfter((ds) => {
      ds.duties[2].points = 33.3;
      ds.duties.push({ ...ds.duties[2], code: "SJ-02", content: "出车登记", points: 33.3 });
      ds.duties.push({ ...ds.duties[2], code: "SJ-03", content: "安全行车", points: 33.4 });
    });
    expect(only(issues, "points-sum")).toEqual([]);
  });

  test("negative quota numbers, negative points, text in number cells", () => {
    const issues = issuesAfter((ds) => {
      ds.quotas[0].actual = -1;
      ds.quotas[0].annualTarget = -24;
      ds.findings[0].points = -2;
      ds.bonuses[0].points = "两分" as unknown as number;
      ds.duties[0].points = "60" as unknown as number;
    });
    expect(
      only(issues, "negative-number").map((i) => `${i.collection}/${i.index}/${i.field}`)
    ).toEqual(["findings/0/points", "quotas/0/annualTarget", "quotas/0/actual"]);
    expect(
      only(issues, "not-a-number").map((i) => `${i.collection}/${i.index}/${i.field}`)
    ).toEqual(["duties/0/points", "bonuses/0/points"]);
    expect(only(issues, "not-a-number")[1].message).toBe(
      "加分记录第 1 条（李四，2026-10-12）：加分“两分”不是数字"
    );
  });

  test("values outside the lists: source, status, yes/no", () => {
    const issues = issuesAfter((ds) => {
      ds.tasks[0].source = "口头" as never;
      ds.logs[0].status = "已完成" as never;
      ds.findings[0].source = "抽查" as never;
      ds.findings[0].veto = "否" as unknown as boolean;
    });
    expect(
      only(issues, "invalid-choice").map((i) => `${i.collection}/${i.index}/${i.field}`)
    ).toEqual(["tasks/0/source", "logs/0/status", "findings/0/source", "findings/0/veto"]);
    expect(only(issues, "invalid-choice")[1].message).toBe(
      "工作日志第 1 条（张三，2026-10-08）：完成情况“已完成”不是可选值（完成、进行中、未完成、请假、出差）"
    );
  });

  test("as-of date outside the month, invalid month: dataset errors that make it unusable", () => {
    const a = issuesAfter((ds) => (ds.asOf = "2026-11-02"));
    expect(
      only(a, "asof-outside-month").map((i) => [
        i.severity,
        i.collection,
        i.index,
        i.field,
        i.message,
      ])
    ).toEqual([["error", "dataset", -1, "asOf", "基准日 2026-11-02 不在考核月份 2026-10 内"]]);
    expect(isUnusable(a)).toBe(true);
    const b = issuesAfter((ds) => (ds.month = "2026-13"));
    expect(only(b, "invalid-month")).toHaveLength(1);
    expect(isUnusable(b)).toBe(true);
    expect(isUnusable(checkDataset(clean()))).toBe(false);
  });

  test("rules that cannot be used are a dataset error", () => {
    const issues = issuesAfter((ds) => (ds.rules = { warnDays: 1.5 }));
    expect(only(issues, "invalid-rules").map((i) => i.collection)).toEqual(["dataset"]);
  });

  test("weekly plan not starting on Monday; finding citing an unknown standard", () => {
    const issues = issuesAfter((ds) => {
      ds.weeklyPlans[0].weekStart = "2026-10-13"; // a Tuesday
      ds.findings[0].standard = "K99";
    });
    expect(only(issues, "week-start-not-monday").map((i) => i.message)).toEqual([
      "周计划第 1 条（张三，2026-10-13）：周起始 2026-10-13 是星期二，不是星期一",
    ]);
    expect(only(issues, "unknown-standard").map((i) => i.severity)).toEqual(["warning"]);
  });

  test("duty details, duplicate post, duplicate quota, missing office, calendar conflict are warnings", () => {
    const issues = issuesAfter((ds) => {
      ds.duties[0].standard = "";
      ds.posts.push({ name: "秘书" });
      ds.quotas.push({ ...ds.quotas[0] });
      ds.office = "";
      ds.calendar = { restDays: ["2026-10-10"], workDays: ["2026-10-10"] };
    });
    const warnings = issues.filter((i) => i.severity === "warning").map((i) => i.code);
    expect(warnings).toEqual(
      expect.arrayContaining([
        "duty-detail",
        "duplicate-post",
        "duplicate-quota",
        "missing-office",
        "calendar-conflict",
      ])
    );
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});

describe("missing logs", () => {
  test("one warning per person per working day without a row, including a make-up Saturday", () => {
    const issues = issuesAfter((ds) => {
      ds.logs = ds.logs.filter((l) => !(l.person === "张三" && l.date === "2026-10-10"));
    });
    expect(issues.map((i) => [i.severity, i.code, i.collection, i.index, i.message])).toEqual([
      ["warning", "missing-log", "logs", -1, "张三 2026-10-10（星期六，调休上班日）没有工作日志"],
    ]);
  });

  test("no log at all: every working day of [max(month start, start), asOf]", () => {
    const issues = issuesAfter((ds) => (ds.logs = []));
    // 张三: 10-08, 10-09, 10-10, 10-12 (10-01..07 国庆, 10-11 Sunday) = 4; 李四 from 10-09: 3
    expect(only(issues, "missing-log").map((i) => i.message.slice(0, 13))).toEqual([
      "张三 2026-10-08",
      "张三 2026-10-09",
      "张三 2026-10-10",
      "张三 2026-10-12",
      "李四 2026-10-09",
      "李四 2026-10-10",
      "李四 2026-10-12",
    ]);
  });

  test("a person kept for scoring despite an error (unknown post, bad start) is still checked", () => {
    const issues = issuesAfter((ds) => {
      ds.staff[1].post = "驾驶员";
      ds.staff[1].start = "2026-10-32"; // dropped by withoutErrors: 李四 counts from 10-01
      ds.logs = ds.logs.filter((l) => l.person !== "李四");
    });
    // 李四: 10-08, 10-09, 10-10, 10-12 = 4 working days from the month start
    expect(only(issues, "missing-log").map((i) => i.message.slice(0, 13))).toEqual([
      "李四 2026-10-08",
      "李四 2026-10-09",
      "李四 2026-10-10",
      "李四 2026-10-12",
    ]);
  });

  test("an office rest day needs no log; a row with an error does not count", () => {
    const issues = issuesAfter((ds) => {
      ds.calendar = { restDays: ["2026-10-12"], workDays: [] };
      ds.logs = ds.logs.filter((l) => l.date !== "2026-10-12");
      ds.logs[0].status = "好" as never; // 张三 10-08
    });
    expect(only(issues, "missing-log").map((i) => i.message)).toEqual([
      "张三 2026-10-08（星期四）没有工作日志（当天的日志行有错误，改正后即可计入）",
    ]);
  });
});

describe("calendar data", () => {
  test("a month in a provisional year is one warning naming the year and the action, never a throw", () => {
    const ds: Dataset = {
      ...clean(),
      month: "2027-01",
      asOf: "2027-01-08",
      tasks: [],
      logs: [],
      weeklyPlans: [],
      findings: [],
      bonuses: [],
    };
    const issues = checkDataset(ds);
    const cal = only(issues, "calendar-provisional");
    expect(cal.map((i) => [i.severity, i.collection])).toEqual([["warning", "calendar"]]);
    expect(cal[0].message).toContain("2027 年");
    expect(cal[0].message).toContain("暂定");
    expect(cal[0].fix).toContain("gangze calendar");
    // no setting that does not exist
    expect(cal[0].fix).not.toContain("标为本单位录入的年份");
    // missing logs are still counted, on the provisional working days (1/1 元旦 excluded)
    const missing = only(issues, "missing-log").map((i) => i.message);
    expect(missing.some((m) => m.includes("2027-01-01"))).toBe(false);
    expect(missing.some((m) => m.includes("2027-01-04"))).toBe(true);
  });

  test("December with a time limit running into January is final: no warning", () => {
    const dec: Dataset = {
      ...clean(),
      month: "2026-12",
      asOf: "2026-12-31",
      // 12-28 Mon + 5 working days: 12-29, 12-30, 12-31, then 2027 (provisional)
      tasks: [
        {
          id: "T1",
          source: "领导交办",
          title: "年终总结",
          owner: "张三",
          assigned: "2026-12-28",
          limitWorkdays: 5,
        },
      ],
      logs: [],
      weeklyPlans: [],
      findings: [],
      bonuses: [],
      staff: [],
      quotas: [],
    };
    expect(only(checkDataset(dec), "calendar-provisional")).toEqual([]);
    // January 2027 is provisional until the year is complete
    const jan = { ...dec, month: "2027-01", asOf: "2027-01-31", tasks: [] };
    expect(only(checkDataset(jan), "calendar-provisional")).toHaveLength(1);
    // one typed row does not make 2027 complete; the notice does
    const typed = { ...jan, calendar: { restDays: ["2027-01-04"], workDays: [] } };
    expect(only(checkDataset(typed), "calendar-provisional")).toHaveLength(1);
    const imported = {
      ...jan,
      calendar: {
        restDays: [],
        workDays: [],
        notices: [{ year: 2027, holidays: ["2027-01-01"], workdays: [] }],
      },
    };
    expect(only(checkDataset(imported), "calendar-provisional")).toEqual([]);
  });

  test("a calendar passed in is used instead of the dataset's", () => {
    const cal = new Calendar({ restDays: ["2026-10-08"], workDays: [] });
    const ds = clean();
    ds.logs = ds.logs.filter((l) => l.date !== "2026-10-08");
    expect(checkDataset(ds, { calendar: cal })).toEqual([]);
    expect(only(checkDataset(ds), "missing-log")).toHaveLength(1);
  });

  test("an invalid calendar date is an error on that entry", () => {
    const issues = issuesAfter((ds) => (ds.calendar = { restDays: ["2026-10-33"], workDays: [] }));
    expect(issues.map((i) => [i.code, i.collection, i.index, i.field])).toEqual([
      ["invalid-date", "calendar", 0, "restDays"],
    ]);
  });
});

describe("robustness", () => {
  test("garbage of any type is reported, not thrown", () => {
    const junk = {
      month: 5,
      asOf: null,
      posts: [null],
      logs: [7, "x"],
      tasks: "no",
    } as unknown as Dataset;
    const issues = checkDataset(junk);
    expect(isUnusable(issues)).toBe(true);
    expect(issues.filter((i) => i.code === "missing-field" && i.collection === "logs").length).toBe(
      8
    ); // 4 fields × 2 rows
  });

  test("recordName falls back to the row number when identifying fields are blank", () => {
    expect(recordName("tasks", { id: "" }, 3)).toBe("交办事项第 4 条");
    expect(recordName("quotas", { person: "张三", indicator: "宣传稿件" }, 0)).toBe(
      "月度指标第 1 条（张三，宣传稿件）"
    );
  });
});

describe("withoutErrors and summarizeIssues", () => {
  test("removes exactly the records with errors; reference records only when unusable", () => {
    const ds = clean();
    ds.logs[1].person = "王五"; // error: dropped
    ds.tasks[0].completed = "2026-09-01"; // before assigned 09-28: dropped
    ds.tasks[1].due = "2026-10-20"; // warning only (due and limit): kept
    ds.duties.push({ ...ds.duties[2], content: "重复" }); // duplicate SJ-01 at index 3: dropped
    ds.duties[1].content = ""; // missing content: kept
    ds.staff[0].post = "秘书科"; // unknown post: person kept
    ds.staff[1].start = "2026-13-01"; // invalid start: person kept without start
    ds.staff.push({ name: "张三", post: "秘书" }); // duplicate: dropped
    ds.bonuses[0].points = -1; // dropped
    ds.calendar = { restDays: ["bad", "2026-10-12"], workDays: [] };

    const issues = checkDataset(ds);
    const out = withoutErrors(ds, issues);
    expect(out.logs).toEqual(ds.logs.filter((_, i) => i !== 1));
    expect(out.tasks.map((t) => t.id)).toEqual(["2026-10-002"]);
    expect(out.duties.map((d) => d.code)).toEqual(["MS-01", "MS-02", "SJ-01"]);
    expect(out.duties[1].content).toBe("");
    expect(out.staff).toEqual([
      { name: "张三", post: "秘书科" },
      { name: "李四", post: "司机" },
    ]);
    expect(out.bonuses).toEqual([]);
    expect(out.calendar).toEqual({ restDays: ["2026-10-12"], workDays: [] });
    expect(out.findings).toEqual(ds.findings);
    expect(out.quotas).toEqual(ds.quotas);
    // the input is not modified
    expect(ds.logs).toHaveLength(7);
    expect(ds.staff[1].start).toBe("2026-13-01");

    // the cleaned dataset has no record errors left (warnings remain: due-and-limit, missing logs…)
    const again = checkDataset(out).filter((i) => i.severity === "error");
    // only the records kept on purpose: the duty without content and 张三 with an unknown post
    expect(again.map((i) => `${i.code} ${i.collection}/${i.index}`)).toEqual([
      "missing-field duties/1",
      "unknown-post staff/0",
    ]);
  });

  test("summarizeIssues counts by severity and code", () => {
    const issues = issuesAfter((ds) => {
      ds.logs = ds.logs.filter((l) => l.person !== "李四"); // 3 missing-log warnings
      ds.tasks[0].owner = "王五"; // 1 error
    });
    expect(summarizeIssues(issues)).toEqual({
      errors: 1,
      warnings: 3,
      byCode: { "unknown-person": 1, "missing-log": 3 },
    });
  });
});

describe("docs/data-format.md stays true", () => {
  const doc = fs.readFileSync(path.join(__dirname, "../../docs/data-format.md"), "utf8");

  test("its table lists every check code with its severity and meaning", () => {
    for (const c of CHECK_CODES) {
      expect(doc).toContain(
        `| \`${c.code}\` | ${c.severity === "error" ? "错误" : "警告"} | ${c.title} |`
      );
    }
    const rows = doc.match(/^\| `[a-z-]+` \| (错误|警告) \|/gm) ?? [];
    expect(rows).toHaveLength(CHECK_CODES.length);
  });

  test("its example loads and checks without any error or warning", () => {
    const example = /## 示例\s+```json\n([\s\S]*?)\n```/.exec(doc);
    expect(example).not.toBeNull();
    const r = parseDataset(JSON.parse(example![1]));
    expect(r.ok).toBe(true);
    if (r.ok) expect(checkDataset(r.dataset)).toEqual([]);
  });
});
