/**
 * Differential test of the two CPU tiers: the interpreter is the reference,
 * and the translation tier must be indistinguishable from it. Every C test
 * program, every bare app and the S-mode probes (on the board with the SBI
 * firmware and under the VMM) run on both tiers, which must print the same
 * bytes, stop the same way and retire the same number of instructions; the
 * programs run in this process must also end in the same architectural
 * state. Two hand-written hot loops pin down the hard cases: a fault in the
 * middle of a translated block, and code that rewrites itself while hot.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VirtBoard, type CpuTier, type StopReason } from '../../../hypervisor/core/virt-board.js';
import { CSR } from '../../../hypervisor/cpu/isa.js';
import { parseElf } from '../../../hypervisor/image/elf.js';
import { exovisor, ROOT } from '../../helpers/cli.js';
import {
  a0, a1, a2, a3, a4, a5, a6, a7, add, addi, and, bne, csrr, csrw, HALT, jal, li, loadProgram, lw, newBoard,
  poke32, RAM, s0, s1, s2, s3, slli, sltu, sw, t0, t1, t2, t3, t4, t5, t6, xor, type Program,
} from '../../helpers/asm.js';

/** Everything a run leaves behind that both tiers must agree on. */
interface Outcome {
  stop: StopReason;
  output: string;
  insns: number;
  x: number[];
  pc: number;
  priv: number;
  csrs: number[];
  translated: number;
}

const CSRS = [CSR.mstatus, CSR.mepc, CSR.mcause, CSR.mtval, CSR.mtvec, CSR.mie, CSR.satp, CSR.sepc, CSR.scause, CSR.stval];

/** The architectural state of `board` after a run that stopped with `stop`. */
function outcome(board: VirtBoard, stop: StopReason, output: string): Outcome {
  const h = board.hart;
  return {
    stop, output, insns: h.retired(), x: [...h.x.subarray(0, 32)], pc: h.pc, priv: h.priv,
    csrs: CSRS.map((c) => h.csr.read(c, 3) ?? -1), translated: h.counters.blocksTranslated,
  };
}

/** Runs an ELF on a fresh bare board on `tier`. */
function runElf(file: string, tier: CpuTier): Outcome {
  let output = '';
  const board = new VirtBoard({ tier, console: (b) => { output += String.fromCharCode(b); } });
  board.load(parseElf(readFileSync(`${ROOT}${file}`)));
  const stop = board.run({ maxInsns: 1e9, timeoutMs: 100_000 });
  return outcome(board, stop, output);
}

/** Runs `prog` at the start of RAM on a 1 MiB board on `tier`, after `setup` has filled memory. */
function runProgram(prog: Program, tier: CpuTier, maxInsns: number, setup: (b: VirtBoard) => void = () => {}): Outcome {
  const { board, hart } = newBoard();
  hart.jit = tier === 'jit';
  loadProgram(board, RAM, prog);
  setup(board);
  const stop = board.run({ maxInsns });
  return outcome(board, stop, '');
}

/** Both tiers' outcomes, checked equal apart from the translation counter; returns them. */
function bothTiers(run: (tier: CpuTier) => Outcome): { interp: Outcome; jit: Outcome } {
  const interp = run('interp');
  const jit = run('jit');
  expect(interp.translated).toBe(0);
  expect({ ...jit, translated: 0 }).toEqual(interp);
  return { interp, jit };
}

const guests = readdirSync(`${ROOT}test/guests/build`).filter((f) => f.endsWith('.elf')).map((f) => `test/guests/build/${f}`);
const apps = readdirSync(`${ROOT}apps/build/bare`).filter((f) => f.endsWith('.elf')).map((f) => `apps/build/bare/${f}`);

describe('C test programs and bare apps: same output, stop, instruction count and final state on both tiers', () => {
  it('finds the programs', () => {
    expect(guests.length).toBeGreaterThanOrEqual(13);
    expect(apps).toContain('apps/build/bare/compute.elf');
  });
  for (const file of [...guests, ...apps]) {
    it(file, () => {
      const { jit } = bothTiers((tier) => runElf(file, tier));
      expect(jit.stop.kind).not.toBe('limit');
    }, 200_000);
  }
});

const PROBES = ['privileged', 'traps', 'pagetables', 'timer'] as const;

/** A probe booted by the CLI on `tier`: console, status and retired instructions from --stats. */
function runProbe(mode: 'native' | 'full', name: string, tier: CpuTier): { stdout: string; status: number | null; insns: unknown } {
  const r = exovisor(['run', '--mode', mode, '--tier', tier, '--stats', '--timeout', '30', '--no-disk', `test/vmm/build/${name}.elf`, '--', 'x'], 60_000, '');
  const stats = JSON.parse(r.stderr.trimEnd().split('\n').at(-1)!) as { insns: unknown };
  return { stdout: r.stdout, status: r.status, insns: stats.insns };
}

describe('S-mode probes (SBI firmware, and under the VMM): same output, status and instruction count on both tiers', () => {
  for (const mode of ['native', 'full'] as const) {
    for (const name of PROBES) {
      it(`${name} (${mode})`, () => {
        const interp = runProbe(mode, name, 'interp');
        expect(interp.status).toBe(0);
        expect(typeof interp.insns).toBe('number');
        expect(runProbe(mode, name, 'jit')).toEqual(interp);
      }, 130_000);
    }
  }
});

/** Load access fault at the end of RAM, reached by a hot loop walking an array towards it. */
const RAM_END = RAM + (1 << 20);
const FAULT_AT = 3000; // iteration whose load is the first past RAM
const HANDLER = RAM + 0x100;
const faultProgram: Program = [
  li(t0, HANDLER), csrw(CSR.mtvec, t0), li(s0, RAM_END - 4 * FAULT_AT), addi(s1, 0, 0), addi(t2, 0, 0),
  // loop (RAM + 28): the load sits in the middle of the block
  addi(s1, s1, 1), slli(t3, s1, 2), add(t4, s0, t3), lw(t1, 0, t4), add(t2, t2, t1), xor(t5, t2, s1), sw(t5, 0, s0), jal(0, -28),
];

describe('a fault in the middle of a hot block is precise on the translation tier', () => {
  const handler: Program = [csrr(a0, CSR.minstret), csrr(a1, CSR.mepc), csrr(a2, CSR.mtval), csrr(a3, CSR.mcause), HALT];
  const fill = (b: VirtBoard): void => {
    loadProgram(b, HANDLER, handler);
    for (let k = 1; k < FAULT_AT; k++) poke32(b, RAM_END - 4 * FAULT_AT + 4 * k, Math.imul(k, 0x9e3779b1));
  };
  it('stops at the faulting load with the same registers and instret as the interpreter', () => {
    const { jit } = bothTiers((tier) => runProgram(faultProgram, tier, 40_000, fill));
    expect(jit.translated).toBeGreaterThan(0); // the loop really ran translated
    expect(jit.x[a1]! >>> 0).toBe(RAM + 40); // mepc: the lw
    expect(jit.x[a2]! >>> 0).toBe(RAM_END); // mtval: the first address past RAM
    expect(jit.x[a3]).toBe(5); // load access fault
    expect(jit.x[a0]).toBe(7 + 8 * (FAULT_AT - 1) + 3); // set-up, full iterations, the three before the lw
    expect(jit.x[s1]).toBe(FAULT_AT);
  });
});

/** `addi t5, t5, imm` as the loops below write it over their own code. */
const addiT5 = (imm: number): number => addi(t5, t5, imm);

describe('self-modifying code on the translation tier', () => {
  const prologue: Program = [li(a4, addiT5(5) ^ addiT5(1)), li(a5, addiT5(1)), li(a6, RAM + 72), li(a7, addiT5(5)),
    addi(s3, 0, 1000), addi(s2, 0, 2000), addi(s1, 0, 0), addi(t5, 0, 0)];
  const tail: Program = [bne(s1, s2, -28), csrr(a0, CSR.minstret), HALT];
  it('a store in the running block rewrites the next instruction of that block every iteration', () => {
    // loop (RAM + 48): t6 = s1 < 1000 ? addi t5,t5,1 : addi t5,t5,5, stored over the instruction at RAM + 72
    const prog = [...prologue, addi(s1, s1, 1), sltu(t0, s1, s3), addi(t0, t0, -1), and(t0, t0, a4), xor(t6, t0, a5),
      sw(t6, 0, a6), addiT5(1), ...tail];
    const { jit } = bothTiers((tier) => runProgram(prog, tier, 40_000));
    expect(jit.x[t5]).toBe(999 + 5 * 1001);
    expect(jit.translated).toBeGreaterThan(0);
  });
  it('code rewritten once while hot runs the new instruction afterwards', () => {
    // loop (RAM + 48): at iteration 1000 only, addi t5,t5,5 is stored over the instruction at RAM + 72
    const prog = [...prologue, addi(s1, s1, 1), bne(s1, s3, 8), sw(a7, 0, a6), addi(0, 0, 0), addi(0, 0, 0), addi(0, 0, 0),
      addiT5(1), ...tail];
    const { jit } = bothTiers((tier) => runProgram(prog, tier, 40_000));
    expect(jit.x[t5]).toBe(999 + 5 * 1001);
    expect(jit.translated).toBeGreaterThan(0);
  });
});
