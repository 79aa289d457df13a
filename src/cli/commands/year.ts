// gangze year: the 年度考核工作簿 from the month workbooks of one year (help text and flags; the
// work is in ../year).
import { usageError } from "../args";
import { stringFlag, switchFlag, type Command } from "../command";

export const command: Command = {
  name: "year",
  summary: "年度考核工作簿：各月得分、年度得分、等级、名次、奖惩金额、指标进度",
  usage: "year MONTH.xlsx… --out FILE.xlsx [--excellent-ratio Q] [--json]",
  description: `由本单位同一年的月度考核工作簿（或上报工作簿、考核数据 .json）生成年度考核工作簿：
每人各月得分和等级（按各月工作簿的录入重新计算）、年度得分（在册并参加考核各月的平均）、
等级（任一月一票否决为不合格）、名次、奖惩金额（各月之和）、未考核月份，以及每人每项
指标的年度目标、累计完成、完成率和剩余月份每月需完成。月份可以不全、顺序不限；同一月份
给了两次、其他单位或其他年度的文件会被拒绝并指明文件。`,
  flags: [
    { name: "out", value: "FILE.xlsx", help: "年度考核工作簿写到哪里（文件或文件夹）" },
    {
      name: "excellent-ratio",
      value: "Q",
      help: "优秀比例，如 0.3：只有年度名次 ≤ 人数×Q（向下取整）的人保持优秀（默认不限）",
    },
    { name: "json", help: "以 JSON 输出（格式见 docs/data-format.md）" },
  ],
  examples: [
    "year 2026-*-月度考核.xlsx --out 2026-年度考核.xlsx",
    "year 上报/*.xlsx --out 年度/ --excellent-ratio 0.3 --json",
  ],
  async run(args, out) {
    if (args.positional.length === 0) throw usageError("year", "请给出一年中各月的月度考核工作簿");
    const ratioText = stringFlag(args, "excellent-ratio");
    let excellentRatio: number | undefined;
    if (ratioText !== undefined) {
      const pct = /%$/.test(ratioText.trim());
      const q = Number(ratioText.trim().replace(/%$/, "")) / (pct ? 100 : 1);
      if (!Number.isFinite(q) || q <= 0 || q > 1)
        throw usageError(
          "year",
          `--excellent-ratio 应为 0 到 1 之间的数，如 0.3 或 30%，实际为“${ratioText}”`
        );
      excellentRatio = q;
    }
    const { runYear } = await import("../year");
    return runYear(
      args.positional,
      { out: stringFlag(args, "out"), json: switchFlag(args, "json"), excellentRatio },
      out
    );
  },
};
