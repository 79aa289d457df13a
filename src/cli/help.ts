// Help texts: the list of commands (`gangze --help`) and one command's help (`gangze X --help`),
// both composed from what each command module declares, so help and parsing never disagree.
import type { Command } from "./command";
import { displayWidth } from "./table";

function padTo(s: string, width: number): string {
  return s + " ".repeat(Math.max(1, width - displayWidth(s)));
}

export function commandHelp(c: Command): string {
  const flagLines = [
    ...c.flags.map((f) => [
      `--${f.name}${f.value ? " " + f.value : ""}${f.many ? "…" : ""}`,
      f.help,
    ]),
    ["-h, --help", "显示本帮助"],
  ];
  const width = Math.max(...flagLines.map(([l]) => displayWidth(l))) + 2;
  const parts = [
    `用法：gangze ${c.usage}`,
    "",
    c.description.trimEnd(),
    "",
    "参数：",
    ...flagLines.map(([l, h]) => "  " + padTo(l, width) + h),
  ];
  if (c.examples?.length) parts.push("", "示例：", ...c.examples.map((e) => `  gangze ${e}`));
  return parts.join("\n") + "\n";
}

export function overviewHelp(commands: Command[], version: string): string {
  const width = Math.max(...commands.map((c) => displayWidth(c.name))) + 2;
  return [
    `岗责 Gangze ${version}：岗位责任精细化管理的命令行工具`,
    "",
    "用法：gangze <命令> [参数]",
    "",
    "命令：",
    ...commands.map((c) => "  " + padTo(c.name, width) + c.summary),
    "",
    "gangze <命令> --help 查看某个命令的用法；gangze --version 显示版本。",
    "FILE 为月度考核工作簿（.xlsx）或考核数据（.json，格式见 docs/data-format.md）。",
    "退出码：0 成功，1 有录入错误（或核对出差异），2 用法错误或文件不可用，3 内部错误。",
    "",
  ].join("\n");
}
