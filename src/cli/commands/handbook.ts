// gangze handbook: the printable 岗位责任手册 (help text and flags; the work is in ../handbook).
import { noPositional } from "../args";
import { stringFlag, type Command } from "../command";

export const command: Command = {
  name: "handbook",
  summary: "岗位责任手册（默认为内置的办公室手册）",
  usage: "handbook [--catalog FILE] [--out FILE.xlsx|DIR]",
  description: `写出可打印的岗位责任手册：封面、目录、每个岗位一页和完整目录。
--catalog 给出本办公室的岗位职责：岗位责任手册或月度考核工作簿（读其“岗位职责”表，
含新增的岗位），或 JSON（{ office, posts, duties }）。
不加 --out 时写到当前文件夹，文件名为“单位-岗位责任手册.xlsx”。`,
  flags: [
    {
      name: "catalog",
      value: "FILE",
      help: "岗位职责来源：手册或月度考核工作簿（.xlsx），或 .json",
    },
    { name: "out", value: "FILE.xlsx|DIR", help: "输出文件或文件夹（默认当前文件夹）" },
  ],
  examples: [
    "handbook --out 岗位责任手册.xlsx",
    "handbook --catalog 岗位责任手册-修订.xlsx --out 新手册.xlsx",
  ],
  async run(args, out) {
    noPositional("handbook", args, "；目录文件用 --catalog 指定");
    const { runHandbook } = await import("../handbook");
    return runHandbook(stringFlag(args, "catalog"), stringFlag(args, "out"), out);
  },
};
