// Finds where and why a text is not JSON, in Chinese. JSON.parse's messages are English and
// differ between engines (V8, SpiderMonkey…); a small scanner gives the same answer everywhere,
// and can name the mistakes Chinese users actually make: full-width punctuation (，：“”),
// a trailing comma, single quotes, comments.

export interface JsonSyntaxError {
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
    readonly reason: string,
  ) {}
}

/** The first syntax error of `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;

  const fail = (reason: string, at = i): never => {
    throw new Stop(at, reason);
  };
  const skipSpace = () => {
    while (i < text.length) {
      const c = text[i];
      if (c === " " || c === "\t" || c === "\n" || c === "\r") i++;
      else if (c === "/" && (text[i + 1] === "/" || text[i + 1] === "*")) fail("JSON 不支持注释，请删除");
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
    if (c === "'") fail("JSON 的文本须用英文双引号 \" 括起来，不能用单引号");
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
    if (after !== undefined && /[0-9.eE]/.test(after)) fail("数字格式不正确（不能以 0 开头，小数点后须有数字）");
    i += m[0].length;
  };

  try {
    skipSpace();
    if (i >= text.length) fail("文件是空的");
    value();
    skipSpace();
    if (i < text.length) unexpected("JSON 已经结束，后面不应再有内容");
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
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
