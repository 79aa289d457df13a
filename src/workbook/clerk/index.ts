// The clerk's 个人工作日志: built from the month dataset, read back for collect.
export { buildClerkWorkbook, CLERK_TITLE, type ClerkOptions } from "./build";
export { readClerkBook, type ClerkRead, type TaskUpdate } from "./read";
export { CLERK_SHEET, CLERK_HEADERS } from "./sheets";
