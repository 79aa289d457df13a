// Ribbon commands (ExecuteFunction) must always call event.completed(), or Excel keeps the button
// busy; a failure is reported and the command still completes. The report may take a while (a
// result dialog stays open until the user closes it): the event completes after it.

export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export type CommandOutcome = { ok: true; message?: string } | { ok: false; message: string };

/**
 * Runs `action`, reports, then completes `event` whatever happened; resolves with the outcome.
 * `failed`: the message of a failure that has none, in the UI language.
 */
export async function runRibbonCommand(
  event: CommandEvent,
  action: () => Promise<string | void>,
  report: (outcome: CommandOutcome) => unknown = () => undefined,
  failed = "命令执行失败。"
): Promise<CommandOutcome> {
  let outcome: CommandOutcome;
  try {
    const message = await action();
    outcome = typeof message === "string" ? { ok: true, message } : { ok: true };
  } catch (error) {
    const message = error instanceof Error && error.message ? error.message : failed;
    outcome = { ok: false, message };
  }
  try {
    await report(outcome);
  } finally {
    event.completed();
  }
  return outcome;
}
