// Ribbon commands (ExecuteFunction) must always call event.completed(), or Excel keeps the button
// busy; a failure is reported and the command still completes.

export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export type CommandOutcome = { ok: true } | { ok: false; message: string };

/** Runs `action`, then completes `event` whatever happened; resolves with the outcome. */
export async function runRibbonCommand(
  event: CommandEvent,
  action: () => Promise<void>,
  report: (outcome: CommandOutcome) => void = () => undefined,
): Promise<CommandOutcome> {
  let outcome: CommandOutcome;
  try {
    await action();
    outcome = { ok: true };
  } catch (error) {
    const message = error instanceof Error && error.message ? error.message : "命令执行失败。";
    outcome = { ok: false, message };
  }
  try {
    report(outcome);
  } finally {
    event.completed();
  }
  return outcome;
}
