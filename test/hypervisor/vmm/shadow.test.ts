/**
 * Shadow page tables (Privileged spec §4.3, Sv32, under trap-and-emulate):
 * a real hart in U-mode over all of machine memory walks the shadow tables
 * the ShadowMmu builds from hand-written guest tables (scrambled P2M), and
 * every fault it takes is classified against a native hart running the same
 * accesses on an identical copy of the guest. Proves fills (4 KiB and
 * megapage), guest-visible A/D bits, U/SUM/MXR, devices and access faults,
 * write protection with precise syncs, the shadow cache, sfence.vma, pool
 * exhaustion, and — under fuzzing — that no shadow maps a frame the domain
 * does not own and every shadow leaf agrees with the guest's tables.
 */
import { describe, expect, it } from 'vitest';
import { VIRT_UART0 } from '../../../hypervisor/abi/virt.js';
import { GuestMemory } from '../../../hypervisor/core/guest-memory.js';
import { MachineMemory } from '../../../hypervisor/core/machine-memory.js';
import { Bus } from '../../../hypervisor/cpu/bus.js';
import { Hart } from '../../../hypervisor/cpu/hart.js';
import {
  CAUSE_FETCH_ACCESS, CAUSE_FETCH_PAGE_FAULT, CAUSE_LOAD_ACCESS, CAUSE_LOAD_PAGE_FAULT, CAUSE_STORE_ACCESS,
  CAUSE_STORE_PAGE_FAULT, CSR, PRV_M, PRV_S, PRV_U, PTE_A, PTE_D, PTE_R, PTE_U, PTE_V, PTE_W, PTE_X, SATP_MODE_SV32,
} from '../../../hypervisor/cpu/isa.js';
import { ACCESS_EXEC, ACCESS_READ, ACCESS_WRITE } from '../../../hypervisor/cpu/pmp.js';
import { TRAP } from '../../../hypervisor/cpu/trap.js';
import type { MmioDevice } from '../../../hypervisor/devices/device.js';
import { FLOOD_LIMIT, HPA_BASE, MAX_SHADOWS, ShadowError, ShadowMmu } from '../../../hypervisor/vmm/shadow.js';
import { a0, a1, a2, lw, pmpAllowAll, RAM, step, sw } from '../../helpers/asm.js';
import { prng } from '../../helpers/prng.js';

const MiB = 1 << 20;
const RAM_BYTES = 4 * MiB;
const MACHINE_BYTES = 16 * MiB;
const HPA_PPN = HPA_BASE / 4096;
const ROOT = RAM + 0x1000, L0 = RAM + 0x2000, ROOT_B = RAM + 0x3000, L0_B = RAM + 0x4000;
/** Data pages, each full of a pattern naming its guest frame. */
const PAGE = (n: number): number => RAM + 0x10_000 + n * 0x1000;
/** User pages mapped through L0 (root entry 0x100). */
const UVA = (n: number): number => 0x4000_0000 + n * 0x1000;
/** A user megapage over all of RAM (root entry 0x300); the kernel's identity megapage is root entry 0x200. */
const MEGA_VA = 0xc000_0000;
/** A user code page (L0 entry 50), for accesses made by real instructions through the interpreter's TLB. */
const CODE_VA = UVA(50);
/** The device window the guest may reach (a UART page). */
const DEVICE = VIRT_UART0;
const isDevice = (gpa: number): boolean => gpa >= DEVICE && gpa < DEVICE + 0x1000;
const AD = PTE_A | PTE_D, RW = PTE_R | PTE_W, RWX = PTE_R | PTE_W | PTE_X;
const ACCESSES = [ACCESS_READ, ACCESS_WRITE, ACCESS_EXEC] as const;
const PAGE_FAULT: Record<number, number> = { 1: CAUSE_LOAD_PAGE_FAULT, 2: CAUSE_STORE_PAGE_FAULT, 4: CAUSE_FETCH_PAGE_FAULT };

const pte = (pa: number, flags: number): number => ((Math.floor(pa / 4096) << 10) | flags) >>> 0;
const satpOf = (root: number): number => (SATP_MODE_SV32 | (root / 4096)) >>> 0;
const pattern = (gfn: number, word: number): number => (0x5000_0000 | (gfn << 12) | word) >>> 0;

/** Two identical guests in one machine: `dom` runs on shadows, `twin` natively; `oracle` walks `dom`'s own tables. */
interface Env {
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

function shuffle(a: Int32Array, next: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
}

function newEnv(seed = 1, poolFrames = 64): Env {
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

function testDevice(env: Env): MmioDevice {
  return {
    name: 'dev', base: DEVICE, size: 0x1000,
    read: () => { env.deviceHits++; return 0; },
    write: () => { env.deviceHits++; return true; },
    reset: () => {}, saveState: () => null, restoreState: () => {},
  };
}

/** Machine word offset of guest-physical `gpa` in guest `g`. */
const at = (g: GuestMemory, gpa: number): number => g.range(gpa, 4)[0]!.offset >>> 2;
const peek = (env: Env, gpa: number, g = env.dom): number => env.m32[at(g, gpa)]! >>> 0;
/** Writes a word into both guests, as a loader would (not through any hart). */
function poke(env: Env, gpa: number, v: number): void {
  for (const g of [env.dom, env.twin]) env.m32[at(g, gpa)] = v;
}

/** Tables most tests share: kernel identity megapage, a device megapage, user pages through L0, a user megapage. */
function baseTables(env: Env, root = ROOT): void {
  poke(env, root + 4 * 0x200, pte(RAM, RWX | AD | PTE_V));
  poke(env, root + 4 * 0x040, pte(DEVICE, RW | AD | PTE_V));
  poke(env, root + 4 * 0x100, pte(L0, PTE_V));
  poke(env, root + 4 * 0x300, pte(RAM, RWX | PTE_U | AD | PTE_V));
  for (let i = 0; i < 8; i++) poke(env, L0 + 4 * i, pte(PAGE(i), RW | PTE_U | AD | PTE_V));
  poke(env, L0 + 4 * 50, pte(PAGE(50), PTE_R | PTE_X | PTE_U | AD | PTE_V));
}

/** Activates the guest's translation on all three harts. */
function enter(env: Env, guestSatp: number, view: 'S' | 'U', sum = false, mxr = false): number {
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
type Outcome = { ok: number } | { fault: number; tval: number } | { mmio: true } | { ptWrite: number };

/** Runs one access on the full-mode hart, letting the shadow MMU fill until the access completes or is classified. */
function run(env: Env, va: number, acc: number, value = 0): Outcome {
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

const ACCESS_OF_CAUSE: Record<number, number> = { 12: ACCESS_EXEC, 13: ACCESS_READ, 15: ACCESS_WRITE };

/**
 * Runs one `lw a0, 0(a1)` or `sw a2, 0(a1)` at CODE_VA through the
 * interpreter, whose fast path trusts the real TLB, filling the shadow as
 * the VMM would until the instruction retires or the fault is classified.
 */
function runInsn(env: Env, store: boolean, va: number, value = 0): Outcome {
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
function runNative(env: Env, va: number, acc: number, value = 0): Outcome {
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
function shadowLeaf(env: Env, va: number, satp = env.satp): number {
  const root = (satp & 0x3f_ffff) - HPA_PPN;
  const ptr = env.m32[root * 1024 + (va >>> 22)]!;
  if (!(ptr & PTE_V)) return 0;
  return env.m32[((ptr >>> 10) - HPA_PPN) * 1024 + ((va >>> 12) & 0x3ff)]! >>> 0;
}
const leafFrame = (leaf: number): number => (leaf >>> 10) - HPA_PPN;

describe('fills', () => {
  it('fill a 4 KiB leaf that the real walker follows to the frame P2M names', () => {
    const env = newEnv();
    baseTables(env);
    poke(env, L0 + 4 * 2, pte(PAGE(2), RW | PTE_U | PTE_V)); // no A, no D yet
    enter(env, satpOf(ROOT), 'U');
    expect(run(env, UVA(2) + 8, ACCESS_READ)).toEqual({ ok: pattern(18, 2) });
    let leaf = shadowLeaf(env, UVA(2));
    expect(leafFrame(leaf)).toBe(env.dom.p2m[18]);
    expect(leaf & 0x3ff).toBe(PTE_V | PTE_R | PTE_U | PTE_A); // no W until the guest PTE is dirty
    expect(run(env, UVA(2) + 12, ACCESS_WRITE, 0xabcd)).toEqual({ ok: 0xabcd });
    leaf = shadowLeaf(env, UVA(2));
    expect(leaf & 0x3ff).toBe(PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D);
    expect(peek(env, PAGE(2) + 12)).toBe(0xabcd);
    expect(peek(env, L0 + 8) & AD).toBe(AD);
    expect(env.shadow.counters.shadow_fills).toBe(2);
  });

  it('shadow a megapage as 4 KiB leaves, the whole region on its first fault', () => {
    const env = newEnv();
    baseTables(env);
    enter(env, satpOf(ROOT), 'U');
    expect(run(env, MEGA_VA + 0x21_004, ACCESS_READ)).toEqual({ ok: pattern(0x21, 1) });
    expect(run(env, MEGA_VA + 0x3f_f000, ACCESS_WRITE, 9)).toEqual({ ok: 9 });
    expect(run(env, MEGA_VA + 0x3f_f000, ACCESS_EXEC)).toEqual({ ok: 0x3ff });
    for (const g of [0, 0x21, 0x3ff]) {
      expect(leafFrame(shadowLeaf(env, MEGA_VA + g * 4096))).toBe(env.dom.p2m[g]);
      expect(shadowLeaf(env, MEGA_VA + g * 4096) & 0x3ff).toBe(PTE_V | RWX | PTE_U | AD);
    }
    const root = (env.satp & 0x3f_ffff) - HPA_PPN;
    expect(env.m32[root * 1024 + 0x300]! & RWX).toBe(0); // a pointer: the shadow has no megapages
    expect(shadowLeaf(env, MEGA_VA + (ROOT - RAM)) & PTE_W).toBe(0); // the guest's own tables stay read-only
    expect(env.shadow.counters).toMatchObject({ shadow_fills: 1, shadow_prefills: 1023 });
  });

  it('fill ahead only what the guest already grants with A set, W only with D', () => {
    const env = newEnv();
    baseTables(env);
    poke(env, L0 + 4 * 9, pte(PAGE(9), RW | PTE_U | PTE_V)); // not accessed yet
    poke(env, L0 + 4 * 10, pte(PAGE(10), RW | PTE_U | PTE_A | PTE_V)); // accessed, clean
    poke(env, L0 + 4 * 11, pte(DEVICE, RW | PTE_U | AD | PTE_V));
    poke(env, L0 + 4 * 12, pte(PAGE(12), RW | AD | PTE_V)); // not a user page
    poke(env, L0 + 4 * 13, pte(PAGE(13), PTE_W | PTE_U | AD | PTE_V)); // W without R: reserved
    poke(env, L0 + 4 * 14, pte(PAGE(14), RW | PTE_U | AD | PTE_V));
    env.dom.p2m[30] = -1; // PAGE(14) is not populated
    enter(env, satpOf(ROOT), 'U');
    expect(run(env, UVA(0), ACCESS_READ)).toEqual({ ok: pattern(16, 0) });
    expect(env.shadow.counters).toMatchObject({ shadow_fills: 1, shadow_prefills: 9 }); // UVA(1..7), UVA(10), the code page
    expect(shadowLeaf(env, UVA(7)) & 0x3ff).toBe(PTE_V | RW | PTE_U | AD);
    expect(shadowLeaf(env, UVA(10)) & 0x3ff).toBe(PTE_V | PTE_R | PTE_U | PTE_A);
    expect([9, 11, 12, 13, 14].map((n) => shadowLeaf(env, UVA(n)))).toEqual([0, 0, 0, 0, 0]);
    expect(peek(env, L0 + 4 * 9) & AD).toBe(0);
    expect(run(env, UVA(14), ACCESS_READ)).toEqual({ fault: CAUSE_LOAD_ACCESS, tval: UVA(14) });
  });

  it('a Bare guest satp maps guest-physical addresses one to one, everything allowed', () => {
    const env = newEnv();
    enter(env, 0, 'U');
    expect(run(env, PAGE(3) + 4, ACCESS_READ)).toEqual({ ok: pattern(19, 1) });
    expect(run(env, PAGE(3) + 4, ACCESS_WRITE, 7)).toEqual({ ok: 7 });
    expect(run(env, PAGE(3), ACCESS_EXEC)).toEqual({ ok: 19 });
    expect(run(env, DEVICE + 4, ACCESS_READ)).toEqual({ mmio: true });
    expect(run(env, DEVICE + 0x2000, ACCESS_READ)).toEqual({ fault: CAUSE_LOAD_ACCESS, tval: DEVICE + 0x2000 });
    expect(enter(env, 0, 'S', true, true)).toBe(env.shadow.activate(0, 'U', false, false)); // one Bare shadow
  });
});

describe('faults and A/D bits match the native walker', () => {
  /** Compares every access on both sides, then the guests' memory byte for byte (A/D bits included). */
  function compare(env: Env, vas: number[], views: Array<['S' | 'U', boolean, boolean]>, root = ROOT): void {
    let n = 0;
    for (const [view, sum, mxr] of views) {
      enter(env, satpOf(root), view, sum, mxr);
      for (const va of vas) {
        for (const acc of [ACCESS_READ, ACCESS_EXEC, ACCESS_WRITE, ACCESS_READ, ACCESS_WRITE]) {
          const v = 0x1000 + n++;
          expect(run(env, va, acc, v), `${view} sum=${sum} mxr=${mxr} ${acc}@0x${va.toString(16)}`).toEqual(runNative(env, va, acc, v));
        }
      }
    }
    const differs = (g: number): boolean => !Buffer.from(env.dom.read(RAM + g * 4096, 4096)).equals(env.twin.read(RAM + g * 4096, 4096));
    expect(Array.from({ length: RAM_BYTES / 4096 }, (_, g) => g).filter(differs)).toEqual([]);
  }
  const ALL_VIEWS: Array<['S' | 'U', boolean, boolean]> = [];
  for (const view of ['S', 'U'] as const) for (const sum of [false, true]) for (const mxr of [false, true]) ALL_VIEWS.push([view, sum, mxr]);

  it('for every R/W/X and U combination, in both views, with and without SUM and MXR', () => {
    const env = newEnv(2);
    baseTables(env);
    const kinds = [PTE_R, RW, PTE_X, PTE_R | PTE_X, RWX];
    const vas: number[] = [];
    kinds.forEach((k, i) => {
      for (const u of [0, PTE_U]) {
        const n = 8 + 2 * i + (u ? 1 : 0);
        poke(env, L0 + 4 * n, pte(PAGE(n), k | u | PTE_V)); // A and D clear: the walks set them
        vas.push(UVA(n) + 4 * n);
      }
    });
    compare(env, vas, ALL_VIEWS);
  });

  it('for malformed tables, holes, devices and addresses outside RAM', () => {
    const env = newEnv(3);
    baseTables(env);
    const U = PTE_U | PTE_V;
    poke(env, L0 + 4 * 20, 0);
    poke(env, L0 + 4 * 21, pte(PAGE(21), PTE_W | PTE_U | AD | PTE_V)); // W without R
    poke(env, L0 + 4 * 22, pte(PAGE(22), PTE_V)); // a pointer at the last level
    poke(env, L0 + 4 * 23, pte(0x7000_0000, RWX | U)); // below RAM, no device
    poke(env, L0 + 4 * 24, pte(RAM + RAM_BYTES, RWX | U)); // just past RAM
    poke(env, L0 + 4 * 25, pte(DEVICE, RWX | U));
    poke(env, L0 + 4 * 26, pte(DEVICE + 0x2000, RW | U));
    poke(env, L0 + 4 * 27, pte(0x3_0000_0000, RW | U)); // a 34-bit physical address
    poke(env, ROOT + 4 * 0x301, pte(RAM + 0x1000, RWX | U)); // misaligned megapage
    poke(env, ROOT + 4 * 0x102, pte(0x7000_0000, PTE_V)); // second-level table outside RAM
    poke(env, ROOT + 4 * 0x103, pte(RAM + RAM_BYTES, PTE_V));
    poke(env, ROOT + 4 * 0x104, pte(DEVICE, PTE_V)); // a table in a device window
    const vas = [20, 21, 22, 23, 24, 25, 26, 27].map((n) => UVA(n) + 8);
    vas.push(0xc040_0010, 0x4080_0000, 0x40c0_0004, 0x4100_0000, 0x1000_0000, 0x1000_2000);
    compare(env, vas, ALL_VIEWS);
    enter(env, satpOf(ROOT), 'U');
    expect(run(env, 0x4080_0000, ACCESS_READ)).toEqual({ fault: CAUSE_LOAD_ACCESS, tval: 0 });
    expect(run(env, UVA(25), ACCESS_EXEC)).toEqual({ fault: CAUSE_FETCH_ACCESS, tval: UVA(25) });
    expect(run(env, UVA(24), ACCESS_WRITE)).toEqual({ fault: CAUSE_STORE_ACCESS, tval: UVA(24) });
    expect(run(env, UVA(25) + 4, ACCESS_WRITE)).toEqual({ mmio: true });
    expect(env.shadow.fault(UVA(25) + 4, ACCESS_READ)).toEqual({ kind: 'mmio', gpa: DEVICE + 4 });
    expect(shadowLeaf(env, UVA(25))).toBe(0); // devices are never mapped
  });

  it('a root table outside RAM is an access fault for every access, with tval 0', () => {
    const env = newEnv();
    enter(env, satpOf(0x7000_0000), 'S');
    for (const acc of ACCESSES) expect(run(env, 0x1234, acc)).toEqual(runNative(env, 0x1234, acc));
    expect(run(env, 0x1234, ACCESS_WRITE)).toEqual({ fault: CAUSE_STORE_ACCESS, tval: 0 });
  });
});

describe('the U bit, SUM and MXR in the shadow', () => {
  it('view U reaches only U pages; view S reaches U pages only under SUM, and never executes them', () => {
    const env = newEnv();
    baseTables(env);
    poke(env, L0 + 4 * 9, pte(PAGE(9), RWX | AD | PTE_V)); // a kernel page in the user region
    poke(env, L0 + 4 * 10, pte(PAGE(10), RWX | PTE_U | AD | PTE_V));
    enter(env, satpOf(ROOT), 'U');
    expect(run(env, UVA(9), ACCESS_READ)).toEqual({ fault: CAUSE_LOAD_PAGE_FAULT, tval: UVA(9) });
    expect(run(env, UVA(10), ACCESS_EXEC)).toEqual({ ok: 26 });
    expect(run(env, RAM, ACCESS_READ)).toEqual({ fault: CAUSE_LOAD_PAGE_FAULT, tval: RAM });
    enter(env, satpOf(ROOT), 'S');
    expect(run(env, UVA(10), ACCESS_READ)).toEqual({ fault: CAUSE_LOAD_PAGE_FAULT, tval: UVA(10) });
    expect(run(env, UVA(9), ACCESS_EXEC)).toEqual({ ok: 25 });
    enter(env, satpOf(ROOT), 'S', true);
    expect(run(env, UVA(10), ACCESS_WRITE, 5)).toEqual({ ok: 5 });
    expect(run(env, UVA(10), ACCESS_EXEC)).toEqual({ fault: CAUSE_FETCH_PAGE_FAULT, tval: UVA(10) });
    expect(shadowLeaf(env, UVA(10)) & (PTE_X | PTE_W | PTE_R | PTE_U)).toBe(PTE_R | PTE_W | PTE_U);
  });

  it('MXR makes execute-only pages readable, in a shadow of its own', () => {
    const env = newEnv();
    baseTables(env);
    poke(env, L0 + 4 * 11, pte(PAGE(11), PTE_X | PTE_U | AD | PTE_V));
    const plain = enter(env, satpOf(ROOT), 'U');
    expect(run(env, UVA(11), ACCESS_READ)).toEqual({ fault: CAUSE_LOAD_PAGE_FAULT, tval: UVA(11) });
    expect(enter(env, satpOf(ROOT), 'U', false, true)).not.toBe(plain);
    expect(run(env, UVA(11) + 4, ACCESS_READ)).toEqual({ ok: pattern(27, 1) });
    expect(shadowLeaf(env, UVA(11)) & RWX).toBe(PTE_R | PTE_X);
  });
});

describe('write protection of guest page tables', () => {
  /** User view over ROOT, with L0 itself also mapped to the user at UVA(30), read-write. */
  function aliased(): Env {
    const env = newEnv(4);
    baseTables(env);
    poke(env, L0 + 4 * 30, pte(L0, RW | PTE_U | AD | PTE_V));
    enter(env, satpOf(ROOT), 'U');
    return env;
  }

  it('a store to a guest table is a pt-write; after writeProtected the old translation is gone, even from the real TLB', () => {
    const env = aliased();
    expect(run(env, UVA(1), ACCESS_READ)).toEqual({ ok: pattern(17, 0) });
    expect(runInsn(env, false, UVA(0))).toEqual({ ok: pattern(16, 0) });
    const tlbHits = env.hart.tlbHits;
    expect(runInsn(env, false, UVA(0) + 4)).toEqual({ ok: pattern(16, 1) });
    expect(env.hart.tlbHits).toBeGreaterThan(tlbHits); // UVA(0) is in the real TLB now
    const kept = shadowLeaf(env, UVA(1));
    expect(run(env, UVA(30) + 4, ACCESS_READ)).toEqual({ ok: pte(PAGE(1), RW | PTE_U | AD | PTE_V) });
    const next = pte(PAGE(5), PTE_R | PTE_U | PTE_V);
    expect(run(env, UVA(30), ACCESS_WRITE, next)).toEqual({ ptWrite: L0 });
    expect(env.shadow.counters.wp_faults).toBe(1);
    env.shadow.writeProtected(L0, 4, next);
    const fills = env.shadow.counters.shadow_fills;
    expect(peek(env, L0)).toBe(next);
    expect(env.shadow.counters.shadow_syncs).toBe(1);
    expect(shadowLeaf(env, UVA(0))).toBe(0);
    expect(shadowLeaf(env, UVA(1))).toBe(kept); // precise: the neighbour survives
    expect(runInsn(env, false, UVA(0))).toEqual({ ok: pattern(21, 0) });
    expect(peek(env, L0) & PTE_A).toBe(PTE_A);
    expect(run(env, UVA(1), ACCESS_READ)).toEqual({ ok: pattern(17, 0) });
    expect(env.shadow.counters.shadow_fills).toBe(fills + 1); // the new UVA(0); nothing for UVA(1)
  });

  it('a changed root entry drops that 4 MiB region of the shadow and nothing else', () => {
    const env = aliased();
    poke(env, L0 + 4 * 31, pte(ROOT, RW | PTE_U | AD | PTE_V));
    for (let g = 0x100; g < 0x180; g++) run(env, MEGA_VA + g * 4096, ACCESS_READ); // a big region: dropped with one flush
    expect(runInsn(env, false, MEGA_VA + 0x12_000)).toEqual({ ok: pattern(0x12, 0) });
    expect(runInsn(env, false, MEGA_VA + 0x12_004)).toEqual({ ok: pattern(0x12, 1) });
    expect(run(env, UVA(2), ACCESS_READ)).toEqual({ ok: pattern(18, 0) });
    const moved = pte(RAM + 0x40_0000, RWX | PTE_U | AD | PTE_V); // past RAM now
    expect(run(env, UVA(31) + 4 * 0x300, ACCESS_WRITE, moved)).toEqual({ ptWrite: ROOT + 4 * 0x300 });
    env.shadow.writeProtected(ROOT + 4 * 0x300, 4, moved);
    expect(shadowLeaf(env, MEGA_VA + 0x12_000)).toBe(0);
    expect(shadowLeaf(env, UVA(2))).not.toBe(0);
    expect(runInsn(env, false, MEGA_VA + 0x12_000)).toEqual({ fault: CAUSE_LOAD_ACCESS, tval: MEGA_VA + 0x12_000 });
    expect(run(env, MEGA_VA + 0x140_000, ACCESS_READ)).toEqual({ fault: CAUSE_LOAD_ACCESS, tval: MEGA_VA + 0x140_000 });
  });

  it('a partial store to a PTE, and one that spans two PTEs, resyncs both entries', () => {
    const env = aliased();
    for (const n of [3, 4]) run(env, UVA(n), ACCESS_READ);
    env.shadow.writeProtected(L0 + 4 * 3 + 2, 4, 0); // the high half of PTE 3, the low half of PTE 4
    expect([shadowLeaf(env, UVA(3)), shadowLeaf(env, UVA(4))]).toEqual([0, 0]);
    expect(run(env, UVA(3), ACCESS_READ)).toEqual({ fault: CAUSE_LOAD_ACCESS, tval: UVA(3) }); // PPN 0x13 now: below RAM
    expect(run(env, UVA(4), ACCESS_READ)).toEqual({ fault: CAUSE_LOAD_PAGE_FAULT, tval: UVA(4) }); // V cleared
    run(env, UVA(5), ACCESS_READ);
    env.shadow.writeProtected(L0 + 4 * 5, 1, pte(PAGE(5), RW | PTE_U | AD | PTE_V) & 0xff); // same byte: nothing to drop
    expect(shadowLeaf(env, UVA(5))).not.toBe(0);
    expect(() => env.shadow.writeProtected(RAM + RAM_BYTES - 2, 4, 0)).toThrow(ShadowError);
  });

  it('a second-level table two shadows use is synced in both', () => {
    const env = aliased();
    const user = env.satp;
    run(env, UVA(6), ACCESS_READ);
    enter(env, satpOf(ROOT), 'S', true);
    run(env, UVA(6), ACCESS_READ);
    expect(shadowLeaf(env, UVA(6), user)).not.toBe(0);
    env.shadow.writeProtected(L0 + 4 * 6, 4, 0);
    expect([shadowLeaf(env, UVA(6), user), shadowLeaf(env, UVA(6))]).toEqual([0, 0]);
  });

  it('a page that becomes a page table loses W in every shadow', () => {
    const env = aliased();
    const data = PAGE(7);
    for (let i = 0; i < 4; i++) expect(run(env, UVA(7) + 4 * i, ACCESS_WRITE, 0)).toEqual({ ok: 0 }); // the guest zeroes it
    expect(shadowLeaf(env, UVA(7)) & PTE_W).toBe(PTE_W);
    const entry = pte(PAGE(9), RW | PTE_U | AD | PTE_V);
    expect(runInsn(env, true, UVA(7), 1)).toEqual({ ok: 1 });
    expect(runInsn(env, true, UVA(7), entry)).toEqual({ ok: entry }); // through the real TLB's write tag
    poke(env, L0 + 4 * 32, pte(ROOT, RW | PTE_U | AD | PTE_V));
    const link = pte(data, PTE_V);
    expect(run(env, UVA(32) + 4 * 0x101, ACCESS_WRITE, link)).toEqual({ ptWrite: ROOT + 4 * 0x101 });
    env.shadow.writeProtected(ROOT + 4 * 0x101, 4, link);
    expect(run(env, 0x4040_0000, ACCESS_READ)).toEqual({ ok: pattern(25, 0) }); // walks through `data`
    expect(env.shadow.protects(data)).toBe(true);
    expect(shadowLeaf(env, UVA(7)) & PTE_W).toBe(0);
    expect(run(env, UVA(7) + 8, ACCESS_READ)).toEqual({ ok: 0 });
    expect(runInsn(env, true, UVA(7) + 4, 0)).toEqual({ ptWrite: data + 4 });
  });

  it('a freed second-level table is unprotected, and the guest reuses it as data at full speed', () => {
    const env = aliased();
    run(env, UVA(0), ACCESS_READ);
    enter(env, satpOf(ROOT), 'S');
    expect(env.shadow.protects(L0)).toBe(true);
    expect(run(env, L0 + 0x100, ACCESS_WRITE, 1)).toEqual({ ptWrite: L0 + 0x100 }); // through the kernel's identity map
    env.shadow.writeProtected(L0 + 0x100, 4, 1);
    expect(run(env, ROOT + 4 * 0x100, ACCESS_WRITE, 0)).toEqual({ ptWrite: ROOT + 4 * 0x100 });
    env.shadow.writeProtected(ROOT + 4 * 0x100, 4, 0);
    expect(env.shadow.protects(L0)).toBe(false);
    const pts = env.shadow.counters.wp_faults;
    for (let i = 0; i < 1024; i++) expect(run(env, L0 + 4 * i, ACCESS_WRITE, i)).toEqual({ ok: i });
    expect(env.shadow.counters.wp_faults).toBe(pts);
    expect(peek(env, L0 + 4 * 77)).toBe(77);
    enter(env, satpOf(ROOT), 'U');
    expect(run(env, UVA(0), ACCESS_READ)).toEqual({ fault: CAUSE_LOAD_PAGE_FAULT, tval: UVA(0) });
  });

  it('a table stored to FLOOD_LIMIT times without a walk through it is unshadowed', () => {
    const env = newEnv(5);
    baseTables(env);
    baseTables(env, ROOT_B);
    enter(env, satpOf(ROOT), 'U');
    run(env, UVA(0), ACCESS_READ);
    enter(env, satpOf(ROOT_B), 'S'); // process A's root is still cached, and protected
    expect(env.shadow.protects(ROOT)).toBe(true);
    for (let i = 0; i < FLOOD_LIMIT; i++) {
      expect(run(env, ROOT + 4 * i, ACCESS_WRITE, 0)).toEqual({ ptWrite: ROOT + 4 * i });
      env.shadow.writeProtected(ROOT + 4 * i, 4, 0);
    }
    expect(env.shadow.protects(ROOT)).toBe(false);
    expect(env.shadow.counters.wp_unshadows).toBe(1);
    expect(run(env, ROOT + 4 * 0x200, ACCESS_WRITE, 0)).toEqual({ ok: 0 });
    expect(env.shadow.protects(ROOT_B)).toBe(true);
  });
  it('a second-level table flooded with stores is unshadowed in every region using it; walks in between reset the count', () => {
    const env = newEnv(5);
    baseTables(env);
    poke(env, L0 + 4 * 9, pte(PAGE(9), PTE_R | PTE_U | PTE_V));
    enter(env, satpOf(ROOT), 'U');
    run(env, UVA(0), ACCESS_READ);
    enter(env, satpOf(ROOT), 'S');
    const kernelStore = (i: number): void => {
      expect(run(env, L0 + 4 * (100 + i), ACCESS_WRITE, i)).toEqual({ ptWrite: L0 + 4 * (100 + i) });
      env.shadow.writeProtected(L0 + 4 * (100 + i), 4, i);
    };
    for (let i = 0; i < FLOOD_LIMIT - 1; i++) kernelStore(i);
    enter(env, satpOf(ROOT), 'U');
    run(env, UVA(9), ACCESS_READ); // a walk through L0 (entry 9: not filled ahead, its A bit is clear)
    enter(env, satpOf(ROOT), 'S');
    for (let i = 0; i < FLOOD_LIMIT - 1; i++) kernelStore(i);
    expect(env.shadow.protects(L0)).toBe(true);
    kernelStore(FLOOD_LIMIT);
    expect(env.shadow.protects(L0)).toBe(false);
    expect(env.shadow.counters.wp_unshadows).toBe(1);
    expect(run(env, L0 + 4 * 200, ACCESS_WRITE, 7)).toEqual({ ok: 7 });
    enter(env, satpOf(ROOT), 'U');
    expect(shadowLeaf(env, UVA(0))).toBe(0);
    expect(run(env, UVA(0), ACCESS_READ)).toEqual({ ok: pattern(16, 0) }); // walked again: protected again
    expect(env.shadow.protects(L0)).toBe(true);
  });
});

describe('the shadow cache', () => {
  it('switching between two roots and back reuses the cached shadows', () => {
    const env = newEnv();
    baseTables(env);
    baseTables(env, ROOT_B);
    poke(env, ROOT_B + 4 * 0x100, pte(L0_B, PTE_V));
    poke(env, L0_B, pte(PAGE(9), RW | PTE_U | AD | PTE_V));
    const a = enter(env, satpOf(ROOT), 'U');
    expect(run(env, UVA(0), ACCESS_READ)).toEqual({ ok: pattern(16, 0) });
    const b = enter(env, satpOf(ROOT_B), 'U');
    expect(run(env, UVA(0), ACCESS_READ)).toEqual({ ok: pattern(25, 0) });
    const fills = env.shadow.counters.shadow_fills;
    for (let k = 0; k < 3; k++) {
      expect(enter(env, satpOf(ROOT), 'U')).toBe(a);
      expect(run(env, UVA(0), ACCESS_READ)).toEqual({ ok: pattern(16, 0) });
      expect(enter(env, satpOf(ROOT_B), 'U')).toBe(b);
      expect(run(env, UVA(0), ACCESS_READ)).toEqual({ ok: pattern(25, 0) });
    }
    expect(env.shadow.counters.shadow_fills).toBe(fills);
    expect(env.shadow.counters.shadows_live).toBe(2);
  });

  it(`keeps at most ${MAX_SHADOWS} shadows; the least recently used goes and its root is unprotected`, () => {
    const env = newEnv();
    baseTables(env);
    const roots = Array.from({ length: MAX_SHADOWS + 1 }, (_, i) => PAGE(100 + i));
    for (const r of roots) {
      poke(env, r + 4 * 0x100, pte(L0, PTE_V));
      enter(env, satpOf(r), 'U');
      expect(run(env, UVA(1), ACCESS_READ)).toEqual({ ok: pattern(17, 0) });
    }
    expect(env.shadow.counters.shadows_live).toBe(MAX_SHADOWS);
    expect(roots.map((r) => env.shadow.protects(r))).toEqual(roots.map((_, i) => i > 0));
    expect(env.shadow.protects(L0)).toBe(true);
  });
});

describe('sfence.vma', () => {
  it('with an address drops that page from every shadow and from the real TLB', () => {
    const env = newEnv();
    baseTables(env);
    const kernel = enter(env, satpOf(ROOT), 'S', true);
    run(env, UVA(2), ACCESS_READ);
    enter(env, satpOf(ROOT), 'U');
    run(env, UVA(3), ACCESS_READ);
    expect(runInsn(env, false, UVA(2))).toEqual({ ok: pattern(18, 0) });
    expect(runInsn(env, false, UVA(2) + 4)).toEqual({ ok: pattern(18, 1) });
    const fills = env.shadow.counters.shadow_fills;
    poke(env, L0 + 4 * 2, pte(PAGE(12), RW | PTE_U | AD | PTE_V)); // a loader's write, not trapped: only the fence tells
    env.shadow.fence(UVA(2));
    expect([shadowLeaf(env, UVA(2), kernel), shadowLeaf(env, UVA(2))]).toEqual([0, 0]);
    expect(shadowLeaf(env, UVA(3))).not.toBe(0);
    expect(runInsn(env, false, UVA(2))).toEqual({ ok: pattern(28, 0) });
    expect(env.shadow.counters).toMatchObject({ shadow_fills: fills + 1, shadow_flushes: 1 });
  });

  it('without one drops every shadow entry and all write protection, and the current shadow still works', () => {
    const env = newEnv();
    baseTables(env);
    enter(env, satpOf(ROOT_B), 'U');
    const satp = enter(env, satpOf(ROOT), 'U');
    run(env, UVA(2), ACCESS_READ);
    run(env, MEGA_VA, ACCESS_READ);
    env.shadow.fence();
    expect([env.shadow.protects(ROOT), env.shadow.protects(L0)]).toEqual([false, false]);
    expect(shadowLeaf(env, UVA(2))).toBe(0);
    expect(env.shadow.counters.shadows_live).toBe(1);
    expect(run(env, UVA(2), ACCESS_READ)).toEqual({ ok: pattern(18, 0) });
    expect(enter(env, satpOf(ROOT), 'U')).toBe(satp);
    expect(env.shadow.protects(L0)).toBe(true);
  });
});

describe('the pool', () => {
  it.each([2, 3])('with %i frames, runs dry, drops everything and keeps working', (frames) => {
    const env = newEnv(6, frames);
    baseTables(env);
    for (const e of [0x301, 0x302, 0x303]) poke(env, ROOT + 4 * e, pte(RAM, RWX | PTE_U | AD | PTE_V));
    enter(env, satpOf(ROOT), 'U');
    for (let round = 0; round < 3; round++) {
      for (const [va, gfn] of [[UVA(1), 17], [0xc000_5000, 5], [0xc040_6000, 6], [0xc080_7000, 7], [0xc0c0_8000, 8]] as const) {
        expect(run(env, va + 4, ACCESS_READ)).toEqual({ ok: pattern(gfn, 1) });
      }
    }
    expect(env.shadow.counters.pool_resets).toBeGreaterThan(0);
    enter(env, satpOf(ROOT_B), 'U'); // a second root out of a dry pool
    expect(run(env, UVA(1), ACCESS_READ)).toEqual({ fault: CAUSE_LOAD_PAGE_FAULT, tval: UVA(1) });
    checkIsolation(env);
  });

  it('refuses a pool that is too small, repeats a frame, or holds a frame of the domain', () => {
    const env = newEnv();
    const opts = { machine: env.mm.buffer, p2m: env.dom.p2m, ramBase: RAM, ramBytes: RAM_BYTES, isDevice, flushTlb: (): void => {} };
    expect(() => new ShadowMmu({ ...opts, pool: env.pool.subarray(0, 1) })).toThrow(ShadowError);
    expect(() => new ShadowMmu({ ...opts, pool: Int32Array.of(env.pool[0]!, env.pool[0]!) })).toThrow(ShadowError);
    expect(() => new ShadowMmu({ ...opts, pool: Int32Array.of(env.pool[0]!, env.dom.p2m[5]!) })).toThrow(/domain/);
    expect(() => new ShadowMmu({ ...opts, pool: env.pool }).fault(0, ACCESS_READ)).toThrow(/activate/);
  });
});

/** Every valid entry in every pool frame is a pointer to a pool frame or a U+A leaf on a frame of the domain. */
function checkIsolation(env: Env): void {
  const pool = new Set(env.pool), own = new Set(env.dom.p2m), bad: string[] = [];
  for (const f of env.pool) {
    for (let i = 0; i < 1024; i++) {
      const e = env.m32[f * 1024 + i]!;
      if (!(e & PTE_V)) continue;
      const frame = leafFrame(e);
      const ok = e & RWX ? own.has(frame) && (e & (PTE_U | PTE_A)) === (PTE_U | PTE_A) && (!(e & PTE_W) || (e & PTE_D) !== 0) : pool.has(frame);
      if (!ok) bad.push(`entry ${i} of pool frame ${f}: 0x${(e >>> 0).toString(16)}`);
    }
  }
  expect(bad).toEqual([]);
}

/**
 * Leaves of the current shadow (those at `vpn0s` in each region, or all)
 * grant only what the guest's tables grant now, on the frame they name.
 */
function checkCoherence(env: Env, vpn0s: readonly number[] | null = null): void {
  const root = (env.satp & 0x3f_ffff) - HPA_PPN, mmu = env.oracle.mmu, bad: string[] = [];
  const all = Array.from({ length: 1024 }, (_, i) => i);
  for (let vpn1 = 0; vpn1 < 1024; vpn1++) {
    const ptr = env.m32[root * 1024 + vpn1]!;
    if (!(ptr & PTE_V)) continue;
    for (const vpn0 of vpn0s ?? all) {
      const leaf = env.m32[((ptr >>> 10) - HPA_PPN) * 1024 + vpn0]!;
      if (!(leaf & PTE_V)) continue;
      const va = (vpn1 * 1024 + vpn0) * 4096;
      for (const [bit, acc] of [[PTE_R, ACCESS_READ], [PTE_W, ACCESS_WRITE], [PTE_X, ACCESS_EXEC]] as const) {
        if (!(leaf & bit)) continue;
        let pa = -1;
        try { pa = mmu.translate(va, acc, env.priv); } catch (e) { if (e !== TRAP) throw e; }
        const ok = pa >= 0 && env.dom.p2m[(pa - RAM) / 4096] === leafFrame(leaf) && (acc !== ACCESS_WRITE || !env.shadow.protects(pa));
        if (!ok) bad.push(`0x${va.toString(16)} access ${acc}: shadow leaf 0x${(leaf >>> 0).toString(16)}, guest gives 0x${pa.toString(16)}`);
      }
    }
  }
  expect(bad).toEqual([]);
}

/** A 'guest' outcome is what the guest's own tables say, read by the native walker over the same memory. */
function checkGuestFault(env: Env, va: number, acc: number, out: Outcome): void {
  if (!('fault' in out)) return;
  let pa = -1;
  try {
    pa = env.oracle.mmu.translate(va, acc, env.priv);
  } catch (e) {
    if (e !== TRAP) throw e;
    expect(out).toEqual({ fault: TRAP.cause, tval: TRAP.tval >>> 0 });
    return;
  }
  expect(env.oracle.bus.ramOffset(pa)).toBe(-1);
  expect(acc === ACCESS_EXEC || !isDevice(pa)).toBe(true);
}

/** Random guest tables over ROOT/ROOT_B/PAGE(40) and L0/L0_B/PAGE(41): mostly plausible entries, some junk. */
function fuzzTables(env: Env, next: () => number): { roots: number[]; tables: number[]; randomPte: () => number } {
  const pick = <T>(a: readonly T[]): T => a[next() % a.length]!;
  const roots = [ROOT, ROOT_B, PAGE(40)], l0s = [L0, L0_B, PAGE(41)], tables = [...roots, ...l0s];
  const flags = (): number => PTE_V | pick([PTE_R, RW, RW, PTE_X, PTE_R | PTE_X, RWX, RWX, PTE_W]) |
    (next() % 2 ? PTE_U : 0) | (next() % 3 ? PTE_A : 0) | (next() % 3 ? PTE_D : 0);
  const leaf = (): number => pte(pick([PAGE(next() % 64), PAGE(next() % 64), ...tables, DEVICE, DEVICE + 0x2000, RAM + RAM_BYTES, 0x7000_0000]), flags());
  const pointer = (): number => pte(pick([...l0s, ...l0s, ...l0s, ...roots, 0x7000_0000, DEVICE]), PTE_V);
  const mega = (): number => pte(pick([RAM, RAM, RAM + 0x1000, 0x7000_0000 - 0x40_0000]), flags());
  const randomPte = (): number => {
    const r = next() % 10;
    return r < 4 ? leaf() : r < 7 ? pointer() : r < 9 ? mega() : next();
  };
  for (const t of roots) for (const i of FUZZ_VPN1) poke(env, t + 4 * i, next() % 5 ? pick([pointer, pointer, mega])() : randomPte());
  for (const t of l0s) for (const i of FUZZ_VPN0) poke(env, t + 4 * i, next() % 5 ? leaf() : randomPte());
  for (const t of roots) {
    poke(env, t + 4 * 0x200, pte(RAM, RWX | AD | PTE_V)); // the kernel's view of RAM, page tables included
    poke(env, t + 4 * 0x300, pte(RAM, RWX | PTE_U | AD | PTE_V));
  }
  return { roots, tables, randomPte };
}
const FUZZ_VPN1 = [0x000, 0x040, 0x100, 0x101, 0x200, 0x300, 0x3ff], FUZZ_VPN0 = [0, 1, 2, 3, 0x3ff];

/** One fuzzing run: random switches, accesses (with their pt-writes), table edits and fences, checked after every step. */
function fuzz(seed: number, steps: number): ShadowMmu['counters'] {
  const next = prng(seed);
  const env = newEnv(seed, 10);
  const pick = <T>(a: readonly T[]): T => a[next() % a.length]!;
  const { roots, tables, randomPte } = fuzzTables(env, next);
  const va = (): number => ((pick(FUZZ_VPN1) << 22) + (pick(FUZZ_VPN0) << 12) + 4 * (next() % 1024)) >>> 0;
  const before = env.mm.bytes.slice();
  enter(env, satpOf(ROOT), 'S');
  for (let step = 0; step < steps; step++) {
    const r = next() % 16;
    if (r === 0) enter(env, next() % 8 ? satpOf(pick(roots)) : next(), pick(['S', 'U'] as const), next() % 2 === 0, next() % 2 === 0);
    else if (r === 1) env.shadow.fence(next() % 4 ? va() : undefined);
    else if (r === 2) env.shadow.writeProtected(pick(tables) + 4 * pick([...FUZZ_VPN1, ...FUZZ_VPN0]) + pick([0, 1, 2]), pick([1, 2, 4] as const), randomPte());
    else {
      const at = va(), acc = pick(ACCESSES);
      const out = run(env, at, acc, next() % 2 ? randomPte() : next());
      if ('ptWrite' in out) env.shadow.writeProtected(out.ptWrite, 4, randomPte());
      checkGuestFault(env, at, acc, out);
    }
    checkIsolation(env);
    checkCoherence(env, step % 50 === 0 ? null : [...FUZZ_VPN0, next() % 1024, next() % 1024]);
  }
  const mine = new Set([...env.dom.p2m, ...env.pool]);
  const touched = Array.from({ length: env.mm.frames }, (_, f) => f)
    .filter((f) => !mine.has(f) && !Buffer.from(env.mm.bytes.subarray(f * 4096, (f + 1) * 4096)).equals(before.subarray(f * 4096, (f + 1) * 4096)));
  expect(touched, 'frames outside the domain and the pool that changed').toEqual([]);
  return env.shadow.counters;
}

describe('isolation under fuzzing', () => {
  it('random guest tables, switches, stores and fences never map a frame the domain does not own', () => {
    const total: Record<string, number> = {};
    for (let seed = 1; seed <= 8; seed++) {
      for (const [k, v] of Object.entries(fuzz(seed * 0x9e37, 500))) total[k] = (total[k] ?? 0) + v;
    }
    for (const k of ['shadow_fills', 'shadow_syncs', 'wp_faults', 'guest_page_faults', 'mmio_faults', 'shadow_flushes', 'pool_resets']) {
      expect(total[k], k).toBeGreaterThan(0);
    }
  });
});
