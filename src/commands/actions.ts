// What the ribbon buttons do. Loaded on demand (dynamic import) so commands.html stays small.
// Phase 2 replaces these bodies with the real check and score over the workbook layer.

import { HostError, type WorkbookHost } from "../office/host";

export async function checkWorkbook(host: WorkbookHost): Promise<void> {
  void host;
  throw new HostError("“检查”命令尚未接入检查模块，请在任务窗格中使用。");
}

export async function scoreWorkbook(host: WorkbookHost): Promise<void> {
  void host;
  throw new HostError("“评分”命令尚未接入评分模块，请在任务窗格中使用。");
}
