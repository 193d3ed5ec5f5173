/**
 * `exovisor bench roundtrip`: an exit round trip against its floor. The
 * exitstorm guest's 200,000 device-register reads each go from the guest
 * worker to the hypervisor worker and back (the vCPU's own measure, from
 * publishing an exit to reading its answer: one exit in TIME_EVERY timed,
 * and every exit that slept, worker/exit-transport.ts); in the same run
 * two bare workers ping-pong one shared word with the same spin-then-wait
 * policy (core/spin.ts) and no hypervisor at all. The target: a real exit costs at
 * most TARGET_RATIO times the bare ping-pong. Each figure is the fastest of
 * `rounds` rounds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AdaptiveSpin } from '../core/spin.js';
import { IMAGE, inDomain } from './bench-exits.js';
import { inTwoWorkers, printResult, startLine, waitFor } from './bench-peer.js';
import { packageRoot } from './package-root.js';

/** The exit path may cost at most this many times the bare ping-pong. */
export const TARGET_RATIO = 1.5;
/** Round trips of the bare ping-pong by default: as many as exitstorm's exits. */
export const DEFAULT_TRIPS = 200_000;

/** The ping-pong word (Int32 index in the control array) and its states, as CB_STATE's. */
const WORD = 1;
const RUNNING = 0, EXIT = 1, DONE = 2;

/** A job for bench-worker.ts: one side of the bare ping-pong. */
export interface PingPongJob { kind: 'ping' | 'pong'; ctl: SharedArrayBuffer; trips: number }

/**
 * The guest's side: publish EXIT, notify, wait for DONE (spin, then
 * sleep), go back to RUNNING, `trips` times; returns ns per round trip
 * (a tenth of the trips first, untimed, as warm-up).
 */
export function ping(ctl: Int32Array, trips: number): number {
  const spin = new AdaptiveSpin();
  const warm = Math.floor(trips / 10);
  startLine(ctl);
  let t0 = performance.now();
  for (let i = 0; i < trips; i++) {
    if (i === warm) t0 = performance.now();
    Atomics.store(ctl, WORD, EXIT);
    Atomics.notify(ctl, WORD);
    waitFor(ctl, WORD, DONE, spin);
    Atomics.store(ctl, WORD, RUNNING);
  }
  return ((performance.now() - t0) * 1e6) / Math.max(1, trips - warm);
}

/** The hypervisor's side: wait for EXIT (spin, then sleep), answer DONE and notify, `trips` times. */
export function pong(ctl: Int32Array, trips: number): number {
  const spin = new AdaptiveSpin();
  startLine(ctl);
  for (let i = 0; i < trips; i++) {
    waitFor(ctl, WORD, EXIT, spin);
    Atomics.store(ctl, WORD, DONE);
    Atomics.notify(ctl, WORD);
  }
  return 0;
}

/** ns per round trip of the bare ping-pong between two new workers. */
export async function barePingPong(trips: number): Promise<number> {
  const ctl = new SharedArrayBuffer(64);
  const [ns] = await inTwoWorkers<number>(
    { kind: 'ping', ctl, trips } satisfies PingPongJob,
    { kind: 'pong', ctl, trips } satisfies PingPongJob,
  );
  return ns;
}

/** What `bench roundtrip` measured. */
export interface RoundtripResult {
  benchmark: 'roundtrip'; image: string; exits: number; trips: number; rounds: number;
  exit_us: number; bare_us: number; ratio: number; target_ratio: number; target_met: boolean;
}

/** Measures both, alternating, `rounds` times; the fastest of each. */
export async function measureRoundtrip(rounds: number, trips: number): Promise<RoundtripResult> {
  const image = new Uint8Array(readFileSync(join(packageRoot(), IMAGE)));
  let exitUs = Infinity, bareUs = Infinity, exits = 0;
  for (let i = 0; i < rounds; i++) {
    bareUs = Math.min(bareUs, (await barePingPong(trips)) / 1000);
    const d = await inDomain(image, 'adaptive');
    exits = d.exits;
    exitUs = Math.min(exitUs, d.stats!.wakeups.exit_wait_us / Math.max(1, d.exits));
  }
  const ratio = exitUs / bareUs;
  return {
    benchmark: 'roundtrip', image: IMAGE, exits, trips, rounds,
    exit_us: exitUs, bare_us: bareUs, ratio, target_ratio: TARGET_RATIO, target_met: ratio <= TARGET_RATIO,
  };
}

/** Runs `exovisor bench roundtrip`; returns the exit status. */
export async function benchRoundtrip(json: boolean, rounds: number, trips = DEFAULT_TRIPS): Promise<number> {
  return printResult(json, await measureRoundtrip(rounds, trips), (r) => [
    `benchmark    roundtrip: ${IMAGE}, ${r.exits} exits; bare ping-pong, ${r.trips} round trips (fastest of ${r.rounds} rounds each)`,
    `exit         ${r.exit_us.toFixed(2)} us per round trip (guest worker -> hypervisor worker -> guest worker)`,
    `bare         ${r.bare_us.toFixed(2)} us per round trip (two workers, one shared word, the same spin-then-wait policy)`,
    `ratio        ${r.ratio.toFixed(2)}x the bare round trip; target at most ${TARGET_RATIO}x: ${r.target_met ? 'met' : 'missed'}`,
  ]);
}
