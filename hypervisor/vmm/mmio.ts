/**
 * The VMM's interpreter routine for memory accesses it must perform itself:
 * a guest load or store that reached a device page (neither the shadow nor
 * the G-stage ever maps one, so every device access traps here and becomes
 * an exit to the device model), or a store to a write-protected guest page
 * table. It fetches the faulting instruction through the hart's own
 * translation (the shadow, or both stages), decodes it, performs the access
 * and retires the instruction.
 */
import { amo } from '../cpu/alu.js';
import { decode } from '../cpu/decode.js';
import type { Hart } from '../cpu/hart.js';
import { CAUSE_LOAD_ACCESS, CAUSE_STORE_ACCESS } from '../cpu/isa.js';
import { OP } from '../cpu/ops.js';
import { ACCESS_EXEC } from '../cpu/pmp.js';
import type { SbiHost } from './sbi.js';

/** The part of a VMM (trap-and-emulate or hardware-assisted) an emulated access uses. */
export interface MmioVmm {
  readonly hart: Hart;
  readonly host: SbiHost;
  /** Delivers an exception to the guest kernel (an access the device model refused). */
  reflect(cause: number, tval: number): void;
}

const LOADS: Readonly<Record<number, [1 | 2 | 4, boolean]>> = {
  [OP.LB]: [1, true], [OP.LH]: [2, true], [OP.LW]: [4, true], [OP.LBU]: [1, false], [OP.LHU]: [2, false],
};
const STORES: Readonly<Record<number, 1 | 2 | 4>> = { [OP.SB]: 1, [OP.SH]: 2, [OP.SW]: 4 };

/** Where an emulated store goes instead of a device (a write-protected page table). */
export type StoreSink = (gpa: number, size: 1 | 2 | 4, value: number) => void;

/** Reads the faulting instruction at the guest's pc as the hart fetches it (at its privilege); its bits. */
function fetch(vmm: MmioVmm): number {
  const h = vmm.hart, m = h.bus.mem8;
  const at = (va: number): number => h.bus.ramOffset(h.mmu.translate(va, ACCESS_EXEC, h.priv));
  const lo = at(h.pc);
  let bits = m[lo]! | (m[lo + 1]! << 8);
  if ((bits & 3) === 3) {
    const hi = (h.pc & 0xfff) === 0xffe ? at((h.pc + 2) | 0) : lo + 2;
    bits |= (m[hi]! | (m[hi + 1]! << 8)) << 16;
  }
  return bits;
}

/**
 * Emulates the load or store at the guest's pc that faulted on `gva`
 * (guest-physical `gpa`): to the device model, or to `sink` for stores.
 */
export function emulateMmio(vmm: MmioVmm, gpa: number, gva: number, sink: StoreSink | null): void {
  const h = vmm.hart;
  const bits = fetch(vmm);
  const d = decode(bits);
  const op = d.word & 0xff, rd = (d.word >>> 8) & 63, rs2 = (d.word >>> 19) & 31;
  const len = (bits & 3) === 3 ? 4 : 2;
  const load = LOADS[op], store = STORES[op];
  if (load && !sink) {
    const [size, signed] = load;
    const v = vmm.host.mmioRead(gpa, size);
    if (v === null) { vmm.reflect(CAUSE_LOAD_ACCESS, gva); return; }
    const shift = 32 - 8 * size;
    if (rd !== 0 && rd !== 32) h.x[rd] = signed ? (v << shift) >> shift : size === 4 ? v | 0 : v & ((1 << (8 * size)) - 1);
  } else if (store !== undefined) {
    const value = h.x[rs2]!;
    if (sink) sink(gpa, store, value);
    else if (!vmm.host.mmioWrite(gpa, store, store === 4 ? value : value & ((1 << (8 * store)) - 1))) {
      vmm.reflect(CAUSE_STORE_ACCESS, gva);
      return;
    }
  } else if (sink && op === OP.SC_W) {
    if (rd !== 0 && rd !== 32) h.x[rd] = 1; // a store-conditional to a page table fails (allowed: SC may always fail)
  } else if (sink && STORE_LIKE.has(op)) {
    const old = vmm.host.readGuest(gpa, 4);
    if (!old) { vmm.reflect(CAUSE_STORE_ACCESS, gva); return; }
    const a = old[0]! | (old[1]! << 8) | (old[2]! << 16) | (old[3]! << 24);
    sink(gpa, 4, amo(op, a, h.x[rs2]!));
    if (rd !== 0 && rd !== 32) h.x[rd] = a;
  } else {
    // Atomics and anything else cannot reach a device: an access fault, as on the machine.
    vmm.reflect(STORE_LIKE.has(op) ? CAUSE_STORE_ACCESS : CAUSE_LOAD_ACCESS, gva);
    return;
  }
  h.pc = (h.pc + len) | 0;
}

const STORE_LIKE = new Set<number>([OP.SC_W, OP.AMOSWAP_W, OP.AMOADD_W, OP.AMOXOR_W, OP.AMOAND_W, OP.AMOOR_W,
  OP.AMOMIN_W, OP.AMOMAX_W, OP.AMOMINU_W, OP.AMOMAXU_W]);
