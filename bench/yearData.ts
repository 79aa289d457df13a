// Twelve generated months of one office for the year and roll-up tests and benchmarks: each
// month's own entries from the synthetic year, 月度指标 with an annual target, the last person
// joining on 2026-06-10, a 一票否决 in March for the second person, and every third person
// without tasks or findings and with a log every working day, so 优秀 and ties occur (seeded).
import { Calendar } from "../src/domain/calendar";
import { monthEnd, monthStart } from "../src/domain/dates";
import type { Dataset } from "../src/domain/types";
import { syntheticYear } from "./domainData";

const pad = (n: number): string => String(n).padStart(2, "0");

export const JOIN_DATE = "2026-06-10";

export function syntheticMonths(people: number, seed = 1, office?: string): Dataset[] {
  const year = syntheticYear(people, seed);
  if (office) year.office = office;
  const joiner = year.staff[year.staff.length - 1];
  const good = new Set(
    year.staff.filter((_, i) => i % 3 === 0 && i < year.staff.length - 1).map((s) => s.name)
  );
  const cal = new Calendar();
  const out: Dataset[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = `2026-${pad(m)}`;
    const [from, to] = [monthStart(month), monthEnd(month)];
    const inMonth = (d: string): boolean => d >= from && d <= to;
    const staff = year.staff
      .filter((s) => s !== joiner || month >= JOIN_DATE.slice(0, 7))
      .map((s) => (s === joiner ? { ...s, start: JOIN_DATE } : { ...s }));
    const onStaff = new Set(staff.map((s) => s.name));
    const findings = year.findings.filter(
      (f) => inMonth(f.date) && onStaff.has(f.person) && !good.has(f.person)
    );
    // the good people differ a little: the k-th loses k points in January
    if (m === 1) {
      [...good].forEach((person, k) => {
        if (k > 0)
          findings.push({
            date: "2026-01-20",
            person,
            problem: "收文未当日登记",
            points: k,
            source: "组织检查",
            rectified: false,
            veto: false,
          });
      });
    }
    if (m === 3 && year.staff.length > 1) {
      findings.push({
        date: "2026-03-12",
        person: year.staff[1].name,
        problem: "涉密文件未按规定保管",
        points: 3,
        source: "组织检查",
        rectified: false,
        veto: true,
      });
    }
    out.push({
      ...year,
      month,
      asOf: to,
      staff,
      logs: [
        ...[...good].flatMap((person) =>
          cal
            .workdays(from, to)
            .map((date) => ({ date, person, content: "日常工作", status: "完成" as const }))
        ),
        ...year.logs.filter(
          (l) =>
            inMonth(l.date) &&
            onStaff.has(l.person) &&
            !good.has(l.person) &&
            l.date >= (l.person === joiner.name ? JOIN_DATE : from)
        ),
      ],
      tasks: year.tasks.filter(
        (t) => inMonth(t.assigned) && onStaff.has(t.owner) && !good.has(t.owner)
      ),
      findings,
      quotas: staff.map((s, i) => ({
        person: s.name,
        indicator: "宣传稿件",
        annualTarget: 24,
        target: 2,
        actual: (i * 7 + m * 3 + seed) % 4,
      })),
    });
  }
  return out;
}
