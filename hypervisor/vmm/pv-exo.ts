/**
 * The exokernel interface of a PV vCPU (exo_op, ABI in abi/pv.ts): frame,
 * disk-extent and packet-filter bindings, and visible revocation. The
 * extent and the filter are the hypervisor's alone: their structs are
 * copied once from the guest and handed over. The hypervisor
 * allocates, records and frees bound frames; here they become the domain's
 * own for direct paging (PvMmu), unbinding is refused while one is mapped
 * or a table, and at a revocation deadline the missing frames are taken out
 * of the guest's tables and reported in shared info.
 */
import { layout } from '../abi/constant.js';
import { EXO_EXTENT, EXO_FRAMES, EXO_NET_FILTER, EXOOP, HYPERCALLS, SHARED_INFO_OFFSETS, pvConst } from '../abi/pv.js';
import { EXO_TAKE_FRAMES } from '../worker/protocol.js';
import { setPending } from '../core/evtchn.js';
import type { PvCounters, PvExit } from './pv.js';
import { XEN_EINVAL, type PvMmu } from './pv-mmu.js';

const c = pvConst;
const XEN_E2BIG = c('XEN_E2BIG'), XEN_EFAULT = c('XEN_EFAULT'), XEN_ENOSYS = c('XEN_ENOSYS'), XEN_EAGAIN = c('XEN_EAGAIN');
const EXO_FRAMES_MAX_BATCH = c('EXO_FRAMES_MAX_BATCH'), EXO_REVOKE_MAX = c('EXO_REVOKE_MAX');
const EF = layout(EXO_FRAMES);
/** Bytes of the struct of each binding the hypervisor serves alone. */
const FORWARDED_ARG_BYTES: Readonly<Record<number, number>> = {
  [EXOOP.bindExtent]: layout(EXO_EXTENT).size, [EXOOP.bindNetFilter]: layout(EXO_NET_FILTER).size,
};
const SI = SHARED_INFO_OFFSETS;

/** What the exokernel interface uses of its vCPU. */
export interface PvExoHost {
  mmu: PvMmu;
  counters: PvCounters;
  /** The shared-info page (Int32 and byte views). */
  si32: Int32Array;
  si8: Uint8Array;
  copyIn(va: number, len: number): Uint8Array | null;
  copyOut(va: number, data: Uint8Array): boolean;
  exit: PvExit;
  crash(message: string): void;
  flushTlb(): void;
}

/** Bindings and revocation of one PV vCPU. */
export class PvExo {
  /** Deadline of the outstanding revocation in time-counter ticks (Infinity: none). */
  deadline = Infinity;
  /** The port bound to VIRQ_EXO_REVOKE (0: none). */
  port = 0;
  /** The outstanding revocation: its sequence number, frames asked, frames given back since. */
  private revoke = { seq: 0, count: 0, returned: 0 };

  constructor(private readonly host: PvExoHost) {}

  /** exo_op: frame bindings (served with the hypervisor), extent and filter bindings (by it), revocation acknowledgements (here). */
  op(cmd: number, arg: number): number {
    switch (cmd) {
      case EXOOP.bindFrames: return this.bindFrames(arg);
      case EXOOP.unbindFrames: return this.unbindFrames(arg);
      case EXOOP.bindExtent: case EXOOP.bindNetFilter: return this.forward(cmd, arg);
      case EXOOP.revokeDone: return this.revokeDone(arg >>> 0);
      default: return -XEN_ENOSYS;
    }
  }

  /** A binding the hypervisor checks and records: its struct at `arg`, copied once, goes over as it was read. */
  private forward(cmd: number, arg: number): number {
    const args = this.host.copyIn(arg, FORWARDED_ARG_BYTES[cmd]!);
    return args ? this.host.exit(HYPERCALLS.exo_op, cmd, 1, args) : -XEN_EFAULT;
  }

  /** Reads a struct exo_frames: its fields, or an errno. */
  private framesArg(arg: number): { n: number; list: number } | number {
    const s = this.host.copyIn(arg, EF.size);
    if (!s) return -XEN_EFAULT;
    const dv = new DataView(s.buffer);
    const n = dv.getUint32(EF.offsets['nr_frames']!, true), list = dv.getUint32(EF.offsets['frame_list']!, true);
    if (n > EXO_FRAMES_MAX_BATCH) return -XEN_E2BIG;
    return { n, list };
  }

  /** Writes nr_done of the struct exo_frames at `arg`. */
  private framesDone(arg: number, n: number): boolean {
    return this.host.copyOut(arg + EF.offsets['nr_done']!, new Uint8Array(new Uint32Array([n]).buffer));
  }

  /** EXO_bind_frames: the hypervisor allocates and records them; here they become the domain's own for direct paging. */
  private bindFrames(arg: number): number {
    const a = this.framesArg(arg);
    if (typeof a === 'number') return a;
    const frames = new Uint8Array(4 * a.n);
    // Both the list and nr_done must take the answer before a frame is bound.
    if (!this.host.copyOut(a.list, frames) || !this.framesDone(arg, 0)) return -XEN_EFAULT;
    if (a.n === 0) return 0;
    const r = this.host.exit(HYPERCALLS.exo_op, EXOOP.bindFrames, a.n, frames);
    if (r < 0) return r;
    const mfns = new Uint32Array(frames.buffer);
    for (const mfn of mfns) {
      if (!this.host.mmu.addBound(mfn)) throw new Error(`exo_op: the hypervisor bound frame ${mfn} beyond the vCPU's bound-frame space`);
    }
    this.host.copyOut(a.list, frames);
    this.framesDone(arg, a.n);
    this.publishBound();
    return 0;
  }

  /** EXO_unbind_frames: all or none; each bound, no table, mapped nowhere (the hypervisor also refuses one granted and mapped). */
  private unbindFrames(arg: number): number {
    const a = this.framesArg(arg);
    if (typeof a === 'number') return a;
    const bytes = this.host.copyIn(a.list, 4 * a.n);
    if (!bytes || !this.framesDone(arg, 0)) return -XEN_EFAULT;
    const mfns = new Uint32Array(bytes.buffer);
    if (new Set(mfns).size !== mfns.length) return -XEN_EINVAL;
    for (const mfn of mfns) {
      const bad = this.host.mmu.checkUnbind(mfn);
      if (bad) return bad;
    }
    if (a.n === 0) return 0;
    const r = this.host.exit(HYPERCALLS.exo_op, EXOOP.unbindFrames, a.n, bytes);
    if (r < 0) return r;
    for (const mfn of mfns) this.host.mmu.removeBound(mfn);
    if (this.revoke.count > 0) this.revoke.returned += a.n;
    this.framesDone(arg, a.n);
    this.publishBound();
    return 0;
  }

  /** EXO_revoke_done(seq): settles the outstanding request once enough frames came back. */
  private revokeDone(seq: number): number {
    const rv = this.revoke;
    if (rv.count === 0 || seq !== rv.seq) return -XEN_EINVAL;
    if (rv.returned < rv.count) return -XEN_EAGAIN;
    this.host.counters.exo_revoke_voluntary++;
    this.settleRevoke();
    return 0;
  }

  private settleRevoke(): void {
    this.revoke.count = 0;
    this.deadline = Infinity;
    this.host.si32[SI['exo_revoke_count']! >>> 2] = 0;
  }

  private publishBound(): void {
    this.host.si32[SI['exo_bound_frames']! >>> 2] = this.host.mmu.boundCount;
  }

  private raiseExo(): void {
    if (this.port > 0) setPending(this.host.si32, this.host.si8, this.port);
  }

  /**
   * A revocation request from the hypervisor (`seq`): `count` bound frames
   * by `deadline` (time-counter ticks). Published in shared info and raised
   * with VIRQ_EXO_REVOKE; a newer request replaces an outstanding one.
   */
  requestRevoke(seq: number, count: number, deadline: number): void {
    const si = this.host.si32;
    const n = Math.max(0, Math.min(count, EXO_REVOKE_MAX));
    this.host.counters.exo_revoke_seen++;
    this.revoke = { seq, count: n, returned: 0 };
    this.deadline = n > 0 ? deadline : Infinity;
    si[SI['exo_revoke_deadline_lo']! >>> 2] = deadline % 2 ** 32;
    si[SI['exo_revoke_deadline_hi']! >>> 2] = Math.floor(deadline / 2 ** 32);
    si[SI['exo_revoke_count']! >>> 2] = n;
    Atomics.store(si, SI['exo_revoke_seq']! >>> 2, seq);
    this.raiseExo();
  }

  /**
   * The deadline passed with frames missing: takes them (every validated
   * PTE mapping them cleared, the TLB flushed), has the hypervisor scrub and
   * free them, and reports exactly which in shared info.
   */
  enforceRevoke(): void {
    const rv = this.revoke, si = this.host.si32;
    const missing = Math.max(0, rv.count - rv.returned);
    if (missing === 0) { // given back in time, only not acknowledged
      this.host.counters.exo_revoke_voluntary++;
      this.settleRevoke();
      return;
    }
    const taken = this.host.mmu.take(missing);
    this.host.flushTlb();
    if (taken.length > 0) {
      const r = this.host.exit(HYPERCALLS.exo_op, EXO_TAKE_FRAMES, taken.length, new Uint8Array(Uint32Array.from(taken).buffer));
      if (r < 0) { this.host.crash(`revocation: the hypervisor refused the frames taken (${r})`); return; }
    }
    this.host.counters.exo_revoke_forced++;
    this.host.counters.exo_frames_taken += taken.length;
    const base = SI['exo_revoked_mfns']! >>> 2;
    for (let i = 0; i < EXO_REVOKE_MAX; i++) si[base + i] = i < taken.length ? taken[i]! : 0;
    si[SI['exo_revoked_count']! >>> 2] = taken.length;
    Atomics.store(si, SI['exo_revoked_seq']! >>> 2, rv.seq);
    this.settleRevoke();
    this.publishBound();
    this.raiseExo();
  }
}
