// Entry of commands.html: registers the functions the manifest's ExecuteFunction buttons name.
// The same page, opened with ?gangze-result=…, is the small dialog that shows a command's
// one-line result (DialogApi 1.1; without it the result is only logged, the marks and the
// selected cell in the workbook still show what happened).

import { APP_MESSAGES } from "../i18n/appMessages";
import { localeFor } from "../i18n/strings";
import { createExcelHost } from "../office/excelHost";
import { displayLanguage } from "../office/language";
import { runRibbonCommand, type CommandEvent, type CommandOutcome } from "./runner";

const RESULT_PARAM = "gangze-result";
/** A result dialog left open this long is closed so the ribbon button is released. */
const DIALOG_TIMEOUT_MS = 5 * 60 * 1000;

/** The messages in Office's display language (read when Office is ready, as the pane does). */
const messages = () => APP_MESSAGES[localeFor(displayLanguage())];

/** Shows the outcome in a dialog and resolves when the dialog is closed. */
function report(outcome: CommandOutcome): Promise<void> {
  const m = messages();
  const text = outcome.ok ? (outcome.message ?? m.commandDone()) : m.commandError(outcome.message);
  if (!outcome.ok) console.error(text);
  const office = (globalThis as { Office?: typeof Office }).Office;
  const ui = office?.context?.ui;
  if (
    !office ||
    !ui?.displayDialogAsync ||
    !office.context.requirements?.isSetSupported("DialogApi", "1.1")
  ) {
    console.info(text);
    return Promise.resolve();
  }
  const url = new URL(window.location.href);
  url.search = `?${RESULT_PARAM}=${encodeURIComponent(text)}`;
  return new Promise((resolve) => {
    ui.displayDialogAsync(
      url.toString(),
      { height: 30, width: 40, displayInIframe: true },
      (result) => {
        if (result.status !== office.AsyncResultStatus.Succeeded) {
          console.info(text);
          resolve();
          return;
        }
        const dialog = result.value;
        let open = true;
        const close = () => {
          if (!open) return;
          open = false;
          try {
            dialog.close();
          } catch {
            // already closed by the user
          }
          resolve();
        };
        dialog.addEventHandler(office.EventType.DialogMessageReceived, close);
        dialog.addEventHandler(office.EventType.DialogEventReceived, close);
        setTimeout(close, DIALOG_TIMEOUT_MS);
      }
    );
  });
}

function runCheck(event: CommandEvent): Promise<CommandOutcome> {
  return runRibbonCommand(
    event,
    async () => {
      const { checkWorkbook } = await import(/* webpackChunkName: "command-actions" */ "./actions");
      return checkWorkbook(createExcelHost(displayLanguage()));
    },
    report,
    messages().commandFailed()
  );
}

function runScore(event: CommandEvent): Promise<CommandOutcome> {
  return runRibbonCommand(
    event,
    async () => {
      const { scoreWorkbook } = await import(/* webpackChunkName: "command-actions" */ "./actions");
      return scoreWorkbook(createExcelHost(displayLanguage()));
    },
    report,
    messages().commandFailed()
  );
}

/** The dialog page: the result text and a button that closes the dialog. */
function showResultPage(text: string): void {
  const m = messages();
  document.title = m.dialogTitle();
  const body = document.body;
  body.style.cssText =
    "font: 14px/1.6 'Microsoft YaHei', 'PingFang SC', sans-serif; margin: 16px; color: #242424";
  const p = document.createElement("p");
  p.textContent = text;
  const button = document.createElement("button");
  button.textContent = m.dialogClose();
  button.style.cssText = "padding: 4px 20px";
  button.addEventListener("click", () => Office.context.ui.messageParent("close"));
  body.append(p, button);
  button.focus();
}

const resultText = new URLSearchParams(window.location.search).get(RESULT_PARAM);
Office.onReady(() => {
  if (resultText !== null) showResultPage(resultText);
  else {
    Office.actions.associate("runCheck", runCheck);
    Office.actions.associate("runScore", runScore);
  }
});
