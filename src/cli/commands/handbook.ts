// gangze handbook: the printable 岗位责任手册 (help text and flags; the work is in ../handbook).
import { noPositional, usageError } from "../args";
import { parseDate } from "../../domain/dates";
import { stringFlag, type Command } from "../command";

export const command: Command = {
  name: "handbook",
  summary: "岗位责任手册（默认为内置的办公室手册）",
  usage: "handbook [--catalog FILE] [--date YYYY-MM-DD] [--out FILE.xlsx|DIR]",
  description: `写出可打印的岗位责任手册：封面（印发单位、印发日期）、带页码的目录、每个岗位的职责、
岗位职责一览表，以及按考核标准生成的附录（扣分标准、考核办法）。
--catalog 给出本办公室的岗位职责：岗位责任手册或月度考核工作簿（读其“岗位职责”表，
含新增的岗位），或 JSON（{ office, posts, duties }）；月度考核工作簿的“考核标准”、
JSON 数据集的 rules 用于附录，否则用默认考核标准。--date 为封面的印发日期（默认今天）。
不加 --out 时写到当前文件夹，文件名为“单位-岗位责任手册.xlsx”。`,
  flags: [
    {
      name: "catalog",
      value: "FILE",
      help: "岗位职责来源：手册或月度考核工作簿（.xlsx），或 .json",
    },
    { name: "date", value: "YYYY-MM-DD", help: "印发日期（默认今天）" },
    { name: "out", value: "FILE.xlsx|DIR", help: "输出文件或文件夹（默认当前文件夹）" },
  ],
  examples: [
    "handbook --out 岗位责任手册.xlsx",
    "handbook --catalog 岗位责任手册-修订.xlsx --date 2027-01-04 --out 新手册.xlsx",
  ],
  async run(args, out) {
    noPositional("handbook", args, "；目录文件用 --catalog 指定");
    const typed = stringFlag(args, "date");
    let issued: string | undefined;
    if (typed !== undefined) {
      const d = parseDate(typed);
      if (!d.ok) throw usageError("handbook", `--date：${d.message}`);
      issued = d.date;
    }
    const { runHandbook } = await import("../handbook");
    return runHandbook(stringFlag(args, "catalog"), stringFlag(args, "out"), out, issued);
  },
};
