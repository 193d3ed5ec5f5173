/**
 * The page's hypervisor session: one hypervisor worker per page, the
 * domains it runs as `Guest` handles, and each guest's console pumped from
 * its shared-memory rings — output into a bounded transcript and to
 * listeners, keyboard input into the guest's UART or PV console.
 */
import type * as Comlink from 'comlink';
import type { DomainInfo, DomainSpec, DomainStats } from '../hypervisor/core/domain.js';
import type { HypervisorApi } from '../hypervisor/worker/hypervisor-api.js';
import { ByteRing } from '../hypervisor/worker/byte-ring.js';
import { startHypervisor, type HypervisorClient } from '../hypervisor/worker/client.js';

/**
 * Machine memory shared by every domain of the page: room for a hundred
 * small unikernels at once. Browsers commit a SharedArrayBuffer's pages as
 * they are first touched, so frames no domain uses cost nothing.
 */
export const MACHINE_BYTES = 768 << 20;
/** How often a guest's state and counters are refreshed while it lives. */
const REFRESH_MS = 400;
/** How long the console pump sleeps when nothing wakes it. */
const CONSOLE_POLL_MS = 100;
/** How long one wait for a domain's end lasts in the hypervisor before it is asked again. */
const END_WAIT_MS = 5000;
/** Console text a guest keeps for a terminal opened later (older text is dropped). */
const TRANSCRIPT_CHARS = 1 << 18;

/** States after which a domain never runs again. */
const FINAL: ReadonlySet<DomainInfo['state']> = new Set(['shutdown', 'halted', 'stopped', 'crashed', 'destroyed']);

/** The hypervisor API as the page holds it. */
export type Api = Comlink.Remote<HypervisorApi>;

/** True once a domain has ended for good. */
export function isFinal(state: DomainInfo['state']): boolean {
  return FINAL.has(state);
}

/** Sum of a counter record's values. */
export function total(counts: Record<string, number> | undefined): number {
  return Object.values(counts ?? {}).reduce((a, b) => a + b, 0);
}

/**
 * One domain of the page. Events: `output` (detail: the text that arrived)
 * and `change` (state or counters changed).
 */
export class Guest extends EventTarget {
  /** Everything the guest printed (the last TRANSCRIPT_CHARS characters). */
  transcript = '';
  /** Its counters, refreshed while it lives. */
  stats: DomainStats | null = null;
  /** Wall time from start to end (or to now while it runs), in ms. */
  wallMs = 0;
  /** Set once the domain is destroyed. */
  gone = false;
  private startedAt: number | null = null;
  private readonly decoder = new TextDecoder();
  private pending: Uint8Array[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | undefined;

  /** Wraps domain `info` whose console rings are `out` and `input`. */
  constructor(readonly api: Api, public info: DomainInfo, private readonly out: ByteRing, private readonly input: ByteRing) {
    super();
  }

  /** The domain id. */
  get id(): number {
    return this.info.id;
  }

  /** Starts a created domain (a restored one resumes where its snapshot was taken). */
  async start(): Promise<void> {
    this.startedAt = performance.now();
    this.update(await this.api.start(this.id));
    void this.watchEnd();
  }

  /** Follows a domain that was already running when the page got it (a clone): wall time from now, and its end. */
  follow(): void {
    this.startedAt = performance.now();
    void this.watchEnd();
  }

  /** Waits in the hypervisor for the domain to end, so the end and the wall time are seen at once. */
  private async watchEnd(): Promise<void> {
    while (!this.gone && !isFinal(this.info.state)) {
      const info = await this.api.waitForEnd(this.id, END_WAIT_MS).catch(() => null);
      if (!info || this.gone) return;
      if (isFinal(info.state)) {
        const stats = await this.api.stats(this.id).catch(() => undefined);
        this.drain();
        this.update(info, stats);
      }
    }
  }

  /** Pauses a running domain. */
  async pause(): Promise<void> {
    this.update(await this.api.pause(this.id));
  }

  /** Lets a paused domain run. */
  async resume(): Promise<void> {
    this.update(await this.api.resume(this.id));
  }

  /** Sends keyboard input to the guest; what does not fit in its ring now waits and is sent in order. */
  write(bytes: Uint8Array): void {
    if (bytes.length === 0 || this.gone) return;
    this.pending.push(bytes);
    if (this.flushTimer === undefined) this.flushInput();
  }

  private flushInput(): void {
    this.flushTimer = undefined;
    while (this.pending.length > 0) {
      const room = this.input.room();
      if (room === 0) break;
      const head = this.pending[0]!;
      this.input.write(head.subarray(0, room));
      if (head.length <= room) this.pending.shift();
      else this.pending[0] = head.subarray(room);
    }
    if (this.pending.length > 0 && !this.gone) this.flushTimer = setTimeout(() => this.flushInput(), 10);
  }

  /** Takes new state from the hypervisor and tells listeners. */
  update(info: DomainInfo, stats?: DomainStats): void {
    this.info = info;
    if (stats) this.stats = stats;
    if (this.startedAt !== null && info.state !== 'created') this.wallMs = performance.now() - this.startedAt;
    if (isFinal(info.state)) this.startedAt = null;
    this.dispatchEvent(new Event('change'));
  }

  /** Moves console output from the ring to the transcript and listeners; true when there was some. */
  drain(last = false): boolean {
    const text = this.decoder.decode(this.out.read(), { stream: !last });
    if (!text) return false;
    this.transcript = (this.transcript + text).slice(-TRANSCRIPT_CHARS);
    this.dispatchEvent(new CustomEvent<string>('output', { detail: text }));
    return true;
  }

  /** Pumps the console and refreshes state until the domain ends or is destroyed. */
  async pump(): Promise<void> {
    let refreshed = 0;
    while (!this.gone) {
      await this.out.waitReadable(CONSOLE_POLL_MS);
      this.drain();
      if (performance.now() - refreshed < REFRESH_MS) continue;
      refreshed = performance.now();
      if (!(await this.refresh())) break;
    }
    this.drain(true);
  }

  /** Reads state and counters; false once there is nothing more to pump. */
  private async refresh(): Promise<boolean> {
    try {
      const [info, stats] = await Promise.all([this.api.info(this.id), this.api.stats(this.id)]);
      this.drain();
      this.update(info, stats);
      return !isFinal(info.state);
    } catch {
      return !this.gone; // destroyed meanwhile
    }
  }

  /** Marks the guest destroyed (the session removed it). */
  markGone(): void {
    this.gone = true;
    clearTimeout(this.flushTimer);
    this.pending = [];
    this.update({ ...this.info, state: 'destroyed' });
  }
}

/**
 * The page's hypervisor and its guests. Event `change`: a guest was added
 * or removed.
 */
export class Session extends EventTarget {
  /** Guests in creation order. */
  guests: Guest[] = [];

  /** Wraps a started hypervisor. */
  constructor(readonly client: HypervisorClient) {
    super();
  }

  /** The hypervisor's control API. */
  get api(): Api {
    return this.client.api;
  }

  /** Creates a domain from `spec` and adds it (not started). */
  async create(spec: DomainSpec): Promise<Guest> {
    return this.adopt(await this.api.create(spec));
  }

  /** Adds an existing domain (a created, restored or cloned one) and starts pumping its console. */
  async adopt(info: DomainInfo): Promise<Guest> {
    const rings = await this.api.consoleRings(info.id);
    const guest = new Guest(this.api, info, new ByteRing(rings.out), new ByteRing(rings.in));
    this.guests = [...this.guests, guest];
    void guest.pump();
    if (info.state === 'running') guest.follow();
    this.dispatchEvent(new Event('change'));
    return guest;
  }

  /** The snapshot of a paused guest (the snapshot file's bytes). */
  snapshot(guest: Guest): Promise<Uint8Array> {
    return this.api.snapshot(guest.id);
  }

  /** Restores a snapshot into a new guest (state 'created': starting it resumes where the snapshot was taken). */
  async restore(bytes: Uint8Array): Promise<Guest> {
    return this.adopt(await this.api.restore(bytes));
  }

  /** A running copy of a running or paused guest, as a new guest. */
  async clone(guest: Guest): Promise<Guest> {
    return this.adopt(await this.api.clone(guest.id));
  }

  /** Destroys a guest's domain (whatever its state) and removes it. */
  async destroy(guest: Guest): Promise<void> {
    try {
      await this.api.destroy(guest.id);
    } finally {
      guest.markGone();
      this.guests = this.guests.filter((g) => g !== guest);
      this.dispatchEvent(new Event('change'));
    }
  }
}

let session: Promise<Session> | null = null;

/** The page's session, started on first use (and again if starting it failed). */
export function pageSession(): Promise<Session> {
  session ??= startHypervisor({ machineBytes: MACHINE_BYTES }).then((c) => new Session(c)).catch((e: unknown) => {
    session = null;
    throw e;
  });
  return session;
}
