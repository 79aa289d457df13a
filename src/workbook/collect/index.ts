export { collect, type CollectReport, type CollectResult, type CollectCounts } from "./collect";
