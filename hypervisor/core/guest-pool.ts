/**
 * Pre-started guest workers. Starting a domain normally spawns its guest
 * worker and waits for the worker's module to load and say it is ready —
 * most of a small guest's boot time. The pool keeps `size` workers that
 * have already done that (ready, waiting for their BOOT message), hands
 * one over when a domain starts, and starts a replacement in the
 * background. A spare that dies while it waits is dropped and replaced; a
 * spare that cannot be started never fails a domain's start, which then
 * spawns its own worker as it would without the pool.
 */
import type { GuestRunner } from './domain.js';
import type { SpawnGuest } from './hypervisor.js';

/** The domain id a spare worker is spawned for: none yet (domain ids start at 1). */
export const SPARE_DOMID = 0;

/** What the pool did, counted where it happens. */
export interface GuestPoolCounters {
  /** Spares ready now, and spares being started. */
  spares: number;
  starting: number;
  /** Domain starts served by a spare, and by a worker spawned on demand (the pool was empty). */
  handed_over: number;
  spawned_on_demand: number;
  /** Spares that died while they waited, and spares that failed to start. */
  spare_deaths: number;
  spare_failures: number;
}

/** Most spares a pool keeps: each is a thread with its own JavaScript engine instance. */
const MAX_SPARES = 16;
/** First pause before starting spares again after one failed to start; it doubles up to RETRY_MAX_MS. */
const RETRY_MS = 500;
const RETRY_MAX_MS = 30_000;

/** Workers started ahead of the domains that will run on them. */
export class GuestPool {
  private readonly spares: GuestRunner[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private closed = false;
  private retryMs = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly n = { handed_over: 0, spawned_on_demand: 0, spare_deaths: 0, spare_failures: 0 };

  /** Keeps `size` spares (1 to MAX_SPARES) started with `spawn`; starting them begins at once. */
  constructor(readonly size: number, private readonly spawn: SpawnGuest) {
    if (!Number.isSafeInteger(size) || size < 1 || size > MAX_SPARES) throw new RangeError(`prestart wants a whole number of guest workers from 1 to ${MAX_SPARES}, not ${size}`);
    this.refill();
  }

  /** A worker for domain `domid`: a live spare when there is one (and a replacement is started), else a new one. */
  async take(domid: number): Promise<GuestRunner> {
    if (this.closed) throw new Error('the guest worker pool is closed');
    const spare = this.spares.shift();
    this.refill();
    if (spare) {
      this.n.handed_over++;
      return spare;
    }
    this.n.spawned_on_demand++;
    return this.spawn(domid);
  }

  /** The pool's counters. */
  counters(): GuestPoolCounters {
    return { spares: this.spares.length, starting: this.inFlight.size, ...this.n };
  }

  /** Stops refilling and terminates every spare, including those still starting; resolves once all are gone. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    await Promise.all([...this.inFlight]);
    await Promise.all(this.spares.splice(0).map((r) => r.terminate()));
  }

  /** Starts spares until ready plus starting reach `size` (not while waiting to retry after a failure). */
  private refill(): void {
    while (!this.closed && this.retryTimer === undefined && this.spares.length + this.inFlight.size < this.size) {
      const p = this.startSpare().finally(() => this.inFlight.delete(p));
      this.inFlight.add(p);
    }
  }

  /** Starts one spare and files it; a failure is counted and retried later, never thrown. */
  private async startSpare(): Promise<void> {
    let runner: GuestRunner;
    try {
      runner = await this.spawn(SPARE_DOMID);
    } catch {
      this.n.spare_failures++;
      this.retryLater();
      return;
    }
    if (this.closed) {
      await runner.terminate();
      return;
    }
    this.retryMs = 0;
    this.spares.push(runner);
    void runner.ended.then(() => this.dropDead(runner));
  }

  /** A spare's worker ended: if it was still waiting, it died; drop it and start another. */
  private dropDead(spare: GuestRunner): void {
    const i = this.spares.indexOf(spare);
    if (i < 0) return; // handed over (its domain owns its end) or terminated by close
    this.spares.splice(i, 1);
    this.n.spare_deaths++;
    this.refill();
  }

  /** Waits before starting spares again, longer after each failure in a row, so a broken worker is not respawned in a loop. */
  private retryLater(): void {
    if (this.closed || this.retryTimer !== undefined) return;
    this.retryMs = Math.min(RETRY_MAX_MS, this.retryMs === 0 ? RETRY_MS : this.retryMs * 2);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.refill();
    }, this.retryMs);
  }
}
