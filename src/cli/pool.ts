/**
 * A fixed number of worker threads, one job each at a time. A worker that dies (out of memory,
 * a crash in a library) fails its job and is replaced; terminate() stops them all at once.
 */
import { Worker } from 'node:worker_threads';

interface Slot<R> {
  worker: Worker;
  settle: ((result: R | Error) => void) | null;
}

export class WorkerPool<J, R> {
  private readonly slots: Slot<R>[] = [];
  private stopped = false;

  constructor(private readonly file: URL, size: number) {
    for (let i = 0; i < size; i += 1) this.slots.push(this.spawn());
  }

  get idle(): number {
    return this.slots.filter((s) => s.settle === null).length;
  }

  private spawn(): Slot<R> {
    const slot: Slot<R> = { worker: new Worker(this.file), settle: null };
    const fail = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index < 0 || this.stopped) return; // replaced already ('error' is followed by 'exit')
      const settle = slot.settle;
      slot.settle = null;
      this.slots[index] = this.spawn();
      settle?.(error);
    };
    slot.worker.on('message', (result: R) => {
      const settle = slot.settle;
      slot.settle = null;
      settle?.(result);
    });
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => fail(new Error(`worker exited with code ${code}`)));
    return slot;
  }

  /** Runs a job on an idle worker (the caller keeps at most `idle` jobs going). */
  run(job: J, transfer: ArrayBuffer[] = []): Promise<R> {
    const slot = this.slots.find((s) => s.settle === null);
    if (!slot) throw new Error('no idle worker');
    return new Promise((resolve, reject) => {
      slot.settle = (result) => (result instanceof Error ? reject(result) : resolve(result));
      slot.worker.postMessage(job, transfer);
    });
  }

  async terminate(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
