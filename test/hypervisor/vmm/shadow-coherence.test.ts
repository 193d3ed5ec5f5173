/**
 * Shadow page tables kept coherent: write protection of guest page tables
 * and precise syncs, the cache of shadows across address-space switches,
 * sfence.vma, the frame pool, and isolation under random fuzzing.
 */
import { describe, expect, it } from 'vitest';
import { CAUSE_LOAD_ACCESS, CAUSE_LOAD_PAGE_FAULT, PTE_A, PTE_D, PTE_R, PTE_U, PTE_V, PTE_W, PTE_X } from '../../../hypervisor/cpu/isa.js';
import { ACCESS_EXEC, ACCESS_READ, ACCESS_WRITE } from '../../../hypervisor/cpu/pmp.js';
import { TRAP } from '../../../hypervisor/cpu/trap.js';
import { FLOOD_LIMIT, MAX_SHADOWS, ShadowError, ShadowMmu } from '../../../hypervisor/vmm/shadow.js';
import { RAM } from '../../helpers/asm.js';
import { prng } from '../../helpers/prng.js';
import { RAM_BYTES, HPA_PPN, ROOT, L0, ROOT_B, L0_B, PAGE, UVA, MEGA_VA, DEVICE, isDevice, AD, RW, RWX, ACCESSES, pte, satpOf, pattern, newEnv, peek, poke, baseTables, enter, run, runInsn, shadowLeaf, leafFrame, type Env, type Outcome } from '../../helpers/shadow-env.js';

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
