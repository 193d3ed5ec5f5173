/**
 * The paravirtual interface of one vCPU, beside the hart in the guest
 * worker (Xen's PV model on RV32, ABI in abi/pv.ts). The guest kernel and
 * its processes both run in the hart's U-mode; this class keeps the
 * virtual privilege (kernel or user), switches between the kernel's root
 * table and the current process's root on every entry and iret, and is the
 * trap hook: an ecall from the kernel is a hypercall, every other trap (and
 * every event upcall) is delivered to the kernel's registered entry with
 * the trap state in shared info. Hypercalls that touch only this vCPU —
 * page-table updates (validated by PvMmu), pinning, base pointers, the
 * timer, blocking, version — are served right here; those that need the
 * rest of the machine (event channels, grants, the console, shutdown) go
 * to the hypervisor as one exit with their argument structs copied into the
 * control block, so the hypervisor never reads guest virtual memory
 * (grant_table_op in pv-grant.ts). exo_op is split the same way: the hypervisor allocates, frees and
 * records bindings; this side checks what only the validated tables know
 * (a frame given back is mapped nowhere) and runs revocations — it
 * publishes a request in shared info and, at the deadline, takes the
 * missing frames itself (PvMmu.take) and reports them there.
 */
import { layout } from '../abi/constant.js';
import {
  DOMID_SELF, EVTCHN_ALLOC_UNBOUND, EVTCHN_BIND_INTERDOMAIN, EVTCHN_BIND_VIRQ, EVTCHN_PORT_OP,
  EVTCHNOP, HYPERCALLS, PV_ABI_VERSION, SHARED_INFO_OFFSETS, pvConst, type HypercallName,
} from '../abi/pv.js';
import { CSR, PRV_M, PRV_U } from '../cpu/isa.js';
import type { Hart } from '../cpu/hart.js';
import { setPending } from '../core/evtchn.js';
import { PvExo } from './pv-exo.js';
import { PvGrantOps } from './pv-grant.js';
import { PvMmu, XEN_EINVAL } from './pv-mmu.js';
import type { PvGuestState } from './pv-state.js';

const c = pvConst;
/** Xen's errno values used here (negated in a0). */
const XEN_ESRCH = c('XEN_ESRCH'), XEN_E2BIG = c('XEN_E2BIG'), XEN_EFAULT = c('XEN_EFAULT'), XEN_ENOSYS = c('XEN_ENOSYS');
/** Sub-operation numbers, from the ABI. */
const MMU_UPDATE_MAX_BATCH = c('MMU_UPDATE_MAX_BATCH');
const MMUEXT = {
  pinL1: c('MMUEXT_PIN_L1_TABLE'), pinL2: c('MMUEXT_PIN_L2_TABLE'), unpin: c('MMUEXT_UNPIN_TABLE'), newBase: c('MMUEXT_NEW_BASEPTR'),
  flush: c('MMUEXT_TLB_FLUSH_LOCAL'), invlpg: c('MMUEXT_INVLPG_LOCAL'), newUserBase: c('MMUEXT_NEW_USER_BASEPTR'),
};
const SCHEDOP = { yield: c('SCHEDOP_yield'), block: c('SCHEDOP_block'), shutdown: c('SCHEDOP_shutdown') };
const XENVER_version = c('XENVER_version'), XENVER_get_features = c('XENVER_get_features');
const XENFEAT_ALL = c('XENFEAT_direct_paging') | c('XENFEAT_event_channels') | c('XENFEAT_grant_tables');
const XENMEM_current = c('XENMEM_current_reservation'), XENMEM_maximum = c('XENMEM_maximum_reservation');
const CONSOLEIO_write = c('CONSOLEIO_write'), CONSOLEIO_MAX = c('CONSOLEIO_MAX'), VIRQ_TIMER = c('VIRQ_TIMER');
const PV_EVENT_CAUSE = c('PV_EVENT_CAUSE'), SPP = c('PV_SSTATUS_SPP'), SPIE = c('PV_SSTATUS_SPIE');
const CAUSE_ECALL_U = 8;
const VIRQ_EXO_REVOKE = c('VIRQ_EXO_REVOKE');

/** Bytes of each event_channel_op command's struct. */
const EVTCHN_ARG_BYTES: Record<number, number> = {
  [EVTCHNOP.allocUnbound]: layout(EVTCHN_ALLOC_UNBOUND).size, [EVTCHNOP.bindInterdomain]: layout(EVTCHN_BIND_INTERDOMAIN).size,
  [EVTCHNOP.bindVirq]: layout(EVTCHN_BIND_VIRQ).size, [EVTCHNOP.close]: layout(EVTCHN_PORT_OP).size,
  [EVTCHNOP.send]: layout(EVTCHN_PORT_OP).size, [EVTCHNOP.unmask]: layout(EVTCHN_PORT_OP).size,
};
const VIRQ_ARG = layout(EVTCHN_BIND_VIRQ).offsets, PORT_ARG = layout(EVTCHN_PORT_OP).offsets;

/** Shared-info word and byte offsets. */
const SI = SHARED_INFO_OFFSETS;
const NAME_OF = new Map<number, HypercallName>((Object.keys(HYPERCALLS) as HypercallName[]).map((n) => [HYPERCALLS[n], n]));

/** A hypercall served by the hypervisor: `args` goes over (and comes back updated); returns a0. */
export type PvExit = (nr: number, cmd: number, count: number, args: Uint8Array) => number;

/** Counters of the PV interface (published by the vCPU). */
export interface PvCounters {
  hypercalls: Record<string, number>;
  upcalls: number;
  traps_bounced: number;
  mmu_batches: number;
  mmu_ptes: number;
  mmu_batch_max: number;
  blocks: number;
  timer_fired: number;
  /** Revocation requests published, settled by the guest before the deadline, enforced at it; frames taken; exo_op refusals here. */
  exo_revoke_seen: number;
  exo_revoke_voluntary: number;
  exo_revoke_forced: number;
  exo_frames_taken: number;
  exo_refused: number;
}

/** What the PV interface needs beyond the hart. */
export interface PvSetup {
  domid: number;
  /** Machine frame of the shared-info page. */
  sharedInfo: number;
  /** Pages of RAM (reported by memory_op). */
  pages: number;
  /** The builder's tables: the root, then its leaf tables (pinned at boot like any others). */
  pageTables: readonly number[];
}

/** Why the vCPU must stop (the dispatcher found the guest unable to go on). */
export class PvCrash extends Error {
  override readonly name = 'PvCrash';
}

/** The PV interface of one vCPU. */
export class PvGuest {
  /** Virtual privilege: the guest kernel (true) or one of its processes. */
  kernelMode = true;
  /** Blocked in SCHEDOP_block until an event is pending. */
  blocked = false;
  /** VIRQ_TIMER deadline in time-counter ticks (Infinity: none). */
  timer = Infinity;
  /** A crash found while serving a trap (the run loop ends the domain with it). */
  crashed: string | null = null;
  /** Frame and extent bindings, and revocation (exo_op). */
  readonly exo: PvExo;
  /** grant_table_op: maps and unmaps installed here, the rest served by the hypervisor. */
  private readonly grantOps: PvGrantOps;
  private callback = 0;
  private kernelBase: number;
  private userBase = 0;
  private timerPort = 0;
  private readonly si32: Int32Array;
  private readonly si8: Uint8Array;
  private readonly mem8: Uint8Array;
  private readonly mem32: Int32Array;
  readonly counters: PvCounters = {
    hypercalls: {}, upcalls: 0, traps_bounced: 0, mmu_batches: 0, mmu_ptes: 0, mmu_batch_max: 0, blocks: 0, timer_fired: 0,
    exo_revoke_seen: 0, exo_revoke_voluntary: 0, exo_revoke_forced: 0, exo_frames_taken: 0, exo_refused: 0,
  };

  constructor(private readonly hart: Hart, readonly mmu: PvMmu, private readonly setup: PvSetup, memory: SharedArrayBuffer, private readonly exit: PvExit) {
    this.si32 = new Int32Array(memory, setup.sharedInfo * 4096, 1024);
    this.si8 = new Uint8Array(memory, setup.sharedInfo * 4096, 4096);
    this.mem8 = new Uint8Array(memory);
    this.mem32 = new Int32Array(memory, 0, Math.floor(memory.byteLength / 4));
    const [root, ...leaves] = setup.pageTables;
    for (const t of leaves) this.mustPin(t, 1);
    if (root !== undefined) this.mustPin(root, 2); // none: a restore pins the saved tables (restoreState)
    this.kernelBase = root ?? 0;
    this.exo = new PvExo({
      mmu, counters: this.counters, si32: this.si32, si8: this.si8, exit,
      copyIn: (va, len) => this.copyIn(va, len), copyOut: (va, data) => this.copyOut(va, data),
      crash: (m) => this.crash(m), flushTlb: () => this.hart.mmu.flushAll(),
    });
    this.grantOps = new PvGrantOps({
      mmu, exit, copyIn: (va, len) => this.copyIn(va, len), copyOut: (va, data) => this.copyOut(va, data), writable: (va, len) => this.writable(va, len),
      kernelBase: () => this.kernelBase, flushTlb: () => this.hart.mmu.flushAll(),
    });
    hart.trapHook = (cause, tval, interrupt) => this.onTrap(cause, tval, interrupt);
  }

  /** Deadline of the outstanding revocation in time-counter ticks (Infinity: none). */
  get revokeDeadline(): number {
    return this.exo.deadline;
  }

  /** A revocation request from the hypervisor (see PvExo.requestRevoke). */
  requestRevoke(seq: number, count: number, deadline: number): void {
    this.exo.requestRevoke(seq, count, deadline);
  }

  /** The revocation deadline passed (see PvExo.enforceRevoke). */
  enforceRevoke(): void {
    this.exo.enforceRevoke();
  }

  /** This (paused) vCPU's PV state, for a snapshot. */
  saveState(): PvGuestState {
    return {
      kernelMode: this.kernelMode, blocked: this.blocked, timer: Number.isFinite(this.timer) ? this.timer : null, callback: this.callback,
      kernelBase: this.kernelBase, userBase: this.userBase, timerPort: this.timerPort, exoPort: this.exo.port, tables: this.mmu.pinnedTables(),
      boundFrames: this.mmu.boundCount, grantMappings: this.mmu.grantMappings, counters: structuredClone(this.counters) as unknown as Record<string, unknown>,
    };
  }

  /**
   * Continues from saved (relocated) state: pins its tables through the
   * validation (leaves first), checks the base pointers are pinned roots,
   * and loads satp for the saved privilege. Throws when a table is refused.
   */
  restoreState(s: PvGuestState): void {
    for (const level of [1, 2] as const) for (const t of s.tables) if (t.level === level) this.mustPin(t.mfn, level);
    if (!this.mmu.isRoot(s.kernelBase) || (s.userBase !== 0 && !this.mmu.isRoot(s.userBase))) throw new Error('PV restore: a base pointer is not a pinned root');
    [this.kernelMode, this.blocked, this.timer, this.callback] = [s.kernelMode, s.blocked, s.timer ?? Infinity, s.callback];
    [this.kernelBase, this.userBase, this.timerPort, this.exo.port] = [s.kernelBase, s.userBase, s.timerPort, s.exoPort];
    const c = this.counters as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(s.counters)) if (k in c && typeof v === 'number') c[k] = v;
    const calls = s.counters['hypercalls'];
    if (typeof calls === 'object' && calls !== null) for (const [k, v] of Object.entries(calls)) if (typeof v === 'number') this.counters.hypercalls[k] = v;
    this.switchTables();
  }

  private mustPin(mfn: number, level: 1 | 2): void {
    const r = this.mmu.pin(mfn, level);
    if (r) throw new Error(`PV boot: the builder's table at machine frame ${mfn} does not validate (error ${r})`);
  }

  /** Starts the guest kernel at `entry` with a0 = 0, a1 = start info, events masked. */
  boot(entry: number, startInfo: number): void {
    const h = this.hart;
    h.priv = PRV_U;
    h.pc = entry | 0;
    h.x[10] = 0;
    h.x[11] = startInfo;
    // PMP lets U-mode reach all of machine memory: what the guest reaches is decided by its validated tables alone.
    h.csr.write(CSR.pmpaddr0, -1, PRV_M);
    h.csr.write(CSR.pmpcfg0, 0x1f, PRV_M);
    h.csr.write(CSR.mcounteren, 7, PRV_M);
    h.csr.write(CSR.scounteren, 7, PRV_M);
    this.si8[SI['evtchn_upcall_mask']!] = 1;
    this.switchTables();
  }

  /** Loads the real satp for the current virtual privilege and flushes the TLB. */
  private switchTables(): void {
    const root = this.kernelMode ? this.kernelBase : this.userBase;
    this.hart.csr.write(CSR.satp, (0x8000_0000 | root) | 0, PRV_M);
    this.hart.mmu.flushAll();
    this.hart.csrChanged();
  }

  /** The trap hook: hypercalls from the kernel, everything else to the kernel's entry. */
  onTrap(cause: number, tval: number, interrupt: boolean): void {
    if (interrupt) return; // the hart has no interrupts enabled: events are delivered by checkEvents
    if (cause === CAUSE_ECALL_U && this.kernelMode) { this.hypercall(); return; }
    this.counters.traps_bounced++;
    this.enter(cause, cause === CAUSE_ECALL_U ? 0 : tval);
  }

  /** Enters the kernel's callback with the trap state in shared info (events masked). */
  private enter(cause: number, tval: number): void {
    const h = this.hart, si = this.si32;
    if (this.callback === 0) {
      this.crash(`trap (cause 0x${(cause >>> 0).toString(16)}, tval 0x${(tval >>> 0).toString(16)}) at pc 0x${(h.pc >>> 0).toString(16)} before set_callbacks`);
      return;
    }
    const unmasked = this.si8[SI['evtchn_upcall_mask']!] === 0;
    si[SI['arch_sepc']! >>> 2] = h.pc;
    si[SI['arch_scause']! >>> 2] = cause;
    si[SI['arch_stval']! >>> 2] = tval;
    si[SI['arch_sstatus']! >>> 2] = (this.kernelMode ? SPP : 0) | (unmasked ? SPIE : 0);
    Atomics.store(this.si8, SI['evtchn_upcall_mask']!, 1);
    if (!this.kernelMode) {
      si[SI['arch_user_sp']! >>> 2] = h.x[2]!;
      h.x[2] = si[SI['arch_kernel_sp']! >>> 2]!;
      this.kernelMode = true;
      this.switchTables();
    }
    h.pc = this.callback;
  }

  /**
   * Delivers an event upcall when one is pending and events are unmasked
   * (the run loop calls this between instruction chunks; hypercalls and
   * iret call it on their way out). True when one was delivered.
   */
  checkEvents(): boolean {
    if (Atomics.load(this.si8, SI['evtchn_upcall_pending']!) === 0 || Atomics.load(this.si8, SI['evtchn_upcall_mask']!) !== 0) return false;
    this.blocked = false;
    if (this.callback === 0) return false;
    this.counters.upcalls++;
    this.enter(PV_EVENT_CAUSE, 0);
    return true;
  }

  /** The VIRQ_TIMER deadline passed: raise its port (if bound) and disarm. */
  fireTimer(): void {
    this.timer = Infinity;
    this.counters.timer_fired++;
    if (this.timerPort > 0) setPending(this.si32, this.si8, this.timerPort);
  }

  private crash(message: string): void {
    this.crashed ??= message;
    this.hart.yieldReq = true;
  }

  private hypercall(): void {
    const h = this.hart, x = h.x, nr = x[17]!;
    const name = NAME_OF.get(nr) ?? `unknown_${nr}`;
    this.counters.hypercalls[name] = (this.counters.hypercalls[name] ?? 0) + 1;
    if (nr === HYPERCALLS.iret) { this.iret(); return; }
    const r = this.serve(nr, x[10]!, x[11]!, x[12]!, x[13]!);
    h.pc = (h.pc + 4) | 0;
    if (this.crashed) return;
    x[10] = r;
    this.checkEvents();
  }

  private serve(nr: number, a0: number, a1: number, a2: number, a3: number): number {
    switch (nr) {
      case HYPERCALLS.mmu_update: return this.mmuUpdate(a0, a1, a2, a3);
      case HYPERCALLS.mmuext_op: return this.mmuextOp(a0, a1, a2, a3);
      case HYPERCALLS.set_callbacks:
        if (a0 === 0 || a0 & 1) return -XEN_EINVAL;
        this.callback = a0;
        return 0;
      case HYPERCALLS.set_timer_op:
        this.timer = a0 === 0 && a1 === 0 ? Infinity : (a1 >>> 0) * 2 ** 32 + (a0 >>> 0);
        return 0;
      case HYPERCALLS.sched_op: return this.schedOp(a0, a1);
      case HYPERCALLS.xen_version:
        if (a0 === XENVER_version) return PV_ABI_VERSION;
        return a0 === XENVER_get_features ? XENFEAT_ALL : -XEN_ENOSYS;
      case HYPERCALLS.memory_op:
        if (a1 !== DOMID_SELF && a1 !== this.setup.domid) return -XEN_ESRCH;
        return a0 === XENMEM_current || a0 === XENMEM_maximum ? this.setup.pages : -XEN_ENOSYS;
      case HYPERCALLS.console_io: return this.consoleIo(a0, a1, a2);
      case HYPERCALLS.event_channel_op: return this.eventChannelOp(a0, a1);
      case HYPERCALLS.grant_table_op: return this.grantOps.op(a0, a1, a2);
      case HYPERCALLS.exo_op: {
        const r = this.exo.op(a0, a1);
        if (r < 0) this.counters.exo_refused++;
        return r;
      }
      default: return -XEN_ENOSYS;
    }
  }

  /** iret: back to arch_sepc in the mode arch_sstatus names, a7 from arch_a7, events per SPIE. */
  private iret(): void {
    const h = this.hart, si = this.si32;
    const status = si[SI['arch_sstatus']! >>> 2]!;
    const toKernel = (status & SPP) !== 0;
    if (!toKernel && this.userBase === 0) {
      this.crash('iret to user mode with no user base pointer (MMUEXT_NEW_USER_BASEPTR)');
      return;
    }
    h.pc = si[SI['arch_sepc']! >>> 2]!;
    h.x[17] = si[SI['arch_a7']! >>> 2]!;
    Atomics.store(this.si8, SI['evtchn_upcall_mask']!, status & SPIE ? 0 : 1);
    if (!toKernel) {
      this.kernelMode = false;
      this.switchTables();
    }
    this.checkEvents();
  }

  private schedOp(cmd: number, arg: number): number {
    switch (cmd) {
      case SCHEDOP.yield: return 0; // one vCPU per worker: nothing else of this domain waits for it
      case SCHEDOP.block:
        this.counters.blocks++;
        Atomics.store(this.si8, SI['evtchn_upcall_mask']!, 0);
        if (Atomics.load(this.si8, SI['evtchn_upcall_pending']!) === 0) this.blocked = true;
        return 0;
      case SCHEDOP.shutdown: return this.exit(HYPERCALLS.sched_op, cmd, arg, new Uint8Array(0));
      default: return -XEN_ENOSYS;
    }
  }

  /** Machine byte address of kernel virtual address `va` (for `write` when asked), or -1. */
  private guest(va: number, write: boolean): number {
    return this.mmu.translate(this.kernelBase, va >>> 0, write);
  }

  /** Reads `len` bytes of guest kernel memory at `va`; null when any byte is unmapped. */
  private copyIn(va: number, len: number): Uint8Array | null {
    const out = new Uint8Array(len);
    for (let i = 0; i < len;) {
      const at = this.guest(va + i, false);
      if (at < 0) return null;
      const n = Math.min(len - i, 4096 - ((va + i) & 0xfff));
      out.set(this.mem8.subarray(at, at + n), i);
      i += n;
    }
    return out;
  }

  /** True when every byte of `len` at kernel virtual address `va` is mapped writable (checked before an operation with OUT fields acts). */
  private writable(va: number, len: number): boolean {
    for (let i = 0; i < len; i = (i + 4096 - ((va + i) & 0xfff))) if (this.guest(va + i, true) < 0) return false;
    return true;
  }

  /** Writes `data` to guest kernel memory at `va`; false when any byte is not mapped writable. */
  private copyOut(va: number, data: Uint8Array): boolean {
    for (let i = 0; i < data.length;) {
      const at = this.guest(va + i, true);
      if (at < 0) return false;
      const n = Math.min(data.length - i, 4096 - ((va + i) & 0xfff));
      this.mem8.set(data.subarray(i, i + n), at);
      this.hart.mmu.ramWritten(at, n);
      i += n;
    }
    return true;
  }

  /** Reads one aligned word of guest kernel memory, or null. */
  private word(va: number): number | null {
    if (va & 3) return null;
    const at = this.guest(va, false);
    return at < 0 ? null : this.mem32[at >>> 2]!;
  }

  /** Stores the count of completed requests at `va` (0: not wanted); false when it cannot. */
  private done(va: number, n: number): boolean {
    return va === 0 || this.copyOut(va, new Uint8Array(new Int32Array([n]).buffer));
  }

  private checkBatch(count: number, domid: number): number {
    if (domid !== DOMID_SELF && domid !== this.setup.domid) return -XEN_ESRCH;
    return count >>> 0 > MMU_UPDATE_MAX_BATCH ? -XEN_E2BIG : 0;
  }

  /** mmu_update: validated PTE writes in one batch; stops at the first refusal. */
  private mmuUpdate(reqs: number, count: number, doneOut: number, domid: number): number {
    const bad = this.checkBatch(count, domid);
    if (bad) return bad;
    let r = 0, i = 0;
    for (; i < count; i++) {
      const ptr = this.word(reqs + 8 * i), val = this.word(reqs + 8 * i + 4);
      if (ptr === null || val === null) { r = -XEN_EFAULT; break; }
      if (ptr & 3) { r = -XEN_EINVAL; break; } // only MMU_NORMAL_PT_UPDATE
      r = this.mmu.update(ptr >>> 0, val);
      if (r) break;
    }
    this.counters.mmu_batches++;
    this.counters.mmu_ptes += i;
    this.counters.mmu_batch_max = Math.max(this.counters.mmu_batch_max, i);
    this.hart.mmu.flushAll();
    return this.done(doneOut, i) ? r : -XEN_EFAULT;
  }

  /** mmuext_op: pinning, base pointers and TLB flushes; stops at the first refusal. */
  private mmuextOp(ops: number, count: number, doneOut: number, domid: number): number {
    const bad = this.checkBatch(count, domid);
    if (bad) return bad;
    let r = 0, i = 0;
    for (; i < count && r === 0; i++) {
      const cmd = this.word(ops + 8 * i), arg = this.word(ops + 8 * i + 4);
      if (cmd === null || arg === null) { r = -XEN_EFAULT; break; }
      r = this.mmuext(cmd, arg >>> 0);
      if (r) break;
    }
    this.hart.mmu.flushAll();
    return this.done(doneOut, i) ? r : -XEN_EFAULT;
  }

  private mmuext(cmd: number, arg: number): number {
    switch (cmd) {
      case MMUEXT.pinL1: return this.mmu.pin(arg, 1);
      case MMUEXT.pinL2: return this.mmu.pin(arg, 2);
      case MMUEXT.unpin: return this.mmu.unpin(arg, arg === this.kernelBase || arg === this.userBase);
      case MMUEXT.newBase:
        if (!this.mmu.isRoot(arg)) return -XEN_EINVAL;
        this.kernelBase = arg;
        if (this.kernelMode) this.switchTables();
        return 0;
      case MMUEXT.newUserBase:
        if (arg !== 0 && !this.mmu.isRoot(arg)) return -XEN_EINVAL;
        this.userBase = arg;
        return 0;
      case MMUEXT.flush: return 0; // every batch ends with a flush
      case MMUEXT.invlpg: this.hart.mmu.flushPage(arg); return 0;
      default: return -XEN_ENOSYS;
    }
  }

  private consoleIo(cmd: number, count: number, buf: number): number {
    if (cmd !== CONSOLEIO_write) return -XEN_ENOSYS;
    if (count >>> 0 > CONSOLEIO_MAX) return -XEN_E2BIG;
    const bytes = this.copyIn(buf, count);
    return bytes ? this.exit(HYPERCALLS.console_io, cmd, count, bytes) : -XEN_EFAULT;
  }

  private eventChannelOp(cmd: number, arg: number): number {
    const size = EVTCHN_ARG_BYTES[cmd];
    if (size === undefined) return -XEN_ENOSYS;
    const args = this.copyIn(arg, size);
    // A struct whose OUT field cannot be written back is refused before the port is touched: no port the guest cannot name.
    if (!args || !this.writable(arg, size)) return -XEN_EFAULT;
    const r = this.exit(HYPERCALLS.event_channel_op, cmd, 1, args);
    if (!this.copyOut(arg, args)) return -XEN_EFAULT;
    const dv = new DataView(args.buffer);
    if (r === 0 && cmd === EVTCHNOP.bindVirq && dv.getUint32(VIRQ_ARG['virq']!, true) === VIRQ_TIMER) this.timerPort = dv.getUint32(VIRQ_ARG['port']!, true);
    if (r === 0 && cmd === EVTCHNOP.bindVirq && dv.getUint32(VIRQ_ARG['virq']!, true) === VIRQ_EXO_REVOKE) this.exo.port = dv.getUint32(VIRQ_ARG['port']!, true);
    if (r === 0 && cmd === EVTCHNOP.close && dv.getUint32(PORT_ARG['port']!, true) === this.timerPort) this.timerPort = 0;
    if (r === 0 && cmd === EVTCHNOP.close && dv.getUint32(PORT_ARG['port']!, true) === this.exo.port) this.exo.port = 0;
    return r;
  }
}
