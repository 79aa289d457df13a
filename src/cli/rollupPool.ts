// The roll-up's files taken on every core (`gangze rollup`): verification is CPU work, one file
// independent of the others, so with two cores this thread and one worker thread each take the
// next file as soon as they are done with theirs (a worker's start — loading and warming up the
// code again — costs about half a second of CPU, so this thread works too rather than wait).
// Results come back in the files' order; each thread holds one file at a time, so memory stays
// flat in the number of files. Few files, one core, or the TypeScript sources run directly
// (tests): the files are taken here, one after the other.
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import { takeFile, type Taken } from "./rollupFile";
import type { Job } from "./rollupWorker";

/** Below this many files a worker's start-up (loading the modules again) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 4;
/** A worker's young generation (MB); see where it is used. */
const YOUNG_MB = 96;
/** Past this many threads there is nothing to win here (reading files is not the bottleneck). */
const MAX_WORKERS = 8;

/**
 * How many worker threads beside this one for `files` files: one per core but this thread's
 * (which takes files too); 0 = all in this thread. `GANGZE_WORKERS=N` decides instead.
 */
export function workerCount(files: number): number {
  const env = process.env.GANGZE_WORKERS;
  if (env !== undefined && /^\d+$/.test(env)) return Math.min(Number(env), files, MAX_WORKERS);
  if (files < MIN_FILES_FOR_WORKERS) return 0;
  const cores =
    typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  // every core, whatever the load average: it lags (the work just before this command raises it)
  // and judging by it left a 2-core machine at one thread after generating the files (29.7 s for
  // 100 offices against 13 s with the worker); on a machine truly saturated by other programs a
  // worker costs its start-up (about half a second of CPU), no more
  return Math.max(0, Math.min(cores - 1, files - 1, MAX_WORKERS));
}

/** The compiled worker beside this module; undefined when running from the TypeScript sources. */
function workerScript(): string | undefined {
  return __filename.endsWith(".js") ? path.join(__dirname, "rollupWorker.js") : undefined;
}

type Reply = { index: number; taken: Taken } | { index: number; fault: string };

/**
 * Takes every file (read, verify, check, score), `started(i)` as file `i` begins; the results in
 * the files' order. Rejects only on a fault of the program (a bad file is a result).
 */
export async function takeFiles(
  files: string[],
  started: (index: number) => void
): Promise<Taken[]> {
  const script = workerScript();
  const threads = script ? workerCount(files.length) : 0;
  const results: Taken[] = new Array<Taken>(files.length);
  let next = 0;
  /** the next file to take (its progress line printed), undefined when all are taken */
  const claim = (): number | undefined => {
    if (next >= files.length) return undefined;
    started(next);
    return next++;
  };
  const workers: Worker[] = [];
  let failure: Error | undefined;
  let done = 0;
  let finish!: () => void;
  let fail!: (err: Error) => void;
  const finished = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = (err) => reject((failure ??= err));
  });
  finished.catch(() => undefined); // awaited below; a worker's fault also stops this thread's loop
  const landed = (index: number, taken: Taken): void => {
    results[index] = taken;
    if (++done === files.length) finish();
  };
  try {
    for (let k = 0; k < threads; k++) {
      // a young generation twice V8's default (semi-spaces of 32 MB): a file's cells, read and
      // rebuilt, live for about 100 ms, and fewer scavenges copy them (≈ 5 % less time for 100
      // offices, docs/performance.md); this thread keeps Node's default (it cannot be set from inside)
      const w = new Worker(script!, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
      workers.push(w);
      const give = (): void => {
        const index = claim();
        if (index !== undefined) w.postMessage({ index, file: files[index] } satisfies Job);
      };
      w.on("message", (r: Reply) => {
        if ("fault" in r) return fail(new Error(`${files[r.index]}：${r.fault}`));
        landed(r.index, r.taken);
        give();
      });
      w.on("error", fail);
      w.on("exit", (code) => {
        if (done < files.length) fail(new Error(`核验线程意外退出（${code}）`));
      });
      // two files queued per worker, so it never waits while this thread is busy with a file
      give();
      give();
    }
    // this thread takes files too (it is one of the cores)
    for (let i = claim(); i !== undefined && !failure; i = claim())
      landed(i, await takeFile(files[i]));
    if (files.length === 0) finish();
    await finished;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
