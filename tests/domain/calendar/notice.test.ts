// The State Council notice parser on the real notices of 2009–2026, each compared day by day with
// the shipped State Council data, and its refusals: truncated copies, other documents, and
// sentences it cannot account for.

import * as fs from "fs";
import * as path from "path";
import { Calendar } from "../../../src/domain/calendar";
import { parseNotice, type ParsedNotice } from "../../../src/domain/calendar/notice";
import { addDays, formatYmd, weekday } from "../../../src/domain/dates";

const dir = path.join(__dirname, "..", "..", "fixtures", "calendar-notices");
const files = fs.readdirSync(dir).filter((f) => /^\d{4}\.txt$/.test(f));
const texts = new Map(
  files.map((f) => [+f.slice(0, 4), fs.readFileSync(path.join(dir, f), "utf8")])
);

function parsed(year: number): ParsedNotice {
  const r = parseNotice(texts.get(year)!);
  if (!r.ok) throw new Error(`${year}: ${r.message} ${r.sentence ?? ""}`);
  return r.notice;
}

/** Days of `year` whose working/rest status differs between the notices and the shipped data. */
function differences(year: number, notices: ParsedNotice[]): string[] {
  const rest = new Set(notices.flatMap((n) => n.holidays));
  const work = new Set(notices.flatMap((n) => n.workdays));
  const shipped = new Calendar();
  const out: string[] = [];
  for (let d = formatYmd(year, 1, 1); d <= formatYmd(year, 12, 31); d = addDays(d, 1)) {
    const fromNotice = work.has(d) || (!rest.has(d) && weekday(d) <= 5);
    if (fromNotice !== shipped.isWorkday(d)) out.push(d);
  }
  return out;
}

describe("the real notices", () => {
  it("are kept for at least ten years between 2008 and 2026", () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const y of texts.keys()) expect(y >= 2008 && y <= 2026).toBe(true);
  });

  it("each read as its own year", () => {
    for (const y of texts.keys()) expect(parsed(y).year).toBe(y);
  });

  // 2019's 劳动节 was changed by a second notice (2019-03-22): it is compared separately below.
  const compared = [...texts.keys()].filter((y) => y !== 2019);
  it.each(compared)("%i agrees day by day with the shipped State Council data", (year) => {
    // a notice may name the last days of the year before (2019's names 2018-12-29…31)
    const all = [...texts.keys()].map(parsed);
    expect(compared.length).toBeGreaterThanOrEqual(10);
    expect(differences(year, all)).toEqual([]);
  });

  it("2019's first notice differs exactly where the later 劳动节 notice changed it", () => {
    expect(differences(2019, [parsed(2019)])).toEqual([
      "2019-04-28",
      "2019-05-02",
      "2019-05-03",
      "2019-05-05",
    ]);
  });

  it("reads 补休, 与周末连休 and single days (2017)", () => {
    const n = parsed(2017);
    expect(n.holidays).toContain("2017-01-02"); // 1月2日（星期一）补休
    expect(n.holidays).toContain("2017-05-01"); // 5月1日放假，与周末连休
    expect(n.holidays).not.toContain("2017-04-30"); // the weekend is not named by the notice
    expect(n.workdays).toEqual([
      "2017-01-22",
      "2017-02-04",
      "2017-04-01",
      "2017-05-27",
      "2017-09-30",
    ]);
  });

  it("keeps 2024's advice about 除夕 (2月9日) apart: that day stays a working day", () => {
    const n = parsed(2024);
    expect(n.holidays).not.toContain("2024-02-09");
    expect(n.advisory).toHaveLength(1);
    expect(n.advisory[0]).toContain("除夕(2月9日)");
    expect(n.holidays.filter((d) => d.startsWith("2024-02"))).toEqual(
      Array.from({ length: 8 }, (_, i) => formatYmd(2024, 2, 10 + i))
    );
  });

  it("reads 2026 with 周X and 农历 remarks, weekend days inside a range included", () => {
    const n = parsed(2026);
    expect(n.holidays.filter((d) => d.startsWith("2026-02"))).toEqual(
      Array.from({ length: 9 }, (_, i) => formatYmd(2026, 2, 15 + i))
    );
    expect(n.workdays).toEqual([
      "2026-01-04",
      "2026-02-14",
      "2026-02-28",
      "2026-05-09",
      "2026-09-20",
      "2026-10-10",
    ]);
    expect(n.days.find((d) => d.date === "2026-10-10")).toEqual({
      date: "2026-10-10",
      kind: "上班",
      holiday: "国庆节",
    });
  });

  it("reads dates in the year before and ranges across years (2012, 2019, 2023)", () => {
    expect(parsed(2012).workdays).toContain("2011-12-31");
    expect(parsed(2019).holidays.slice(0, 3)).toEqual(["2018-12-30", "2018-12-31", "2019-01-01"]);
    expect(parsed(2023).holidays.slice(0, 3)).toEqual(["2022-12-31", "2023-01-01", "2023-01-02"]);
  });

  it("reads the 2009 wording (其中……公休日调至……) from its ranges and 上班 days", () => {
    const n = parsed(2009);
    expect(n.workdays).toEqual([
      "2009-01-04",
      "2009-01-24",
      "2009-02-01",
      "2009-05-31",
      "2009-09-27",
      "2009-10-10",
    ]);
    expect(n.holidays).toHaveLength(3 + 7 + 3 + 3 + 3 + 8);
  });
});

describe("text pasted from a web page", () => {
  const base = texts.get(2026)!;
  const want = parsed(2026);

  it("reads full-width or ASCII punctuation and stray spaces and line breaks alike", () => {
    const ascii = base
      .replace(/（/g, "(")
      .replace(/）/g, ")")
      .replace(/：/g, ":")
      .replace(/，/g, ",");
    // a line break or spaces after every 7th character, as a narrow web column leaves them
    const broken = [...base].map((c, i) => (i % 7 === 6 ? c + (i % 2 ? "\n" : "  ") : c)).join("");
    const fullWidthDigits = base.replace(/\d/g, (d) => String.fromCharCode(0xff10 + +d));
    for (const t of [ascii, broken, fullWidthDigits, `\ufeff${base}\r\n\r\n`]) {
      const r = parseNotice(t);
      expect(r.ok && r.notice).toEqual(want);
    }
  });
});

describe("refusals", () => {
  const base = texts.get(2026)!;
  const refusal = (t: string) => {
    const r = parseNotice(t);
    if (r.ok) throw new Error("expected a refusal");
    return r;
  };

  it("refuses a notice cut before its last item", () => {
    const r = refusal(base.slice(0, base.indexOf("七、国庆节")));
    expect(r.problem).toBe("missing-item");
    expect(r.message).toContain("国庆节");
  });

  it("refuses a notice cut in the middle of a sentence, quoting it", () => {
    const r = refusal(base.slice(0, base.indexOf("10月10日（周六）上班") + 10));
    expect(r.problem).toBe("unaccounted-date");
    expect(r.sentence).toBe("9月20日(周日)、10月10日(周六)");
  });

  it("refuses a notice cut right after an item's heading", () => {
    const r = refusal(base.slice(0, base.indexOf("七、国庆节") + 6));
    expect(r.problem).toBe("item-without-days");
  });

  it("refuses a different document", () => {
    const other =
      "国务院办公厅关于印发“十四五”现代物流发展规划的通知\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n《“十四五”现代物流发展规划》已经国务院同意，现印发给你们，请认真贯彻执行。\n国务院办公厅\n2022年5月17日";
    expect(refusal(other).problem).toBe("not-a-notice");
    expect(refusal("").problem).toBe("empty");
    expect(refusal("元旦放假三天，春节放假八天").problem).toBe("not-a-notice");
  });

  it("refuses a notice with an extra sentence naming a date, quoting that sentence", () => {
    const extra = base.replace(
      "5月9日（周六）上班。",
      "5月9日（周六）上班。各单位于4月30日前报送值班安排。"
    );
    const r = refusal(extra);
    expect(r.problem).toBe("unaccounted-date");
    expect(r.sentence).toBe("各单位于4月30日前报送值班安排");
  });

  it("refuses an explanation naming a day the notice never classifies", () => {
    const t = texts.get(2009)!.replace("1月3日（星期六）为公休日", "1月10日（星期六）为公休日");
    const r = refusal(t);
    expect(r.problem).toBe("unaccounted-date");
    expect(r.message).toContain("2009-01-10");
  });

  it("refuses a notice whose weekdays do not fit its year (2026's text titled 2027)", () => {
    const r = refusal(base.replace(/2026年/g, "2027年"));
    expect(r.problem).toBe("weekday-mismatch");
  });

  it("refuses a date in the preamble that is not an effective date", () => {
    const t = base.replace("经国务院批准，", "经国务院2025年10月30日批准，");
    expect(refusal(t).problem).toBe("unaccounted-date");
  });
});
