// gangze check FILE [--json]: exit 0 no errors, 1 entry errors, 2 unusable input.
import { loadAndCheck } from "./input";
import type { Output } from "./output";

export async function runCheck(file: string, json: boolean, out: Output): Promise<number> {
  const { issues } = await loadAndCheck(file);
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.length - errors;
  if (json) {
    out.stdout(JSON.stringify({ file, errors, warnings, issues }, null, 2) + "\n");
  } else {
    out.stdout(`${file}：${errors} 个错误，${warnings} 个警告\n`);
    const sorted = [...issues].sort((a, b) =>
      a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1
    );
    for (const i of sorted) {
      const where = i.location && !i.message.includes(i.location) ? `${i.location}  ` : "";
      out.stdout(`${i.severity === "error" ? "错误" : "警告"}  ${where}${i.message}（${i.fix}）\n`);
    }
  }
  return errors > 0 ? 1 : 0;
}
