/**
 * The block back-end (Xen's blkback, for one virtual disk of one domain).
 * The front-end grants the back-end domain a ring page of blkif requests;
 * each request names up to BLKIF_MAX_SEGMENTS granted data pages, each a
 * sector range [first_sect, last_sect] within its page, and the sectors
 * are consecutive on the disk from sector_number across the segments. The
 * back-end moves the data with grant copies and answers each request with
 * BLKIF_RSP_OKAY, BLKIF_RSP_ERROR or BLKIF_RSP_EOPNOTSUPP, notifying only
 * when the front-end's rsp_event lies within what was published.
 *
 * Trust: the front-end may be hostile. Requests are copied out of the ring
 * once (BackRing) and only the copy is read; every segment, the disk range
 * and every grant are checked before a single byte moves (a read never
 * writes a page the front-end uses as a page table), so a refused
 * request changes neither the disk nor guest memory. Grants are checked by
 * the GrantTable on every use. A malformed request is answered
 * BLKIF_RSP_ERROR and counted (bad_requests), and the ring goes on being
 * served: the front-end hurts only itself. One kick handles at most
 * PASSES_PER_KICK rings of requests. A front-end that corrupts its ring
 * indices (req_prod more than a ring ahead, or behind what was consumed)
 * is marked broken with the reason and counted (ring_errors), and its ring
 * is never read again: like Xen's netback fatal error, nothing it publishes
 * afterwards is trusted. When the domain has bound disk extents
 * (exo_op EXO_bind_extent), a read or write must lie wholly inside one of
 * them, checked on every request.
 *
 * Waiting: with `spin`, after a kick the back-end watches the ring for a
 * short adaptive window before it asks to be notified (pv/ring-spin.ts),
 * so a front-end that keeps the ring busy needs no notifications. Request
 * copies and responses go through buffers reused from request to request.
 */
import { layout } from '../abi/constant.js';
import { DOMID_BACKEND } from '../abi/pv.js';
import { BLKIF_MAX_SEGMENTS, BLKIF_REQUEST, BLKIF_RESPONSE, RING_PAGE } from '../abi/ring.js';
import type { GrantTable } from '../core/grant-table.js';
import { FRAME_SIZE, type MachineMemory } from '../core/machine-memory.js';
import { BackRing } from '../core/ring.js';
import { abiNumber, BackendError, brokenReason, holdWritable, mapGrantedPage, releaseWritable, slotBuffer, unmapGrantedPage, type MappedPage, type SlotBuffer } from './backend.js';
import { RingSpin, type RingSpinCounters, type RingSpinOptions } from './ring-spin.js';

const R = layout(BLKIF_REQUEST).offsets;
const P = layout(BLKIF_RESPONSE);
const OP_READ = abiNumber('BLKIF_OP_READ'), OP_WRITE = abiNumber('BLKIF_OP_WRITE'), OP_FLUSH = abiNumber('BLKIF_OP_FLUSH_DISKCACHE');
const RSP_OKAY = abiNumber('BLKIF_RSP_OKAY'), RSP_ERROR = abiNumber('BLKIF_RSP_ERROR'), RSP_EOPNOTSUPP = abiNumber('BLKIF_RSP_EOPNOTSUPP');
/** Bytes per sector. */
export const SECTOR_SIZE = abiNumber('BLKIF_SECTOR_SIZE');
/** Highest sector index within a page (last_sect ≤ this). */
const LAST_SECT_MAX = RING_PAGE / SECTOR_SIZE - 1;
/** Ring passes one kick makes at most before handing back to the caller. */
const PASSES_PER_KICK = 4;

/** Counters of one block back-end (the spin counters: its ring's watcher, zero when it only sleeps). */
export interface BlkCounters extends RingSpinCounters {
  requests: number;
  segments: number;
  sectors_read: number;
  sectors_written: number;
  flushes: number;
  /** Requests answered BLKIF_RSP_ERROR or BLKIF_RSP_EOPNOTSUPP. */
  errors: number;
  /** Of those, malformed requests: segments past their page or past the maximum, a range past the disk, a grant refused. */
  bad_requests: number;
  /** Of those, reads and writes refused for lying outside every bound extent. */
  outside_extent: number;
  /** Times the front-end corrupted its ring indices (it is then marked broken and served no more). */
  ring_errors: number;
  notify_sent: number;
  notify_suppressed: number;
}

/** What a block back-end is connected to. */
export interface BlkBackOptions {
  /** Raises the front-end's port. */
  notify: () => void;
  /** Makes earlier writes durable (BLKIF_OP_FLUSH_DISKCACHE); a throw answers BLKIF_RSP_ERROR. */
  flush?: () => void;
  /** The domain's bound disk extents (read on every request; empty: the whole disk). */
  extents?: ReadonlyArray<{ first: number; count: number }>;
  /** Spin for requests briefly after serving before sleeping (absent: sleep at once, kicked by each notification). */
  spin?: RingSpinOptions;
}

/** One checked data movement: `bytes` between machine offset `machine` and disk offset `disk`. */
interface Move { machine: number; disk: number; bytes: number }

/** The back-end of one virtual disk. */
export class BlkBack {
  /** Why the front-end was refused further service (null while healthy). */
  broken: string | null = null;
  private closed = false;
  /** Inside kick(): a kick from one of our callbacks returns at once (the running kick checks the ring again). */
  private busy = false;
  /** The block ring (read by inspection; served only here). */
  readonly ring: BackRing;
  private readonly mapped: MappedPage;
  private readonly own = { requests: 0, segments: 0, sectors_read: 0, sectors_written: 0, flushes: 0, errors: 0, bad_requests: 0, outside_extent: 0, ring_errors: 0 };
  /** Watches the ring between kicks when spinning; makes the final check before every sleep. */
  private readonly spinner: RingSpin;
  /** The request copy and the response, reused from request to request (kicks never nest). */
  private readonly req: SlotBuffer;
  private readonly rsp = slotBuffer(P.size);

  /**
   * Maps the front-end's ring page (grant `ringRef` in `grants`, the
   * front-end's table) for the back-end domain and serves `disk` (512-byte
   * sectors) over it. Throws BackendError when the grant is refused or the
   * disk is not whole sectors.
   */
  constructor(private readonly grants: GrantTable, ringRef: number, private readonly mm: MachineMemory, readonly disk: Uint8Array, private readonly opts: BlkBackOptions) {
    if (disk.length % SECTOR_SIZE !== 0) throw new BackendError({ kind: 'disk-size', bytes: disk.length });
    this.mapped = mapGrantedPage(grants, ringRef, mm);
    this.ring = new BackRing(this.mapped.page, abiNumber('BLKIF_SLOT_BYTES'), abiNumber('BLKIF_RING_SIZE'));
    this.req = slotBuffer(this.ring.slotBytes);
    this.spinner = new RingSpin(this.ring, () => this.pass(), (e) => this.fail(e), opts.spin);
  }

  /** Disk size in sectors (for device/vbd/0/sectors). */
  get sectors(): number {
    return this.disk.length / SECTOR_SIZE;
  }

  /** A snapshot of the counters. */
  get counters(): BlkCounters {
    const { notify_sent, notify_suppressed } = this.ring.counters;
    return { ...this.own, notify_sent, notify_suppressed, ...this.spinner.counters };
  }

  /**
   * The front-end notified: answer every request it published, until the
   * final check finds none (at most PASSES_PER_KICK rings), or until the
   * ring is empty when the back-end spins (its watcher looks again from a
   * later task). True when it stopped at that bound with requests left:
   * kick again to go on. Never throws.
   */
  kick(): boolean {
    if (this.busy) return false; // a kick from a callback: the running one looks again
    for (let pass = 0; pass < PASSES_PER_KICK; pass++) {
      if (!this.pass() || this.spinner.watch() || !this.spinner.finalCheck()) return false;
    }
    return true;
  }

  /** Unmaps the ring page; the back-end serves no more. Idempotent. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.spinner.stop();
    unmapGrantedPage(this.grants, this.mm, this.mapped);
  }

  // One pass: answers every request published, then publishes the responses with at most one
  // notification; false when the back-end serves no more (broken or closed). Never throws.
  private pass(): boolean {
    if (this.broken || this.closed) return false;
    this.busy = true;
    try {
      for (let n = this.ring.unconsumed(); n > 0; n--) {
        this.ring.takeRequest(this.req.bytes);
        this.answer();
      }
      if (this.ring.publish()) this.opts.notify();
      return !this.broken && !this.closed;
    } catch (e) {
      this.fail(e);
      return false;
    } finally {
      this.busy = false;
    }
  }

  // Marks the front-end broken with the reason (it is served no more) and counts it: a ring it corrupted is never read again.
  private fail(e: unknown): void {
    this.broken = brokenReason(e);
    this.own.ring_errors++;
  }

  /** Serves the request copied into `req` and writes its response. */
  private answer(): void {
    const v = this.req.view;
    const operation = v.getUint8(R['operation']!);
    this.own.requests++;
    const status = this.serve(v, operation);
    if (status !== RSP_OKAY) this.own.errors++;
    const w = this.rsp.view;
    this.rsp.bytes.fill(0);
    w.setUint32(P.offsets['id']!, v.getUint32(R['id']!, true), true);
    w.setUint8(P.offsets['operation']!, operation);
    w.setInt16(P.offsets['status']!, status, true);
    this.ring.putResponse(this.rsp.bytes);
  }

  /** Carries out one request (its copy `v`); the BLKIF_RSP_* status. */
  private serve(v: DataView, operation: number): number {
    const nr = v.getUint8(R['nr_segments']!);
    if (operation === OP_FLUSH) return nr === 0 ? this.flush() : this.bad();
    if (operation !== OP_READ && operation !== OP_WRITE) return RSP_EOPNOTSUPP;
    const read = operation === OP_READ;
    const moves = this.plan(v, nr, read);
    if (!moves) return RSP_ERROR;
    // A read writes guest pages: none may be a page table, nor become one while the data moves.
    const written = read ? moves.map((m) => Math.floor(m.machine / FRAME_SIZE)) : [];
    if (!holdWritable(this.mm, written)) return this.bad();
    let bytes = 0;
    for (const m of moves) {
      if (read) this.mm.bytes.set(this.disk.subarray(m.disk, m.disk + m.bytes), m.machine);
      else this.disk.set(this.mm.bytes.subarray(m.machine, m.machine + m.bytes), m.disk);
      bytes += m.bytes;
    }
    releaseWritable(this.mm, written);
    this.own.segments += nr;
    this.own[read ? 'sectors_read' : 'sectors_written'] += bytes / SECTOR_SIZE;
    return RSP_OKAY;
  }

  // A malformed request: counted, answered BLKIF_RSP_ERROR.
  private bad(): number {
    this.own.bad_requests++;
    return RSP_ERROR;
  }

  /**
   * Checks a read or write whole before anything moves: its segments
   * (segmentMoves) and then the bound extents; the movements, or null (counted) when a check fails.
   */
  private plan(v: DataView, nr: number, read: boolean): Move[] | null {
    const moves = this.segmentMoves(v, nr, read);
    if (!moves) { this.bad(); return null; }
    const first = v.getUint32(R['sector_number']!, true), count = moves.reduce((n, m) => n + m.bytes, 0) / SECTOR_SIZE;
    if (!this.inExtent(first, count)) { this.own.outside_extent++; return null; }
    return moves;
  }

  /**
   * The movements of each segment (sector range within its page, the whole
   * range within the disk, each grant for the direction the data moves), or
   * null when any check fails: at most BLKIF_MAX_SEGMENTS, whatever nr_segments claims.
   */
  private segmentMoves(v: DataView, nr: number, read: boolean): Move[] | null {
    if (nr < 1 || nr > BLKIF_MAX_SEGMENTS) return null;
    const moves: Move[] = [];
    let sector = v.getUint32(R['sector_number']!, true);
    for (let i = 0; i < nr; i++) {
      const first = v.getUint8(R['seg_first_sect']! + i), last = v.getUint8(R['seg_last_sect']! + i);
      if (first > last || last > LAST_SECT_MAX) return null;
      const count = last - first + 1;
      if (sector + count > this.sectors) return null;
      const gref = v.getUint32(R['seg_gref']! + 4 * i, true);
      const machine = this.grants.copyRange(gref, DOMID_BACKEND, read, first * SECTOR_SIZE, count * SECTOR_SIZE);
      if (machine < 0) return null;
      moves.push({ machine, disk: sector * SECTOR_SIZE, bytes: count * SECTOR_SIZE });
      sector += count;
    }
    return moves;
  }

  /** Whether sectors [first, first + count) lie wholly inside one bound extent (or no extent is bound). */
  private inExtent(first: number, count: number): boolean {
    const ex = this.opts.extents;
    if (!ex || ex.length === 0) return true;
    return ex.some((e) => first >= e.first && first + count <= e.first + e.count);
  }

  private flush(): number {
    try {
      this.opts.flush?.();
      this.own.flushes++;
      return RSP_OKAY;
    } catch {
      return RSP_ERROR;
    }
  }
}
