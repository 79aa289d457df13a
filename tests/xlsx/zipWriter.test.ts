// The zip writer's two deflates (src/xlsx/zipWriter.ts): Node's zlib in segments (the CLI) and
// pako (the pane's downloads) must both give entries any unzip reads back byte for byte — the
// segmented stream especially across its 1 MB segment boundaries and for an empty entry.
import * as zlib from "zlib";
import JSZip from "jszip";
import { Deflate as PakoDeflate } from "pako";
import { NodeDeflate } from "../../src/xlsx/nodeDeflate";
import { loadDeflate, ZipWriter, type DeflateClass } from "../../src/xlsx/zipWriter";

/** About 3.5 MB of XML-like text that compresses unevenly, in pieces of varied size. */
function pieces(): string[] {
  const out: string[] = [];
  let seed = 7;
  for (let i = 0; i < 9000; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out.push(
      `<row r="${i + 1}"><c r="A${i + 1}"><v>${seed}</v></c>${"工作日志".repeat(seed % 97)}</row>`
    );
  }
  return out;
}

async function roundTrip(Deflate: DeflateClass): Promise<void> {
  const text = pieces();
  const zip = new ZipWriter(Deflate);
  zip.add("big.xml", (emit) => text.forEach(emit));
  zip.add("empty.xml", () => undefined);
  zip.add("small.xml", (emit) => emit("<a/>"));
  const back = await JSZip.loadAsync(zip.finish(), { checkCRC32: true });
  expect(await back.file("big.xml")!.async("string")).toBe(text.join(""));
  expect(await back.file("empty.xml")!.async("string")).toBe("");
  expect(await back.file("small.xml")!.async("string")).toBe("<a/>");
}

test("under Node the writer deflates with zlib", async () => {
  expect(await loadDeflate()).toBe(NodeDeflate);
});

test("zlib in segments: entries read back exactly (several 1 MB segments, empty, tiny)", async () => {
  await roundTrip(NodeDeflate as unknown as DeflateClass);
});

test("pako (the browser's deflate): entries read back exactly", async () => {
  await roundTrip(PakoDeflate);
});

test("the segments form one raw deflate stream that zlib inflates whole", () => {
  const d = new NodeDeflate({ raw: true, level: 6 });
  const out: Uint8Array[] = [];
  d.onData = (c) => out.push(c);
  const input = Buffer.from(pieces().join(""));
  expect(input.length).toBeGreaterThan(3 << 20);
  for (let at = 0; at < input.length; at += 300_000)
    d.push(input.subarray(at, at + 300_000), false);
  d.push(new Uint8Array(0), true);
  expect(out.length).toBeGreaterThan(2);
  expect(zlib.inflateRawSync(Buffer.concat(out)).equals(input)).toBe(true);
});
