// Hostile .xlsx files, generated (never checked in: they are large): one cell typed at row
// 1,048,576 of a real month workbook, a sheet of 1,048,576 × 16 cells, a sharedStrings part that
// inflates to 1.1 GB, and a part that inflates far beyond the size its header declares. Used by
// tests/xlsx/guard.test.ts (the messages) and `npm run bench` (time and memory of refusing them).
//
// Large parts are written as independently deflated blocks (each ended by a full flush), so the
// same compressed block can be repeated: a 1.1 GB part costs one small block and a CRC pass.

import { constants, crc32, deflateRawSync } from "zlib";

interface Part {
  name: string;
  /** raw deflate data */
  deflated: Buffer;
  size: number;
  crc: number;
}

function block(text: string | Buffer): Buffer {
  return deflateRawSync(typeof text === "string" ? Buffer.from(text, "utf8") : text, {
    level: 1,
    finishFlush: constants.Z_FULL_FLUSH,
  });
}

const FINAL = deflateRawSync(Buffer.alloc(0));

/** A part from plain text. */
export function textPart(name: string, text: string): Part {
  const raw = Buffer.from(text, "utf8");
  return { name, deflated: deflateRawSync(raw), size: raw.length, crc: crc32(raw) };
}

/** A part of head + body × times + foot, written without ever holding the inflated text. */
export function repeatedPart(
  name: string,
  head: string,
  body: string,
  times: number,
  foot: string
): Part {
  const [h, b, f] = [head, body, foot].map((s) => Buffer.from(s, "utf8"));
  let crc = crc32(h);
  for (let i = 0; i < times; i++) crc = crc32(b, crc);
  crc = crc32(f, crc);
  const bb = block(b);
  const deflated = Buffer.concat([block(h), ...Array<Buffer>(times).fill(bb), block(f), FINAL]);
  return { name, deflated, size: h.length + b.length * times + f.length, crc };
}

/** A part whose inflated text is made chunk by chunk (each chunk its own block). */
export function chunkedPart(name: string, chunks: Iterable<string>): Part {
  const blocks: Buffer[] = [];
  let size = 0;
  let crc = 0;
  for (const c of chunks) {
    const raw = Buffer.from(c, "utf8");
    size += raw.length;
    crc = crc32(raw, crc);
    blocks.push(block(raw));
  }
  blocks.push(FINAL);
  return { name, deflated: Buffer.concat(blocks), size, crc };
}

/** A zip (deflate, no data descriptors) of the parts; `declare` overrides a part's stated size. */
export function zip(parts: Part[], declare: Record<string, number> = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, "utf8");
    const size = declare[p.name] ?? p.size;
    const loc = Buffer.alloc(30);
    loc.writeUInt32LE(0x04034b50, 0);
    loc.writeUInt16LE(20, 4);
    loc.writeUInt16LE(0x0800, 6); // UTF-8 names
    loc.writeUInt16LE(8, 8);
    loc.writeUInt32LE(p.crc >>> 0, 14);
    loc.writeUInt32LE(p.deflated.length, 18);
    loc.writeUInt32LE(size, 22);
    loc.writeUInt16LE(name.length, 26);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0);
    cen.writeUInt16LE(20, 4);
    cen.writeUInt16LE(20, 6);
    cen.writeUInt16LE(0x0800, 8);
    cen.writeUInt16LE(8, 10);
    cen.writeUInt32LE(p.crc >>> 0, 16);
    cen.writeUInt32LE(p.deflated.length, 20);
    cen.writeUInt32LE(size, 24);
    cen.writeUInt16LE(name.length, 28);
    cen.writeUInt32LE(offset, 42);
    locals.push(loc, name, p.deflated);
    centrals.push(cen, name);
    offset += loc.length + name.length + p.deflated.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** The parts every workbook needs around one worksheet (and optionally shared strings). */
function scaffold(sheetName: string, withStrings: boolean): Part[] {
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  return [
    textPart(
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
        (withStrings
          ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`
          : "") +
        `</Types>`
    ),
    textPart(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel("rId1", "officeDocument", "xl/workbook.xml")}</Relationships>`
    ),
    textPart(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} ${RNS}><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`
    ),
    textPart(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        rel("rId1", "worksheet", "worksheets/sheet1.xml") +
        (withStrings ? rel("rId2", "sharedStrings", "sharedStrings.xml") : "") +
        `</Relationships>`
    ),
  ];
}

function colName(c: number): string {
  let s = "";
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A 工作日志 sheet of `rows` × `cols` number cells (1,048,576 × 16: about 30 MB zipped). */
export function hugeSheet(rows = 1_048_576, cols = 16): Buffer {
  const letters = Array.from({ length: cols }, (_, i) => colName(i + 1));
  function* chunks(): Generator<string> {
    yield `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><dimension ref="A1:${letters[cols - 1]}${rows}"/><sheetData>`;
    const per = 2048;
    for (let r0 = 1; r0 <= rows; r0 += per) {
      let s = "";
      for (let r = r0; r < Math.min(rows + 1, r0 + per); r++) {
        s += `<row r="${r}">`;
        for (let c = 0; c < cols; c++)
          s += `<c r="${letters[c]}${r}"><v>${(r * 7 + c) % 1000}</v></c>`;
        s += "</row>";
      }
      yield s;
    }
    yield "</sheetData></worksheet>";
  }
  return zip([...scaffold("工作日志", false), chunkedPart("xl/worksheets/sheet1.xml", chunks())]);
}

/** A workbook whose sharedStrings part inflates to about `bytes` (1.1 GB by default). */
export function sharedStringsBomb(
  bytes = 1.1 * 1024 * 1024 * 1024,
  declareTruthfully = true
): Buffer {
  const unit = "<si><t>岗位职责岗位职责岗位职责</t></si>".repeat(4096);
  const times = Math.ceil(bytes / Buffer.byteLength(unit));
  const strings = repeatedPart(
    "xl/sharedStrings.xml",
    `<?xml version="1.0" encoding="UTF-8"?><sst ${NS}>`,
    unit,
    times,
    "</sst>"
  );
  const sheet = textPart(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`
  );
  // a lying header claims a small part: only inflating tells the truth
  const declare: Record<string, number> = declareTruthfully ? {} : { "xl/sharedStrings.xml": 4096 };
  return zip([...scaffold("说明", true), sheet, strings], declare);
}
