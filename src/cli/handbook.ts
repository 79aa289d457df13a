// gangze handbook [--catalog FILE] [--date YYYY-MM-DD] --out FILE.xlsx: the printable 岗位责任手册,
// issued today unless --date says otherwise, its appendix from the catalogue file's rules.
import { defaultHandbook } from "../domain/defaultOffice";
import { buildHandbook } from "../workbook/handbook";
import { writeXlsx } from "../xlsx/writer";
import { resolveOutFile, safeFileName, writeOutput } from "./files";
import { readCatalog } from "./sources";
import type { Output } from "./output";
import { formatYmd } from "../domain/dates";

/** Today on the user's calendar: the date of issue a director expects. */
export function localDate(): string {
  const d = new Date();
  return formatYmd(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

export async function runHandbook(
  catalog: string | undefined,
  out: string | undefined,
  output: Output,
  issued: string = localDate()
): Promise<number> {
  const handbook = { ...(catalog ? await readCatalog(catalog) : defaultHandbook()), issued };
  const file = await resolveOutFile(out, ".", safeFileName(`${handbook.office}-岗位责任手册.xlsx`));
  const bytes = await writeXlsx(buildHandbook(handbook));
  await writeOutput(file, bytes, catalog ? [catalog] : []);
  output.stderr(
    `已写出 ${file}：${handbook.posts.length} 个岗位，${handbook.duties.length} 项职责\n`
  );
  return 0;
}
