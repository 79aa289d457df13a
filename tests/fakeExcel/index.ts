export { createFakeOffice, installFakeOffice, FIVE_MB } from "./office";
export type { FakeOffice, FakeOfficeOptions } from "./office";
export { FakeOfficeError } from "./errors";
export type { FakeErrorCode } from "./errors";
export { RequestContext } from "./base";
export type { FakeStats, SyncRecord } from "./base";
export * from "./grid";
export { parseAddress, formatArea, columnLetters, columnIndex } from "./address";
export type { Area } from "./address";
