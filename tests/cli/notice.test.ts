// gangze notice: from a month workbook to the results to post and sign, and clear refusals.
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { Output } from "../../src/cli/output";
import { sampleMonth } from "../../src/domain/defaultOffice";
import { readXlsx } from "../../src/xlsx/reader";

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out: Output = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(argv, out);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), "gangze-notice-cli-"));
const data = path.join(dir, "sample.json");
writeFileSync(data, JSON.stringify(sampleMonth()));

describe("gangze notice", () => {
  test("writes 公示, 个人考核单 and 奖惩发放表 in front, the month's sheets hidden behind them", async () => {
    const month = path.join(dir, "month.xlsx");
    expect((await run(["build", data, "--out", month])).code).toBe(0);
    const target = path.join(dir, "公示.xlsx");
    const r = await run(["notice", month, "--out", target]);
    expect([r.code, r.stderr]).toEqual([0, `已写出 ${target}（公示、个人考核单、奖惩发放表）\n`]);
    const book = await readXlsx(readFileSync(target), "公示.xlsx");
    expect(book.sheetNames.slice(0, 3)).toEqual(["公示", "个人考核单", "奖惩发放表"]);
  });

  test("--week 3 writes that week's 周公示; a week the month lacks is refused in Chinese", async () => {
    const target = path.join(dir, "week.xlsx");
    expect((await run(["notice", data, "--week", "3", "--out", target])).code).toBe(0);
    const book = await readXlsx(readFileSync(target), "week.xlsx");
    expect(book.sheetNames[0]).toBe("周公示");
    const bad = await run(["notice", data, "--week", "9", "--out", target]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("只有第 1 到第 5 周，没有第 9 周");
    const word = await run(["notice", data, "--week", "三", "--out", target]);
    expect(word.stderr).toContain("--week 应为周次");
  });
});
