/**
 * The reference interpreter: fetches from the decoded-code cache, dispatches
 * on the operation number and executes, with register and memory fast paths
 * inlined. Anything unusual (TLB miss, MMIO, misaligned, CSR, privileged
 * instructions, exceptions) goes to the hart or MMU and, when it changes the
 * privilege or translation state, returns to the run loop, which re-enters
 * with fresh cached state.
 *
 * This function is deliberately one long loop: V8 keeps the registers, the
 * TLB arrays and pc in machine registers only while they are locals of one
 * function, and dispatches a `switch` with literal labels through a jump
 * table. The labels are the numbers of ops.ts (checked by a unit test).
 */
import { atomicAmo, mulh, mulhsu, mulhu } from './alu.js';
import { CodePage } from './code-cache.js';
import { decode } from './decode.js';
import type { Hart } from './hart.js';
import {
  CAUSE_BREAKPOINT, CAUSE_ILLEGAL_INSTRUCTION, CAUSE_MISALIGNED_LOAD, CAUSE_MISALIGNED_STORE,
  MSTATUS_TSR, MSTATUS_TVM, MSTATUS_TW, PRV_M, PRV_S, PRV_U,
} from './isa.js';
import { ACCESS_READ, ACCESS_WRITE } from './pmp.js';
import { BLOCK_MAX, HOT_THRESHOLD, translate } from './jit.js';
import { raise, TRAP } from './trap.js';

/** Placeholder page until the first fetch selects a real one. */
const NO_PAGE = new CodePage();

/** Re-encodes a CSR instruction for mtval when it turns out illegal. */
function csrEncoding(w: number, csr: number, f3: number): number {
  const rd = (w >>> 8) & 63;
  return (csr << 20) | (((w >>> 14) & 31) << 15) | (f3 << 12) | ((rd === 32 ? 0 : rd) << 7) | 0x73;
}

/** Decodes the instruction at `pc` into its cache slot (or not, when it crosses a page); returns the packed word. */
function fill(h: Hart, page: Int32Array, slot: number, host: number, pc: number, priv: number): number {
  const m = h.bus.mem8;
  const off = host | (pc & 0xfff);
  let bits = m[off]! | (m[off + 1]! << 8);
  if ((bits & 3) === 3) {
    if ((pc & 0xfff) === 0xffe) {
      const next = h.mmu.fetchPage((pc + 2) | 0, priv);
      bits |= (m[next]! | (m[next + 1]! << 8)) << 16;
      const d = decode(bits);
      page[2 * slot] = 1; // FETCH_SLOW: crosses a page, never cached
      h.decImm = d.imm;
      return d.word;
    }
    bits |= (m[off + 2]! | (m[off + 3]! << 8)) << 16;
  }
  const d = decode(bits);
  page[2 * slot] = d.word;
  page[2 * slot + 1] = d.imm;
  h.decImm = d.imm;
  return d.word;
}

/**
 * Runs at most `budget` instructions; returns how many of the budget are
 * left when it stops early (trap taken, CSR/privilege change, WFI, device
 * attention). Retired instructions are added to `h.retiredBase`.
 */
export function interpret(h: Hart, budget: number): number {
  const left = run(h, budget);
  h.chunkDone = 0; // every exit path has moved its count into retiredBase
  return left;
}

/** The loop behind `interpret`. */
function run(h: Hart, budget: number): number {
  const x = h.x;
  const mmu = h.mmu;
  const bus = h.bus;
  const m8 = bus.mem8, m16 = bus.mem16, m32 = bus.mem32;
  const code = h.code;
  const hasCode = code.hasCode;
  const priv = h.priv;
  const dpriv = h.dataPriv();
  const fset = mmu.sets[priv]!, dset = mmu.sets[dpriv]!;
  const xTag = fset.xTag, xHost = fset.xHost;
  const rTag = dset.rTag, rHost = dset.rHost, wTag = dset.wTag, wHost = dset.wHost;
  let pc = h.pc;
  let left = budget;
  let th = 0; // data accesses the TLB answered
  let fvpn = -1;
  let fhost = 0;
  let fpage: CodePage = NO_PAGE;
  let fp = fpage.decoded, fb = fpage.blocks, fhot = fpage.hot;
  const jit = h.jit;
  let slowNext = 0;
  h.yieldReq = false;
  h.chunkDone = 0;
  try {
    while (left > 0) {
      const vpn = pc >>> 12;
      if (vpn !== fvpn) {
        const i = vpn & 255;
        if (xTag[i] === vpn) fhost = xHost[i]!;
        else {
          // Counted as started while fetching, so a fetch fault is undone like any other fault.
          h.chunkDone = budget - left;
          left--;
          fhost = mmu.fetchPage(pc, priv);
          left++;
        }
        fpage = code.page(fhost >>> 12);
        if (fpage.hasBlocks && fpage.vpn !== vpn) fpage.dropBlocks();
        fp = fpage.decoded; fb = fpage.blocks; fhot = fpage.hot;
        // A page that PMP splits is checked again for every instruction, and never runs blocks.
        fvpn = xTag[i] === vpn ? vpn : -1;
      }
      const slot = (pc & 0xfff) >>> 1;
      if (jit && fvpn !== -1) {
        const b = fb[slot];
        if (b !== undefined) {
          // After a block stopped at an instruction it leaves to the slow path, that one is interpreted.
          if (left >= BLOCK_MAX && slowNext === 0) {
            pc = b(pc, rTag, rHost, wTag, wHost, left);
            left -= h.blockRan;
            slowNext = h.blockSlow;
            continue;
          }
        } else if (fhot[slot]! < HOT_THRESHOLD && ++fhot[slot]! === HOT_THRESHOLD) {
          if (translate(h, fpage, fhost, slot, pc) !== undefined) continue;
        }
      }
      left--;
      slowNext = 0;
      let w = fp[2 * slot]!;
      let imm: number;
      if (w < 2) {
        w = fill(h, fp, slot, fhost, pc, priv);
        // The boot marker: tested only here, on the first decode of an instruction, so it costs nothing on the cached path.
        if (pc === h.markPc) { h.chunkDone = budget - left - 1; h.markFetch(pc, priv); }
        imm = h.decImm;
      } else {
        imm = fp[2 * slot + 1]!;
      }
      const rd = (w >>> 8) & 63;
      const rs1 = (w >>> 14) & 31;
      const rs2 = (w >>> 19) & 31;
      const npc = (pc + 4 - ((w >>> 23) & 2)) | 0;
      switch (w & 0xff) {
        case 2: // ILLEGAL
          raise(CAUSE_ILLEGAL_INSTRUCTION, imm);
        case 3: // LUI
          x[rd] = imm; pc = npc; break;
        case 4: // AUIPC
          x[rd] = (pc + imm) | 0; pc = npc; break;
        case 5: // JAL
          x[rd] = npc; pc = (pc + imm) | 0; break;
        case 6: { // JALR
          const t = (x[rs1]! + imm) & ~1;
          x[rd] = npc; pc = t; break;
        }
        case 7: // BEQ
          pc = x[rs1] === x[rs2] ? (pc + imm) | 0 : npc; break;
        case 8: // BNE
          pc = x[rs1] !== x[rs2] ? (pc + imm) | 0 : npc; break;
        case 9: // BLT
          pc = x[rs1]! < x[rs2]! ? (pc + imm) | 0 : npc; break;
        case 10: // BGE
          pc = x[rs1]! >= x[rs2]! ? (pc + imm) | 0 : npc; break;
        case 11: // BLTU
          pc = x[rs1]! >>> 0 < x[rs2]! >>> 0 ? (pc + imm) | 0 : npc; break;
        case 12: // BGEU
          pc = x[rs1]! >>> 0 >= x[rs2]! >>> 0 ? (pc + imm) | 0 : npc; break;
        case 13: { // LB
          const va = (x[rs1]! + imm) | 0, v = va >>> 12, i = v & 255;
          if (rTag[i] === v) { x[rd] = (m8[rHost[i]! | (va & 0xfff)]! << 24) >> 24; th++; }
          else { h.chunkDone = budget - left - 1; x[rd] = (mmu.load(va, 1, dpriv) << 24) >> 24; }
          pc = npc; break;
        }
        case 14: { // LH
          const va = (x[rs1]! + imm) | 0, v = va >>> 12, i = v & 255;
          if (rTag[i] === v && (va & 1) === 0) { x[rd] = (m16[(rHost[i]! | (va & 0xfff)) >>> 1]! << 16) >> 16; th++; }
          else { h.chunkDone = budget - left - 1; x[rd] = (mmu.load(va, 2, dpriv) << 16) >> 16; }
          pc = npc; break;
        }
        case 15: { // LW
          const va = (x[rs1]! + imm) | 0, v = va >>> 12, i = v & 255;
          if (rTag[i] === v && (va & 3) === 0) { x[rd] = m32[(rHost[i]! | (va & 0xfff)) >>> 2]!; th++; }
          else { h.chunkDone = budget - left - 1; x[rd] = mmu.load(va, 4, dpriv); }
          pc = npc; break;
        }
        case 16: { // LBU
          const va = (x[rs1]! + imm) | 0, v = va >>> 12, i = v & 255;
          if (rTag[i] === v) { x[rd] = m8[rHost[i]! | (va & 0xfff)]!; th++; }
          else { h.chunkDone = budget - left - 1; x[rd] = mmu.load(va, 1, dpriv); }
          pc = npc; break;
        }
        case 17: { // LHU
          const va = (x[rs1]! + imm) | 0, v = va >>> 12, i = v & 255;
          if (rTag[i] === v && (va & 1) === 0) { x[rd] = m16[(rHost[i]! | (va & 0xfff)) >>> 1]!; th++; }
          else { h.chunkDone = budget - left - 1; x[rd] = mmu.load(va, 2, dpriv); }
          pc = npc; break;
        }
        case 18: { // SB
          const va = (x[rs1]! + imm) | 0, v = va >>> 12, i = v & 255;
          if (wTag[i] === v) {
            const ha = wHost[i]! | (va & 0xfff);
            m8[ha] = x[rs2]!; th++;
            if (hasCode[ha >>> 12] !== 0) code.invalidate(ha, 1);
          } else {
            h.chunkDone = budget - left - 1; mmu.store(va, 1, x[rs2]!, dpriv);
            if (bus.attention) { pc = npc; h.pc = pc; h.retiredBase += budget - left; h.tlbHits += th; return left; }
          }
          pc = npc; break;
        }
        case 19: { // SH
          const va = (x[rs1]! + imm) | 0, v = va >>> 12, i = v & 255;
          if (wTag[i] === v && (va & 1) === 0) {
            const ha = wHost[i]! | (va & 0xfff);
            m16[ha >>> 1] = x[rs2]!; th++;
            if (hasCode[ha >>> 12] !== 0) code.invalidate(ha, 2);
          } else {
            h.chunkDone = budget - left - 1; mmu.store(va, 2, x[rs2]!, dpriv);
            if (bus.attention) { pc = npc; h.pc = pc; h.retiredBase += budget - left; h.tlbHits += th; return left; }
          }
          pc = npc; break;
        }
        case 20: { // SW
          const va = (x[rs1]! + imm) | 0, v = va >>> 12, i = v & 255;
          if (wTag[i] === v && (va & 3) === 0) {
            const ha = wHost[i]! | (va & 0xfff);
            m32[ha >>> 2] = x[rs2]!; th++;
            if (hasCode[ha >>> 12] !== 0) code.invalidate(ha, 4);
          } else {
            h.chunkDone = budget - left - 1; mmu.store(va, 4, x[rs2]!, dpriv);
            if (bus.attention) { pc = npc; h.pc = pc; h.retiredBase += budget - left; h.tlbHits += th; return left; }
          }
          pc = npc; break;
        }
        case 21: // ADDI
          x[rd] = (x[rs1]! + imm) | 0; pc = npc; break;
        case 22: // SLTI
          x[rd] = x[rs1]! < imm ? 1 : 0; pc = npc; break;
        case 23: // SLTIU
          x[rd] = x[rs1]! >>> 0 < imm >>> 0 ? 1 : 0; pc = npc; break;
        case 24: // XORI
          x[rd] = x[rs1]! ^ imm; pc = npc; break;
        case 25: // ORI
          x[rd] = x[rs1]! | imm; pc = npc; break;
        case 26: // ANDI
          x[rd] = x[rs1]! & imm; pc = npc; break;
        case 27: // SLLI
          x[rd] = x[rs1]! << imm; pc = npc; break;
        case 28: // SRLI
          x[rd] = x[rs1]! >>> imm; pc = npc; break;
        case 29: // SRAI
          x[rd] = x[rs1]! >> imm; pc = npc; break;
        case 30: // ADD
          x[rd] = (x[rs1]! + x[rs2]!) | 0; pc = npc; break;
        case 31: // SUB
          x[rd] = (x[rs1]! - x[rs2]!) | 0; pc = npc; break;
        case 32: // SLL
          x[rd] = x[rs1]! << x[rs2]!; pc = npc; break;
        case 33: // SLT
          x[rd] = x[rs1]! < x[rs2]! ? 1 : 0; pc = npc; break;
        case 34: // SLTU
          x[rd] = x[rs1]! >>> 0 < x[rs2]! >>> 0 ? 1 : 0; pc = npc; break;
        case 35: // XOR
          x[rd] = x[rs1]! ^ x[rs2]!; pc = npc; break;
        case 36: // SRL
          x[rd] = x[rs1]! >>> x[rs2]!; pc = npc; break;
        case 37: // SRA
          x[rd] = x[rs1]! >> x[rs2]!; pc = npc; break;
        case 38: // OR
          x[rd] = x[rs1]! | x[rs2]!; pc = npc; break;
        case 39: // AND
          x[rd] = x[rs1]! & x[rs2]!; pc = npc; break;
        case 40: // MUL
          x[rd] = Math.imul(x[rs1]!, x[rs2]!); pc = npc; break;
        case 41: // MULH
          x[rd] = mulh(x[rs1]!, x[rs2]!); pc = npc; break;
        case 42: // MULHSU
          x[rd] = mulhsu(x[rs1]!, x[rs2]!); pc = npc; break;
        case 43: // MULHU
          x[rd] = mulhu(x[rs1]!, x[rs2]!); pc = npc; break;
        case 44: { // DIV
          const a = x[rs1]!, b = x[rs2]!;
          x[rd] = b === 0 ? -1 : b === -1 ? -a | 0 : (a / b) | 0; pc = npc; break;
        }
        case 45: { // DIVU
          const a = x[rs1]! >>> 0, b = x[rs2]! >>> 0;
          x[rd] = b === 0 ? -1 : (a / b) | 0; pc = npc; break;
        }
        case 46: { // REM
          const a = x[rs1]!, b = x[rs2]!;
          x[rd] = b === 0 ? a : b === -1 ? 0 : a % b | 0; pc = npc; break;
        }
        case 47: { // REMU
          const a = x[rs1]! >>> 0, b = x[rs2]! >>> 0;
          x[rd] = b === 0 ? a | 0 : a % b | 0; pc = npc; break;
        }
        case 48: // FENCE
          pc = npc; break;
        case 49: // FENCE_I (stores already invalidate decoded code)
          pc = npc; break;
        case 50: // ECALL: cause 8, 9 or 11 for U, S, M
          raise(8 + priv, 0);
        case 51: // EBREAK
          raise(CAUSE_BREAKPOINT, 0); // tval 0, as QEMU gives (the spec also allows the pc)
        case 52: // MRET
          if (priv < PRV_M) raise(CAUSE_ILLEGAL_INSTRUCTION, 0x30200073);
          h.retiredBase += budget - left; h.mret(); h.tlbHits += th; return left;
        case 53: // SRET
          if (priv < PRV_S || (priv === PRV_S && h.csr.mstatus & MSTATUS_TSR)) raise(CAUSE_ILLEGAL_INSTRUCTION, 0x10200073);
          h.retiredBase += budget - left; h.sret(); h.tlbHits += th; return left;
        case 54: // WFI
          if (priv === PRV_U || (priv === PRV_S && h.csr.mstatus & MSTATUS_TW)) raise(CAUSE_ILLEGAL_INSTRUCTION, 0x10500073);
          h.waiting = true; h.pc = npc; h.retiredBase += budget - left; h.tlbHits += th; return left;
        case 55: // SFENCE_VMA
          if (priv === PRV_U || (priv === PRV_S && h.csr.mstatus & MSTATUS_TVM)) {
            raise(CAUSE_ILLEGAL_INSTRUCTION, 0x12000073 | (rs2 << 20) | (rs1 << 15));
          }
          if (rs1 !== 0) mmu.flushPage(x[rs1]!); else mmu.flushAll();
          h.pc = npc; h.retiredBase += budget - left; h.tlbHits += th; return left;
        case 56: // CSRRW
        case 57: // CSRRS
        case 58: // CSRRC
        case 59: // CSRRWI
        case 60: // CSRRSI
        case 61: { // CSRRCI
          const op = w & 0xff;
          const kind = op <= 58 ? op - 55 : op - 58;
          const src = op <= 58 ? x[rs1]! : rs1;
          h.pc = pc; h.chunkDone = budget - left - 1;
          x[rd] = h.csrOp(kind, imm, src, kind === 1 || rs1 !== 0, rd !== 32, csrEncoding(w, imm, op <= 58 ? kind : kind + 4));
          pc = npc;
          if (h.yieldReq) { h.pc = pc; h.retiredBase += budget - left; h.tlbHits += th; return left; }
          break;
        }
        case 62: { // LR_W
          const va = x[rs1]!;
          if (va & 3) raise(CAUSE_MISALIGNED_LOAD, va);
          h.chunkDone = budget - left - 1;
          const ha = mmu.atomicOffset(va, ACCESS_READ, dpriv);
          x[rd] = h.resValue = m32[ha >>> 2]!;
          h.resAddr = ha;
          pc = npc; break;
        }
        case 63: { // SC_W: succeeds while the reserved word still holds the value LR read
          const va = x[rs1]!;
          if (va & 3) raise(CAUSE_MISALIGNED_STORE, va);
          h.chunkDone = budget - left - 1;
          const ha = mmu.atomicOffset(va, ACCESS_WRITE, dpriv);
          if (h.resAddr === ha && Atomics.compareExchange(m32, ha >>> 2, h.resValue, x[rs2]!) === h.resValue) {
            mmu.ramWritten(ha, 4);
            x[rd] = 0;
          } else {
            x[rd] = 1;
          }
          h.resAddr = -1;
          pc = npc; break;
        }
        case 64: // AMOSWAP_W
        case 65: // AMOADD_W
        case 66: // AMOXOR_W
        case 67: // AMOAND_W
        case 68: // AMOOR_W
        case 69: // AMOMIN_W
        case 70: // AMOMAX_W
        case 71: // AMOMINU_W
        case 72: { // AMOMAXU_W
          const va = x[rs1]!;
          if (va & 3) raise(CAUSE_MISALIGNED_STORE, va);
          h.chunkDone = budget - left - 1;
          const ha = mmu.atomicOffset(va, ACCESS_WRITE, dpriv);
          // Atomic with respect to other threads too: RAM may be shared with the hypervisor (event channels, rings).
          const old = atomicAmo(m32, ha >>> 2, w & 0xff, x[rs2]!);
          mmu.ramWritten(ha, 4);
          x[rd] = old;
          pc = npc; break;
        }
        default:
          throw new Error(`interpret: no handler for decoded op ${w & 0xff} at pc 0x${(pc >>> 0).toString(16)}`);
      }
    }
  } catch (e) {
    if (e !== TRAP) throw e;
    left++; // the faulting instruction did not retire
    h.pc = pc;
    h.retiredBase += budget - left;
    h.takeTrap(TRAP.cause, TRAP.tval, false);
    h.tlbHits += th; return left;
  }
  h.pc = pc;
  h.retiredBase += budget - left;
  h.tlbHits += th; return left;
}
