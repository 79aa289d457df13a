// What a gangze command is (SPEC §8): its name, its help text, its flags, and how it runs.
// Each command lives in its own module under src/cli/commands/ and is registered by one line in
// main.ts. A command module must stay light to load (`gangze --help` loads them all): it imports
// the code that does the work with `await import(…)` inside `run`, so ExcelJS, ajv and the
// workbook layer are loaded only by the commands that need them.
import type { Output } from "./output";

export interface FlagSpec {
  /** `out` for `--out` */
  name: string;
  /** placeholder of the value (`DIR`, `YYYY-MM-DD`); absent for a switch such as `--json` */
  value?: string;
  /** may be given several times, or followed by several values (`--person 张三 李四`) */
  many?: boolean;
  /** one line of help, in Chinese */
  help: string;
}

export interface ParsedArgs {
  positional: string[];
  /** switches map to `true`; flags with values to every value given, in order */
  flags: Map<string, string[] | true>;
}

export interface Command {
  name: string;
  /** one line for `gangze --help` */
  summary: string;
  /** the synopsis after `gangze `, e.g. `score FILE [--as-of YYYY-MM-DD] [--json]` */
  usage: string;
  /** what the command does, what it writes where, its exit codes (several lines allowed) */
  description: string;
  flags: FlagSpec[];
  /** example command lines (without `gangze `) */
  examples?: string[];
  run(args: ParsedArgs, out: Output): Promise<number>;
}

/** A command named in main.ts's registry, loaded only when it is used or help lists it. */
export interface CommandEntry {
  name: string;
  load(): Promise<{ command: Command }>;
}

/** The value of a flag given once (the last one when repeated). */
export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return Array.isArray(v) ? v[v.length - 1] : undefined;
}

/** Every value of a flag that may be repeated; values may also be separated by , or 、. */
export function listFlag(args: ParsedArgs, name: string): string[] {
  const v = args.flags.get(name);
  if (!Array.isArray(v)) return [];
  return v
    .flatMap((s) => s.split(/[,，、]/))
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export function switchFlag(args: ParsedArgs, name: string): boolean {
  return args.flags.get(name) === true;
}
