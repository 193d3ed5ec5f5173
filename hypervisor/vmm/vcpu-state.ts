/**
 * A paused vCPU's state as plain data, and the way back: the hart
 * (registers, pc, privilege, CSRs, PMP, satp, retired count), the clock's
 * offset, the local CLINT, in full mode the VMM's virtual CSRs and SBI
 * timer, and in hw mode the hypervisor's SBI timer and virtual wfi (the
 * guest's VS CSRs are the hart's S CSRs). What is derived — TLBs, decoded
 * code, the shadow and G-stage tables, the LR/SC reservation — is not saved: it is rebuilt on first use after a
 * restore. Saved state crosses a trust boundary (a snapshot file), so
 * `parseVcpuState` checks every field before anything is applied.
 */
import type { CsrCounterState } from '../cpu/csr.js';
import type { Hart } from '../cpu/hart.js';
import { PMP_ENTRIES } from '../cpu/pmp.js';
import type { Hvm } from './hvm.js';
import type { Vmm } from './vmm.js';
import { parsePvState, type PvGuestState } from './pv-state.js';

/** The CSR fields that are plain registers. */
const CSR_FIELDS = [
  'mstatus', 'medeleg', 'mideleg', 'mie', 'mipSoft', 'mipLines', 'mtvec', 'mscratch', 'mepc', 'mcause', 'mtval',
  'mcounteren', 'mcountinhibit', 'stvec', 'sscratch', 'sepc', 'scause', 'stval', 'scounteren',
] as const;
/** The virtual supervisor CSRs of a full-mode guest (vcsr.ts). */
const VCSR_FIELDS = ['priv', 'sstatus', 'sie', 'sipSoft', 'sipLines', 'stvec', 'sepc', 'scause', 'stval', 'sscratch', 'satp', 'scounteren'] as const;
const COUNTER_FIELDS = ['instretOffset', 'cycleOffset', 'frozenInstret', 'frozenCycle'] as const;

/** One hart's architectural state. */
export interface HartState {
  x: number[];
  pc: number;
  priv: number;
  /** Instructions retired (the deterministic clock and minstret continue from it). */
  retired: number;
  waiting: boolean;
  csr: Record<(typeof CSR_FIELDS)[number], number>;
  counters: CsrCounterState;
  satp: number;
  pmpCfg: number[];
  pmpAddr: number[];
  /** Statistics carried over so a restored domain's counters continue. */
  stats: { traps: Record<string, number>; blocksTranslated: number; tlbHits: number; mmu: Record<string, number> };
}

/** The trap-and-emulate VMM's state (full mode). */
export interface VmmState {
  v: Record<(typeof VCSR_FIELDS)[number], number>;
  waiting: boolean;
  /** SBI timer deadline in mtime ticks; null for none. */
  timer: number | null;
  counters: Record<string, number>;
  shadow: Record<string, number>;
}

/** The hardware-assisted hypervisor's state (hw mode): its SBI timer, a virtual wfi, and its counters. */
export interface HvmState {
  waiting: boolean;
  /** SBI timer deadline in mtime ticks; null for none. */
  timer: number | null;
  counters: Record<string, number>;
  gstage: Record<string, number>;
}

/** Everything a paused vCPU hands over, and a restored one starts from. */
export interface VcpuState {
  mode: 'native' | 'full' | 'hw' | 'pv';
  hart: HartState;
  /** The clock's offset and the time it read when saved (ticks). */
  clock: { offset: number; now: number };
  /** The CLINT emulated beside the vCPU (devices/clint.ts's saved state). */
  clint: unknown;
  vmm: VmmState | null;
  /** The hardware-assisted hypervisor's state (hw mode). */
  hvm?: HvmState | null;
  /** The PV interface's state (PV mode; its machine frames relocated before a restore). */
  pv?: PvGuestState | null;
  /** The vCPU loop's own exit counters. */
  exits: { mmio: number; hypercall: number; local: number; wfi: number; entries: number };
}

/** Saved vCPU state that cannot be applied: which field is wrong and why. */
export class VcpuStateError extends Error {
  override readonly name = 'VcpuStateError';
}

/** Copies the hart's architectural state out. */
export function saveHart(h: Hart): HartState {
  const csr = {} as HartState['csr'];
  for (const f of CSR_FIELDS) csr[f] = h.csr[f];
  return {
    x: Array.from(h.x.subarray(0, 32)), pc: h.pc, priv: h.priv, retired: h.retired(), waiting: h.waiting,
    csr, counters: h.csr.counterState(), satp: h.mmu.satp, pmpCfg: Array.from(h.pmp.cfg), pmpAddr: Array.from(h.pmp.addr),
    stats: { traps: { ...h.counters.traps }, blocksTranslated: h.counters.blocksTranslated, tlbHits: h.tlbHits, mmu: { ...h.mmu.counters } },
  };
}

/** Puts a saved state into a hart: the retired count first (CSR counters are relative to it), then registers, CSRs and translation. */
export function restoreHart(h: Hart, s: HartState): void {
  h.retiredBase = s.retired;
  h.chunkDone = 0;
  h.x.set(s.x);
  h.x[0] = 0;
  h.pc = s.pc | 0;
  h.priv = s.priv;
  h.waiting = s.waiting;
  h.resAddr = -1; // a reservation does not survive a restore (SC fails, as the spec allows)
  for (const f of CSR_FIELDS) h.csr[f] = s.csr[f];
  h.csr.setCounterState(s.counters);
  h.pmp.load(s.pmpCfg, s.pmpAddr);
  h.mmu.satp = s.satp;
  h.csr.setMstatus(s.csr.mstatus); // recomputes the MMU's SUM/MXR views
  h.mmu.flushAll();
  h.code.clear();
  Object.assign(h.counters.traps, s.stats.traps);
  h.counters.blocksTranslated = s.stats.blocksTranslated;
  h.tlbHits = s.stats.tlbHits;
  copyKnown(h.mmu.counters as unknown as Record<string, number>, s.stats.mmu);
}

/** Copies the VMM's state out. */
export function saveVmm(vmm: Vmm): VmmState {
  const v = {} as VmmState['v'];
  for (const f of VCSR_FIELDS) v[f] = vmm.v[f];
  return {
    v, waiting: vmm.waiting, timer: Number.isFinite(vmm.timer) ? vmm.timer : null,
    counters: { ...vmm.counters }, shadow: { ...vmm.shadow.counters },
  };
}

/** Puts a saved state into the VMM and rebuilds the shadow view for the restored satp. */
export function restoreVmm(vmm: Vmm, s: VmmState): void {
  for (const f of VCSR_FIELDS) vmm.v[f] = s.v[f];
  vmm.waiting = s.waiting;
  vmm.timer = s.timer ?? Infinity;
  copyKnown(vmm.counters as unknown as Record<string, number>, s.counters);
  copyKnown(vmm.shadow.counters as Record<string, number>, s.shadow);
  vmm.switchView();
}

/** Copies the hardware-assisted hypervisor's state out. */
export function saveHvm(hvm: Hvm): HvmState {
  return {
    waiting: hvm.waiting, timer: Number.isFinite(hvm.timer) ? hvm.timer : null,
    counters: { ...hvm.counters }, gstage: { ...hvm.gstage.counters },
  };
}

/** Puts a saved state into the hypervisor (after the hart's), then retakes what the hypervisor owns on the hart. */
export function restoreHvm(hvm: Hvm, s: HvmState): void {
  hvm.waiting = s.waiting;
  hvm.timer = s.timer ?? Infinity;
  copyKnown(hvm.counters as unknown as Record<string, number>, s.counters);
  copyKnown(hvm.gstage.counters as unknown as Record<string, number>, s.gstage);
  hvm.control();
}

/** Copies the numeric fields of `from` that `to` already has. */
function copyKnown(to: Record<string, number>, from: Record<string, number>): void {
  for (const k of Object.keys(to)) if (typeof from[k] === 'number') to[k] = from[k];
}

/** Checks saved vCPU state field by field; throws VcpuStateError naming the first bad one. */
export function parseVcpuState(raw: unknown): VcpuState {
  const s = rec(raw, 'vcpu');
  const mode = s['mode'];
  if (mode !== 'native' && mode !== 'full' && mode !== 'hw' && mode !== 'pv') throw new VcpuStateError(`vcpu.mode: expected native, full, hw or pv, got ${String(mode)}`);
  const clock = rec(s['clock'], 'vcpu.clock');
  const e = rec(s['exits'], 'vcpu.exits');
  return {
    mode,
    hart: parseHart(rec(s['hart'], 'vcpu.hart')),
    clock: { offset: num(clock['offset'], 'vcpu.clock.offset'), now: num(clock['now'], 'vcpu.clock.now') },
    clint: parseClint(rec(s['clint'], 'vcpu.clint')),
    vmm: s['vmm'] === null || s['vmm'] === undefined ? null : parseVmm(rec(s['vmm'], 'vcpu.vmm')),
    hvm: mode === 'hw' ? parseHvm(rec(s['hvm'], 'vcpu.hvm')) : null,
    pv: mode === 'pv' ? parsePvState(s['pv']) : null,
    exits: {
      mmio: num(e['mmio'], 'exits.mmio'), hypercall: num(e['hypercall'], 'exits.hypercall'), local: num(e['local'], 'exits.local'),
      wfi: num(e['wfi'], 'exits.wfi'), entries: num(e['entries'], 'exits.entries'),
    },
  };
}

/** The CLINT's saved registers (devices/clint.ts). */
function parseClint(c: Record<string, unknown>): unknown {
  for (const k of ['msip', 'cmpLo', 'cmpHi']) i32(c[k], `vcpu.clint.${k}`);
  num(c['mtime'], 'vcpu.clint.mtime');
  return c;
}

function parseHart(h: Record<string, unknown>): HartState {
  const csrIn = rec(h['csr'], 'hart.csr'), cIn = rec(h['counters'], 'hart.counters'), st = rec(h['stats'], 'hart.stats');
  const csr = {} as HartState['csr'];
  for (const f of CSR_FIELDS) csr[f] = i32(csrIn[f], `hart.csr.${f}`);
  const counters = {} as CsrCounterState;
  for (const f of COUNTER_FIELDS) counters[f] = num(cIn[f], `hart.counters.${f}`);
  const priv = i32(h['priv'], 'hart.priv');
  if (priv !== 0 && priv !== 1 && priv !== 3) throw new VcpuStateError(`hart.priv: expected 0, 1 or 3, got ${priv}`);
  const retired = num(h['retired'], 'hart.retired');
  if (retired < 0 || !Number.isSafeInteger(retired)) throw new VcpuStateError('hart.retired: expected a non-negative integer');
  return {
    x: ints(h['x'], 32, 'hart.x'), pc: i32(h['pc'], 'hart.pc'), priv, retired, waiting: h['waiting'] === true, csr, counters,
    satp: i32(h['satp'], 'hart.satp'), pmpCfg: ints(h['pmpCfg'], PMP_ENTRIES, 'hart.pmpCfg'), pmpAddr: ints(h['pmpAddr'], PMP_ENTRIES, 'hart.pmpAddr'),
    stats: {
      traps: numbers(st['traps'], 'hart.stats.traps'), blocksTranslated: num(st['blocksTranslated'], 'hart.stats.blocksTranslated'),
      tlbHits: num(st['tlbHits'], 'hart.stats.tlbHits'), mmu: numbers(st['mmu'], 'hart.stats.mmu'),
    },
  };
}

function parseVmm(m: Record<string, unknown>): VmmState {
  const vIn = rec(m['v'], 'vmm.v');
  const v = {} as VmmState['v'];
  for (const f of VCSR_FIELDS) v[f] = i32(vIn[f], `vmm.v.${f}`);
  if (v.priv !== 0 && v.priv !== 1) throw new VcpuStateError(`vmm.v.priv: expected 0 or 1, got ${v.priv}`);
  return {
    v, waiting: m['waiting'] === true, timer: m['timer'] === null ? null : num(m['timer'], 'vmm.timer'),
    counters: numbers(m['counters'], 'vmm.counters'), shadow: numbers(m['shadow'], 'vmm.shadow'),
  };
}

function parseHvm(m: Record<string, unknown>): HvmState {
  return {
    waiting: m['waiting'] === true, timer: m['timer'] === null ? null : num(m['timer'], 'hvm.timer'),
    counters: numbers(m['counters'], 'hvm.counters'), gstage: numbers(m['gstage'], 'hvm.gstage'),
  };
}

function rec(v: unknown, what: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new VcpuStateError(`${what}: expected an object`);
  return v as Record<string, unknown>;
}

function num(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new VcpuStateError(`${what}: expected a finite number`);
  return v;
}

/** A 32-bit register value (signed or unsigned spelling). */
function i32(v: unknown, what: string): number {
  const n = num(v, what);
  if (!Number.isInteger(n) || n < -(2 ** 31) || n > 0xffff_ffff) throw new VcpuStateError(`${what}: expected a 32-bit integer, got ${n}`);
  return n | 0;
}

function ints(v: unknown, length: number, what: string): number[] {
  if (!Array.isArray(v) || v.length !== length) throw new VcpuStateError(`${what}: expected ${length} integers`);
  return v.map((x, i) => i32(x, `${what}[${i}]`));
}

function numbers(v: unknown, what: string): Record<string, number> {
  const r = rec(v, what);
  const out: Record<string, number> = {};
  for (const [k, x] of Object.entries(r)) out[k] = num(x, `${what}.${k}`);
  return out;
}
