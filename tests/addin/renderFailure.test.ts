// A render that fails at any step leaves the workbook as it was (and says so), or — when the
// failure comes after an old sheet was already dropped — finishes the job; the message says
// "工作簿已恢复原样" only when it is true. Each operation the render sends to Excel is failed in
// turn (the fake host's `failAfter`), over a workbook holding what a regenerate meets: sheets the
// model replaces (one hidden, one protected), the very hidden 检查 marks sheet, a sheet of the
// user's own and defined names.

import { sampleMonth } from "../../src/domain/defaultOffice";
import { queueState } from "../../src/office/book";
import { MARKS_SHEET } from "../../src/office/marks";
import { renderModel, type RenderReport } from "../../src/office/render";
import { emptySheet, type SheetModel, type WorkbookModel } from "../../src/workbook/model";
import { buildMonthWorkbook } from "../../src/workbook/month";
import type { FakeOffice } from "../fakeExcel";
import { installFake, snapshot, uninstallFake } from "./officeHelpers";

afterEach(uninstallFake);

type Ctx = Excel.RequestContext;

/** A small workbook using every kind of step the render has. */
function model(version: number): WorkbookModel {
  const a: SheetModel = {
    ...emptySheet("汇总"),
    columnWidths: [12, 30],
    rowHeights: { 1: 24 },
    blocks: [
      {
        origin: "A1",
        cells: [
          ["姓名", "得分", "日期"],
          ["刘晓燕", { formula: `B3+${version}`, result: 90 + version }, { date: "2026-10-31" }],
          ["王建国", 88, null],
        ],
      },
    ],
    formats: [
      { range: "A1:C1", style: { font: { bold: true }, fill: "D9E2F3", border: "thin" } },
      { range: "B2:B3", style: { numberFormat: "0.0", locked: false } },
    ],
    merges: ["A5:C5"],
    validations: [{ range: "B3", rule: { type: "decimal", min: 0, max: 100 } }],
    conditionalFormats: [
      { range: "B2:B3", formula: "B2<60", fill: "FFC7CE" },
      { range: "B2:B3", formula: "B2>=90", fill: "C6EFCE", bold: true },
    ],
    freeze: { rows: 1, columns: 0 },
    tabColor: "1F5FA8",
    protection: {},
  };
  const b: SheetModel = {
    ...emptySheet("计算"),
    hidden: true,
    blocks: [{ origin: "A1", cells: [["基准日", { date: "2026-10-31" }]] }],
  };
  const sheets =
    version === 1
      ? [a, b]
      : [a, b, { ...emptySheet("说明"), blocks: [{ origin: "A1", cells: [["第二版"]] }] }];
  return {
    title: "测试工作簿",
    sheets,
    definedNames: [
      { name: "基准日", ref: "'计算'!$B$1" },
      ...(version === 1 ? [] : [{ name: "首名", ref: "'汇总'!$A$2" }]),
    ],
  };
}

async function render(
  fake: FakeOffice,
  m: WorkbookModel,
  before?: () => void
): Promise<RenderReport> {
  return fake.Excel.run(async (context) => {
    const state = queueState(context as unknown as Ctx);
    await context.sync();
    before?.();
    return renderModel(context as unknown as Ctx, m, state(), {
      alsoDelete: [MARKS_SHEET],
      action: "生成测试工作簿",
    });
  }) as Promise<RenderReport>;
}

/** The workbook a regenerate meets: version 1, marks, a sheet and a name of the user's own. */
async function existing(): Promise<FakeOffice> {
  const fake = installFake();
  await render(fake, model(1));
  await fake.Excel.run(async (context) => {
    const marks = context.workbook.worksheets.add(MARKS_SHEET);
    marks.getRange("A1:C2").values = [
      ["工作表", "单元格", "原填充"],
      ["汇总", "B3", "#FFFFFF"],
    ];
    marks.visibility = "VeryHidden";
    context.workbook.worksheets.add("我的备忘").getRange("A1").values = [["别删我"]];
    context.workbook.names.add("我的名字", "='我的备忘'!$A$1");
  });
  fake.resetStats();
  return fake;
}

/** The grid without what does not matter: conditional-format ids, the order of names. */
function state(fake: FakeOffice) {
  const s = snapshot(fake) as {
    sheets: { conditionalFormats: { id?: number }[] }[];
    names: { name: string }[];
  };
  for (const sheet of s.sheets) for (const cf of sheet.conditionalFormats) delete cf.id;
  s.names.sort((x, y) => x.name.localeCompare(y.name));
  return s;
}

test("the marks sheet (very hidden) is deleted with the replaced sheets, and the new priorities keep the description's order", async () => {
  const fake = await existing();
  await render(fake, model(2));
  const names = fake.grid.sheets.map((s) => `${s.name}:${s.visibility}`);
  expect(names).toEqual([
    "Sheet1:Visible",
    "我的备忘:Visible",
    "汇总:Visible",
    "计算:Hidden",
    "说明:Visible",
  ]);
  const cfs = fake.grid.sheets.find((s) => s.name === "汇总")!.conditionalFormats;
  expect(cfs.map((c) => c.formula)).toEqual(["=B2<60", "=B2>=90"]);
  expect(fake.stats.calculations).toBe(1);
});

test("failing each operation of a render in turn: restored exactly, or finished, and said truthfully", async () => {
  // the operations of a successful render, and the workbook it leaves
  const reference = await existing();
  const before = state(reference);
  let start = 0;
  await render(reference, model(2), () => (start = reference.stats.operations));
  const count = reference.stats.operations - start;
  const after = state(reference);
  expect(count).toBeGreaterThan(40);

  const outcomes = { restored: 0, finished: 0 };
  for (let k = 0; k < count; k++) {
    const fake = await existing();
    expect(state(fake)).toEqual(before);
    let message = "";
    try {
      await render(fake, model(2), () => (fake.state.failAfter = k));
    } catch (error) {
      message = (error as Error).message;
    }
    const now = state(fake);
    if (message) {
      // a failure: the workbook is as it was, and the message says so
      expect({ k, message: message.split("原因：")[0] }).toEqual({
        k,
        message: "生成测试工作簿失败，工作簿已恢复原样。",
      });
      expect({ k, now }).toEqual({ k, now: before });
      outcomes.restored++;
    } else {
      // the failure came after an old sheet was gone: the render finished instead
      expect({ k, now }).toEqual({ k, now: after });
      outcomes.finished++;
    }
  }
  expect(outcomes.restored).toBeGreaterThan(0);
  expect(outcomes.finished).toBeGreaterThan(0);
  expect(outcomes.restored + outcomes.finished).toBe(count);
}, 600_000);

test("the month workbook: a failure at its first or a middle operation leaves the old one as it was", async () => {
  const next = buildMonthWorkbook({ ...sampleMonth(), asOf: "2026-10-20" });
  const probe = installFake();
  await render(probe, buildMonthWorkbook(sampleMonth()));
  let start = 0;
  await render(probe, next, () => (start = probe.stats.operations));
  const total = probe.stats.operations - start;
  for (const k of [0, Math.floor(total / 2)]) {
    const fake = installFake();
    await render(fake, buildMonthWorkbook(sampleMonth()));
    const before = state(fake);
    await expect(render(fake, next, () => (fake.state.failAfter = k))).rejects.toThrow(
      /^生成测试工作簿失败，工作簿已恢复原样。原因：Excel 拒绝了请求（GeneralException/
    );
    expect(state(fake)).toEqual(before);
  }
}, 300_000);
