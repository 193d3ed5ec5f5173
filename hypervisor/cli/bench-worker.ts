/**
 * Benchmark worker entry (Node only; `exovisor bench roundtrip|ring`): runs
 * one job — a side of the bare ping-pong or of a ring — and posts its
 * result. Wiring only: the logic is bench-roundtrip.ts and bench-ring.ts.
 */
import { parentChannel } from '../worker/platform.js';
import { ping, pong, type PingPongJob } from './bench-roundtrip.js';
import { runRingJob, type RingJob } from './bench-ring.js';

const parent = await parentChannel();
parent.onMessage((data) => {
  const job = data as PingPongJob | RingJob;
  if ('trips' in job) parent.postMessage((job.kind === 'ping' ? ping : pong)(new Int32Array(job.ctl), job.trips));
  else parent.postMessage(runRingJob(job));
});
