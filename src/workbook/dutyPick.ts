// The duty picker of the clerk's log (issue 10 item 4): a dropdown item shows the code and a
// short form of the duty's content ("MS-05 收集编写本局工作动态信息"), so nobody has to look
// codes up in 我的职责. Readers accept the item and the bare code alike: the code is what is
// kept (a code never holds a space; the handbook's codes are like MS-05).

import type { Duty } from "../domain/types";

/** Characters of content kept after the code: the dropdown and the column stay readable. */
const SHORT = 12;

/** The content's first clause, at most SHORT characters (… when cut). */
export function shortContent(content: string): string {
  const clause = content.trim().split(/[，,；;。：:（(]/)[0] || content.trim();
  const chars = [...clause];
  return chars.length <= SHORT ? clause : `${chars.slice(0, SHORT - 1).join("")}…`;
}

/** `MS-05 收集编写本局工作动态信息`: the code, a space, the short content. */
export function dutyLabel(d: Pick<Duty, "code" | "content">): string {
  const s = shortContent(d.content ?? "");
  return s ? `${d.code} ${s}` : d.code;
}

/**
 * The duty code of what a cell holds: `MS-05` stays `MS-05`; a picker item `MS-05 收集…` (any
 * spaces, full-width ones too) gives `MS-05`.
 */
export function dutyCodeOf(text: string): string {
  const t = text.trim();
  const m = /^(\S+)[\s\u3000]+\S/.exec(t);
  return m ? m[1] : t;
}
