// Sync budget of the add-in's actions over the fake Excel host, at 5 and at 50 people:
// context.sync() calls per action and the largest request (Excel on the web refuses > 5 MB).
// Run: npx tsc -p tsconfig.build.json && node dist/bench/addin.js
// (figures for docs/addin.md; tests/addin/appExcel.test.ts asserts the budget itself)

import { createExcelApp } from "../src/app/excelApp";
import { queueState } from "../src/office/book";
import { renderModel } from "../src/office/render";
import { buildMonthWorkbook } from "../src/workbook/month";
import { createFakeOffice, installFakeOffice, type FakeOffice } from "../tests/fakeExcel";
import { scaledMonth } from "../tests/addin/officeHelpers";

type Row = { action: string; syncs: number; largest: number; response: number; ms: number };

async function measure(
  fake: FakeOffice,
  action: string,
  f: () => Promise<unknown>,
  rows: Row[]
): Promise<void> {
  fake.resetStats();
  const t0 = process.hrtime.bigint();
  await f();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const max = (f: (b: (typeof fake.stats.batches)[number]) => number) =>
    Math.max(0, ...fake.stats.batches.map(f));
  rows.push({
    action,
    syncs: fake.stats.syncs,
    largest: max((b) => b.requestBytes),
    response: max((b) => b.responseBytes),
    ms,
  });
}

async function run(people: number): Promise<Row[]> {
  const rows: Row[] = [];
  const empty = createFakeOffice();
  let undo = installFakeOffice(empty);
  const app = createExcelApp({ today: () => "2026-10-31" });
  await measure(
    empty,
    "generate (empty workbook)",
    () => app.generate("month", { month: "2026-10" }),
    rows
  );
  undo();

  // a workbook holding the month's entries
  const fake = createFakeOffice();
  undo = installFakeOffice(fake);
  const ds = scaledMonth(people);
  // one typing error, so that 检查 has a cell to mark at both sizes
  ds.logs.push({
    date: "2026-10-30",
    person: "王不在",
    duty: "MS-01",
    content: "送文件",
    status: "完成",
  });
  await fake.Excel.run(async (context) => {
    const ctx = context as unknown as Excel.RequestContext;
    const state = queueState(ctx);
    await context.sync();
    await renderModel(ctx, buildMonthWorkbook(ds), state(), { alsoDelete: ["Sheet1"] });
  });
  await measure(fake, "generate (upgrade in place)", () => app.generate("month", {}), rows);
  await measure(fake, "overview", () => app.overview(), rows);
  await measure(fake, "check (+ marks)", () => app.check(), rows);
  await measure(fake, "clearMarks", () => app.clearMarks(), rows);
  await measure(fake, "score", () => app.score(), rows);
  await measure(fake, "overdue", () => app.overdue(), rows);
  await measure(fake, "exportMonth", () => app.exportMonth(), rows);
  undo();
  return rows;
}

async function main(): Promise<void> {
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const five = await run(5);
  const fifty = await run(50);
  console.log(
    "add-in actions over the fake Excel host (ExcelApi 1.8): syncs, largest request / response, time"
  );
  console.log(`${"action".padEnd(30)}${"5 people".padEnd(40)}50 people`);
  five.forEach((r, i) => {
    const f = fifty[i];
    const cell = (x: Row) =>
      `${x.syncs} syncs, ${kb(x.largest)} / ${kb(x.response)}, ${x.ms.toFixed(0)} ms`.padEnd(40);
    console.log(`${r.action.padEnd(30)}${cell(r)}${cell(f)}`);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
