// Requirement-set gating. The add-in needs ExcelApi 1.8 (manifest); anything newer is used only
// after asking Office, and the user gets a Chinese message naming what is missing.

/** The message for a feature that needs ExcelApi 1.9. */
export const NEEDS_EXCELAPI_1_9 =
  "此功能需要 ExcelApi 1.9（Office 2021 或 Microsoft 365），当前 Excel 不支持";

/** Which Office a requirement set first shipped in, for the message. */
const EXCELAPI_OFFICE: Record<string, string> = {
  "1.9": "Office 2021 或 Microsoft 365",
  "1.10": "Office 2021 或 Microsoft 365",
  "1.11": "Office 2021 或 Microsoft 365",
  "1.12": "Office 2021 或 Microsoft 365",
};

export class RequirementError extends Error {
  constructor(
    message: string,
    readonly set: string,
    readonly version: string
  ) {
    super(message);
    this.name = "RequirementError";
  }
}

/** The Chinese message for a missing ExcelApi version. */
export function requirementMessage(version: string): string {
  const office = EXCELAPI_OFFICE[version] ?? "Microsoft 365";
  return `此功能需要 ExcelApi ${version}（${office}），当前 Excel 不支持`;
}

/** True when Office.js is loaded and reports the requirement set; false outside Office. */
export function isExcelApiSupported(version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  return Boolean(requirements && requirements.isSetSupported("ExcelApi", version));
}

/** Throws a RequirementError with the Chinese message unless ExcelApi `version` is available. */
export function requireExcelApi(version: string): void {
  if (!isExcelApiSupported(version)) {
    throw new RequirementError(requirementMessage(version), "ExcelApi", version);
  }
}
