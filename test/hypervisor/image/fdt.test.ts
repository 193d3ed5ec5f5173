/**
 * The flattened-device-tree writer and reader (round trip, header layout,
 * phandles, malformed input), the virt board's tree, and — when QEMU is
 * installed — QEMU's own virt tree, parsed and compared with ours.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DISK_COMPATIBLE, DISK_IRQ, DISK_WINDOW, PLIC_NUM_SOURCES, PLIC_SIZE, TIMEBASE_HZ, UART0_IRQ, VIRT_CLINT, VIRT_DISK, VIRT_GENID, VIRT_PLIC,
  VIRT_UART0,
} from '../../../hypervisor/abi/virt.js';
import { VIRT_BOOTARGS_MAX, virtDeviceTree, VirtFdtError } from '../../../hypervisor/core/virt-fdt.js';
import { IRQ_M_EXT, IRQ_M_SOFT, IRQ_M_TIMER, IRQ_S_EXT } from '../../../hypervisor/cpu/isa.js';
import {
  buildFdt, FdtError, type FdtNode, findNode, parseFdt, propBytes, propString, propStrings, propU32s, walkFdt,
} from '../../../hypervisor/image/fdt.js';
import { prng } from '../../helpers/prng.js';
import { hasTool } from '../../helpers/tools.js';

const be32 = (b: Uint8Array, at: number): number => new DataView(b.buffer, b.byteOffset).getUint32(at);
const must = (root: FdtNode, path: string): FdtNode => {
  const n = findNode(root, path);
  if (!n) throw new Error(`no node ${path}`);
  return n;
};

/** A small tree using every value kind, labels and references. */
function sample(): FdtNode {
  return {
    name: '',
    props: [{ name: '#address-cells', value: [2] }, { name: 'compatible', value: ['acme,board', 'simple'] }],
    children: [
      { name: 'intc', label: 'intc', props: [{ name: 'interrupt-controller', value: [] }], children: [] },
      {
        name: 'dev@1000',
        props: [
          { name: 'reg', value: [0, 0x1000, 0, 0x100] },
          { name: 'interrupts-extended', value: [{ ref: 'intc' }, 5, { ref: 'other' }, 7] },
          { name: 'label', value: 'uart' },
          { name: 'blob', value: Uint8Array.of(1, 2, 3) },
          { name: 'compatible', value: 'acme,uart' },
        ],
        children: [{ name: 'other', label: 'other', props: [{ name: 'phandle', value: [1] }], children: [] }],
      },
    ],
  };
}

describe('FDT writer and reader', () => {
  it('round-trips every value kind, resolving labels to phandles', () => {
    const root = parseFdt(buildFdt(sample()));
    expect(walkFdt(root).map((e) => e.path)).toEqual(['/', '/intc', '/dev@1000', '/dev@1000/other']);
    expect(propStrings(root, 'compatible')).toEqual(['acme,board', 'simple']);
    const dev = must(root, '/dev@1000');
    expect(propU32s(dev, 'reg')).toEqual([0, 0x1000, 0, 0x100]);
    expect(propString(dev, 'label')).toBe('uart');
    expect(propBytes(dev, 'blob')).toEqual(Uint8Array.of(1, 2, 3));
    expect(propBytes(must(root, '/intc'), 'interrupt-controller')).toEqual(new Uint8Array(0));
    // "other" keeps its explicit phandle 1; "intc" gets the lowest free number, 2.
    expect(propU32s(must(root, '/intc'), 'phandle')).toEqual([2]);
    expect(propU32s(must(root, '/dev@1000/other'), 'phandle')).toEqual([1]);
    expect(propU32s(dev, 'interrupts-extended')).toEqual([2, 5, 1, 7]);
  });

  it('writes a version 17 header, an empty 8-byte-aligned reservation map and deduplicated names', () => {
    const blob = buildFdt(sample(), { bootCpuid: 3 });
    const h = Array.from({ length: 10 }, (_, i) => be32(blob, 4 * i));
    const [magic, total, offStruct, offStrings, offRsv, version, lastComp, bootCpuid, sizeStrings, sizeStruct] = h;
    expect([magic, total, version, lastComp, bootCpuid]).toEqual([0xd00dfeed, blob.length, 17, 16, 3]);
    expect(offRsv! % 8).toBe(0);
    expect(blob.subarray(offRsv!, offRsv! + 16)).toEqual(new Uint8Array(16));
    expect(offStruct).toBe(offRsv! + 16);
    expect(offStrings).toBe(offStruct! + sizeStruct!);
    expect(be32(blob, offStruct!)).toBe(1); // FDT_BEGIN_NODE
    expect(be32(blob, offStruct! + sizeStruct! - 4)).toBe(9); // FDT_END
    const names = new TextDecoder().decode(blob.subarray(offStrings!, offStrings! + sizeStrings!)).split('\0').slice(0, -1);
    expect(names.sort()).toEqual(['#address-cells', 'blob', 'compatible', 'interrupt-controller', 'interrupts-extended', 'label', 'phandle', 'reg']);
  });

  it('refuses trees it cannot write', () => {
    const leaf = (props: FdtNode['props'], name = 'n'): FdtNode => ({ name: '', props: [], children: [{ name, props, children: [] }] });
    const cases: Array<[FdtNode, RegExp]> = [
      [{ name: 'x', props: [], children: [] }, /root node's name must be empty/],
      [leaf([], 'bad/name'), /bad node name/],
      [leaf([{ name: 'has space', value: [] }]), /bad property name/],
      [leaf([{ name: 'a', value: [1] }, { name: 'a', value: [2] }]), /appears twice/],
      [leaf([{ name: 'a', value: [2 ** 32] }]), /not a 32-bit unsigned integer/],
      [leaf([{ name: 'a', value: [-1] }]), /not a 32-bit unsigned integer/],
      [leaf([{ name: 'a', value: [{ ref: 'nowhere' }] }]), /unknown label "nowhere"/],
      [leaf([{ name: 'a', value: 'nul\0inside' }]), /NUL/],
      [leaf([{ name: 'phandle', value: [0] }]), /phandle must be one cell/],
    ];
    for (const [tree, msg] of cases) expect(() => buildFdt(tree)).toThrow(msg);
    const twin: FdtNode = { name: '', props: [], children: [{ name: 'a', props: [], children: [] }, { name: 'a', props: [], children: [] }] };
    expect(() => buildFdt(twin)).toThrow(FdtError);
  });

  it('refuses malformed blobs with an FdtError', () => {
    const blob = buildFdt(sample());
    const patched = (at: number, v: number): Uint8Array => {
      const b = blob.slice();
      new DataView(b.buffer).setUint32(at, v);
      return b;
    };
    const offStruct = be32(blob, 8);
    const cases: Array<[Uint8Array, RegExp]> = [
      [blob.subarray(0, 39), /only 39 bytes/],
      [patched(0, 0xfeedd00d), /magic/],
      [patched(4, blob.length + 1), /totalsize/],
      [patched(20, 16), /version 16/],
      [patched(8, blob.length), /structure block/],
      [patched(16, 41), /8-byte aligned|outside/],
      [patched(offStruct, 7), /unknown token 0x7/],
      [patched(offStruct, 2), /closes no node/],
      [patched(offStruct, 9), /FDT_END/],
    ];
    for (const [b, msg] of cases) {
      expect(() => parseFdt(b)).toThrow(FdtError);
      expect(() => parseFdt(b)).toThrow(msg);
    }
  });

  it('never throws anything but FdtError on truncated or randomly corrupted blobs', () => {
    const blob = virtDeviceTree({ ramBytes: 64 << 20, bootargs: 'console=ttyS0', disk: true });
    for (let len = 0; len < blob.length; len++) {
      const b = blob.slice(0, len);
      expect(() => parseFdt(b)).toThrow(FdtError);
    }
    const next = prng(17);
    let parsed = 0;
    for (let i = 0; i < 3000; i++) {
      const b = blob.slice();
      for (let k = 1 + (next() % 4); k > 0; k--) b[next() % b.length] = next() & 0xff;
      try {
        parseFdt(b);
        parsed++;
      } catch (e) {
        expect(e).toBeInstanceOf(FdtError);
      }
    }
    expect(parsed).toBeGreaterThan(0); // corrupting property bytes alone still parses
  });
});

describe('virt board device tree', () => {
  const tree = (disk = true): FdtNode => parseFdt(virtDeviceTree({ ramBytes: 256 << 20, bootargs: 'root=/dev/pd0 quiet', disk }));

  it('describes memory, the command line, the console and the timebase', () => {
    const root = tree();
    expect(propU32s(root, '#address-cells')).toEqual([2]);
    expect(propString(root, 'compatible')).toBe('riscv-virtio');
    expect(propU32s(must(root, '/memory@80000000'), 'reg')).toEqual([0, 0x8000_0000, 0, 256 << 20]);
    expect(propString(must(root, '/memory@80000000'), 'device_type')).toBe('memory');
    const chosen = must(root, '/chosen');
    expect(propString(chosen, 'bootargs')).toBe('root=/dev/pd0 quiet');
    const stdout = propString(chosen, 'stdout-path')!;
    expect(stdout).toBe('/soc/serial@10000000');
    const serial = must(root, stdout);
    expect(propU32s(serial, 'reg')).toEqual([0, VIRT_UART0, 0, 0x100]);
    expect(propU32s(serial, 'interrupts')).toEqual([UART0_IRQ]);
    expect(propU32s(must(root, '/cpus'), 'timebase-frequency')).toEqual([TIMEBASE_HZ]);
    const cpu = must(root, '/cpus/cpu@0');
    expect([propString(cpu, 'riscv,isa'), propString(cpu, 'mmu-type'), propString(cpu, 'status')]).toEqual(['rv32imac_zicsr_zifencei', 'riscv,sv32', 'okay']);
  });

  it('wires the CLINT, the PLIC and the devices to the right interrupt controllers', () => {
    const root = tree();
    const intc = propU32s(must(root, '/cpus/cpu@0/interrupt-controller'), 'phandle')![0]!;
    const plic = must(root, `/soc/plic@${VIRT_PLIC.toString(16)}`);
    const plicPh = propU32s(plic, 'phandle')![0]!;
    expect(new Set([intc, plicPh]).size).toBe(2);
    expect(propU32s(plic, 'reg')).toEqual([0, VIRT_PLIC, 0, PLIC_SIZE]);
    expect(propU32s(plic, 'riscv,ndev')).toEqual([PLIC_NUM_SOURCES - 1]);
    expect(propU32s(plic, 'interrupts-extended')).toEqual([intc, IRQ_M_EXT, intc, IRQ_S_EXT]);
    expect(propStrings(plic, 'compatible')).toEqual(['sifive,plic-1.0.0', 'riscv,plic0']);
    const clint = must(root, `/soc/clint@${VIRT_CLINT.toString(16)}`);
    expect(propU32s(clint, 'interrupts-extended')).toEqual([intc, IRQ_M_SOFT, intc, IRQ_M_TIMER]);
    expect(propU32s(must(root, '/soc/serial@10000000'), 'interrupt-parent')).toEqual([plicPh]);
    const disk = must(root, `/soc/disk@${VIRT_DISK.toString(16)}`);
    expect(propString(disk, 'compatible')).toBe(DISK_COMPATIBLE);
    expect(propU32s(disk, 'reg')).toEqual([0, VIRT_DISK, 0, DISK_WINDOW]);
    expect([propU32s(disk, 'interrupts'), propU32s(disk, 'interrupt-parent')]).toEqual([[DISK_IRQ], [plicPh]]);
    const test = propU32s(must(root, '/soc/test@100000'), 'phandle')![0];
    expect(propU32s(must(root, '/poweroff'), 'regmap')).toEqual([test]);
  });

  it('leaves the disk out when none is attached', () => {
    expect(findNode(tree(false), `/soc/disk@${VIRT_DISK.toString(16)}`)).toBeUndefined();
  });

  it('refuses RAM sizes and command lines a guest could not use', () => {
    const ok = { ramBytes: 1 << 20, bootargs: '', disk: false };
    expect(() => virtDeviceTree({ ...ok, ramBytes: 1000 })).toThrow(VirtFdtError);
    expect(() => virtDeviceTree({ ...ok, ramBytes: 0 })).toThrow(/multiple of 4 KiB/);
    expect(() => virtDeviceTree({ ...ok, ramBytes: 2 ** 31 + 4096 })).toThrow(/at most 2048 MiB/);
    expect(() => virtDeviceTree({ ...ok, bootargs: 'x'.repeat(VIRT_BOOTARGS_MAX + 1) })).toThrow(new RegExp(`limit is ${VIRT_BOOTARGS_MAX}`));
    expect(() => virtDeviceTree({ ...ok, bootargs: 'a\0b' })).toThrow(/NUL/);
    expect(() => virtDeviceTree({ ...ok, hartId: 1 as 0 })).toThrow(/hart 0 only/);
    expect(propString(must(parseFdt(virtDeviceTree({ ...ok, bootargs: 'x'.repeat(VIRT_BOOTARGS_MAX) })), '/chosen'), 'bootargs')).toHaveLength(VIRT_BOOTARGS_MAX);
  });
});

describe.runIf(hasTool('qemu-system-riscv32'))('virt tree against QEMU\'s own', () => {
  /** QEMU's virt DTB for 128 MiB of RAM (no firmware needed to dump it). */
  function qemuTree(): FdtNode {
    const dir = mkdtempSync(join(tmpdir(), 'exovisor-dtb-'));
    try {
      const file = join(dir, 'virt.dtb');
      const run = spawnSync('qemu-system-riscv32', ['-machine', `virt,dumpdtb=${file}`, '-m', '128M', '-bios', 'none', '-nographic', '-monitor', 'none'],
        { encoding: 'utf8', timeout: 10_000, killSignal: 'SIGKILL' });
      expect(run.status, run.stderr).toBe(0);
      return parseFdt(readFileSync(file));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('has the node paths QEMU has for the devices we model, and the properties a kernel reads match', () => {
    const qemu = qemuTree();
    const ours = parseFdt(virtDeviceTree({ ramBytes: 128 << 20, bootargs: '', disk: true }));
    const qemuPaths = new Set(walkFdt(qemu).map((e) => e.path));
    const extra = walkFdt(ours).map((e) => e.path).filter((p) => !qemuPaths.has(p));
    expect(extra).toEqual([`/soc/disk@${VIRT_DISK.toString(16)}`, `/soc/genid@${VIRT_GENID.toString(16)}`]);
    const same: Array<[string, string, 'u32' | 'str']> = [
      ['/', '#address-cells', 'u32'], ['/', '#size-cells', 'u32'], ['/', 'compatible', 'str'],
      ['/chosen', 'stdout-path', 'str'],
      ['/memory@80000000', 'reg', 'u32'], ['/memory@80000000', 'device_type', 'str'],
      ['/cpus', 'timebase-frequency', 'u32'], ['/cpus', '#address-cells', 'u32'], ['/cpus/cpu@0', 'reg', 'u32'],
      ['/cpus/cpu@0', 'mmu-type', 'str'], ['/cpus/cpu@0/interrupt-controller', 'compatible', 'str'],
      ['/soc', '#address-cells', 'u32'], ['/soc', 'compatible', 'str'],
      ['/soc/serial@10000000', 'reg', 'u32'], ['/soc/serial@10000000', 'interrupts', 'u32'],
      ['/soc/serial@10000000', 'clock-frequency', 'u32'], ['/soc/serial@10000000', 'compatible', 'str'],
      ['/soc/plic@c000000', 'reg', 'u32'], ['/soc/plic@c000000', 'compatible', 'str'], ['/soc/plic@c000000', '#interrupt-cells', 'u32'],
      ['/soc/clint@2000000', 'reg', 'u32'], ['/soc/clint@2000000', 'compatible', 'str'],
      ['/soc/test@100000', 'reg', 'u32'], ['/soc/test@100000', 'compatible', 'str'],
      ['/poweroff', 'value', 'u32'], ['/reboot', 'value', 'u32'],
    ];
    for (const [path, name, kind] of same) {
      const get = (root: FdtNode): unknown => (kind === 'u32' ? propU32s : propStrings)(must(root, path), name);
      expect(get(ours), `${path} ${name}`).toEqual(get(qemu));
      expect(get(ours), `${path} ${name}`).toBeDefined();
    }
    // Interrupt wiring is the same once phandles are mapped to the nodes they name.
    const wiring = (root: FdtNode, path: string): number[] => {
      const intc = propU32s(must(root, '/cpus/cpu@0/interrupt-controller'), 'phandle')![0]!;
      return propU32s(must(root, path), 'interrupts-extended')!.map((v, i) => (i % 2 === 0 ? (v === intc ? -1 : v) : v));
    };
    for (const path of ['/soc/plic@c000000', '/soc/clint@2000000']) expect(wiring(ours, path)).toEqual(wiring(qemu, path));
  });
});
