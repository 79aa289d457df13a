// The views' pure logic: issue and task ordering, counts, money/score formats, weekly cells,
// the month picker's default and check, bar widths.

import type { IssueItem, OverdueItem } from "../../src/app/actions";
import type { PersonResult } from "../../src/domain/types";
import { gradeSwatch, statusSwatch } from "../../src/taskpane/colors";
import {
  barWidth,
  byRank,
  currentMonth,
  filterIssues,
  formatMoney,
  formatScore,
  isMonthKey,
  issueText,
  shortDate,
  sortIssues,
  sortOverdue,
  statusCounts,
  weekScores,
} from "../../src/taskpane/viewModel";

const issue = (severity: IssueItem["severity"], cell: string): IssueItem => ({
  severity,
  code: "x",
  sheet: "工作日志",
  cell,
  message: cell,
  fix: "",
});

test("issues: errors first, each group keeps the check's order; filters", () => {
  const list = [
    issue("warning", "A1"),
    issue("error", "B2"),
    issue("warning", "C3"),
    issue("error", "D4"),
  ];
  expect(sortIssues(list).map((i) => i.cell)).toEqual(["B2", "D4", "A1", "C3"]);
  expect(filterIssues(list, "warning").map((i) => i.cell)).toEqual(["A1", "C3"]);
  expect(filterIssues(list, "all")).toHaveLength(4);
});

test("an issue's message drops the sheet!cell it starts with (the row shows it beside)", () => {
  const at = { ...issue("error", "E3"), message: "工作日志!E3：完成情况“已完成”不是可选值" };
  expect(issueText(at)).toBe("完成情况“已完成”不是可选值");
  expect(issueText({ ...at, cell: "E4" })).toBe(at.message); // another cell: kept whole
  expect(issueText({ ...at, cell: "", message: "工作日志：缺少“姓名”列" })).toBe("缺少“姓名”列");
});

const task = (id: string, status: OverdueItem["status"], overdueDays: number): OverdueItem => ({
  id,
  title: id,
  owner: "张三",
  due: "2026-10-12",
  status,
  overdueDays,
  sheet: "交办事项",
  cell: "A2",
});

test("tasks: most urgent status first, longest overdue first within it; counts per status", () => {
  const list = [
    task("a", "按时完成", 0),
    task("b", "逾期未完成", 2),
    task("c", "进行中", 0),
    task("d", "逾期完成", 1),
    task("e", "逾期未完成", 5),
    task("f", "临期", 0),
  ];
  expect(sortOverdue(list).map((t) => t.id)).toEqual(["e", "b", "f", "d", "c", "a"]);
  expect(statusCounts(list)).toEqual([
    { status: "逾期未完成", n: 2 },
    { status: "临期", n: 1 },
    { status: "逾期完成", n: 1 },
    { status: "进行中", n: 1 },
    { status: "按时完成", n: 1 },
  ]);
});

test("status and grade colours are the workbooks' (SPEC §4)", () => {
  expect(statusSwatch("逾期未完成")).toEqual({ background: "#FFC7CE", color: "#9C0006" });
  expect(statusSwatch("临期")).toEqual({ background: "#FFEB9C", color: "#9C5700" });
  expect(statusSwatch("逾期完成")).toEqual({ background: "#F8CBAD", color: "#843C0C" });
  expect(statusSwatch("按时完成")).toEqual({ background: "#C6EFCE", color: "#006100" });
  expect(statusSwatch("进行中")).toEqual(gradeSwatch("合格")); // neutral
  expect(gradeSwatch("特等")).toEqual(gradeSwatch("合格")); // a grade an office added
});

const person = (name: string, rank: number, weeks: [string, number][] = []): PersonResult => ({
  name,
  post: "秘书",
  score: 90,
  grade: "优秀",
  rank,
  money: 300,
  bonus: 0,
  deductions: [],
  weeks: weeks.map(([start, score]) => ({ start, end: start, score })),
});

test("people by rank, ties by name; a week not scored is null", () => {
  expect(
    byRank([person("王五", 2), person("张三", 1), person("李四", 2)]).map((p) => p.name)
  ).toEqual(["张三", "李四", "王五"]);
  const weeks = [
    { start: "2026-10-01", end: "2026-10-04" },
    { start: "2026-10-05", end: "2026-10-11" },
  ];
  expect(weekScores(person("张三", 1, [["2026-10-01", 97.5]]), weeks)).toEqual([97.5, null]);
});

test("formats: money with sign and a real minus, scores to two decimals, short dates", () => {
  expect([300, 0, -200].map(formatMoney)).toEqual(["+300", "0", "−200"]);
  // 88.456 → 88.46; 90 stays 90; 0.1 + 0.2 (0.30000000000000004) → 0.3
  expect([88.456, 90, 0.1 + 0.2].map(formatScore)).toEqual(["88.46", "90", "0.3"]);
  expect(shortDate("2026-10-05")).toBe("10/5");
});

test("month picker: this month by the local clock; YYYY-MM only", () => {
  expect(currentMonth(new Date(2026, 0, 31, 23, 59))).toBe("2026-01");
  expect(currentMonth(new Date(2026, 9, 1, 0, 0))).toBe("2026-10");
  expect(["2026-10", " 2026-01 "].map(isMonthKey)).toEqual([true, true]);
  expect(["2026-13", "2026-1", "2026/10", ""].map(isMonthKey)).toEqual([
    false,
    false,
    false,
    false,
  ]);
});

test("bar widths: 0…105 points over the width, clamped", () => {
  // 96 / 105 × 216 = 197.485… → 197.5; 105 → 216; −5 → 0; 120 → 216
  expect([96, 105, -5, 120].map((s) => barWidth(s, 216))).toEqual([197.5, 216, 0, 216]);
});
