// gangze verify FILE.xlsx [--json]: recompute a received month workbook from its own entries and
// compare every stored result (src/xlsx/verify.ts, shared with the task pane's 汇总与上报 view).
// Exit 0 equal, 1 differences (each cell with its stored and recomputed value), 2 unusable. The
// roll-up runs the same check per file.
import * as path from "path";
import { describeDifference } from "../workbook/verify";
import { readXlsxLean } from "../xlsx/leanReader";
import { verifyBytes } from "../xlsx/verify";
import { UserError } from "./errors";
import { readInputFile } from "./input";
import type { Output } from "./output";

/** At most this many lines of differences in the text output (the JSON has them all). */
const SHOW = 200;

export async function runVerify(file: string, json: boolean, out: Output): Promise<number> {
  if (path.extname(file).toLowerCase() !== ".xlsx")
    throw new UserError(`文件 ${file}：verify 核验的是月度考核工作簿（.xlsx）`, 2, { path: file });
  const bytes = await readInputFile(file);
  const outcome = await verifyBytes(new Uint8Array(bytes), path.basename(file), readXlsxLean);
  if (outcome.status === "unusable")
    throw new UserError(outcome.message, 2, { path: file, code: "input" });
  const { report } = outcome;
  if (json) {
    out.stdout(
      JSON.stringify(
        {
          file,
          equal: outcome.status === "equal",
          checked: report.checked,
          differences: report.differences,
        },
        null,
        2
      ) + "\n"
    );
  } else if (outcome.status === "equal") {
    out.stdout(`${file}：核验通过，${report.checked} 个公式结果与按录入重新计算的一致\n`);
  } else {
    const lines = report.differences.slice(0, SHOW).map((d) => "  " + describeDifference(d));
    const more = report.differences.length - SHOW;
    out.stdout(
      `${file}：核验未通过，${report.differences.length} 处存储的结果与按录入重新计算的不同` +
        `（共核对 ${report.checked} 个公式结果）：\n${lines.join("\n")}\n` +
        (more > 0 ? `  …另有 ${more} 处（--json 列出全部）\n` : "")
    );
  }
  return outcome.status === "equal" ? 0 : 1;
}
