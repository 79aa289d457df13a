// gangze handbook [--catalog FILE] --out FILE.xlsx: the printable 岗位责任手册.
import { defaultHandbook } from "../domain/defaultOffice";
import { buildHandbook } from "../workbook/handbook";
import { writeXlsx } from "../xlsx/writer";
import { resolveOutFile, safeFileName, writeOutput } from "./files";
import { readCatalog } from "./sources";
import type { Output } from "./output";

export async function runHandbook(
  catalog: string | undefined,
  out: string | undefined,
  output: Output
): Promise<number> {
  const handbook = catalog ? await readCatalog(catalog) : defaultHandbook();
  const file = await resolveOutFile(out, ".", safeFileName(`${handbook.office}-岗位责任手册.xlsx`));
  const bytes = await writeXlsx(buildHandbook(handbook));
  await writeOutput(file, bytes, catalog ? [catalog] : []);
  output.stderr(
    `已写出 ${file}：${handbook.posts.length} 个岗位，${handbook.duties.length} 项职责\n`
  );
  return 0;
}
