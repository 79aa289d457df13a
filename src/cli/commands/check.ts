// gangze check: entry checks of a month workbook or dataset (help text and flags).
import { onePositional, usageError } from "../args";
import { stringFlag, switchFlag, type Command } from "../command";
import { parseDate } from "../../domain/dates";

export const command: Command = {
  name: "check",
  summary: "检查录入（错误在前，缺报日志按人汇总）；退出码 0 无错误，1 有错误，2 文件不可用",
  usage: "check FILE [--as-of YYYY-MM-DD] [--json]",
  description: `检查月度考核工作簿（.xlsx）或考核数据（.json）的录入：缺项、日期、人员、职责编码、
交办事项的先后次序、缺报的日志等，每条给出工作表和单元格、原因和改法。
先列错误（相关记录不计分），再按人列出缺报日志（姓名 缺 N 个工作日：日期），最后是其他警告。
--as-of 按某一天检查（例如月中检查时不计尚未到来的日子），不改动工作簿里的基准日。
退出码：0 没有错误（可以有警告），1 有错误，2 文件不可用。`,
  flags: [
    { name: "as-of", value: "YYYY-MM-DD", help: "按这一天检查（默认为工作簿里的基准日）" },
    { name: "json", help: '以 JSON 输出（出错时也输出一个 {"error":…} 对象）' },
  ],
  examples: [
    "check 2026-11-月度考核.xlsx",
    "check 2026-11-月度考核.xlsx --as-of 2026-11-15",
    "check 2026-11-月度考核.xlsx --json",
  ],
  async run(args, out) {
    const file = onePositional("check", args, "文件（.xlsx 或 .json）");
    const typed = stringFlag(args, "as-of");
    let asOf: string | undefined;
    if (typed !== undefined) {
      const d = parseDate(typed);
      if (!d.ok) throw usageError("check", `--as-of：${d.message}`);
      asOf = d.date;
    }
    const { runCheck } = await import("../check");
    return runCheck(file, switchFlag(args, "json"), out, asOf);
  },
};
