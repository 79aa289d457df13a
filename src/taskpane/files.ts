// Reading picked or dropped files, and offering produced files for download, in the browser.

export interface FileBytes {
  name: string;
  bytes: Uint8Array;
}

/** Reads a File with FileReader: Blob.arrayBuffer is missing in EdgeHTML 18 (Office 2019). */
export function readFile(file: File): Promise<FileBytes> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve({ name: file.name, bytes: new Uint8Array(reader.result as ArrayBuffer) });
    reader.onerror = () => reject(new Error(`无法读取文件“${file.name}”`));
    reader.readAsArrayBuffer(file);
  });
}

export function isXlsx(name: string): boolean {
  return /\.xlsx$/i.test(name);
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function mimeFor(name: string): string {
  return isXlsx(name) ? XLSX_TYPE : "application/octet-stream";
}
