import type * as ExcelJSTypes from "exceljs";

/**
 * Turns a worksheet's shared formulas into plain ones (same formula, same cached result): ExcelJS
 * cannot write a sheet whose shared formula lost its master row, as a tamper deleting rows does.
 */
export function plainFormulas(ws: ExcelJSTypes.Worksheet): void {
  ws.eachRow((row) =>
    row.eachCell((c) => {
      if (c.formula) c.value = { formula: c.formula, result: c.result } as ExcelJSTypes.CellValue;
    })
  );
}
