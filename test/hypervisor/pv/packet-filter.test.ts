/**
 * Downloaded packet filters: compileFilter refuses every malformed field of
 * a struct exo_net_filter with its own reason, and matches reads fields in
 * network order, ANDs a rule's atoms, ORs the rules, and never matches an
 * atom past the frame's end — checked case by case and against a plain
 * reference matcher on random filters and frames.
 */
import { describe, expect, it } from 'vitest';
import { layout } from '../../../hypervisor/abi/constant.js';
import { EXO_NET_ATOM, EXO_NET_FILTER, EXO_NET_FILTER_MAX_ATOMS, EXO_NET_FILTER_MAX_RULES } from '../../../hypervisor/abi/pv.js';
import { abiNumber } from '../../../hypervisor/pv/backend.js';
import { compileFilter, matches, NET_FILTER_BYTES, PacketFilterError, type PacketFilterFault } from '../../../hypervisor/pv/packet-filter.js';
import { prng } from '../../helpers/prng.js';
import { atomAt, byteIs, ethertype, filterBytes, filterOf, ruleAt, type Atom } from './net-filter.js';

const MTU = abiNumber('NETIF_MTU_FRAME');
const A = layout(EXO_NET_ATOM).offsets;

/** A frame of `len` bytes: EtherType `type` at 12, then `payload` from 14. */
function frame(len: number, type = 0x88b5, payload: number[] = []): Uint8Array {
  const f = new Uint8Array(len);
  f[12] = type >>> 8;
  f[13] = type & 0xff;
  f.set(payload.slice(0, Math.max(0, len - 14)), 14);
  return f;
}

/** The fault compileFilter throws for `b`. */
function fault(b: Uint8Array): PacketFilterFault & { message: string } {
  try {
    compileFilter(b);
  } catch (e) {
    if (e instanceof PacketFilterError) return { ...e.fault, message: e.message };
    throw e;
  }
  throw new Error('the filter was accepted');
}

/** `b` with byte `at` set to `v`. */
function poke(b: Uint8Array, at: number, v: number): Uint8Array {
  b[at] = v;
  return b;
}

const good = (): Atom[][] => [[ethertype(0x88b5), byteIs(14, 1)], [ethertype(0x0806)]];

describe('compileFilter refuses', () => {
  it('more rules than EXO_NET_FILTER_MAX_RULES, and a buffer shorter than the struct', () => {
    expect(fault(filterBytes(good(), { nrRules: EXO_NET_FILTER_MAX_RULES + 1 }))).toMatchObject({ kind: 'rule-count', nrRules: 9, message: /nr_rules is 9; .* 0 .* to 8 rules/ });
    expect(fault(filterBytes(good(), { nrRules: 0xffff_ffff }))).toMatchObject({ kind: 'rule-count', nrRules: 0xffff_ffff });
    expect(fault(new Uint8Array(NET_FILTER_BYTES - 1))).toMatchObject({ kind: 'short', message: /420 bytes .* got 419/ });
  });

  it('a rule of no atoms or more than EXO_NET_FILTER_MAX_ATOMS', () => {
    expect(fault(filterBytes([[ethertype(1)], []]))).toMatchObject({ kind: 'atom-count', rule: 1, nrAtoms: 0, message: /rule 1: nr_atoms is 0/ });
    expect(fault(filterBytes(good(), { nrAtoms: { 0: EXO_NET_FILTER_MAX_ATOMS + 1 } }))).toMatchObject({ kind: 'atom-count', rule: 0, nrAtoms: 5 });
  });

  it('a width other than 1, 2 or 4', () => {
    for (const width of [0, 3, 5, 8, 255]) {
      expect(fault(filterBytes([[ethertype(1)], [{ offset: 20, width, mask: 0, value: 0 }]]))).toMatchObject({ kind: 'width', rule: 1, atom: 0, width, message: /rule 1 atom 0: width/ });
    }
  });

  it('an atom reaching past NETIF_MTU_FRAME, and accepts one ending exactly there', () => {
    for (const width of [1, 2, 4]) {
      const at = (offset: number): Uint8Array => filterBytes([[ethertype(1), { offset, width, mask: 0, value: 0 }]]);
      expect(compileFilter(at(MTU - width))).not.toBeNull();
      expect(fault(at(MTU - width + 1))).toMatchObject({ kind: 'offset', rule: 0, atom: 1, offset: MTU - width + 1, width, message: /past the largest frame/ });
    }
    expect(fault(filterBytes([[{ offset: 0xffff, width: 1, mask: 0, value: 0 }]]))).toMatchObject({ kind: 'offset', offset: 0xffff });
  });

  it('mask bits above the width', () => {
    expect(fault(filterBytes([[{ offset: 0, width: 1, mask: 0x100, value: 0 }]]))).toMatchObject({ kind: 'mask', width: 1, mask: 0x100, message: /mask 0x100 has bits above the atom's 1-byte width/ });
    expect(fault(filterBytes([[{ offset: 0, width: 2, mask: 0x1_0000, value: 0 }]]))).toMatchObject({ kind: 'mask', width: 2 });
    expect(compileFilter(filterBytes([[{ offset: 0, width: 4, mask: 0xffff_ffff, value: 0x8000_0001 }]]))).not.toBeNull();
  });

  it('value bits outside the mask', () => {
    expect(fault(filterBytes([[{ offset: 0, width: 4, mask: 0xffff_0000, value: 0x8000_0001 }]]))).toMatchObject({ kind: 'value', mask: 0xffff_0000, value: 0x8000_0001, message: /value 0x80000001 has bits outside mask 0xffff0000/ });
    expect(fault(filterBytes([[{ offset: 0, width: 1, mask: 0, value: 1 }]]))).toMatchObject({ kind: 'value' });
  });

  it('a nonzero pad, unused atom or unused rule, byte by byte', () => {
    expect(fault(filterBytes([[ethertype(1), { ...byteIs(14, 1), pad: 1 }]]))).toMatchObject({ kind: 'pad', rule: 0, atom: 1, message: /pad must be 0/ });
    const atomBytes = layout(EXO_NET_ATOM).size;
    for (let i = 0; i < atomBytes; i++) {
      expect(fault(poke(filterBytes(good()), atomAt(1, 1) + i, 1))).toMatchObject({ kind: 'unused-atom', rule: 1, atom: 1 });
      expect(fault(poke(filterBytes(good()), atomAt(0, EXO_NET_FILTER_MAX_ATOMS - 1) + i, 0x80))).toMatchObject({ kind: 'unused-atom', rule: 0, atom: 3 });
    }
    expect(fault(poke(filterBytes(good()), ruleAt(2), 1))).toMatchObject({ kind: 'unused-rule', rule: 2, message: /rule 2: beyond nr_rules/ });
    expect(fault(poke(filterBytes(good()), atomAt(EXO_NET_FILTER_MAX_RULES - 1, 3) + A['value']! + 3, 1))).toMatchObject({ kind: 'unused-rule', rule: 7 });
    expect(fault(filterBytes(good(), { nrRules: 0 }))).toMatchObject({ kind: 'unused-rule', rule: 0 }); // removal must be clean too
  });
});

describe('compileFilter accepts', () => {
  it('nr_rules 0 as "no filter", and full filters', () => {
    expect(compileFilter(new Uint8Array(layout(EXO_NET_FILTER).size))).toBeNull();
    const full = Array.from({ length: EXO_NET_FILTER_MAX_RULES }, (_, r) => Array.from({ length: EXO_NET_FILTER_MAX_ATOMS }, (_, a) => byteIs(r * 4 + a, r)));
    const f = compileFilter(filterBytes(full))!;
    expect(f.nrRules).toBe(8);
    expect([...f.nrAtoms]).toEqual(new Array(8).fill(4));
  });
});

describe('matches', () => {
  it('reads 1, 2 and 4 bytes in network order, under the mask', () => {
    const f = frame(64, 0x88b5, [0xde, 0xad, 0xbe, 0xef]);
    expect(matches(filterOf([ethertype(0x88b5)]), f)).toBe(true);
    expect(matches(filterOf([ethertype(0xb588)]), f)).toBe(false);
    expect(matches(filterOf([{ offset: 14, width: 4, mask: 0xffff_ffff, value: 0xdeadbeef }]), f)).toBe(true);
    expect(matches(filterOf([{ offset: 14, width: 4, mask: 0xffff_ffff, value: 0xefbeadde }]), f)).toBe(false);
    expect(matches(filterOf([{ offset: 15, width: 2, mask: 0xffff, value: 0xadbe }]), f)).toBe(true);
    expect(matches(filterOf([{ offset: 14, width: 4, mask: 0xf000_000f, value: 0xd000_000f }]), f)).toBe(true);
    expect(matches(filterOf([{ offset: 14, width: 4, mask: 0xf000_000f, value: 0xd000_000e }]), f)).toBe(false);
    expect(matches(filterOf([{ offset: 13, width: 1, mask: 0x0f, value: 0x05 }]), f)).toBe(true);
  });

  it('needs every atom of a rule (AND) and any rule (OR)', () => {
    const and = filterOf([ethertype(0x88b5), byteIs(14, 1), byteIs(15, 2)]);
    expect(matches(and, frame(60, 0x88b5, [1, 2]))).toBe(true);
    expect(matches(and, frame(60, 0x88b5, [1, 3]))).toBe(false);
    expect(matches(and, frame(60, 0x88b6, [1, 2]))).toBe(false);
    const or = filterOf([ethertype(0x0800)], [ethertype(0x0806)], [byteIs(14, 9)]);
    expect([0x0800, 0x0806, 0x86dd].map((t) => matches(or, frame(60, t)))).toEqual([true, true, false]);
    expect(matches(or, frame(60, 0x86dd, [9]))).toBe(true);
  });

  it('matches an atom ending at the frame\'s last byte, never one past it', () => {
    for (const width of [1, 2, 4]) {
      const f = filterOf([{ offset: 60 - width, width, mask: 0, value: 0 }]); // mask 0: only the length counts
      expect([59, 60, 61].map((len) => matches(f, new Uint8Array(len)))).toEqual([false, true, true]);
    }
    const last = new Uint8Array(MTU);
    last[MTU - 1] = 0x5a;
    expect(matches(filterOf([byteIs(MTU - 1, 0x5a)]), last)).toBe(true);
    expect(matches(filterOf([byteIs(MTU - 1, 0x5a)]), last.subarray(0, MTU - 1))).toBe(false);
    expect(matches(filterOf([ethertype(0)], [byteIs(14, 0)]), new Uint8Array(14))).toBe(true); // the second rule is past the end, the first holds
  });

  it('agrees with a plain reference matcher on random filters and frames', () => {
    const next = prng(0x5eed);
    /** The width-byte big-endian field at offset, or null past the end. */
    const field = (a: Atom, f: Uint8Array): number | null => {
      if (a.offset + a.width > f.length) return null;
      let v = 0;
      for (let i = 0; i < a.width; i++) v = v * 256 + f[a.offset + i]!;
      return v;
    };
    const ref = (rules: Atom[][], f: Uint8Array): boolean => rules.some((atoms) => atoms.every((a) => {
      const v = field(a, f);
      return v !== null && ((v & a.mask) >>> 0) === a.value;
    }));
    /** A random atom near the frame; half the time one the frame satisfies (when it reaches that far). */
    const randomAtom = (f: Uint8Array): Atom => {
      const width = [1, 2, 4][next() % 3]!, offset = next() % (f.length + 2);
      const mask = (next() & (width === 4 ? 0xffff_ffff : (1 << (8 * width)) - 1)) >>> 0;
      const a = { offset, width, mask, value: (next() & mask) >>> 0 };
      const v = field(a, f);
      return next() % 2 === 0 && v !== null ? { ...a, value: (v & mask) >>> 0 } : a;
    };
    let hits = 0;
    for (let n = 0; n < 500; n++) {
      const f = new Uint8Array(14 + (next() % 50)).map(() => next());
      const rules = Array.from({ length: 1 + (next() % 8) }, () => Array.from({ length: 1 + (next() % 3) }, () => randomAtom(f)));
      const want = ref(rules, f);
      hits += want ? 1 : 0;
      expect(matches(filterOf(...rules), f), JSON.stringify({ rules, f: [...f] })).toBe(want);
    }
    expect(hits).toBeGreaterThan(40); // both answers were exercised
    expect(hits).toBeLessThan(460);
  });
});
