// 汇总 (collect): clerks' 个人工作日志 merged into the month dataset without losing or
// duplicating a row (SPEC §9, docs/decisions.md "Collect").
// - Every row a clerk can fill has an identity (the hidden 行标识 column of the clerk workbook,
//   kept in the month workbook's own 行标识 column once collected). A row sent again replaces its
//   earlier version field by field — a corrected text replaces, a cleared cell clears — and a row
//   of that workbook whose identity no longer holds an entry (cleared or deleted) is removed.
// - Rows without an identity (a workbook made before identities, a row inserted in an
//   unprotected copy) are matched as before: log by date + person + content, weekly plan by
//   person + week + item, self-check by date + person + problem; updated from the clerk's
//   non-empty cells, appended when new, never removed.
// - A row with an error in the clerk's file is not collected and its earlier version stays.
// - A task's 完成日期/回报日期: with the workbook's 原始数据 (the dates it was generated with) a
//   date the clerk left unchanged keeps the director's current one; a date the clerk changed wins
//   (a replaced different director's date is listed in `conflicts`); a date the clerk cleared is
//   cleared when the director still had the generated one, kept (with a conflict) otherwise.
// - A file for another month, of a person not on the roster, or a task of someone else is
//   refused with a message in `skipped`.
// The result says where each record came from (origins), so the workbook written from it keeps
// what the director added beside each row (src/workbook/keep.ts).

import { resolveRules } from "../../domain/rules";
import type {
  Dataset,
  DeductionStandard,
  Finding,
  LogEntry,
  Task,
  WeeklyPlan,
} from "../../domain/types";
import { rowIdToken, type ClerkRead } from "../clerk/read";
import type { Origins } from "../keep";

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
  /** rows of this clerk's workbook that were collected before and are now cleared or deleted */
  removed: CollectCounts;
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
  /** for each record of `dataset`, the index of the month record it continues */
  origins: Origins;
}

type Kind = keyof CollectCounts;

const norm = (s: unknown): string => String(s ?? "").replace(/[\s\u3000]+/g, "");
const KEYS = {
  logs: (l: LogEntry) => `${l.date}\u0001${l.person}\u0001${norm(l.content)}`,
  weeklyPlans: (p: WeeklyPlan) => `${p.person}\u0001${p.weekStart}\u0001${norm(p.item)}`,
  findings: (f: Finding) => `${f.date}\u0001${f.person}\u0001${f.source}\u0001${norm(f.problem)}`,
};
/** What a clerk's row holds (its identity and person aside): replaced whole when sent again. */
const CLERK_FIELDS = {
  logs: ["date", "duty", "content", "status", "problem", "measure", "selfCheck"],
  weeklyPlans: ["weekStart", "item", "duty", "outcome"],
  findings: ["date", "duty", "problem", "standard", "points", "rectified"],
} as const;
/** Fields an identity-less row updates when the clerk filled them (the key fields match already). */
const FILL_FIELDS = {
  logs: ["duty", "status", "problem", "measure", "selfCheck"],
  weeklyPlans: ["duty", "outcome"],
  findings: ["duty", "standard", "points", "rectified"],
} as const;

/** A record of the merged list and the month record it continues. */
interface Slot<T> {
  rec: T;
  from?: number;
}

/** Copies `fields` from `from`; `clear`: a field the clerk left empty is removed. True when changed. */
function assign(target: object, from: object, fields: readonly string[], clear: boolean): boolean {
  const t = target as Record<string, unknown>;
  const f = from as Record<string, unknown>;
  let changed = false;
  for (const k of fields) {
    const v = f[k];
    const empty = v === undefined || v === null || v === "";
    if (empty) {
      if (clear && t[k] !== undefined) {
        delete t[k];
        changed = true;
      }
      continue;
    }
    if (t[k] !== v) {
      t[k] = v;
      changed = true;
    }
  }
  return changed;
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
  const slots = {
    logs: ds.logs.map((rec, i): Slot<LogEntry> => ({ rec, from: i })),
    weeklyPlans: ds.weeklyPlans.map((rec, i): Slot<WeeklyPlan> => ({ rec, from: i })),
    findings: ds.findings.map((rec, i): Slot<Finding> => ({ rec, from: i })),
  };
  const report = clerks.map((c) => collectOne(ds, slots, c, standards));
  ds.logs = slots.logs.map((s) => s.rec);
  ds.weeklyPlans = slots.weeklyPlans.map((s) => s.rec);
  ds.findings = slots.findings.map((s) => s.rec);
  const origins: Origins = {
    duties: ds.duties.map((_, i) => i),
    staff: ds.staff.map((_, i) => i),
    tasks: ds.tasks.map((_, i) => i),
    quotas: ds.quotas.map((_, i) => i),
    bonuses: ds.bonuses.map((_, i) => i),
    logs: slots.logs.map((s) => s.from),
    weeklyPlans: slots.weeklyPlans.map((s) => s.from),
    findings: slots.findings.map((s) => s.from),
  };
  return { dataset: ds, report, origins };
}

function mergeKind<T extends LogEntry | WeeklyPlan | Finding>(
  kind: Kind,
  slots: Slot<T>[],
  rows: T[],
  c: ClerkRead,
  r: CollectReport,
  mine: (rec: T) => boolean
): void {
  const key = KEYS[kind] as (x: T) => string;
  // rows of this workbook collected earlier whose identity no longer holds an entry: removed
  const present = c.rowIds[kind];
  for (let i = slots.length - 1; i >= 0; i--) {
    const id = slots[i].rec.rowId;
    if (!id || !mine(slots[i].rec) || !c.tokens.has(rowIdToken(id.replace(/#\d+$/, "")))) continue;
    if (present.has(id)) continue;
    slots.splice(i, 1);
    r.removed[kind]++;
  }
  const byId = new Map<string, Slot<T>>();
  const byKey = new Map<string, Slot<T>>();
  for (const s of slots) {
    if (s.rec.rowId) byId.set(s.rec.rowId, s);
    else if (!byKey.has(key(s.rec))) byKey.set(key(s.rec), s);
  }
  const touched = new Set<Slot<T>>();
  for (const row of rows) {
    const id = row.rowId;
    let have = id ? byId.get(id) : undefined;
    if (have) {
      // the clerk's row as sent now replaces its earlier version, cleared cells included
      if (assign(have.rec, row, CLERK_FIELDS[kind], true)) touched.add(have);
      continue;
    }
    have = byKey.get(key(row));
    if (have && mine(have.rec)) {
      // the same entry without an identity (collected before identities, or typed by the director)
      byKey.delete(key(row));
      // taking the identity on is no change the director needs to hear about
      if (assign(have.rec, row, FILL_FIELDS[kind], false)) touched.add(have);
      if (id) {
        have.rec.rowId = id;
        byId.set(id, have);
      }
      continue;
    }
    const slot: Slot<T> = { rec: { ...row } };
    slots.push(slot);
    if (id) byId.set(id, slot);
    else byKey.set(key(row), slot);
    r.added[kind]++;
  }
  r.updated[kind] += touched.size;
}

function collectOne(
  ds: Dataset,
  slots: {
    logs: Slot<LogEntry>[];
    weeklyPlans: Slot<WeeklyPlan>[];
    findings: Slot<Finding>[];
  },
  c: ClerkRead,
  standards: DeductionStandard[]
): CollectReport {
  const r: CollectReport = {
    file: c.file,
    person: c.person,
    added: { logs: 0, weeklyPlans: 0, findings: 0 },
    updated: { logs: 0, weeklyPlans: 0, findings: 0 },
    removed: { logs: 0, weeklyPlans: 0, findings: 0 },
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

  const person = c.person;
  mergeKind("logs", slots.logs, c.logs, c, r, (x) => x.person === person);
  mergeKind("weeklyPlans", slots.weeklyPlans, c.weeklyPlans, c, r, (x) => x.person === person);
  const findings = c.findings.map((x) => {
    if (x.points !== undefined || !x.standard) return x;
    const s = standards.find((s) => s.code === x.standard);
    return s ? { ...x, points: s.points } : x; // 扣分 left blank: the standard's points
  });
  mergeKind(
    "findings",
    slots.findings,
    findings,
    c,
    r,
    (x) => x.person === person && x.source === "自查"
  );

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
      const current = task[field];
      const base = u.original ? u.original[field] : undefined;
      if (clerk === undefined) {
        if (!u.original || base === undefined || current === undefined) continue;
        if (current === base) {
          // the clerk cleared the date the workbook was generated with: cleared
          delete (task as Task)[field];
          changed = true;
        } else {
          r.conflicts.push(
            `${f}，${u.cells[field]}：交办事项 ${u.id} 的${label}被清空，月度工作簿已改为 ${current}，保留 ${current}`
          );
        }
        continue;
      }
      if (clerk === current) continue;
      if (u.original && clerk === base) continue; // unchanged by the clerk: the director's later value stands
      if (current !== undefined) {
        r.conflicts.push(
          `${f}，${u.cells[field]}：交办事项 ${u.id} 的${label}在月度工作簿中为 ${current}，本人填写 ${clerk}，已采用本人填写`
        );
      }
      (task as Task)[field] = clerk;
      changed = true;
    }
    if (changed) r.updatedTasks++;
  }
  return r;
}
