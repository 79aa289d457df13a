// Every file the CLI writes goes through here (SPEC §9): written whole or not at all — a
// temporary file in the same folder, flushed to disk, then renamed over the target — so a power
// cut or a kill leaves the old file or the new one, never a truncated one. An output that is one
// of the command's inputs is refused by identity (device and inode), so a symbolic or hard link
// to the input is caught as well as the same path spelled differently.
import { randomBytes } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import { UserError } from "./errors";
import { explainSystemError } from "./osErrors";

const TEMP_RE = /^\.(.+)\.(\d+)\.[0-9a-f]+\.tmp$/;

function tempName(target: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  );
}

/** The file a write to `file` lands in: a symbolic link is written through, as editors do. */
async function realTarget(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    return path.resolve(file);
  }
}

async function statOrUndefined(file: string) {
  try {
    return await fs.stat(file);
  } catch {
    return undefined;
  }
}

/** Whether two paths name the same file: same path, or same device and inode (links). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([statOrUndefined(a), statOrUndefined(b)]);
  return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
}

/** Refuses an output that is one of the inputs (by path, symbolic link or hard link). */
export async function assertNotInput(output: string, inputs: readonly string[]): Promise<void> {
  for (const input of inputs) {
    if (await sameFile(output, input)) {
      const how = path.resolve(output) === path.resolve(input) ? "" : "（通过链接指向同一个文件）";
      throw new UserError(
        `输出文件 ${output} 就是输入文件 ${input}${how}：请用 --out 指定另一个文件，原文件不会被改动`,
        2,
        { code: "output-is-input", path: output }
      );
    }
  }
}

/** Temporary files left by a write that was killed (its process is gone): removed. */
async function removeStaleTemps(target: string): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(path.dirname(target));
  } catch {
    return;
  }
  for (const n of names) {
    const m = TEMP_RE.exec(n);
    if (!m || m[1] !== path.basename(target) || Number(m[2]) === process.pid) continue;
    if (processAlive(Number(m[2]))) continue;
    await fs.unlink(path.join(path.dirname(target), n)).catch(() => undefined);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Writes `bytes` to `file` atomically: temporary file beside it, fsync, rename, fsync of the
 * folder. Folders are created. OS errors become Chinese messages naming the path.
 */
export async function writeAtomic(
  file: string,
  bytes: Uint8Array | string,
  what = "无法写入"
): Promise<void> {
  const target = await realTarget(file);
  const dir = path.dirname(target);
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EEXIST" || code === "ENOTDIR") {
      throw new UserError(`无法创建文件夹 ${dir}：路径中有一级是文件，不是文件夹（${code}）`, 2, {
        code: "os",
        errno: code,
        path: dir,
      });
    }
    throw explainSystemError(err, "无法创建文件夹", dir);
  }
  const existing = await statOrUndefined(target);
  if (existing?.isDirectory()) {
    throw new UserError(`无法写入 ${file}：这是一个文件夹`, 2, {
      code: "os",
      errno: "EISDIR",
      path: file,
    });
  }
  await removeStaleTemps(target);
  const temp = tempName(target);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, "wx", existing ? existing.mode & 0o777 : 0o666);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    // the message names the file the user asked for, not our temporary name
    const e = err as NodeJS.ErrnoException;
    if (e && typeof e === "object" && "path" in e) e.path = file;
    throw explainSystemError(err, what, file);
  }
  await syncFolder(dir);
}

/** Flushes the folder entry of the rename (not supported everywhere: Windows refuses, harmless). */
async function syncFolder(dir: string): Promise<void> {
  let h: fs.FileHandle | undefined;
  try {
    h = await fs.open(dir, "r");
    await h.sync();
  } catch {
    // best effort
  } finally {
    await h?.close().catch(() => undefined);
  }
}

export interface WriteOptions {
  /** false: an existing file is not replaced (a workbook that may hold entries) */
  overwrite?: boolean;
}

/** An output file of a command: never one of its inputs, written atomically. */
export async function writeOutput(
  file: string,
  bytes: Uint8Array | string,
  inputs: readonly string[] = [],
  options: WriteOptions = {}
): Promise<void> {
  await assertNotInput(file, inputs);
  if (options.overwrite === false && (await statOrUndefined(file))) {
    throw new UserError(`${file} 已存在，未覆盖（它可能已填写）：请换一个输出位置，或先移走它`, 2, {
      code: "exists",
      path: file,
    });
  }
  await writeAtomic(file, bytes);
}

/** A backup copy of `file` beside it (or at `backup`), written atomically like any output. */
export async function backupCopy(file: string, backup: string): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    throw explainSystemError(err, "无法读取", file);
  }
  await writeAtomic(backup, bytes, "无法写入备份");
}

/** A file name safe on Windows too (the bureau opens these files): no \ / : * ? " < > |. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\s]+/g, "_");
}

/**
 * Where `--out FILE.xlsx|DIR` points: a folder when it exists as one, ends with a separator or
 * has no extension (`--out 上报`: a folder, created when missing; never a file without an
 * extension); else the file itself, which must end in `ext`. Without `--out`: `defaultDir`.
 */
export async function resolveOutFile(
  outArg: string | undefined,
  defaultDir: string,
  defaultName: string,
  ext = ".xlsx"
): Promise<string> {
  if (outArg === undefined) return path.join(defaultDir, defaultName);
  const st = await statOrUndefined(outArg);
  const endsWithSep = /[\\/]$/.test(outArg);
  const given = path.extname(outArg).toLowerCase();
  if (st?.isDirectory() || endsWithSep || given === "") return path.join(outArg, defaultName);
  if (given !== ext) {
    throw new UserError(
      `输出文件 ${outArg} 的扩展名应为 ${ext}（或给一个文件夹，文件名会自动取为“${defaultName}”）`,
      2,
      { code: "usage", path: outArg }
    );
  }
  return outArg;
}
