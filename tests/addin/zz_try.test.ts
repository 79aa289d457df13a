import { buildMonthWorkbook } from "../../src/workbook/month";
import { sampleMonth } from "../../src/domain/defaultOffice";
import { queueState } from "../../src/office/book";
import { renderModel } from "../../src/office/render";
import { gridToModel } from "../fakeExcel";
import { comparable, installFake, resultsOf, scaledMonth, uninstallFake } from "./officeHelpers";
afterEach(uninstallFake);
test("try", async () => {
  for (const n of [5, 20, 50]) {
  const fake = installFake();
  const ds = n === 20 ? sampleMonth() : scaledMonth(n);
  const t0 = Date.now();
  const model = buildMonthWorkbook(ds);
  const t1 = Date.now();
  const report = await Excel.run(async (context) => {
    const state = queueState(context as never);
    await context.sync();
    return renderModel(context as never, model, state());
  });
  const t2 = Date.now();
  console.log(n, "build", t1 - t0, "render", t2 - t1, report, fake.stats.syncs, fake.stats.batches.map((b) => [b.operations, b.requestBytes]));
  const back = gridToModel(fake.grid, { formulaResult: resultsOf(model) });
  const got = back.sheets.filter(s => s.name !== "Sheet1").map(comparable);
  const want = model.sheets.map(comparable);
  for (let i = 0; i < want.length; i++) { expect(got[i]).toEqual(want[i]); }
  expect(back.definedNames).toEqual(model.definedNames);
  }
});
