// Calendar dates as `YYYY-MM-DD` strings, with pure integer arithmetic: no local-time Date is
// ever consulted, so no time zone can shift a day.

import type { ISODate } from "./types";

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1];
}

function validYmd(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

export function formatYmd(y: number, m: number, d: number): ISODate {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** The number written by s[from..to), or -1 when a character there is not a digit. */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** A valid calendar date written exactly `YYYY-MM-DD`. (No regex: every calendar query of the
 * scoring loop validates its dates.) */
export function isISODate(s: unknown): s is string {
  if (typeof s !== "string" || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45)
    return false;
  const y = digitsAt(s, 0, 4);
  return y >= 0 && validYmd(y, digitsAt(s, 5, 7), digitsAt(s, 8, 10));
}

function assertISODate(d: ISODate): void {
  if (!isISODate(d)) throw new RangeError(`不是 YYYY-MM-DD 格式的有效日期：${String(d)}`);
}

/** Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's days_from_civil). */
export function toDayNumber(d: ISODate): number {
  assertISODate(d);
  return daysFromCivil(+d.slice(0, 4), +d.slice(5, 7), +d.slice(8, 10));
}

function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): ISODate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return formatYmd(y, m, d);
}

export function addDays(d: ISODate, n: number): ISODate {
  return fromDayNumber(toDayNumber(d) + n);
}

/** Calendar days from a to b (negative when b is earlier). */
export function daysBetween(a: ISODate, b: ISODate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 1 = Monday … 7 = Sunday. */
export function weekday(d: ISODate): number {
  // Day 0 (1970-01-01) was a Thursday.
  return ((((toDayNumber(d) + 3) % 7) + 7) % 7) + 1;
}

export function compareDates(a: ISODate, b: ISODate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: ISODate, b: ISODate): ISODate {
  return a <= b ? a : b;
}

export function maxDate(a: ISODate, b: ISODate): ISODate {
  return a >= b ? a : b;
}

/** `YYYY-MM` of a date. */
export function monthOf(d: ISODate): string {
  return d.slice(0, 7);
}

export function isMonthKey(s: unknown): s is string {
  return typeof s === "string" && MONTH_RE.test(s);
}

function assertMonthKey(m: string): void {
  if (!isMonthKey(m)) throw new RangeError(`不是 YYYY-MM 格式的月份：${String(m)}`);
}

export function monthStart(m: string): ISODate {
  assertMonthKey(m);
  return `${m}-01`;
}

export function monthEnd(m: string): ISODate {
  assertMonthKey(m);
  return `${m}-${pad(daysInMonth(+m.slice(0, 4), +m.slice(5, 7)), 2)}`;
}

// Excel's 1900 date system: serial 1 = 1900-01-01, and serial 60 is the 1900-02-29 that never
// existed (kept by Excel for Lotus 1-2-3 compatibility), so serials from 61 on are one day "late".
const EXCEL_MAX_SERIAL = 2958465; // 9999-12-31
const SERIAL_OF_EPOCH = 25569; // 1970-01-01

export function excelSerialToISO(serial: number): ISODate {
  const s = Math.floor(serial);
  if (!Number.isFinite(serial) || s < 1 || s > EXCEL_MAX_SERIAL) {
    throw new RangeError(`Excel 日期序号超出范围：${serial}`);
  }
  if (s === 60) throw new RangeError("Excel 日期序号 60 是不存在的 1900-02-29");
  return fromDayNumber(s - SERIAL_OF_EPOCH + (s < 60 ? 1 : 0));
}

export function isoToExcelSerial(d: ISODate): number {
  const n = toDayNumber(d);
  const serial = n + SERIAL_OF_EPOCH;
  if (serial < 61) {
    if (serial - 1 < 1) throw new RangeError(`Excel 无法表示 1900-01-01 之前的日期：${d}`);
    return serial - 1;
  }
  return serial;
}

/** ExcelJS gives date cells as a Date at UTC midnight of the nominal day: read UTC fields only. */
export function dateToISO(d: Date): ISODate {
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) throw new RangeError("无效的日期对象");
  return formatYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export type DateParse = { ok: true; date: ISODate } | { ok: false; message: string };

const EXAMPLE = "请写成 2026-11-03 这样的日期";
const MIN_YEAR = 1900; // Excel's first year: a date the workbook cannot hold is a typo
const MAX_YEAR = 9999;

function invalid(text: string): DateParse {
  return { ok: false, message: `“${text}”不是有效日期，${EXAMPLE}` };
}

function fromParts(text: string, y: number, m: number, d: number): DateParse {
  if (y < MIN_YEAR || y > MAX_YEAR || !validYmd(y, m, d)) return invalid(text);
  return { ok: true, date: formatYmd(y, m, d) };
}

/** Full-width digits and punctuation (Chinese IME) and dash look-alikes to ASCII. */
function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\u3002/g, "."); // 。 typed for a dot
}

const YMD_RE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const CN_YMD_RE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
const CN_MD_RE = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
const SLASH_MD_RE = /^(\d{1,2})\/(\d{1,2})$/;
// `20261103`: accepted. Clerks often type dates this way, and it cannot be mistaken for an
// Excel serial: serials stop at 2958465 (9999-12-31), the smallest YYYYMMDD is 19000101.
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * A date as people type or Excel stores it. Accepted: a Date (its UTC day), an Excel serial
 * number (time fraction dropped), an 8-digit YYYYMMDD number or string, and the strings
 * `2026-11-03`, `2026-11-3`, `2026/11/3`, `2026.11.3`, `2026年11月3日` (or 号, or no 日),
 * and — with ctx.year — `11月3日` and `11/3`; full-width digits and punctuation, surrounding
 * spaces. A numeric string such as `46329` is NOT read as a serial: text that looks like a
 * number in a date cell is a typing mistake, not a date.
 */
export function parseDate(input: unknown, ctx?: { year?: number }): DateParse {
  if (input === null || input === undefined) return { ok: false, message: "日期为空" };
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return { ok: false, message: `不是有效日期，${EXAMPLE}` };
    const iso = dateToISO(input);
    return fromParts(iso, +iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));
  }
  if (typeof input === "number") return parseNumber(input);
  if (typeof input !== "string")
    return { ok: false, message: `“${String(input)}”不是日期，${EXAMPLE}` };

  const text = input.trim();
  if (text === "") return { ok: false, message: "日期为空" };
  const s = toHalfWidth(text);

  let m = YMD_RE.exec(s);
  if (m) return fromParts(text, +m[1], +m[3], +m[4]);
  m = CN_YMD_RE.exec(s);
  if (m) return fromParts(text, +m[1], +m[2], +m[3]);
  m = COMPACT_RE.exec(s);
  if (m) return fromParts(text, +m[1], +m[2], +m[3]);
  m = CN_MD_RE.exec(s) ?? SLASH_MD_RE.exec(s);
  if (m) {
    const year = ctx?.year;
    if (year === undefined || !Number.isInteger(year)) {
      return {
        ok: false,
        message: `“${text}”没有写年份，请写成 2026-11-03 或 2026年11月3日 这样的完整日期`,
      };
    }
    return fromParts(text, year, +m[1], +m[2]);
  }
  return invalid(text);
}

function parseNumber(n: number): DateParse {
  if (Number.isFinite(n)) {
    if (Number.isInteger(n) && n >= 19000101 && n <= 99991231) {
      return fromParts(String(n), Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
    }
    const s = Math.floor(n);
    if (s >= 1 && s <= EXCEL_MAX_SERIAL && s !== 60) return { ok: true, date: excelSerialToISO(n) };
  }
  return invalid(String(n));
}

export type MonthParse = { ok: true; month: string } | { ok: false; message: string };

const MONTH_FORMS = [
  /^(\d{4})\s*[-/.]\s*(\d{1,2})$/, // 2026-11, 2026-1, 2026/11, 2026.11
  /^(\d{4})\s*年\s*(\d{1,2})\s*月?(份)?$/, // 2026年11月, 2026年11月份
  /^(\d{4})(\d{2})$/, // 202611
];

/**
 * A month as people type it: `2026-11`, `2026-1`, `2026/11`, `2026.11`, `2026年11月`,
 * `202611`, full-width digits and punctuation (`２０２６－１１`); gives `YYYY-MM`.
 */
export function parseMonth(input: string): MonthParse {
  const text = input.trim();
  const s = toHalfWidth(text);
  for (const re of MONTH_FORMS) {
    const m = re.exec(s);
    if (!m) continue;
    const y = +m[1];
    const mo = +m[2];
    if (y >= MIN_YEAR && y <= MAX_YEAR && mo >= 1 && mo <= 12) {
      return { ok: true, month: `${y}-${pad(mo, 2)}` };
    }
    break;
  }
  return { ok: false, message: `“${text}”不是月份，请写成 2026-11 或 2026年11月` };
}
