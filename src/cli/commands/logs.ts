// gangze logs: clerks' log workbooks from the current month workbook (help text and flags).
import { onePositional } from "../args";
import { listFlag, stringFlag, switchFlag, type Command } from "../command";

export const command: Command = {
  name: "logs",
  summary: "由当前的月度考核工作簿生成个人工作日志（如月中新来的人员）",
  usage: "logs MONTH.xlsx [--person 姓名…] [--out DIR] [--force]",
  description: `按月度考核工作簿现在的人员、岗位职责、日历和交办事项，为每人（或 --person 指定的人）
写出本月的个人工作日志。月中新增的人员先在“人员”表添上，再运行本命令。
不加 --out 时写到月度考核工作簿旁边的“个人工作日志”文件夹。
已有同名的个人工作日志时不覆盖（它可能已经填写），加 --force 才覆盖。`,
  flags: [
    { name: "person", value: "姓名", many: true, help: "只为这些人生成（可写多个，或用逗号分隔）" },
    { name: "out", value: "DIR", help: "输出文件夹（默认月度考核工作簿旁的“个人工作日志”）" },
    { name: "force", help: "覆盖已有的个人工作日志" },
  ],
  examples: [
    "logs 惠金河务局办公室-2026-11-月度考核.xlsx --person 张新",
    "logs 月度考核.xlsx --out 日志",
  ],
  async run(args, out) {
    const file = onePositional("logs", args, "月度考核工作簿（.xlsx）");
    const { runLogs } = await import("../logs");
    return runLogs(
      file,
      {
        people: listFlag(args, "person"),
        out: stringFlag(args, "out"),
        force: switchFlag(args, "force"),
      },
      out
    );
  },
};
