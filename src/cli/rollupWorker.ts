// A roll-up worker thread (rollupPool.ts): takes the files the main thread sends, one at a time,
// and posts back each file's verification row and office figures. A file is never held beyond
// its own turn, so memory stays that of one file per thread.
import { parentPort } from "worker_threads";
import { takeFile } from "./rollupFile";

export interface Job {
  index: number;
  file: string;
}

parentPort?.on("message", (job: Job) => {
  takeFile(job.file).then(
    (taken) => parentPort!.postMessage({ index: job.index, taken }),
    (err: unknown) =>
      // not a bad file (those come back as rows) but a fault: the main thread reports it
      parentPort!.postMessage({
        index: job.index,
        fault: err instanceof Error ? (err.stack ?? err.message) : String(err),
      })
  );
});
