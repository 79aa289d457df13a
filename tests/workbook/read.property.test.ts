// Whatever text and numbers people enter, a written month workbook reads back exactly: text that
// looks like a formula, a number, a date or a boolean stays text; numbers keep every digit.

import fc from "fast-check";
import { sampleMonth } from "../../src/domain/defaultOffice";
import type { Dataset } from "../../src/domain/types";
import { buildMonthWorkbook } from "../../src/workbook/month";
import { readMonthWorkbook } from "../../src/xlsx/readWorkbooks";
import { writeXlsx } from "../../src/xlsx/writer";

// printable text, trimmed and not blank (the reader trims cells); XML cannot hold control characters
const tricky = fc.constantFrom(
  "=1+1",
  "+86",
  "-",
  "@张三",
  "'引号",
  "TRUE",
  "1e5",
  "2026-10-09",
  "10月9日",
  "#N/A",
  "0012",
  "１２",
  '=HYPERLINK("x")'
);
const text = fc.oneof(
  tricky,
  fc
    .string({ minLength: 1, maxLength: 20, unit: "grapheme" })
    // control characters and lone surrogates are not text a person types
    // eslint-disable-next-line no-control-regex
    .map((s) => s.replace(/[\u0000-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/g, "").trim())
    .filter((s) => s !== "")
);
const points = fc.integer({ min: 0, max: 10000 }).map((n) => n / 100);
const day = fc.integer({ min: 1, max: 31 }).map((d) => `2026-10-${String(d).padStart(2, "0")}`);

describe("read ∘ write = identity on entered values", () => {
  const base = sampleMonth();
  test("logs' text and findings' points", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ date: day, content: text, problem: text }), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.array(fc.record({ date: day, problem: text, points }), { minLength: 1, maxLength: 3 }),
        async (logs, findings) => {
          const ds: Dataset = {
            ...base,
            logs: logs.map((l) => ({ ...l, person: "刘晓燕", status: "完成" as const })),
            findings: findings.map((f) => ({
              ...f,
              person: "刘晓燕",
              source: "组织检查" as const,
              rectified: false,
              veto: false,
            })),
          };
          const r = await readMonthWorkbook(await writeXlsx(buildMonthWorkbook(ds)), "p.xlsx");
          expect(r.dataset.logs).toEqual(ds.logs);
          expect(r.dataset.findings).toEqual(ds.findings);
          expect(r.issues).toEqual([]);
        }
      ),
      { numRuns: 10 }
    );
  }, 120_000);
});
