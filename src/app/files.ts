// Bytes for Excel.createWorkbook (base64) and the files the pane offers for download.

/** Base64 of bytes, in slices (String.fromCharCode has an argument limit). */
export function toBase64(bytes: Uint8Array): string {
  let text = "";
  const SLICE = 0x8000;
  for (let i = 0; i < bytes.length; i += SLICE) {
    text += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  }
  return btoa(text);
}
