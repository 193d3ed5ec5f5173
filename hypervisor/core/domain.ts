/**
 * One domain as the hypervisor keeps it: its RAM (frames of machine memory
 * through a P2M table), its vCPU control block, its emulated devices, its
 * console rings, and its lifecycle — created, running, paused, then
 * shutdown, halted, stopped or crashed, and finally destroyed. The vCPU
 * runs elsewhere (a guest worker, behind `GuestRunner`); this side serves
 * its exits and owns every decision about it.
 */
import { HYPERCALLS, type HypercallName } from '../abi/pv.js';
import { TIMEBASE_HZ, VIRT_DRAM } from '../abi/virt.js';
import { parseElf } from '../image/elf.js';
import {
  CB_BYTES, CB_COUNTERS_OFFSET, CB_HEARTBEAT, CB_REASON, EXIT_HYPERCALL, CB_REQUEST, CB_VCPU_STATE, CB_WAKE, REQ_PAUSE, REQ_STOP, VCPU_COUNTERS,
  REQ_STATE, VS_PAUSED, VS_STOPPED, counterSlot, remoteWindows, type VcpuCounter, type VcpuEnd, type VcpuSetup,
} from '../worker/protocol.js';
import { ByteRing } from '../worker/byte-ring.js';
import { PvDomain, type PvEnvironment, type PvRestore } from './pv-domain.js';
import { loadBare, loadFirmwareBoot, loadKernelBoot, type BootState } from './boot.js';
import { DeviceModel } from './device-model.js';
import { ExitPump, type YieldFn } from './exit-pump.js';
import { hvmExits, hvmStats, vmmExits, vmmStats } from './vmm-stats.js';
import { GuestMemory } from './guest-memory.js';
import { FRAME_SIZE, type MachineMemory } from './machine-memory.js';
import { formatGenid } from './genid.js';
import { formatMac } from '../pv/vswitch.js';
import { defaultTier } from './tier.js';
import { virtDeviceTree } from './virt-fdt.js';
import type { VcpuState } from '../vmm/vcpu-state.js';
import { gstageFrames } from '../vmm/gstage-table.js';

/** How a domain boots. */
export type BootSpec =
  | { kind: 'bare'; program: Uint8Array }
  | { kind: 'firmware'; firmware: Uint8Array; kernel: Uint8Array; bootargs: string }
  | { kind: 'full'; kernel: Uint8Array; bootargs: string }
  /** The same kernel as 'full', run hardware-assisted: VS/VU mode with H-extension semantics and nested paging. */
  | { kind: 'hw'; kernel: Uint8Array; bootargs: string }
  | { kind: 'pv'; kernel: Uint8Array; cmdline: string }
  /** A unikernel: one image (an app and its library-OS modules) on the PV interface, no kernel underneath. */
  | { kind: 'uni'; image: Uint8Array; cmdline: string };

/** What the user asks for when creating a domain. */
export interface DomainSpec {
  name: string;
  ramBytes: number;
  boot: BootSpec;
  /** Disk contents (the domain works on this copy), or none. */
  disk?: Uint8Array;
  /** Give the domain a network interface on the virtual switch: a PV front-end's back-end, or the virt board's network device. */
  net?: boolean;
  clock?: 'deterministic' | 'realtime';
  /** CPU tier; default from `defaultTier` (EXOVISOR_TIER, else jit). */
  tier?: 'jit' | 'interp';
  /** Stop after this many instructions. */
  maxInsns?: number;
  /** Wake-up policy on both sides of an exit: 'adaptive' spins before sleeping (default), 'sleep' never spins. */
  exitWait?: 'adaptive' | 'sleep';
  /** The app's first instruction (virtual pc, user mode): boot lasts until it first runs (stats boot_insns, boot_ms). */
  bootMark?: number;
}

/** Lifecycle states. */
export type DomainState = 'created' | 'running' | 'paused' | 'shutdown' | 'halted' | 'stopped' | 'crashed' | 'destroyed';

/** A domain's public description. */
export interface DomainInfo {
  id: number;
  name: string;
  kind: BootSpec['kind'];
  state: DomainState;
  ramBytes: number;
  /** Guest exit status (state 'shutdown'). */
  exitCode?: number;
  /** Why it crashed, halted or stopped. */
  reason?: string;
  /** The VM generation: 1 when created, the saved number + 1 after a restore, and its random 128-bit ID (32 hex digits). */
  generation: { count: number; id: string };
  /** The network interface's MAC address (aa:bb:cc:dd:ee:ff), when the domain has one. */
  mac?: string;
}

/** The counters of one domain. */
export interface DomainStats {
  insns: number;
  /**
   * Exits by reason. Native: `mmio` served by the hypervisor's device model,
   * `mmio_local` (CLINT) and `wfi` beside the vCPU. Full: the VMM's traps by kind.
   */
  exits: Record<string, number>;
  /** Full mode: shadow page-table syncs after the guest edited a page table (hw: always 0, it has no shadows). */
  shadow_syncs?: number;
  /** Full mode: the VMM's counters. */
  vmm?: Record<string, number | Record<string, number>>;
  /** Hardware-assisted mode: the hypervisor's exits by reason, injected interrupts and the nested walks. */
  hvm?: Record<string, number>;
  /** PV mode: hypercalls by name. */
  hypercalls?: Record<string, number>;
  /** PV mode: event-channel sends by the guest, and back-end ring notifications sent and suppressed. */
  evtchn_sends?: number;
  ring_notify_sent?: number;
  ring_notify_suppressed?: number;
  /** PV mode: page-table batches, upcalls, grants and back-end counters. */
  pv?: Record<string, number | Record<string, number>>;
  /** MMIO accesses by device. */
  mmio: Record<string, number>;
  /** Device-register accesses where no device answers (each an access fault for the guest; 0 for PV). */
  mmio_unmapped: number;
  interrupts_injected: number;
  traps: number;
  interrupts: number;
  tlb_hits: number;
  tlb_misses: number;
  page_walks: number;
  /** Page-table entries the hart's walkers read (a nested walk reads the G-stage table for each guest entry too). */
  walk_refs: number;
  blocks_translated: number;
  /** Spinning before sleeping, on both sides of the exit protocol. */
  wakeups: { vcpu_spin_hits: number; vcpu_spin_misses: number; hyp_spin_hits: number; hyp_spin_misses: number; exit_wait_us: number };
  console_bytes: number;
  console_dropped: number;
  disk?: Record<string, number>;
  /** The virt board's network device (native and full with one): frames sent and received, refused sends, drops. */
  net?: Record<string, number>;
  /** Wall-clock time of the vCPU thread (µs): running (guest code and waiting on its exits), asleep idle (wfi, blocked), parked paused. */
  vcpu_time_us: { running: number; idle: number; paused: number };
  /** Instructions retired and guest time (the vCPU clock, ms) from domain start to the app's first instruction; null when no marker was set or it never ran. */
  boot_insns: number | null;
  boot_ms: number | null;
}

/** A running vCPU in some thread (a guest worker). */
export interface GuestRunner {
  /** Starts the vCPU. */
  boot(setup: VcpuSetup): void;
  /** Settles once, with how the vCPU ended (a dead worker reports a crash). */
  readonly ended: Promise<{ end: VcpuEnd; traps: Record<string, number> }>;
  /** Kills the thread. */
  terminate(): Promise<void>;
  /** Resolves with the vCPU state the worker posts next (it answers REQ_STATE while paused); absent: state cannot be saved. */
  nextState?(): Promise<VcpuState>;
}

/** Boots on the PV interface: the pv-ops kernel, or a unikernel. */
function isPv(b: BootSpec): b is Extract<BootSpec, { kind: 'pv' | 'uni' }> {
  return b.kind === 'pv' || b.kind === 'uni';
}

/** Hypercall names, for stats. */
const HYPERCALL_NAMES = Object.keys(HYPERCALLS) as HypercallName[];

/** Machine frames a full-virtualization domain gets for its shadow page tables (hypervisor-owned). */
const SHADOW_POOL_FRAMES = 512;
/** Size of a domain's console output ring: all a guest printing without end can fill (the rest is dropped and counted). */
export const CONSOLE_OUT_BYTES = 1 << 16;
const CONSOLE_IN_BYTES = 1 << 12;

/** One domain. */
export class Domain {
  readonly memory: GuestMemory;
  readonly cb: Int32Array;
  readonly devices: DeviceModel;
  readonly consoleOut = new ByteRing(CONSOLE_OUT_BYTES);
  readonly consoleIn = new ByteRing(CONSOLE_IN_BYTES);
  readonly boot: BootState;
  state: DomainState = 'created';
  exitCode: number | undefined;
  reason: string | undefined;
  traps: Record<string, number> = {};
  runner: GuestRunner | null = null;
  pump: ExitPump | null = null;
  /** Resolves when the vCPU has ended (or at once if it never started). */
  ended: Promise<void> = Promise.resolve();
  private readonly cbFrame: number;
  /** The hypervisor side of a paravirtual domain. */
  readonly pv: PvDomain | null = null;
  /** Why a PV guest that shut down is reported crashed (SHUTDOWN_crash). */
  private crashReason: string | undefined;
  /** First frame of the shadow page-table pool (full mode) or of the G-stage table (hw mode), or -1. */
  private readonly shadowFirst: number = -1;
  /** Frames in that pool. */
  private readonly poolFrames: number = 0;
  private consoleBytes = 0;
  /** Times the domain was resumed (a snapshot checks that it stayed paused while it waited for the vCPU). */
  resumes = 0;
  private outBuf: number[] = [];

  /**
   * `resume`: the domain is rebuilt from a snapshot — its images are not
   * loaded (the caller fills RAM and device state) and its vCPU continues
   * from this state instead of booting; a PV domain also takes `pvRestore`,
   * its boot pages, and the caller relocates its frames and puts back its ports and back-ends.
   */
  constructor(readonly id: number, readonly spec: DomainSpec, private readonly mm: MachineMemory, pvEnv?: PvEnvironment, private readonly resumeFrom?: VcpuState,
    pvRestore?: PvRestore) {
    this.cbFrame = mm.allocContiguous(CB_BYTES / FRAME_SIZE);
    try {
      this.memory = new GuestMemory(mm, id, VIRT_DRAM, spec.ramBytes);
    } catch (e) {
      mm.release([this.cbFrame]);
      throw e;
    }
    try {
      this.cb = new Int32Array(mm.buffer, this.cbFrame * FRAME_SIZE, CB_BYTES / 4);
      this.devices = new DeviceModel(this.cb, {
        console: (b) => this.outBuf.push(b),
        finish: (r) => {
          this.exitCode = r.kind === 'exit' ? r.code : 0;
          this.reason = r.kind === 'reset' ? 'the guest asked for a reset (reboot is not supported)' : undefined;
        },
      }, isPv(spec.boot) ? null : spec.disk ?? null, // a PV domain's disk is served by its block back-end
      !isPv(spec.boot) && spec.net ? pvEnv?.vswitch ?? null : null); // a PV domain's interface is its net back-end's
      if (isPv(spec.boot)) {
        if (resumeFrom && !pvRestore) throw new Error('a PV domain restored from a snapshot needs its boot pages');
        if (!pvEnv) throw new Error('a PV domain needs the hypervisor\'s PV services');
        const image = spec.boot.kind === 'pv' ? spec.boot.kernel : spec.boot.image;
        const build = pvRestore ? { restore: pvRestore } : { kernel: parseElf(image), cmdline: spec.boot.cmdline };
        this.pv = new PvDomain(id, mm, this.memory, this.cb, pvEnv, build, spec.disk ?? null, spec.net ?? false, {
          console: (bytes) => { for (const b of bytes) this.outBuf.push(b); this.flushConsole(); },
          shutdown: (r) => {
            if ('code' in r) this.exitCode = r.code;
            else this.crashReason = r.crash;
          },
        });
        this.boot = { entry: this.pv.layout.entry, args: [0, this.pv.layout.startInfo, 0], fdt: 0 };
      } else {
        this.boot = resumeFrom ? { entry: 0, args: [0, 0, 0], fdt: 0 } : this.load();
      }
      if (spec.boot.kind === 'full' || spec.boot.kind === 'hw') {
        this.poolFrames = spec.boot.kind === 'full' ? SHADOW_POOL_FRAMES : gstageFrames(spec.ramBytes);
        this.shadowFirst = mm.allocContiguous(this.poolFrames);
      }
    } catch (e) {
      this.release();
      throw e;
    }
  }

  private load(): BootState {
    const b = this.spec.boot;
    if (b.kind === 'bare') return loadBare(this.memory, parseElf(b.program));
    if (isPv(b)) throw new Error('PV domains are built by PvDomain');
    const fdt = virtDeviceTree({ ramBytes: this.spec.ramBytes, bootargs: b.bootargs, disk: this.spec.disk !== undefined, net: this.spec.net === true });
    if (b.kind === 'full' || b.kind === 'hw') return loadKernelBoot(this.memory, parseElf(b.kernel), fdt);
    return loadFirmwareBoot(this.memory, parseElf(b.firmware), parseElf(b.kernel), fdt);
  }

  /** What a guest worker needs to run the vCPU. */
  setup(): VcpuSetup {
    return {
      domid: this.id,
      memory: this.mm.buffer,
      p2mOffset: this.memory.p2mLocation.offset,
      p2mEntries: this.memory.p2mLocation.entries,
      controlOffset: this.cbFrame * FRAME_SIZE,
      ramBase: VIRT_DRAM,
      ramBytes: this.spec.ramBytes,
      entry: this.boot.entry,
      bootArgs: this.boot.args,
      clock: this.spec.clock ?? 'deterministic',
      tier: this.spec.tier ?? defaultTier(),
      maxInsns: this.spec.maxInsns ?? Infinity,
      exitSpin: this.spec.exitWait !== 'sleep',
      mode: this.spec.boot.kind === 'full' || this.spec.boot.kind === 'hw' ? this.spec.boot.kind : this.pv ? 'pv' : 'native',
      shadowPool: this.poolFrameList(),
      remote: this.pv ? [] : remoteWindows(this.devices.devices),
      ...(this.resumeFrom ? { resume: this.resumeFrom } : {}),
      ...(this.spec.bootMark === undefined ? {} : { bootMark: this.spec.bootMark }),
      ...(this.devices.nic ? { net: true } : {}),
      ...(this.pv ? {
        pv: {
          sharedInfo: this.pv.sharedInfo, grantTable: this.pv.grantFrame, pageTables: this.pv.layout.pageTables, startInfo: this.pv.layout.startInfo,
          frameTable: { owners: this.mm.owners.byteOffset, info: this.mm.frameInfo.byteOffset, frames: this.mm.frames },
        },
      } : {}),
    };
  }

  /** The hypervisor-owned frames of the shadow pool or the G-stage table. */
  private poolFrameList(): number[] {
    return this.shadowFirst < 0 ? [] : Array.from({ length: this.poolFrames }, (_, i) => this.shadowFirst + i);
  }

  /** Public description. */
  info(): DomainInfo {
    return {
      id: this.id, name: this.spec.name, kind: this.spec.boot.kind, state: this.state, ramBytes: this.spec.ramBytes,
      ...(this.exitCode === undefined ? {} : { exitCode: this.exitCode }),
      ...(this.reason === undefined ? {} : { reason: this.reason }),
      ...this.identity(),
    };
  }

  /** The generation and MAC address the guest sees (shared info and the store for PV, the board's devices otherwise). */
  private identity(): Pick<DomainInfo, 'generation' | 'mac'> {
    const g = this.pv ? this.pv.generation : this.devices.genid.generation;
    const mac = this.pv ? this.pv.mac : this.devices.nic?.mac ?? null;
    return { generation: { count: g.count, id: formatGenid(g.id) }, ...(mac ? { mac: formatMac(mac) } : {}) };
  }

  /** Runs the vCPU on `runner` and serves its exits. */
  start(runner: GuestRunner, yieldFn: YieldFn): void {
    if (this.state !== 'created') throw new Error(`domain ${this.id} is ${this.state}; only a created domain can start`);
    this.runner = runner;
    const pv = this.pv;
    const serve = pv ? () => { if (this.cb[CB_REASON] === EXIT_HYPERCALL) pv.handleExit(); else this.devices.handleExit(); } : () => this.devices.handleExit();
    this.pump = new ExitPump(this.cb, serve, yieldFn, () => this.flushConsole(), this.spec.exitWait !== 'sleep');
    this.pump.start();
    this.state = 'running';
    this.ended = runner.ended.then(({ end, traps }) => this.finish(end, traps));
    void this.pumpInput();
    runner.boot(this.setup());
  }

  private async finish(end: VcpuEnd, traps: Record<string, number>): Promise<void> {
    this.traps = traps;
    await this.pump?.stop();
    this.flushConsole();
    if (this.state !== 'running' && this.state !== 'paused') return; // killed or destroyed: the reason is already set
    if (end.kind === 'shutdown' && this.crashReason !== undefined) { this.state = 'crashed'; this.reason = this.crashReason; }
    else if (end.kind === 'shutdown') this.state = 'shutdown';
    else if (end.kind === 'crash') { this.state = 'crashed'; this.reason = end.message; }
    else if (end.kind === 'halt') { this.state = 'halted'; this.reason = end.message; }
    else { this.state = 'stopped'; this.reason = end.kind === 'limit' ? 'instruction limit reached' : this.reason ?? 'stopped'; }
    await this.runner?.terminate();
  }

  /** Moves console input from the ring to the UART while the domain lives. */
  private async pumpInput(): Promise<void> {
    while (this.state === 'running' || this.state === 'paused') {
      // Only what the guest's console can take leaves the ring; the rest waits there (the writer sees it full).
      const room = this.pv ? this.pv.console.inputRoom : this.devices.inputRoom;
      if (room === 0) { await new Promise((r) => setTimeout(r, 5)); continue; }
      await this.consoleIn.waitReadable(250);
      const bytes = this.consoleIn.read(room);
      if (bytes.length > 0) {
        if (this.pv) this.pv.console.input(bytes);
        else this.devices.input(bytes);
      }
    }
  }

  /** Moves buffered console output into the ring (drops, counted, when the reader lags). */
  flushConsole(): void {
    if (this.outBuf.length === 0) return;
    this.consoleBytes += this.outBuf.length;
    this.consoleOut.write(Uint8Array.from(this.outBuf));
    this.outBuf = [];
  }

  /** Sets or clears request bits and wakes the vCPU. */
  request(bits: number, on: boolean): void {
    if (on) Atomics.or(this.cb, CB_REQUEST, bits);
    else Atomics.and(this.cb, CB_REQUEST, ~bits);
    Atomics.add(this.cb, CB_WAKE, 1);
    Atomics.notify(this.cb, CB_WAKE);
  }

  /** Asks the vCPU to park; resolves when it has (or rejects after `timeoutMs`). */
  async pause(timeoutMs: number): Promise<void> {
    if (this.state !== 'running') throw new Error(`domain ${this.id} is ${this.state}; only a running domain can pause`);
    this.request(REQ_PAUSE, true);
    await waitForState(this.cb, (s) => s === VS_PAUSED || s === VS_STOPPED, timeoutMs, `domain ${this.id} did not pause`);
    if (this.state === 'running') this.state = 'paused';
  }

  /** The paused vCPU's state, posted by its worker on request; rejects after `timeoutMs`. */
  async vcpuState(timeoutMs: number): Promise<VcpuState> {
    if (this.state !== 'paused' || !this.runner) throw new Error(`domain ${this.id} is ${this.state}; pause it first`);
    if (!this.runner.nextState) throw new Error(`domain ${this.id}'s guest worker cannot save its vCPU state`);
    const next = this.runner.nextState();
    this.request(REQ_STATE, true);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`domain ${this.id}'s vCPU did not hand over its state within ${timeoutMs} ms`)), timeoutMs); });
    try {
      return await Promise.race([next, late]);
    } finally {
      clearTimeout(timer);
      this.request(REQ_STATE, false);
    }
  }

  /** Lets a paused vCPU run again. */
  resume(): void {
    if (this.state !== 'paused') throw new Error(`domain ${this.id} is ${this.state}; only a paused domain can resume`);
    this.resumes++;
    this.request(REQ_PAUSE, false);
    this.state = 'running';
  }

  /** Asks the vCPU to stop; kills its worker when it does not end within `timeoutMs`. */
  async stop(timeoutMs: number): Promise<void> {
    if (!this.runner) return;
    this.request(REQ_STOP, true);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<'late'>((r) => { timer = setTimeout(() => r('late'), timeoutMs); });
    const outcome = await Promise.race([this.ended.then(() => 'ok' as const), late]);
    clearTimeout(timer);
    if (outcome === 'late') await this.kill('did not stop when asked');
  }

  /** Terminates the worker at once (watchdog, destroy of a hung guest); the domain is crashed. */
  async kill(why: string): Promise<void> {
    if (this.state === 'running' || this.state === 'paused') {
      this.state = 'crashed';
      this.reason = why;
    }
    await this.runner?.terminate();
    await this.pump?.stop();
  }

  /** The vCPU's heartbeat word (the watchdog compares successive reads). */
  heartbeat(): number {
    return Atomics.load(this.cb, CB_HEARTBEAT);
  }

  /** Counters, read from the control block and the device model. */
  stats(): DomainStats {
    const f = new Float64Array(this.cb.buffer, this.cb.byteOffset + CB_COUNTERS_OFFSET, VCPU_COUNTERS.length);
    const c = (n: (typeof VCPU_COUNTERS)[number]): number => f[counterSlot(n)]!;
    const d = this.devices.disk?.counters;
    const full = this.spec.boot.kind === 'full', hw = this.spec.boot.kind === 'hw';
    return {
      insns: c('insns'),
      exits: hw ? hvmExits(c) : full
        ? vmmExits(c)
        : this.pv
          ? { hypercall: HYPERCALL_NAMES.reduce((n, h) => n + c(`hc_${h}`), c('hc_unknown')), trap_bounce: c('pv_traps_bounced'), upcall: c('pv_upcalls'), block: c('pv_blocks') }
          : { mmio: c('exit_mmio'), mmio_local: c('exit_mmio_local'), wfi: c('exit_wfi') },
      ...(full ? { shadow_syncs: c('shadow_syncs'), vmm: vmmStats(c) } : {}),
      ...(hw ? { shadow_syncs: 0, hvm: hvmStats(c) } : {}),
      ...(this.pv ? this.pvStats(c) : {}),
      // A PV domain has no emulated devices: its I/O is in `pv` (rings, events, grants).
      mmio: this.pv ? {} : { ...this.devices.counters.mmio },
      // Accesses that found no device: refused beside the vCPU (holes between windows) or by the device model.
      mmio_unmapped: this.pv ? 0 : c('bus_unmapped') + this.devices.counters.unmapped,
      interrupts_injected: this.pv ? 0 : this.devices.counters.irqsInjected,
      traps: c('traps'), interrupts: c('interrupts'), tlb_hits: c('tlb_hits'), tlb_misses: c('tlb_misses'), page_walks: c('page_walks'),
      walk_refs: c('walk_refs'),
      blocks_translated: c('blocks_translated'),
      wakeups: {
        vcpu_spin_hits: c('spin_hits'), vcpu_spin_misses: c('spin_misses'),
        hyp_spin_hits: this.pump?.spin.hits ?? 0, hyp_spin_misses: this.pump?.spin.misses ?? 0,
        exit_wait_us: Math.round(c('exit_wait_ns') / 1000),
      },
      console_bytes: this.consoleBytes,
      console_dropped: this.consoleOut.dropped,
      vcpu_time_us: { running: Math.round(c('run_ns') / 1000), idle: Math.round(c('idle_ns') / 1000), paused: Math.round(c('paused_ns') / 1000) },
      // 0: the marked instruction has not run (it never is a domain's first: the app starts after its kernel or runtime).
      boot_insns: c('boot_insns') > 0 ? c('boot_insns') : null,
      boot_ms: c('boot_insns') > 0 ? Math.round((c('boot_ticks') / (TIMEBASE_HZ / 1000)) * 1000) / 1000 : null,
      ...(d && !this.pv ? { disk: { ...d } } : {}),
      ...(this.devices.nic ? { net: { ...this.devices.nic.counters } } : {}),
    };
  }

  /** The PV part of stats: hypercalls, events, rings, page-table batches and grants. */
  private pvStats(c: (n: VcpuCounter) => number): Partial<DomainStats> {
    const pv = this.pv!;
    const hypercalls: Record<string, number> = {};
    for (const h of HYPERCALL_NAMES) if (c(`hc_${h}`) > 0) hypercalls[h] = c(`hc_${h}`);
    if (c('hc_unknown') > 0) hypercalls['unknown'] = c('hc_unknown');
    const blk = pv.blk?.counters;
    const net = pv.net?.counters;
    const sent = (blk?.notify_sent ?? 0) + (net?.notify_sent ?? 0), suppressed = (blk?.notify_suppressed ?? 0) + (net?.notify_suppressed ?? 0);
    const batches = c('pv_mmu_batches');
    return {
      hypercalls,
      evtchn_sends: pv.channels.counters.sends,
      ring_notify_sent: sent,
      ring_notify_suppressed: suppressed,
      pv: {
        mmu_update_batches: batches, mmu_update_ptes: c('pv_mmu_ptes'),
        ptes_per_batch: batches > 0 ? Math.round((c('pv_mmu_ptes') / batches) * 10) / 10 : 0, max_ptes_per_batch: c('pv_mmu_batch_max'),
        mmu_refused: c('pv_mmu_refused'), tables_pinned: c('pv_pins'),
        upcalls: c('pv_upcalls'), traps_bounced: c('pv_traps_bounced'), blocks: c('pv_blocks'), timer_events: c('pv_timer_fired'),
        hypercall_exits: c('exit_hypercall'), evtchn: { ...pv.channels.counters },
        grant_copies: pv.counters.grant_copies, grant_maps: pv.counters.grant_maps,
        exo: {
          frames_bound_now: pv.bound.size, frames_bound: pv.counters.exo_frames_bound, frames_unbound: pv.counters.exo_frames_unbound,
          bind_refused: pv.counters.exo_bind_refused, refused: c('pv_exo_refused'), extents: pv.counters.exo_extents,
          revoke_requests: pv.counters.exo_revoke_requests, revoke_seen: c('pv_exo_revoke_seen'),
          revoke_voluntary: c('pv_exo_revoke_voluntary'), revoke_forced: c('pv_exo_revoke_forced'),
          frames_revoked: pv.counters.exo_frames_revoked,
          net_filters: pv.counters.exo_net_filters, net_filter_rules: pv.netFilter?.nrRules ?? 0,
        },
        ...(blk ? { blk: { ...blk } } : {}),
        ...(net ? { net: { ...net } } : {}),
        console: { ...pv.console.counters }, store: { ...pv.storeBack.counters },
      },
    };
  }

  /**
   * Asks a PV domain to give back `count` bound frames within `deadlineMs`
   * (exo_op's visible revocation); the request's sequence number.
   */
  revoke(count: number, deadlineMs: number): number {
    if (!this.pv) throw new Error(`domain ${this.id} is not a PV domain: it has no bound frames`);
    if (this.state !== 'running' && this.state !== 'paused') throw new Error(`domain ${this.id} is ${this.state}; only a running or paused domain can be asked for frames`);
    return this.pv.requestRevoke(count, deadlineMs);
  }

  /** Returns the domain's frames and control block to machine memory (the vCPU must be gone). */
  release(): void {
    this.pv?.release(); // drops this domain's own grant maps first
    this.devices?.close();
    this.memory?.release(this.pv?.heldByOthers()); // frames other domains still map outlive it
    this.mm.release([this.cbFrame]);
    if (this.shadowFirst >= 0) this.mm.release(this.poolFrameList());
    this.state = 'destroyed';
  }
}

/** Polls the vCPU state word until `ok` holds; rejects with `what` after `timeoutMs`. */
async function waitForState(cb: Int32Array, ok: (s: number) => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const s = Atomics.load(cb, CB_VCPU_STATE);
    if (ok(s)) return;
    if (performance.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms`);
    const r = Atomics.waitAsync(cb, CB_VCPU_STATE, s, 20);
    if (r.async) await r.value;
  }
}
