// Entry of commands.html: registers the functions the manifest's ExecuteFunction buttons name.

import { createExcelHost } from "../office/excelHost";
import { displayLanguage } from "../office/language";
import { runRibbonCommand, type CommandEvent, type CommandOutcome } from "./runner";

function report(outcome: CommandOutcome): void {
  // No UI surface exists for a ribbon command yet; phase 2 shows the outcome in the workbook.
  if (!outcome.ok) console.error(`岗责：${outcome.message}`);
}

function runCheck(event: CommandEvent): Promise<CommandOutcome> {
  return runRibbonCommand(
    event,
    async () => {
      const { checkWorkbook } = await import(/* webpackChunkName: "command-actions" */ "./actions");
      await checkWorkbook(createExcelHost(displayLanguage()));
    },
    report,
  );
}

function runScore(event: CommandEvent): Promise<CommandOutcome> {
  return runRibbonCommand(
    event,
    async () => {
      const { scoreWorkbook } = await import(/* webpackChunkName: "command-actions" */ "./actions");
      await scoreWorkbook(createExcelHost(displayLanguage()));
    },
    report,
  );
}

Office.onReady(() => {
  Office.actions.associate("runCheck", runCheck);
  Office.actions.associate("runScore", runScore);
});
