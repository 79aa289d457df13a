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

/** A HostError for a failed action: what failed, whether the workbook was restored, and why. */
export function actionError(action: string, error: unknown, restored: boolean | null): HostError {
  if (error instanceof HostError && restored === null) return error;
  const state =
    restored === null
      ? ""
      : restored
        ? "，工作簿已恢复原样"
        : "，恢复工作簿时也出错，请检查工作簿或撤销（Ctrl+Z）";
  return new HostError(`${action}失败${state}。原因：${describeOfficeError(error)}`);
}
