// The domain's public surface for the other layers (workbook, CLI, task pane): pure TypeScript,
// safe to bundle for the browser.
export * from "./types";
export * from "./dates";
export * from "./calendar";
export * from "./period";
export * from "./round";
export * from "./rules";
export * from "./taskState";
export * from "./scoring";
export * from "./checks";
export * from "./carryOver";
export * from "./year";
export * from "./rollup";
