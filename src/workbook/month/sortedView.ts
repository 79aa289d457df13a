// 排序索引: a hidden sheet that lists the rows of 交办事项, 检查记录, 工作日志, 月度指标 and
// 加分记录 grouped by person, so that every per-person sum reads only that person's rows (SUMIFS over a few cells)
// instead of rescanning every record for every person, duty and week. LibreOffice (and Excel
// without its caches) scans a whole range for each SUMIFS/COUNTIFS/MATCH: per-person lookups over
// all records made a month workbook's recalculation grow with people² (issue 12).
//
// The grouping is written when the workbook is generated (a static row number per entry, in
// person order, spare rows last) and checked live: 核对 is 1 while the row still holds the person
// it was grouped under. When anyone edits a person or fills a spare row, the table's flag
// (交办索引有效 / 检查索引有效 / 日志索引有效 / 指标索引有效 / 加分索引有效) turns 0 and every formula falls back to its plain
// SUMIFS over the whole table: slower, never wrong. Regenerating the workbook groups it again.

import { addTable, type Column } from "../builder";
import {
  emptySheet,
  isFormulaCell,
  type Cell,
  type DefinedName,
  type FormulaResult,
  type SheetModel,
} from "../model";
import type { MonthContext } from "./context";
import { colRange, columnLetters, MONTH_NAMES as N } from "./names";

export const VIEW_SHEET = "排序索引";

export const VIEW_FLAGS = {
  tasks: "交办索引有效",
  findings: "检查索引有效",
  logs: "日志索引有效",
  quotas: "指标索引有效",
  bonuses: "加分索引有效",
} as const;

const SOURCE_PREFIX = {
  tasks: "交办",
  findings: "检查",
  logs: "日志",
  quotas: "指标",
  bonuses: "加分",
} as const;

/** One record table as grouped on the view sheet. */
export interface ViewTable {
  /** the flag's defined name: 1 while the grouping holds */
  flag: string;
  /** view sheet rows [first, last] of the person (staff index)'s entries; undefined when none */
  block(person: number): [number, number] | undefined;
  /**
   * view sheet rows [first, last] of the person's entries whose sub key (the source's `sub`
   * column, as typed) is `key`; undefined when none. Only for a source with `sub`.
   */
  subBlock(person: number, key: string): [number, number] | undefined;
  /** absolute range of a view column over view rows [a, b] */
  range(header: string, a: number, b: number): string;
  /** the view row of the table's data row i (0-based) */
  rowOf(i: number): number;
  /**
   * a defined name (日志索引_有效 …) for a view column over all its rows: a formula on the source
   * sheet that reads it has no reference to another sheet and can be a shared formula
   */
  named(header: string): string;
  /** the view's first data row */
  firstRow: number;
  /**
   * a defined name (交办_扣分 …) for a source column over all its data rows: the whole-table
   * fallbacks use it, short enough to keep the add-in's upgrade of a month in one write request
   */
  src(header: string): string;
}

export interface SourceTable {
  sheet: SheetModel;
  /** 0-based data rows of records; spare rows follow up to `slots` */
  records: number;
  slots: number;
  /** the column holding the person */
  person: string;
  /** absolute range of a source column over its data rows */
  range(header: string): string;
  /** person of record i as typed */
  personOf(i: number): string;
  /**
   * a second grouping key within each person (交办事项's and 检查记录's 职责编码): the entries of one person and
   * key are contiguous, and 核对 also checks the key, so a sum per person and key is a plain SUM
   */
  sub?: { header: string; of(i: number): string };
}

export interface ViewColumn {
  header: string;
  /** formula of the view cell, given `src` = INDEX(source column, 行) for a source header */
  formula: (
    src: (header: string) => string,
    row: number,
    group: [number, number],
    col: (header: string, a: number, b: number) => string,
    at: (header: string, row: number) => string
  ) => string;
  /** cached value, given the source cell of data row i (or undefined for its view position) */
  result: (i: number, cell: (header: string) => Cell | undefined) => FormulaResult;
}

/** The cached value of a source cell: a formula's result, or the input value itself. */
export function cellValue(c: Cell | undefined): FormulaResult {
  if (c === undefined || c === null) return "";
  if (isFormulaCell(c)) return c.result;
  return c as FormulaResult;
}

/** Text of a cell as `INDEX(…)&""` gives it. */
export function cellText(c: Cell | undefined): string {
  const v = cellValue(c);
  if (v === null || v === "") return "";
  if (typeof v === "object" && v !== null && "date" in v) return String(v.date);
  return String(v);
}

function sourceCell(src: SourceTable, header: string, i: number): Cell | undefined {
  const block = src.sheet.blocks[0];
  const col = (block.cells[0] as Cell[]).indexOf(header);
  if (col < 0) throw new Error(`${src.sheet.name} 没有列 ${header}`);
  return block.cells[1 + i]?.[col] ?? null;
}

export interface ViewSpec {
  key: keyof typeof VIEW_FLAGS;
  src: SourceTable;
  columns: ViewColumn[];
}

/**
 * Builds the view sheet: one table per spec side by side, then the flags. Entries are ordered by
 * the staff index of their person (records of people not on the staff list after them, in table
 * order), then by table order; spare rows last.
 */
export function sortedViewSheet(
  ctx: MonthContext,
  specs: ViewSpec[],
  names: DefinedName[]
): { sheet: SheetModel; tables: Record<ViewSpec["key"], ViewTable> } {
  const sheet = emptySheet(VIEW_SHEET);
  sheet.hidden = true;
  const staffIndex = new Map<string, number>();
  ctx.ds.staff.forEach((s, k) => {
    if (!staffIndex.has(s.name)) staffIndex.set(s.name, k);
  });
  const P = ctx.ds.staff.length;
  const tables = {} as Record<ViewSpec["key"], ViewTable>;
  let col = 1;
  const flags: { name: string; formula: string }[] = [];
  /** a defined name, added to the workbook's names the first time it is asked for */
  const defined = new Set<string>();
  const nameOnce = (name: string, ref: string): string => {
    if (!defined.has(name)) {
      defined.add(name);
      names.push({ name, ref });
    }
    return name;
  };

  for (const spec of specs) {
    const { src } = spec;
    // order: staff index (others after), then table order; spare rows last
    const rank = (i: number): number =>
      i < src.records ? (staffIndex.get(src.personOf(i)) ?? P) : P + 1;
    const subOf = (i: number): string => (src.sub && i < src.records ? src.sub.of(i) : "");
    const bySub = (a: number, b: number): number =>
      subOf(a) < subOf(b) ? -1 : subOf(a) > subOf(b) ? 1 : 0;
    const order = Array.from({ length: src.slots }, (_, i) => i).sort(
      (a, b) => rank(a) - rank(b) || bySub(a, b) || a - b
    );
    const pos = new Array<number>(src.slots);
    order.forEach((i, k) => (pos[i] = k));
    // groups by rank: a staff member's block, then the others, then the spare rows
    const blocks = new Map<number, [number, number]>();
    order.forEach((i, k) => {
      const p = rank(i);
      const row = 2 + k;
      const b = blocks.get(p);
      if (b) b[1] = row;
      else blocks.set(p, [row, row]);
    });
    const blockOfRow = (k: number): [number, number] => blocks.get(rank(order[k]))!;
    // blocks by person and sub key (staff members only)
    const subBlocks = new Map<string, [number, number]>();
    if (src.sub)
      order.forEach((i, k) => {
        if (rank(i) >= P) return;
        const key = `${rank(i)}\u0000${subOf(i)}`;
        const b = subBlocks.get(key);
        if (b) b[1] = 2 + k;
        else subBlocks.set(key, [2 + k, 2 + k]);
      });

    const subExpected = src.sub ? `预期${src.sub.header}` : undefined;
    const headers = [
      "行",
      "预期",
      ...(subExpected ? [subExpected] : []),
      "核对",
      ...spec.columns.map((c) => c.header),
    ];
    const L = columnLetters(headers, col);
    // source columns by defined name (交办_扣分 …): short formulas without a sheet reference
    const srcName = (h: string): string =>
      nameOnce(`${SOURCE_PREFIX[spec.key]}_${h}`, src.range(h));
    // a view row reads its entry's cells directly (not INDEX(whole source column, 行)): an edit
    // of one entry then dirties one view row, not every row of the view (issue 12). A row
    // inserted into or deleted from the source table changes ROWS(source) and turns the flag 0;
    // a deleted or overwritten entry's reference (#REF!) gives 核对 0. The reference is relative
    // (`'工作日志'!A17`, not `$A$17`; both follow inserted and deleted rows alike): entries in
    // their table's order then read the same R1C1 formula down the column, which the writer
    // stores as one shared formula and LibreOffice computes as one formula group.
    const srcIndex = (h: string, r: number) => {
      srcName(h);
      const m = /^(.*!)\$([A-Z]+)\$(\d+):/.exec(src.range(h));
      if (!m) throw new Error(`${src.range(h)}: not an absolute range`);
      return `${m[1]}${m[2]}${Number(m[3]) + order[r - 2]}`;
    };
    type V = number; // position k in the view
    const columns: Column<V>[] = [
      { header: "行", kind: "number", width: 6, value: (k) => order[k] + 1 },
      {
        header: "预期",
        kind: "text",
        width: 10,
        value: (k) => (order[k] < src.records ? src.personOf(order[k]) : ""),
      },
      ...(src.sub && subExpected
        ? [
            {
              header: subExpected,
              kind: "text",
              width: 10,
              value: (k: V) => subOf(order[k]),
            } as Column<V>,
          ]
        : []),
      {
        header: "核对",
        kind: "formula",
        width: 6,
        formula: (r) => {
          const person = `${srcIndex(src.person, r)}&""=$${L["预期"]}${r}&""`;
          return src.sub && subExpected
            ? `IFERROR(IF(AND(${person},${srcIndex(src.sub.header, r)}&""=$${L[subExpected]}${r}&""),1,0),0)`
            : `IFERROR(IF(${person},1,0),0)`;
        },
        result: () => 1,
      },
      ...spec.columns.map((c): Column<V> => ({
        header: c.header,
        kind: "formula",
        width: 9,
        formula: (r) =>
          c.formula(
            (h) => srcIndex(h, r),
            r,
            blockOfRow(r - 2),
            // the end row relative: a range that grows down the person's block is one shared formula
            (h, a, b) => `$${L[h]}$${a}:$${L[h]}${b}`,
            (h, row) => `$${L[h]}${row}`
          ),
        result: (k) => c.result(order[k!], (h) => sourceCell(src, h, order[k!])),
      })),
    ];
    const rows = Array.from({ length: src.slots }, (_, k) => k);
    const t = addTable(sheet, { rows, columns, firstColumn: col, autoHeight: false });
    const first = t.firstDataRow;
    const last = Math.max(first, t.lastRow);
    flags.push({
      name: VIEW_FLAGS[spec.key],
      formula: `IF(MIN(${colRange(sheet.name, L["核对"], first, last)})*(ROWS(${srcName(src.person)})=${src.slots})=1,1,0)`,
    });
    tables[spec.key] = {
      flag: VIEW_FLAGS[spec.key],
      block: (p) => (p < P ? blocks.get(p) : undefined),
      subBlock: (p, key) => (p < P ? subBlocks.get(`${p}\u0000${key}`) : undefined),
      range: (h, a, b) => colRange(sheet.name, L[h], a, b),
      rowOf: (i) => 2 + pos[i],
      named: (h) =>
        nameOnce(`${SOURCE_PREFIX[spec.key]}索引_${h}`, colRange(sheet.name, L[h], first, last)),
      firstRow: first,
      src: srcName,
    };
    col += headers.length + 1;
  }

  type F = (typeof flags)[number];
  const ft = addTable(sheet, {
    rows: flags,
    firstColumn: col,
    autoHeight: false,
    columns: [
      { header: "索引", kind: "text", width: 14, value: (f: F) => f.name },
      {
        header: "有效",
        kind: "formula",
        width: 6,
        formula: (r) => flags[r - 2].formula,
        result: () => 1,
      },
    ],
  });
  const flagCol = columnLetters(["索引", "有效"], col)["有效"];
  flags.forEach((f, k) =>
    names.push({ name: f.name, ref: `'${sheet.name}'!$${flagCol}$${ft.firstDataRow + k}` })
  );
  sheet.protection = {};
  return { sheet, tables };
}

/** 1 on a listed working day (工作日, 调休上班), else 0: one lookup in 日历. */
export function workingF(date: string): string {
  const t = `INDEX(${N.calTypes},MATCH(${date},${N.calDates},0))`;
  return `IFERROR(IF(OR(${t}="工作日",${t}="调休上班"),1,0),0)`;
}

const dateOrEmpty = (c: Cell | undefined): FormulaResult => {
  const v = cellValue(c);
  return typeof v === "number" || (typeof v === "object" && v !== null && "date" in v) ? v : "";
};

/** The grouped tables of the month workbook and what each view row repeats. */
export function monthViewSpecs(
  ctx: MonthContext,
  src: Record<ViewSpec["key"], SourceTable>,
  weekHeaders: string[]
): ViewSpec[] {
  const copy = (header: string): ViewColumn => ({
    header,
    formula: (s) => s(header),
    result: (_, cell) => cellValue(cell(header)),
  });
  const text = (header: string): ViewColumn => ({
    header,
    formula: (s) => `${s(header)}&""`,
    result: (_, cell) => cellText(cell(header)),
  });
  const date = (header: string): ViewColumn => ({
    header,
    formula: (s) => `IF(ISNUMBER(${s(header)}),${s(header)},"")`,
    result: (_, cell) => dateOrEmpty(cell(header)),
  });
  // N(): an empty or text cell counts 0, as the SUMIFS over the source skips it
  const num = (header: string): ViewColumn => ({
    header,
    formula: (s) => `N(${s(header)})`,
    result: (_, cell) => {
      const v = cellValue(cell(header));
      return typeof v === "number" ? v : 0;
    },
  });
  return [
    {
      key: "tasks",
      src: src.tasks,
      columns: [copy("扣分"), ...weekHeaders.map(copy)],
    },
    {
      key: "findings",
      src: src.findings,
      columns: [date("日期"), copy("折算扣分"), copy("计入扣分"), text("一票否决")],
    },
    {
      key: "logs",
      src: src.logs,
      columns: [
        date("日期"),
        {
          // 1 on the first row of the person's working day within its group (the groups hold
          // all rows of a person), so counting 1s counts days; "" on an incomplete row
          header: "有效",
          formula: (_s, r, [a], col, at) => {
            // 预期 (the person the row was grouped under) stands for the entry's 姓名: while the
            // flag holds, 核对 has found them equal on every row
            const [d, p] = [at("日期", r), at("预期", r)];
            const seen =
              r > a
                ? `IF(COUNTIFS(${col("预期", a, r - 1)},${p},${col("日期", a, r - 1)},${d})>0,0,${workingF(d)})`
                : workingF(d);
            return `IF(OR(NOT(ISNUMBER(${d})),${p}=""),"",${seen})`;
          },
          result: (_, cell) => cellValue(cell("有效日志")),
        },
      ],
    },
    // 考核汇总's 指标扣分 扣款 加分 and the month's and weeks' 加分 per person: a SUMIFS over every
    // row per person grew with people² (issue 12)
    { key: "quotas", src: src.quotas, columns: [copy("扣分"), copy("扣款"), copy("加分")] },
    { key: "bonuses", src: src.bonuses, columns: [date("日期"), num("加分")] },
  ];
}
