/**
 * A hostile PV kernel in a real guest worker, beside a well-behaved
 * unikernel on the same hypervisor worker: the kernel (a few instructions
 * assembled here) finds the machine frame of one of its own pinned leaf
 * tables through its start info and asks GNTTABOP_copy to write a PTE
 * mapping the frame table read-write into it. The copy is refused with
 * GNTST_permission_denied (its exit status), and the other domain runs to
 * its normal end.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { layout } from '../../hypervisor/abi/constant.js';
import { DOMID_SELF, GNTTAB_COPY, GNTTABOP, HYPERCALLS, START_INFO, pvConst } from '../../hypervisor/abi/pv.js';
import { KERNEL_BASE, VIRT_DRAM } from '../../hypervisor/abi/virt.js';
import { a0, a1, a2, a7, add, andi, ecall, HALT, lh, li, lw, mv, s0, s1, slli, sltu, srli, sub, sw, t0, t1, t2, t3, t4, t5, zero } from '../helpers/asm.js';
import { ROOT } from '../helpers/cli.js';
import { elf32, programBytes } from '../helpers/elf-writer.js';
import { consoleOf, hypervisorPool, runToEnd } from '../helpers/guest-run.js';
import { recordCounts } from '../fuzz/harness.js';

const MiB = 1 << 20;
const SI = layout(START_INFO).offsets, CP = layout(GNTTAB_COPY);
const DATA = KERNEL_BASE + 0x1000, UOP = DATA + 0x100;
const hypervisor = hypervisorPool(64 * MiB);
afterAll(() => recordCounts('hostile-workers', { hostileCases: 1 }));

/**
 * The hostile kernel: copies word 0 of its data page (a PTE for machine
 * frame 0, read-write) into slot 0 of the leaf table the root's entry 512
 * points at, then shuts down with status -GNTST (plus 128 if a0 was an error).
 */
function copyIntoOwnTable(): Uint8Array {
  const o = CP.offsets;
  const text = programBytes([
    mv(s0, a1), lw(t0, SI['pt_base']!, s0), li(t3, (VIRT_DRAM >>> 22) * 4), add(t0, t0, t3), lw(t1, 0, t0), srli(t1, t1, 10),
    lw(s1, SI['mfn_list']!, s0), li(t3, ((DATA - VIRT_DRAM) >>> 12) * 4), add(t3, s1, t3), lw(t2, 0, t3),
    li(t3, UOP), sw(t2, o['src_ref_or_gmfn']!, t3), sw(t1, o['dst_ref_or_gmfn']!, t3),
    li(a0, GNTTABOP.copy), mv(a1, t3), li(a2, 1), li(a7, HYPERCALLS.grant_table_op), ecall,
    sltu(t5, zero, a0), slli(t5, t5, 7), lh(t4, o['status']!, t3), sub(t4, zero, t4), andi(t4, t4, 127), add(t4, t4, t5),
    slli(a1, t4, 8), li(a0, pvConst('SCHEDOP_shutdown')), li(a7, HYPERCALLS.sched_op), ecall, HALT,
  ]);
  const data = new Uint8Array(0x200), dv = new DataView(data.buffer);
  dv.setUint32(0, 0xd7, true); // PTE: frame 0, V R W U A D
  const uop = (field: string): number => 0x100 + o[field]!;
  dv.setUint16(uop('src_domid'), DOMID_SELF, true);
  dv.setUint16(uop('dst_domid'), DOMID_SELF, true);
  dv.setUint16(uop('len'), 4, true);
  dv.setInt16(uop('status'), 99, true);
  return elf32(KERNEL_BASE, [{ paddr: KERNEL_BASE, data: text, flags: 5 }, { paddr: DATA, data, flags: 6 }]);
}

describe('a hostile PV kernel in a guest worker', () => {
  it('cannot write its own page table through a grant copy, and the other domain runs to its end', async () => {
    const c = await hypervisor();
    const hostile = await c.api.create({ name: 'hostile', ramBytes: 8 * MiB, boot: { kind: 'pv', kernel: copyIntoOwnTable(), cmdline: '' } });
    const hello = await c.api.create({ name: 'hello', ramBytes: 8 * MiB, boot: { kind: 'uni', image: new Uint8Array(readFileSync(`${ROOT}libos/uni/build/hello.uni.elf`)), cmdline: 'hello' } });
    const helloOut = await consoleOf(c, hello.id);
    const [h, other] = await Promise.all([runToEnd(c, hostile.id), runToEnd(c, hello.id, helloOut)]);
    expect(h.state).toBe('shutdown');
    expect(h.exitCode).toBe(-pvConst('GNTST_permission_denied'));
    expect(other.state).toBe('shutdown');
    expect(other.exitCode).toBe(0);
    expect(other.text.length).toBeGreaterThan(0);
  });
});
