// The month and clerk workbooks read from .xlsx bytes: the ExcelJS grid (reader.ts) handed to the
// workbook layer's readers, which read the open workbook's grid the same way in the add-in.

import { readClerkBook, type ClerkRead } from "../workbook/clerk/read";
import { readMonthBook, type WorkbookRead } from "../workbook/read/month";
import { readXlsx } from "./reader";

/** 月度考核工作簿 from a file's bytes; WorkbookReadError when it is not one. */
export async function readMonthWorkbook(
  bytes: Uint8Array,
  fileName: string
): Promise<WorkbookRead> {
  return readMonthBook(await readXlsx(bytes, fileName));
}

/** 个人工作日志 from a file's bytes; WorkbookReadError when it is not one. */
export async function readClerkWorkbook(bytes: Uint8Array, fileName: string): Promise<ClerkRead> {
  return readClerkBook(await readXlsx(bytes, fileName));
}
