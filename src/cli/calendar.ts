// gangze calendar (SPEC §8): reads the State Council's holiday notice and shows its days, prints
// them as JSON, or enters them into a month workbook's 日历 (--into: the workbook is rebuilt
// from its own entries plus the notice and replaced atomically); --year tells whether a year is
// complete or provisional (暂定) and lists its days.
import * as path from "path";
import { Calendar, type YearSource } from "../domain/calendar";
import { datasetWithNotice } from "../domain/calendar/importNotice";
import { parseNotice, type ParsedNotice } from "../domain/calendar/notice";
import { provisionalStatus } from "../domain/calendar/provisional";
import { formatYmd, monthEnd, monthStart, weekday } from "../domain/dates";
import { buildMonthWorkbook } from "../workbook/month";
import { writeXlsx } from "../xlsx/writer";
import { UserError } from "./errors";
import { writeOutput } from "./files";
import { loadInput, readInputFile } from "./input";
import type { Output } from "./output";
import { formatTable } from "./table";
import { buildOrExplain } from "./workbooks";

const WEEKDAYS = ["", "周一", "周二", "周三", "周四", "周五", "周六", "周日"];

/** A text file as the director saved it: UTF-8 (with or without BOM), else GBK/GB18030. */
export function decodeText(bytes: Uint8Array): string {
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  // a file cut in the middle of a character is still UTF-8 (the parser then says it is cut)
  for (let cut = 0; cut <= Math.min(3, bytes.length); cut++) {
    try {
      return utf8.decode(bytes.subarray(0, bytes.length - cut)) + (cut ? "\ufffd" : "");
    } catch {
      // not UTF-8 up to here: try one byte less, then GBK
    }
  }
  return new TextDecoder("gb18030").decode(bytes);
}

async function readNotice(file: string): Promise<ParsedNotice> {
  const r = parseNotice(decodeText(await readInputFile(file)));
  if (r.ok) return r.notice;
  const quote = r.sentence ? `\n  “${r.sentence}”` : "";
  throw new UserError(`文件 ${file}：${r.message}${quote}`, 2, {
    code: `notice-${r.problem}`,
    path: file,
  });
}

function noticeTable(n: ParsedNotice): string {
  const rows = n.days.map((d) => [d.date, WEEKDAYS[weekday(d.date)], d.kind, d.holiday]);
  return formatTable(["日期", "星期", "类型", "节日"], rows);
}

/** gangze calendar NOTICE.txt [--json] [--into MONTH.xlsx] */
export async function runCalendarNotice(
  file: string,
  into: string | undefined,
  json: boolean,
  out: Output
): Promise<number> {
  const notice = await readNotice(file);
  let entered: { file: string; provisional: number[]; month: string } | undefined;
  if (into !== undefined) {
    if (path.extname(into).toLowerCase() !== ".xlsx")
      throw new UserError(`--into 应为月度考核工作簿（.xlsx），实际为 ${into}`);
    const input = await loadInput(into);
    const ds = datasetWithNotice(input.dataset, notice);
    const model = buildOrExplain(into, () => buildMonthWorkbook(ds));
    await writeOutput(into, await writeXlsx(model), [file]);
    const cal = new Calendar(ds.calendar);
    const to = ds.asOf < monthEnd(ds.month) ? ds.asOf : monthEnd(ds.month);
    entered = {
      file: into,
      month: ds.month,
      provisional: provisionalStatus(cal, monthStart(ds.month), to).years,
    };
  }
  if (json) {
    out.stdout(
      JSON.stringify(
        {
          year: notice.year,
          holidays: notice.holidays,
          workdays: notice.workdays,
          ...(notice.advisory.length ? { advisory: notice.advisory } : {}),
          ...(entered ? { into: entered.file, provisionalYears: entered.provisional } : {}),
        },
        null,
        2
      ) + "\n"
    );
    return 0;
  }
  out.stdout(
    `国务院办公厅关于 ${notice.year} 年部分节假日安排的通知：放假 ${notice.holidays.length} 天，` +
      `调休上班 ${notice.workdays.length} 天\n` +
      noticeTable(notice)
  );
  for (const a of notice.advisory) out.stdout(`未采用（倡议，不改变上班安排）：${a}\n`);
  if (entered) {
    const state =
      entered.provisional.length === 0
        ? `${entered.month} 的结果为最终结果`
        : `${entered.month} 仍用到暂定年份 ${entered.provisional.join("、")}，结果仍为暂定`;
    out.stdout(
      `已把 ${notice.year} 年的通知录入 ${entered.file} 的“日历”，${notice.year} 年为完整；${state}。\n` +
        `个人工作日志请重新生成后下发：gangze logs ${entered.file} --out 文件夹\n`
    );
  }
  return 0;
}

const SOURCE_TEXT: Record<YearSource, string> = {
  国家数据: "完整：国务院办公厅通知（随本程序提供）",
  国务院通知: "完整：国务院办公厅通知（本单位导入）",
  单位录入: "完整：本单位录入并声明完整",
  暂定: "暂定：尚未导入国务院通知，按《全国年节及纪念日放假办法》的法定节日和周末计算（无调休）",
};

/** gangze calendar --year YYYY [MONTH.xlsx] [--json] */
export async function runCalendarYear(
  year: number,
  file: string | undefined,
  json: boolean,
  out: Output
): Promise<number> {
  const overrides = file ? (await loadInput(file)).dataset.calendar : undefined;
  const cal = new Calendar(overrides);
  const days = cal.dayInfos(formatYmd(year, 1, 1), formatYmd(year, 12, 31));
  const off = days.filter((d) => d.type === "节假日" || (d.type === "休息日" && d.weekday <= 5));
  const work = days.filter((d) => d.type === "调休上班");
  const source = cal.yearSource(year);
  const workdays = cal.workdays(formatYmd(year, 1, 1), formatYmd(year, 12, 31)).length;
  if (json) {
    out.stdout(
      JSON.stringify(
        {
          year,
          complete: source !== "暂定",
          ...(source === "暂定" ? { provisional: true } : {}),
          source,
          holidays: off.map((d) => d.date),
          workdays: work.map((d) => d.date),
          workingDays: workdays,
        },
        null,
        2
      ) + "\n"
    );
    return 0;
  }
  const rows = [...off, ...work]
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map((d) => [d.date, WEEKDAYS[d.weekday], d.type, d.name ?? ""]);
  out.stdout(
    `${year} 年：${SOURCE_TEXT[source]}${file ? `（按 ${file} 的“日历”）` : ""}\n` +
      `全年工作日 ${workdays} 天；节假日 ${off.length} 天，调休上班 ${work.length} 天\n` +
      formatTable(["日期", "星期", "类型", "说明"], rows)
  );
  if (source === "暂定")
    out.stdout(
      `国务院办公厅发布 ${year} 年节假日安排的通知后导入：gangze calendar 通知.txt --into 月度考核工作簿\n`
    );
  return 0;
}
