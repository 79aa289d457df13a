// Writing output files: folders created, and never over a file the command is reading.
import { promises as fs } from "fs";
import * as path from "path";
import { UserError } from "./errors";

export async function writeOutput(
  file: string,
  bytes: Uint8Array | string,
  inputs: string[] = []
): Promise<void> {
  const target = path.resolve(file);
  if (inputs.some((i) => path.resolve(i) === target)) {
    throw new UserError(
      `输出文件 ${file} 与输入文件相同：请用 --out 指定另一个文件，原文件不会被改动`
    );
  }
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, bytes);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(
      `无法写入 ${file}（${code === "EACCES" ? "没有写入权限" : code === "EBUSY" ? "文件正被其他程序打开" : (code ?? "未知原因")}）`
    );
  }
}

/** A file name safe on Windows too (the bureau opens these files): no \ / : * ? " < > |. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\s]+/g, "_");
}
