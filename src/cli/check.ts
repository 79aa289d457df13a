// gangze check FILE [--json]: exit 0 no errors, 1 entry errors, 2 unusable input.
import { Calendar } from "../domain/calendar";
import { checkDataset } from "../domain/checks";
import { loadInput } from "./input";
import type { Output } from "./output";

export async function runCheck(file: string, json: boolean, out: Output): Promise<number> {
  const input = await loadInput(file);
  const issues = checkDataset(input.dataset, { calendar: new Calendar(input.dataset.calendar) });
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.length - errors;
  if (json) {
    out.stdout(
      JSON.stringify(
        {
          file,
          errors,
          warnings,
          issues: issues.map((i) => ({ ...i, location: input.locate(i) })),
        },
        null,
        2
      ) + "\n"
    );
  } else {
    out.stdout(`${file}：${errors} 个错误，${warnings} 个警告\n`);
    for (const i of issues) {
      out.stdout(`${i.severity === "error" ? "错误" : "警告"}  ${input.locate(i)}  ${i.message}（${i.fix}）\n`);
    }
  }
  return errors > 0 ? 1 : 0;
}
