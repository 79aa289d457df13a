// Which language the UI speaks: Office's display language inside Office, the browser's otherwise.

/** The UI language tag: `Office.context.displayLanguage` when Office.js is loaded and ready,
 *  `navigator.language` in a plain browser, `zh-CN` when neither is known. */
export function displayLanguage(): string {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const fromOffice = office?.context?.displayLanguage;
  if (fromOffice) return fromOffice;
  const nav = (globalThis as { navigator?: Navigator }).navigator;
  return nav?.language || "zh-CN";
}
