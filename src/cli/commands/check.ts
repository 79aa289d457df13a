// gangze check: entry checks of a month workbook or dataset (help text and flags).
import { onePositional } from "../args";
import { switchFlag, type Command } from "../command";

export const command: Command = {
  name: "check",
  summary: "检查录入；退出码 0 无错误，1 有错误，2 文件不可用",
  usage: "check FILE [--json]",
  description: `检查月度考核工作簿（.xlsx）或考核数据（.json）的录入：缺项、日期、人员、职责编码、
交办事项的先后次序、缺报的日志等，每条给出工作表和单元格、原因和改法。
退出码：0 没有错误（可以有警告），1 有错误，2 文件不可用。`,
  flags: [{ name: "json", help: '以 JSON 输出（出错时也输出一个 {"error":…} 对象）' }],
  examples: ["check 2026-11-月度考核.xlsx", "check 2026-11-月度考核.xlsx --json"],
  async run(args, out) {
    const file = onePositional("check", args, "文件（.xlsx 或 .json）");
    const { runCheck } = await import("../check");
    return runCheck(file, switchFlag(args, "json"), out);
  },
};
