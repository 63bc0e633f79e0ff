/**
 * Runs a batch's jobs: files on worker threads (one per core by default, a bounded pool), URLs
 * downloaded by this thread a few at a time with at most PER_HOST to one host, then checked on a
 * worker like a file. Results are handed over in the order they finish; the caller spools them.
 * An interruption (Ctrl-C) stops the workers and the downloads at once: what finished is kept.
 */
import { errorMessage, failedJob, type Job, type JobResult } from './batch-job';
import { download, isUrl, type Loaded } from './load';
import { WorkerPool } from './pool';
import type { Progress } from './progress';
import type { Source } from './sources';

/** Downloads at once, all hosts together (a downloaded page waiting for a worker counts). */
const DOWNLOADS = 4;
/** Downloads at once from one host: a portal is a public service, not a benchmark. */
const PER_HOST = 2;

export interface RunOptions {
  command: Job['command'];
  timeout: number;
  jobs: number;
  worker: URL;
  progress: Progress;
  /** aborted on Ctrl-C */
  stop: AbortSignal;
}

interface HostQueue { indices: number[]; next: number; running: number }

export async function runJobs(
  sources: readonly Source[], options: RunOptions, onResult: (index: number, result: JobResult) => Promise<void>,
): Promise<{ interrupted: boolean }> {
  const { command, timeout, stop } = options;
  const total = sources.length;
  const started = Date.now();
  const files: number[] = [];
  const hosts = new Map<string, HostQueue>();
  const ready: { index: number; loaded: Loaded }[] = [];
  const handing = new Set<Promise<void>>();
  let nextFile = 0;
  let downloading = 0;
  let done = 0;
  let current = '';
  let finished = false;
  const pool = new WorkerPool<Job, JobResult>(options.worker, Math.max(1, Math.min(options.jobs, total)));

  return new Promise((resolve) => {
    const finish = async (interrupted: boolean) => {
      if (finished) return;
      finished = true;
      await pool.terminate();
      await Promise.all(handing);
      options.progress.done();
      resolve({ interrupted });
    };
    const complete = (index: number, result: JobResult) => {
      if (finished) return;
      const handed = onResult(index, result).then(() => {
        handing.delete(handed);
        done += 1;
        options.progress.update({ done, total, elapsed: Date.now() - started, current });
        if (done === total) void finish(false);
        else pump();
      });
      handing.add(handed);
    };
    const startDownloads = () => {
      for (const queue of hosts.values()) {
        while (queue.next < queue.indices.length && downloading + ready.length < DOWNLOADS && queue.running < PER_HOST) {
          const index = queue.indices[queue.next++]!;
          const { source } = sources[index]!;
          downloading += 1;
          queue.running += 1;
          download(source, timeout, stop)
            .then((loaded) => { ready.push({ index, loaded }); }, (error: unknown) => complete(index, failedJob(command, source, errorMessage(error))))
            .finally(() => {
              downloading -= 1;
              queue.running -= 1;
              pump();
            });
        }
      }
    };
    const pump = () => {
      if (finished) return;
      startDownloads();
      while (pool.idle > 0) {
        const fetched = ready.shift();
        const index = fetched ? fetched.index : nextFile < files.length ? files[nextFile++]! : -1;
        if (index < 0) break;
        const { source } = sources[index]!;
        current = source;
        const job: Job = { command, source, timeout, ...(fetched ? { loaded: fetched.loaded } : {}) };
        const transfer = fetched ? [fetched.loaded.bytes.buffer as ArrayBuffer] : [];
        pool.run(job, transfer).then((result) => complete(index, result), (error: unknown) => complete(index, failedJob(command, source, errorMessage(error))));
      }
    };

    stop.addEventListener('abort', () => void finish(true), { once: true });
    if (total === 0) {
      void finish(false);
      return;
    }
    sources.forEach(({ source, error }, index) => {
      if (error !== undefined) complete(index, failedJob(command, source, error));
      else if (isUrl(source)) {
        const host = new URL(source).host;
        const queue = hosts.get(host) ?? { indices: [], next: 0, running: 0 };
        hosts.set(host, queue);
        queue.indices.push(index);
      } else files.push(index);
    });
    pump();
  });
}
