// gangze handbook [--catalog FILE] --out FILE.xlsx: the printable 岗位责任手册.
import * as path from "path";
import { defaultHandbook, type Handbook } from "../domain/defaultOffice";
import { parseDataset } from "../domain/load";
import { buildHandbook } from "../workbook/handbook";
import { writeXlsx } from "../xlsx/writer";
import { UserError } from "./errors";
import { resolveOutFile, safeFileName, writeOutput } from "./files";
import { readInputFile } from "./input";
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

/** A catalogue in JSON: `{ office, posts, duties }`, or a whole dataset (its handbook part is used). */
export async function readCatalog(file: string): Promise<Handbook> {
  if (path.extname(file).toLowerCase() !== ".json") {
    throw new UserError(
      `文件 ${file}：岗位职责目录应为 .json（{ office, posts, duties }，见 docs/data-format.md）`
    );
  }
  const text = (await readInputFile(file)).toString("utf8");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UserError(`文件 ${file} 不是有效的 JSON`);
  }
  const probe = parseDataset({
    month: "2026-01",
    asOf: "2026-01-31",
    staff: [],
    tasks: [],
    logs: [],
    weeklyPlans: [],
    findings: [],
    quotas: [],
    bonuses: [],
    ...(json as object),
  });
  if (!probe.ok) {
    throw new UserError(
      `文件 ${file} 不是有效的岗位职责目录：\n${probe.problems.map((p) => "  " + p.message).join("\n")}`
    );
  }
  const { office, posts, duties } = probe.dataset;
  return { office, posts, duties };
}
