// gangze: the command-line side of Gangze (SPEC §8).
import { parseArgs, requireKnownFlags, stringFlag, type ParsedArgs } from "./args";
import { runCheck } from "./check";
import { runDemo } from "./demo";
import { UserError } from "./errors";
import { runHandbook } from "./handbook";
import { runNotice } from "./notice";
import { type Output, processOutput } from "./output";
import { runScore } from "./score";
import { runBuild, runCollect, runExport, runMonth } from "./workbooks";

const USAGE = `用法：gangze <命令> [参数]

  demo [--out DIR]                              内置办公室的示例月份：生成手册、月度考核工作簿和个人工作日志，检查并评分
  handbook [--catalog FILE] --out FILE.xlsx     岗位责任手册（默认为内置的办公室手册）
  month YYYY-MM [--from 上月.xlsx] [--catalog FILE] [--staff FILE] --out DIR
                                                新月份的月度考核工作簿和每人的个人工作日志（--from：结转）
  build DATA.json --out FILE.xlsx               由考核数据生成已填写的月度考核工作簿
  collect MONTH.xlsx LOG.xlsx… [--out FILE]     把个人工作日志汇总进月度考核工作簿（不加 --out 时先备份原文件）
  check FILE [--json]                           检查录入；退出码 0 无错误，1 有错误，2 文件不可用
  score FILE [--as-of YYYY-MM-DD] [--json]      百分制得分、等级、名次、奖惩金额
  export MONTH.xlsx --out FILE.xlsx|DIR         上报用工作簿（基准日固定，保留公式、缓存值、颜色和保护）
  notice MONTH.xlsx [--week N] --out FILE.xlsx  公示、个人考核单和奖惩发放表（--week：第 N 周的周公示），可直接打印

FILE 为月度考核工作簿（.xlsx）或考核数据（.json，格式见 docs/data-format.md）。
`;

interface CommandSpec {
  flags: string[];
  booleans?: string[];
  run(args: ParsedArgs, out: Output): Promise<number>;
}

const COMMANDS: Record<string, CommandSpec> = {
  demo: { flags: ["out"], run: (a, o) => runDemo(stringFlag(a, "out") ?? "gangze-demo", o) },
  handbook: {
    flags: ["catalog", "out"],
    run: (a, o) => {
      if (a.positional.length > 0)
        throw new UserError("handbook 不需要文件参数；目录文件用 --catalog 指定");
      return runHandbook(stringFlag(a, "catalog"), stringFlag(a, "out"), o);
    },
  },
  month: {
    flags: ["from", "catalog", "staff", "out"],
    run: (a, o) =>
      runMonth(
        onePositional(a.positional, "month", "月份"),
        {
          from: stringFlag(a, "from"),
          catalog: stringFlag(a, "catalog"),
          staff: stringFlag(a, "staff"),
          out: stringFlag(a, "out"),
        },
        o
      ),
  },
  build: {
    flags: ["out"],
    run: (a, o) => runBuild(onePositional(a.positional, "build"), stringFlag(a, "out"), o),
  },
  collect: { flags: ["out"], run: (a, o) => runCollect(a.positional, stringFlag(a, "out"), o) },
  check: {
    flags: ["json"],
    booleans: ["json"],
    run: (a, o) => runCheck(onePositional(a.positional, "check"), a.flags.has("json"), o),
  },
  score: {
    flags: ["json", "as-of"],
    booleans: ["json"],
    run: (a, o) =>
      runScore(
        onePositional(a.positional, "score"),
        stringFlag(a, "as-of"),
        a.flags.has("json"),
        o
      ),
  },
  notice: {
    flags: ["week", "out"],
    run: (a, o) =>
      runNotice(
        onePositional(a.positional, "notice"),
        stringFlag(a, "week"),
        stringFlag(a, "out"),
        o
      ),
  },
  export: {
    flags: ["out"],
    run: (a, o) => runExport(onePositional(a.positional, "export"), stringFlag(a, "out"), o),
  },
};

export async function main(argv: string[], out: Output = processOutput): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || ["help", "--help", "-h"].includes(command)) {
    out.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  const spec = COMMANDS[command];
  if (!spec) {
    out.stderr(`不认识的命令“${command}”\n\n${USAGE}`);
    return 2;
  }
  try {
    const args = parseArgs(rest, spec.booleans ?? []);
    requireKnownFlags(args, spec.flags);
    return await spec.run(args, out);
  } catch (err) {
    if (err instanceof UserError) {
      out.stderr(`gangze ${command}：${err.message}\n`);
      return err.exitCode;
    }
    throw err;
  }
}

function onePositional(positional: string[], command: string, what = "文件"): string {
  if (positional.length !== 1) throw new UserError(`${command} 需要且只需要一个${what}参数`);
  return positional[0];
}
