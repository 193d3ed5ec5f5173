/**
 * Packet filters as a guest writes them, for tests: the bytes of a struct
 * exo_net_filter built from rules of atoms, every offset taken from the
 * ABI, with the counts overridable so a test can write what a hostile guest
 * would.
 */
import { layout } from '../../../hypervisor/abi/constant.js';
import { EXO_NET_ATOM, EXO_NET_FILTER, EXO_NET_FILTER_MAX_ATOMS, EXO_NET_FILTER_MAX_RULES, EXO_NET_RULE } from '../../../hypervisor/abi/pv.js';
import { compileFilter, type PacketFilter } from '../../../hypervisor/pv/packet-filter.js';

const F = layout(EXO_NET_FILTER), R = layout(EXO_NET_RULE), A = layout(EXO_NET_ATOM);

/** One atom: (the width-byte big-endian field at offset) & mask == value; pad is 0 unless given. */
export interface Atom { offset: number; width: number; mask: number; value: number; pad?: number }

/** The atom "the EtherType is `type`". */
export const ethertype = (type: number): Atom => ({ offset: 12, width: 2, mask: 0xffff, value: type });

/** The atom "byte `offset` is `value`". */
export const byteIs = (offset: number, value: number): Atom => ({ offset, width: 1, mask: 0xff, value });

/** Byte offset in a struct exo_net_filter of atom `a` of rule `r`. */
export function atomAt(r: number, a: number): number {
  return F.offsets['rules']! + r * R.size + R.offsets['atoms']! + a * A.size;
}

/** Byte offset in a struct exo_net_filter of rule `r`'s nr_atoms. */
export function ruleAt(r: number): number {
  return F.offsets['rules']! + r * R.size + R.offsets['nr_atoms']!;
}

/** A struct exo_net_filter holding `rules`; nr_rules and each nr_atoms follow the lengths unless given. */
export function filterBytes(rules: Atom[][], counts: { nrRules?: number; nrAtoms?: Record<number, number> } = {}): Uint8Array {
  if (rules.length > EXO_NET_FILTER_MAX_RULES || rules.some((r) => r.length > EXO_NET_FILTER_MAX_ATOMS)) throw new RangeError('more rules or atoms than the struct holds');
  const b = new Uint8Array(F.size), dv = new DataView(b.buffer);
  dv.setUint32(F.offsets['nr_rules']!, counts.nrRules ?? rules.length, true);
  rules.forEach((atoms, r) => {
    dv.setUint32(ruleAt(r), counts.nrAtoms?.[r] ?? atoms.length, true);
    atoms.forEach((x, a) => {
      const at = atomAt(r, a);
      dv.setUint16(at + A.offsets['offset']!, x.offset, true);
      dv.setUint8(at + A.offsets['width']!, x.width);
      dv.setUint8(at + A.offsets['pad']!, x.pad ?? 0);
      dv.setUint32(at + A.offsets['mask']!, x.mask >>> 0, true);
      dv.setUint32(at + A.offsets['value']!, x.value >>> 0, true);
    });
  });
  return b;
}

/** The compiled filter of `rules` (which must be valid and at least one). */
export function filterOf(...rules: Atom[][]): PacketFilter {
  const f = compileFilter(filterBytes(rules));
  if (!f) throw new Error('filterOf: no rules');
  return f;
}
