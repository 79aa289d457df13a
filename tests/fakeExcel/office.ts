// The fake host's globals: `Excel` (run, RequestContext, createWorkbook, enums) and `Office`
// (onReady, context, requirements, actions) over one grid that tests inspect.

import { compareVersions, RequestContext, type FakeHostState, type FakeStats } from "./base";
import { FakeOfficeError } from "./errors";
import { addSheet, createGrid, seedValues, type CellValue, type FakeGrid } from "./grid";
import { Workbook } from "./workbook";

export interface FakeOfficeOptions {
  /** Office.context.displayLanguage (default zh-CN) */
  displayLanguage?: string;
  /** highest ExcelApi version supported (default 1.8, the add-in's minimum) */
  excelApi?: string;
  /** other requirement sets, e.g. { DialogApi: "1.2" } */
  requirementSets?: Record<string, string>;
  /** request/response limit in bytes (default 5 MB, as Excel on the web) */
  payloadLimitBytes?: number;
  /** the signed-in user comments and notes added through the API are attributed to */
  userName?: string;
  platform?: "PC" | "OfficeOnline" | "Mac";
  officeTheme?: {
    bodyBackgroundColor: string;
    bodyForegroundColor: string;
    controlBackgroundColor?: string;
    controlForegroundColor?: string;
  };
  /**
   * The workbook's Normal-style column unit: `standardWidth` in characters and the width of a
   * default column in points. Default: Calibri 11 (8.43 characters, 48 pt, as English Excel);
   * Chinese Excel's 等线 11 is { characters: 8.38, points: 54 }.
   */
  standardWidth?: { characters: number; points: number };
  /** sheets to start with: name → values from A1 (`=…` strings become formulas) */
  sheets?: Record<string, (CellValue | null)[][]>;
}

export const FIVE_MB = 5 * 1024 * 1024;

export interface FakeOffice {
  Excel: FakeExcelNamespace;
  Office: FakeOfficeNamespace;
  grid: FakeGrid;
  stats: FakeStats;
  state: FakeHostState;
  /** functions registered with Office.actions.associate */
  actions: Map<string, (event: unknown) => unknown>;
  resetStats(): void;
}

export interface FakeExcelNamespace {
  run<T>(batch: (context: RequestContext) => Promise<T>): Promise<T>;
  run<T>(options: unknown, batch: (context: RequestContext) => Promise<T>): Promise<T>;
  RequestContext: new () => RequestContext;
  createWorkbook(base64?: string): Promise<void>;
  ConditionalFormatType: Record<string, string>;
  ClearApplyTo: Record<string, string>;
  CalculationType: Record<string, string>;
  SheetVisibility: Record<string, string>;
  ErrorCodes: Record<string, string>;
}

export interface FakeOfficeNamespace {
  onReady(
    callback?: (info: { host: string; platform: string }) => void
  ): Promise<{ host: string; platform: string }>;
  HostType: Record<string, string>;
  PlatformType: Record<string, string>;
  context: {
    displayLanguage: string;
    contentLanguage: string;
    officeTheme?: FakeOfficeOptions["officeTheme"];
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
  };
  actions: { associate(name: string, action: (event: unknown) => unknown): void };
}

export function createFakeOffice(options: FakeOfficeOptions = {}): FakeOffice {
  const grid = createGrid();
  const stats: FakeStats = {
    runs: 0,
    syncs: 0,
    batches: [],
    calculationSuspensions: 0,
    screenUpdatingSuspensions: 0,
    calculations: 0,
    operations: 0,
  };
  if (options.standardWidth) {
    grid.standardWidth = options.standardWidth.characters;
    grid.defaultColumnWidth = options.standardWidth.points;
  }
  const state: FakeHostState = {
    grid,
    stats,
    payloadLimitBytes: options.payloadLimitBytes ?? FIVE_MB,
    excelApi: options.excelApi ?? "1.8",
    calculationPending: false,
    userName: options.userName ?? "当前用户",
    now: () => new Date().toISOString(),
  };
  for (const [name, values] of Object.entries(options.sheets ?? { Sheet1: [] })) {
    seedValues(addSheet(grid, name), values);
  }
  const sets: Record<string, string> = {
    AddinCommands: "1.1",
    DialogApi: "1.1",
    ...options.requirementSets,
    ExcelApi: state.excelApi,
  };
  const actions = new Map<string, (event: unknown) => unknown>();

  const newContext = () => {
    const context = new RequestContext(state);
    context.workbook = new Workbook(context, "workbook");
    return context;
  };

  const Excel: FakeExcelNamespace = {
    async run<T>(first: unknown, second?: unknown): Promise<T> {
      // Excel.run(batch) or Excel.run(objectOrOptions, batch)
      const batch = (typeof first === "function" ? first : second) as (
        context: RequestContext
      ) => Promise<T>;
      if (typeof batch !== "function")
        throw new FakeOfficeError("InvalidArgument", "Excel.run needs a batch function");
      stats.runs++;
      const context = newContext();
      state.calculationPending = false;
      const result = await batch(context);
      // Excel.run sends what is still queued when the batch resolves.
      if (context._hasPending()) await context.sync();
      // Misuse, not an Excel refusal: "Once set, it is the developer's responsibility to re-calc
      // the workbook" (suspendApiCalculationUntilNextSync,
      // https://learn.microsoft.com/en-us/javascript/api/excel/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member(1))
      if (state.calculationPending) {
        state.calculationPending = false;
        throw new Error(
          "fake Excel: calculation was suspended (suspendApiCalculationUntilNextSync) and the batch ended without application.calculate"
        );
      }
      return result;
    },
    RequestContext: function FakeRequestContext() {
      return newContext();
    } as unknown as new () => RequestContext,
    async createWorkbook(base64?: string) {
      if (compareVersions(state.excelApi, "1.8") < 0) {
        throw new FakeOfficeError("ApiNotFound", "Excel.createWorkbook needs ExcelApi 1.8");
      }
      grid.createdWorkbooks.push(base64 ?? "");
    },
    ConditionalFormatType: {
      custom: "Custom",
      cellValue: "CellValue",
      containsText: "ContainsText",
      dataBar: "DataBar",
      colorScale: "ColorScale",
      iconSet: "IconSet",
      topBottom: "TopBottom",
      presetCriteria: "PresetCriteria",
    },
    ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
    CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    ErrorCodes: Object.fromEntries(
      [
        "accessDenied",
        "apiNotFound",
        "invalidArgument",
        "invalidOperation",
        "invalidReference",
        "itemAlreadyExists",
        "itemNotFound",
        "propertyNotLoaded",
        "requestPayloadSizeLimitExceeded",
        "responsePayloadSizeLimitExceeded",
        "generalException",
      ].map((k) => [k, k[0].toUpperCase() + k.slice(1)])
    ),
  };

  const info = { host: "Excel", platform: options.platform ?? "PC" };
  const Office: FakeOfficeNamespace = {
    onReady(callback) {
      callback?.(info);
      return Promise.resolve(info);
    },
    HostType: {
      Excel: "Excel",
      Word: "Word",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
    },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
    },
    context: {
      displayLanguage: options.displayLanguage ?? "zh-CN",
      contentLanguage: options.displayLanguage ?? "zh-CN",
      officeTheme: options.officeTheme,
      requirements: {
        isSetSupported(name: string, minVersion?: string | number) {
          const have = sets[name];
          if (have === undefined) return false;
          return compareVersions(have, minVersion === undefined ? "1.1" : String(minVersion)) >= 0;
        },
      },
    },
    actions: {
      associate(name, action) {
        actions.set(name, action);
      },
    },
  };

  return {
    Excel,
    Office,
    grid,
    stats,
    state,
    actions,
    resetStats() {
      stats.runs = 0;
      stats.syncs = 0;
      stats.batches.length = 0;
      stats.calculationSuspensions = 0;
      stats.screenUpdatingSuspensions = 0;
      stats.calculations = 0;
      stats.operations = 0;
    },
  };
}

/** Puts the fake's `Excel` and `Office` on `target` (globalThis by default); returns an undo. */
export function installFakeOffice(
  fake: FakeOffice,
  target: Record<string, unknown> = globalThis as never
): () => void {
  const before = { Excel: target.Excel, Office: target.Office };
  target.Excel = fake.Excel;
  target.Office = fake.Office;
  return () => {
    target.Excel = before.Excel;
    target.Office = before.Office;
  };
}
