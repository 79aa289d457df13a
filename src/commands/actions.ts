// What the ribbon buttons do, without the task pane. Loaded on demand (dynamic import) so
// commands.html stays small. Each returns the one-line result the ribbon shows (commands.ts).
// 检查 marks the cells in the workbook and selects the first problem; 评分 selects 考核汇总,
// whose formulas already show the scores (the command writes nothing unless the result sheets
// are missing, as the pane's 评分 does).

import type { GangzeApp } from "../app/actions";
import { createExcelApp } from "../app/excelApp";
import { MONTH_SHEETS } from "../workbook/sheets";
import type { WorkbookHost } from "../office/host";

export async function checkWorkbook(
  host: WorkbookHost,
  app: GangzeApp = createExcelApp()
): Promise<string> {
  const result = await app.check();
  const errors = result.issues.filter((i) => i.severity === "error").length;
  const warnings = result.issues.length - errors;
  if (!result.issues.length) return "检查完成：没有发现错误或警告。";
  const first = result.issues.find((i) => i.sheet && i.cell);
  if (first) await host.selectRange(first.sheet, first.cell).catch(() => undefined);
  const marked = result.marked
    ? `，已在工作簿中标出 ${result.marked} 个单元格（红色为错误，黄色为警告；在任务窗格“检查”中可清除标记）`
    : "";
  const note = result.note ? `。${result.note}` : "";
  const where = first
    ? `。第一个问题：${first.sheet}!${first.cell}（已选中）${first.message.replace(/^[^：]*：/, "：")}`
    : "";
  return `检查完成：${errors} 个错误，${warnings} 个警告${marked}${where}${note}`;
}

export async function scoreWorkbook(
  host: WorkbookHost,
  app: GangzeApp = createExcelApp()
): Promise<string> {
  const { report } = await app.score();
  await host.selectRange(MONTH_SHEETS.summary, "A1").catch(() => undefined);
  const top = report.people.filter((p) => p.rank === 1).map((p) => `${p.name} ${p.score} 分`);
  const low = report.people.filter((p) => p.grade === "不合格").length;
  return `评分完成（${report.period}，基准日 ${report.asOf}）：${report.people.length} 人，第一名 ${top.join("、") || "无"}${low ? `，不合格 ${low} 人` : ""}；明细见“考核汇总”“公示”表。`;
}
