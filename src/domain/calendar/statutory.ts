// The statutory holidays of 《全国年节及纪念日放假办法》, the base of a provisional (暂定) year: a
// year for which neither the shipped State Council data nor an imported notice exists. The 2024
// revision (from 2025): 元旦 1月1日; 春节 农历除夕至正月初三; 清明 the solar term's day; 劳动节
// 5月1日–2日; 端午 农历五月初五; 中秋 农历八月十五; 国庆 10月1日–3日. Before 2025 the 2013
// revision (春节 正月初一至初三, 劳动节 5月1日). No 调休: the notice alone moves weekends.

import type { ISODate } from "../types";
import { addDays, formatYmd } from "../dates";
import { LUNAR_DAYS } from "./lunar";

const cache = new Map<number, ReadonlyMap<ISODate, string>>();

/**
 * date → holiday name of the year's statutory days off. A year outside the generated lunar table
 * (2000–2099) gets only the solar-fixed days (元旦, 劳动节, 国庆节).
 */
export function statutoryHolidays(year: number): ReadonlyMap<ISODate, string> {
  const hit = cache.get(year);
  if (hit) return hit;
  const out = new Map<ISODate, string>();
  const revised = year >= 2025;
  out.set(formatYmd(year, 1, 1), "元旦");
  const lunar = LUNAR_DAYS[year]?.split(" ");
  if (lunar) {
    const day = (mmdd: string) => formatYmd(year, +mmdd.slice(0, 2), +mmdd.slice(2, 4));
    const eve = day(lunar[0]);
    for (let i = revised ? 0 : 1; i <= 3; i++) out.set(addDays(eve, i), "春节");
    out.set(day(lunar[1]), "清明节");
    out.set(day(lunar[2]), "端午节");
    out.set(day(lunar[3]), "中秋节");
  }
  out.set(formatYmd(year, 5, 1), "劳动节");
  if (revised) out.set(formatYmd(year, 5, 2), "劳动节");
  for (let d = 1; d <= 3; d++) out.set(formatYmd(year, 10, d), "国庆节");
  cache.set(year, out);
  return out;
}
