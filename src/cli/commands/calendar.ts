// gangze calendar: the State Council's holiday notice read, shown or entered into a month
// workbook's 日历; or one year's days and whether they are complete (help and flags; the work is
// in ../calendar).
import { usageError } from "../args";
import { stringFlag, switchFlag, type Command } from "../command";

export const command: Command = {
  name: "calendar",
  summary: "读取国务院节假日安排通知、录入日历；查看某年是完整还是暂定",
  usage:
    "calendar NOTICE.txt [--json] [--into MONTH.xlsx] | calendar --year YYYY [MONTH.xlsx] [--json]",
  description: `读取国务院办公厅关于 YYYY 年部分节假日安排的通知（从政府网站复制全文，存为文本文件，
UTF-8 或 GBK 均可），列出通知中的每个放假日和上班日。文字不是这样的通知、通知不完整，或有一句
话提到的日期无法确定含义时拒绝读取，并引用那句话（退出码 2）。
--into 把该年录入月度考核工作簿的“日历”，该年成为完整，本月结果随之重算；工作簿整体写入
（先写临时文件再替换），录入的内容一项不少。
--year 说明某年的节假日是完整（国务院数据或已导入的通知）还是暂定（按放假办法推算），并列出
该年的放假日和调休上班日；给出工作簿时按它的“日历”。`,
  flags: [
    { name: "into", value: "MONTH.xlsx", help: "把通知录入这个月度考核工作簿的“日历”" },
    { name: "year", value: "YYYY", help: "查看某年的节假日来源和日期" },
    {
      name: "json",
      help: '以 JSON 输出：{"year":2027,"holidays":[…],"workdays":[…]}',
    },
  ],
  examples: [
    "calendar 2027年节假日通知.txt",
    "calendar 2027年节假日通知.txt --into 惠金河务局办公室-2027-01-月度考核.xlsx",
    "calendar --year 2027",
  ],
  async run(args, out) {
    const year = stringFlag(args, "year");
    const into = stringFlag(args, "into");
    const json = switchFlag(args, "json");
    const { runCalendarNotice, runCalendarYear } = await import("../calendar");
    if (year !== undefined) {
      if (into !== undefined) throw usageError("calendar", "--year 与 --into 不能同时使用");
      if (!/^\d{4}$/.test(year))
        throw usageError("calendar", `--year 应为四位年份，实际为“${year}”`);
      if (args.positional.length > 1) throw usageError("calendar", "--year 最多跟一个工作簿");
      return runCalendarYear(+year, args.positional[0], json, out);
    }
    if (args.positional.length !== 1)
      throw usageError(
        "calendar",
        args.positional.length === 0 ? "缺少通知文件（或用 --year 查看某年）" : "只能给一个通知文件"
      );
    return runCalendarNotice(args.positional[0], into, json, out);
  },
};
