/**
 * Shadow page tables (Privileged spec §4.3, Sv32, under trap-and-emulate):
 * a real hart in U-mode over all of machine memory walks the shadow tables
 * the ShadowMmu builds from hand-written guest tables (scrambled P2M), and
 * every fault it takes is classified against a native hart running the same
 * accesses on an identical copy of the guest. Proves fills (4 KiB and
 * megapage), guest-visible A/D bits, U/SUM/MXR, devices and access faults.
 * Coherence, the cache, the pool and fuzzing: shadow-coherence.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { CAUSE_FETCH_ACCESS, CAUSE_FETCH_PAGE_FAULT, CAUSE_LOAD_ACCESS, CAUSE_LOAD_PAGE_FAULT, CAUSE_STORE_ACCESS, PTE_A, PTE_D, PTE_R, PTE_U, PTE_V, PTE_W, PTE_X } from '../../../hypervisor/cpu/isa.js';
import { ACCESS_EXEC, ACCESS_READ, ACCESS_WRITE } from '../../../hypervisor/cpu/pmp.js';
import { RAM } from '../../helpers/asm.js';
import { RAM_BYTES, HPA_PPN, ROOT, L0, PAGE, UVA, MEGA_VA, DEVICE, AD, RW, RWX, ACCESSES, pte, satpOf, pattern, newEnv, peek, poke, baseTables, enter, run, runNative, shadowLeaf, leafFrame, type Env } from '../../helpers/shadow-env.js';

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
