// The Office-side pieces over the fake Excel host: requirement gating, language, the Excel
// WorkbookHost, start-up host selection, ribbon-command completion.

import { createFakeOffice, installFakeOffice, type FakeOffice } from "../fakeExcel";
import {
  isExcelApiSupported,
  NEEDS_EXCELAPI_1_9,
  requireExcelApi,
  requirementMessage,
} from "../../src/office/env";
import { displayLanguage } from "../../src/office/language";
import { createExcelHost } from "../../src/office/excelHost";
import { createBrowserHost } from "../../src/office/browserHost";
import { connectHost, hostedByOffice } from "../../src/office/connect";
import { runRibbonCommand } from "../../src/commands/runner";

let uninstall: (() => void) | null = null;
function install(fake: FakeOffice): FakeOffice {
  uninstall = installFakeOffice(fake);
  return fake;
}
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

describe("requirement sets", () => {
  test("ExcelApi 1.9 on an Office 2019 host (1.8) gives the Chinese message", () => {
    install(createFakeOffice({ excelApi: "1.8" }));
    expect(isExcelApiSupported("1.8")).toBe(true);
    expect(isExcelApiSupported("1.9")).toBe(false);
    expect(requirementMessage("1.9")).toBe(NEEDS_EXCELAPI_1_9);
    expect(NEEDS_EXCELAPI_1_9).toBe(
      "此功能需要 ExcelApi 1.9（Office 2021 或 Microsoft 365），当前 Excel 不支持"
    );
    expect(() => requireExcelApi("1.9")).toThrow(NEEDS_EXCELAPI_1_9);
    expect(() => requireExcelApi("1.8")).not.toThrow();
  });

  test("Microsoft 365 (1.12) passes; outside Office nothing is supported", () => {
    install(createFakeOffice({ excelApi: "1.12" }));
    expect(() => requireExcelApi("1.9")).not.toThrow();
    uninstall?.();
    uninstall = null;
    expect(isExcelApiSupported("1.1")).toBe(false);
    expect(() => requireExcelApi("1.13")).toThrow(
      "此功能需要 ExcelApi 1.13（Microsoft 365），当前 Excel 不支持"
    );
  });
});

test("displayLanguage: Office's when loaded, else the navigator's", () => {
  install(createFakeOffice({ displayLanguage: "en-GB" }));
  expect(displayLanguage()).toBe("en-GB");
  uninstall?.();
  uninstall = null;
  // Node 20 has navigator.language ("en-US"); the fallback never invents Office's value.
  expect(displayLanguage()).toBe(globalThis.navigator?.language || "zh-CN");
});

describe("Excel WorkbookHost", () => {
  test("listSheets reads every sheet name in one sync", async () => {
    const fake = install(
      createFakeOffice({ sheets: { 岗位职责: [], 任务台账: [], 工作日志: [] } })
    );
    const host = createExcelHost("zh-CN");
    expect(await host.listSheets()).toEqual(["岗位职责", "任务台账", "工作日志"]);
    expect(fake.stats.syncs).toBe(1);
  });

  test("selectRange activates the sheet and selects the cell; a missing sheet is named in Chinese", async () => {
    const fake = install(createFakeOffice({ sheets: { 岗位职责: [], 任务台账: [] } }));
    const host = createExcelHost("zh-CN");
    await host.selectRange("任务台账", "F7");
    expect(fake.grid.activeSheet?.name).toBe("任务台账");
    expect(fake.grid.selection?.area).toEqual({ row: 6, column: 5, rowCount: 1, columnCount: 1 });
    await expect(host.selectRange("考核表", "A1")).rejects.toThrow("找不到工作表“考核表”");
    expect(host.supportsExcelApi("1.8")).toBe(true);
    expect(host.supportsExcelApi("1.9")).toBe(false);
  });

  test("the browser host has no workbook and says why it cannot select", async () => {
    const host = createBrowserHost("zh-CN");
    expect(await host.listSheets()).toEqual([]);
    expect(host.supportsExcelApi("1.1")).toBe(false);
    await expect(host.selectRange("任务台账", "F7")).rejects.toThrow("浏览器模式下无法选中单元格");
  });
});

describe("connectHost", () => {
  test("inside Excel: the Excel host with Office's language", async () => {
    install(createFakeOffice({ displayLanguage: "en-US" }));
    const host = await connectHost(100);
    expect([host.kind, host.displayLanguage]).toEqual(["excel", "en-US"]);
  });

  test("office.js missing: the browser host at once", async () => {
    const host = await connectHost(100);
    expect(host.kind).toBe("browser");
  });

  test("office.js loaded outside Office (onReady never reports Excel): the browser host", async () => {
    const fake = createFakeOffice();
    const other = {
      ...fake.Office,
      onReady: () => Promise.resolve({ host: null, platform: null }),
    };
    uninstall = installFakeOffice({ ...fake, Office: other as never });
    expect((await connectHost(100)).kind).toBe("browser");
    const silent = { ...fake.Office, onReady: () => new Promise(() => undefined) };
    installFakeOffice({ ...fake, Office: silent as never });
    const started = Date.now();
    expect((await connectHost(50)).kind).toBe("browser");
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  test("inside Office a slow Office.onReady is waited for, however long: no browser screens in Excel", async () => {
    const fake = createFakeOffice();
    let answer: (info: { host: string; platform: string }) => void = () => undefined;
    const slow = {
      ...fake.Office,
      onReady: () => new Promise((resolve) => (answer = resolve)),
    };
    uninstall = installFakeOffice({ ...fake, Office: slow as never });
    const page = { location: { search: "?_host_Info=Excel$Win32$16.01$zh-CN$$$$0" } };
    const connecting = connectHost(20, page);
    await new Promise((r) => setTimeout(r, 80)); // four times the timeout
    answer({ host: "Excel", platform: "PC" });
    expect((await connecting).kind).toBe("excel");
  });

  test("the signs Office leaves on a page it hosts", () => {
    expect(hostedByOffice({ location: { search: "?_host_Info=Excel|Win32|16.01|zh-CN" } })).toBe(
      true
    );
    expect(hostedByOffice({ location: { hash: "#_host_Info=Excel$Mac$16.01$zh-CN" } })).toBe(true);
    expect(
      hostedByOffice({
        sessionStorage: { getItem: (k) => (k === "hostInfoValue" ? "Excel|Web" : null) },
      })
    ).toBe(true);
    expect(hostedByOffice({ external: { GetContext: () => undefined } })).toBe(true);
    expect(hostedByOffice({ webkit: { messageHandlers: { Agave: {} } } })).toBe(true);
    expect(
      hostedByOffice({
        location: { search: "?lang=zh" },
        sessionStorage: { getItem: () => null },
        external: {},
      })
    ).toBe(false);
    expect(
      hostedByOffice({
        sessionStorage: {
          getItem: () => {
            throw new Error("blocked");
          },
        },
      })
    ).toBe(false);
  });
});

describe("ribbon commands", () => {
  test("the event is completed once whether the action succeeds or fails", async () => {
    let completed = 0;
    const event = { completed: () => completed++ };
    expect(await runRibbonCommand(event, async () => undefined)).toEqual({ ok: true });
    expect(completed).toBe(1);
    const reported: unknown[] = [];
    const outcome = await runRibbonCommand(
      event,
      async () => {
        throw new Error("任务台账第 5 行：完成日期早于交办日期");
      },
      (o) => reported.push(o)
    );
    expect(outcome).toEqual({ ok: false, message: "任务台账第 5 行：完成日期早于交办日期" });
    expect(reported).toEqual([outcome]);
    expect(completed).toBe(2);
  });

  test("a throwing reporter still completes the event", async () => {
    let completed = 0;
    await expect(
      runRibbonCommand(
        { completed: () => completed++ },
        async () => undefined,
        () => {
          throw new Error("report failed");
        }
      )
    ).rejects.toThrow("report failed");
    expect(completed).toBe(1);
  });
});
