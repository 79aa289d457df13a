// WorkbookHost over Office.js. Every action is one Excel.run with a fixed number of syncs, no
// matter how many sheets or rows the workbook has (SPEC §6).

import { isExcelApiSupported } from "./env";
import { HostError, type WorkbookHost } from "./host";

export function createExcelHost(displayLanguage: string): WorkbookHost {
  return {
    kind: "excel",
    displayLanguage,
    supportsExcelApi: isExcelApiSupported,
    async listSheets() {
      return Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        return sheets.items.map((sheet) => sheet.name);
      });
    },
    async selectRange(sheet, address) {
      await Excel.run(async (context) => {
        const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
        await context.sync();
        if (worksheet.isNullObject) throw new HostError(`找不到工作表“${sheet}”`);
        worksheet.activate();
        worksheet.getRange(address).select();
        await context.sync();
      });
    },
  };
}
