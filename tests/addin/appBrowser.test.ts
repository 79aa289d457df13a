// GangzeApp in a plain browser (src/app/browserApp.ts): the workbook is a dropped file; results
// that are workbooks come back as files to download.

import fs from "fs";
import path from "path";
import { sampleMonth } from "../../src/domain/defaultOffice";
import { scoreMonth, toReport } from "../../src/domain/scoring";
import { createApp } from "../../src/app";
import { createBrowserHost } from "../../src/office/browserHost";
import { buildClerkWorkbook } from "../../src/workbook/clerk";
import { buildMonthWorkbook } from "../../src/workbook/month";
import { readMonthWorkbook } from "../../src/xlsx/readWorkbooks";
import { writeXlsx } from "../../src/xlsx/writer";
import { loadBook, saveBook, setCells } from "../fixtures/clerk";

const app = () => createApp(createBrowserHost("zh-CN"), { today: () => "2026-11-05" });

test("before a file is dropped: the actions that need one say so; generate makes the default office's files", async () => {
  const a = app();
  expect(a.mode).toBe("browser");
  await expect(a.check()).rejects.toThrow("请先选择（或拖入）一个月度考核工作簿文件");
  await expect(a.score()).rejects.toThrow("请先选择（或拖入）一个月度考核工作簿文件");
  const month = await a.generate("month", { month: "2026-11" });
  // 2026-11-05 falls in November: 基准日 is today
  expect(month.message).toContain("已生成 2026-11 月度考核工作簿（20 人，基准日 2026-11-05）");
  expect(month.files!.map((f) => f.name)).toEqual(["惠金河务局办公室-2026-11-月度考核.xlsx"]);
  const read = await readMonthWorkbook(month.files![0].bytes, month.files![0].name);
  expect(read.dataset.month).toBe("2026-11");
  expect(read.dataset.asOf).toBe("2026-11-05");
  expect(read.dataset.duties).toHaveLength(115);
  const handbook = await a.generate("handbook", {});
  expect(handbook.files!.map((f) => f.name)).toEqual(["惠金河务局办公室-岗位责任手册.xlsx"]);
});

test("a dropped month workbook: overview, check, score, overdue, regenerate and export", async () => {
  const ds = sampleMonth();
  const bytes = await writeXlsx(buildMonthWorkbook(ds));
  const a = app();
  await a.openFile!({ name: "十月.xlsx", bytes });
  const overview = await a.overview();
  expect(overview).toMatchObject({
    office: ds.office,
    month: "2026-10",
    asOf: "2026-10-31",
    people: ds.staff.length,
  });
  const check = await a.check();
  expect(check.marked).toBe(0);
  expect(check.issues.length).toBe(overview.errors + overview.warnings);
  expect((await a.score()).report).toEqual(toReport(scoreMonth(ds)));
  const overdue = await a.overdue();
  expect(overdue.filter((x) => x.status === "逾期未完成").length).toBe(overview.overdue);
  await a.select("交办事项", "A2"); // nothing to select outside Excel, and no error
  await a.clearMarks();

  const again = await a.generate("month", {});
  expect(again.message).toContain("保留了全部录入");
  expect((await readMonthWorkbook(again.files![0].bytes, "x.xlsx")).dataset).toEqual(
    (await readMonthWorkbook(bytes, "x.xlsx")).dataset
  );
  const exported = await a.exportMonth();
  expect(exported.fileName).toBe("惠金河务局办公室-2026-10-月度考核.xlsx");
  expect(exported.files).toHaveLength(1);
  const next = await a.generate("nextMonth", {});
  expect(next.files![0].name).toBe("惠金河务局办公室-2026-11-月度考核.xlsx");
});

test("collect in the browser: the merged month becomes the open one, and its file keeps the new rows", async () => {
  const ds = sampleMonth();
  ds.logs = ds.logs.filter((l) => !(l.person === "刘晓燕" && l.date === "2026-10-30"));
  const a = app();
  await a.openFile!({ name: "十月.xlsx", bytes: await writeXlsx(buildMonthWorkbook(ds)) });
  const wb = await loadBook(await writeXlsx(buildClerkWorkbook(ds, "刘晓燕")));
  const logs = wb.getWorksheet("工作日志")!;
  let r = 2;
  while (!(
    logs.getRow(r).getCell(1).value instanceof Date &&
    (logs.getRow(r).getCell(1).value as Date).toISOString().startsWith("2026-10-30")
  ))
    r++;
  setCells(logs, r, { 职责编码: "MS-01", 工作内容: "十月最后一天收文登记", 完成情况: "完成" });
  const items = await a.collect([{ name: "刘晓燕.xlsx", bytes: await saveBook(wb) }]);
  expect(items).toEqual([
    { file: "刘晓燕.xlsx", ok: true, message: "刘晓燕 2026-10：新增日志 1 行" },
  ]);
  const file = (await a.exportMonth()).files![0];
  const merged = await readMonthWorkbook(file.bytes, file.name);
  expect(merged.dataset.logs).toContainEqual({
    date: "2026-10-30",
    person: "刘晓燕",
    duty: "MS-01",
    content: "十月最后一天收文登记",
    status: "完成",
    rowId: expect.stringMatching(/-L\d+$/),
  });
  expect(merged.dataset.logs).toHaveLength(ds.logs.length + 1);
});

test("entering the holiday notice in the browser keeps what the director added to the opened file", async () => {
  const ds = sampleMonth();
  const wb = await loadBook(await writeXlsx(buildMonthWorkbook(ds)));
  wb.addWorksheet("主任笔记").getCell("A1").value = "十一月重点：年终考核准备";
  const a = app();
  await a.openFile!({ name: "十月.xlsx", bytes: await saveBook(wb) });
  const notice = fs.readFileSync(
    path.join(__dirname, "../fixtures/calendar-notices/2026.txt"),
    "utf8"
  );
  expect((await a.enterNotice(notice)).message).toContain("2026");
  const file = (await a.exportMonth()).files![0];
  const after = await loadBook(file.bytes);
  expect(after.getWorksheet("主任笔记")?.getCell("A1").value).toBe("十一月重点：年终考核准备");
  // 结转 carries the director's sheet into the next month too
  const next = (await a.generate("nextMonth", {})).files![0];
  const carried = await loadBook(next.bytes);
  expect(carried.getWorksheet("主任笔记")?.getCell("A1").value).toBe("十一月重点：年终考核准备");
});

describe("messages in the display language", () => {
  const enApp = () => createApp(createBrowserHost("en-US"), { today: () => "2026-11-05" });

  test("English browser: no file yet, generate, open a file that is not a workbook", async () => {
    const a = enApp();
    await expect(a.check()).rejects.toThrow("Choose (or drop) a month workbook file first");
    await expect(a.generate("nextMonth", {})).rejects.toThrow(
      "Choose (or drop) a month workbook file first, then carry it over to the next month"
    );
    await expect(a.collect([])).rejects.toThrow(
      "Choose (or drop) a month workbook file first, then collect the personal work logs"
    );
    const month = await a.generate("month", { month: "2026-11" });
    // same numbers as the Chinese test: 20 people, 基准日 2026-11-05; the file name is Chinese
    expect(month.message).toBe(
      "Generated the month workbook of 2026-11 (20 people, as-of date 2026-11-05); download “惠金河务局办公室-2026-11-月度考核.xlsx”"
    );
    const handbook = await a.generate("handbook", {});
    // the default handbook: 13 posts, 115 duties (as in the Excel handbook test)
    expect(handbook.message).toBe(
      "Generated the duty handbook (13 posts, 115 duties); download “惠金河务局办公室-岗位责任手册.xlsx”"
    );
    await expect(a.generate("month", { month: "2026-13" })).rejects.toThrow(
      "Write the month like 2026-10: 2026-13"
    );
    await expect(a.openFile!({ name: "空.xlsx", bytes: new Uint8Array() })).rejects.toThrow(
      "File 空.xlsx is empty (0 bytes)"
    );
    // and the Chinese app says what it said before
    await expect(app().openFile!({ name: "空.xlsx", bytes: new Uint8Array() })).rejects.toThrow(
      "文件“空.xlsx”是空文件（0 字节）"
    );
  });

  test("overview notices, collect and export of a dropped workbook without its 日历 sheet", async () => {
    const ds = sampleMonth();
    ds.logs = ds.logs.filter((l) => !(l.person === "刘晓燕" && l.date === "2026-10-30"));
    const wb = await loadBook(await writeXlsx(buildMonthWorkbook(ds)));
    wb.removeWorksheet(wb.getWorksheet("日历")!.id);
    const bytes = await saveBook(wb);

    const zh = app();
    await zh.openFile!({ name: "十月.xlsx", bytes });
    expect((await zh.overview()).notices).toEqual([
      "文件 十月.xlsx：没有工作表“日历”，按国家法定节假日计算工作日，本单位的调休不计",
    ]);
    const en = enApp();
    const progress: string[] = [];
    await en.openFile!({ name: "十月.xlsx", bytes }, (p) => progress.push(p));
    expect(progress).toEqual(["Reading 十月.xlsx…"]);
    expect((await en.overview()).notices).toEqual([
      "The workbook has no sheet “日历”; defaults are used (see Check)",
    ]);
    // a clerk file that adds nothing: every row of 刘晓燕 is already in the month
    const clerk = await writeXlsx(buildClerkWorkbook(ds, "刘晓燕"));
    const items = await en.collect([{ name: "刘晓燕.xlsx", bytes: clerk }]);
    expect(items).toEqual([
      { file: "刘晓燕.xlsx", ok: true, message: "刘晓燕 2026-10: nothing new" },
    ]);
    const exported = await en.exportMonth();
    expect(exported.message).toBe(
      "Generated the month workbook of 2026-10 to submit (as-of date 2026-10-31 fixed); download “惠金河务局办公室-2026-10-月度考核.xlsx” and send it"
    );
  });
});
