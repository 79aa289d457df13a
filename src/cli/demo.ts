// gangze demo: the built-in office's sample month, checked and scored.
import { promises as fs } from "fs";
import * as path from "path";
import { sampleMonth } from "../domain/defaultOffice";
import type { Output } from "./output";
import { formatReport, scoreDataset } from "./score";

export async function runDemo(outDir: string, out: Output): Promise<number> {
  const ds = sampleMonth();
  await fs.mkdir(outDir, { recursive: true });
  const dataFile = path.join(outDir, `${ds.office}-${ds.month}.json`);
  await fs.writeFile(dataFile, JSON.stringify(ds, null, 2) + "\n");
  out.stderr(`已写出示例数据 ${dataFile}\n`);
  const report = scoreDataset(ds, undefined, dataFile, out);
  out.stdout(`${ds.office} ${ds.month} 考核结果\n` + formatReport(report));
  return 0;
}
