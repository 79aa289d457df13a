// Across the year boundary (issue 7): December 2026 with tasks due in January 2027 is final;
// January 2027 before the State Council notice is provisional (暂定) everywhere it shows; after
// the notice is entered it is final, with every entry kept. LibreOffice recalculates the three
// month workbooks (one soffice call) and reproduces every cached value: 0 differences.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Calendar } from "../../src/domain/calendar";
import { datasetWithNotice } from "../../src/domain/calendar/importNotice";
import { parseNotice, type ParsedNotice } from "../../src/domain/calendar/notice";
import { carryOver } from "../../src/domain/carryOver";
import { sampleMonth } from "../../src/domain/defaultOffice";
import { monthEnd, monthStart } from "../../src/domain/dates";
import { scoreMonth, toReport } from "../../src/domain/scoring";
import type { Dataset } from "../../src/domain/types";
import { buildMonthWorkbook } from "../../src/workbook/month";
import { parseCell } from "../../src/workbook/address";
import { isFormulaCell, type WorkbookModel } from "../../src/workbook/model";
import { PROVISIONAL_NOTE } from "../../src/workbook/month/provisional";
import { readMonthWorkbook } from "../../src/xlsx/readWorkbooks";
import { writeXlsx } from "../../src/xlsx/writer";
import { compareFormulaCells, recalc } from "../support/libreoffice";

const NOTICE_2027 = path.join(
  __dirname,
  "..",
  "fixtures",
  "calendar-notices",
  "hypothetical",
  "2027-test-notice.txt"
);

function notice2027(): ParsedNotice {
  const r = parseNotice(fs.readFileSync(NOTICE_2027, "utf8"));
  if (!r.ok) throw new Error(r.message);
  return r.notice;
}

/** The sample office, five people, with a log on every working day of the month but one. */
function office(month: string, base?: Dataset): Dataset {
  const ds = base ?? sampleMonth();
  const staff = ds.staff.slice(0, 5);
  const cal = new Calendar(ds.calendar);
  const days = cal.workdays(monthStart(month), monthEnd(month));
  return {
    ...ds,
    month,
    asOf: monthEnd(month),
    staff,
    tasks: ds.tasks.filter((t) => staff.some((s) => s.name === t.owner)),
    logs: staff.flatMap((s, i) =>
      days
        .filter((_, k) => k !== i + 2) // person i misses one day
        .map((date) => ({ date, person: s.name, content: "日常工作", status: "完成" as const }))
    ),
    weeklyPlans: [],
    findings: [],
    bonuses: [],
    quotas: ds.quotas.filter((q) => staff.some((s) => s.name === q.person)),
  };
}

function december(): Dataset {
  const ds = office("2026-12");
  const [a, b, c] = ds.staff;
  ds.tasks = [
    // due 2027-01-05 whatever 2027's holidays: not yet due on 12-31
    {
      id: "2026-12-001",
      source: "领导交办",
      title: "年度工作总结",
      owner: a.name,
      assigned: "2026-12-28",
      limitWorkdays: 5,
    },
    // due 12-29, done 12-30: 逾期完成 in December
    {
      id: "2026-12-002",
      source: "会议决议",
      title: "年终座谈会纪要",
      owner: b.name,
      assigned: "2026-12-24",
      limitWorkdays: 3,
      completed: "2026-12-30",
      reported: "2026-12-31",
    },
    // due 01-08 (explicit date), still open in January
    {
      id: "2026-12-003",
      source: "上级来文",
      title: "来文办理",
      owner: c.name,
      assigned: "2026-12-21",
      due: "2027-01-08",
    },
  ];
  return ds;
}

function january(): Dataset {
  const jan = office("2027-01", carryOver(december(), "2027-01"));
  jan.tasks = [
    ...jan.tasks,
    {
      id: "2027-01-001",
      source: "领导交办",
      title: "春节值班安排",
      owner: jan.staff[3].name,
      assigned: "2027-01-25",
      limitWorkdays: 10, // runs into 春节
    },
  ];
  return jan;
}

interface Case {
  name: string;
  ds: Dataset;
  model: WorkbookModel;
  file: string;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gangze-boundary-"));
const cases: Case[] = [];
let outputs: Map<string, string>;

beforeAll(async () => {
  const jan = january();
  const named: [string, Dataset][] = [
    ["2026-12 with tasks due in January", december()],
    ["2027-01 provisional", jan],
    ["2027-01 after the notice", datasetWithNotice(jan, notice2027())],
  ];
  for (const [name, ds] of named) {
    const model = buildMonthWorkbook(ds);
    const file = path.join(dir, `${cases.length}.xlsx`);
    fs.writeFileSync(file, await writeXlsx(model));
    cases.push({ name, ds, model, file });
  }
  outputs = await recalc(cases.map((c) => c.file));
}, 600_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Cached value of a sheet's cell in the model (formula result or plain value). */
function cached(model: WorkbookModel, sheet: string, cell: string): unknown {
  const s = model.sheets.find((x) => x.name === sheet)!;
  const at = parseCell(cell);
  for (const b of s.blocks) {
    const o = parseCell(b.origin);
    const c = b.cells[at.row - o.row]?.[at.col - o.col];
    if (c === undefined || at.row < o.row || at.col < o.col) continue;
    return isFormulaCell(c) ? c.result : c;
  }
  return undefined;
}

test("December 2026 with tasks due in January 2027 scores final", () => {
  const report = toReport(scoreMonth(cases[0].ds));
  expect(report.provisional).toBeUndefined();
  const late = report.people.flatMap((p) => p.deductions).filter((d) => d.kind !== "日志缺报");
  // only the task done late in December is charged; the ones due in 2027 are not yet due
  expect(late.map((d) => [d.kind, d.ref])).toEqual([["逾期完成", "2026-12-002"]]);
  expect(cached(cases[0].model, "说明", "B8")).toMatch(
    /^本期各日的节假日和调休均按国务院办公厅通知确定/
  );
  expect(cached(cases[0].model, "考核汇总", "S2")).toBe("");
});

test("its 日历 lists 2027 whole, provisional, for the due dates that run into it", () => {
  const cal = cases[0].model.sheets.find((s) => s.name === "日历")!;
  const rows = cal.blocks[0].cells.slice(1).filter((r) => r[0] !== null);
  const last = rows[rows.length - 1];
  expect(last[0]).toEqual({ date: "2027-12-31" });
  const eve = rows.find((r) => JSON.stringify(r[0]) === JSON.stringify({ date: "2027-02-05" }))!;
  expect([eve[2], eve[3]]).toEqual(["节假日", "春节（暂定）"]);
  const years = cal.blocks[1].cells;
  expect(years.slice(0, 3)).toEqual([
    ["年份", "状态", "依据"],
    [2026, "完整", expect.stringContaining("国务院办公厅通知")],
    [2027, "暂定", expect.stringContaining("暂定")],
  ]);
});

test("January 2027 before the notice is provisional in the report and every 暂定 cell", () => {
  const report = toReport(scoreMonth(cases[1].ds));
  expect(report.provisional).toBe(true);
  expect(report.provisionalYears).toEqual([2027]);
  for (const [sheet, cell] of [
    ["说明", "B8"],
    ["考核汇总", "S2"],
  ])
    expect([sheet, cached(cases[1].model, sheet, cell)]).toEqual([sheet, PROVISIONAL_NOTE]);
  // the posted notice says it too, and December's (final) has no such line
  expect(cachedValues(cases[1].model, "公示")).toContain(PROVISIONAL_NOTE);
  expect(cachedValues(cases[0].model, "公示")).not.toContain(PROVISIONAL_NOTE);
});

/** Every cached value of a sheet (formula results and plain values). */
function cachedValues(model: WorkbookModel, sheet: string): unknown[] {
  const s = model.sheets.find((x) => x.name === sheet)!;
  return s.blocks.flatMap((b) => b.cells.flat().map((c) => (isFormulaCell(c) ? c.result : c)));
}

test("entering the notice turns January final and keeps every entry", async () => {
  const before = cases[1].ds;
  const after = cases[2].ds;
  const report = toReport(scoreMonth(after));
  expect(report.provisional).toBeUndefined();
  expect(cached(cases[2].model, "考核汇总", "S2")).toBe("");
  // read back: the notice, the tasks and the logs are all there
  const read = await readMonthWorkbook(fs.readFileSync(cases[2].file), "2027-01.xlsx");
  expect(read.dataset.calendar?.notices?.map((n) => [n.year, n.holidays.length])).toEqual([
    [2027, notice2027().holidays.length],
  ]);
  expect(read.dataset.tasks.map((t) => t.id)).toEqual(before.tasks.map((t) => t.id));
  expect(read.dataset.logs).toHaveLength(before.logs.length);
  // 2027-02-14 (Sun) is a working day by the notice, 2027-02-09 a day off
  const cal = new Calendar(read.dataset.calendar);
  expect([cal.isWorkday("2027-02-14"), cal.isWorkday("2027-02-09")]).toEqual([true, false]);
  // and the same workbook read again gives the same scores as the dataset it was built from
  expect(toReport(scoreMonth(read.dataset))).toEqual(report);
});

test.each([0, 1, 2])(
  "LibreOffice reproduces every cached value (case %i): 0 differences",
  async (i) => {
    const c = cases[i];
    const diffs = await compareFormulaCells(c.file, outputs.get(c.file)!);
    expect({
      name: c.name,
      diffs: diffs.slice(0, 10).map((d) => `${d.sheet}!${d.cell} ${d.cached} ≠ ${d.recalculated}`),
    }).toEqual({ name: c.name, diffs: [] });
  }
);
