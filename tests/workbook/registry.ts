// Every workbook the project generates, built from sample data: the allow-list and parity tests
// iterate over this list, so a workbook added here is checked automatically.

import { sampleMonth } from "../../src/domain/defaultOffice";
import { buildHandbook } from "../../src/workbook/handbook";
import { buildMonthWorkbook } from "../../src/workbook/month";
import type { WorkbookModel } from "../../src/workbook/model";
import { defaultHandbook, smallHandbook } from "./fixtures";

export interface WorkbookSample {
  name: string;
  build(): WorkbookModel;
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
];
