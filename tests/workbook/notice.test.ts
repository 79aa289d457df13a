// SPEC §5.4, results to post, sign and dispute: 公示 (monthly, weekly), 个人考核单 and 奖惩发放表
// as a notice an office posts — checked in the model (hand-computed dates, reasons) and on paper:
// LibreOffice prints the sample office's 公示 on exactly one A4 page, each 个人考核单 on one page,
// with 公示期, 意见反馈, 落款 and date, and the reason of every 一票否决.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { sampleMonth } from "../../src/domain/defaultOffice";
import { scoreMonth } from "../../src/domain/scoring";
import { parseCell } from "../../src/workbook/address";
import {
  isFormulaCell,
  type Cell,
  type SheetModel,
  type WorkbookModel,
} from "../../src/workbook/model";
import { buildMonthWorkbook, buildNoticeWorkbook } from "../../src/workbook/month";
import { MONTH_SHEETS } from "../../src/workbook/sheets";
import { writeXlsx } from "../../src/xlsx/writer";
import { toPdf } from "../support/libreoffice";
import { isA4, pdfPages, squash } from "./pdf";

const ds = sampleMonth();
const model = buildMonthWorkbook(ds);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gangze-notice-"));

function sheet(m: WorkbookModel, name: string): SheetModel {
  const s = m.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** Every cell's shown value (formula → cached result), by address. */
function shown(s: SheetModel): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const b of s.blocks) {
    const o = parseCell(b.origin);
    b.cells.forEach((row, r) =>
      row.forEach((c: Cell, k) => {
        const v = isFormulaCell(c) ? c.result : c;
        if (v !== null && v !== "") out.set(`${o.col + k},${o.row + r}`, v);
      })
    );
  }
  return out;
}

const texts = (s: SheetModel): string[] =>
  [...shown(s).values()].map((v) =>
    typeof v === "object" && v !== null && "date" in v ? (v as { date: string }).date : String(v)
  );

const vetoes = ds.findings.filter((f) => f.veto && f.date >= "2026-10-01" && f.date <= ds.asOf);

describe("公示 of October 2026 (基准日 10-31, a Saturday)", () => {
  const notice = sheet(model, MONTH_SHEETS.notice);
  const all = texts(notice).join("\n");

  test("公示日期 is the first working day after 10-31 (Mon 11-02); 5 working days end on Fri 11-06", () => {
    expect(all).toContain("公示期：自2026年11月2日至2026年11月6日（5个工作日）。");
    expect(texts(notice)).toContain("2026-11-02");
    expect(texts(notice)).toContain("2026-11-06");
  });

  test("意见反馈, 落款 (the office when 落款 is blank) and the date close the notice", () => {
    expect(all).toContain("意见反馈：对公示结果有异议的");
    expect(texts(notice)).toContain(ds.office);
    expect(texts(notice)).toContain("2026年11月2日");
  });

  test("every 一票否决 has its reason in 备注, and 扣款 says how much", () => {
    expect(vetoes.length).toBeGreaterThan(0);
    expect(all).toContain("一票否决：");
    for (const v of vetoes) expect(all).toContain(v.problem);
    const fined = scoreMonth(ds).month.people.filter((p) => p.quotaMoney > 0);
    expect(fined.length).toBeGreaterThan(0);
    for (const p of fined) expect(all).toContain(`指标未完成扣款${p.quotaMoney}元`);
  });

  test("基础分 + 加分 = 得分 for everybody, so 104.00 is explained as 99 + 5", () => {
    const people = scoreMonth(ds).month.people;
    const values = shown(notice);
    // rows 4.. hold the ranked people: D 基础分, E 加分, F 得分
    for (let r = 4; r < 4 + people.length; r++) {
      const [base, bonus, score] = [4, 5, 6].map((c) => values.get(`${c},${r}`) ?? 0) as number[];
      expect(Math.round((base + bonus) * 100) / 100).toBe(score);
    }
  });

  test("the 公示期 follows 公示天数 of 考核标准", () => {
    const three = buildMonthWorkbook({ ...ds, rules: { noticeDays: 3 } });
    expect(texts(sheet(three, MONTH_SHEETS.notice)).join("\n")).toContain(
      "至2026年11月4日（3个工作日）"
    );
  });

  test("December: the 公示期 runs into 2027 on its provisional days (元旦 off, then the weekend)", () => {
    const dec = buildMonthWorkbook({ ...ds, month: "2026-12", asOf: "2026-12-31", tasks: [] });
    expect(texts(sheet(dec, MONTH_SHEETS.notice)).join("\n")).toContain(
      "公示期：自2027年1月4日至2027年1月8日（5个工作日）。"
    );
  });
});

describe("周公示", () => {
  test("opens on the last week begun by 基准日 and refuses weeks without results", () => {
    const week = sheet(model, MONTH_SHEETS.weekNotice);
    expect(texts(week)).toContain(`${ds.office}2026年10月第5周岗位责任考核结果公示`);
    expect(() => buildNoticeWorkbook(ds, { week: 6 })).toThrow("只有第 1 到第 5 周");
    expect(() => buildNoticeWorkbook({ ...ds, asOf: "2026-10-12" }, { week: 4 })).toThrow(
      "还没有考核结果"
    );
  });
});

describe("个人考核单 and 奖惩发放表", () => {
  test("one page per person, separated by page breaks, each naming its person", () => {
    const s = sheet(model, MONTH_SHEETS.personSheets);
    expect(s.print?.rowBreaks?.length).toBe(ds.staff.length - 1);
    const all = texts(s).join("\n");
    for (const p of ds.staff) expect(all).toContain(`姓名：${p.name}`);
  });

  test("奖惩发放表: the total is the sum of everybody's money", () => {
    const total = scoreMonth(ds).month.people.reduce((s, p) => s + p.money, 0);
    expect(texts(sheet(model, MONTH_SHEETS.payout))).toContain(String(total));
  });
});

describe("on paper (LibreOffice PDF)", () => {
  let pages: ReturnType<typeof pdfPages>;
  let weekPages: ReturnType<typeof pdfPages>;
  beforeAll(async () => {
    const file = path.join(dir, "notice.xlsx");
    fs.writeFileSync(file, await writeXlsx(buildNoticeWorkbook(ds)));
    pages = pdfPages(await toPdf(file));
    const week = path.join(dir, "week.xlsx");
    fs.writeFileSync(week, await writeXlsx(buildNoticeWorkbook(ds, { week: 3 })));
    weekPages = pdfPages(await toPdf(week));
  }, 240_000);

  test("公示 on exactly one A4 page, then one page per 个人考核单, then 奖惩发放表", () => {
    expect(pages.every(isA4)).toBe(true);
    expect(pages.length).toBe(1 + ds.staff.length + 1);
    expect(pages[0].text).toContain(squash(`${ds.office}2026年10月岗位责任考核结果公示`));
    ds.staff.forEach((p, i) => {
      const page = pages[1 + i].text;
      expect(page).toContain("个人考核单");
      expect(page).toContain(`姓名：${p.name}`);
      expect(page).toContain("被考核人（签字）");
    });
    expect(pages[pages.length - 1].text).toContain("奖惩发放表");
  });

  test("the printed 公示 has 公示期, 意见反馈, 落款, date and every 一票否决 reason", () => {
    const t = pages[0].text;
    expect(t).toContain("公示期：自2026年11月2日至2026年11月6日");
    expect(t).toContain("意见反馈：");
    expect(t).toContain(squash(ds.office));
    expect(t).toContain("2026年11月2日");
    for (const v of vetoes) expect(t).toContain(squash(v.problem));
  });

  test("周公示 of week 3 prints on one A4 page with its own 公示期", () => {
    expect(weekPages.length).toBe(1);
    expect(isA4(weekPages[0])).toBe(true);
    expect(weekPages[0].text).toContain("第3周岗位责任考核结果公示");
    // week 3 = 10-12~10-18: posted Mon 10-19, 5 working days to Fri 10-23
    expect(weekPages[0].text).toContain("公示期：自2026年10月19日至2026年10月23日");
  });
});
