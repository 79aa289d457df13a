// gangze demo: the built-in office end to end (help text and flags; the work is in ../demo).
import { noPositional } from "../args";
import { stringFlag, type Command } from "../command";

export const command: Command = {
  name: "demo",
  summary: "内置办公室的示例月份：生成手册、月度考核工作簿和个人工作日志，检查并评分",
  usage: "demo [--out DIR]",
  description: `用内置的惠金河务局办公室（13 个岗位、115 项职责、约 20 人）和 2026 年 10 月的示例数据，
写出岗位责任手册、月度考核工作簿和每人的个人工作日志，再读回月度考核工作簿检查并评分，
打印名次表。不加 --out 时写到当前文件夹下的 gangze-demo。`,
  flags: [{ name: "out", value: "DIR", help: "输出文件夹（默认 gangze-demo）" }],
  examples: ["demo", "demo --out 示例"],
  async run(args, out) {
    noPositional("demo", args);
    const { runDemo } = await import("../demo");
    return runDemo(stringFlag(args, "out") ?? "gangze-demo", out);
  },
};
