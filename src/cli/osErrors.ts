// Operating-system errors (ENOENT, EACCES, ENOSPC…) as Chinese sentences naming the path, so a
// full disk or a read-only folder reads as what it is and never as "内部错误：EACCES…".
import { UserError } from "./errors";

const REASONS: Record<string, string> = {
  ENOENT: "不存在",
  EACCES: "没有访问权限",
  EPERM: "操作不被允许（权限不足或文件被锁定）",
  ENOSPC: "磁盘空间不足",
  EDQUOT: "超出磁盘配额",
  EISDIR: "是文件夹，不是文件",
  ENOTDIR: "路径中有一级不是文件夹",
  EEXIST: "已存在",
  EROFS: "位于只读的磁盘上",
  EBUSY: "正被其他程序占用",
  ETXTBSY: "正被其他程序占用",
  EMFILE: "打开的文件过多",
  ENFILE: "打开的文件过多",
  ENAMETOOLONG: "文件名或路径太长",
  ELOOP: "符号链接循环",
  EXDEV: "不能跨磁盘移动",
  EIO: "读写磁盘出错",
  EFBIG: "文件太大",
  ENOTEMPTY: "文件夹不是空的",
  EINVAL: "文件名或参数无效",
};

interface SystemError {
  code: string;
  syscall?: string;
  path?: string;
  dest?: string;
}

export function isSystemError(err: unknown): err is SystemError {
  const e = err as Partial<SystemError> | null;
  return (
    typeof e === "object" &&
    e !== null &&
    typeof e.code === "string" &&
    /^E[A-Z0-9]+$/.test(e.code) &&
    (typeof e.syscall === "string" || typeof e.path === "string")
  );
}

function verb(syscall: string | undefined): string {
  switch (syscall) {
    case "open":
    case "read":
    case "stat":
    case "lstat":
    case "scandir":
      return "无法读取";
    case "mkdir":
      return "无法创建文件夹";
    case "rename":
    case "copyfile":
    case "write":
    case "fsync":
    case "unlink":
      return "无法写入";
    default:
      return "无法访问";
  }
}

/** The Chinese sentence for an OS error; `what` overrides the verb ("无法写入备份"). */
export function describeSystemError(
  err: SystemError,
  what?: string,
  fallbackPath?: string
): string {
  const reason = REASONS[err.code] ?? `系统错误 ${err.code}`;
  const where = err.path ?? fallbackPath;
  const target = err.dest && (err.code === "EEXIST" || err.code === "EXDEV") ? err.dest : where;
  return `${what ?? verb(err.syscall)} ${target ?? "（未知路径）"}：${reason}（${err.code}）`;
}

/** An OS error turned into the user's error (exit 2); anything else is returned unchanged. */
export function explainSystemError(err: unknown, what?: string, path?: string): unknown {
  if (!isSystemError(err)) return err;
  return new UserError(describeSystemError(err, what, path), 2, {
    code: "os",
    errno: err.code,
    path: err.path ?? path,
  });
}
