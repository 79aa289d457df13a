// 考核标准 → rules: three tables side by side (参数 取值 说明 | 等级 最低分 奖惩金额 | 代码 问题 扣分).
// Only what differs from DEFAULT_RULES goes into the dataset, so a workbook with the standard
// rules reads back as a dataset without `rules`; what differs is kept whole (all grades, all
// standards) because a partial list would silently mix with the defaults.

import { DEFAULT_RULES, RULE_PARAMETERS } from "../../domain/rules";
import { RULE_LABELS } from "../../domain/messages";
import type { DeductionStandard, GradeRule, Rules } from "../../domain/types";
import { numberValue, report, textValue, type CellCtx } from "./cells";
import { normaliseHeader, type WorkbookGrid } from "../grid";
import { findTable, reportMerges, type ReadCtx } from "./table";

/** Parameters whose 取值 is text, not a number. */
const TEXT_PARAMETERS = ["vetoGrade", "noticeFeedback", "noticeSigner"] as const;

/** Parameter label (or key) → key; labels compared without spaces and with ASCII brackets. */
function paramKey(text: string): string | undefined {
  const norm = normaliseHeader;
  const t = norm(text);
  for (const p of RULE_PARAMETERS) if (norm(p.label) === t || p.key === text.trim()) return p.key;
  for (const key of TEXT_PARAMETERS)
    if (t === norm(RULE_LABELS[key]) || text.trim() === key) return key;
  return undefined;
}

export interface RulesRead {
  rules?: Partial<Rules>;
}

export function readRulesSheet(book: WorkbookGrid, ctx: ReadCtx, sheet: string): RulesRead {
  const cctx = (label: string): CellCtx => ({ file: ctx.file, sheet, issues: ctx.issues, label });
  const rules: Record<string, unknown> = {};

  const params = findTable(book, sheet, ["参数", "取值"]);
  for (const row of params.rows) {
    const name = textValue(cctx("参数"), row.cells["参数"]);
    if (name === undefined) continue;
    const key = paramKey(name);
    if (key === undefined) {
      report(
        cctx("参数"),
        row.cells["参数"],
        "warning",
        "unknown-parameter",
        `不认识的参数“${name}”，已忽略`,
        "参数名称请保持原样，不要修改"
      );
      continue;
    }
    const label = RULE_LABELS[key] ?? key;
    const v = (TEXT_PARAMETERS as readonly string[]).includes(key)
      ? textValue(cctx(label), row.cells["取值"])
      : numberValue(cctx(label), row.cells["取值"]);
    if (v === undefined) continue; // blank: the default applies
    if (v !== (DEFAULT_RULES as unknown as Record<string, unknown>)[key]) rules[key] = v;
  }

  const gradesT = findTable(book, sheet, ["等级", "最低分", "奖惩金额"]);
  const grades: GradeRule[] = [];
  for (const row of gradesT.rows) {
    const grade = textValue(cctx("等级"), row.cells["等级"]);
    const min = numberValue(cctx("最低分"), row.cells["最低分"]);
    const money = numberValue(cctx("奖惩金额"), row.cells["奖惩金额"]) ?? 0;
    grades.push({ grade: grade ?? "", min: min as number, money: money as number });
  }
  const byMin = (a: GradeRule, b: GradeRule) => (b.min as number) - (a.min as number);
  const sameGrades =
    grades.length === DEFAULT_RULES.grades.length &&
    [...grades].sort(byMin).every((g, i) => {
      const d = [...DEFAULT_RULES.grades].sort(byMin)[i];
      return g.grade === d.grade && g.min === d.min && g.money === d.money;
    });
  if (!sameGrades) rules.grades = grades;

  const stdT = findTable(book, sheet, ["代码", "问题", "扣分"]);
  const standards: DeductionStandard[] = [];
  for (const row of stdT.rows) {
    const code = textValue(cctx("代码"), row.cells["代码"]);
    const problem = textValue(cctx("问题"), row.cells["问题"]);
    const points = numberValue(cctx("扣分"), row.cells["扣分"]);
    standards.push({ code: code ?? "", problem: problem ?? "", points: points as number });
  }
  const sameStandards =
    standards.length === DEFAULT_RULES.deductionStandards.length &&
    standards.every((s, i) => {
      const d = DEFAULT_RULES.deductionStandards[i];
      return s.code === d.code && s.problem === d.problem && s.points === d.points;
    });
  if (!sameStandards) rules.deductionStandards = standards;

  for (const t of [params, gradesT, stdT]) reportMerges(ctx, t, undefined, []);
  return Object.keys(rules).length ? { rules: rules as Partial<Rules> } : {};
}
