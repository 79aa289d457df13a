// Names and headers of the handbook's sheets, shared by its builders, readers and the add-in.

export const HANDBOOK_TITLE = "岗位责任手册";
export const SHEET_COVER = "封面";
export const SHEET_CONTENTS = "目录";
export const SHEET_CATALOG = "岗位职责";
export const SHEET_DEDUCTIONS = "扣分标准";
export const SHEET_METHOD = "考核办法";
/** Titles of the sections after the posts, as the 目录 and the pages print them. */
export const CATALOG_TITLE = "岗位职责一览表";
export const DEDUCTIONS_TITLE = "附录一　扣分标准";
export const METHOD_TITLE = "附录二　考核办法";

export const CATALOG_HEADERS = [
  "编码",
  "岗位",
  "序号",
  "工作内容",
  "频次",
  "时限要求",
  "质量标准",
  "检查人",
  "分值",
] as const;
export const POST_HEADERS = [
  "编码",
  "序号",
  "工作内容",
  "频次",
  "时限要求",
  "质量标准",
  "检查人",
  "分值",
] as const;
export const CONTENTS_HEADERS = ["序号", "章节", "职责条目数", "页码"] as const;

/** Title printed on a post's sheet. */
export const postTitle = (post: string): string => `${post}岗位职责`;
