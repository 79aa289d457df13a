import { sampleMonth } from "../../src/domain/defaultOffice";
import { buildMonthWorkbook } from "../../src/workbook/month";
import { parseRange } from "../../src/workbook/address";
test("x", () => {
  const m = buildMonthWorkbook(sampleMonth());
  let maxArea = 0, totalCells = 0;
  for (const s of m.sheets) {
    const areas = s.formats.map(f => { const r = parseRange(f.range); return (r.bottom-r.top+1)*(r.right-r.left+1); });
    const cells = s.blocks.reduce((a,b)=>a+b.cells.length*(b.cells[0]?.length??0),0);
    totalCells += cells;
    maxArea = Math.max(maxArea, ...areas, 0);
    console.log(s.name, "blocks", s.blocks.length, s.blocks.map(b=>b.origin+":"+b.cells.length+"x"+(b.cells[0]?.length)).join(" "), "formats", s.formats.length, "maxFmtArea", Math.max(0,...areas), "vals", s.validations.length, "cf", s.conditionalFormats.length, "merges", s.merges.length, "rowHeights", Object.keys(s.rowHeights).length, "prot", JSON.stringify(s.protection), "freeze", JSON.stringify(s.freeze), "print", !!s.print, s.hidden?"hidden":"");
  }
  console.log("names", m.definedNames.length, JSON.stringify(m.definedNames.slice(0,5)), "cells", totalCells, "json bytes", JSON.stringify(m).length);
  console.log(JSON.stringify(m.sheets[5].formats.slice(0,8)));
  console.log(JSON.stringify(m.sheets[5].validations.slice(0,8)));
});
