// The part of pako 1.0's API the zip writer uses (src/xlsx/zipWriter.ts): streaming raw deflate.
declare module "pako" {
  export class Deflate {
    constructor(options?: { raw?: boolean; level?: number; chunkSize?: number });
    err: number;
    msg: string;
    onData: (chunk: Uint8Array) => void;
    onEnd: (status: number) => void;
    push(data: Uint8Array, last: boolean): boolean;
  }
}
