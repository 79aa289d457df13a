// gangze score: the month's 100-point scores (help text and flags; the work is in ../score).
import { onePositional, usageError } from "../args";
import { stringFlag, switchFlag, type Command } from "../command";
import { parseDate } from "../../domain/dates";

export const command: Command = {
  name: "score",
  summary: "百分制得分、等级、名次、奖惩金额",
  usage: "score FILE [--as-of YYYY-MM-DD] [--json]",
  description: `按考核标准计算每人本月的得分、等级、名次和奖惩金额（有录入错误的记录不计分，
并在 stderr 提示）。--as-of 按某一天计算，不改动工作簿里的基准日；
日期可写成 2026-10-16、2026/10/16、2026年10月16日。`,
  flags: [
    { name: "as-of", value: "YYYY-MM-DD", help: "基准日（默认为工作簿里的基准日）" },
    { name: "json", help: "以 JSON 输出（格式见 docs/data-format.md）" },
  ],
  examples: [
    "score 2026-10-月度考核.xlsx",
    "score 2026-10-月度考核.xlsx --as-of 2026-10-16 --json",
  ],
  async run(args, out) {
    const file = onePositional("score", args, "文件（.xlsx 或 .json）");
    const typed = stringFlag(args, "as-of");
    let asOf: string | undefined;
    if (typed !== undefined) {
      const d = parseDate(typed);
      if (!d.ok) throw usageError("score", `--as-of：${d.message}`);
      asOf = d.date;
    }
    const { runScore } = await import("../score");
    return runScore(file, asOf, switchFlag(args, "json"), out);
  },
};
