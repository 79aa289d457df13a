// gangze verify: is a received month workbook's every stored result what its own entries give?
// (help text and flags; the work is in ../verify)
import { onePositional } from "../args";
import { switchFlag, type Command } from "../command";

export const command: Command = {
  name: "verify",
  summary: "核验收到的月度考核工作簿：存储的结果是否与按其录入重新计算的一致",
  usage: "verify FILE.xlsx [--json]",
  description: `按工作簿自身的录入（人员、交办事项、日志、检查记录、指标、加分、考核标准、日历）
重新计算全部结果，与文件中每个公式单元格存储的值逐一比较：被改写的得分、等级、名次、金额，
被换成数值的公式，删掉的明细行，改了参数却未重算的结果，都列出单元格、存储值和应有值。
退出码：0 一致，1 有不同，2 文件不可用。`,
  flags: [{ name: "json", help: "以 JSON 输出（列出全部不同之处）" }],
  examples: ["verify 办公室-2026-10-月度考核（上报）.xlsx", "verify 收到/财务科.xlsx --json"],
  async run(args, out) {
    const file = onePositional("verify", args, "月度考核工作簿（.xlsx）");
    const { runVerify } = await import("../verify");
    return runVerify(file, switchFlag(args, "json"), out);
  },
};
