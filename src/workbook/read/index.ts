// Reading workbooks back: the month workbook into a dataset, with cell-level issues and a map
// from dataset records to cells.
export { readMonthBook, type WorkbookRead } from "./month";
export {
  combineIssues,
  cellIssuesAsEntryIssues,
  workbookIssues,
  READ_ISSUE_CODES,
  type CellIssue,
} from "./issues";
