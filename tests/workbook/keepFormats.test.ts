// keepCellFormats (src/workbook/keep.ts), the host-independent half of keeping the director's
// cell formats in the add-in: what Excel reports for each old cell is compared with what the
// model writes at the cell its record moved to, and only the director's own difference is added.

import {
  keepCellFormats,
  type CellLook,
  type LoadedCells,
  type RowMap,
} from "../../src/workbook/keep";
import { emptySheet, type WorkbookModel } from "../../src/workbook/model";

const NONE: CellLook = { fill: "#FFFFFF", fontColor: "#000000", bold: false, italic: false };

/** A 日志 sheet: header row 1 in bold, three records in rows 2–4 with a yellow input fill. */
function model(): WorkbookModel {
  const s = emptySheet("日志");
  s.blocks.push({
    origin: "A1",
    cells: [
      ["日期", "内容"],
      ["a", "1"],
      ["b", "2"],
      ["c", "3"],
    ],
  });
  s.formats.push({ range: "A1:B1", style: { font: { bold: true } } });
  s.formats.push({ range: "A2:B4", style: { fill: "FFF2CC", locked: false } });
  return { sheets: [s] } as unknown as WorkbookModel;
}

/** The old sheet as loaded, 4 rows × 2 columns from A1, every cell without a format of its own. */
function loaded(): LoadedCells & { looks: CellLook[][] } {
  const grid = <T>(v: T) => Array.from({ length: 4 }, () => [v, v]);
  return {
    name: "日志",
    row: 0,
    column: 0,
    values: grid("x"),
    formulas: grid("x"),
    numberFormat: grid("General"),
    looks: Array.from({ length: 4 }, (_, r) =>
      // Excel reports the product's own formats too: bold header, yellow inputs
      [0, 1].map(() => (r === 0 ? { ...NONE, bold: true } : { ...NONE, fill: "#FFF2CC" }))
    ),
  };
}

// old row 2 (record a) was removed; b and c moved up one row
const moved: RowMap = { map: (r) => (r === 2 ? undefined : r === 1 ? 1 : r - 1) };

test("the product's own look is not copied; the director's differences go with their record", () => {
  const m = model();
  const data = loaded();
  // the director: record b's 内容 in red bold, record c's 日期 filled green, record a in italic
  data.looks[2][1] = { ...data.looks[2][1], fontColor: "#ff0000", bold: true };
  data.looks[3][0] = { ...data.looks[3][0], fill: "#00FF00" };
  data.looks[1][0] = { ...data.looks[1][0], italic: true };
  const before = m.sheets[0].formats.length;
  expect(keepCellFormats(m, [data], () => moved)).toBe(2);
  expect(m.sheets[0].formats.slice(before)).toEqual([
    { range: "B2", style: { font: { color: "FF0000", bold: true } } },
    { range: "A3", style: { fill: "00FF00" } },
  ]);
});

test("a header the director un-bolded is kept as not bold; unread looks add nothing", () => {
  const m = model();
  const data = loaded();
  data.looks[0][0] = { ...data.looks[0][0], bold: false };
  expect(keepCellFormats(m, [data], () => ({ map: (r) => r }))).toBe(1);
  expect(m.sheets[0].formats.at(-1)).toEqual({ range: "A1", style: { font: { bold: false } } });
  const plain = model();
  const noLooks = { ...loaded(), looks: undefined };
  expect(keepCellFormats(plain, [noLooks], () => ({ map: (r) => r }))).toBe(0);
  expect(plain.sheets[0].formats).toEqual(model().sheets[0].formats);
});
