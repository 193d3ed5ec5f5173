/**
 * What the two-worker microbenchmarks (bench-roundtrip.ts, bench-ring.ts)
 * share: the doorbell both ends of a ring wait on, a start line both
 * workers cross together, and running one job in each of two workers.
 * Each side waits with the exit protocol's policy (core/spin.ts): spin for
 * a short window, then Atomics.wait. And how either prints its result.
 */
import { AdaptiveSpin } from '../core/spin.js';
import { spawnWorker } from '../worker/platform.js';

/** Longest single Atomics.wait of a benchmark peer; it loops until woken. */
const WAIT_SLICE_MS = 100;

/** Int32 word of a control array where both workers report in before timing starts. */
export const CTL_READY = 0;

/** Both workers report in at `ctl[CTL_READY]` and go on once the other has too. */
export function startLine(ctl: Int32Array): void {
  Atomics.add(ctl, CTL_READY, 1);
  Atomics.notify(ctl, CTL_READY);
  for (let v = Atomics.load(ctl, CTL_READY); v < 2; v = Atomics.load(ctl, CTL_READY)) Atomics.wait(ctl, CTL_READY, v, WAIT_SLICE_MS);
}

/** Waits until `word[index]` equals `target`: spins with `spin`'s window, then sleeps. */
export function waitFor(word: Int32Array, index: number, target: number, spin: AdaptiveSpin): void {
  if (spin.spin(word, index, target)) return;
  for (let v = Atomics.load(word, index); v !== target; v = Atomics.load(word, index)) Atomics.wait(word, index, v, WAIT_SLICE_MS);
}

/**
 * A futex word one side sleeps on and the other rings. The sleeper arms it
 * before its last look at the ring, so a ring after that look sets it and
 * the sleep returns at once: no wake-up is lost. A ring is idempotent, and
 * a stale one only costs the sleeper another look.
 */
export class Doorbell {
  /** Times rung, and times a sleeper found nothing within its spin window and slept. */
  rings = 0;
  sleeps = 0;

  constructor(private readonly word: Int32Array, private readonly index: number) {}

  /** Clears the bell; call before the last look for work. */
  arm(): void {
    Atomics.store(this.word, this.index, 0);
  }

  /** Rings: sets the bell and wakes a sleeper. */
  ring(): void {
    this.rings++;
    Atomics.store(this.word, this.index, 1);
    Atomics.notify(this.word, this.index);
  }

  /** Waits for a ring since `arm`: spins with `spin`'s window, then sleeps. */
  sleep(spin: AdaptiveSpin): void {
    const misses = spin.misses;
    waitFor(this.word, this.index, 1, spin);
    if (spin.misses !== misses) this.sleeps++;
  }
}

/** The compiled worker entry that runs benchmark jobs. */
const BENCH_WORKER = new URL(/* @vite-ignore */ './bench-worker.js', import.meta.url);

/** Runs job `a` in one new worker and job `b` in another; resolves with both results once both have ended. */
export async function inTwoWorkers<R>(a: object, b: object): Promise<[R, R]> {
  const run = async (job: object, name: string): Promise<R> => {
    const w = await spawnWorker(BENCH_WORKER, name);
    try {
      return await new Promise<R>((resolve, reject) => {
        w.onMessage((data) => resolve(data as R));
        w.onFailure((m) => reject(new Error(`bench: ${name} ${m}`)));
        w.postMessage(job);
      });
    } finally {
      await w.terminate();
    }
  };
  return Promise.all([run(a, 'exovisor-bench-a'), run(b, 'exovisor-bench-b')]);
}

/** Prints a result as one line of JSON or as text lines; returns the exit status (0: targets are reported, never enforced). */
export function printResult<R extends object>(json: boolean, r: R, lines: (r: R) => string[]): number {
  process.stdout.write((json ? JSON.stringify(r) : lines(r).join('\n')) + '\n');
  return 0;
}
