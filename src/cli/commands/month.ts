// gangze month: a new month's workbook and the clerks' log workbooks (help text and flags).
import { onePositional, usageError } from "../args";
import { stringFlag, type Command } from "../command";
import { parseMonth } from "../../domain/dates";

export const command: Command = {
  name: "month",
  summary: "新月份的月度考核工作簿和每人的个人工作日志（--from：由上月结转）",
  usage: "month YYYY-MM [--from 上月.xlsx] [--catalog FILE] [--staff FILE] [--out DIR]",
  description: `写出某月的月度考核工作簿和每人一份个人工作日志（在输出文件夹的“个人工作日志”下）。
月份可写成 2026-11、2026-1、2026/11、2026年11月。
--from 由上个月的工作簿结转：人员、岗位职责、考核标准、未完成的交办事项和月度指标带到新月份。
--catalog 读本办公室的岗位职责（岗位责任手册或月度考核工作簿，或 .json）；
--staff 读人员名单（月度考核工作簿的“人员”表、含“姓名 岗位 起算日期”表头的名单表，或 .json）。
不加 --out 时写到当前文件夹下以月份命名的文件夹（如 2026-11）。
输出文件夹里已有该月的月度考核工作簿时不会覆盖它。`,
  flags: [
    { name: "from", value: "上月.xlsx", help: "由上个月的月度考核工作簿结转" },
    {
      name: "catalog",
      value: "FILE",
      help: "岗位职责：岗位责任手册或月度考核工作簿（.xlsx），或 .json",
    },
    { name: "staff", value: "FILE", help: "人员名单：月度考核工作簿、名单表（.xlsx），或 .json" },
    { name: "out", value: "DIR", help: "输出文件夹（默认当前文件夹下的 YYYY-MM）" },
  ],
  examples: [
    "month 2026-11 --out 2026-11",
    "month 2026年12月 --from 2026-11/惠金河务局办公室-2026-11-月度考核.xlsx",
    "month 2026-11 --catalog 岗位责任手册.xlsx --staff 人员名单.xlsx",
  ],
  async run(args, out) {
    const typed = onePositional("month", args, "月份（如 2026-11）");
    const month = parseMonth(typed);
    if (!month.ok) throw usageError("month", month.message);
    const { runMonth } = await import("../workbooks");
    return runMonth(
      month.month,
      {
        from: stringFlag(args, "from"),
        catalog: stringFlag(args, "catalog"),
        staff: stringFlag(args, "staff"),
        out: stringFlag(args, "out"),
      },
      out
    );
  },
};
