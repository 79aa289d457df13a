// gangze: the command-line side of Gangze (SPEC §8).
import { parseArgs, requireKnownFlags, stringFlag } from "./args";
import { runCheck } from "./check";
import { runDemo } from "./demo";
import { runHandbook } from "./handbook";
import { UserError } from "./errors";
import { type Output, processOutput } from "./output";
import { runScore } from "./score";

const USAGE = `用法：gangze <命令> [参数]

  demo [--out DIR]                         内置示例：生成、检查并评分示例月份，打印排名
  handbook [--catalog FILE] --out FILE.xlsx 岗位责任手册（默认为内置的办公室手册）
  check FILE [--json]                      检查录入；退出码 0 无错误，1 有错误，2 文件不可用
  score FILE [--as-of YYYY-MM-DD] [--json] 百分制得分、等级、名次、奖惩金额

FILE 为考核数据（.json，格式见 docs/data-format.md）。
`;

export async function main(argv: string[], out: Output = processOutput): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "check": {
        const args = parseArgs(rest, ["json"]);
        requireKnownFlags(args, ["json"]);
        return await runCheck(onePositional(args.positional, "check"), args.flags.has("json"), out);
      }
      case "score": {
        const args = parseArgs(rest, ["json"]);
        requireKnownFlags(args, ["json", "as-of"]);
        return await runScore(onePositional(args.positional, "score"), stringFlag(args, "as-of"), args.flags.has("json"), out);
      }
      case "handbook": {
        const args = parseArgs(rest, []);
        requireKnownFlags(args, ["catalog", "out"]);
        if (args.positional.length > 0) throw new UserError("handbook 不需要文件参数；目录文件用 --catalog 指定");
        return await runHandbook(stringFlag(args, "catalog"), stringFlag(args, "out"), out);
      }
      case "demo": {
        const args = parseArgs(rest, []);
        requireKnownFlags(args, ["out"]);
        return await runDemo(stringFlag(args, "out") ?? "gangze-demo", out);
      }
      case undefined:
      case "help":
      case "--help":
      case "-h":
        out.stdout(USAGE);
        return command === undefined ? 2 : 0;
      default:
        out.stderr(`不认识的命令“${command}”\n\n${USAGE}`);
        return 2;
    }
  } catch (err) {
    if (err instanceof UserError) {
      out.stderr(`gangze ${command}：${err.message}\n`);
      return err.exitCode;
    }
    throw err;
  }
}

function onePositional(positional: string[], command: string): string {
  if (positional.length !== 1) throw new UserError(`${command} 需要且只需要一个文件参数`);
  return positional[0];
}
