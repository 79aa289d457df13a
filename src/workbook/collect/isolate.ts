// One clerk's bad file never blocks the others (SPEC §9). The clerk reader refuses what it can
// name (a cell with a date a year away from the month, a formula, another person's row); this is
// the net behind it: when the merged month cannot be written (a date the calendar cannot list, a
// rule the workbook cannot express), the files are merged again one by one and each file whose
// rows make the workbook unwritable is refused whole, with the reason, and the others are kept.

import type { Dataset } from "../../domain/types";
import type { ClerkRead } from "../clerk/read";
import { collect, type CollectReport, type CollectResult } from "./collect";

/** Builds what would be written; throws when it cannot be. */
export type TryBuild<T> = (ds: Dataset) => T;

/** The merge of every file that can be written, and what `tryBuild` built of it. */
export function collectIsolated<T>(
  month: Dataset,
  clerks: ClerkRead[],
  tryBuild: TryBuild<T>
): CollectResult & { built: T } {
  const all = collect(month, clerks);
  try {
    return { ...all, built: tryBuild(all.dataset) };
  } catch {
    // find the files that make it fail (only on this unhappy path: one build per file)
  }
  const ok: ClerkRead[] = [];
  const refused = new Map<ClerkRead, string>();
  for (const c of clerks) {
    try {
      tryBuild(collect(month, [...ok, c]).dataset);
      ok.push(c);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      refused.set(
        c,
        `文件 ${c.file}：并入后月度考核工作簿无法生成（${why}），整个文件未汇总；请核对其中的日期后重新交回`
      );
    }
  }
  const result = collect(month, ok);
  const built = tryBuild(result.dataset); // the month without those files: as it was, plus the others
  let next = 0;
  const report: CollectReport[] = clerks.map((c) => {
    const why = refused.get(c);
    if (why === undefined) return result.report[next++];
    return {
      file: c.file,
      person: c.person,
      added: { logs: 0, weeklyPlans: 0, findings: 0 },
      updated: { logs: 0, weeklyPlans: 0, findings: 0 },
      removed: { logs: 0, weeklyPlans: 0, findings: 0 },
      updatedTasks: 0,
      conflicts: [],
      skipped: [why],
    };
  });
  return { ...result, report, built };
}
