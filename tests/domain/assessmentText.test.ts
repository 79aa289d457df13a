// The rules in words (src/domain/assessmentText.ts): numbers printed as an office writes them,
// article numbers in Chinese, grade bands from any grade table, check factors in words — each
// sentence following the parameter it states.
import {
  assessmentArticles,
  cnNumber,
  deductionRules,
  gradeBands,
  moneyWords,
  num,
} from "../../src/domain/assessmentText";
import { resolveRules } from "../../src/domain/rules";

test("numbers: no trailing zeros, no float noise", () => {
  expect([num(1), num(0.5), num(2.25), num(0.1 + 0.2), num(100)]).toEqual([
    "1",
    "0.5",
    "2.25",
    "0.3",
    "100",
  ]);
  expect([moneyWords(300), moneyWords(0), moneyWords(-200)]).toEqual([
    "奖励 300 元",
    "不奖不罚",
    "扣罚 200 元",
  ]);
});

test("article numbers in Chinese", () => {
  expect([1, 9, 10, 11, 14, 20, 21, 99].map(cnNumber)).toEqual([
    "一",
    "九",
    "十",
    "十一",
    "十四",
    "二十",
    "二十一",
    "九十九",
  ]);
  const articles = assessmentArticles(resolveRules());
  expect(articles).toHaveLength(14);
  expect(articles.map((a) => a.slice(0, a.indexOf("条") + 1))).toEqual(
    articles.map((_, i) => `第${cnNumber(i + 1)}条`)
  );
});

test("grade bands from the grade table, best first, whatever order it is given in", () => {
  const r = resolveRules({
    grades: [
      { grade: "基本称职", min: 60, money: 0 },
      { grade: "不称职", min: 0, money: -50.5 },
      { grade: "称职", min: 75, money: 120 },
    ],
    vetoGrade: "不称职",
  });
  expect(gradeBands(r)).toEqual([
    { grade: "称职", range: "75 分及以上", money: "奖励 120 元" },
    { grade: "基本称职", range: "60 分及以上、不满 75 分", money: "不奖不罚" },
    { grade: "不称职", range: "不满 60 分", money: "扣罚 50.5 元" },
  ]);
  expect(assessmentArticles(r).join("")).toContain("等级定为不称职");
});

test("check factors in words: full, none, half, any other multiple", () => {
  const text = (org: number, rect: number, open: number) =>
    deductionRules(
      resolveRules({
        findingFactorOrg: org,
        findingFactorSelfRectified: rect,
        findingFactorSelfOpen: open,
      })
    ).find((d) => d.item === "检查发现问题")!.standard;
  expect(text(1, 0, 0.5)).toBe(
    "按“检查问题扣分标准”的分值：组织检查发现的按标准全额扣分；自查发现并已整改的不扣分；自查发现未整改的按标准减半扣分"
  );
  expect(text(1.5, 0.2, 0.3)).toContain("组织检查发现的按标准分值的 1.5 倍扣分");
  expect(text(1.5, 0.2, 0.3)).toContain("自查发现并已整改的按标准分值的 0.2 倍扣分");
});
