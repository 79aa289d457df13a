// A mistake of the user's (bad file, bad argument): printed as a plain Chinese message, never a stack trace.
export class UserError extends Error {
  constructor(
    message: string,
    /** process exit code: 1 entry errors, 2 unusable input or bad usage */
    readonly exitCode: number = 2
  ) {
    super(message);
    this.name = "UserError";
  }
}
