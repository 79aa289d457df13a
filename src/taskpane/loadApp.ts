// Loads the GangzeApp on demand: everything behind it (domain rules, workbook layer, ExcelJS) is
// fetched as separate chunks, so the pane's first load stays small.

import type { GangzeApp } from "../app/actions";
import type { WorkbookHost } from "../office/host";

export async function loadApp(host: WorkbookHost): Promise<GangzeApp> {
  void host;
  throw new Error("岗责功能模块尚未接入。");
}
