// gangze: the command-line side of Gangze (SPEC §8). This file is the registry of commands and
// the one place where failures become messages: every command's errors — usage, bad files,
// operating-system errors, bugs — end here as a Chinese sentence on stderr, or with --json as
// exactly one `{"error":{…}}` object on stdout.
//
// Adding a command: write src/cli/commands/NAME.ts exporting `command` (help text, flags, run)
// and add one line to COMMANDS below. Command modules load lazily, so a command costs nothing
// to the others' start-up.
import { readFileSync } from "fs";
import * as path from "path";
import { parseArgs, wantsHelp, wantsJson } from "./args";
import type { Command, CommandEntry } from "./command";
import { UserError } from "./errors";
import { commandHelp, overviewHelp } from "./help";
import { explainSystemError } from "./osErrors";
import { type Output, processOutput } from "./output";
import { closest } from "./suggest";

export const COMMANDS: CommandEntry[] = [
  { name: "demo", load: () => import("./commands/demo") },
  { name: "handbook", load: () => import("./commands/handbook") },
  { name: "month", load: () => import("./commands/month") },
  { name: "logs", load: () => import("./commands/logs") },
  { name: "build", load: () => import("./commands/build") },
  { name: "collect", load: () => import("./commands/collect") },
  { name: "check", load: () => import("./commands/check") },
  { name: "score", load: () => import("./commands/score") },
  { name: "export", load: () => import("./commands/export") },
  { name: "notice", load: () => import("./commands/notice") },
  { name: "year", load: () => import("./commands/year") },
  { name: "rollup", load: () => import("./commands/rollup") },
  { name: "verify", load: () => import("./commands/verify") },
  { name: "calendar", load: () => import("./commands/calendar") },
];

/** The package's version, read from the package.json above this file (src/ or dist/src/). */
export function version(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === "gangze" && pkg.version) return pkg.version;
    } catch {
      // not here: look one folder up
    }
    dir = path.dirname(dir);
  }
  return "未知版本";
}

async function allCommands(): Promise<Command[]> {
  return Promise.all(COMMANDS.map(async (e) => (await e.load()).command));
}

export async function main(argv: string[], out: Output = processOutput): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    out.stderr(overviewHelp(await allCommands(), version()));
    return 2;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? rest[0] : undefined;
    const entry = topic ? COMMANDS.find((c) => c.name === topic) : undefined;
    out.stdout(
      entry
        ? commandHelp((await entry.load()).command)
        : overviewHelp(await allCommands(), version())
    );
    return 0;
  }
  if (name === "--version" || name === "-v" || name === "version") {
    out.stdout(`gangze ${version()}\n`);
    return 0;
  }
  const json = wantsJson(rest);
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    const near = closest(
      name,
      COMMANDS.map((c) => c.name)
    );
    const msg = name.startsWith("-")
      ? `不认识的参数 ${name}：参数应写在命令之后，例如 gangze score 文件.xlsx --json`
      : `不认识的命令“${name}”${near ? `，是不是 ${near}？` : ""}`;
    return fail(
      new UserError(`${msg}（gangze --help 列出所有命令）`, 2, { code: "usage" }),
      "",
      json,
      out
    );
  }
  const command = (await entry.load()).command;
  if (wantsHelp(rest)) {
    out.stdout(commandHelp(command));
    return 0;
  }
  // With --json, stdout must hold one object: what a command printed before failing is dropped.
  let pending = "";
  const sink: Output = json ? { stdout: (t) => void (pending += t), stderr: out.stderr } : out;
  try {
    const args = parseArgs(name, rest, command.flags);
    const code = await command.run(args, sink);
    if (json) out.stdout(pending);
    return code;
  } catch (err) {
    return fail(err, name, json, out);
  }
}

/** The failure as the user sees it; the exit code. */
function fail(err: unknown, command: string, json: boolean, out: Output): number {
  const e = explainSystemError(err);
  let message: string;
  let exitCode: number;
  let info: Record<string, unknown>;
  if (e instanceof UserError) {
    ({ message, exitCode } = e);
    info = { ...e.info };
  } else if (isReadError(e)) {
    message = e.message;
    exitCode = 2;
    info = { code: e.code, path: e.file, sheet: e.sheet, cell: e.cell };
  } else {
    const detail = e instanceof Error ? e.message : String(e);
    message = `内部错误：${detail}（这是程序的问题，不是您的操作造成的；请把这条信息和所用文件发给维护人员）`;
    exitCode = 3;
    info = { code: "internal" };
  }
  if (json) {
    const clean = Object.fromEntries(Object.entries(info).filter(([, v]) => v !== undefined));
    out.stdout(JSON.stringify({ error: { ...clean, message, exitCode } }, null, 2) + "\n");
  } else {
    out.stderr(`gangze${command ? " " + command : ""}：${message}\n`);
  }
  return exitCode;
}

/** A WorkbookReadError (src/workbook/grid.ts), recognised by name without loading the reader. */
function isReadError(
  e: unknown
): e is Error & { code: string; file: string; sheet?: string; cell?: string } {
  return e instanceof Error && e.name === "WorkbookReadError";
}
