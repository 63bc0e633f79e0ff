/** A worker thread of a batch: one job at a time, answered with its result (runJob never throws). */
import { parentPort } from 'node:worker_threads';
import { runJob, type Job } from './batch-job';

parentPort!.on('message', (job: Job) => {
  void runJob(job).then((result) => parentPort!.postMessage(result));
});
