// A received month workbook's bytes verified (SPEC §8 `verify`): read with ExcelJS, rebuilt from
// its own entries and every stored result compared (src/workbook/verify.ts). Shared by
// `gangze verify` and the task pane's 汇总与上报 view, which both hand it a file's bytes; it never
// throws for a bad file, so the pane shows why and the CLI exits 2.

import { WorkbookReadError, type WorkbookGrid } from "../workbook/grid";
import { readMonthBook } from "../workbook/read";
import { verifyMonthBook, type VerifyReport } from "../workbook/verify";
import { readXlsx } from "./reader";

export type VerifyOutcome =
  | { status: "equal" | "differ"; report: VerifyReport }
  | {
      status: "unusable";
      /** why, in Chinese, naming the file (and sheet/cell when the reader knows them) */
      message: string;
      /** the reader's refusal, when that was the cause (the pane words it in its language) */
      error?: WorkbookReadError;
    };

/** Verifies the bytes of one workbook; never throws for a bad file (the roll-up goes on). */
export async function verifyBytes(
  bytes: Uint8Array,
  name: string,
  /** the reader: ExcelJS's (the pane), or the CLI's lean one */
  read: (bytes: Uint8Array, name: string) => Promise<WorkbookGrid> = readXlsx
): Promise<VerifyOutcome> {
  try {
    const book = await read(bytes, name);
    const report = verifyMonthBook(book, readMonthBook(book));
    return { status: report.differences.length ? "differ" : "equal", report };
  } catch (err) {
    if (err instanceof WorkbookReadError)
      return { status: "unusable", message: err.message, error: err };
    if (err instanceof RangeError)
      return {
        status: "unusable",
        message: `文件 ${name} 无法按录入重新计算：${(err as Error).message}`,
      };
    throw err;
  }
}
