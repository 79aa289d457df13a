// Synthetic year of an office for the benchmarks: N people, every month filled (seeded, reproducible).
import { Calendar } from "../src/domain/calendar";
import { defaultHandbook } from "../src/domain/defaultOffice";
import type { Dataset, Finding, LogEntry, Staff, Task } from "../src/domain/types";

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * `logsPerDay` (5) log rows per person per working day, 10 tasks and 5 findings per person per
 * month, in 2026.
 */
export function syntheticYear(people: number, seed = 1, logsPerDay = 5): Dataset {
  const hb = defaultHandbook();
  const cal = new Calendar();
  const rand = rng(seed);
  const staff: Staff[] = [];
  for (let i = 0; i < people; i++) {
    staff.push({
      name: `职工${String(i + 1).padStart(3, "0")}`,
      post: hb.posts[i % hb.posts.length].name,
    });
  }
  const dutiesOf = new Map<string, string[]>();
  for (const d of hb.duties) dutiesOf.set(d.post, [...(dutiesOf.get(d.post) ?? []), d.code]);
  const logs: LogEntry[] = [];
  const tasks: Task[] = [];
  const findings: Finding[] = [];
  const workdays = cal.workdays("2026-01-01", "2026-12-31");
  for (const p of staff) {
    const codes = dutiesOf.get(p.post) ?? [];
    for (const day of workdays) {
      if (rand() < 0.02) continue; // a missing day now and then
      for (let k = 0; k < logsPerDay; k++) {
        logs.push({
          date: day,
          person: p.name,
          duty: codes[k % codes.length],
          content: "日常工作",
          status: "完成",
        });
      }
    }
    for (let m = 1; m <= 12; m++) {
      for (let k = 0; k < 10; k++) {
        // December stays clear of 2027, which the holiday data does not cover.
        const assigned = `2026-${pad(m)}-${pad(1 + Math.floor(rand() * (m === 12 ? 10 : 20)))}`;
        const due = cal.addWd(assigned, 1 + Math.floor(rand() * 8));
        const r = rand();
        const completed = r < 0.6 ? cal.addWd(assigned, 1 + Math.floor(rand() * 10)) : undefined;
        tasks.push({
          id: `${p.name}-${m}-${k}`,
          source: "领导交办",
          title: "交办事项",
          duty: codes[k % codes.length],
          owner: p.name,
          assigned,
          due,
          completed: completed && completed <= "2026-12-31" ? completed : undefined,
          reported:
            completed && rand() < 0.8 && completed <= "2026-12-30"
              ? cal.addWd(completed, 1)
              : undefined,
        });
      }
      for (let k = 0; k < 5; k++) {
        findings.push({
          date: `2026-${pad(m)}-${pad(1 + Math.floor(rand() * 28))}`,
          person: p.name,
          duty: codes[(k * 3) % codes.length],
          problem: "检查发现问题",
          points: 0.5 + Math.floor(rand() * 4) * 0.5,
          source: rand() < 0.5 ? "自查" : "组织检查",
          rectified: rand() < 0.5,
          veto: false,
        });
      }
    }
  }
  return {
    office: hb.office,
    month: "2026-01",
    asOf: "2026-01-31",
    posts: hb.posts,
    duties: hb.duties,
    staff,
    tasks,
    logs,
    weeklyPlans: [],
    findings,
    quotas: staff.map((s) => ({
      person: s.name,
      indicator: "宣传稿件",
      target: 2,
      actual: Math.floor(rand() * 4),
    })),
    bonuses: [],
  };
}
