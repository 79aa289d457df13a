// Fill a written 个人工作日志 as a person would, read it back, collect it into the month:
// nothing lost, nothing duplicated, collecting twice changes nothing, the director's entries stay.

import type { ClerkRead } from "../../src/workbook/clerk/read";
import { readClerkWorkbook } from "../../src/xlsx/readWorkbooks";
import { buildClerkWorkbook } from "../../src/workbook/clerk/build";
import { CLERK_SHEET } from "../../src/workbook/clerk/sheets";
import { dutyLabel } from "../../src/workbook/dutyPick";
import { collect } from "../../src/workbook/collect/collect";
import { writeXlsx } from "../../src/xlsx/writer";
import type { Dataset } from "../../src/domain/types";
import {
  clerkMonth,
  emptyRow,
  findRow,
  loadBook,
  saveBook,
  setCells,
  utc,
} from "../fixtures/clerk";

/** The 职责编码 dropdown's item for MS-01: code and the start of its content. */
const PICKED_MS01 = dutyLabel(clerkMonth().duties.find((d) => d.code === "MS-01")!);

/** 刘晓燕's workbook generated from `ds`, then filled in. */
async function filledWorkbook(ds: Dataset): Promise<Uint8Array> {
  const wb = await loadBook(await writeXlsx(buildClerkWorkbook(ds, "刘晓燕")));
  const logs = wb.getWorksheet(CLERK_SHEET.logs)!;
  // the ready row of 10-26: duty, content and status chosen from the dropdowns (the duty picker
  // gives code and content; the spare row below and 周计划 have the bare code typed by hand)
  setCells(logs, findRow(logs, "日期", "2026-10-26"), {
    职责编码: PICKED_MS01,
    工作内容: "登记收文12件并呈送领导批阅",
    完成情况: "完成",
  });
  // a spare row: the date typed as text, the way WPS keeps it in a text cell
  const spare = emptyRow(logs, "日期");
  setCells(logs, spare, {
    日期: "2026/10/27",
    职责编码: "MS-02",
    工作内容: "起草季度工作总结初稿",
    完成情况: "进行中",
  });
  // 10-28: a formula typed into 工作内容 → not read, the row not collected
  setCells(logs, findRow(logs, "日期", "2026-10-28"), {
    工作内容: { formula: 'HYPERLINK("http://example.com","会议纪要")', result: "会议纪要" },
    完成情况: "完成",
  });
  // an existing entry of 10-08: 存在问题 added
  const first = ds.logs.find((l) => l.person === "刘晓燕" && l.date === "2026-10-08")!;
  setCells(logs, findRow(logs, "工作内容", first.content), {
    存在问题: "来文较多，登记延后半小时",
  });

  const tasks = wb.getWorksheet(CLERK_SHEET.tasks)!;
  setCells(tasks, findRow(tasks, "编号", "T-C"), {
    完成日期: utc("2026-10-20"),
    回报日期: "10月21日",
  });

  const self = wb.getWorksheet(CLERK_SHEET.selfCheck)!;
  // 扣分 left blank: K02's 0.5 points are taken
  setCells(self, emptyRow(self, "问题"), {
    日期: utc("2026-10-20"),
    职责编码: PICKED_MS01,
    问题: "收文登记漏登1件",
    扣分标准: "K02",
    已整改: "是",
  });

  const weekly = wb.getWorksheet(CLERK_SHEET.weeklyPlans)!;
  // the week of 10-19 has ready rows: the first empty one gets an item
  const w = findRow(weekly, "周起始", "2026-10-26");
  setCells(weekly, emptyRow(weekly, "计划事项", w), {
    计划事项: "完成季度工作总结",
    职责编码: "MS-02",
  });
  return saveBook(wb);
}

describe("collect", () => {
  let month: Dataset;
  let read: ClerkRead;

  beforeAll(async () => {
    month = clerkMonth();
    read = await readClerkWorkbook(await filledWorkbook(month), "刘晓燕-2026-10.xlsx");
  });

  test("the clerk workbook reads back: person, month, the filled rows only", () => {
    expect(read.person).toBe("刘晓燕");
    expect(read.month).toBe("2026-10");
    const own = month.logs.filter((l) => l.person === "刘晓燕");
    // every existing entry + 10-26 + the spare row; the ready rows 10-27…10-30 are empty templates,
    // 10-28 has an error (formula) and is left out
    expect(read.logs).toHaveLength(own.length + 2);
    expect(read.logs).toContainEqual({
      date: "2026-10-27",
      person: "刘晓燕",
      duty: "MS-02",
      content: "起草季度工作总结初稿",
      status: "进行中",
      rowId: expect.stringMatching(/-L\d+$/),
    });
    const formula = read.issues.find((i) => i.code === "formula-in-input")!;
    expect(formula.severity).toBe("error");
    expect(formula.message).toMatch(
      /^文件 刘晓燕-2026-10\.xlsx，工作日志!E\d+：工作内容栏填的是公式“=HYPERLINK\(/
    );
    const textDate = read.issues.find(
      (i) => i.code === "text-date" && i.sheet === CLERK_SHEET.logs
    )!;
    expect(textDate.severity).toBe("warning");
    expect(textDate.message).toContain("“2026/10/27”是文本，已按日期 2026-10-27 读取");
    // the picked item and the bare code both read as the code
    expect(PICKED_MS01).toMatch(/^MS-01 \S+/);
    expect(read.logs.find((l) => l.date === "2026-10-26")?.duty).toBe("MS-01");
    expect(read.issues.filter((i) => i.field === "duty")).toEqual([]);
    const tc = read.taskUpdates.find((u) => u.id === "T-C")!;
    expect(tc).toMatchObject({ completed: "2026-10-20", reported: "2026-10-21", original: {} });
    // every row carries its identity (the hidden 行标识 column)
    expect(read.findings).toEqual([
      ...month.findings
        .filter((f) => f.person === "刘晓燕" && f.source === "自查")
        .map((f) => ({ ...f, rowId: expect.stringMatching(/-S\d+$/) })),
      {
        date: "2026-10-20",
        person: "刘晓燕",
        duty: "MS-01",
        problem: "收文登记漏登1件",
        standard: "K02",
        rectified: true,
        source: "自查",
        veto: false,
        checker: "刘晓燕",
        rowId: expect.stringMatching(/-S\d+$/),
      },
    ]);
  });

  test("merged once: added and updated counted, formula row skipped with its cell", () => {
    const { dataset, report } = collect(month, [read]);
    expect(report).toHaveLength(1);
    const r = report[0];
    expect(r.added).toEqual({ logs: 2, weeklyPlans: 1, findings: 1 });
    expect(r.updated).toEqual({ logs: 1, weeklyPlans: 0, findings: 0 });
    expect(r.updatedTasks).toBe(1);
    expect(r.conflicts).toEqual([]);
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0]).toContain("工作日志!E");
    expect(dataset.logs).toHaveLength(month.logs.length + 2);
    expect(dataset.tasks.find((t) => t.id === "T-C")).toMatchObject({
      completed: "2026-10-20",
      reported: "2026-10-21",
    });
    // 扣分 blank → K02's points (0.5); picked items are kept as the code, like a typed code
    expect(dataset.findings.at(-1)).toMatchObject({
      problem: "收文登记漏登1件",
      points: 0.5,
      duty: "MS-01",
    });
    const added = dataset.logs.filter(
      (l) => l.person === "刘晓燕" && /^2026-10-2[67]$/.test(l.date)
    );
    expect(added.map((l) => l.duty)).toEqual(["MS-01", "MS-02"]);
    const first = month.logs.find((l) => l.person === "刘晓燕" && l.date === "2026-10-08")!;
    expect(dataset.logs.find((l) => l.content === first.content)!.problem).toBe(
      "来文较多，登记延后半小时"
    );
    // the input dataset is not modified
    expect(month).toEqual(clerkMonth());
  });

  test("collecting the same file twice changes nothing", () => {
    const once = collect(month, [read]).dataset;
    const twice = collect(once, [read]);
    expect(twice.dataset).toEqual(once);
    expect(twice.report[0].added).toEqual({ logs: 0, weeklyPlans: 0, findings: 0 });
    expect(twice.report[0].updated).toEqual({ logs: 0, weeklyPlans: 0, findings: 0 });
    expect(twice.report[0].updatedTasks).toBe(0);
    // and the same file twice in one call
    expect(collect(month, [read, read]).dataset).toEqual(once);
  });

  test("the director's entries made after the workbook was generated are kept", () => {
    const later = clerkMonth();
    // the director corrects 2026-10-001's completion, reports T-A back, adds a log for 刘晓燕, and
    // enters a completion date for T-C that differs from the clerk's
    later.tasks.find((t) => t.id === "2026-10-001")!.completed = "2026-10-08";
    later.tasks.find((t) => t.id === "T-A")!.reported = "2026-10-21";
    later.tasks.find((t) => t.id === "T-C")!.completed = "2026-10-19";
    const directorLog = {
      date: "2026-10-29",
      person: "刘晓燕",
      content: "主任代录：参加防汛会议",
      status: "完成" as const,
    };
    later.logs.push(directorLog);
    const { dataset, report } = collect(later, [read]);
    const task = (id: string) => dataset.tasks.find((t) => t.id === id)!;
    // unchanged in the clerk's file (still 10-09 as generated) → the director's 10-08 stays
    expect(task("2026-10-001").completed).toBe("2026-10-08");
    // empty clerk cell never erases
    expect(task("T-A").reported).toBe("2026-10-21");
    // both changed: the clerk's value wins and the conflict is reported
    expect(task("T-C").completed).toBe("2026-10-20");
    expect(report[0].conflicts).toEqual([
      expect.stringContaining(
        "交办事项 T-C 的完成日期在月度工作簿中为 2026-10-19，本人填写 2026-10-20，已采用本人填写"
      ),
    ]);
    expect(dataset.logs).toContainEqual(directorLog);
  });

  test("a file of another month or of an unknown person is refused as a whole", () => {
    const other = { ...read, month: "2026-11" };
    const r1 = collect(month, [other]);
    expect(r1.dataset).toEqual(month);
    expect(r1.report[0].skipped).toEqual([
      "文件 刘晓燕-2026-10.xlsx 是 2026-11 的个人工作日志，与本月工作簿（2026-10）不符，整个文件未汇总",
    ]);
    const gone = { ...month, staff: month.staff.filter((s) => s.name !== "刘晓燕") };
    const r2 = collect(gone, [read]);
    expect(r2.dataset).toEqual(gone);
    expect(r2.report[0].skipped[0]).toContain("姓名“刘晓燕”不在本月工作簿的人员表中");
  });

  test("a task of someone else or unknown is skipped with a message", () => {
    const bad: ClerkRead = {
      ...read,
      taskUpdates: [
        {
          id: "2026-10-002",
          completed: "2026-10-13",
          cells: { completed: "交办事项!G3", reported: "交办事项!H3" },
        },
        {
          id: "X-9",
          completed: "2026-10-13",
          cells: { completed: "交办事项!G4", reported: "交办事项!H4" },
        },
      ],
    };
    const { dataset, report } = collect(month, [bad]);
    expect(dataset.tasks).toEqual(month.tasks);
    expect(report[0].skipped).toEqual(
      expect.arrayContaining([
        "文件 刘晓燕-2026-10.xlsx，交办事项!G3：交办事项 2026-10-002 的责任人是孙立群，不是刘晓燕，未汇总",
        "文件 刘晓燕-2026-10.xlsx，交办事项!G4：交办事项 X-9 不在本月工作簿中，未汇总",
      ])
    );
  });
});

describe("collect of an untouched workbook", () => {
  test("reads back the person's own entries and changes nothing", async () => {
    const month = clerkMonth();
    const bytes = await writeXlsx(buildClerkWorkbook(month, "郑浩然"));
    const read = await readClerkWorkbook(bytes, "郑浩然.xlsx");
    expect(read.issues).toEqual([]);
    // each row comes with its identity (the hidden 行标识 column)
    const id = (kind: string) => expect.stringMatching(new RegExp(`-${kind}\\d+$`));
    expect(read.logs).toEqual(
      month.logs
        .filter((l) => l.person === "郑浩然")
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((l) => ({ ...l, rowId: id("L") }))
    );
    expect(read.weeklyPlans).toEqual(
      month.weeklyPlans.filter((p) => p.person === "郑浩然").map((p) => ({ ...p, rowId: id("P") }))
    );
    const { dataset, report } = collect(month, [read]);
    // nothing changes but the identities the rows take on (so a later correction replaces them)
    const withoutIds = JSON.parse(JSON.stringify(dataset), (k, v) =>
      k === "rowId" ? undefined : v
    );
    expect(withoutIds).toEqual(month);
    expect(dataset.logs.filter((l) => l.person === "郑浩然").every((l) => l.rowId)).toBe(true);
    expect(report[0]).toMatchObject({
      added: { logs: 0, weeklyPlans: 0, findings: 0 },
      updated: { logs: 0, weeklyPlans: 0, findings: 0 },
      removed: { logs: 0, weeklyPlans: 0, findings: 0 },
      updatedTasks: 0,
      conflicts: [],
      skipped: [],
    });
  });
});
