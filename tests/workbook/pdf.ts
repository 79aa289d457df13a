// Reading LibreOffice's PDFs with poppler-utils: page sizes, text per page, overlapping lines.

import { execFileSync } from "child_process";

export interface PdfPage {
  /** points */
  width: number;
  height: number;
  /** text with all whitespace removed (wrapped cell text becomes contiguous) */
  text: string;
  /** pairs of text lines whose boxes overlap: text spilling out of a row that is too short */
  overlaps: number;
}

export function pdfPages(pdf: string): PdfPage[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "9999", pdf]).toString();
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  const html = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], {
    maxBuffer: 64 * 1024 * 1024,
  }).toString();
  const pages = html.split("<page ").slice(1);
  return pages.map((p, i) => {
    const lines = [
      ...p.matchAll(
        /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g
      ),
    ].map((m) => ({
      box: [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])],
      text: [...m[5].matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(""),
    }));
    let overlaps = 0;
    for (let a = 0; a < lines.length; a++)
      for (let b = a + 1; b < lines.length; b++) {
        const [x0, y0, x1, y1] = lines[a].box;
        const [u0, v0, u1, v1] = lines[b].box;
        if (Math.min(x1, u1) - Math.max(x0, u0) > 1 && Math.min(y1, v1) - Math.max(y0, v0) > 1)
          overlaps++;
      }
    const text = execFileSync("pdftotext", [
      "-raw",
      "-f",
      String(i + 1),
      "-l",
      String(i + 1),
      pdf,
      "-",
    ])
      .toString()
      .replace(/\s+/g, "");
    return { width: sizes[i][0], height: sizes[i][1], text, overlaps };
  });
}

/** A4 in points, either orientation (595.3 × 841.9). */
export function isA4(p: PdfPage): boolean {
  const [a, b] = [Math.min(p.width, p.height), Math.max(p.width, p.height)];
  return Math.abs(a - 595.3) < 1 && Math.abs(b - 841.9) < 1;
}

export const squash = (s: string): string => s.replace(/\s+/g, "");
