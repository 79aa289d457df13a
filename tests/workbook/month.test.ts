// The month workbook's structure (SPEC §5): headers in row 1, defined names, locked formulas and
// unlocked inputs, dropdowns and date validation, status colours, protection and print setup,
// the function allow-list, and a small month whose numbers are worked out by hand.

import JSZip from "jszip";
import { sampleMonth } from "../../src/domain/defaultOffice";
import { RULE_PARAMETERS } from "../../src/domain/rules";
import { scoreMonth } from "../../src/domain/scoring";
import { FINDING_SOURCES, LOG_STATUSES, TASK_SOURCES, type Dataset } from "../../src/domain/types";
import { parseCell, parseRange, rangeContains } from "../../src/workbook/address";
import { describeViolation, workbookViolations } from "../../src/workbook/functions";
import {
  inlineListText,
  isFormulaCell,
  modelProblems,
  type Cell,
  type SheetModel,
  type WorkbookModel,
} from "../../src/workbook/model";
import { buildMonthWorkbook, MONTH_NAMES, RULE_NAMES } from "../../src/workbook/month";
import {
  HEADERS,
  MONTH_SHEETS,
  NO,
  README_HEADERS,
  STATUS_COLORS,
  YES,
} from "../../src/workbook/sheets";
import { readXlsx } from "../../src/xlsx/reader";
import { writeXlsx } from "../../src/xlsx/writer";
import { textMonth } from "./registry";
import { cellOf, namedCell } from "../../src/workbook/grid";
import { findTable } from "../../src/workbook/read/table";

function sheet(m: WorkbookModel, name: string): SheetModel {
  const s = m.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** The model's cell at an address (null when no block covers it). */
function cellAt(s: SheetModel, address: string): Cell {
  const { row, col } = parseCell(address);
  for (const b of s.blocks) {
    const o = parseCell(b.origin);
    const r = row - o.row;
    const c = col - o.col;
    if (r >= 0 && c >= 0 && r < b.cells.length && c < b.cells[0].length) return b.cells[r][c];
  }
  return null;
}

function rowValues(s: SheetModel, row: number, from: string, count: number): Cell[] {
  const c0 = parseCell(`${from}1`).col;
  return Array.from({ length: count }, (_, k) =>
    cellAt(s, `${String.fromCharCode(64 + c0 + k)}${row}`)
  );
}

/** Locked as Excel sees it: formats apply in order, later ones win; cells are locked by default. */
function locked(s: SheetModel, address: string): boolean {
  const { row, col } = parseCell(address);
  let l = true;
  for (const f of s.formats)
    if (f.style.locked !== undefined && rangeContains(parseRange(f.range), row, col))
      l = f.style.locked;
  return l;
}

function validationAt(s: SheetModel, address: string) {
  const { row, col } = parseCell(address);
  return s.validations.find((v) => rangeContains(parseRange(v.range), row, col))?.rule;
}

const sample = sampleMonth();
const PAGE_SHEETS: string[] = [
  MONTH_SHEETS.notice,
  MONTH_SHEETS.weekNotice,
  MONTH_SHEETS.personSheets,
  MONTH_SHEETS.payout,
];
const model = buildMonthWorkbook(sample);

describe("sheets and headers (row 1, exactly the SPEC headers in order)", () => {
  test("the SPEC sheets exist in order, then the hidden helpers", () => {
    expect(model.sheets.map((s) => s.name)).toEqual([
      ...Object.values(MONTH_SHEETS),
      "周考核明细",
      "计算",
      "排序索引",
    ]);
    expect(model.sheets.filter((s) => s.hidden).map((s) => s.name)).toEqual([
      "周考核明细",
      "计算",
      "排序索引",
    ]);
  });

  test.each([
    [MONTH_SHEETS.readme, "A", README_HEADERS],
    [MONTH_SHEETS.duties, "A", HEADERS.duties],
    [MONTH_SHEETS.staff, "A", HEADERS.staff],
    [MONTH_SHEETS.calendar, "A", HEADERS.calendar],
    [MONTH_SHEETS.rules, "A", HEADERS.ruleParams],
    [MONTH_SHEETS.rules, "E", HEADERS.grades],
    [MONTH_SHEETS.rules, "I", HEADERS.standards],
    [MONTH_SHEETS.tasks, "A", HEADERS.tasks],
    [MONTH_SHEETS.logs, "A", HEADERS.logs],
    [MONTH_SHEETS.weeklyPlans, "A", HEADERS.weeklyPlans],
    [MONTH_SHEETS.findings, "A", HEADERS.findings],
    [MONTH_SHEETS.quotas, "A", HEADERS.quotas],
    [MONTH_SHEETS.bonuses, "A", HEADERS.bonuses],
    [MONTH_SHEETS.detail, "A", HEADERS.detail],
    [MONTH_SHEETS.summary, "A", HEADERS.summary],
    [MONTH_SHEETS.overdue, "A", HEADERS.overdue],
  ])("%s from column %s", (name, from, headers) => {
    expect(rowValues(sheet(model, name), 1, from, headers.length)).toEqual([...headers]);
  });

  test("公示 is a notice: title, preamble, then 名次 姓名 岗位 基础分 加分 得分 等级 奖惩金额 备注 in row 3", () => {
    const s = sheet(model, MONTH_SHEETS.notice);
    expect(cellAt(s, "A1")).toBe("惠金河务局办公室2026年10月岗位责任考核结果公示");
    expect(rowValues(s, 3, "A", HEADERS.notice.length)).toEqual([...HEADERS.notice]);
  });

  test("周考核 has 姓名 岗位 and one column per week of October 2026", () => {
    // 2026-10-01 is a Thursday: weeks 10-01~10-04, 10-05~10-11, 10-12~10-18, 10-19~10-25, 10-26~10-31
    expect(rowValues(sheet(model, MONTH_SHEETS.weekly), 1, "A", 7)).toEqual([
      "姓名",
      "岗位",
      "第1周 10-01~10-04",
      "第2周 10-05~10-11",
      "第3周 10-12~10-18",
      "第4周 10-19~10-25",
      "第5周 10-26~10-31",
    ]);
  });

  test("the reader finds every input table by its headers in row 1 with all records", async () => {
    const book = await readXlsx(await writeXlsx(model), "sample.xlsx");
    const inputs: Array<[string, readonly string[], number]> = [
      [MONTH_SHEETS.duties, HEADERS.duties, sample.duties.length],
      [MONTH_SHEETS.staff, HEADERS.staff, sample.staff.length],
      [MONTH_SHEETS.tasks, HEADERS.tasks.slice(0, 10), sample.tasks.length],
      [MONTH_SHEETS.logs, HEADERS.logs, sample.logs.length],
      [MONTH_SHEETS.weeklyPlans, HEADERS.weeklyPlans, sample.weeklyPlans.length],
      [MONTH_SHEETS.findings, HEADERS.findings, sample.findings.length],
      [MONTH_SHEETS.quotas, HEADERS.quotas.slice(0, 5), sample.quotas.length],
      [MONTH_SHEETS.bonuses, HEADERS.bonuses, sample.bonuses.length],
      [MONTH_SHEETS.rules, HEADERS.grades, 4],
    ];
    for (const [name, headers, n] of inputs) {
      const t = findTable(book, name, [...headers]);
      expect([name, t.headerRow, t.rows.length]).toEqual([name, 1, n]);
    }
    expect(namedCell(book, MONTH_NAMES.asOf)).toEqual({
      sheet: MONTH_SHEETS.readme,
      address: "B4",
    });
  });
});

describe("说明 and defined names", () => {
  const readme = sheet(model, MONTH_SHEETS.readme);

  test("office, month, 基准日 (an input date), 月初 and 月末 by formula", () => {
    expect(rowValues(readme, 2, "A", 2)).toEqual(["单位", sample.office]);
    expect(rowValues(readme, 3, "A", 2)).toEqual(["考核月份", "2026-10"]);
    expect(rowValues(readme, 4, "A", 2)).toEqual(["基准日", { date: "2026-10-31" }]);
    expect(cellAt(readme, "B5")).toEqual({
      formula: "DATE(VALUE(LEFT(B3,4)),VALUE(RIGHT(B3,2)),1)",
      result: { date: "2026-10-01" },
    });
    expect(cellAt(readme, "B6")).toEqual({
      formula: "EOMONTH(B5,0)",
      result: { date: "2026-10-31" },
    });
    expect(validationAt(readme, "B4")).toMatchObject({
      type: "date",
      min: "2026-10-01",
      max: "2026-10-31",
    });
  });

  test("the colour legend shows the four status colours", () => {
    const fills = readme.formats
      .map((f) => f.style.fill)
      .filter((f) => f && Object.values(STATUS_COLORS).includes(f as never));
    expect(new Set(fills)).toEqual(new Set(Object.values(STATUS_COLORS)));
  });

  test("基准日, 月初, 月末 and every numeric parameter have a defined name", () => {
    const names = new Map(model.definedNames.map((n) => [n.name, n.ref]));
    expect(names.get("基准日")).toBe("'说明'!$B$4");
    expect(names.get("月初")).toBe("'说明'!$B$5");
    expect(names.get("月末")).toBe("'说明'!$B$6");
    const rules = sheet(model, MONTH_SHEETS.rules);
    for (const p of RULE_PARAMETERS) {
      const ref = names.get(RULE_NAMES[p.key]);
      expect(ref).toMatch(/^'考核标准'!\$B\$\d+$/);
      const addr = ref!.split("!")[1].replace(/\$/g, "");
      // the 参数 label next to the named 取值 cell is the rule's label
      expect(cellAt(rules, `A${addr.slice(1)}`)).toBe(p.label);
      expect(locked(rules, addr)).toBe(false);
    }
    expect(names.get(MONTH_NAMES.vetoGrade)).toMatch(/^'考核标准'!\$B\$18$/);
    for (const n of [
      MONTH_NAMES.calDates,
      MONTH_NAMES.calTypes,
      MONTH_NAMES.calRun,
      MONTH_NAMES.gradeNames,
      MONTH_NAMES.cutoff,
    ])
      expect(names.has(n)).toBe(true);
  });
});

describe("protection: inputs unlocked, formulas and headers locked", () => {
  test("every formula cell and every header cell is locked, on every sheet", () => {
    const open: string[] = [];
    for (const s of model.sheets) {
      for (const b of s.blocks) {
        const o = parseCell(b.origin);
        b.cells.forEach((row, r) =>
          row.forEach((c, k) => {
            const addr = `${colName(o.col + k)}${o.row + r}`;
            if ((isFormulaCell(c) || o.row + r === 1) && !locked(s, addr))
              open.push(`${s.name}!${addr}`);
          })
        );
      }
    }
    expect(open).toEqual([]);
  });

  test("input columns are unlocked, spare rows included", () => {
    const tasks = sheet(model, MONTH_SHEETS.tasks);
    const spare = 1 + sample.tasks.length + 30;
    for (const col of ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "Q"]) {
      expect([col, locked(tasks, `${col}2`), locked(tasks, `${col}${spare}`)]).toEqual([
        col,
        false,
        false,
      ]);
    }
    for (const col of ["K", "L", "M", "N", "O", "P", "R", "U"])
      expect([col, locked(tasks, `${col}2`)]).toEqual([col, true]);
    expect(locked(sheet(model, MONTH_SHEETS.readme), "B4")).toBe(false);
    expect(locked(sheet(model, MONTH_SHEETS.calendar), "C2")).toBe(false);
    expect(locked(sheet(model, MONTH_SHEETS.calendar), "E2")).toBe(true);
    expect(locked(sheet(model, MONTH_SHEETS.logs), "A2")).toBe(false);
  });

  test("exportMode locks 基准日 and drops its validation; nothing else changes", () => {
    const exported = buildMonthWorkbook(sample, { exportMode: true });
    const readme = sheet(exported, MONTH_SHEETS.readme);
    expect(locked(readme, "B4")).toBe(true);
    expect(validationAt(readme, "B4")).toBeUndefined();
    expect(exported.sheets.map((s) => s.blocks)).toEqual(model.sheets.map((s) => s.blocks));
  });

  test("every sheet is protected without password, visible ones freeze and repeat row 1 on A4", () => {
    for (const s of model.sheets) {
      expect([s.name, s.protection?.password]).toEqual([s.name, undefined]);
      expect(s.protection).toBeDefined();
      if (s.hidden) continue;
      // the notices are pages (title above the table), not tables to scroll
      if (PAGE_SHEETS.includes(s.name)) {
        expect([s.name, s.print?.paper, s.print?.printArea !== undefined]).toEqual([
          s.name,
          "A4",
          true,
        ]);
        continue;
      }
      expect([
        s.name,
        s.freeze?.rows,
        s.print?.paper,
        s.print?.titleRows,
        s.tabColor !== undefined,
      ]).toEqual([s.name, 1, "A4", [1, 1], true]);
    }
  });
});

/** The last row of a sheet showing anything (a formula showing "" is empty). */
function cellsWithContent(s: SheetModel): number {
  let last = 1;
  for (const b of s.blocks) {
    const o = parseCell(b.origin);
    b.cells.forEach((row, r) => {
      if (row.some((c) => c !== null && c !== "" && !(isFormulaCell(c) && c.result === "")))
        last = Math.max(last, o.row + r);
    });
  }
  return last;
}

describe("print areas", () => {
  test("stored absolute ($A$1:$O$59), the form LibreOffice honours; helper columns are not printed", async () => {
    // ExcelJS alone would store $A1:$O59, which LibreOffice ignores (it then prints every column)
    const zip = await JSZip.loadAsync(await writeXlsx(model));
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    const areas = [
      ...xml.matchAll(
        /<definedName name="_xlnm.Print_Area" localSheetId="(\d+)">([^<]*)<\/definedName>/g
      ),
    ].map((m) => [model.sheets[+m[1]].name, m[2].replace(/&apos;/g, "'")]);
    // the rows in use, not the 30 spare rows; 考核汇总 up to 一票否决 (扣款 and 一票否决 print)
    expect(areas).toContainEqual([
      MONTH_SHEETS.tasks,
      `'交办事项'!$A$1:$Q$${1 + sample.tasks.length}`,
    ]);
    expect(areas).toContainEqual([
      MONTH_SHEETS.summary,
      `'考核汇总'!$A$1:$Q$${1 + sample.staff.length}`,
    ]);
    const listed = cellsWithContent(sheet(model, MONTH_SHEETS.overdue));
    expect(areas).toContainEqual([MONTH_SHEETS.overdue, `'逾期清单'!$A$1:$F$${listed}`]);
    for (const [, ref] of areas) expect(ref).toMatch(/^'[^']+'!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/);
  });
});

describe("dropdowns and validation", () => {
  test("sources, people, duty codes, statuses, yes/no and dates", () => {
    const tasks = sheet(model, MONTH_SHEETS.tasks);
    expect(validationAt(tasks, "B2")).toMatchObject({ type: "list", values: [...TASK_SOURCES] });
    expect(validationAt(tasks, "D40")).toMatchObject({
      type: "list",
      source: expect.stringMatching(/^'岗位职责'!\$A\$2:\$A\$\d+$/),
    });
    expect(validationAt(tasks, "E2")).toMatchObject({
      type: "list",
      source: expect.stringMatching(/^'人员'!\$A\$2:\$A\$\d+$/),
    });
    for (const c of ["F2", "H2", "I2", "J2"])
      expect(validationAt(tasks, c)).toMatchObject({ type: "date" });
    expect(validationAt(tasks, "G2")).toMatchObject({ type: "whole", min: 0 });
    expect(validationAt(sheet(model, MONTH_SHEETS.logs), "E2")).toMatchObject({
      type: "list",
      values: [...LOG_STATUSES],
    });
    const findings = sheet(model, MONTH_SHEETS.findings);
    expect(validationAt(findings, "G2")).toMatchObject({
      type: "list",
      values: [...FINDING_SOURCES],
    });
    expect(validationAt(findings, "H2")).toMatchObject({ type: "list", values: [YES, NO] });
    expect(validationAt(findings, "I2")).toMatchObject({ type: "list", values: [YES, NO] });
    expect(validationAt(findings, "E2")).toMatchObject({
      type: "list",
      source: expect.stringMatching(/^'考核标准'!\$I\$2:/),
    });
    expect(validationAt(sheet(model, MONTH_SHEETS.calendar), "C2")).toMatchObject({
      type: "list",
      values: ["工作日", "休息日", "节假日", "调休上班"],
    });
    expect(validationAt(sheet(model, MONTH_SHEETS.staff), "B2")).toMatchObject({
      type: "list",
      source: expect.stringMatching(/^'计算'!\$K\$2:\$K\$14$/),
    });
    expect(validationAt(sheet(model, MONTH_SHEETS.staff), "C2")).toMatchObject({ type: "date" });
    expect(validationAt(sheet(model, MONTH_SHEETS.duties), "I2")).toMatchObject({
      type: "decimal",
      min: 0,
    });
  });

  test("no inline list exceeds 255 characters; the 115 duty codes (longer inline) come from a range", () => {
    expect(modelProblems(model)).toEqual([]);
    expect(inlineListText(sample.duties.map((d) => d.code)).length).toBeGreaterThan(255);
    for (const s of model.sheets)
      for (const v of s.validations)
        if (v.rule.type === "list" && "values" in v.rule)
          expect(inlineListText(v.rule.values).length).toBeLessThanOrEqual(255);
  });
});

describe("交办事项 explains every 扣分 (issue 10)", () => {
  // each task row of the sample month: 扣分 = the overdue charge over 本月计扣工作日 (not all of
  // 逾期工作日) + 0.5 when 回报情况 says 扣0.5; and the sample holds both kinds of explanation
  const tasks = sheet(model, MONTH_SHEETS.tasks);
  const shown = (a: string) => {
    const c = cellAt(tasks, a);
    return isFormulaCell(c) ? c.result : c;
  };
  const rows = sample.tasks.map((_, i) => {
    const r = i + 2;
    const [status, days, charged, report, points] = ["L", "M", "N", "O", "P"].map((c) =>
      shown(`${c}${r}`)
    );
    return { status, days, charged, report, points };
  });

  test("扣分 = 2 + 0.5 n (逾期未完成) or 1 + 0.5 n (逾期完成), n = 本月计扣工作日, + 0.5 for a late report", () => {
    for (const x of rows) {
      const n = typeof x.charged === "number" ? x.charged : undefined;
      const overdue = n === undefined ? 0 : x.status === "逾期未完成" ? 2 + 0.5 * n : 1 + 0.5 * n;
      const report = typeof x.report === "string" && x.report.endsWith("扣0.5") ? 0.5 : 0;
      expect([x, overdue + report]).toEqual([x, x.points]);
    }
  });

  test("a task overdue since September is charged only October's days; late and missing reports say so", () => {
    expect(
      rows.some(
        (x) => typeof x.charged === "number" && typeof x.days === "number" && x.charged < x.days
      )
    ).toBe(true);
    const reports = new Set(rows.map((x) => x.report));
    expect(reports).toContain("按时回报");
    expect([...reports].some((t) => /^(回报迟报|未回报) 扣0\.5$/.test(String(t)))).toBe(true);
    // no green 按时完成 row loses points without a column saying why
    for (const x of rows.filter((r) => r.status === "按时完成" && r.points !== 0))
      expect(String(x.report)).toMatch(/扣0\.5$/);
  });
});

describe("status colours", () => {
  test("交办事项 rows are coloured by 状态 with the shared colours", () => {
    const cfs = sheet(model, MONTH_SHEETS.tasks).conditionalFormats;
    const last = 1 + sample.tasks.length + 30;
    expect(cfs.map((c) => [c.range, c.formula, c.fill])).toEqual([
      [`A2:Q${last}`, '$L2="逾期未完成"', STATUS_COLORS["逾期未完成"]],
      [`A2:Q${last}`, '$L2="临期"', STATUS_COLORS["临期"]],
      [`A2:Q${last}`, '$L2="逾期完成"', STATUS_COLORS["逾期完成"]],
      [`A2:Q${last}`, '$L2="按时完成"', STATUS_COLORS["按时完成"]],
    ]);
  });

  test("逾期清单 rows are red (open) or orange (done late)", () => {
    const cfs = sheet(model, MONTH_SHEETS.overdue).conditionalFormats;
    expect(cfs.map((c) => [c.formula, c.fill])).toEqual([
      ['$F2="逾期未完成"', STATUS_COLORS["逾期未完成"]],
      ['$F2="逾期完成"', STATUS_COLORS["逾期完成"]],
    ]);
  });
});

describe("allowed functions", () => {
  test("the month workbook uses only the allow-list (no TODAY, OFFSET, INDIRECT, WORKDAY …)", () => {
    expect(workbookViolations(model).map(describeViolation)).toEqual([]);
    const text = JSON.stringify(model);
    for (const f of ["TODAY(", "WORKDAY", "NETWORKDAYS", "OFFSET(", "INDIRECT("])
      expect(text.includes(f)).toBe(false);
  });
});

// ---- a month small enough to compute by hand ---------------------------------------------------

/**
 * October 2026, 基准日 10-12. 国庆 10-01..10-07 off, Sat 10-10 worked, so the working days of
 * the month up to 10-12 are 10-08, 10-09, 10-10, 10-12.
 */
function handMonth(): Dataset {
  return {
    office: "测试办公室",
    month: "2026-10",
    asOf: "2026-10-12",
    posts: [{ name: "秘书" }],
    duties: [
      {
        code: "MS-01",
        post: "秘书",
        content: "收文登记",
        frequency: "每日",
        timeLimit: "当日",
        standard: "无遗漏",
        checker: "办公室主任",
        points: 60,
      },
      {
        code: "MS-02",
        post: "秘书",
        content: "文稿起草",
        frequency: "随时",
        timeLimit: "按时限",
        standard: "无差错",
        checker: "办公室主任",
        points: 40,
      },
    ],
    staff: [
      { name: "甲", post: "秘书" },
      { name: "乙", post: "秘书", start: "2026-10-09" },
    ],
    tasks: [
      // due = addWd(09-29, 3) = 09-30, 10-08, 10-09 → 10-09; open at 10-12: wd(10-09, 10-12) = 10-10, 10-12 = 2
      // 扣分 = 2 + 0.5 × wd(max(10-09, 09-30), 10-12) = 2 + 0.5 × 2 = 3
      {
        id: "T1",
        source: "领导交办",
        title: "节前安全检查通知",
        duty: "MS-01",
        owner: "甲",
        assigned: "2026-09-29",
        limitWorkdays: 3,
      },
      // open, wd(10-12, 10-14) = 2 ≤ 临期 2 → 临期, 0
      {
        id: "T2",
        source: "会议决议",
        title: "会议纪要",
        owner: "乙",
        assigned: "2026-10-08",
        due: "2026-10-14",
      },
      // done 10-09 > due 09-30: wd(09-30, 10-09) = 10-08, 10-09 = 2 → 1 + 0.5 × 2 = 2;
      // reported 10-12, after the deadline addWd(10-09, 1) = 10-10 (Sat, 调休上班) → +0.5; 扣分 2.5
      {
        id: "T3",
        source: "上级来文",
        title: "来文办理",
        duty: "MS-02",
        owner: "甲",
        assigned: "2026-09-28",
        due: "2026-09-30",
        completed: "2026-10-09",
        reported: "2026-10-12",
      },
      {
        id: "T4",
        source: "岗位职责",
        title: "月报",
        owner: "乙",
        assigned: "2026-10-08",
        due: "2026-10-20",
        completed: "2026-10-09",
        reported: "2026-10-09",
      },
    ],
    logs: [
      // 甲 misses 10-10; 乙 (from 10-09) misses 10-10
      ...["2026-10-08", "2026-10-09", "2026-10-12"].map((date) => ({
        date,
        person: "甲",
        content: "收文",
        status: "完成" as const,
      })),
      ...["2026-10-09", "2026-10-12"].map((date) => ({
        date,
        person: "乙",
        content: "纪要",
        status: "完成" as const,
      })),
    ],
    weeklyPlans: [],
    findings: [],
    quotas: [],
    bonuses: [],
  };
}

describe("a hand-computed month", () => {
  const ds = handMonth();
  const m = buildMonthWorkbook(ds);
  const result = (s: string, a: string) => {
    const c = cellAt(sheet(m, s), a);
    if (!isFormulaCell(c)) throw new Error(`${s}!${a} is not a formula`);
    return c.result;
  };

  test("交办事项: 应完成日, 状态, 逾期工作日, 本月计扣工作日, 回报情况, 扣分", () => {
    const cols = ["K", "L", "M", "N", "O", "P"];
    const rows = [2, 3, 4, 5].map((r) => cols.map((c) => result(MONTH_SHEETS.tasks, `${c}${r}`)));
    expect(rows).toEqual([
      [{ date: "2026-10-09" }, "逾期未完成", 2, 2, "", 3],
      [{ date: "2026-10-14" }, "临期", 0, "", "", 0],
      // reported 10-12 after the deadline 10-10 (调休上班): 1 + 0.5 × 2 + 0.5
      [{ date: "2026-09-30" }, "逾期完成", 2, 2, "回报迟报 扣0.5", 2.5],
      [{ date: "2026-10-20" }, "按时完成", 0, "", "按时回报", 0],
    ]);
    // an empty spare row yields "" everywhere
    expect(cols.map((c) => result(MONTH_SHEETS.tasks, `${c}6`))).toEqual(cols.map(() => ""));
  });

  test("日历 marks 10-10 as 调休上班 and counts it", () => {
    const cal = sheet(m, MONTH_SHEETS.calendar);
    const dates = cal.blocks[0].cells.map((r) => r[0]);
    const i = dates.findIndex((d) => JSON.stringify(d) === JSON.stringify({ date: "2026-10-10" }));
    const j = dates.findIndex((d) => JSON.stringify(d) === JSON.stringify({ date: "2026-10-07" }));
    expect(cal.blocks[0].cells[i][2]).toBe("调休上班");
    expect(cal.blocks[0].cells[j][2]).toBe("节假日");
    // 10-07 → 10-10: 10-08, 10-09, 10-10 are three working days
    const run = (k: number) => (cal.blocks[0].cells[k][4] as { result: number }).result;
    expect(run(i) - run(j)).toBe(3);
  });

  test("考核汇总: 甲 100 − 3 (MS-01) − 2.5 (MS-02) − 1 (log) = 93.5; 乙 100 − 1 = 99", () => {
    const row = (r: number) =>
      ["A", "C", "D", "E", "F", "G", "H", "I"].map((c) =>
        c === "A"
          ? cellAt(sheet(m, MONTH_SHEETS.summary), `A${r}`)
          : result(MONTH_SHEETS.summary, `${c}${r}`)
      );
    expect(row(2)).toEqual(["甲", 5.5, 1, 0, 93.5, "优秀", 2, 300]);
    expect(row(3)).toEqual(["乙", 0, 1, 0, 99, "优秀", 1, 300]);
    expect(result(MONTH_SHEETS.summary, "M2")).toBe(1); // 日志缺报天数
    // the engine agrees
    expect(scoreMonth(ds).month.people.map((p) => p.score)).toEqual([93.5, 99]);
  });

  test("周考核 week 2 (10-05~10-11) for 甲: T1 2 + 0.5 × 1, T3 1 + 0.5 × 2 + 0.5 late report, log 1 → 94", () => {
    expect(result(MONTH_SHEETS.weekly, "D2")).toBe(94);
    // weeks starting after 基准日 10-12 are not scored
    expect(result(MONTH_SHEETS.weekly, "F2")).toBe("");
  });

  test("公示 lists 乙 first, 逾期清单 lists T1 then T3", () => {
    expect(["A", "B", "F"].map((c) => result(MONTH_SHEETS.notice, `${c}4`))).toEqual([1, "乙", 99]);
    expect(["A", "E", "F"].map((c) => result(MONTH_SHEETS.overdue, `${c}2`))).toEqual([
      "T1",
      2,
      "逾期未完成",
    ]);
    expect(["A", "E", "F"].map((c) => result(MONTH_SHEETS.overdue, `${c}3`))).toEqual([
      "T3",
      2,
      "逾期完成",
    ]);
    expect(result(MONTH_SHEETS.overdue, "A4")).toBe("");
  });
});

function colName(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// ---- text typed into date and number cells ------------------------------------------------------

describe("text typed into date and number cells (kept by the reader, shown as typed)", () => {
  const typed = textMonth();
  const m = buildMonthWorkbook(typed);

  /** The same month with those cells left empty, written by hand (what the formulas read). */
  function cleared(): Dataset {
    const ds = sampleMonth();
    delete ds.tasks[0].completed;
    delete ds.tasks[1].due;
    delete ds.tasks[2].reported;
    ds.tasks[3].assigned = "";
    delete ds.tasks[4].due;
    ds.tasks[4].limitWorkdays = 1;
    ds.tasks[4].assigned = "";
    ds.logs[0].date = "";
    ds.weeklyPlans[0].weekStart = "";
    ds.findings[0].date = "";
    ds.findings[1].points = 0;
    ds.findings[3].rectified = false;
    ds.bonuses[0].date = "";
    ds.bonuses[1].points = 0;
    ds.quotas[0].target = 0;
    ds.quotas[1].actual = 0;
    ds.duties[0].points = 0;
    return ds;
  }

  const result = (s: string, a: string) => {
    const c = cellAt(sheet(m, s), a);
    if (!isFormulaCell(c)) throw new Error(`${s}!${a} is not a formula`);
    return c.result;
  };

  test("each text is in its input cell as a plain text cell", () => {
    const at = (s: string, a: string) => cellAt(sheet(m, s), a);
    expect([
      at(MONTH_SHEETS.tasks, "I2"), // 完成日期
      at(MONTH_SHEETS.tasks, "G3"), // 时限(工作日)
      at(MONTH_SHEETS.tasks, "J4"), // 回报日期
      at(MONTH_SHEETS.tasks, "F5"), // 交办日期
      at(MONTH_SHEETS.tasks, "F6"),
      at(MONTH_SHEETS.logs, "A2"),
      at(MONTH_SHEETS.weeklyPlans, "B2"),
      at(MONTH_SHEETS.staff, "C2"),
      at(MONTH_SHEETS.findings, "A2"),
      at(MONTH_SHEETS.findings, "F3"), // 扣分
      at(MONTH_SHEETS.findings, "H5"), // 是否整改
      at(MONTH_SHEETS.bonuses, "A2"),
      at(MONTH_SHEETS.bonuses, "D3"),
      at(MONTH_SHEETS.quotas, "D2"),
      at(MONTH_SHEETS.quotas, "E3"),
      at(MONTH_SHEETS.duties, "I2"),
    ]).toEqual([
      "10月32日",
      "两天",
      "下周",
      "十月八日",
      "十月十三日",
      "2026/13/1",
      "本周一",
      "abc",
      "x",
      "两分",
      "整改中",
      "y",
      "2分",
      "两篇",
      "一",
      "十二分",
    ]);
    // the valid ones stay dates and numbers
    expect(cellAt(sheet(m, MONTH_SHEETS.tasks), "H2")).toEqual({ date: "2026-10-09" });
    expect(cellAt(sheet(m, MONTH_SHEETS.tasks), "G6")).toBe(1);
    // and the file carries them as text (a shared/inline string, not a number or a date)
    return (async () => {
      const book = await readXlsx(await writeXlsx(m), "text.xlsx");
      const c = cellOf(book, MONTH_SHEETS.tasks, "I2");
      expect([c.kind, c.value]).toEqual(["text", "10月32日"]);
      const p = cellOf(book, MONTH_SHEETS.findings, "F3");
      expect([p.kind, p.value]).toEqual(["text", "两分"]);
    })();
  });

  test("日历 lists an office rest day that is not a date after the days, as text, counting as empty", () => {
    const rows = sheet(m, MONTH_SHEETS.calendar).blocks[0].cells;
    const i = rows.findIndex((r) => r[0] === "10月50日");
    expect(i).toBeGreaterThan(0);
    // the row before it is the last listed day; 星期 and 工作日累计 are empty for the text row
    expect(typeof rows[i - 1][0]).toBe("object");
    expect([
      rows[i][2],
      (rows[i][1] as { result: unknown }).result,
      (rows[i][4] as { result: unknown }).result,
    ]).toEqual(["休息日", "", ""]);
  });

  test("the formulas test ISNUMBER / N where they read such a cell", () => {
    const f = (s: string, a: string) => {
      const c = cellAt(sheet(m, s), a);
      return isFormulaCell(c) ? c.formula : "";
    };
    expect(f(MONTH_SHEETS.tasks, "K2")).toContain(
      "IF(ISNUMBER($H2),$H2,IF(OR(NOT(ISNUMBER($F2)),NOT(ISNUMBER($G2))),"
    );
    expect(f(MONTH_SHEETS.tasks, "S2")).toMatch(/^IF\(ISNUMBER\(\$I2\),/);
    expect(f(MONTH_SHEETS.logs, "I2")).toContain("IF(OR(NOT(ISNUMBER($A2)),");
    expect(f(MONTH_SHEETS.findings, "K2")).toContain("N($F2)*");
    expect(f(MONTH_SHEETS.findings, "L2")).toContain("AND(ISNUMBER($A2),");
    expect(f(MONTH_SHEETS.quotas, "F2")).toContain("MAX(0,N($D2)-N($E2))");
    expect(f(MONTH_SHEETS.detail, "C2")).toMatch(/^N\(INDEX\(/);
  });

  test("hand-computed: the text cells count as empty (0 where added)", () => {
    // 2026-10-001: due 10-09, 完成日期 text → not completed at 10-31 → 逾期未完成, no 完成序号
    expect([result(MONTH_SHEETS.tasks, "L2"), result(MONTH_SHEETS.tasks, "S2")]).toEqual([
      "逾期未完成",
      "",
    ]);
    // 2026-10-002: no 到期日, 时限 text → no 应完成日; completed 10-13 → 按时完成
    expect([result(MONTH_SHEETS.tasks, "K3"), result(MONTH_SHEETS.tasks, "L3")]).toEqual([
      "",
      "按时完成",
    ]);
    // 2026-10-005: 时限 1 from a text 交办日期 → no 应完成日
    expect(result(MONTH_SHEETS.tasks, "K6")).toBe("");
    // 检查记录 row 2: 2 × 1 (组织检查) = 2, dated x → 计入 0; row 3: 两分 → 0 × 1 = 0;
    // row 5: 自查, 是否整改 text → 未整改: 2 × 0.5 = 1, dated 10-29 → counted 1
    expect(
      ["K2", "L2", "K3", "L3", "K5", "L5"].map((a) => result(MONTH_SHEETS.findings, a))
    ).toEqual([2, 0, 0, 0, 1, 1]);
    // 月度指标 row 2 (target 两篇 → 0, actual 4): 差额 max(0, 0 − 4) = 0, 加分 4 × 0.5 = 2;
    // row 3 (target 2, actual 一 → 0): 差额 2, 扣分 2 × 1 = 2
    expect(["F2", "G2", "I2", "F3", "G3"].map((a) => result(MONTH_SHEETS.quotas, a))).toEqual([
      0, 0, 2, 2, 2,
    ]);
    // 工作日志 row 2 dated 2026/13/1 → no 有效日志
    expect(result(MONTH_SHEETS.logs, "I2")).toBe("");
    // 考核明细 赵明远 ZR-01: 分值 十二分 → 0; 考核汇总 考核起始 of 赵明远 (起算日期 abc) = 月初
    expect(result(MONTH_SHEETS.detail, "C2")).toBe(0);
    expect(result(MONTH_SHEETS.summary, "J2")).toEqual({ date: "2026-10-01" });
  });

  test("every cached value is the one of the same month with those cells left empty", () => {
    const results = (w: WorkbookModel): Map<string, unknown> => {
      const out = new Map<string, unknown>();
      for (const s of w.sheets)
        for (const b of s.blocks) {
          const o = parseCell(b.origin);
          b.cells.forEach((row, r) =>
            row.forEach((c, k) => {
              if (isFormulaCell(c))
                out.set(`${s.name}!${colName(o.col + k)}${o.row + r}`, c.result);
            })
          );
        }
      return out;
    };
    const got = results(m);
    const want = results(buildMonthWorkbook(cleared()));
    // 日历 has one more row (the text rest day, before the spare rows): its formulas give "" like a spare row's
    const extra = [...got.keys()].filter((k) => !want.has(k));
    expect(extra.every((k) => k.startsWith(`${MONTH_SHEETS.calendar}!`))).toBe(true);
    expect(extra).toHaveLength(2);
    expect([...want.keys()].filter((k) => !got.has(k))).toEqual([]);
    const diffs = [...want].filter(([k, v]) => JSON.stringify(got.get(k)) !== JSON.stringify(v));
    expect(diffs).toEqual([]);
    expect(want.size).toBeGreaterThan(5000);
  });

  test("building the workbook leaves the typed dataset as it was", () => {
    const again = textMonth();
    buildMonthWorkbook(again);
    expect(again).toEqual(textMonth());
  });
});
