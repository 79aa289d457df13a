// gangze score FILE [--as-of DATE] [--json]: the month's 100-point scores, grades, ranks and money.
import { provisionalAction, provisionalMessage } from "../domain/calendar/provisional";
import { isUnusable, withoutErrors } from "../domain/checks";
import { isISODate } from "../domain/dates";
import { round2 } from "../domain/round";
import { scoreMonth, toReport } from "../domain/scoring";
import type { ScoreReport } from "../domain/types";
import { UserError } from "./errors";
import { loadAndCheck, type CheckedInput } from "./input";
import type { Output } from "./output";
import { formatNumber, formatTable } from "./table";

export async function runScore(
  file: string,
  asOf: string | undefined,
  json: boolean,
  out: Output
): Promise<number> {
  if (asOf !== undefined && !isISODate(asOf)) {
    throw new UserError(`--as-of 应写成 YYYY-MM-DD 的日期，实际为“${asOf}”`);
  }
  const checked = await loadAndCheck(file);
  const report = scoreChecked(checked, asOf, out);
  out.stdout(json ? JSON.stringify(report, null, 2) + "\n" : formatReport(report, file));
  return 0;
}

/** Scores what was read, leaving out the records with errors (they are not scored). */
export function scoreChecked(
  checked: CheckedInput,
  asOf: string | undefined,
  out: Output
): ScoreReport {
  const { input, calendar, entryIssues } = checked;
  // month, 基准日 or rules unusable: nothing can be scored (the task pane refuses the same way)
  if (isUnusable(entryIssues)) {
    const why = entryIssues
      .filter((i) => i.severity === "error" && i.collection === "dataset")
      .map((i) => "  " + i.message);
    throw new UserError(`${input.file} 无法评分：\n${why.join("\n")}`);
  }
  const errors = checked.issues.filter((i) => i.severity === "error").length;
  if (errors > 0) {
    out.stderr(
      `${input.file}：${errors} 处录入错误，相关记录未计分；运行 gangze check ${input.file} 查看\n`
    );
  }
  try {
    return toReport(scoreMonth(withoutErrors(input.dataset, entryIssues), { asOf, calendar }));
  } catch (err) {
    if (err instanceof RangeError)
      throw new UserError(`${input.file}：考核标准有误：${err.message}`);
    throw err;
  }
}

/** The ranked table; `file`: the workbook the 暂定 line tells the director to import into. */
export function formatReport(report: ScoreReport, file?: string): string {
  const rows = report.people.map((p) => [
    String(p.rank),
    p.name,
    p.post,
    formatNumber(p.score),
    p.grade,
    formatNumber(p.money),
    formatNumber(p.bonus),
    // what the deductions cost after the per-duty caps (all 100 when the score floors at 0)
    formatNumber(round2(100 + p.bonus - p.score)),
  ]);
  const years = report.provisionalYears ?? [];
  const head =
    `考核期 ${report.period}，基准日 ${report.asOf}，共 ${report.people.length} 人` +
    (years.length > 0
      ? `（暂定）\n${provisionalMessage(years)}\n${provisionalAction(years, file)}\n`
      : "\n");
  return (
    head +
    formatTable(["名次", "姓名", "岗位", "得分", "等级", "奖惩(元)", "加分", "计入扣分"], rows, [
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
