/**
 * Two-stage translation (hypervisor extension §8.5): the Sv32x4 G-stage
 * table built from a domain's P2M maps each guest frame to its machine
 * frame and nothing else; guest-physical addresses outside it raise
 * guest-page faults with the cause of the access and htval = GPA >> 2; every
 * page-table entry the VS-stage walk reads is itself G-translated (a nested
 * walk, and a guest-page fault with htinst marking the implicit access when
 * the table is not mapped); the TLB keeps the combined GVA → HPA
 * translation until the guest's sfence.vma. Whatever address or table the
 * guest supplies, no access reaches a frame outside its domain.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { HGATP_MODE_SV32X4, HTINST_PTE_READ } from '../../../hypervisor/cpu/gstage.js';
import {
  CAUSE_FETCH_GUEST_PAGE_FAULT, CAUSE_LOAD_GUEST_PAGE_FAULT, CAUSE_STORE_GUEST_PAGE_FAULT, CSR, PRV_S, PTE_A, PTE_D,
  MSTATUS_SUM, PRV_U, PTE_R, PTE_V, PTE_W, PTE_X,
} from '../../../hypervisor/cpu/isa.js';
import { ACCESS_EXEC, ACCESS_READ, ACCESS_WRITE } from '../../../hypervisor/cpu/pmp.js';
import { TRAP } from '../../../hypervisor/cpu/trap.js';
import { HPA_BASE } from '../../../hypervisor/vmm/shadow.js';
import { a0, a1, a2, lw, RAM, sfenceVma, sw } from '../../helpers/asm.js';
import { prng } from '../../helpers/prng.js';
import {
  CODE, DATA, DEVICE, guestTables, L0, loadGuest, newHwEnv, peekGpa, pokeGpa, pte, RAM_BYTES, ROOT, RWXAD, runTo, satpOf,
  UVA, type HwEnv,
} from '../../helpers/hw-env.js';

let env: HwEnv;
beforeEach(() => { env = newHwEnv(); });

/** The host-physical address guest-physical `gpa` lives at, from the P2M. */
const hpaOf = (gpa: number): number => HPA_BASE + env.guest.p2m[Math.floor((gpa - RAM) / 4096)]! * 4096 + (gpa % 4096);

/** Runs `f`, which must raise; the trap's cause and value. */
function raised(f: () => unknown): { cause: number; tval: number } {
  try {
    f();
  } catch (e) {
    if (e !== TRAP) throw e;
    return { cause: TRAP.cause, tval: TRAP.tval >>> 0 };
  }
  throw new Error('no trap raised');
}

describe('the G-stage table and walk', () => {
  it('roots a 16 KiB-aligned Sv32x4 table in hypervisor frames and maps every guest frame to its machine frame', () => {
    expect(env.hgatp & HGATP_MODE_SV32X4).not.toBe(0);
    const root = (env.hgatp & 0x3f_ffff) * 4096;
    expect(root % 16384).toBe(0);
    for (const gpa of [RAM, RAM + 0x1234, RAM + RAM_BYTES - 4, DATA(3) + 0x10]) {
      expect(env.gstage.translate(gpa, ACCESS_READ, gpa)).toBe(hpaOf(gpa));
    }
    expect(env.gstage.counters.walks).toBe(4);
    expect(env.gstage.counters.refs).toBe(8); // root entry and leaf for each
  });

  it.each([
    ['past the end of RAM', RAM + RAM_BYTES + 0x10],
    ['a device register', DEVICE + 4],
    ['below RAM', 0x1000],
    ['beyond the 34-bit guest-physical space', 2 ** 34 + 8],
  ])('raises a guest-page fault with the access cause and htval = GPA >> 2 for %s', (_what, gpa) => {
    const cases = [[ACCESS_READ, CAUSE_LOAD_GUEST_PAGE_FAULT], [ACCESS_WRITE, CAUSE_STORE_GUEST_PAGE_FAULT], [ACCESS_EXEC, CAUSE_FETCH_GUEST_PAGE_FAULT]];
    for (const [access, cause] of cases) {
      const t = raised(() => env.gstage.translate(gpa, access!, 0x1234_5678));
      expect(t).toEqual({ cause, tval: 0x1234_5678 });
      expect(env.gstage.htval >>> 0).toBe(Math.floor(gpa / 4) >>> 0);
      expect(env.gstage.htinst).toBe(0);
    }
  });

  it('refuses a leaf without U (G-stage accesses count as user accesses) and an invalid leaf', () => {
    const gpa = DATA(1);
    expect(env.gstage.translate(gpa, ACCESS_WRITE, gpa)).toBe(hpaOf(gpa));
    const root = (env.hgatp & 0x3f_ffff) * 1024 - (HPA_BASE / 4);
    const leafTable = (env.m32[root + Math.floor(gpa / 0x40_0000)]! >>> 10) * 1024 - HPA_BASE / 4;
    const slot = leafTable + ((gpa >>> 12) & 0x3ff);
    const leaf = env.m32[slot]!;
    expect(leaf & (PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)).toBe(PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D);
    env.m32[slot] = leaf & ~16; // U cleared: G-stage accesses count as user accesses, so the leaf is refused
    expect(raised(() => env.gstage.translate(gpa, ACCESS_READ, 0x42)).cause).toBe(CAUSE_LOAD_GUEST_PAGE_FAULT);
    env.m32[slot] = 0;
    expect(raised(() => env.gstage.translate(gpa, ACCESS_WRITE, 0x42)).cause).toBe(CAUSE_STORE_GUEST_PAGE_FAULT);
  });
});

describe('nested walks through the MMU', () => {
  beforeEach(() => {
    guestTables(env);
    pokeGpa(env, DATA(2) + 8, 0xfeed_f00d);
    expect(env.hart.csr.write(CSR.satp, satpOf(ROOT), PRV_S)).toBe(true);
    expect(env.hart.csr.write(CSR.sstatus, MSTATUS_SUM, PRV_S)).toBe(true); // the data pages are user pages
  });

  it('G-translates every guest page-table entry the VS-stage walk reads, then the leaf', () => {
    const before = { ...env.gstage.counters }, refs = env.hart.mmu.counters.walkRefs;
    expect(env.hart.mmu.translate(UVA(2) + 8, ACCESS_READ, PRV_S)).toBe(hpaOf(DATA(2) + 8));
    expect(env.gstage.counters.walks - before.walks).toBe(3); // root entry, L0 entry, leaf
    expect(env.gstage.counters.refs - before.refs).toBe(6);
    expect(env.hart.mmu.counters.walkRefs - refs).toBe(2);
  });

  it('reports a VS-stage table outside the G-stage as a guest-page fault of the original access, htinst marking the PTE read', () => {
    const table = RAM + RAM_BYTES + 0x3000; // guest-physical, not RAM
    pokeGpa(env, ROOT + 4 * 0x100, pte(table, PTE_V));
    env.hart.mmu.flushAll();
    const t = raised(() => env.hart.mmu.translate(UVA(5) + 4, ACCESS_WRITE, PRV_S));
    expect(t).toEqual({ cause: CAUSE_STORE_GUEST_PAGE_FAULT, tval: UVA(5) + 4 });
    expect(env.gstage.htval >>> 0).toBe((table + 4 * 5) / 4);
    expect(env.gstage.htinst).toBe(HTINST_PTE_READ);
  });

  it('caches the combined translation in the TLB and drops it at the guest\'s sfence.vma, without an exit', () => {
    loadGuest(env, CODE, [lw(a0, 8, a1), sw(a2, 8, a1), lw(a0, 8, a1), lw(a0, 8, a1), sfenceVma(a1), lw(a0, 8, a1), lw(a0, 8, a1)]);
    env.hart.x[a1] = UVA(2);
    env.hart.x[a2] = 0x1111_2222;
    runTo(env, CODE + 4);
    expect(env.hart.x[a0]! >>> 0).toBe(0xfeed_f00d);
    const walks = env.gstage.counters.walks;
    runTo(env, CODE + 12);
    expect(peekGpa(env, DATA(2) + 8)).toBe(0x1111_2222);
    expect(env.gstage.counters.walks - walks).toBe(3); // the first store fills the page's write entry; the load after it hits
    // The guest remaps the page: the combined entry, now stale, is used until the guest's sfence.vma.
    pokeGpa(env, L0 + 4 * 2, pte(DATA(3), RWXAD));
    pokeGpa(env, DATA(3) + 8, 0x3333_3333);
    const hits = env.hart.tlbHits;
    runTo(env, CODE + 16);
    expect(env.hart.x[a0]! >>> 0).toBe(0x1111_2222);
    expect(env.hart.tlbHits - hits).toBe(1);
    const fenced = env.gstage.counters.walks;
    runTo(env, CODE + 24);
    expect(env.hart.x[a0]! >>> 0).toBe(0x3333_3333);
    expect(env.gstage.counters.walks - fenced).toBe(3);
    runTo(env, CODE + 28);
    expect(env.hart.tlbHits - hits).toBe(2);
    expect(env.gstage.counters.walks - fenced).toBe(3);
    expect(env.hvm.counters.virtual_instruction + env.hvm.counters.sbi + env.hvm.counters.guest_page_fault).toBe(0);
  });
});

describe('isolation', () => {
  it('never reaches a frame outside the domain, whatever guest-physical address or guest page table it is given', () => {
    const own = new Set(Array.from(env.guest.p2m, (mfn) => HPA_BASE / 4096 + mfn));
    const next = prng(11);
    const accesses = [ACCESS_READ, ACCESS_WRITE, ACCESS_EXEC];
    let reached = 0, refused = 0;
    /** Translates, counting a fault as refused and checking any result lands in the domain's own frames. */
    const check = (f: () => number): void => {
      let hpa: number;
      try { hpa = f(); } catch (e) { if (e !== TRAP) throw e; refused++; return; }
      expect(own.has(Math.floor(hpa / 4096))).toBe(true);
      reached++;
    };
    for (let n = 0; n < 4000; n++) {
      const gpa = n % 2 ? next() * 4 + (next() & 3) : RAM + (next() % (RAM_BYTES + 0x10000)); // any 34-bit address, or near RAM
      check(() => env.gstage.translate(gpa, accesses[n % 3]!, 0));
    }
    // A guest page table full of random entries: every walk, and every entry it fetches, stays in the domain.
    guestTables(env);
    for (let i = 0; i < 1024; i++) pokeGpa(env, L0 + 4 * i, next() | PTE_V);
    for (let i = 0x101; i < 0x140; i++) pokeGpa(env, ROOT + 4 * i, next());
    env.hart.csr.write(CSR.satp, satpOf(ROOT), PRV_S);
    env.hart.csr.write(CSR.sstatus, MSTATUS_SUM, PRV_S);
    for (let n = 0; n < 4000; n++) {
      env.hart.mmu.flushAll();
      const va = 0x4000_0000 + (next() % 0x40) * 0x40_0000 + (next() & 0x3f_fffc);
      check(() => env.hart.mmu.translate(va, accesses[n % 3]!, n % 2 ? PRV_S : PRV_U));
    }
    expect(reached).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });
});
