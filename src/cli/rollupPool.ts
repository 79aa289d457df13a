// The roll-up's files taken on every core (`gangze rollup`): verification is CPU work, one file
// independent of the others, so with two cores two worker threads each take the next file as
// soon as they are done with theirs. Results come back in the files' order; each worker holds one
// file at a time, so memory stays flat in the number of files. Few files, one core, or the
// TypeScript sources run directly (tests): the files are taken here, one after the other.
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import { takeFile, type Taken } from "./rollupFile";
import type { Job } from "./rollupWorker";

/** Below this many files a worker's start-up (loading the modules again) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 4;
/** Past this many threads there is nothing to win here (reading files is not the bottleneck). */
const MAX_WORKERS = 8;
/** Young generation per worker, MB (≈ `--max-semi-space-size=32`). */
const YOUNG_MB = 96;

/** How many worker threads for `files` files: 0 = take them in this thread. */
export function workerCount(files: number): number {
  const env = process.env.GANGZE_WORKERS;
  if (env !== undefined && /^\d+$/.test(env)) return Math.min(Number(env), files, MAX_WORKERS);
  if (files < MIN_FILES_FOR_WORKERS) return 0;
  const cores =
    typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return cores < 2 ? 0 : Math.min(cores, files, MAX_WORKERS);
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
  if (threads === 0) {
    for (const [i, file] of files.entries()) {
      started(i);
      results[i] = await takeFile(file);
    }
    return results;
  }
  let next = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let done = 0;
      const give = (w: Worker): void => {
        if (next >= files.length) return;
        const job: Job = { index: next, file: files[next] };
        started(next++);
        w.postMessage(job);
      };
      for (let k = 0; k < threads; k++) {
        // a larger young generation: a file's reading makes many short-lived objects, and
        // fewer scavenges cut a file's time by about a sixth (tens of MB more per thread)
        const w = new Worker(script!, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
        workers.push(w);
        w.on("message", (r: Reply) => {
          if ("fault" in r) return reject(new Error(`${files[r.index]}：${r.fault}`));
          results[r.index] = r.taken;
          if (++done === files.length) resolve();
          else give(w);
        });
        w.on("error", reject);
        w.on("exit", (code) => {
          if (done < files.length) reject(new Error(`核验线程意外退出（${code}）`));
        });
        give(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
