// "Did you mean …?": the closest known name to what was typed (`mont` → month, `--jsn` → --json).

/** Edit distance (insertions, deletions, substitutions, adjacent swaps). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * The known name closest to `typed`: a name it starts or ends (`exp` → export), or one within
 * an edit distance of about a third of its length (at most 2). Undefined when nothing is close.
 */
export function closest(typed: string, known: readonly string[]): string | undefined {
  const t = typed.toLowerCase();
  if (t.length === 0) return undefined;
  const prefixed = known.filter((k) => t.length >= 2 && k.startsWith(t));
  if (prefixed.length === 1) return prefixed[0];
  let best: { name: string; d: number } | undefined;
  for (const k of known) {
    const d = editDistance(t, k);
    if (!best || d < best.d) best = { name: k, d };
  }
  if (!best) return undefined;
  const allowed = Math.min(2, Math.max(1, Math.floor(Math.max(t.length, best.name.length) / 3)));
  return best.d <= allowed ? best.name : undefined;
}
