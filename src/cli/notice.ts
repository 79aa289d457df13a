// gangze notice: the results to post and sign, printable alone (SPEC §5.4): 公示, 个人考核单 and
// 奖惩发放表 of the month, or 周公示 of week N. The file is the month workbook with those sheets in
// front and the others hidden, so its formulas stay live.
import * as path from "path";
import { Calendar } from "../domain/calendar";
import { buildNoticeWorkbook } from "../workbook/month";
import { writeXlsx } from "../xlsx/writer";
import { UserError } from "./errors";
import { resolveOutFile, safeFileName, writeOutput } from "./files";
import { loadInput } from "./input";
import type { Output } from "./output";
import { buildOrExplain } from "./workbooks";

export async function runNotice(
  file: string,
  week: string | undefined,
  outArg: string | undefined,
  out: Output
): Promise<number> {
  let n: number | undefined;
  if (week !== undefined) {
    n = Number(week);
    if (!/^\d+$/.test(week) || n < 1)
      throw new UserError(`--week 应为周次 1、2、3…，实际为“${week}”`);
  }
  const input = await loadInput(file);
  const ds = input.dataset;
  const name = safeFileName(
    `${ds.office}-${ds.month}-${n === undefined ? "考核结果公示" : `第${n}周公示`}.xlsx`
  );
  const target = await resolveOutFile(outArg, path.dirname(file), name);
  const model = buildOrExplain(file, () =>
    buildNoticeWorkbook(ds, { week: n, calendar: new Calendar(ds.calendar) })
  );
  await writeOutput(target, await writeXlsx(model), [file]);
  out.stderr(
    `已写出 ${target}（${n === undefined ? "公示、个人考核单、奖惩发放表" : `第 ${n} 周公示`}）\n`
  );
  return 0;
}
