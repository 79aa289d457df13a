// Office.js errors as Chinese sentences for the user (never a stack trace).

import { HostError } from "./host";

/** The OfficeExtension error code of an error, if it has one. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const e = error as { code?: unknown; debugInfo?: { code?: unknown } };
  const code = e.code ?? e.debugInfo?.code;
  return typeof code === "string" ? code : undefined;
}

/** Why Excel refused a request, in Chinese. */
export function describeOfficeError(error: unknown): string {
  if (error instanceof HostError) return error.message;
  const code = officeErrorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "RequestPayloadSizeLimitExceeded":
      return "一次传送的数据超过了 Excel 的请求上限（5 MB）";
    case "ResponsePayloadSizeLimitExceeded":
      return "Excel 一次返回的数据超过了上限（5 MB，Excel 网页版）";
    case "AccessDenied":
      return "工作表受保护或工作簿结构受保护，Excel 拒绝修改（请先撤销保护）";
    case "ItemAlreadyExists":
      return "工作簿中已有同名的工作表或名称";
    case "ItemNotFound":
      return "找不到要修改的工作表或名称（可能刚被删除或改名）";
    case "ApiNotFound":
      return "当前 Excel 版本不支持所需的功能（需要 ExcelApi 1.8，即 Office 2019 或更新版本）";
    case undefined:
      return `发生意外错误：${detail}`;
    default:
      return `Excel 拒绝了请求（${code}：${detail}）`;
  }
}

/** What a rollback achieved, read back from the workbook after it. */
export interface Restoration {
  /** sheets (names, order, visibility) and defined names are as before */
  restored: boolean;
  /** sheets of the workbook before that are gone */
  missing: string[];
  /** backup sheets (`~岗责旧表1`) still in the workbook: they hold the old content */
  leftovers: string[];
  /** the new sheets were all written (the failure came while removing the old ones) */
  written?: boolean;
}

/**
 * The state of the workbook after a failed action, said truthfully. Excel cannot undo what an
 * add-in did (and an API call can clear its undo list), so nothing suggests Ctrl+Z.
 */
function restorationText(r: Restoration): string {
  if (r.restored) return "，工作簿已恢复原样";
  const parts: string[] = [];
  if (r.written) parts.push("新工作表已写好");
  if (r.missing.length) parts.push(`工作表${r.missing.map((s) => `“${s}”`).join("、")}已无法找回`);
  if (r.leftovers.length)
    parts.push(
      `原来的内容仍在工作表${r.leftovers.map((s) => `“${s}”`).join("、")}中，请核对后删除或改回原名`
    );
  if (!parts.length) parts.push("请检查各工作表是否完好");
  return `，工作簿未能完全恢复原样（${parts.join("；")}；Excel 无法撤销此操作）`;
}

/** A HostError for a failed action: what failed, whether the workbook was restored, and why. */
export function actionError(
  action: string,
  error: unknown,
  restoration: Restoration | null
): HostError {
  if (error instanceof HostError && restoration === null) return error;
  const state = restoration === null ? "" : restorationText(restoration);
  return new HostError(`${action}失败${state}。原因：${describeOfficeError(error)}`);
}
