import { DEFAULT_RULES, RULE_PARAMETERS, gradeFor, resolveRules } from "../../src/domain/rules";

describe("DEFAULT_RULES", () => {
  it("holds SPEC §4's defaults", () => {
    expect(DEFAULT_RULES).toMatchObject({
      warnDays: 2,
      reportWithinWorkdays: 1,
      overdueOpenBase: 2,
      overdueOpenPerDay: 0.5,
      overdueDoneBase: 1,
      overdueDonePerDay: 0.5,
      lateReport: 0.5,
      missingLogPerDay: 1,
      findingFactorOrg: 1,
      findingFactorSelfRectified: 0,
      findingFactorSelfOpen: 0.5,
      quotaPointsPerUnit: 1,
      quotaMoneyPerUnit: 50,
      quotaBonusPerUnit: 0.5,
      bonusCap: 5,
      vetoGrade: "不合格",
    });
    expect(DEFAULT_RULES.grades).toEqual([
      { grade: "优秀", min: 90, money: 300 },
      { grade: "良好", min: 80, money: 100 },
      { grade: "合格", min: 60, money: 0 },
      { grade: "不合格", min: 0, money: -200 },
    ]);
  });

  it("has a coded 扣分标准 list with unique codes, real text and positive points", () => {
    const s = DEFAULT_RULES.deductionStandards;
    expect(s.length).toBeGreaterThanOrEqual(10);
    expect(new Set(s.map((x) => x.code)).size).toBe(s.length);
    expect(new Set(s.map((x) => x.problem)).size).toBe(s.length);
    for (const x of s) {
      expect(x.code).toMatch(/^K\d{2}$/);
      expect(x.problem).toMatch(/[\u4e00-\u9fff]{4,}/);
      expect(x.points).toBeGreaterThan(0);
    }
  });

  it("labels every numeric parameter once", () => {
    const numeric = Object.keys(DEFAULT_RULES).filter(
      (k) => typeof (DEFAULT_RULES as unknown as Record<string, unknown>)[k] === "number"
    );
    expect(RULE_PARAMETERS.map((p) => p.key).sort()).toEqual(numeric.sort());
  });

  it("cannot be changed by accident", () => {
    expect(() => {
      (DEFAULT_RULES.grades[0] as { min: number }).min = 95;
    }).toThrow(TypeError);
  });
});

describe("resolveRules", () => {
  it("returns a copy of the defaults when given nothing", () => {
    const r = resolveRules();
    expect(r).toEqual(DEFAULT_RULES);
    r.grades[0].min = 95;
    expect(DEFAULT_RULES.grades[0].min).toBe(90);
  });

  it("overrides what is given; an undefined key keeps the default", () => {
    const r = resolveRules({ lateReport: 1, bonusCap: undefined, findingFactorSelfRectified: 0.2 });
    expect(r.lateReport).toBe(1);
    expect(r.bonusCap).toBe(5);
    expect(r.findingFactorSelfRectified).toBe(0.2);
  });

  it("orders grades best first", () => {
    const r = resolveRules({
      grades: [
        { grade: "差", min: 0, money: -100 },
        { grade: "好", min: 85, money: 200 },
      ],
      vetoGrade: "差",
    });
    expect(r.grades.map((g) => g.grade)).toEqual(["好", "差"]);
    expect(gradeFor(84.99, r).grade).toBe("差");
  });

  it("refuses unusable values with a Chinese message naming the parameter", () => {
    expect(() => resolveRules({ overdueOpenPerDay: -1 })).toThrow(
      "考核标准“逾期未完成每工作日扣分”应为不小于 0 的数字，现为“-1”"
    );
    expect(() => resolveRules({ bonusCap: Number.NaN })).toThrow("加分上限");
    expect(() => resolveRules({ warnDays: 1.5 })).toThrow("整数");
    expect(() => resolveRules({ vetoGrade: "差" })).toThrow("一票否决等级“差”不在等级表中");
    expect(() => resolveRules({ grades: [] })).toThrow("至少需要一个等级");
    expect(() =>
      resolveRules({ grades: [{ grade: "好", min: 60, money: 0 }], vetoGrade: "好" })
    ).toThrow("最低分应为 0");
  });
});

describe("gradeFor", () => {
  it.each([
    [105, "优秀"],
    [90, "优秀"],
    [89.99, "良好"],
    [80, "良好"],
    [79.5, "合格"],
    [60, "合格"],
    [59.99, "不合格"],
    [0, "不合格"],
  ])("%p → %s", (score, grade) => {
    expect(gradeFor(score, DEFAULT_RULES).grade).toBe(grade);
  });
});
