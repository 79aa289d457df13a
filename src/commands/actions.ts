// What the ribbon buttons do, without the task pane. Loaded on demand (dynamic import) so
// commands.html stays small. Each returns the one-line result the ribbon shows (commands.ts), in
// the host's display language (the issue texts inside it are the checks' Chinese).
// 检查 marks the cells in the workbook and selects the first problem; 评分 selects 考核汇总,
// whose formulas already show the scores (the command writes nothing unless the result sheets
// are missing, as the pane's 评分 does).

import type { GangzeApp } from "../app/actions";
import { createExcelApp } from "../app/excelApp";
import { APP_MESSAGES } from "../i18n/appMessages";
import { localeFor } from "../i18n/strings";
import { MONTH_SHEETS } from "../workbook/sheets";
import type { WorkbookHost } from "../office/host";

const appFor = (host: WorkbookHost) => createExcelApp({ locale: localeFor(host.displayLanguage) });

export async function checkWorkbook(
  host: WorkbookHost,
  app: GangzeApp = appFor(host)
): Promise<string> {
  const m = APP_MESSAGES[localeFor(host.displayLanguage)];
  const result = await app.check();
  const errors = result.issues.filter((i) => i.severity === "error").length;
  const warnings = result.issues.length - errors;
  if (!result.issues.length) return m.checkClean();
  const first = result.issues.find((i) => i.sheet && i.cell);
  if (first) await host.selectRange(first.sheet, first.cell).catch(() => undefined);
  return m.checkDone(
    errors,
    warnings,
    result.marked,
    // the message without its `工作日志!B5` prefix: sheet and cell are named before it
    first && {
      sheet: first.sheet,
      cell: first.cell,
      text: first.message.replace(/^[^：]*：/, "："),
    },
    result.note
  );
}

export async function scoreWorkbook(
  host: WorkbookHost,
  app: GangzeApp = appFor(host)
): Promise<string> {
  const m = APP_MESSAGES[localeFor(host.displayLanguage)];
  const { report } = await app.score();
  await host.selectRange(MONTH_SHEETS.summary, "A1").catch(() => undefined);
  const top = report.people
    .filter((p) => p.rank === 1)
    .map((p) => ({ name: p.name, score: p.score }));
  const failing = report.people.filter((p) => p.grade === "不合格").length;
  return m.scoreDone(report.period, report.asOf, report.people.length, top, failing);
}
