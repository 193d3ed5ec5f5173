/**
 * Shared rig for the shadow page-table tests: two identical guests in one
 * machine (one on shadows, one native), guest page tables, and helpers that run
 * accesses on the full-mode hart, the native hart and the shadow MMU.
 */
import { VIRT_UART0 } from '../../hypervisor/abi/virt.js';
import { GuestMemory } from '../../hypervisor/core/guest-memory.js';
import { MachineMemory } from '../../hypervisor/core/machine-memory.js';
import { Bus } from '../../hypervisor/cpu/bus.js';
import { Hart } from '../../hypervisor/cpu/hart.js';
import {
  CAUSE_FETCH_PAGE_FAULT, CAUSE_LOAD_PAGE_FAULT, CAUSE_STORE_PAGE_FAULT, CSR, PRV_M, PRV_S, PRV_U, PTE_A, PTE_D, PTE_R, PTE_U, PTE_V, PTE_W, PTE_X, SATP_MODE_SV32,
} from '../../hypervisor/cpu/isa.js';
import { ACCESS_EXEC, ACCESS_READ, ACCESS_WRITE } from '../../hypervisor/cpu/pmp.js';
import { TRAP } from '../../hypervisor/cpu/trap.js';
import { expect } from 'vitest';
import type { MmioDevice } from '../../hypervisor/devices/device.js';
import { HPA_BASE, ShadowMmu } from '../../hypervisor/vmm/shadow.js';
import { a0, a1, a2, lw, pmpAllowAll, RAM, step, sw } from './asm.js';
import { prng } from './prng.js';


export const MiB = 1 << 20;
export const RAM_BYTES = 4 * MiB;
export const MACHINE_BYTES = 16 * MiB;
export const HPA_PPN = HPA_BASE / 4096;
export const ROOT = RAM + 0x1000, L0 = RAM + 0x2000, ROOT_B = RAM + 0x3000, L0_B = RAM + 0x4000;
/** Data pages, each full of a pattern naming its guest frame. */
export const PAGE = (n: number): number => RAM + 0x10_000 + n * 0x1000;
/** User pages mapped through L0 (root entry 0x100). */
export const UVA = (n: number): number => 0x4000_0000 + n * 0x1000;
/** A user megapage over all of RAM (root entry 0x300); the kernel's identity megapage is root entry 0x200. */
export const MEGA_VA = 0xc000_0000;
/** A user code page (L0 entry 50), for accesses made by real instructions through the interpreter's TLB. */
export const CODE_VA = UVA(50);
/** The device window the guest may reach (a UART page). */
export const DEVICE = VIRT_UART0;
export const isDevice = (gpa: number): boolean => gpa >= DEVICE && gpa < DEVICE + 0x1000;
export const AD = PTE_A | PTE_D, RW = PTE_R | PTE_W, RWX = PTE_R | PTE_W | PTE_X;
export const ACCESSES = [ACCESS_READ, ACCESS_WRITE, ACCESS_EXEC] as const;
export const PAGE_FAULT: Record<number, number> = { 1: CAUSE_LOAD_PAGE_FAULT, 2: CAUSE_STORE_PAGE_FAULT, 4: CAUSE_FETCH_PAGE_FAULT };

export const pte = (pa: number, flags: number): number => ((Math.floor(pa / 4096) << 10) | flags) >>> 0;
export const satpOf = (root: number): number => (SATP_MODE_SV32 | (root / 4096)) >>> 0;
export const pattern = (gfn: number, word: number): number => (0x5000_0000 | (gfn << 12) | word) >>> 0;

/** Two identical guests in one machine: `dom` runs on shadows, `twin` natively; `oracle` walks `dom`'s own tables. */
export interface Env {
  mm: MachineMemory;
  m32: Int32Array;
  dom: GuestMemory;
  twin: GuestMemory;
  pool: Int32Array;
  shadow: ShadowMmu;
  /** The full-mode hart: real U-mode over all machine memory at HPA_BASE. */
  hart: Hart;
  /** Native harts over the twin's and over dom's P2M, in the guest's own view. */
  native: Hart;
  oracle: Hart;
  /** Device accesses the native hart made (the shadow side reports 'mmio' instead). */
  deviceHits: number;
  /** The real satp last loaded, and the view it is for. */
  satp: number;
  priv: number;
}

export function shuffle(a: Int32Array, next: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
}

export function newEnv(seed = 1, poolFrames = 64): Env {
  const next = prng(seed);
  const mm = new MachineMemory(MACHINE_BYTES);
  const m32 = new Int32Array(mm.buffer);
  const dom = new GuestMemory(mm, 1, RAM, RAM_BYTES), twin = new GuestMemory(mm, 2, RAM, RAM_BYTES);
  shuffle(dom.p2m, next);
  shuffle(twin.p2m, next);
  const first = mm.allocContiguous(poolFrames);
  const pool = Int32Array.from({ length: poolFrames }, (_, i) => first + i);
  shuffle(pool, next);
  for (const g of [dom, twin]) {
    for (let f = 0; f < g.p2m.length; f++) for (let w = 0; w < 1024; w++) m32[g.p2m[f]! * 1024 + w] = pattern(f, w);
    for (const t of [ROOT, L0, ROOT_B, L0_B]) g.zero(t, 4096);
  }
  const hart = new Hart(new Bus(HPA_BASE, MACHINE_BYTES, mm.buffer));
  const shadow = new ShadowMmu({
    machine: mm.buffer, p2m: dom.p2m, ramBase: RAM, ramBytes: RAM_BYTES, pool, isDevice,
    flushTlb: (gva) => { if (gva === undefined) hart.mmu.flushAll(); else hart.mmu.flushPage(gva); },
    ramWritten: (off, size) => hart.mmu.ramWritten(off, size),
  });
  const env: Env = {
    mm, m32, dom, twin, pool, shadow, hart, deviceHits: 0, satp: 0, priv: PRV_S,
    native: new Hart(new Bus(RAM, RAM_BYTES, mm.buffer, twin.p2m)), oracle: new Hart(new Bus(RAM, RAM_BYTES, mm.buffer, dom.p2m)),
  };
  env.native.bus.attach(testDevice(env));
  for (const h of [hart, env.native, env.oracle]) pmpAllowAll(h);
  hart.priv = PRV_U;
  return env;
}

export function testDevice(env: Env): MmioDevice {
  return {
    name: 'dev', base: DEVICE, size: 0x1000,
    read: () => { env.deviceHits++; return 0; },
    write: () => { env.deviceHits++; return true; },
    reset: () => {}, saveState: () => null, restoreState: () => {},
  };
}

/** Machine word offset of guest-physical `gpa` in guest `g`. */
export const at = (g: GuestMemory, gpa: number): number => g.range(gpa, 4)[0]!.offset >>> 2;
export const peek = (env: Env, gpa: number, g = env.dom): number => env.m32[at(g, gpa)]! >>> 0;
/** Writes a word into both guests, as a loader would (not through any hart). */
export function poke(env: Env, gpa: number, v: number): void {
  for (const g of [env.dom, env.twin]) env.m32[at(g, gpa)] = v;
}

/** Tables most tests share: kernel identity megapage, a device megapage, user pages through L0, a user megapage. */
export function baseTables(env: Env, root = ROOT): void {
  poke(env, root + 4 * 0x200, pte(RAM, RWX | AD | PTE_V));
  poke(env, root + 4 * 0x040, pte(DEVICE, RW | AD | PTE_V));
  poke(env, root + 4 * 0x100, pte(L0, PTE_V));
  poke(env, root + 4 * 0x300, pte(RAM, RWX | PTE_U | AD | PTE_V));
  for (let i = 0; i < 8; i++) poke(env, L0 + 4 * i, pte(PAGE(i), RW | PTE_U | AD | PTE_V));
  poke(env, L0 + 4 * 50, pte(PAGE(50), PTE_R | PTE_X | PTE_U | AD | PTE_V));
}

/** Activates the guest's translation on all three harts. */
export function enter(env: Env, guestSatp: number, view: 'S' | 'U', sum = false, mxr = false): number {
  env.satp = env.shadow.activate(guestSatp, view, sum, mxr);
  expect(env.hart.csr.write(CSR.satp, env.satp, PRV_M)).toBe(true);
  env.priv = view === 'S' ? PRV_S : PRV_U;
  for (const h of [env.native, env.oracle]) {
    h.mmu.satp = guestSatp;
    h.mmu.sum = sum;
    h.mmu.mxr = mxr;
    h.mmu.flushAll();
  }
  return env.satp;
}

/** What one access came to: a value (load), the guest frame (fetch), or the fault the guest sees. */
export type Outcome = { ok: number } | { fault: number; tval: number } | { mmio: true } | { ptWrite: number };

/** Runs one access on the full-mode hart, letting the shadow MMU fill until the access completes or is classified. */
export function run(env: Env, va: number, acc: number, value = 0): Outcome {
  const mmu = env.hart.mmu;
  for (let tries = 0; tries < 3; tries++) {
    try {
      if (acc === ACCESS_READ) return { ok: mmu.load(va, 4, PRV_U) >>> 0 };
      if (acc === ACCESS_WRITE) return (mmu.store(va, 4, value, PRV_U), { ok: value >>> 0 });
      return { ok: env.dom.p2m.indexOf(mmu.fetchPage(va, PRV_U) >>> 12) };
    } catch (e) {
      if (e !== TRAP) throw e;
      expect({ cause: TRAP.cause, tval: TRAP.tval >>> 0 }).toEqual({ cause: PAGE_FAULT[acc], tval: va >>> 0 });
      const out = env.shadow.fault(TRAP.tval, acc);
      if (out.kind === 'guest') return { fault: out.cause, tval: out.tval };
      if (out.kind === 'mmio') return { mmio: true };
      if (out.kind === 'pt-write') return { ptWrite: out.gpa };
    }
  }
  throw new Error(`0x${(va >>> 0).toString(16)}: the shadow keeps faulting`);
}

export const ACCESS_OF_CAUSE: Record<number, number> = { 12: ACCESS_EXEC, 13: ACCESS_READ, 15: ACCESS_WRITE };

/**
 * Runs one `lw a0, 0(a1)` or `sw a2, 0(a1)` at CODE_VA through the
 * interpreter, whose fast path trusts the real TLB, filling the shadow as
 * the VMM would until the instruction retires or the fault is classified.
 */
export function runInsn(env: Env, store: boolean, va: number, value = 0): Outcome {
  const h = env.hart;
  poke(env, PAGE(50), store ? sw(a2, 0, a1) : lw(a0, 0, a1));
  h.code.clear();
  for (let tries = 0; tries < 4; tries++) {
    h.priv = PRV_U;
    h.pc = CODE_VA;
    [h.x[a1], h.x[a2]] = [va, value];
    step(h);
    if (h.priv !== PRV_M) return { ok: store ? value >>> 0 : h.x[a0]! >>> 0 };
    const out = env.shadow.fault(h.csr.mtval, ACCESS_OF_CAUSE[h.csr.mcause]!);
    if (out.kind === 'pt-write') return { ptWrite: out.gpa };
    if (out.kind !== 'filled') return out.kind === 'guest' ? { fault: out.cause, tval: out.tval } : { mmio: true };
  }
  throw new Error('the shadow keeps faulting');
}

/** The same access on the native hart over the twin. */
export function runNative(env: Env, va: number, acc: number, value = 0): Outcome {
  const mmu = env.native.mmu, hits = env.deviceHits;
  try {
    let r: Outcome;
    if (acc === ACCESS_READ) r = { ok: mmu.load(va, 4, env.priv) >>> 0 };
    else if (acc === ACCESS_WRITE) r = (mmu.store(va, 4, value, env.priv), { ok: value >>> 0 });
    else r = { ok: env.twin.p2m.indexOf(mmu.fetchPage(va, env.priv) >>> 12) };
    return env.deviceHits !== hits ? { mmio: true } : r;
  } catch (e) {
    if (e !== TRAP) throw e;
    return { fault: TRAP.cause, tval: TRAP.tval >>> 0 };
  }
}

/** The shadow leaf for `va` in the shadow whose root is in `satp` (0 when absent). */
export function shadowLeaf(env: Env, va: number, satp = env.satp): number {
  const root = (satp & 0x3f_ffff) - HPA_PPN;
  const ptr = env.m32[root * 1024 + (va >>> 22)]!;
  if (!(ptr & PTE_V)) return 0;
  return env.m32[((ptr >>> 10) - HPA_PPN) * 1024 + ((va >>> 12) & 0x3ff)]! >>> 0;
}
export const leafFrame = (leaf: number): number => (leaf >>> 10) - HPA_PPN;
