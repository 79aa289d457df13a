// A mistake of the user's or of the machine's (bad argument, bad file, no permission, full
// disk): printed as a plain Chinese message — or, with --json, as {"error":{…}} — never a stack
// trace. `code` says what kind it is for scripts: usage, input, os, exists, internal.
export interface ErrorInfo {
  code?: string;
  /** the file or folder concerned */
  path?: string;
  sheet?: string;
  cell?: string;
  /** the operating system's error code (ENOENT, EACCES…) */
  errno?: string;
}

export class UserError extends Error {
  readonly info: ErrorInfo;
  constructor(
    message: string,
    /** process exit code: 1 entry errors, 2 unusable input or bad usage */
    readonly exitCode: number = 2,
    info: ErrorInfo = {}
  ) {
    super(message);
    this.name = "UserError";
    this.info = { code: "input", ...info };
  }
}
