// The interface the task pane talks to. React components never call Excel.run: they call a
// WorkbookHost received through context, so tests inject a host over the fake Excel and a plain
// browser gets a host without Office.

export type HostKind = "excel" | "browser";

export interface WorkbookHost {
  readonly kind: HostKind;
  /** UI language tag (Office's display language, or the browser's) */
  readonly displayLanguage: string;
  /** Whether ExcelApi `version` is available; always false in a browser. */
  supportsExcelApi(version: string): boolean;
  /** Names of the worksheets of the open workbook, in tab order; [] when none is open. */
  listSheets(): Promise<string[]>;
  /** Selects a cell or range (`A1`, `B2:C3`) of a sheet, so the user sees what a message is about. */
  selectRange(sheet: string, address: string): Promise<void>;
}

/** Thrown for a request the host cannot serve; the message is for the user (Chinese). */
export class HostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "HostError";
  }
}
