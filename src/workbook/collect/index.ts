export { collect, type CollectReport, type CollectResult, type CollectCounts } from "./collect";
export { collectIsolated, type TryBuild } from "./isolate";
