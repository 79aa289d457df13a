// gangze rollup: the bureau's 汇总工作簿 from many offices' month workbooks (help text and flags;
// the work is in ../rollup).
import { usageError } from "../args";
import { stringFlag, switchFlag, type Command } from "../command";

export const command: Command = {
  name: "rollup",
  summary: "汇总工作簿：各单位月度考核的人数、平均分、各等级人数、逾期、缺报，及逐份核验",
  usage: "rollup MONTH.xlsx… --out FILE.xlsx [--json]",
  description: `把各单位报来的月度考核工作簿汇总成一个工作簿：单位汇总（人数、平均分、各等级人数、
逾期事项、日志缺报）、人员明细（每人及所在单位、局内名次）和核验（每份文件的存储结果是否与
按其录入重新计算的一致，不一致的列出单元格）。一份文件坏了不影响其他文件。
退出码：0 全部一致，1 有文件不一致、无法读取或重复，2 用法错误。`,
  flags: [
    { name: "out", value: "FILE.xlsx", help: "汇总工作簿写到哪里（文件或文件夹）" },
    { name: "json", help: "以 JSON 输出各单位数据和核验结果" },
  ],
  examples: ["rollup 收到/*.xlsx --out 2026-10-汇总.xlsx"],
  async run(args, out) {
    if (args.positional.length === 0) throw usageError("rollup", "请给出各单位的月度考核工作簿");
    const { runRollup } = await import("../rollup");
    return runRollup(
      args.positional,
      { out: stringFlag(args, "out"), json: switchFlag(args, "json") },
      out
    );
  },
};
