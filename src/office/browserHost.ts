// WorkbookHost for a plain browser (no Office): nothing is open until the user drops a workbook in,
// which phase 2 wires to the ExcelJS reader.

import { HostError, type WorkbookHost } from "./host";

export function createBrowserHost(displayLanguage: string): WorkbookHost {
  return {
    kind: "browser",
    displayLanguage,
    supportsExcelApi: () => false,
    async listSheets() {
      return [];
    },
    async selectRange(sheet, address) {
      throw new HostError(
        `浏览器模式下无法选中单元格：请在 Excel 中打开工作簿，查看工作表“${sheet}”的 ${address}`
      );
    },
  };
}
