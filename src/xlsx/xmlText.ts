// XML escaping for the parts the writer renders itself (src/xlsx/sheetXml.ts, styleSheet.ts,
// xlsxPackage.ts): the five entities, and the control characters XML 1.0 cannot hold dropped,
// as ExcelJS does.

// eslint-disable-next-line no-control-regex
const SPECIAL = /["&'<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const SPECIAL_ALL = /["&'<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const ENTITY: Record<string, string> = {
  '"': "&quot;",
  "&": "&amp;",
  "'": "&apos;",
  "<": "&lt;",
  ">": "&gt;",
};

/** Text or attribute value as XML. */
export function xmlText(s: string): string {
  return SPECIAL.test(s) ? s.replace(SPECIAL_ALL, (c) => ENTITY[c] ?? "") : s;
}
