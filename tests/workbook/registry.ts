// Every workbook the project generates, built from sample data: the allow-list and parity tests
// iterate over this list, so a workbook added here is checked automatically.

import { buildHandbook } from "../../src/workbook/handbook";
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
];
