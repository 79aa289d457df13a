// gangze score FILE [--as-of DATE] [--json]: the month's 100-point scores, grades, ranks and money.
import { Calendar, CalendarMissingError } from "../domain/calendar";
import { checkDataset, withoutErrors } from "../domain/checks";
import { isISODate } from "../domain/dates";
import { scoreMonth, toReport } from "../domain/scoring";
import type { Dataset, ScoreReport } from "../domain/types";
import { UserError } from "./errors";
import { loadInput } from "./input";
import type { Output } from "./output";
import { formatNumber, formatTable } from "./table";

export async function runScore(file: string, asOf: string | undefined, json: boolean, out: Output): Promise<number> {
  if (asOf !== undefined && !isISODate(asOf)) {
    throw new UserError(`--as-of 应写成 YYYY-MM-DD 的日期，实际为“${asOf}”`);
  }
  const input = await loadInput(file);
  const report = scoreDataset(input.dataset, asOf, file, out);
  out.stdout(json ? JSON.stringify(report, null, 2) + "\n" : formatReport(report));
  return 0;
}

/** Checks, drops rows with errors (they are not scored), scores. Shared by score and demo. */
export function scoreDataset(ds: Dataset, asOf: string | undefined, file: string, out: Output): ScoreReport {
  const calendar = new Calendar(ds.calendar);
  const issues = checkDataset(ds, { calendar });
  const errors = issues.filter((i) => i.severity === "error").length;
  if (errors > 0) {
    out.stderr(`${file}：${errors} 处录入错误，相关记录未计分；运行 gangze check ${file} 查看\n`);
  }
  try {
    return toReport(scoreMonth(withoutErrors(ds, issues), { asOf, calendar }));
  } catch (err) {
    if (err instanceof CalendarMissingError) throw new UserError(`${file}：${err.message}`);
    throw err;
  }
}

export function formatReport(report: ScoreReport): string {
  const rows = report.people.map((p) => [
    String(p.rank),
    p.name,
    p.post,
    formatNumber(p.score),
    p.grade,
    formatNumber(p.money),
    formatNumber(p.bonus),
    formatNumber(p.deductions.reduce((s, d) => s + d.points, 0)),
  ]);
  const head = `考核期 ${report.period}，基准日 ${report.asOf}，共 ${report.people.length} 人\n`;
  return (
    head +
    formatTable(["名次", "姓名", "岗位", "得分", "等级", "奖惩(元)", "加分", "扣分"], rows, [
      "right",
      "left",
      "left",
      "right",
      "left",
      "right",
      "right",
      "right",
    ])
  );
}
