// gangze export: the workbook emailed to the bureau (help text and flags).
import { onePositional } from "../args";
import { stringFlag, switchFlag, type Command } from "../command";

export const command: Command = {
  name: "export",
  summary: "上报用工作簿（基准日固定，保留公式、缓存值、颜色和保护）",
  usage: "export MONTH.xlsx [--out FILE.xlsx|DIR] [--allow-errors]",
  description: `写出发给上级的月度考核工作簿：基准日固定为日期（不含 TODAY()），公式、缓存值、颜色和保护都保留。
有录入错误时不导出（错误的记录不会计分，上报的结果会不完整），先用 gangze check 查看并改正；
确要导出时加 --allow-errors。
--out 为文件夹（已有的文件夹、以 / 结尾或不带 .xlsx 扩展名，不存在时新建）时，文件名为
“单位-YYYY-MM-月度考核（上报）.xlsx”；不加 --out 时写到原工作簿旁边。`,
  flags: [
    { name: "out", value: "FILE.xlsx|DIR", help: "上报文件或文件夹（默认原工作簿旁边）" },
    { name: "allow-errors", help: "有录入错误也导出" },
  ],
  examples: [
    "export 2026-11-月度考核.xlsx --out 上报",
    "export 2026-11-月度考核.xlsx --out 上报/11月.xlsx",
  ],
  async run(args, out) {
    const file = onePositional("export", args, "月度考核工作簿（.xlsx）");
    const { runExport } = await import("../workbooks");
    return runExport(file, stringFlag(args, "out"), out, {
      allowErrors: switchFlag(args, "allow-errors"),
    });
  },
};
