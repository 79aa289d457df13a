// ExcelJS is loaded on first use, so the browser bundle fetches it only when a file is made or read.

import type * as ExcelJSTypes from "exceljs";

export type ExcelJSModule = typeof ExcelJSTypes;

let loaded: Promise<ExcelJSModule> | undefined;

/** The exceljs module, whether the bundler hands us the namespace or a default export. */
export function loadExcelJS(): Promise<ExcelJSModule> {
  loaded ??= import("exceljs").then((m) =>
    (m as { default?: ExcelJSModule }).default?.Workbook
      ? (m as { default: ExcelJSModule }).default
      : m
  );
  return loaded;
}
