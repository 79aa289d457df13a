export { STRINGS, VIEW_IDS, format, localeFor } from "./strings";
export type { Locale, Strings, ViewId, ViewStrings } from "./strings";
export { APP_MESSAGES, appMessages } from "./appMessages";
export type {
  ActionId,
  AppMessages,
  CollectCount,
  EntryCounts,
  FirstProblem,
  NoticeIssue,
  ReadFailure,
} from "./appMessages";
