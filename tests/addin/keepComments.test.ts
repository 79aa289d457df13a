// Regenerating and collecting in Excel (the fake host) keep the comments on the rebuilt sheets
// (SPEC §9): a threaded comment with its replies (ExcelApi 1.10) and a note (1.18) stay on the
// record they were written on, signed with who wrote them and when (Excel makes the current user
// the author of what an add-in adds), in one more request only when the workbook has comments.
// Where Excel cannot read them, the message says so.

import { sampleMonth } from "../../src/domain/defaultOffice";
import type { Dataset } from "../../src/domain/types";
import { createApp } from "../../src/app";
import { createExcelHost } from "../../src/office/excelHost";
import { buildClerkWorkbook } from "../../src/workbook/clerk";
import { MONTH_SHEETS } from "../../src/workbook/sheets";
import { writeXlsx } from "../../src/xlsx/writer";
import { getCell, type FakeOffice } from "../fakeExcel";
import { fillLogDays, loadBook, saveBook, setCells } from "../fixtures/clerk";
import { monthWorkbook, rowOf, sheet, uninstallFake } from "./officeHelpers";

afterEach(uninstallFake);

const excelApp = () => createApp(createExcelHost("zh-CN"), { today: () => "2026-10-31" });

/** What the director and a colleague wrote in Excel: a thread on a log, a note on a task. */
function addComments(fake: FakeOffice, ds: Dataset, logIndex: number): void {
  const logs = sheet(fake, MONTH_SHEETS.logs);
  logs.comments.push({
    id: "c1",
    row: rowOf(logs, 3, ds.logs[logIndex].content),
    column: 3,
    content: "这条日志写得太简略",
    authorName: "王科长",
    creationDate: "2026-10-28T12:00:00.000Z",
    resolved: true,
    replies: [
      {
        id: "r1",
        content: "已补充",
        authorName: "刘晓燕",
        creationDate: "2026-10-29T12:00:00.000Z",
      },
    ],
  });
  const tasks = sheet(fake, MONTH_SHEETS.tasks);
  tasks.notes.push({
    row: rowOf(tasks, 0, ds.tasks[2].id),
    column: 2,
    content: "张主任:\n本任务延期已经局长同意",
    authorName: "张主任",
  });
}

function expectComments(fake: FakeOffice, ds: Dataset, logIndex: number): void {
  const logs = sheet(fake, MONTH_SHEETS.logs);
  expect(logs.comments).toHaveLength(1);
  const thread = logs.comments[0];
  expect(thread.row).toBe(rowOf(logs, 3, ds.logs[logIndex].content));
  expect(thread.column).toBe(3);
  // re-added by the add-in: Excel makes the signed-in user the author, the text keeps who and when
  expect(thread.authorName).toBe("当前用户");
  // noon UTC: the same local date in every time zone the tests may run in
  expect(thread.content).toBe("〔王科长 2026-10-28〕这条日志写得太简略");
  expect(thread.replies.map((r) => r.content)).toEqual([
    expect.stringMatching(/^〔刘晓燕 2026-10-29〕已补充$/),
  ]);
  expect(thread.resolved).toBe(true);
  const tasks = sheet(fake, MONTH_SHEETS.tasks);
  expect(tasks.notes).toEqual([
    expect.objectContaining({
      row: rowOf(tasks, 0, ds.tasks[2].id),
      column: 2,
      content: "张主任:\n本任务延期已经局长同意",
    }),
  ]);
}

test("regenerate keeps a comment thread with its reply and a note on their records (ExcelApi 1.18), one more request", async () => {
  const ds = sampleMonth();
  const fake = await monthWorkbook(ds, "1.18");
  fake.resetStats();
  await excelApp().generate("month", {});
  // no comments: the same requests as before comments were read
  const plain = fake.stats.syncs;
  addComments(fake, ds, 5);
  fake.resetStats();
  const result = await excelApp().generate("month", {});
  expect(result.message).toContain("保留了全部录入");
  expect(result.message).not.toContain("未能保留");
  expectComments(fake, ds, 5);
  // where the comments are: one request for all of them, whatever their number
  expect(fake.stats.syncs).toBe(plain + 1);
  // a second regenerate does not sign the texts twice
  await excelApp().generate("month", {});
  expectComments(fake, ds, 5);
});

test("the number of requests does not grow with the number of comments", async () => {
  const ds = sampleMonth();
  const fake = await monthWorkbook(ds, "1.18");
  addComments(fake, ds, 5);
  fake.resetStats();
  await excelApp().generate("month", {});
  const few = fake.stats.syncs;
  const logs = sheet(fake, MONTH_SHEETS.logs);
  // 50 more, each on a row of its own
  for (let i = 10; i < 60; i++)
    logs.comments.push({
      id: `x${i}`,
      row: i,
      column: 4,
      content: `意见 ${i}`,
      authorName: "王科长",
      creationDate: "2026-10-28T12:00:00.000Z",
      resolved: false,
      replies: [],
    });
  fake.resetStats();
  await excelApp().generate("month", {});
  expect(sheet(fake, MONTH_SHEETS.logs).comments).toHaveLength(51);
  expect(fake.stats.syncs).toBe(few);
});

test("collect that adds rows keeps each comment on its record", async () => {
  const ds = sampleMonth();
  ds.logs = ds.logs.filter((l) => !(l.person === "刘晓燕" && l.date >= "2026-10-20"));
  const fake = await monthWorkbook(ds, "1.18");
  // the last log row: the collected rows come right after it
  const index = ds.logs.length - 1;
  addComments(fake, ds, index);
  const wb = await loadBook(await writeXlsx(buildClerkWorkbook(ds, "刘晓燕")));
  const clerkLogs = wb.getWorksheet("工作日志")!;
  fillLogDays(clerkLogs, "2026-10-20", 3, (k) => `补记第 ${k} 天`);
  const items = await excelApp().collect([{ name: "刘晓燕.xlsx", bytes: await saveBook(wb) }]);
  expect(items[0].message).toContain("新增日志 3 行");
  expect(items[0].message).not.toContain("未能保留");
  expectComments(fake, ds, index);
  const logs = sheet(fake, MONTH_SHEETS.logs);
  const at = rowOf(logs, 3, ds.logs[index].content);
  expect(getCell(logs, at + 1, 3)?.value).toBe("补记第 1 天");
});

test("a comment on a row the clerk removed goes with it", async () => {
  const ds = sampleMonth();
  ds.logs = ds.logs.filter((l) => !(l.person === "刘晓燕" && l.date >= "2026-10-20"));
  const fake = await monthWorkbook(ds, "1.18");
  // the clerk sends a row (it gets its identity), the director comments on it …
  const wb = await loadBook(await writeXlsx(buildClerkWorkbook(ds, "刘晓燕")));
  const clerkLogs = wb.getWorksheet("工作日志")!;
  const [at] = fillLogDays(clerkLogs, "2026-10-20", 1, () => "补记一天");
  await excelApp().collect([{ name: "刘晓燕.xlsx", bytes: await saveBook(wb) }]);
  addComments(fake, ds, 5);
  const logs = sheet(fake, MONTH_SHEETS.logs);
  logs.comments[0].row = rowOf(logs, 3, "补记一天");
  // … and the clerk clears the row and sends the file again: the row and its comment go
  setCells(clerkLogs, at, { 工作内容: "", 完成情况: "" });
  const items = await excelApp().collect([{ name: "刘晓燕.xlsx", bytes: await saveBook(wb) }]);
  expect(items[0].message).toContain("删除日志（本人已清空或删除） 1 行");
  expect(sheet(fake, MONTH_SHEETS.logs).comments).toHaveLength(0);
  expect(sheet(fake, MONTH_SHEETS.tasks).notes).toHaveLength(1);
});

test("on ExcelApi 1.10 the threads are kept and the message says notes could not be read", async () => {
  const ds = sampleMonth();
  const fake = await monthWorkbook(ds, "1.10");
  addComments(fake, ds, 5);
  const result = await excelApp().generate("month", {});
  expect(result.message).toContain("注释（旧式批注），未能保留");
  expect(result.message).toContain("ExcelApi 1.18");
  const thread = sheet(fake, MONTH_SHEETS.logs).comments[0];
  expect(thread.content).toContain("这条日志写得太简略");
  // resolving a thread is ExcelApi 1.11: on 1.10 it comes back open
  expect(thread.resolved).toBe(false);
  expect(sheet(fake, MONTH_SHEETS.tasks).notes).toHaveLength(0);
});

test("on ExcelApi 1.9 comments cannot be read: the message says so", async () => {
  const ds = sampleMonth();
  const fake = await monthWorkbook(ds, "1.9");
  fake.resetStats();
  const result = await excelApp().generate("month", {});
  expect(result.message).toContain("批注，未能保留");
  expect(result.message).toContain("ExcelApi 1.10");
  expect(fake.stats.syncs).toBe(3);
});
