/**
 * The PV console back-end (Xen's xenconsoled, for one domain). The console
 * page (struct xencons_interface) holds two byte rings with free-running
 * uint32 indices; ring position = index & (size - 1). The guest produces
 * output at out_prod and the back-end consumes it at out_cons; the
 * back-end produces input at in_prod and the guest consumes it at in_cons.
 * Each side notifies the other through the console event channel after it
 * moves bytes (there is no event index on this page).
 *
 * Trust: the page is the guest's. The back-end holds it writable while the
 * domain lives (framePage), so the guest can never make it a page table
 * for the back-end to write. The back-end keeps its own out_cons and
 * in_prod (it only ever writes them), reads each guest index once per
 * pass, and refuses indices that claim more than a ring of bytes: the
 * console is then marked broken and serves the guest no more. One kick
 * moves at most one ring of output and one ring of input; input the guest
 * has no room for waits in a bounded queue, and what overflows it is
 * dropped and counted.
 */
import { layout } from '../abi/constant.js';
import { CONSOLE_INTERFACE } from '../abi/ring.js';
import type { MachineMemory } from '../core/machine-memory.js';
import { brokenReason, fieldCount, framePage, ProtocolError } from './backend.js';

const C = layout(CONSOLE_INTERFACE).offsets;
const IN = C['in']!, OUT = C['out']!;
const IN_SIZE = fieldCount(CONSOLE_INTERFACE, 'in'), OUT_SIZE = fieldCount(CONSOLE_INTERFACE, 'out');
const IN_CONS = C['in_cons']! >>> 2, IN_PROD = C['in_prod']! >>> 2;
const OUT_CONS = C['out_cons']! >>> 2, OUT_PROD = C['out_prod']! >>> 2;
if (IN_SIZE & (IN_SIZE - 1) || OUT_SIZE & (OUT_SIZE - 1)) throw new Error('console-back: console rings must be powers of two');

/** Default bound of input waiting for room in the guest's ring. */
export const CONSOLE_PENDING_MAX = 64 * 1024;

/** Counters of one console back-end. */
export interface ConsoleCounters {
  /** Bytes of guest output handed to `output`. */
  out_bytes: number;
  /** Bytes of input placed in the guest's ring. */
  in_bytes: number;
  /** Bytes of input dropped (queue full, or the console is broken). */
  in_dropped: number;
  /** Notifications raised on the guest's port. */
  notify_sent: number;
  kicks: number;
  /** Times the guest corrupted the page's indices (it is then marked broken and served no more). */
  ring_errors: number;
}

/** What a console back-end is connected to. */
export interface ConsoleBackOptions {
  /** Receives each batch of guest output (a copy the receiver may keep). */
  output: (bytes: Uint8Array) => void;
  /** Raises the guest's console port. */
  notify: () => void;
  /** Bytes of input kept while the guest's ring is full (default CONSOLE_PENDING_MAX). */
  pendingMax?: number;
}

/** A console back-end's own state (the rings themselves are in the guest's page). */
export interface ConsoleBackState { outCons: number; inProd: number; pending: number[] }

/** The console back-end of one domain. */
export class ConsoleBack {
  /** Why the guest was refused further service (null while healthy). */
  broken: string | null = null;
  readonly counters: ConsoleCounters = { out_bytes: 0, in_bytes: 0, in_dropped: 0, notify_sent: 0, kicks: 0, ring_errors: 0 };
  private readonly page: Uint8Array;
  private readonly idx: Int32Array;
  /** Private copies of the indices this side produces; never read back from the page. */
  private outCons = 0;
  private inProd = 0;
  /** Input not yet in the guest's ring: a circular buffer of `pendingLen` bytes from `pendingHead`. */
  private readonly pendingBuf: Uint8Array;
  private pendingHead = 0;
  private pendingLen = 0;

  /** Serves the console page in machine frame `frame` (zeroed by the domain builder). */
  constructor(mm: MachineMemory, frame: number, private readonly opts: ConsoleBackOptions) {
    this.page = framePage(mm, frame);
    this.idx = new Int32Array(this.page.buffer, this.page.byteOffset, this.page.length >>> 2);
    this.pendingBuf = new Uint8Array(opts.pendingMax ?? CONSOLE_PENDING_MAX);
  }

  /** The back-end's private indices and queued input, for a snapshot. */
  saveState(): ConsoleBackState {
    const cap = this.pendingBuf.length;
    const pending = Array.from({ length: this.pendingLen }, (_, i) => this.pendingBuf[(this.pendingHead + i) % cap]!);
    return { outCons: this.outCons, inProd: this.inProd, pending };
  }

  /** Takes saved state back (checked: uint32 indices, queued input that fits); throws ProtocolError otherwise. */
  restoreState(s: ConsoleBackState): void {
    const u32 = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 0xffff_ffff;
    if (!u32(s.outCons) || !u32(s.inProd) || !Array.isArray(s.pending) || s.pending.length > this.pendingBuf.length || !s.pending.every((b) => Number.isInteger(b) && b >= 0 && b < 256)) {
      throw new ProtocolError('console: the saved state is damaged');
    }
    this.outCons = s.outCons;
    this.inProd = s.inProd;
    this.pendingBuf.set(s.pending);
    this.pendingHead = 0;
    this.pendingLen = s.pending.length;
  }

  /** Bytes of input the back-end can still take without dropping any. */
  get inputRoom(): number {
    return this.broken ? 0 : this.pendingBuf.length - this.pendingLen;
  }

  get pending(): number {
    return this.pendingLen;
  }

  /** The guest notified the console port: drain its output and move waiting input; never throws. */
  kick(): void {
    if (this.broken) return;
    this.counters.kicks++;
    try {
      const moved = this.drainOutput() + this.moveInput();
      if (moved > 0) this.raise();
    } catch (e) {
      this.fail(e);
    }
  }

  /** Places input in the guest's ring as far as it has room and queues the rest (bounded: beyond it, dropped and counted). */
  input(bytes: Uint8Array): void {
    if (this.broken) { this.counters.in_dropped += bytes.length; return; }
    try {
      let moved = this.moveInput();
      if (this.pendingLen === 0) {
        const n = this.placeInput(bytes.length, (i) => bytes[i]!);
        bytes = bytes.subarray(n);
        moved += n;
      }
      this.enqueue(bytes);
      if (moved > 0) this.raise();
    } catch (e) {
      this.fail(e);
    }
  }

  /** Keeps `bytes` behind the queued input as far as the queue has room; drops and counts the rest. */
  private enqueue(bytes: Uint8Array): void {
    const cap = this.pendingBuf.length;
    const take = Math.min(bytes.length, cap - this.pendingLen);
    for (let i = 0; i < take; i++) this.pendingBuf[(this.pendingHead + this.pendingLen + i) % cap] = bytes[i]!;
    this.pendingLen += take;
    this.counters.in_dropped += bytes.length - take;
  }

  /** Copies everything the guest published in out[] (at most the ring) to `output`; the byte count. */
  private drainOutput(): number {
    const avail = (Atomics.load(this.idx, OUT_PROD) - this.outCons) >>> 0;
    if (avail > OUT_SIZE) throw new ProtocolError(`console: out_prod is ${avail} bytes past out_cons on a ${OUT_SIZE}-byte ring`);
    if (avail === 0) return 0;
    const bytes = new Uint8Array(avail);
    const at = this.outCons & (OUT_SIZE - 1), first = Math.min(avail, OUT_SIZE - at);
    bytes.set(this.page.subarray(OUT + at, OUT + at + first));
    bytes.set(this.page.subarray(OUT, OUT + avail - first), first);
    this.outCons = (this.outCons + avail) >>> 0;
    Atomics.store(this.idx, OUT_CONS, this.outCons | 0);
    this.counters.out_bytes += avail;
    this.opts.output(bytes);
    return avail;
  }

  /** Moves queued input into in[] as far as the guest has room; the byte count. */
  private moveInput(): number {
    if (this.pendingLen === 0) return 0;
    const cap = this.pendingBuf.length, head = this.pendingHead;
    const n = this.placeInput(this.pendingLen, (i) => this.pendingBuf[(head + i) % cap]!);
    this.pendingHead = (head + n) % cap;
    this.pendingLen -= n;
    return n;
  }

  /** Writes up to `max` bytes (byte i is `at(i)`) into in[] as far as the guest has room, then publishes in_prod; the count. */
  private placeInput(max: number, at: (i: number) => number): number {
    const used = (this.inProd - Atomics.load(this.idx, IN_CONS)) >>> 0;
    if (used > IN_SIZE) throw new ProtocolError(`console: in_cons is ${used} bytes behind in_prod on a ${IN_SIZE}-byte ring`);
    const n = Math.min(IN_SIZE - used, max);
    if (n === 0) return 0;
    for (let i = 0; i < n; i++) this.page[IN + ((this.inProd + i) & (IN_SIZE - 1))] = at(i);
    this.inProd = (this.inProd + n) >>> 0;
    Atomics.store(this.idx, IN_PROD, this.inProd | 0); // the bytes were written before the index
    this.counters.in_bytes += n;
    return n;
  }

  // Marks the guest broken with the reason and counts it: a page whose indices lied is never read again.
  private fail(e: unknown): void {
    this.broken = brokenReason(e);
    this.counters.ring_errors++;
  }

  private raise(): void {
    this.counters.notify_sent++;
    this.opts.notify();
  }
}
