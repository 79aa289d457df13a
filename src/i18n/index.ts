export { STRINGS, VIEW_IDS, format, localeFor } from "./strings";
export type { Locale, Strings, ViewId, ViewStrings } from "./strings";
