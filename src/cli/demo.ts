// gangze demo: the built-in office end to end — the handbook, the sample month's workbook and
// every clerk's log workbook written, then the month workbook read back, checked and scored.
import * as path from "path";
import { sampleMonth } from "../domain/defaultOffice";
import { buildHandbook } from "../workbook/handbook";
import { localDate } from "./handbook";
import { writeXlsx } from "../xlsx/writer";
import { writeOutput } from "./files";
import { loadAndCheck } from "./input";
import type { Output } from "./output";
import { formatReport, scoreChecked } from "./score";
import { writeMonthFiles } from "./workbooks";

export async function runDemo(outDir: string, out: Output): Promise<number> {
  const ds = sampleMonth();
  const handbookFile = path.join(outDir, `${ds.office}-岗位责任手册.xlsx`);
  // issued today, as `gangze handbook` does: the cover's 印发日期 is never left blank
  await writeOutput(handbookFile, await writeXlsx(buildHandbook({ ...ds, issued: localDate() })));
  out.stderr(`已写出 ${handbookFile}\n`);
  const [monthFile] = await writeMonthFiles(ds, outDir, out);

  const checked = await loadAndCheck(monthFile);
  const errors = checked.issues.filter((i) => i.severity === "error").length;
  out.stdout(
    `检查 ${path.basename(monthFile)}：${errors} 个错误，${checked.issues.length - errors} 个警告\n`
  );
  for (const i of checked.issues)
    out.stdout(`  ${i.severity === "error" ? "错误" : "警告"}  ${i.message}\n`);
  const report = scoreChecked(checked, undefined, out);
  out.stdout(`\n${ds.office} ${ds.month} 考核结果\n` + formatReport(report));
  return 0;
}
