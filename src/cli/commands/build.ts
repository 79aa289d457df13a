// gangze build: a filled month workbook from a JSON dataset (help text and flags).
import { onePositional } from "../args";
import { stringFlag, type Command } from "../command";

export const command: Command = {
  name: "build",
  summary: "由考核数据（.json）生成已填写的月度考核工作簿",
  usage: "build DATA.json [--out FILE.xlsx|DIR]",
  description: `由考核数据（格式见 docs/data-format.md）生成已填写的月度考核工作簿。
不加 --out 时写到数据文件旁边，文件名为“单位-YYYY-MM-月度考核.xlsx”。`,
  flags: [{ name: "out", value: "FILE.xlsx|DIR", help: "输出文件或文件夹（默认数据文件旁边）" }],
  examples: ["build 2026-10.json --out 2026-10-月度考核.xlsx"],
  async run(args, out) {
    const file = onePositional("build", args, "考核数据文件（.json）");
    const { runBuild } = await import("../workbooks");
    return runBuild(file, stringFlag(args, "out"), out);
  },
};
