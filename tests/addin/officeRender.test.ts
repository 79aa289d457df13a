// Writing a WorkbookModel into the open workbook through Office.js (src/office/render.ts) over the
// fake Excel host: the month workbook comes out cell for cell as the .xlsx writer renders the same
// model, its formulas recalculate in LibreOffice to the engine's numbers, the number of syncs does
// not grow with people, and a write that fails half-way leaves the workbook as it was.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { sampleMonth } from "../../src/domain/defaultOffice";
import { queueState } from "../../src/office/book";
import { renderModel, type RenderReport } from "../../src/office/render";
import type { WorkbookModel } from "../../src/workbook/model";
import { buildMonthWorkbook } from "../../src/workbook/month";
import { writeXlsx } from "../../src/xlsx/writer";
import { gridToModel, type FakeOffice } from "../fakeExcel";
import { compareFormulaCells, recalc } from "../support/libreoffice";
import {
  comparable,
  installFake,
  resultsOf,
  scaledMonth,
  snapshot,
  uninstallFake,
} from "./officeHelpers";

afterEach(uninstallFake);

async function render(
  fake: FakeOffice,
  model: WorkbookModel,
  batchBytes?: number
): Promise<RenderReport> {
  return fake.Excel.run(async (context) => {
    const state = queueState(context as unknown as Excel.RequestContext);
    await context.sync();
    return renderModel(context as unknown as Excel.RequestContext, model, state(), { batchBytes });
  }) as Promise<RenderReport>;
}

describe("the month workbook through Office.js", () => {
  const ds = sampleMonth();
  const model = buildMonthWorkbook(ds);
  let fake: FakeOffice;
  let report: RenderReport;

  beforeAll(async () => {
    fake = installFake(); // a new workbook: one empty Sheet1
    report = await render(fake, model);
  });

  test("equals the model the .xlsx writer renders, sheet by sheet and cell by cell", () => {
    const back = gridToModel(fake.grid, { formulaResult: resultsOf(model) });
    // the render leaves other sheets alone (the app removes an empty Sheet1 itself)
    expect(back.sheets[0].name).toBe("Sheet1");
    const got = back.sheets.filter((s) => s.name !== "Sheet1");
    expect(got.map((s) => s.name)).toEqual(model.sheets.map((s) => s.name));
    // values (dates as dates, text that looks like a formula as text), formulas, number formats,
    // fonts, fills, borders, locked cells, validations, conditional formats, widths, heights,
    // freeze panes, tab colours, hidden sheets and protection
    model.sheets.forEach((s, i) => expect(comparable(got[i])).toEqual(comparable(s)));
    expect(back.definedNames).toEqual(model.definedNames);
  });

  test("one write request and a closing one; print setup is skipped on ExcelApi 1.8 with a note", () => {
    // the render's own syncs: one request carries the whole workbook (≈ 1.3 MB), the closing
    // one recalculates (calculation was suspended) and drops the old sheets
    expect(report.syncs).toBe(2);
    expect(fake.stats.syncs).toBe(3); // + the caller's read of the sheet list
    expect(fake.stats.calculations).toBe(1);
    expect(report.printSkipped).toBe(true);
    expect(report.note).toContain("此版本的 Excel 无法设置打印格式");
    expect(fake.stats.calculationSuspensions).toBe(1);
  });

  test("recalculated by LibreOffice, the cells written through Office.js give the engine's numbers", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gangze-office-"));
    const file = path.join(dir, "office.xlsx");
    // the grid as a file: formulas exactly as Office.js wrote them, cached results from the engine
    const back = gridToModel(fake.grid, { title: "office", formulaResult: resultsOf(model) });
    back.sheets = back.sheets.filter((s) => s.name !== "Sheet1");
    fs.writeFileSync(file, await writeXlsx(back));
    const out = await recalc([file]);
    expect(await compareFormulaCells(file, out.get(file)!)).toEqual([]);
  }, 300_000);
});

describe("sync budget and request size", () => {
  // 50 people write 4.7 MB since 排序索引 and its whole-table fallbacks (2.9 MB + 1.8 MB): two
  // write requests, each under the 4 MB batch (docs/decisions.md, "Month workbook recalculation")
  test.each([
    [5, 1],
    [50, 2],
  ])(
    "%i people: one read, %i write request(s), one closing request; largest < 4 MB",
    async (people, writes) => {
      const fake = installFake();
      const model = buildMonthWorkbook(scaledMonth(people));
      const report = await render(fake, model);
      expect(report.syncs).toBe(1 + writes);
      expect(fake.stats.syncs).toBe(2 + writes);
      const largest = Math.max(...fake.stats.batches.map((b) => b.requestBytes));
      expect(largest).toBeLessThan(4 * 1024 * 1024);
      expect(report.largestBatch).toBeGreaterThanOrEqual(largest); // the estimate errs on the safe side
    }
  );

  test("a smaller request budget cuts the same workbook into several requests by bytes", async () => {
    const fake = installFake();
    const model = buildMonthWorkbook(sampleMonth());
    const report = await render(fake, model, 300 * 1024);
    // ≈ 1.3 MB of requests in pieces of at most 300 KB of estimate → at least 5 requests
    expect(report.syncs).toBeGreaterThanOrEqual(5);
    expect(Math.max(...fake.stats.batches.map((b) => b.requestBytes))).toBeLessThan(300 * 1024);
    const back = gridToModel(fake.grid, { formulaResult: resultsOf(model) });
    expect(back.sheets.filter((s) => s.name !== "Sheet1").map(comparable)).toEqual(
      model.sheets.map(comparable)
    );
  });
});

describe("a failed render leaves the workbook as it was", () => {
  test("the old month workbook, with what was typed into it, is back after a failure half-way", async () => {
    const fake = installFake();
    await render(fake, buildMonthWorkbook(sampleMonth()));
    // someone types into the workbook: a note in the 说明 sheet and a custom sheet of their own
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("人员").getRange("D2").values = [["本月借调"]];
      context.workbook.worksheets.add("我的备忘").getRange("A1").values = [["别删我"]];
    });
    const before = snapshot(fake);
    // a regenerate whose 3rd request fails: a long text cell makes that request exceed Excel's limit
    const next = buildMonthWorkbook({ ...sampleMonth(), asOf: "2026-10-20" });
    const logs = next.sheets.find((s) => s.name === "工作日志")!;
    logs.blocks[0].cells[5][3] = "很长的工作内容".repeat(20_000); // ≈ 420 KB in one row
    fake.state.payloadLimitBytes = 400 * 1024;
    fake.resetStats();
    await expect(render(fake, next, 500 * 1024)).rejects.toThrow(
      /^生成月度考核工作簿失败，工作簿已恢复原样。原因：一次传送的数据超过了 Excel 的请求上限/
    );
    // requests were applied before the failing one (renames, new sheets, content)…
    expect(fake.stats.batches.length).toBeGreaterThan(3);
    // …and undone: same sheets in the same order, same cells, formats, names
    expect(snapshot(fake)).toEqual(before);
  });

  test("a model with problems is refused before anything is sent", async () => {
    const fake = installFake();
    const model = buildMonthWorkbook(sampleMonth());
    model.sheets[1].name = "岗位/职责";
    fake.resetStats();
    await expect(render(fake, model)).rejects.toThrow("工作簿描述有误");
    expect(fake.stats.syncs).toBe(1); // only the caller's read
  });
});
