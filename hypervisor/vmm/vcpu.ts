/**
 * One virtual CPU and the loop that runs it, as a guest worker does: the
 * hart over the domain's frames of machine memory (through its P2M), the
 * CLINT emulated right here (it needs no global state, like KVM's in-kernel
 * timer), and every other device reached through an exit to the hypervisor
 * over the control block (worker/protocol.ts). Nothing in this file knows
 * whether it runs in a worker; the `ExitTransport` decides how an exit
 * reaches the hypervisor and how the vCPU waits for the answer.
 */
import { TIMEBASE_HZ, VIRT_CLINT } from '../abi/virt.js';
import { Clock } from '../core/clock.js';
import { ProgressWatch } from '../core/progress.js';
import { Bus } from '../cpu/bus.js';
import { GStage } from '../cpu/gstage.js';
import { Hart } from '../cpu/hart.js';
import { interpret } from '../cpu/interp.js';
import { MIP_MEIP, MIP_MTIP, MIP_SEIP, MIP_STIP } from '../cpu/isa.js';
import { Clint } from '../devices/clint.js';
import type { MmioDevice, Width } from '../devices/device.js';
import {
  CB_ADDR, CB_ARGS_BYTES, CB_ARGS_OFFSET, CB_COUNTERS_OFFSET, CB_DATA, EXIT_HYPERCALL, CB_HEARTBEAT, CB_IRQ, CB_REASON, CB_REQUEST, CB_RESULT, CB_SIZE, CB_STATE,
  CB_VCPU_STATE, CB_WAKE, CB_SATP, CB_GUEST_SATP, CB_HGATP, CB_EXO_REVOKE_COUNT, CB_EXO_REVOKE_MS, CB_EXO_REVOKE_SEQ, EXIT_MMIO_READ, EXIT_MMIO_WRITE, REQ_PAUSE, REQ_STOP, RESULT_BUS_ERROR, RESULT_SHUTDOWN,
  REQ_STATE, STATE_RUNNING, VCPU_COUNTERS, VS_IDLE, VS_PAUSED, VS_RUNNING, VS_STOPPED, counterSlot,
  type VcpuCounter, type VcpuEnd, type VcpuSetup,
} from '../worker/protocol.js';
import { guestHost } from './guest-host.js';
import { buildGStage } from './gstage-table.js';
import { Hvm } from './hvm.js';
import { PvGuest } from './pv.js';
import { publishPv } from './pv-counters.js';
import { PvMmu } from './pv-mmu.js';
import { HPA_BASE, ShadowMmu } from './shadow.js';
import { restoreHart, restoreHvm, restoreVmm, saveHart, saveHvm, saveVmm, type VcpuState } from './vcpu-state.js';
import { Vmm } from './vmm.js';

/** Instructions per interpreter entry: bounds how stale interrupts, requests and counters can be. */
const CHUNK = 1 << 16;
/** Short interpreter entries between two counter publications (a full chunk always publishes). */
const PUBLISH_EVERY = 256;
/** Longest single sleep, so the heartbeat keeps beating while idle or paused. */
const SLEEP_SLICE_MS = 100;
/** External interrupt lines the hypervisor drives. */
const IRQ_MASK = MIP_MEIP | MIP_SEIP;

/** How an exit reaches the hypervisor: returns once CB_STATE is STATE_DONE. */
export interface ExitTransport {
  /** Publishes the exit written in `cb` and waits for the hypervisor's answer. */
  transfer(cb: Int32Array, counters: Float64Array): void;
}

/** A device window in the hypervisor: every register access is an exit. */
class RemoteMmio implements MmioDevice {
  constructor(private readonly vcpu: Vcpu, readonly name: string, readonly base: number, readonly size: number) {}
  read(offset: number, width: Width): number | null {
    return this.vcpu.exit(EXIT_MMIO_READ, this.base + offset, width, 0);
  }
  write(offset: number, width: Width, value: number): boolean {
    return this.vcpu.exit(EXIT_MMIO_WRITE, this.base + offset, width, value) !== null;
  }
  reset(): void {}
  saveState(): unknown { return null; }
  restoreState(): void {}
}

/** A vCPU of one domain. */
export class Vcpu {
  readonly bus: Bus;
  readonly hart: Hart;
  readonly clock: Clock;
  readonly clint: Clint;
  /** The control block (Int32 words) and its counter slots. */
  readonly cb: Int32Array;
  readonly counters: Float64Array;
  private end: VcpuEnd | null = null;
  private irqSeen = 0;
  private exitsMmio = 0;
  private exitsHypercall = 0;
  private exitsLocal = 0;
  private wfiExits = 0;
  /** Interpreter entries so far (traps and xRETs end an entry, so a syscall-heavy guest makes many short ones). */
  private entries = 0;
  /** The last revocation request seen in the control block. */
  private revokeSeen = 0;
  /** When the run loop started (performance.now() ms): running time is what sleeping did not take. */
  private startedMs = 0;

  /** The trap-and-emulate VMM, in full mode. */
  readonly vmm: Vmm | null = null;
  /** The hardware-assisted hypervisor (H-extension semantics), in hw mode. */
  readonly hvm: Hvm | null = null;
  /** The paravirtual interface, in PV mode. */
  readonly pv: PvGuest | null = null;
  /** Receives the vCPU's state when the hypervisor asks a paused vCPU for it (REQ_STATE). */
  stateSink: ((state: VcpuState) => void) | null = null;

  constructor(readonly setup: VcpuSetup, private readonly transport: ExitTransport) {
    const p2m = new Int32Array(setup.memory, setup.p2mOffset, setup.p2mEntries);
    const full = setup.mode === 'full' || setup.mode === 'hw', pv = setup.mode === 'pv';
    const machineBytes = setup.memory.byteLength - (setup.memory.byteLength % 4096);
    // Full and hw modes: the hart sees host-physical memory (all machine frames at HPA_BASE) and reaches
    // the guest's frames only through the shadow tables the VMM builds, or the G-stage table; PV: machine memory at 0, reached
    // through the guest's own validated tables (PTEs hold machine frames); native: guest-physical through the P2M.
    this.bus = full ? new Bus(HPA_BASE, machineBytes, setup.memory)
      : pv ? new Bus(0, machineBytes, setup.memory)
        : new Bus(setup.ramBase, setup.ramBytes, setup.memory, p2m);
    this.cb = new Int32Array(setup.memory, setup.controlOffset, 64);
    this.counters = new Float64Array(setup.memory, setup.controlOffset + CB_COUNTERS_OFFSET, VCPU_COUNTERS.length);
    this.hart = new Hart(this.bus);
    this.hart.jit = setup.tier === 'jit';
    this.clock = new Clock(setup.clock, () => this.hart.retired());
    this.hart.setTimeSource(() => this.clock.now());
    this.clint = new Clint('clint', VIRT_CLINT, this.clock, (mask, bits) => this.hart.setLines(mask, bits));
    if (setup.mode === 'native') this.bus.attach(new CountedLocal(this.clint, () => this.exitsLocal++));
    for (const w of setup.remote) this.bus.attach(new RemoteMmio(this, w.name, w.base, w.size));
    this.hart.reset(setup.entry);
    if (setup.mode === 'hw') {
      this.hvm = this.hardwareAssisted(p2m);
    } else if (full) {
      this.vmm = new Vmm(this.hart, this.shadowFor(p2m), guestHost(this.bus, setup, p2m));
      this.vmm.boot(setup.entry, setup.bootArgs);
    } else if (pv) {
      if (!setup.pv) throw new Error('a PV vCPU needs its shared-info frame and page tables');
      const t = setup.pv.frameTable;
      const mmu = new PvMmu({
        memory: setup.memory, domid: setup.domid, p2m,
        owners: new Int32Array(setup.memory, t.owners, t.frames), frameInfo: new Int32Array(setup.memory, t.info, t.frames),
        shared: [setup.pv.sharedInfo, setup.pv.grantTable], written: (off) => this.hart.mmu.ramWritten(off, 4),
      });
      const pageTables = setup.resume ? [] : setup.pv.pageTables; // a restore pins the saved tables instead
      this.pv = new PvGuest(this.hart, mmu, { domid: setup.domid, sharedInfo: setup.pv.sharedInfo, pages: p2m.length, pageTables },
        setup.memory, (nr, cmd, count, args) => this.hypercallExit(nr, cmd, count, args));
      if (!setup.resume) this.pv.boot(setup.entry, setup.pv.startInfo);
    } else {
      [this.hart.x[10], this.hart.x[11], this.hart.x[12]] = setup.bootArgs;
    }
    if (setup.resume) this.restoreState(setup.resume);
    else if (setup.bootMark !== undefined) this.hart.markPc = setup.bootMark | 0;
  }

  /** The state of this (paused) vCPU, for a snapshot. */
  saveState(): VcpuState {
    return {
      mode: this.setup.mode, hart: saveHart(this.hart), clock: { offset: this.clock.savedOffset, now: this.clock.now() },
      clint: this.clint.saveState(), vmm: this.vmm ? saveVmm(this.vmm) : null, pv: this.pv ? this.pv.saveState() : null,
      hvm: this.hvm ? saveHvm(this.hvm) : null,
      exits: { mmio: this.exitsMmio, hypercall: this.exitsHypercall, local: this.exitsLocal, wfi: this.wfiExits, entries: this.entries },
    };
  }

  /** Continues from saved state instead of the boot image's entry (the boot set-up above is overwritten). */
  private restoreState(s: VcpuState): void {
    if (s.mode !== this.setup.mode) throw new Error(`saved ${s.mode} vCPU state cannot resume a ${this.setup.mode} vCPU`);
    restoreHart(this.hart, s.hart);
    if (this.pv) {
      if (!s.pv) throw new Error('saved PV vCPU state has no PV interface state');
      this.pv.restoreState(s.pv); // after the hart: it loads satp for the relocated root
    }
    this.clock.restore(s.clock.offset, s.clock.now);
    this.clint.restoreState(s.clint);
    if (this.vmm) {
      if (!s.vmm) throw new Error('saved full-mode vCPU state has no VMM state');
      restoreVmm(this.vmm, s.vmm);
    }
    if (this.hvm) {
      if (!s.hvm) throw new Error('saved hw-mode vCPU state has no hypervisor state');
      restoreHvm(this.hvm, s.hvm);
    }
    ({ mmio: this.exitsMmio, hypercall: this.exitsHypercall, local: this.exitsLocal, wfi: this.wfiExits, entries: this.entries } = s.exits);
    this.publish();
  }

  /** The hypervisor of a hw guest: its G-stage table built in the pool frames, the kernel booted in VS-mode. */
  private hardwareAssisted(p2m: Int32Array): Hvm {
    const setup = this.setup;
    const hvm = new Hvm(this.hart, new GStage(this.bus), guestHost(this.bus, setup, p2m));
    hvm.boot(setup.entry, setup.bootArgs, buildGStage({ machine: setup.memory, p2m, ramBase: setup.ramBase, pool: setup.shadowPool }));
    return hvm;
  }

  /** The shadow page tables of a full-mode guest. */
  private shadowFor(p2m: Int32Array): ShadowMmu {
    const remote = this.setup.remote;
    return new ShadowMmu({
      machine: this.setup.memory, p2m, ramBase: this.setup.ramBase, ramBytes: this.setup.ramBytes,
      pool: Int32Array.from(this.setup.shadowPool),
      isDevice: (gpa) => {
        if (remote.some((w) => gpa >= w.base && gpa < w.base + w.size)) return true;
        this.bus.unmapped++; // asked for loads and stores outside RAM only: one that finds no device window is refused, and counted
        return false;
      },
      flushTlb: (gva) => { if (gva === undefined) this.hart.mmu.flushAll(); else this.hart.mmu.flushPage(gva); },
      // The VMM's own writes to guest memory (A/D bits, emulated page-table stores) drop decoded code there too.
      ramWritten: (off, size) => this.hart.mmu.ramWritten(off, size),
    });
  }

  /**
   * Performs one exit to the hypervisor; returns the value it answered
   * (reads), or null for a bus error. Notes shutdowns and interrupt-line
   * changes so the interpreter returns to the run loop.
   */
  exit(reason: number, addr: number, size: number, data: number): number | null {
    const cb = this.cb;
    cb[CB_REASON] = reason;
    cb[CB_ADDR] = addr;
    cb[CB_SIZE] = size;
    cb[CB_DATA] = data;
    if (reason === EXIT_HYPERCALL) this.exitsHypercall++;
    else this.exitsMmio++;
    this.transport.transfer(cb, this.counters);
    const result = cb[CB_RESULT]!;
    const value = cb[CB_DATA]!;
    Atomics.store(cb, CB_STATE, STATE_RUNNING);
    if (result === RESULT_SHUTDOWN) {
      this.end = { kind: 'shutdown' };
      this.bus.attention = true;
    }
    if (Atomics.load(cb, CB_IRQ) !== this.irqSeen) this.bus.attention = true;
    return result === RESULT_BUS_ERROR ? null : value;
  }

  /**
   * A PV hypercall served by the hypervisor: the argument structs travel in
   * the control block's argument area and come back updated; returns a0.
   */
  hypercallExit(nr: number, cmd: number, count: number, args: Uint8Array): number {
    if (args.length > CB_ARGS_BYTES) throw new RangeError('hypercall arguments larger than the exit argument area');
    const area = new Uint8Array(this.cb.buffer, this.cb.byteOffset + CB_ARGS_OFFSET, CB_ARGS_BYTES);
    area.set(args);
    const r = this.exit(EXIT_HYPERCALL, nr, count, cmd);
    args.set(area.subarray(0, args.length));
    return r ?? -38;
  }

  /** Runs until the domain shuts down, is stopped, hits its limit, halts or crashes. */
  run(): VcpuEnd {
    try {
      return this.loop();
    } finally {
      this.publish();
      Atomics.store(this.cb, CB_VCPU_STATE, VS_STOPPED);
    }
  }

  private loop(): VcpuEnd {
    const hart = this.hart;
    const progress = new ProgressWatch();
    this.startedMs = performance.now();
    Atomics.store(this.cb, CB_VCPU_STATE, VS_RUNNING);
    while (this.end === null) {
      Atomics.add(this.cb, CB_HEARTBEAT, 1);
      const req = Atomics.load(this.cb, CB_REQUEST);
      if (req & REQ_STOP) return { kind: 'stopped' };
      if (req & REQ_PAUSE) { this.pause(); continue; }
      if (hart.retired() >= this.setup.maxInsns) return { kind: 'limit' };
      this.syncIrq();
      const next = this.beforeEntry();
      if (next === 'waited') continue;
      if (next) return next;
      const before = hart.retired();
      interpret(hart, this.budget());
      this.bus.attention = false;
      const stuck = progress.after(hart, before);
      if (stuck) return { kind: 'crash', message: stuck };
      if (this.pv?.crashed) return { kind: 'crash', message: this.pv.crashed };
      if ((++this.entries & (PUBLISH_EVERY - 1)) === 0 || hart.retired() - before >= CHUNK) this.publish();
    }
    return this.end;
  }

  /**
   * The guest's virtualization layer looks at time and events before the
   * next interpreter entry: timers fire, interrupts are injected or taken.
   * 'waited' when the vCPU idled instead (the loop looks again), an end when
   * it can never continue, null to run.
   */
  private beforeEntry(): VcpuEnd | 'waited' | null {
    const hart = this.hart, vmm = this.vmm, pv = this.pv, hvm = this.hvm;
    const seip = (this.irqSeen & MIP_SEIP) !== 0;
    if (pv) {
      this.checkRevoke(pv);
      if (this.clock.now() >= pv.timer) pv.fireTimer();
      pv.checkEvents();
      if (pv.blocked) { this.idlePv(pv); return 'waited'; }
      return null;
    }
    if (vmm) {
      vmm.deliverInterrupts(this.clock.now(), seip);
      return vmm.waiting ? this.idleGuest(vmm.timer, vmm.v.sie) ?? 'waited' : null;
    }
    if (hvm) hvm.deliverInterrupts(this.clock.now(), seip);
    else this.clint.update();
    if (hvm ? hvm.waiting : hart.waiting) return (hvm ? this.idleGuest(hvm.timer, hart.csr.mie) : this.idle()) ?? 'waited';
    hart.checkInterrupts();
    return null;
  }

  /** Publishes a new revocation request from the hypervisor; enforces the outstanding one once its deadline passed. */
  private checkRevoke(pv: PvGuest): void {
    const seq = Atomics.load(this.cb, CB_EXO_REVOKE_SEQ);
    if (seq !== this.revokeSeen) {
      this.revokeSeen = seq;
      const ms = Math.max(0, this.cb[CB_EXO_REVOKE_MS]!);
      pv.requestRevoke(seq >>> 0, this.cb[CB_EXO_REVOKE_COUNT]!, this.clock.now() + Math.round(ms * (TIMEBASE_HZ / 1000)));
    }
    if (pv.revokeDeadline !== Infinity && this.clock.now() >= pv.revokeDeadline) pv.enforceRevoke();
  }

  /** Copies the hypervisor-driven interrupt lines into mip. */
  private syncIrq(): void {
    const lines = Atomics.load(this.cb, CB_IRQ) & IRQ_MASK;
    this.irqSeen = lines;
    const csr = this.hart.csr;
    csr.mipLines = (csr.mipLines & ~IRQ_MASK) | lines;
  }

  /** Instructions for the next interpreter entry. */
  private budget(): number {
    let n = Math.min(CHUNK, this.setup.maxInsns - this.hart.retired());
    const cmp = this.pv ? Math.min(this.pv.timer, this.pv.revokeDeadline) : this.vmm ? this.vmm.timer : this.hvm ? this.hvm.timer : this.clint.mtimecmp;
    if (this.clock.mode === 'deterministic' && cmp > this.clock.now()) n = Math.min(n, this.clock.insnsUntil(cmp));
    return Math.max(1, n);
  }

  /**
   * The hart waits in WFI: wake it when an interrupt is pending, let time
   * pass until the timer fires, or sleep until the hypervisor has news (an
   * interrupt line, a request). A WFI that nothing can end is a halt.
   */
  private idle(): VcpuEnd | null {
    const hart = this.hart;
    if (hart.wakeable()) {
      hart.waiting = false;
      return null;
    }
    this.wfiExits++;
    const now = this.clock.now();
    const mie = hart.csr.mie;
    const cmp = this.clint.mtimecmp;
    const timerArmed = (mie & MIP_MTIP) !== 0 && cmp > now && cmp < Number.MAX_SAFE_INTEGER;
    const externalPossible = (mie & IRQ_MASK) !== 0;
    if (!timerArmed && !externalPossible) {
      return { kind: 'halt', message: `hart waits for an interrupt (wfi at pc 0x${((hart.pc - 4) >>> 0).toString(16)}) that nothing can raise` };
    }
    this.waitFor(timerArmed ? cmp : Infinity);
    return null;
  }

  /**
   * The virtualized guest executed wfi (trapped): let time pass until its
   * SBI timer (deadline `timer`) fires, sleep until the hypervisor has news
   * for an enabled external interrupt, or report that nothing can wake it.
   * `sie` is the guest's interrupt enables.
   */
  private idleGuest(timer: number, sie: number): VcpuEnd | null {
    this.wfiExits++;
    const now = this.clock.now();
    const timerArmed = (sie & MIP_STIP) !== 0 && timer > now && timer < Number.MAX_SAFE_INTEGER;
    const externalPossible = (sie & MIP_SEIP) !== 0;
    if (!timerArmed && !externalPossible) {
      return { kind: 'halt', message: `guest waits for an interrupt (wfi at pc 0x${((this.hart.pc - 4) >>> 0).toString(16)}) that nothing can raise` };
    }
    this.waitFor(timerArmed ? timer : Infinity);
    return null;
  }

  /**
   * A waiting hart with its timer at `deadline` (Infinity: none): sleep
   * until news or the deadline (a slice at most). The deterministic clock
   * skips to the deadline at once when only the timer can wake the guest;
   * with a network device, frames come from other threads, so it sleeps
   * for real first and skips only when nothing woke it.
   */
  private waitFor(deadline: number): void {
    const now = this.clock.now();
    const armed = deadline > now && deadline < Number.MAX_SAFE_INTEGER;
    const deterministic = this.clock.mode === 'deterministic';
    if (armed && deterministic && !this.setup.net) {
      this.clock.skip(deadline - now);
      return;
    }
    const seen = Atomics.load(this.cb, CB_WAKE);
    this.sleep(VS_IDLE, armed ? Math.min((deadline - now) / (TIMEBASE_HZ / 1000), SLEEP_SLICE_MS) : SLEEP_SLICE_MS);
    const quiet = Atomics.load(this.cb, CB_WAKE) === seen && Atomics.load(this.cb, CB_IRQ) === this.irqSeen;
    if (armed && deterministic && quiet && deadline > this.clock.now()) this.clock.skip(deadline - this.clock.now());
  }

  /**
   * The PV guest blocked until an event (SCHEDOP_block): sleep until the
   * hypervisor raises one (it bumps the wake word) or the VIRQ_TIMER
   * deadline. Events come from other threads too (back-ends answering), so
   * even the deterministic clock sleeps for real first and skips to the
   * deadline only when nothing woke it.
   */
  private idlePv(pv: PvGuest): void {
    this.wfiExits++;
    const now = this.clock.now();
    const when = Math.min(pv.timer, pv.revokeDeadline);
    const armed = when < Number.MAX_SAFE_INTEGER;
    const ms = armed ? Math.min(Math.max(0, (when - now) / (TIMEBASE_HZ / 1000)), SLEEP_SLICE_MS) : SLEEP_SLICE_MS;
    const seen = Atomics.load(this.cb, CB_WAKE);
    if (pv.checkEvents()) return;
    this.sleep(VS_IDLE, ms);
    if (Atomics.load(this.cb, CB_WAKE) === seen && armed && this.clock.mode === 'deterministic' && when > this.clock.now()) {
      this.clock.skip(when - this.clock.now());
    }
  }

  /** Sleeps on the wake word for at most `ms` (news from the hypervisor ends it early). */
  private sleep(state: number, ms: number): void {
    this.publish();
    const cb = this.cb;
    const seen = Atomics.load(cb, CB_WAKE);
    // Idle: news that arrived since the last look ends the sleep at once. Paused: only the wake word does.
    if (state !== VS_PAUSED && (Atomics.load(cb, CB_IRQ) !== this.irqSeen || Atomics.load(cb, CB_REQUEST) !== 0)) return;
    Atomics.store(cb, CB_VCPU_STATE, state);
    Atomics.notify(cb, CB_VCPU_STATE);
    const t0 = performance.now();
    Atomics.wait(cb, CB_WAKE, seen, Math.max(0, ms));
    this.counters[counterSlot(state === VS_PAUSED ? 'paused_ns' : 'idle_ns')]! += (performance.now() - t0) * 1e6;
    Atomics.store(cb, CB_VCPU_STATE, VS_RUNNING);
  }

  /** Parked until the pause request is withdrawn (or a stop arrives). */
  private pause(): void {
    this.publish();
    while ((Atomics.load(this.cb, CB_REQUEST) & (REQ_PAUSE | REQ_STOP)) === REQ_PAUSE) {
      Atomics.add(this.cb, CB_HEARTBEAT, 1);
      if (Atomics.load(this.cb, CB_REQUEST) & REQ_STATE) {
        Atomics.and(this.cb, CB_REQUEST, ~REQ_STATE);
        this.stateSink?.(this.saveState());
      }
      this.sleep(VS_PAUSED, SLEEP_SLICE_MS);
    }
  }

  /** Writes the counters into the control block's slots. */
  publish(): void {
    const c = this.counters, h = this.hart, m = h.mmu.counters;
    let traps = 0, interrupts = 0;
    for (const [name, n] of Object.entries(h.counters.traps)) {
      if (name.startsWith('irq_')) interrupts += n;
      else traps += n;
    }
    c[counterSlot('insns')] = h.retired();
    c[counterSlot('traps')] = traps;
    c[counterSlot('interrupts')] = interrupts;
    c[counterSlot('tlb_hits')] = h.tlbHits;
    c[counterSlot('tlb_misses')] = m.tlbMisses;
    c[counterSlot('page_walks')] = m.pageWalks;
    c[counterSlot('walk_refs')] = m.walkRefs + (h.mmu.gstage?.counters.refs ?? 0);
    c[counterSlot('gstage_walks')] = h.mmu.gstage?.counters.walks ?? 0;
    c[counterSlot('blocks_translated')] = h.counters.blocksTranslated;
    c[counterSlot('bus_unmapped')] = this.bus.unmapped;
    c[counterSlot('boot_insns')] = h.marked ? h.marked.insns : 0;
    c[counterSlot('boot_ticks')] = h.marked ? h.marked.mtime : 0;
    c[counterSlot('exit_mmio')] = this.exitsMmio;
    c[counterSlot('exit_hypercall')] = this.exitsHypercall;
    c[counterSlot('exit_mmio_local')] = this.exitsLocal;
    c[counterSlot('exit_wfi')] = this.wfiExits;
    if (this.startedMs > 0) c[counterSlot('run_ns')] = Math.max(0, (performance.now() - this.startedMs) * 1e6 - c[counterSlot('idle_ns')]! - c[counterSlot('paused_ns')]!);
    Atomics.store(this.cb, CB_SATP, h.mmu.satp | 0);
    const vmm = this.vmm;
    if (vmm) Atomics.store(this.cb, CB_GUEST_SATP, vmm.v.satp | 0);
    if (this.hvm) Atomics.store(this.cb, CB_HGATP, this.hvm.gstage.hgatp | 0);
    if (vmm) {
      for (const [k, n] of Object.entries(vmm.counters)) c[counterSlot(`vmm_${k}` as VcpuCounter)] = n;
      c[counterSlot('shadow_syncs')] = vmm.shadow.counters['shadow_syncs'] ?? 0;
      c[counterSlot('shadow_flushes')] = vmm.shadow.counters['shadow_flushes'] ?? 0;
    }
    if (this.hvm) for (const [k, n] of Object.entries(this.hvm.counters)) c[counterSlot(`hvm_${k}` as VcpuCounter)] = n;
    if (this.pv) publishPv(c, this.pv);
  }
}

/** A local device whose accesses are counted as exits handled beside the vCPU. */
class CountedLocal implements MmioDevice {
  readonly name: string;
  readonly base: number;
  readonly size: number;
  constructor(private readonly dev: MmioDevice, private readonly count: () => void) {
    this.name = dev.name;
    this.base = dev.base;
    this.size = dev.size;
  }
  read(offset: number, width: Width): number | null { this.count(); return this.dev.read(offset, width); }
  write(offset: number, width: Width, value: number): boolean { this.count(); return this.dev.write(offset, width, value); }
  reset(): void { this.dev.reset(); }
  saveState(): unknown { return this.dev.saveState(); }
  restoreState(s: unknown): void { this.dev.restoreState(s); }
}
