import * as fs from "fs";
import * as path from "path";
import Ajv from "ajv";
import { parseDataset, parseDatasetText, type LoadResult } from "../../src/domain/load";
import { DATASET_SCHEMA } from "../../src/domain/schema";

function valid(): Record<string, unknown> {
  return {
    office: "惠金河务局办公室",
    month: "2026-10",
    asOf: "2026-10-31",
    posts: [{ name: "秘书" }],
    duties: [
      {
        code: "MS-01",
        post: "秘书",
        content: "收文登记",
        frequency: "每日",
        timeLimit: "收文当日登记",
        standard: "登记无遗漏",
        checker: "办公室主任",
        points: 100,
      },
    ],
    staff: [{ name: "张三", post: "秘书", start: "2026-10-08" }],
    tasks: [
      {
        id: "2026-10-001",
        source: "领导交办",
        title: "起草通知",
        owner: "张三",
        assigned: "2026-10-08",
        limitWorkdays: 2,
      },
      {
        id: "2026-10-002",
        source: "上级来文",
        title: "报送材料",
        duty: "MS-01",
        owner: "张三",
        assigned: "2026-10-08",
        due: "2026-10-15",
        completed: "2026-10-14",
        reported: "2026-10-15",
        note: "已报",
      },
    ],
    logs: [
      {
        date: "2026-10-08",
        person: "张三",
        content: "收文登记",
        status: "完成",
        problem: "无",
        measure: "无",
        selfCheck: "合格",
      },
    ],
    weeklyPlans: [{ person: "张三", weekStart: "2026-10-12", item: "季度总结", outcome: "完成" }],
    findings: [
      {
        date: "2026-10-09",
        person: "张三",
        problem: "迟发",
        points: 1,
        source: "自查",
        rectified: true,
        veto: false,
        standard: "K03",
        checker: "办公室主任",
      },
    ],
    quotas: [{ person: "张三", indicator: "宣传稿件（篇）", target: 2, actual: 3 }],
    bonuses: [],
    calendar: { restDays: ["2027-01-01"], workDays: [], years: [2027] },
    rules: { warnDays: 3, grades: [{ grade: "合格", min: 0, money: 0 }], vetoGrade: "合格" },
  };
}

function problems(r: LoadResult): string[] {
  if (r.ok) throw new Error("expected problems");
  return r.problems.map((p) => p.message);
}

describe("the JSON Schema", () => {
  test("docs/dataset.schema.json is exactly the schema in src/domain/schema.ts", () => {
    const doc = JSON.parse(
      fs.readFileSync(path.join(__dirname, "../../docs/dataset.schema.json"), "utf8")
    );
    expect(doc).toEqual(DATASET_SCHEMA);
  });

  test("a plain draft-07 Ajv (what an integrator uses) compiles the doc and judges like parseDataset", () => {
    const doc = JSON.parse(
      fs.readFileSync(path.join(__dirname, "../../docs/dataset.schema.json"), "utf8")
    );
    const check = new Ajv({ strict: true }).compile(doc);
    expect(check(valid())).toBe(true);
    expect(check({ ...valid(), month: "2026-1" })).toBe(false);
  });
});

describe("parseDataset", () => {
  test("a valid dataset loads as the same object", () => {
    const json = valid();
    const r = parseDataset(json);
    expect(r).toEqual({ ok: true, dataset: json });
    if (r.ok) expect(r.dataset).toBe(json);
  });

  test("empty collections are fine; a missing collection is not", () => {
    const json = { ...valid(), tasks: [], logs: [] };
    expect(parseDataset(json).ok).toBe(true);
    delete (json as Record<string, unknown>).logs;
    expect(problems(parseDataset(json))).toEqual(["/：缺少必填字段 logs（工作日志）"]);
  });

  test("every problem is reported at once, each with its path and a Chinese message", () => {
    const json = valid() as Record<string, any>;
    json.tasks[1].due = "2026/10/3";
    delete json.logs[0].status;
    json.logs.push({ date: "2026-10-09", person: "张三", content: "x", status: "已完成" });
    json.findings[0].rectified = "是";
    json.quotas[0].target = "两篇";
    json.tasks[0].complete = "2026-10-09"; // misspelt completed
    json.month = "2026-1";
    json.calendar.restDays.push("1/1");
    const r = parseDataset(json);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path).sort()).toEqual(
      [
        "/month",
        "/tasks/0/complete",
        "/tasks/1/due",
        "/logs/0",
        "/logs/1/status",
        "/findings/0/rectified",
        "/quotas/0/target",
        "/calendar/restDays/1",
      ].sort()
    );
    const byPath = Object.fromEntries(r.problems.map((p) => [p.path, p.message]));
    expect(byPath["/tasks/1/due"]).toBe(
      "/tasks/1/due：日期应写成 YYYY-MM-DD，实际为“2026/10/3”（应写作 2026-10-03）"
    );
    expect(byPath["/logs/0"]).toBe("/logs/0：缺少必填字段 status（完成情况）");
    expect(byPath["/logs/1/status"]).toBe(
      "/logs/1/status：应为 完成、进行中、未完成、请假、出差 之一，实际为“已完成”"
    );
    expect(byPath["/findings/0/rectified"]).toBe(
      "/findings/0/rectified：应为布尔值（true 或 false），实际为文本“是”"
    );
    expect(byPath["/quotas/0/target"]).toBe("/quotas/0/target：应为数字，实际为文本“两篇”");
    expect(byPath["/month"]).toBe("/month：月份应写成 YYYY-MM（如 2026-10），实际为“2026-1”");
    expect(byPath["/tasks/0/complete"]).toMatch(
      /^\/tasks\/0\/complete：未知字段“complete”，请检查拼写或删除；可用字段：id、source、title、.*completed/
    );
    expect(byPath["/calendar/restDays/1"]).toBe(
      "/calendar/restDays/1：日期应写成 YYYY-MM-DD，实际为“1/1”"
    );
  });

  test("a wrong type is reported once, not also as a wrong pattern or value", () => {
    const json = valid() as Record<string, any>;
    json.logs[0].status = 1;
    json.logs[0].date = 20261008;
    expect(problems(parseDataset(json))).toEqual([
      '/logs/0/date：日期应写成 "YYYY-MM-DD" 格式的文本，实际为数字 20261008（应写作 "2026-10-08"）',
      "/logs/0/status：应为文本，实际为数字 1",
    ]);
  });

  test("null or empty optional fields: say to omit them", () => {
    const json = valid() as Record<string, any>;
    json.tasks[0].due = null;
    json.tasks[0].completed = "";
    expect(problems(parseDataset(json))).toEqual([
      '/tasks/0/due：日期应写成 "YYYY-MM-DD" 格式的文本，实际为空值 null；不填时请省略该字段',
      "/tasks/0/completed：日期应写成 YYYY-MM-DD，实际为“”；不填时请省略该字段",
    ]);
  });

  test("rules: only known keys, no negative parameters", () => {
    const json = valid() as Record<string, any>;
    json.rules = { warnDays: -1, bonusCapp: 5, grades: [{ grade: "优秀", min: 90 }] };
    expect(problems(parseDataset(json))).toEqual([
      expect.stringMatching(/^\/rules\/bonusCapp：未知字段“bonusCapp”/),
      "/rules/warnDays：应不小于 0，实际为 -1",
      "/rules/grades/0：缺少必填字段 money（奖惩金额）",
    ]);
  });

  test("something that is not an object", () => {
    expect(problems(parseDataset([]))).toEqual(["/：数据应为 JSON 对象 { … }，实际为数组"]);
    expect(problems(parseDataset(null))).toEqual(["/：数据应为 JSON 对象 { … }，实际为空值 null"]);
  });
});

describe("parseDatasetText", () => {
  const text = JSON.stringify(valid(), null, 2);

  test("valid text, with or without Notepad's byte-order mark", () => {
    expect(parseDatasetText(text, "data.json")).toEqual({ ok: true, dataset: valid() });
    expect(parseDatasetText("\ufeff" + text, "data.json").ok).toBe(true);
  });

  test("schema problems come through with their paths", () => {
    const r = parseDatasetText(text.replace('"2026-10-31"', '"2026年10月31日"'), "data.json");
    expect(problems(r)).toEqual([
      "/asOf：日期应写成 YYYY-MM-DD，实际为“2026年10月31日”（应写作 2026-10-31）",
    ]);
  });

  test.each([
    // `{`=line 1; line 2 `  "office": "x",` ; line 3 `}` → the comma before `}` is a trailing comma;
    // the scanner stops at the `}` : line 3, column 1
    [
      '{\n  "office": "x",\n}',
      "data.json 第 3 行第 1 列：JSON 格式错误，最后一项后面多了逗号“,”，请删除",
    ],
    // `{"office"` is 9 characters: the full-width colon is column 10
    [
      '{"office"：1}',
      "data.json 第 1 行第 10 列：JSON 格式错误，这里用了中文标点“：”，JSON 须用英文标点“:”",
    ],
    [
      "{'office': 1}",
      'data.json 第 1 行第 2 列：JSON 格式错误，JSON 的文本须用英文双引号 " 括起来，不能用单引号',
    ],
    // line 2 is `"b": 2` after `{"a": 1` without a comma: the `"` of "b" at column 1
    [
      '{"a": 1\n"b": 2}',
      'data.json 第 2 行第 1 列：JSON 格式错误，这里应为逗号“,”或右花括号“}”，实际为“"”',
    ],
    ['{"a": "x', "data.json 第 1 行第 7 列：JSON 格式错误，文本缺少结尾的英文双引号"],
    [
      '{"a": [1, 2',
      "data.json 第 1 行第 12 列：JSON 格式错误，文件意外结束，这里应为逗号“,”或右方括号“]”（是否缺少 } 或 ]？）",
    ],
    ["  \n", "data.json：文件是空的，不是 JSON 数据"],
    ['{"a": 1} // 备注', "data.json 第 1 行第 10 列：JSON 格式错误，JSON 不支持注释，请删除"],
  ])("invalid JSON %j names file, line and column", (input, message) => {
    expect(parseDatasetText(input, "data.json")).toEqual({
      ok: false,
      problems: [{ path: "", message }],
    });
  });

  test("every text JSON.parse rejects is located by the scanner (no English fallback)", () => {
    const broken = [
      "{",
      "[1,]",
      '{"a":01}',
      '{"a":-}',
      '{"a":tru}',
      '"\\x"',
      '{"a":"\t"}',
      "{}x",
      '{"a" 1}',
    ];
    for (const t of broken) {
      expect(() => JSON.parse(t)).toThrow();
      expect(problems(parseDatasetText(t, "f.json"))[0]).toMatch(
        /^f\.json 第 \d+ 行第 \d+ 列：JSON 格式错误，/
      );
    }
  });
});
