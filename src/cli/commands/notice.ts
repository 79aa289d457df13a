// gangze notice: 公示, 个人考核单 and 奖惩发放表 (or a week's 周公示), ready to print (help and flags).
import { onePositional } from "../args";
import { stringFlag, type Command } from "../command";

export const command: Command = {
  name: "notice",
  summary: "公示、个人考核单和奖惩发放表（或某一周的周公示），可直接打印",
  usage: "notice MONTH.xlsx [--week N] [--out FILE.xlsx|DIR]",
  description: `由月度考核工作簿写出可张贴、可签字的结果：月度公示（名次、基础分、加分、得分、等级、
奖惩金额，一票否决和扣款的原因，公示期、意见反馈、落款和日期）、每人一页的个人考核单和奖惩发放表；
加 --week N 时写出第 N 周的周公示。公示天数、意见反馈和落款取自“考核标准”。
文件仍含全部公式（其余工作表隐藏），打开即可打印。不加 --out 时写到原工作簿旁边。`,
  flags: [
    { name: "week", value: "N", help: "第 N 周的周公示（1、2、3…）" },
    { name: "out", value: "FILE.xlsx|DIR", help: "输出文件或文件夹（默认原工作簿旁边）" },
  ],
  examples: ["notice 2026-10-月度考核.xlsx --out 公示", "notice 2026-10-月度考核.xlsx --week 3"],
  async run(args, out) {
    const file = onePositional("notice", args, "月度考核工作簿（.xlsx）");
    const { runNotice } = await import("../notice");
    return runNotice(file, stringFlag(args, "week"), stringFlag(args, "out"), out);
  },
};
