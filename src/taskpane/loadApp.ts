// The GangzeApp for the connected host. createApp is small: it loads the implementation (domain
// rules, workbook layer, ExcelJS) with import() on the first action, so the pane's first load
// stays small.

import { createApp } from "../app";
import type { GangzeApp } from "../app/actions";
import type { WorkbookHost } from "../office/host";

export async function loadApp(host: WorkbookHost): Promise<GangzeApp> {
  return createApp(host);
}
