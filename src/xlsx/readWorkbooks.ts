// The month and clerk workbooks, and the catalogue and roster of the office's own files, read from .xlsx bytes: the ExcelJS grid (reader.ts) handed to the
// workbook layer's readers, which read the open workbook's grid the same way in the add-in.

import { readClerkBook, type ClerkRead } from "../workbook/clerk/read";
import { readMonthBook, type WorkbookRead } from "../workbook/read/month";
import {
  readCatalogBook,
  readRosterBook,
  type CatalogRead,
  type RosterRead,
} from "../workbook/read/sources";
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

/** 岗位职责 of a handbook or month workbook (`--catalog`, the pane's 生成); WorkbookReadError when it has none. */
export async function readCatalogWorkbook(
  bytes: Uint8Array,
  fileName: string
): Promise<CatalogRead> {
  return readCatalogBook(await readXlsx(bytes, fileName));
}

/** 人员 of a month workbook or a plain roster sheet (`--staff`, the pane's 生成). */
export async function readRosterWorkbook(bytes: Uint8Array, fileName: string): Promise<RosterRead> {
  return readRosterBook(await readXlsx(bytes, fileName));
}
