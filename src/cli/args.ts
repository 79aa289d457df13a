// Parsing a command's arguments against its declared flags: `--flag value`, `--flag=value`,
// switches, repeatable flags, `--` to end the flags. Unknown flags are named as unknown (with
// the nearest known one suggested), never mistaken for a flag missing its value.
import type { FlagSpec, ParsedArgs } from "./command";
import { UserError } from "./errors";
import { closest } from "./suggest";

/** `--help` or `-h` anywhere before a `--`: help wins over everything else on the line. */
export function wantsHelp(argv: readonly string[]): boolean {
  for (const a of argv) {
    if (a === "--") return false;
    if (a === "--help" || a === "-h") return true;
  }
  return false;
}

/** `--json` anywhere before a `--` (errors are then printed as one JSON object). */
export function wantsJson(argv: readonly string[]): boolean {
  for (const a of argv) {
    if (a === "--") return false;
    if (a === "--json") return true;
  }
  return false;
}

function usage(command: string, message: string): UserError {
  return new UserError(`${message}（gangze ${command} --help 查看用法）`, 2, { code: "usage" });
}

function unknownFlag(command: string, typed: string, flags: readonly FlagSpec[]): UserError {
  const names = flags.map((f) => f.name);
  const near = closest(typed.replace(/^-+/, ""), names);
  const hint = near
    ? `，是不是 --${near}？`
    : names.length
      ? `；可用的参数：${names.map((n) => "--" + n).join("、")}`
      : "；这个命令没有参数";
  return usage(command, `不认识的参数 ${typed}${hint}`);
}

export function parseArgs(
  command: string,
  argv: readonly string[],
  flags: readonly FlagSpec[]
): ParsedArgs {
  const positional: string[] = [];
  const values = new Map<string, string[] | true>();
  const byName = new Map(flags.map((f) => [f.name, f]));
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositional || arg === "-" || !arg.startsWith("-")) {
      positional.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyPositional = true;
      continue;
    }
    // a negative number is a value, not a flag
    if (/^-\d/.test(arg)) {
      positional.push(arg);
      continue;
    }
    if (!arg.startsWith("--")) throw unknownFlag(command, arg, flags);
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    const spec = byName.get(name);
    if (!spec) throw unknownFlag(command, eq > 0 ? arg.slice(0, eq) : arg, flags);
    if (spec.value === undefined) {
      if (eq > 0) throw usage(command, `参数 --${name} 是开关，不带取值`);
      values.set(name, true);
      continue;
    }
    const given: string[] = [];
    if (eq > 0) {
      given.push(arg.slice(eq + 1));
    } else {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("--") && next.length > 2)) {
        throw usage(command, `参数 --${name} 后面缺少取值（${spec.value}）`);
      }
      given.push(next);
      i++;
      // `--person 张三 李四`: a repeatable flag takes the values that follow, up to the next flag
      while (spec.many && i + 1 < argv.length && !argv[i + 1].startsWith("-")) {
        given.push(argv[++i]);
      }
    }
    if (given.some((v) => v === "")) throw usage(command, `参数 --${name} 的取值为空`);
    const before = values.get(name);
    if (Array.isArray(before) && !spec.many) {
      throw usage(command, `参数 --${name} 只能给一次（给了“${before[0]}”和“${given[0]}”）`);
    }
    values.set(name, [...(Array.isArray(before) ? before : []), ...given]);
  }
  return { positional, flags: values };
}

/** Exactly one positional argument, or a usage error naming what is expected. */
export function onePositional(command: string, args: ParsedArgs, what: string): string {
  if (args.positional.length === 0) throw usage(command, `缺少${what}`);
  if (args.positional.length > 1) {
    const extra = args.positional
      .slice(1)
      .map((p) => `“${p}”`)
      .join("、");
    throw usage(command, `只需要一个${what}，多出了 ${extra}`);
  }
  return args.positional[0];
}

export function noPositional(command: string, args: ParsedArgs, hint = ""): void {
  if (args.positional.length > 0) {
    throw usage(command, `不需要参数“${args.positional[0]}”${hint}`);
  }
}

export { usage as usageError };
