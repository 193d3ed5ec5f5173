/**
 * The PLIC through its MMIO interface: claim order (priority, then lowest
 * id, above the threshold), the level-triggered gateway across claim and
 * completion, per-context enables driving MEIP and SEIP, the register map's
 * hardwired and reserved parts, and save/restore with validation.
 */
import { describe, expect, it } from 'vitest';
import {
  DISK_IRQ, PLIC_CLAIM, PLIC_CONTEXT_M, PLIC_CONTEXT_S, PLIC_CONTEXT_STRIDE, PLIC_ENABLE, PLIC_ENABLE_STRIDE,
  PLIC_MAX_PRIORITY, PLIC_NUM_SOURCES, PLIC_PENDING, PLIC_PRIORITY, PLIC_SIZE, PLIC_THRESHOLD, UART0_IRQ, VIRT_PLIC,
} from '../../../hypervisor/abi/virt.js';
import { MIP_MEIP, MIP_SEIP, MIP_MTIP } from '../../../hypervisor/cpu/isa.js';
import { DeviceStateError } from '../../../hypervisor/devices/device.js';
import { Plic } from '../../../hypervisor/devices/plic.js';

/** A PLIC and the mip lines it drives (MTIP set beforehand, to show the PLIC leaves other bits alone). */
function plic(): { p: Plic; mip: () => number } {
  let mip = MIP_MTIP;
  const p = new Plic('plic', VIRT_PLIC, (mask, bits) => { mip = (mip & ~mask) | bits; });
  return { p, mip: () => mip };
}
const priority = (src: number): number => PLIC_PRIORITY + 4 * src;
const enable = (ctx: number, word = 0): number => PLIC_ENABLE + PLIC_ENABLE_STRIDE * ctx + 4 * word;
const threshold = (ctx: number): number => PLIC_THRESHOLD + PLIC_CONTEXT_STRIDE * ctx;
const claimReg = (ctx: number): number => PLIC_CLAIM + PLIC_CONTEXT_STRIDE * ctx;
const w = (p: Plic, off: number, v: number): void => { expect(p.write(off, 4, v)).toBe(true); };
const r = (p: Plic, off: number): number | null => p.read(off, 4);

/** Enables `sources` for `ctx` with the given priorities. */
function setup(p: Plic, ctx: number, sources: Record<number, number>): void {
  const words = new Array<number>(Math.ceil(PLIC_NUM_SOURCES / 32)).fill(0);
  for (const [src, prio] of Object.entries(sources)) {
    w(p, priority(Number(src)), prio);
    words[Number(src) >> 5]! |= 1 << (Number(src) & 31);
  }
  words.forEach((bits, i) => w(p, enable(ctx, i), bits >>> 0));
}

describe('PLIC claim and complete', () => {
  it('claims the highest priority first, the lowest id among equals, and clears the pending bit', () => {
    const { p, mip } = plic();
    setup(p, PLIC_CONTEXT_M, { 3: 2, 5: 6, 7: 6, 40: 1 });
    for (const src of [3, 5, 7, 40]) p.setLevel(src, true);
    expect(mip()).toBe(MIP_MTIP | MIP_MEIP);
    expect(r(p, PLIC_PENDING)).toBe((1 << 3) | (1 << 5) | (1 << 7));
    expect(r(p, PLIC_PENDING + 4)).toBe(1 << (40 - 32));
    expect([r(p, claimReg(0)), r(p, claimReg(0)), r(p, claimReg(0)), r(p, claimReg(0))]).toEqual([5, 7, 3, 40]);
    expect(r(p, PLIC_PENDING)).toBe(0);
    expect(r(p, claimReg(0))).toBe(0);
    expect(mip()).toBe(MIP_MTIP); // every source claimed: the line drops, other mip bits untouched
    expect([p.claims, p.spuriousClaims]).toEqual([4, 1]);
  });

  it('offers only sources above the threshold, and priority 0 never', () => {
    const { p, mip } = plic();
    setup(p, PLIC_CONTEXT_M, { 1: 3, 2: 4, 4: 0 });
    w(p, threshold(0), 3);
    p.setLevel(1, true);
    p.setLevel(4, true);
    expect(mip() & MIP_MEIP).toBe(0);
    expect(r(p, claimReg(0))).toBe(0);
    p.setLevel(2, true);
    expect(mip() & MIP_MEIP).toBe(MIP_MEIP);
    expect(r(p, claimReg(0))).toBe(2);
    w(p, threshold(0), 0);
    expect(mip() & MIP_MEIP).toBe(MIP_MEIP); // lowering the threshold releases source 1
    expect(r(p, claimReg(0))).toBe(1);
    expect(r(p, claimReg(0))).toBe(0); // source 4 (priority 0) stays pending but is never offered
    expect(r(p, PLIC_PENDING)).toBe(1 << 4);
  });

  it('gateway: a claimed source is not re-pended until completion; completion re-pends a line still high', () => {
    const { p, mip } = plic();
    setup(p, PLIC_CONTEXT_M, { [UART0_IRQ]: 1 });
    p.setLevel(UART0_IRQ, true);
    expect(r(p, claimReg(0))).toBe(UART0_IRQ);
    p.setLevel(UART0_IRQ, false);
    p.setLevel(UART0_IRQ, true);
    expect(r(p, PLIC_PENDING)).toBe(0);
    expect(mip() & MIP_MEIP).toBe(0);
    w(p, claimReg(0), UART0_IRQ);
    expect(r(p, PLIC_PENDING)).toBe(1 << UART0_IRQ);
    expect(mip() & MIP_MEIP).toBe(MIP_MEIP);
    expect(r(p, claimReg(0))).toBe(UART0_IRQ);
    p.setLevel(UART0_IRQ, false);
    w(p, claimReg(0), UART0_IRQ);
    expect([r(p, PLIC_PENDING), mip() & MIP_MEIP, p.completes]).toEqual([0, 0, 2]);
  });

  it('pending follows the level until the source is claimed', () => {
    const { p, mip } = plic();
    setup(p, PLIC_CONTEXT_M, { 9: 1 });
    p.setLevel(9, true);
    p.setLevel(9, false);
    expect([r(p, PLIC_PENDING), mip() & MIP_MEIP, r(p, claimReg(0))]).toEqual([0, 0, 0]);
  });

  it('ignores completions of sources not enabled for the context, not claimed, or out of range', () => {
    const { p } = plic();
    setup(p, PLIC_CONTEXT_M, { 6: 1 });
    p.setLevel(6, true);
    expect(r(p, claimReg(0))).toBe(6);
    w(p, claimReg(1), 6); // not enabled for the S context
    w(p, claimReg(0), 7); // never claimed
    w(p, claimReg(0), 0);
    w(p, claimReg(0), PLIC_NUM_SOURCES);
    expect([p.completes, p.ignoredCompletes, r(p, PLIC_PENDING)]).toEqual([0, 4, 0]);
    w(p, enable(0), 0); // disabled while in service: completion is ignored too (spec)
    w(p, claimReg(0), 6);
    expect(p.completes).toBe(0);
    w(p, enable(0), 1 << 6);
    w(p, claimReg(0), 6);
    expect([p.completes, r(p, PLIC_PENDING)]).toEqual([1, 1 << 6]);
  });

  it('routes each context to its own line: M to MEIP, S to SEIP', () => {
    const { p, mip } = plic();
    setup(p, PLIC_CONTEXT_S, { [DISK_IRQ]: 5 });
    setup(p, PLIC_CONTEXT_M, { [UART0_IRQ]: 5 });
    p.setLevel(DISK_IRQ, true);
    expect(mip()).toBe(MIP_MTIP | MIP_SEIP);
    p.setLevel(UART0_IRQ, true);
    expect(mip()).toBe(MIP_MTIP | MIP_SEIP | MIP_MEIP);
    expect(r(p, claimReg(PLIC_CONTEXT_S))).toBe(DISK_IRQ);
    expect(mip()).toBe(MIP_MTIP | MIP_MEIP);
    expect([p.output(PLIC_CONTEXT_M), p.output(PLIC_CONTEXT_S)]).toEqual([true, false]);
  });

  it('refuses interrupt lines that do not exist', () => {
    const { p } = plic();
    expect(() => p.setLevel(0, true)).toThrow(RangeError);
    expect(() => p.setLevel(PLIC_NUM_SOURCES, true)).toThrow(/no interrupt source 96/);
  });
});

describe('PLIC registers', () => {
  it('priority and threshold registers keep only legal values', () => {
    const { p } = plic();
    w(p, priority(1), 0xffff_ffff);
    w(p, priority(2), 5);
    w(p, threshold(1), 0xffff_ffff);
    expect([r(p, priority(1)), r(p, priority(2)), r(p, threshold(1))]).toEqual([PLIC_MAX_PRIORITY, 5, PLIC_MAX_PRIORITY]);
    w(p, priority(0), 3); // source 0 does not exist
    expect(r(p, priority(0))).toBe(0);
  });

  it('enable bits of source 0 are hardwired to 0; pending bits ignore writes', () => {
    const { p } = plic();
    w(p, enable(PLIC_CONTEXT_S, 0), 0xffff_ffff);
    w(p, enable(PLIC_CONTEXT_S, 2), 0xffff_ffff);
    expect([r(p, enable(PLIC_CONTEXT_S, 0)), r(p, enable(PLIC_CONTEXT_S, 2)), r(p, enable(PLIC_CONTEXT_M, 0))])
      .toEqual([0xffff_fffe, 0xffff_ffff, 0]);
    w(p, PLIC_PENDING, 0xffff_ffff);
    expect(r(p, PLIC_PENDING)).toBe(0);
  });

  it('reserved words read 0 and ignore writes; the window ends at PLIC_SIZE', () => {
    const { p } = plic();
    const reserved = [4 * PLIC_NUM_SOURCES, PLIC_PENDING + 0x80, enable(0, 3), enable(2), threshold(2), claimReg(2), threshold(0) + 8];
    for (const off of reserved) {
      w(p, off, 0xffff_ffff);
      expect(r(p, off), `offset 0x${off.toString(16)}`).toBe(0);
    }
    expect(r(p, PLIC_SIZE - 4)).toBe(0);
    expect(r(p, PLIC_SIZE)).toBeNull();
  });

  it('answers only aligned 32-bit accesses', () => {
    const { p } = plic();
    w(p, priority(3), 2);
    expect(p.read(priority(3), 1)).toBeNull();
    expect(p.read(priority(3), 2)).toBeNull();
    expect(p.read(priority(3) + 2, 4)).toBeNull();
    expect(p.write(priority(3), 1, 7)).toBe(false);
    expect(r(p, priority(3))).toBe(2);
  });

  it('reset clears the configuration but keeps the input lines', () => {
    const { p, mip } = plic();
    setup(p, PLIC_CONTEXT_M, { 8: 2 });
    p.setLevel(8, true);
    expect(r(p, claimReg(0))).toBe(8);
    p.reset();
    expect([r(p, priority(8)), r(p, enable(0)), r(p, PLIC_PENDING), mip() & MIP_MEIP]).toEqual([0, 0, 1 << 8, 0]);
    setup(p, PLIC_CONTEXT_M, { 8: 2 });
    expect(r(p, claimReg(0))).toBe(8); // the gateway was re-armed by reset
  });
});

describe('PLIC state', () => {
  it('restores priorities, enables, thresholds, levels and claims, and re-drives the lines', () => {
    const { p } = plic();
    setup(p, PLIC_CONTEXT_M, { 2: 1, 3: 4 });
    setup(p, PLIC_CONTEXT_S, { 70: 3 });
    w(p, threshold(PLIC_CONTEXT_S), 1);
    for (const src of [2, 3, 70]) p.setLevel(src, true);
    expect(r(p, claimReg(0))).toBe(3);
    const saved = structuredClone(p.saveState());
    const q = plic();
    q.p.restoreState(saved);
    expect(q.mip()).toBe(MIP_MTIP | MIP_MEIP | MIP_SEIP);
    expect([r(q.p, PLIC_PENDING), r(q.p, PLIC_PENDING + 8), r(q.p, threshold(1))]).toEqual([1 << 2, 1 << (70 - 64), 1]);
    expect([r(q.p, claimReg(0)), r(q.p, claimReg(1))]).toEqual([2, 70]);
    w(q.p, claimReg(0), 3); // the claim made before saving completes after restoring
    expect(r(q.p, claimReg(0))).toBe(3);
  });

  it('refuses malformed state with a DeviceStateError naming the field', () => {
    const { p } = plic();
    const good = p.saveState() as Record<string, number[]>;
    const bad = (patch: Record<string, unknown>): unknown => ({ ...good, ...patch });
    const cases: Array<[unknown, RegExp]> = [
      [null, /not an object/],
      [bad({ priority: good.priority!.slice(1) }), /priority must be an array of 96/],
      [bad({ priority: [0, 8, ...good.priority!.slice(2)] }), /priority\[1\] = 8/],
      [bad({ priority: [1, ...good.priority!.slice(1)] }), /priority\[0\] = 1/],
      [bad({ level: [0, 2, ...good.level!.slice(2)] }), /level\[1\] = 2/],
      [bad({ claimed: [0, 0.5, ...good.claimed!.slice(2)] }), /claimed\[1\] = 0.5/],
      [bad({ enable: [1, 0, 0, 0, 0, 0] }), /enable\[0\] = 1/],
      [bad({ enable: [0, 0, 0, 0, 0, 2 ** 32] }), /enable\[5\]/],
      [bad({ threshold: [0, '1'] }), /threshold\[1\] = 1/],
      [bad({ threshold: undefined }), /threshold must be an array/],
    ];
    for (const [state, msg] of cases) {
      expect(() => p.restoreState(state)).toThrow(DeviceStateError);
      expect(() => p.restoreState(state)).toThrow(msg);
    }
  });
});
