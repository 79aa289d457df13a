// gangze rollup MONTH.xlsx… --out FILE.xlsx [--json]: the bureau's 汇总工作簿 from many offices'
// month workbooks. Files are taken one at a time per core (read, verified, checked, scored; only
// the office's figures are kept: rollupFile.ts, rollupPool.ts), so a hundred offices need the
// memory of one per core. A file that cannot be read, or repeats an office's month, is listed
// on 核验 and the others go on.
import * as path from "path";
import type { OfficeMonth } from "../domain/rollup";
import { buildRollupWorkbook, type VerifyRow } from "../workbook/rollup";
import { writeXlsx } from "../xlsx/writer";
import { UserError } from "./errors";
import { resolveOutFile, writeOutput } from "./files";
import type { Output } from "./output";
import { takeFiles } from "./rollupPool";
import { formatNumber, formatTable } from "./table";

export async function runRollup(
  files: string[],
  opts: { out?: string; json: boolean },
  out: Output
): Promise<number> {
  if (files.length === 0) throw new UserError("请给出各单位的月度考核工作簿", 2, { code: "usage" });
  const offices: OfficeMonth[] = [];
  const verification: VerifyRow[] = [];
  const seen = new Map<string, string>();
  const taken = await takeFiles(files, (i) =>
    out.stderr(`[${i + 1}/${files.length}] ${files[i]}\n`)
  );
  for (const t of taken) {
    if (t.office) {
      const key = `${t.office.office}\u0001${t.office.month}`;
      const first = seen.get(key);
      if (first !== undefined) {
        verification.push({
          ...t.row,
          result: "重复",
          detail: `与 ${first} 是同一单位同一月份，未重复汇总`,
        });
        continue;
      }
      seen.set(key, t.row.file);
      offices.push(t.office);
    }
    verification.push(t.row);
  }
  const target = await resolveOutFile(opts.out, path.dirname(files[0]), "汇总工作簿.xlsx");
  await writeOutput(target, await writeXlsx(buildRollupWorkbook({ offices, verification })), files);
  out.stderr(`已写出 ${target}\n`);
  const attention = verification.filter((v) => v.result !== "一致");
  if (opts.json) {
    out.stdout(JSON.stringify({ offices, verification }, null, 2) + "\n");
  } else {
    const rows = offices.map((o) => [
      o.office,
      o.month,
      String(o.people.length),
      o.average === null ? "" : formatNumber(o.average),
      String(o.overdueOpen),
      String(o.missingLogDays),
    ]);
    out.stdout(
      formatTable(["单位", "月份", "人数", "平均分", "逾期未完成", "日志缺报(人日)"], rows, [
        "left",
        "left",
        "right",
        "right",
        "right",
        "right",
      ]) +
        (attention.length
          ? `\n需要注意的文件 ${attention.length} 份：\n` +
            attention.map((v) => `  ${v.file}：${v.result}，${v.detail}`).join("\n") +
            "\n"
          : `\n${verification.length} 份文件核验一致\n`)
    );
  }
  return attention.length ? 1 : 0;
}
