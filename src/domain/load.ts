// Loading a dataset file (SPEC §8): JSON text → shape validated with the JSON Schema → Dataset.
// Every problem is reported at once, each with its JSON path and a Chinese message, so an
// integrator fixes a file in one round. Content checks (people, dates, months) are checks.ts.

import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import { parseDate } from "./dates";
import { fieldLabel } from "./messages";
import { DATASET_SCHEMA, DATE_PATTERN, MONTH_PATTERN } from "./schema";
import type { Dataset } from "./types";

export interface LoadProblem {
  /** JSON Pointer of the value (`/tasks/3/due`; `/` for the whole file; `` for a syntax error) */
  path: string;
  /** the complete message, location included (`/tasks/3/due：日期应写成 YYYY-MM-DD，实际为“2026/10/3”`) */
  message: string;
}

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; problems: LoadProblem[] };

// Ajv compiles to code with `new Function`: do it once, and only when a file is loaded.
let validator: ValidateFunction | undefined;
function validate(): ValidateFunction {
  validator ??= new Ajv({ allErrors: true, verbose: true, strict: true }).compile(DATASET_SCHEMA);
  return validator;
}

/** Validates parsed JSON as a dataset. The dataset returned is the same object, not a copy. */
export function parseDataset(json: unknown): LoadResult {
  const check = validate();
  if (check(json)) return { ok: true, dataset: json as unknown as Dataset };
  return { ok: false, problems: describeErrors(check.errors ?? []) };
}

/** Parses a dataset file's text; `fileName` names the file in syntax messages. */
export function parseDatasetText(text: string, fileName: string): LoadResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // Notepad's UTF-8 BOM
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    const where = findJsonSyntaxError(body);
    const message = where
      ? where.reason === EMPTY_FILE
        ? `${fileName}：${EMPTY_FILE}，不是 JSON 数据`
        : `${fileName} 第 ${where.line} 行第 ${where.column} 列：JSON 格式错误，${where.reason}`
      : `${fileName}：JSON 格式错误（${e instanceof Error ? e.message : String(e)}）`;
    return { ok: false, problems: [{ path: "", message }] };
  }
  return parseDataset(json);
}

// ---- Ajv errors → Chinese ------------------------------------------------------------------

const TYPE_NAMES: Record<string, string> = {
  string: "文本",
  number: "数字",
  integer: "整数",
  boolean: "布尔值（true 或 false）",
  array: "数组 [ … ]",
  object: "对象 { … }",
  null: "null",
};

function describeValue(v: unknown): string {
  if (v === null) return "空值 null";
  if (typeof v === "string") return `文本“${v.length > 40 ? v.slice(0, 40) + "…" : v}”`;
  if (typeof v === "number") return `数字 ${v}`;
  if (typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return "数组";
  return "对象";
}

function quoted(v: unknown): string {
  return typeof v === "string" ? `“${v}”` : describeValue(v);
}

function segments(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function pointerOf(segs: string[]): string {
  return "/" + segs.map((s) => s.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
}

/** Which kind of object (for labels) lives at these path segments. */
function objectKind(segs: string[]): string {
  if (segs.length === 0) return "dataset";
  if (segs.length <= 2) return segs[0]; // /calendar, /rules, /tasks/3
  if (segs[0] === "rules" && segs.length === 3) return segs[1]; // /rules/grades/0
  return "";
}

/** Whether the field the error is about is optional in its object (for "omit it" hints). */
function isOptionalField(err: ErrorObject): boolean {
  const s = err.schemaPath.replace(/^#\//, "").split("/");
  const at = s.lastIndexOf("properties");
  if (at < 0 || at + 1 >= s.length) return false;
  let node: unknown = DATASET_SCHEMA;
  for (const key of s.slice(0, at)) node = (node as Record<string, unknown>)?.[key];
  const required = (node as { required?: string[] } | undefined)?.required ?? [];
  return !required.includes(s[at + 1]);
}

function messageFor(err: ErrorObject): { path: string; text: string } {
  const segs = segments(err.instancePath);
  const path = segs.length === 0 ? "/" : pointerOf(segs);
  const data = err.data;
  const omitHint =
    (data === null || data === "") && isOptionalField(err) ? "；不填时请省略该字段" : "";
  switch (err.keyword) {
    case "required": {
      const field = String(err.params.missingProperty);
      const label = fieldLabel(objectKind(segs), field);
      return { path, text: `缺少必填字段 ${field}${label !== field ? `（${label}）` : ""}` };
    }
    case "additionalProperties": {
      const field = String(err.params.additionalProperty);
      const known = Object.keys((err.parentSchema as { properties?: object })?.properties ?? {});
      return {
        path: pointerOf([...segs, field]),
        text: `未知字段“${field}”，请检查拼写或删除；可用字段：${known.join("、")}`,
      };
    }
    case "type": {
      const expected = String(err.params.type)
        .split(",")
        .map((t) => TYPE_NAMES[t] ?? t)
        .join("或");
      if (segs.length === 0)
        return { path, text: `数据应为 JSON 对象 { … }，实际为${describeValue(data)}` };
      if ((err.parentSchema as { pattern?: string } | undefined)?.pattern === DATE_PATTERN) {
        // An Excel serial or 20261008 exported as a number: show the text it should be.
        const parsed = parseDate(data);
        const hint = parsed.ok ? `（应写作 "${parsed.date}"）` : omitHint;
        return {
          path,
          text: `日期应写成 "YYYY-MM-DD" 格式的文本，实际为${describeValue(data)}${hint}`,
        };
      }
      return { path, text: `应为${expected}，实际为${describeValue(data)}${omitHint}` };
    }
    case "pattern": {
      if (err.params.pattern === DATE_PATTERN) {
        const parsed = parseDate(data);
        const hint = parsed.ok && parsed.date !== data ? `（应写作 ${parsed.date}）` : omitHint;
        return { path, text: `日期应写成 YYYY-MM-DD，实际为${quoted(data)}${hint}` };
      }
      if (err.params.pattern === MONTH_PATTERN) {
        return { path, text: `月份应写成 YYYY-MM（如 2026-10），实际为${quoted(data)}` };
      }
      return { path, text: `格式不正确，实际为${quoted(data)}` };
    }
    case "enum": {
      const allowed = (err.params.allowedValues as unknown[]).map(String).join("、");
      return { path, text: `应为 ${allowed} 之一，实际为${quoted(data)}${omitHint}` };
    }
    case "minimum":
    case "maximum":
      return {
        path,
        text: `应${err.keyword === "minimum" ? "不小于" : "不大于"} ${String(err.params.limit)}，实际为 ${String(data)}`,
      };
    default:
      return { path, text: err.message ?? "不符合数据格式" };
  }
}

function describeErrors(errors: ErrorObject[]): LoadProblem[] {
  // A value of the wrong type also fails its pattern/enum: say only the type.
  const typeFailed = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  const seen = new Set<string>();
  const problems: LoadProblem[] = [];
  for (const err of errors) {
    if (err.keyword !== "type" && typeFailed.has(err.instancePath)) continue;
    const { path, text } = messageFor(err);
    const message = `${path}：${text}`;
    if (seen.has(message)) continue;
    seen.add(message);
    problems.push({ path, message });
  }
  return problems;
}

// ---- Where a text stops being JSON -----------------------------------------------------
// JSON.parse's messages are English and differ between engines (V8, SpiderMonkey…); a small
// scanner gives the same answer everywhere and can name the mistakes Chinese users actually
// make: full-width punctuation (，：“”), a trailing comma, single quotes, comments.

const EMPTY_FILE = "文件是空的";

interface JsonSyntaxError {
  /** UTF-16 offset of the offending character */
  offset: number;
  line: number;
  column: number;
  reason: string;
}

const FULL_WIDTH: Record<string, string> = {
  "，": ",",
  "：": ":",
  "“": '"',
  "”": '"',
  "‘": "'",
  "’": "'",
  "［": "[",
  "］": "]",
  "｛": "{",
  "｝": "}",
  "【": "[",
  "】": "]",
};

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string
  ) {}
}

/** The first syntax error of `text`, or null when it is valid JSON. */
function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;

  const fail = (reason: string, at = i): never => {
    throw new Stop(at, reason);
  };
  const skipSpace = () => {
    while (i < text.length) {
      const c = text[i];
      if (c === " " || c === "\t" || c === "\n" || c === "\r") i++;
      else if (c === "/" && (text[i + 1] === "/" || text[i + 1] === "*"))
        fail("JSON 不支持注释，请删除");
      else if (c === "\u3000" || c === "\u00a0") fail("这里有全角空格或不间断空格，请改为普通空格");
      else break;
    }
  };
  const found = (): string => {
    if (i >= text.length) return "文件结尾";
    const c = text[i];
    return `“${c}”`;
  };
  const unexpected = (expected: string): never => {
    if (i >= text.length) fail(`文件意外结束，${expected}（是否缺少 } 或 ]？）`);
    const c = text[i];
    if (FULL_WIDTH[c]) fail(`这里用了中文标点“${c}”，JSON 须用英文标点“${FULL_WIDTH[c]}”`);
    if (c === "'") fail('JSON 的文本须用英文双引号 " 括起来，不能用单引号');
    return fail(`${expected}，实际为${found()}`);
  };

  const value = (): void => {
    skipSpace();
    const c = text[i];
    if (c === "{") return object();
    if (c === "[") return array();
    if (c === '"') return string();
    if (c === "-" || (c >= "0" && c <= "9")) return number();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    unexpected("这里应为一个值（文本、数字、true、false、null、对象或数组）");
  };

  const object = (): void => {
    i++; // {
    skipSpace();
    if (text[i] === "}") {
      i++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] === "}") fail("最后一项后面多了逗号“,”，请删除");
      if (text[i] !== '"') unexpected("属性名须用英文双引号括起来");
      string();
      skipSpace();
      if (text[i] !== ":") unexpected("属性名后应为冒号“:”");
      i++;
      value();
      skipSpace();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === "}") {
        i++;
        return;
      }
      unexpected("这里应为逗号“,”或右花括号“}”");
    }
  };

  const array = (): void => {
    i++; // [
    skipSpace();
    if (text[i] === "]") {
      i++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] === "]") fail("最后一项后面多了逗号“,”，请删除");
      value();
      skipSpace();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === "]") {
        i++;
        return;
      }
      unexpected("这里应为逗号“,”或右方括号“]”");
    }
  };

  const string = (): void => {
    const start = i;
    i++; // "
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i++;
        return;
      }
      if (c === "\\") {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail("\\u 后应为 4 位十六进制数");
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          i += 2;
        } else {
          fail(`无效的转义符“\\${e ?? ""}”（反斜杠本身要写成 \\\\）`);
        }
        continue;
      }
      if (c < " ") fail("文本中不能直接换行或含控制字符，换行请写成 \\n");
      i++;
    }
    fail("文本缺少结尾的英文双引号", start);
  };

  const number = (): void => {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400));
    if (!m) return fail("数字格式不正确");
    const after = text[i + m[0].length];
    if (after !== undefined && /[0-9.eE]/.test(after))
      fail("数字格式不正确（不能以 0 开头，小数点后须有数字）");
    i += m[0].length;
  };

  try {
    skipSpace();
    if (i >= text.length) fail(EMPTY_FILE);
    value();
    skipSpace();
    if (i < text.length) unexpected("JSON 已经结束，后面不应再有内容");
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) return null; // e.g. nesting too deep for the stack: use the engine's message
    return { offset: e.offset, ...lineColumn(text, e.offset), reason: e.reason };
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text[k] === "\n") {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
