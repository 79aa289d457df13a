/// <reference types="office-js" />
// Deleting sheets the way Excel accepts it: a VeryHidden sheet cannot be deleted, so it is made
// Hidden first, in the same request. Used by the render (backups, the marks sheet) and the marks.

/**
 * Queues the deletion of sheets; a VeryHidden one is made Hidden first in the same request, as
 * Excel refuses to delete a very hidden sheet ("If the worksheet's visibility is set to
 * VeryHidden, the delete operation will fail with an InvalidOperation exception"):
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)
 */
export function queueDeletes(
  context: Excel.RequestContext,
  sheets: readonly { name: string; veryHidden: boolean }[]
): void {
  for (const s of sheets) {
    const sheet = context.workbook.worksheets.getItem(s.name);
    if (s.veryHidden) sheet.visibility = "Hidden";
    sheet.delete();
  }
}
