// Every workbook the project generates, built from sample data: the allow-list and parity tests
// iterate over this list, so a workbook added here is checked automatically.

import { sampleMonth } from "../../src/domain/defaultOffice";
import type { Dataset } from "../../src/domain/types";
import { buildClerkWorkbook } from "../../src/workbook/clerk";
import { buildHandbook } from "../../src/workbook/handbook";
import { buildMonthWorkbook } from "../../src/workbook/month";
import type { WorkbookModel } from "../../src/workbook/model";
import { resolveRules } from "../../src/domain/rules";
import { monthScoresOf } from "../../src/domain/year";
import { buildYearWorkbook } from "../../src/workbook/year";
import { syntheticMonths } from "../../bench/yearData";
import { defaultHandbook, smallHandbook } from "./fixtures";

export interface WorkbookSample {
  name: string;
  build(): WorkbookModel;
}

/** Puts what a person typed into a field, whatever its type (the reader keeps such text). */
export function typeInto<T extends object>(rec: T, field: keyof T, text: string): void {
  (rec as unknown as Record<string, unknown>)[field as string] = text;
}

/**
 * The sample month after `collect` of a workbook where people typed text into date and number
 * cells (the reader keeps it: nothing typed is lost). The workbook shows the text and its formulas
 * count such a cell as empty.
 */
export function textMonth(): Dataset {
  const ds = sampleMonth();
  typeInto(ds.tasks[0], "completed", "10月32日");
  // 2026-10-002: due date replaced by a time limit written in words → no 应完成日
  delete ds.tasks[1].due;
  typeInto(ds.tasks[1], "limitWorkdays", "两天");
  typeInto(ds.tasks[2], "reported", "下周");
  typeInto(ds.tasks[3], "assigned", "十月八日");
  // 2026-10-005: a time limit counted from an assigned date written in words → no 应完成日
  delete ds.tasks[4].due;
  ds.tasks[4].limitWorkdays = 1;
  typeInto(ds.tasks[4], "assigned", "十月十三日");
  typeInto(ds.logs[0], "date", "2026/13/1");
  typeInto(ds.weeklyPlans[0], "weekStart", "本周一");
  typeInto(ds.staff[0], "start", "abc");
  typeInto(ds.findings[0], "date", "x");
  typeInto(ds.findings[1], "points", "两分");
  typeInto(ds.findings[3], "rectified", "整改中");
  typeInto(ds.bonuses[0], "date", "y");
  typeInto(ds.bonuses[1], "points", "2分");
  typeInto(ds.quotas[0], "target", "两篇");
  typeInto(ds.quotas[1], "actual", "一");
  typeInto(ds.duties[0], "points", "十二分");
  ds.calendar = { restDays: ["10月50日"], workDays: [] };
  return ds;
}

const dflt = defaultHandbook();

export const WORKBOOK_SAMPLES: WorkbookSample[] = [
  { name: "岗位责任手册（测试样例）", build: () => buildHandbook(smallHandbook()) },
  ...(dflt ? [{ name: "岗位责任手册（默认办公室）", build: () => buildHandbook(dflt) }] : []),
  { name: "月度考核工作簿（样例月份）", build: () => buildMonthWorkbook(sampleMonth()) },
  {
    name: "月度考核工作簿（上报版）",
    build: () => buildMonthWorkbook(sampleMonth(), { exportMode: true }),
  },
  { name: "月度考核工作簿（日期、数字栏填了文字）", build: () => buildMonthWorkbook(textMonth()) },
  { name: "个人工作日志（刘晓燕）", build: () => buildClerkWorkbook(sampleMonth(), "刘晓燕") },
  { name: "年度考核工作簿（12 个月，6 人，优秀比例 0.3）", build: () => sampleYear(6, 0.3) },
];

/** A year workbook from generated months (bench/yearData.ts), scored from their entries. */
export function sampleYear(
  people: number,
  excellentRatio?: number,
  skip: number[] = []
): WorkbookModel {
  const months = syntheticMonths(people).filter((_, i) => !skip.includes(i + 1));
  return buildYearWorkbook({
    office: months[0].office,
    months: months.map((ds) => monthScoresOf(ds)),
    rules: resolveRules(months[months.length - 1].rules),
    ...(excellentRatio ? { excellentRatio } : {}),
  });
}
