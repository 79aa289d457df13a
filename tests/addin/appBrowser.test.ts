// GangzeApp in a plain browser (src/app/browserApp.ts): the workbook is a dropped file; results
// that are workbooks come back as files to download.

import { sampleMonth } from "../../src/domain/defaultOffice";
import { scoreMonth, toReport } from "../../src/domain/scoring";
import { createApp } from "../../src/app";
import { createBrowserHost } from "../../src/office/browserHost";
import { buildClerkWorkbook } from "../../src/workbook/clerk";
import { buildMonthWorkbook } from "../../src/workbook/month";
import { readMonthWorkbook } from "../../src/workbook/read";
import { writeXlsx } from "../../src/xlsx/writer";
import { loadBook, saveBook } from "../fixtures/clerk";

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
  logs.getRow(r).getCell(3).value = "MS-01";
  logs.getRow(r).getCell(4).value = "十月最后一天收文登记";
  logs.getRow(r).getCell(5).value = "完成";
  const items = await a.collect([{ name: "刘晓燕.xlsx", bytes: await saveBook(wb) }]);
  expect(items).toEqual([
    { file: "刘晓燕.xlsx", ok: true, message: "刘晓燕 2026-10：新增日志（行） 1" },
  ]);
  const file = (await a.exportMonth()).files![0];
  const merged = await readMonthWorkbook(file.bytes, file.name);
  expect(merged.dataset.logs).toContainEqual({
    date: "2026-10-30",
    person: "刘晓燕",
    duty: "MS-01",
    content: "十月最后一天收文登记",
    status: "完成",
  });
  expect(merged.dataset.logs).toHaveLength(ds.logs.length + 1);
});
