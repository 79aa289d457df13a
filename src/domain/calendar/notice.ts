// Reads the State Council's yearly notice (国务院办公厅关于 YYYY 年部分节假日安排的通知) into the
// days it gives off (放假, 补休) and the weekend days it makes working days (上班). Every phrasing
// used from 2008 to 2026 is read: 星期X and 周X, ranges across months and years ("5月31日至
// 6月2日", "2018年12月30日至2019年1月1日"), ranges within a month ("2月10日至17日"), lists that
// carry the month ("9月19日、25日"), 放假1天/不调休, 补休, 与周末连休, 农历 remarks, and the
// 2008–2009 "其中……公休日调至……" explanations. Text pasted from a web page is accepted with
// ASCII or full-width punctuation and stray spaces or line breaks.
//
// Never half-read: the text is refused, with the sentence quoted, when it is not such a notice,
// when a holiday its opening sentence announces has no item (a truncated copy), when a sentence
// names a date it neither classifies nor recognises as an explanation of classified days or as
// advice (2024's "鼓励……在除夕（2月9日）休息" leaves 2024-02-09 a working day), or when a
// weekday remark contradicts its date.

import type { ISODate } from "../types";
import { addDays, formatYmd, isISODate, weekday } from "../dates";

export type NoticeDayKind = "放假" | "上班";

export interface NoticeDay {
  date: ISODate;
  kind: NoticeDayKind;
  /** the holiday of the notice's item, e.g. "春节" or "中秋节、国庆节" */
  holiday: string;
}

export interface ParsedNotice {
  year: number;
  /** every day off the notice gives (weekend days inside a range included), ascending */
  holidays: ISODate[];
  /** every 上班 day, ascending */
  workdays: ISODate[];
  /** holidays and workdays with the item they come from, ascending */
  days: NoticeDay[];
  /** sentences read as advice (鼓励……), which change no day */
  advisory: string[];
}

export type NoticeProblem =
  | "empty"
  | "not-a-notice"
  | "year-mismatch"
  | "missing-item"
  | "item-without-days"
  | "unaccounted-date"
  | "weekday-mismatch"
  | "conflict"
  | "out-of-range";

export type NoticeParse =
  | { ok: true; notice: ParsedNotice }
  | { ok: false; problem: NoticeProblem; message: string; sentence?: string };

/** The seven holidays of 《全国年节及纪念日放假办法》, by the characters their names share. */
const HOLIDAY_KEYS = ["元旦", "春节", "清明", "劳动", "端午", "中秋", "国庆"];

const NUMERALS = "一二三四五六七八九十";
const WEEKDAY_CHARS = "一二三四五六日天";

const ADVICE = /鼓励|倡导|提倡|建议/;
/** Explanations of days the notice classifies elsewhere (2008–2009 style). */
const EXPLAIN = /其中|调至|照常公休|为公休日|法定节假日|法定假日/;
const WORK = /上班/;
const REST = /放假|补休|休息/;
/** Characters between two dates that make them a range. */
const RANGE = /^(?:至|到|-|—|–|~|～|－)$/;

const DATE_RE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^()]*)\))?/g;

interface DateToken {
  y?: number;
  m?: number;
  d: number;
  remark?: string;
  start: number;
  end: number;
}

class Refusal extends Error {
  constructor(
    readonly problem: NoticeProblem,
    message: string,
    readonly sentence?: string
  ) {
    super(message);
  }
}

/** Full-width forms to ASCII (NFKC), every whitespace removed: Chinese text has no word spaces. */
export function normalizeNoticeText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, "")
    .replace(/[〈<《]/g, "《")
    .replace(/[〉>》]/g, "》");
}

export function parseNotice(text: string): NoticeParse {
  try {
    return { ok: true, notice: readNotice(text) };
  } catch (e) {
    if (e instanceof Refusal) {
      return e.sentence === undefined
        ? { ok: false, problem: e.problem, message: e.message }
        : { ok: false, problem: e.problem, message: e.message, sentence: e.sentence };
    }
    throw e;
  }
}

interface Item {
  name: string;
  body: string;
}

function readNotice(raw: string): ParsedNotice {
  const text = normalizeNoticeText(raw);
  if (text === "")
    throw new Refusal("empty", "没有内容：请粘贴国务院办公厅关于节假日安排的通知全文");
  const year = noticeYear(text);

  // Items start at "一、元旦" … "七、国庆节"; the text before the first is the preamble.
  // (a marker follows a sentence end or a colon: "（星期五、“五一”国际劳动节）" is no item)
  const headRe = new RegExp(
    `(^|[。:;])[${NUMERALS}]{1,2}、(?=[^。(]{0,12}?(?:${HOLIDAY_KEYS.join("|")}|五一|十一))`,
    "g"
  );
  const starts: number[] = [];
  for (let m = headRe.exec(text); m; m = headRe.exec(text)) starts.push(m.index + m[1].length);
  if (starts.length === 0) {
    throw new Refusal(
      "not-a-notice",
      "这段文字里没有“一、元旦：……”这样的放假安排条目，不是节假日安排通知"
    );
  }
  const preamble = text.slice(0, starts[0]);
  const items: Item[] = starts.map((s, i) => {
    const chunk = text.slice(s, i + 1 < starts.length ? starts[i + 1] : undefined);
    // "一、2018年元旦：1月1日……": a year before the name is part of the heading
    const afterMark = chunk.replace(/^[^、]+、/, "").replace(/^\d{4}年(?=\D)/, "");
    const m = /^([^:0-9]*?)(?::|(?=\d))/.exec(afterMark);
    const name = m ? m[1] : afterMark.slice(0, 8);
    return { name, body: m ? afterMark.slice(m[0].length) : afterMark };
  });

  checkPreamble(preamble, year);
  checkAnnounced(preamble, items);

  const rest = new Map<ISODate, NoticeDay>();
  const work = new Map<ISODate, NoticeDay>();
  const explained: Array<{ date: ISODate; sentence: string }> = [];
  const advisory: string[] = [];

  items.forEach((item, idx) => {
    const last = idx === items.length - 1;
    let daysOff = 0;
    for (const sentence of splitSentences(item.body)) {
      if (last && isSignature(sentence)) continue;
      const tokens = dateTokens(sentence);
      if (tokens.length === 0) continue;
      if (ADVICE.test(sentence)) {
        advisory.push(sentence);
        continue;
      }
      daysOff += readSentence(sentence, tokens, year, item.name, rest, work, explained);
    }
    if (daysOff === 0) {
      throw new Refusal(
        "item-without-days",
        `“${item.name}”一项没有写放假日期，通知可能不完整`,
        `${NUMERALS[idx] ?? ""}、${item.name}：${item.body.slice(0, 40)}`
      );
    }
  });

  for (const e of explained) {
    if (!rest.has(e.date) && !work.has(e.date)) {
      throw new Refusal(
        "unaccounted-date",
        `这句话提到 ${e.date}，但通知中没有说明这一天放假还是上班，无法完整读取`,
        e.sentence
      );
    }
  }
  for (const d of work.keys()) {
    if (rest.has(d)) throw new Refusal("conflict", `${d} 在通知中既是放假日又是上班日，无法读取`);
  }
  for (const d of [...rest.keys(), ...work.keys()]) {
    const y = +d.slice(0, 4);
    if (y < year - 1 || y > year + 1)
      throw new Refusal(
        "out-of-range",
        `${d} 不在 ${year} 年前后，这不像是 ${year} 年的节假日安排`
      );
  }

  const days = [...rest.values(), ...work.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  return {
    year,
    holidays: [...rest.keys()].sort(),
    workdays: [...work.keys()].sort(),
    days,
    advisory,
  };
}

/** The year from the title ("关于2026年部分节假日安排") or the opening ("现将2026年元旦、……"). */
function noticeYear(text: string): number {
  const title = /关于(\d{4})年部分节假日安排/.exec(text);
  const opening = /现将(\d{4})年[^。]*?放假调休日期/.exec(text);
  if (!title && !opening) {
    throw new Refusal(
      "not-a-notice",
      "这段文字不是国务院办公厅关于节假日安排的通知：没有“关于YYYY年部分节假日安排”或“现将YYYY年……放假调休日期的具体安排通知如下”"
    );
  }
  if (title && opening && title[1] !== opening[1]) {
    throw new Refusal(
      "year-mismatch",
      `标题是 ${title[1]} 年，正文却是 ${opening[1]} 年的安排，无法确定年份`
    );
  }
  return +(title ?? opening)![1];
}

/** Dates in the preamble are allowed only as effective dates of a rule ("自2025年1月1日起"). */
function checkPreamble(preamble: string, year: number): void {
  for (const sentence of splitSentences(preamble)) {
    for (const t of dateTokens(sentence)) {
      const before = sentence.slice(Math.max(0, t.start - 1), t.start);
      const after = sentence.slice(t.end, t.end + 1);
      if (before === "自" && after === "起") continue;
      throw new Refusal(
        "unaccounted-date",
        `通知开头这句话提到了 ${year} 年的具体日期，但不是放假安排条目，无法确定其含义`,
        sentence
      );
    }
  }
}

/** Every holiday the opening sentence announces must have its item (else the copy is truncated). */
function checkAnnounced(preamble: string, items: Item[]): void {
  const list = /现将\d{4}年([^。]*?)放假调休日期/.exec(preamble);
  const announced = list
    ? HOLIDAY_KEYS.filter((k) => list[1].includes(k) || (k === "劳动" && list[1].includes("五一")))
    : HOLIDAY_KEYS;
  const named = items.map((i) => i.name.replace("五一", "劳动").replace("十一", "国庆")).join("、");
  const missing = announced.filter((k) => !named.includes(k));
  if (missing.length > 0) {
    const full = (k: string) => (k === "元旦" || k === "春节" ? k : `${k}节`);
    throw new Refusal(
      "missing-item",
      `通知不完整：开头列出的${missing.map(full).join("、")}没有放假安排条目（是否只复制了一部分？）`
    );
  }
}

function splitSentences(body: string): string[] {
  return body
    .split(/[。;]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** "国务院办公厅" with or without its date closes the notice. */
function isSignature(sentence: string): boolean {
  return /^(?:节假日期间[^]*)?国务院办公厅(?:\d{4}年\d{1,2}月\d{1,2}日)?$/.test(sentence);
}

function dateTokens(sentence: string): DateToken[] {
  const out: DateToken[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(sentence); m; m = DATE_RE.exec(sentence)) {
    // "星期日" and "周日" end in 日 but are not dates: the regex needs digits before 日
    out.push({
      ...(m[1] ? { y: +m[1] } : {}),
      ...(m[2] ? { m: +m[2] } : {}),
      d: +m[3],
      ...(m[4] !== undefined ? { remark: m[4] } : {}),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

/** 1 = Monday … 7 = Sunday, from "星期六" / "周日" inside a remark; undefined when none. */
function remarkWeekday(remark: string | undefined): number | undefined {
  const m = remark ? /(?:星期|周)([一二三四五六日天])/.exec(remark) : null;
  if (!m) return undefined;
  const i = WEEKDAY_CHARS.indexOf(m[1]);
  return i >= 6 ? 7 : i + 1;
}

/**
 * Resolves the sentence's dates: a date without a month takes the previous date's month and
 * year ("9月19日、25日", "2月10日至17日"); one without a year takes the notice's year, or the
 * year before or after when only that fits its weekday remark ("12月29日（星期六）" in the 2008
 * notice is 2007-12-29).
 */
function resolveDates(tokens: DateToken[], year: number, sentence: string): ISODate[] {
  const out: ISODate[] = [];
  let prev: { y: number; m: number } | undefined;
  for (const t of tokens) {
    let y: number;
    let m: number;
    if (t.m === undefined) {
      if (!prev)
        throw new Refusal("unaccounted-date", `“${t.d}日”没有月份，无法确定日期`, sentence);
      y = t.y ?? prev.y;
      m = prev.m;
    } else {
      m = t.m;
      const wd = remarkWeekday(t.remark);
      if (t.y !== undefined) y = t.y;
      else if (wd === undefined) y = year;
      else {
        // only December may belong to the year before, only January to the year after
        const candidates = [year, ...(m === 12 ? [year - 1] : []), ...(m === 1 ? [year + 1] : [])];
        const fit = candidates.find((c) => {
          const iso = formatYmd(c, m, t.d);
          return isISODate(iso) && weekday(iso) === wd;
        });
        y = fit ?? year;
      }
    }
    const iso = formatYmd(y, m, t.d);
    if (!isISODate(iso))
      throw new Refusal("unaccounted-date", `${y}年${m}月${t.d}日不是有效日期`, sentence);
    const wd = remarkWeekday(t.remark);
    if (wd !== undefined && weekday(iso) !== wd) {
      throw new Refusal(
        "weekday-mismatch",
        `${iso} 不是括号里写的“${t.remark}”：日期或年份有误`,
        sentence
      );
    }
    out.push(iso);
    prev = { y, m };
  }
  return out;
}

/**
 * Classifies the dates of one sentence clause by clause (split at commas and colons). A clause
 * with dates but no verb ("4月4日（清明节），为法定节假日") takes the verb of the next clause.
 * Ranges ("至", "—") cover every day between their ends.
 */
function readSentence(
  sentence: string,
  tokens: DateToken[],
  year: number,
  holiday: string,
  rest: Map<ISODate, NoticeDay>,
  work: Map<ISODate, NoticeDay>,
  explained: Array<{ date: ISODate; sentence: string }>
): number {
  let daysOff = 0;
  const dates = resolveDates(tokens, year, sentence);
  // groups of token indices, a range being one group of two
  type Group = { from: ISODate; to: ISODate; end: number; start: number };
  const groups: Group[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const between = i + 1 < tokens.length ? sentence.slice(tokens[i].end, tokens[i + 1].start) : "";
    if (RANGE.test(between)) {
      let to = dates[i + 1];
      if (to < dates[i]) to = formatYmd(+to.slice(0, 4) + 1, +to.slice(5, 7), +to.slice(8, 10));
      groups.push({ from: dates[i], to, start: tokens[i].start, end: tokens[i + 1].end });
      i++;
    } else
      groups.push({ from: dates[i], to: dates[i], start: tokens[i].start, end: tokens[i].end });
  }
  // clause boundaries: commas and colons outside the dates' own remarks
  const masked = maskRemarks(sentence, tokens);
  const bounds: number[] = [];
  for (let i = 0; i < masked.length; i++)
    if (masked[i] === "," || masked[i] === ":") bounds.push(i);
  bounds.push(sentence.length);
  let pending: Group[] = [];
  let clauseStart = 0;
  for (const b of bounds) {
    const clause = masked.slice(clauseStart, b);
    const inClause = groups.filter((g) => g.start >= clauseStart && g.start < b);
    pending.push(...inClause);
    clauseStart = b + 1;
    const kind = EXPLAIN.test(clause)
      ? "explain"
      : WORK.test(clause)
        ? "上班"
        : REST.test(clause)
          ? "放假"
          : undefined;
    if (kind === undefined) continue;
    for (const g of pending) {
      for (let d = g.from; d <= g.to; d = addDays(d, 1)) {
        if (kind === "explain") explained.push({ date: d, sentence });
        else {
          (kind === "上班" ? work : rest).set(d, { date: d, kind, holiday });
          if (kind === "放假") daysOff++;
        }
      }
    }
    pending = [];
  }
  if (pending.length > 0) {
    throw new Refusal(
      "unaccounted-date",
      `这句话提到的日期没有说明是放假还是上班，无法完整读取（通知是否不完整？）`,
      sentence
    );
  }
  return daysOff;
}

/** The sentence with the dates' remarks blanked, so their commas do not split clauses. */
function maskRemarks(sentence: string, tokens: DateToken[]): string {
  let out = sentence;
  for (const t of tokens) {
    const open = sentence.indexOf("(", t.start);
    if (open === -1 || open >= t.end) continue;
    out = out.slice(0, open) + " ".repeat(t.end - open) + out.slice(t.end);
  }
  // other parentheses ("（即农历除夕至正月初六）") hold no clause boundary either
  return out.replace(/\([^()]*\)/g, (m) => " ".repeat(m.length));
}
