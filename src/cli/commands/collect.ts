// gangze collect: clerks' log workbooks merged into the month workbook (help text and flags).
import { usageError } from "../args";
import { stringFlag, type Command } from "../command";

export const command: Command = {
  name: "collect",
  summary: "把个人工作日志汇总进月度考核工作簿（不加 --out 时先备份原文件）",
  usage: "collect MONTH.xlsx LOG.xlsx… [--out FILE.xlsx]",
  description: `把各人交回的个人工作日志（工作日志、周计划、自查、交办事项的完成和回报日期）
汇总进月度考核工作簿。不加 --out 时改写原工作簿，改写前在旁边留一份备份
（“…-汇总前备份-时间.xlsx”）。有文件未能汇总时退出码为 1。`,
  flags: [{ name: "out", value: "FILE.xlsx", help: "写到另一个文件（原工作簿不变）" }],
  examples: ["collect 2026-11-月度考核.xlsx 个人工作日志/*.xlsx"],
  async run(args, out) {
    if (args.positional.length < 2)
      throw usageError("collect", "需要月度考核工作簿和至少一份个人工作日志");
    const { runCollect } = await import("../workbooks");
    return runCollect(args.positional, stringFlag(args, "out"), out);
  },
};
