// gangze check FILE [--as-of YYYY-MM-DD] [--json]: exit 0 no errors, 1 entry errors, 2 unusable
// input. Output people can act on (SPEC §7): errors first, missing logs one line per person with
// their dates, then the other warnings. --as-of checks as of a date without editing 基准日.
import { groupIssues, missingLogLine } from "../domain/issueGroups";
import { loadAndCheck, type LocatedIssue } from "./input";
import type { Output } from "./output";

function line(i: LocatedIssue): string {
  const where = i.location && !i.message.includes(i.location) ? `${i.location}  ` : "";
  return `${where}${i.message}（${i.fix}）`;
}

export async function runCheck(
  file: string,
  json: boolean,
  out: Output,
  asOf?: string
): Promise<number> {
  const { issues, input } = await loadAndCheck(file, asOf);
  const g = groupIssues(issues);
  const errors = g.errors.length;
  const warnings = issues.length - errors;
  if (json) {
    out.stdout(
      JSON.stringify(
        {
          file,
          asOf: input.dataset.asOf,
          errors,
          warnings,
          missingLogs: g.missingLogs.map((m) => ({
            person: m.person,
            days: m.dates.length,
            dates: m.dates,
            location: m.issues[0]?.location ?? "",
          })),
          issues: [...g.errors, ...g.missingLogs.flatMap((m) => m.issues), ...g.warnings],
        },
        null,
        2
      ) + "\n"
    );
    return errors > 0 ? 1 : 0;
  }
  const asOfNote = asOf ? `（按 ${asOf} 检查，文件中的基准日未改动）` : "";
  out.stdout(`${file}：${errors} 个错误，${warnings} 个警告${asOfNote}\n`);
  if (errors) {
    out.stdout(`\n错误（${errors}，相关记录不计分）：\n`);
    for (const i of g.errors) out.stdout(`  错误  ${line(i)}\n`);
  }
  if (g.missingLogs.length) {
    const days = g.missingLogs.reduce((n, m) => n + m.dates.length, 0);
    const where = g.missingLogs[0].issues[0]?.location;
    out.stdout(
      `\n缺报工作日志（${g.missingLogs.length} 人，共 ${days} 个工作日，每天扣分；` +
        `补填在“工作日志”${where ? `（${where} 起）` : ""}，请假、出差也填一行）：\n`
    );
    for (const m of g.missingLogs) out.stdout(`  ${missingLogLine(m)}\n`);
  }
  if (g.warnings.length) {
    out.stdout(`\n其他警告（${g.warnings.length}）：\n`);
    for (const i of g.warnings) out.stdout(`  警告  ${line(i)}\n`);
  }
  return errors > 0 ? 1 : 0;
}
