// 汇总与上报's verification of a received workbook: the bytes the director picked go through the
// same check as `gangze verify` (src/xlsx/verify.ts), and the outcome is worded in the UI
// language; the differences keep the workbook's sheet, cell and values as they are. Loaded with
// import() on the first use.

import type { AppMessages } from "../i18n/appMessages";
import type { FilesMessages } from "../i18n/filesMessages";
import { HostError } from "../office/host";
import { verifyBytes } from "../xlsx/verify";
import type { FileBytes, Progress, VerifyView } from "./actions";
import { readFailureMessage } from "./logic";

export async function verifyOf(
  m: AppMessages,
  f: FilesMessages,
  file: FileBytes,
  progress?: Progress
): Promise<VerifyView> {
  if (!/\.xlsx$/i.test(file.name)) throw new HostError(f.notXlsx(file.name));
  progress?.(f.verifying(file.name));
  const outcome = await verifyBytes(file.bytes, file.name);
  if (outcome.status === "unusable") {
    const why = outcome.error ? readFailureMessage(m, outcome.error, "month") : outcome.message;
    return {
      file: file.name,
      status: "unusable",
      checked: 0,
      differences: [],
      message: f.verifyUnusable(why),
    };
  }
  const { checked, differences } = outcome.report;
  return {
    file: file.name,
    status: outcome.status,
    checked,
    differences,
    message:
      outcome.status === "equal"
        ? f.verifyEqual(file.name, checked)
        : f.verifyDiffer(file.name, differences.length, checked),
  };
}
