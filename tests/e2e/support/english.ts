// Finds English in what the Chinese pane shows. Allowed: product and format names a Chinese
// office uses as they are (Excel, WPS, .xlsx, Microsoft 365, Office), and codes such as MS-05 or
// T002 (letters followed by digits).

const ALLOWED = new Set([
  "excel",
  "xlsx",
  "xls",
  "wps",
  "office",
  "microsoft",
  "edge",
  "chrome",
  "webview",
  "json",
  "pdf",
  "csv",
]);

export function englishWords(text: string): string[] {
  const words = text
    // codes: MS-05, T002, A1, I3, 2026-10-Q1
    .replace(/\b[A-Za-z]{1,6}-?\d+[A-Za-z0-9-]*\b/g, " ")
    // cell references: 交办事项!I3, $A$1
    .replace(/![A-Z$]+\d+/g, " ")
    .match(/[A-Za-z]{2,}/g);
  return [...new Set((words ?? []).filter((w) => !ALLOWED.has(w.toLowerCase())))];
}
