import { readXlsx } from "../../src/xlsx/reader";
import * as zlib from "zlib";
test("z", async () => {
  const data = Buffer.from("hello"); const n = Buffer.from("a.txt"); const crc = zlib.crc32(data);
  const local = Buffer.alloc(30); local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt32LE(crc, 14); local.writeUInt32LE(5, 18); local.writeUInt32LE(5, 22); local.writeUInt16LE(5, 26);
  const dir = Buffer.alloc(46); dir.writeUInt32LE(0x02014b50, 0); dir.writeUInt16LE(20, 4); dir.writeUInt16LE(20, 6); dir.writeUInt32LE(crc, 16); dir.writeUInt32LE(5, 20); dir.writeUInt32LE(5, 24); dir.writeUInt16LE(5, 28);
  const cd = Buffer.concat([dir, n]); const end = Buffer.alloc(22); end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10); end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(40, 16);
  try { const b = await readXlsx(Buffer.concat([local, n, data, cd, end]), "z.xlsx"); console.log("ok", b.sheetNames); } catch (e) { console.log("err", (e as any).code, (e as Error).message); }
});
