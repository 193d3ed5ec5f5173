/**
 * Downloaded packet filters (exo_op EXO_bind_net_filter; ABI in abi/pv.ts),
 * in the spirit of the Aegis exokernel's dynamic packet filters: a filter
 * is declarative — rules, each a conjunction of atoms, each a masked
 * comparison of a big-endian field at a fixed offset of the frame — so it is
 * validated once, when bound, and then costs a bounded number of
 * comparisons per frame and always terminates.
 *
 * compileFilter reads a struct exo_net_filter exactly as the guest wrote it
 * (the copy the vCPU made), refuses anything malformed with a
 * PacketFilterError, and lays the atoms out in flat typed arrays; matches
 * runs them over one frame without allocating.
 */
import { layout } from '../abi/constant.js';
import { EXO_NET_ATOM, EXO_NET_FILTER, EXO_NET_FILTER_MAX_ATOMS, EXO_NET_FILTER_MAX_RULES, EXO_NET_RULE } from '../abi/pv.js';
import { abiNumber } from './backend.js';

const NETIF_MTU_FRAME = abiNumber('NETIF_MTU_FRAME');
const F = layout(EXO_NET_FILTER), R = layout(EXO_NET_RULE), A = layout(EXO_NET_ATOM);
const MAX_ATOMS = EXO_NET_FILTER_MAX_ATOMS;

/** Bytes of a struct exo_net_filter: what compileFilter reads. */
export const NET_FILTER_BYTES = F.size;

/**
 * A compiled filter. Atom `a` of rule `r` is at index r *
 * EXO_NET_FILTER_MAX_ATOMS + a of the per-atom arrays; rule r uses
 * nrAtoms[r] of its slots.
 */
export interface PacketFilter {
  readonly nrRules: number;
  readonly nrAtoms: Uint8Array;
  readonly offset: Uint16Array;
  readonly width: Uint8Array;
  readonly mask: Uint32Array;
  readonly value: Uint32Array;
}

/** Why a filter was refused (each maps to -XEN_EINVAL for the guest). */
export type PacketFilterFault =
  | { kind: 'short'; bytes: number }
  | { kind: 'rule-count'; nrRules: number }
  | { kind: 'atom-count'; rule: number; nrAtoms: number }
  | { kind: 'width'; rule: number; atom: number; width: number }
  | { kind: 'offset'; rule: number; atom: number; offset: number; width: number }
  | { kind: 'mask'; rule: number; atom: number; width: number; mask: number }
  | { kind: 'value'; rule: number; atom: number; mask: number; value: number }
  | { kind: 'pad'; rule: number; atom: number }
  | { kind: 'unused-atom'; rule: number; atom: number }
  | { kind: 'unused-rule'; rule: number };

const hex = (v: number): string => `0x${(v >>> 0).toString(16)}`;

function faultMessage(f: PacketFilterFault): string {
  const at = 'rule' in f && 'atom' in f ? `rule ${f.rule} atom ${f.atom}: ` : '';
  switch (f.kind) {
    case 'short': return `a packet filter is ${F.size} bytes (struct exo_net_filter); got ${f.bytes}`;
    case 'rule-count': return `nr_rules is ${f.nrRules}; a filter has 0 (none: remove it) to ${EXO_NET_FILTER_MAX_RULES} rules`;
    case 'atom-count': return `rule ${f.rule}: nr_atoms is ${f.nrAtoms}; a rule has 1 to ${MAX_ATOMS} atoms`;
    case 'width': return `${at}width is ${f.width}; an atom compares 1, 2 or 4 bytes`;
    case 'offset': return `${at}offset ${f.offset} + width ${f.width} lies past the largest frame (NETIF_MTU_FRAME, ${NETIF_MTU_FRAME} bytes)`;
    case 'mask': return `${at}mask ${hex(f.mask)} has bits above the atom's ${f.width}-byte width`;
    case 'value': return `${at}value ${hex(f.value)} has bits outside mask ${hex(f.mask)}, so it could never match`;
    case 'pad': return `${at}pad must be 0`;
    case 'unused-atom': return `${at}beyond the rule's nr_atoms, so it must be all zero`;
    case 'unused-rule': return `rule ${f.rule}: beyond nr_rules, so it must be all zero`;
  }
}

/** A packet filter was refused; `fault` says which field is wrong and why. */
export class PacketFilterError extends Error {
  override readonly name = 'PacketFilterError';
  constructor(readonly fault: PacketFilterFault) {
    super(faultMessage(fault));
  }
}

/** Whether bytes [from, to) of `b` are all zero. */
function zero(b: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (b[i] !== 0) return false;
  return true;
}

/** Checks atom `a` of rule `r` (at byte `at` of the struct) and stores it at index `i` of `out`. */
function compileAtom(dv: DataView, at: number, r: number, a: number, out: PacketFilter, i: number): void {
  const offset = dv.getUint16(at + A.offsets['offset']!, true), width = dv.getUint8(at + A.offsets['width']!);
  const mask = dv.getUint32(at + A.offsets['mask']!, true), value = dv.getUint32(at + A.offsets['value']!, true);
  if (width !== 1 && width !== 2 && width !== 4) throw new PacketFilterError({ kind: 'width', rule: r, atom: a, width });
  if (offset + width > NETIF_MTU_FRAME) throw new PacketFilterError({ kind: 'offset', rule: r, atom: a, offset, width });
  if (width < 4 && mask >>> (8 * width) !== 0) throw new PacketFilterError({ kind: 'mask', rule: r, atom: a, width, mask });
  if ((value & ~mask) !== 0) throw new PacketFilterError({ kind: 'value', rule: r, atom: a, mask, value });
  if (dv.getUint8(at + A.offsets['pad']!) !== 0) throw new PacketFilterError({ kind: 'pad', rule: r, atom: a });
  out.offset[i] = offset;
  out.width[i] = width;
  out.mask[i] = mask;
  out.value[i] = value;
}

/** Checks rule `r` (at byte `at` of `b`) and stores its atoms in `out`. */
function compileRule(b: Uint8Array, dv: DataView, at: number, r: number, out: PacketFilter): void {
  const n = dv.getUint32(at + R.offsets['nr_atoms']!, true);
  if (n < 1 || n > MAX_ATOMS) throw new PacketFilterError({ kind: 'atom-count', rule: r, nrAtoms: n });
  out.nrAtoms[r] = n;
  for (let a = 0; a < MAX_ATOMS; a++) {
    const atomAt = at + R.offsets['atoms']! + a * A.size;
    if (a < n) compileAtom(dv, atomAt, r, a, out, r * MAX_ATOMS + a);
    else if (!zero(b, atomAt, atomAt + A.size)) throw new PacketFilterError({ kind: 'unused-atom', rule: r, atom: a });
  }
}

/**
 * Validates the struct exo_net_filter at the start of `b` (a copy the
 * guest can no longer change) and compiles it; null when nr_rules is 0 (the
 * filter is removed). Throws PacketFilterError for any malformed field.
 */
export function compileFilter(b: Uint8Array): PacketFilter | null {
  if (b.length < F.size) throw new PacketFilterError({ kind: 'short', bytes: b.length });
  const dv = new DataView(b.buffer, b.byteOffset, F.size);
  const nrRules = dv.getUint32(F.offsets['nr_rules']!, true);
  if (nrRules > EXO_NET_FILTER_MAX_RULES) throw new PacketFilterError({ kind: 'rule-count', nrRules });
  const slots = nrRules * MAX_ATOMS;
  const out: PacketFilter = {
    nrRules, nrAtoms: new Uint8Array(nrRules), offset: new Uint16Array(slots), width: new Uint8Array(slots),
    mask: new Uint32Array(slots), value: new Uint32Array(slots),
  };
  for (let r = 0; r < EXO_NET_FILTER_MAX_RULES; r++) {
    const at = F.offsets['rules']! + r * R.size;
    if (r < nrRules) compileRule(b, dv, at, r, out);
    else if (!zero(b, at, at + R.size)) throw new PacketFilterError({ kind: 'unused-rule', rule: r });
  }
  return nrRules === 0 ? null : out;
}

/**
 * Whether `frame` passes `f`: some rule whose every atom lies within the
 * frame and holds (big-endian field & mask == value). Allocation-free; at
 * most EXO_NET_FILTER_MAX_RULES * EXO_NET_FILTER_MAX_ATOMS atom tests.
 */
export function matches(f: PacketFilter, frame: Uint8Array): boolean {
  const len = frame.length;
  for (let r = 0; r < f.nrRules; r++) {
    let i = r * MAX_ATOMS;
    const end = i + f.nrAtoms[r]!;
    for (; i < end; i++) {
      const off = f.offset[i]!, w = f.width[i]!;
      if (off + w > len) break;
      let v = frame[off]!;
      if (w >= 2) v = (v << 8) | frame[off + 1]!;
      if (w === 4) v = ((v << 16) | (frame[off + 2]! << 8) | frame[off + 3]!) >>> 0;
      if (((v & f.mask[i]!) >>> 0) !== f.value[i]) break;
    }
    if (i === end) return true;
  }
  return false;
}
