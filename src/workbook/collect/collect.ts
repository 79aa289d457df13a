// 汇总 (collect): clerks' 个人工作日志 merged into the month dataset without losing or
// duplicating a row (docs/decisions.md "Collect").
// - A log row is identified by date + person + content, a weekly plan by person + week + item,
//   a self-check by date + person + problem (whitespace inside the text ignored). A row already
//   there is updated from the clerk's non-empty cells; a new one is appended. Collecting the
//   same file again changes nothing.
// - A task's 完成日期/回报日期: an empty clerk cell never erases the director's date. With the
//   workbook's 原始数据 (the dates it was generated with) a date the clerk left unchanged keeps
//   the director's current one; a date the clerk changed wins, and replacing a different date
//   the director had is listed in `conflicts`.
// - A file for another month, of a person not on the roster, or a task of someone else is
//   refused with a message in `skipped`; so is every row the reader found an error in.

import { resolveRules } from "../../domain/rules";
import type {
  Dataset,
  DeductionStandard,
  Finding,
  LogEntry,
  Task,
  WeeklyPlan,
} from "../../domain/types";
import type { ClerkRead } from "../clerk/read";

export interface CollectCounts {
  logs: number;
  weeklyPlans: number;
  findings: number;
}

export interface CollectReport {
  file: string;
  person: string;
  /** rows appended */
  added: CollectCounts;
  /** rows that were there and got a changed cell from the clerk */
  updated: CollectCounts;
  /** tasks whose completion or report-back date changed */
  updatedTasks: number;
  /** a director's value replaced by a different value of the clerk (Chinese, one per date) */
  conflicts: string[];
  /** what was not collected and why (Chinese, with file/sheet/cell where known) */
  skipped: string[];
}

export interface CollectResult {
  dataset: Dataset;
  report: CollectReport[];
}

const norm = (s: unknown): string => String(s ?? "").replace(/[\s\u3000]+/g, "");
const logKey = (l: LogEntry) => `${l.date}\u0001${l.person}\u0001${norm(l.content)}`;
const planKey = (p: WeeklyPlan) => `${p.person}\u0001${p.weekStart}\u0001${norm(p.item)}`;
const findingKey = (f: Finding) =>
  `${f.date}\u0001${f.person}\u0001${f.source}\u0001${norm(f.problem)}`;

/** Copies `fields` the clerk filled into `target`; true when something changed. */
function update<T extends object>(target: T, from: T, fields: (keyof T)[]): boolean {
  let changed = false;
  for (const f of fields) {
    const v = from[f];
    if (v === undefined || v === null || v === ("" as unknown)) continue;
    if (target[f] !== v) {
      target[f] = v;
      changed = true;
    }
  }
  return changed;
}

/** Merge rows into `list` by key; returns [added, updated]. */
function mergeRows<T extends object>(
  list: T[],
  rows: T[],
  key: (r: T) => string,
  fields: (keyof T)[]
): [number, number] {
  const index = new Map<string, T>();
  for (const r of list) if (!index.has(key(r))) index.set(key(r), r);
  let added = 0;
  const touched = new Set<T>();
  for (const r of rows) {
    const k = key(r);
    const have = index.get(k);
    if (have) {
      if (update(have, r, fields)) touched.add(have);
    } else {
      const copy = { ...r };
      list.push(copy);
      index.set(k, copy);
      added++;
    }
  }
  return [added, touched.size];
}

/** The month dataset with every clerk file merged in (the input is not modified). */
export function collect(month: Dataset, clerks: ClerkRead[]): CollectResult {
  const ds = JSON.parse(JSON.stringify(month)) as Dataset;
  let standards: DeductionStandard[] = [];
  try {
    standards = resolveRules(ds.rules).deductionStandards;
  } catch {
    // unusable rules are reported by the checks; blank 扣分 then stays blank
  }
  const report = clerks.map((c) => collectOne(ds, c, standards));
  return { dataset: ds, report };
}

function collectOne(ds: Dataset, c: ClerkRead, standards: DeductionStandard[]): CollectReport {
  const r: CollectReport = {
    file: c.file,
    person: c.person,
    added: { logs: 0, weeklyPlans: 0, findings: 0 },
    updated: { logs: 0, weeklyPlans: 0, findings: 0 },
    updatedTasks: 0,
    conflicts: [],
    skipped: [],
  };
  const f = `文件 ${c.file}`;
  if (c.month !== ds.month) {
    r.skipped.push(
      `${f} 是 ${c.month || "（未填月份）"} 的个人工作日志，与本月工作簿（${ds.month}）不符，整个文件未汇总`
    );
    return r;
  }
  if (!c.person || !ds.staff.some((s) => s.name === c.person)) {
    r.skipped.push(
      `${f}：姓名“${c.person || "（未填）"}”不在本月工作簿的人员表中，整个文件未汇总；请先在“人员”表中添加此人`
    );
    return r;
  }
  for (const i of c.issues) if (i.severity === "error") r.skipped.push(i.message);

  [r.added.logs, r.updated.logs] = mergeRows(ds.logs, c.logs, logKey, [
    "duty",
    "status",
    "problem",
    "measure",
    "selfCheck",
  ]);
  [r.added.weeklyPlans, r.updated.weeklyPlans] = mergeRows(ds.weeklyPlans, c.weeklyPlans, planKey, [
    "duty",
    "outcome",
  ]);
  const findings = c.findings.map((x) => {
    if (x.points !== undefined || !x.standard) return x;
    const s = standards.find((s) => s.code === x.standard);
    return s ? { ...x, points: s.points } : x; // 扣分 left blank: the standard's points
  });
  [r.added.findings, r.updated.findings] = mergeRows(ds.findings, findings, findingKey, [
    "duty",
    "standard",
    "points",
    "rectified",
  ]);

  for (const u of c.taskUpdates) {
    const task = ds.tasks.find((t) => t.id === u.id);
    if (!task) {
      r.skipped.push(`${f}，${u.cells.completed}：交办事项 ${u.id} 不在本月工作簿中，未汇总`);
      continue;
    }
    if (task.owner !== c.person) {
      r.skipped.push(
        `${f}，${u.cells.completed}：交办事项 ${u.id} 的责任人是${task.owner}，不是${c.person}，未汇总`
      );
      continue;
    }
    let changed = false;
    for (const field of ["completed", "reported"] as const) {
      const label = field === "completed" ? "完成日期" : "回报日期";
      const clerk = u[field];
      const mine = task[field];
      const base = u.original ? u.original[field] : undefined;
      if (clerk === undefined) {
        if (u.original && base !== undefined && mine !== undefined) {
          r.conflicts.push(
            `${f}，${u.cells[field]}：交办事项 ${u.id} 的${label}被清空，月度工作簿保留 ${mine}`
          );
        }
        continue;
      }
      if (clerk === mine) continue;
      if (u.original && clerk === base) continue; // unchanged by the clerk: the director's later value stands
      if (mine !== undefined) {
        r.conflicts.push(
          `${f}，${u.cells[field]}：交办事项 ${u.id} 的${label}在月度工作簿中为 ${mine}，本人填写 ${clerk}，已采用本人填写`
        );
      }
      (task as Task)[field] = clerk;
      changed = true;
    }
    if (changed) r.updatedTasks++;
  }
  return r;
}
