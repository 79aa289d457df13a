// SPEC §4 "Year", hand-computed: a person who joined in June, a 一票否决 in March, ties at the
// 优秀比例 boundary, a month missing, money summed, quota progress and the default month target.
import {
  assessYear,
  defaultMonthTarget,
  excellentLimit,
  yearFileProblems,
  type MonthScore,
  type MonthScores,
} from "../../src/domain/year";
import { resolveRules } from "../../src/domain/rules";

const rules = resolveRules();

function p(name: string, score: number, extra: Partial<MonthScore> = {}): MonthScore {
  const grade = score >= 90 ? "优秀" : score >= 80 ? "良好" : score >= 60 ? "合格" : "不合格";
  const money = { 优秀: 300, 良好: 100, 合格: 0, 不合格: -200 }[grade];
  return { name, post: "秘书", score, grade, money, veto: false, ...extra };
}

const month = (
  m: number,
  people: MonthScore[],
  quotas: MonthScores["quotas"] = []
): MonthScores => ({
  month: `2026-${String(m).padStart(2, "0")}`,
  people,
  quotas,
});

describe("annual score, grade, rank and money", () => {
  test("a person who joined in June is averaged over June–December only", () => {
    const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) =>
      month(m, m >= 6 ? [p("甲", 90), p("乙", m === 6 ? 70 : 85)] : [p("甲", 90)])
    );
    const y = assessYear(months, rules);
    const yi = y.people.find((x) => x.name === "乙")!;
    // (70 + 6 × 85) / 7 = 580 / 7 = 82.857… → 82.86
    expect(yi.months.map((m) => m.month)).toEqual([
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
      "2026-12",
    ]);
    expect(yi.score).toBe(82.86);
    expect(yi.grade).toBe("良好");
    // money: June 合格 0, then 6 × 良好 100
    expect(yi.money).toBe(600);
    expect(yi.missing).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"]);
    expect(y.missingMonths).toEqual([]);
    const jia = y.people.find((x) => x.name === "甲")!;
    expect(jia.score).toBe(90);
    expect(jia.money).toBe(3600);
    expect(jia.rank).toBe(1);
    expect(yi.rank).toBe(2);
  });

  test("a 一票否决 in March makes the annual grade 不合格 whatever the average", () => {
    const y = assessYear(
      [
        month(1, [p("甲", 98)]),
        month(2, [p("甲", 97)]),
        month(3, [p("甲", 92, { veto: true, grade: "不合格", money: -200 })]),
        month(4, [p("甲", 99)]),
      ],
      rules
    );
    const jia = y.people[0];
    // (98 + 97 + 92 + 99) / 4 = 96.5
    expect(jia.score).toBe(96.5);
    expect(jia.bandGrade).toBe("优秀");
    expect(jia.veto).toBe(true);
    expect(jia.grade).toBe("不合格");
    // 300 + 300 − 200 + 300
    expect(jia.money).toBe(700);
  });

  test("a month missing: averaged over the months given, listed for the office and the person", () => {
    const y = assessYear(
      [month(4, [p("甲", 80)]), month(1, [p("甲", 91)]), month(2, [p("甲", 85.5)])],
      rules
    );
    expect(y.months).toEqual(["2026-01", "2026-02", "2026-04"]);
    expect(y.missingMonths).toEqual(["2026-03"]);
    // (91 + 85.5 + 80) / 3 = 85.5
    expect(y.people[0].score).toBe(85.5);
    expect(y.people[0].missing).toEqual(["2026-03"]);
  });

  test("the average is rounded half away from zero like ROUND(x, 2)", () => {
    // (90.01 + 90.02) / 2 = 90.015 → 90.02
    const y = assessYear([month(1, [p("甲", 90.01)]), month(2, [p("甲", 90.02)])], rules);
    expect(y.people[0].score).toBe(90.02);
  });

  test("ties share a rank (1, 2, 2, 4)", () => {
    const y = assessYear([month(1, [p("甲", 95), p("乙", 91), p("丙", 91), p("丁", 88)])], rules);
    expect(y.people.map((x) => x.rank)).toEqual([1, 2, 2, 4]);
  });
});

describe("优秀比例", () => {
  // five people ≥ 90, two tied at rank 2
  const five = [
    month(1, [p("甲", 96), p("乙", 93), p("丙", 93), p("丁", 91), p("戊", 90), p("己", 70)]),
  ];

  test("off by default: everyone ≥ 90 is 优秀", () => {
    const y = assessYear(five, rules);
    expect(y.excellentLimit).toBeNull();
    expect(y.people.map((x) => x.grade)).toEqual(["优秀", "优秀", "优秀", "优秀", "优秀", "合格"]);
  });

  test("q = 0.5 of 6 people: floor(3) = 3 places; ties at rank 2 both keep 优秀, rank 4 and 5 become 良好", () => {
    const y = assessYear(five, rules, { excellentRatio: 0.5 });
    expect(y.excellentLimit).toBe(3);
    expect(y.people.map((x) => [x.name, x.rank, x.grade])).toEqual([
      ["甲", 1, "优秀"],
      ["乙", 2, "优秀"],
      ["丙", 2, "优秀"],
      ["丁", 4, "良好"],
      ["戊", 5, "良好"],
      ["己", 6, "合格"],
    ]);
  });

  test("q = 0.3 of 6 people: floor(1.8) = 1 place; the tie at rank 2 both lose 优秀", () => {
    const y = assessYear(five, rules, { excellentRatio: 0.3 });
    expect(y.excellentLimit).toBe(1);
    expect(y.people.map((x) => x.grade)).toEqual(["优秀", "良好", "良好", "良好", "良好", "合格"]);
  });

  test("floor(N × q) reads 20 × 0.3 as 6, not 5.999…", () => {
    expect(excellentLimit(20, 0.3)).toBe(6);
    expect(excellentLimit(10, 0.7)).toBe(7);
    expect(excellentLimit(3, 0.2)).toBe(0);
  });

  test("a vetoed person stays 不合格 and still counts in N", () => {
    const y = assessYear(
      [
        month(1, [
          p("甲", 99, { veto: true, grade: "不合格", money: -200 }),
          p("乙", 95),
          p("丙", 94),
        ]),
      ],
      rules,
      { excellentRatio: 0.67 }
    );
    // N = 3, floor(2.01) = 2: 甲 rank 1 (vetoed), 乙 rank 2 keeps 优秀, 丙 rank 3 becomes 良好
    expect(y.people.map((x) => x.grade)).toEqual(["不合格", "优秀", "良好"]);
  });
});

describe("quota progress", () => {
  test("annual target, cumulative actual, rate and what is left per remaining month", () => {
    const q = (m: number, actual: number, annualTarget?: number) =>
      month(
        m,
        [p("甲", 90)],
        [
          {
            person: "甲",
            indicator: "宣传稿件",
            target: 2,
            actual,
            ...(annualTarget !== undefined ? { annualTarget } : {}),
          },
        ]
      );
    const y = assessYear([q(1, 2, 24), q(2, 1, 24), q(3, 3, 30)], rules);
    expect(y.quotas).toEqual([
      {
        person: "甲",
        indicator: "宣传稿件",
        annualTarget: 30, // the latest month's
        cumulative: 6,
        rate: 0.2,
        remaining: 24,
        monthsLeft: 9,
        perMonth: 3, // 24 / 9 = 2.67 → 3
      },
    ]);
  });

  test("December: no month left; without an annual target the rate is empty", () => {
    const y = assessYear(
      [month(12, [p("甲", 90)], [{ person: "甲", indicator: "信息", target: 1, actual: 2 }])],
      rules
    );
    expect(y.quotas[0]).toMatchObject({
      annualTarget: 0,
      cumulative: 2,
      rate: null,
      remaining: 0,
      monthsLeft: 0,
      perMonth: null,
    });
  });

  test("the default month target splits what is left over this and the remaining months", () => {
    // 24 a year, 10 done by the end of June: 14 over July–December = 2.33 → 3
    expect(defaultMonthTarget(24, 10, "2026-07")).toBe(3);
    expect(defaultMonthTarget(24, 0, "2026-01")).toBe(2);
    expect(defaultMonthTarget(24, 30, "2026-11")).toBe(0);
    expect(defaultMonthTarget(5, 0, "2026-12")).toBe(5);
  });
});

describe("files of one year", () => {
  const f = (file: string, month: string, office = "办公室") => ({ file, month, office });
  test("a month given twice, another office or another year is refused with the file named", () => {
    expect(yearFileProblems([f("a.xlsx", "2026-01"), f("b.xlsx", "2026-02")])).toEqual([]);
    expect(yearFileProblems([f("a.xlsx", "2026-01"), f("b.xlsx", "2026-01")])).toEqual([
      "b.xlsx 与 a.xlsx 是同一个月份 2026-01",
    ]);
    expect(yearFileProblems([f("a.xlsx", "2026-01"), f("c.xlsx", "2025-12")])[0]).toContain(
      "c.xlsx"
    );
    expect(
      yearFileProblems([f("a.xlsx", "2026-01"), f("d.xlsx", "2026-02", "财务科")])[0]
    ).toContain("d.xlsx");
  });
});
