/**
 * The PIO disk controller: READ, WRITE and FLUSH through the data port,
 * every error the registers can report, the interrupt line, save/restore in
 * the middle of a transfer, a hostile register fuzz that must stay inside the
 * backing store, and a guest that takes the disk interrupt through the PLIC.
 */
import { describe, expect, it } from 'vitest';
import {
  DISK_CAPACITY, DISK_CMD_FLUSH, DISK_CMD_READ, DISK_CMD_STATUS, DISK_CMD_WRITE, DISK_COUNT, DISK_DATA, DISK_ERR_COMMAND,
  DISK_ERR_COUNT, DISK_ERR_NONE, DISK_ERR_RANGE, DISK_ERROR, DISK_IRQ, DISK_IRQ_ENABLE, DISK_LBA, DISK_MAX_COUNT,
  DISK_SECTOR_SIZE, DISK_STATUS_DRQ, DISK_STATUS_ERR, DISK_STATUS_RDY, DISK_WINDOW, PLIC_CLAIM, PLIC_ENABLE, PLIC_PRIORITY,
  VIRT_DISK, VIRT_PLIC,
} from '../../../hypervisor/abi/virt.js';
import { CAUSE_INTERRUPT, CSR, IRQ_M_EXT, MIP_MEIP, MSTATUS_MIE } from '../../../hypervisor/cpu/isa.js';
import { DeviceStateError } from '../../../hypervisor/devices/device.js';
import { PioDisk } from '../../../hypervisor/devices/pio-disk.js';
import { Plic } from '../../../hypervisor/devices/plic.js';
import {
  a0, a1, a2, a3, a4, addi, csrr, csrrsi, csrw, exitWith, j, li, loadProgram, lw, newBoard, RAM, sw, t0, t1, t2,
} from '../../helpers/asm.js';
import { prng, randInt32 } from '../../helpers/prng.js';

const RDY = DISK_STATUS_RDY, DRQ = DISK_STATUS_DRQ, ERR = DISK_STATUS_ERR;
const WORDS_PER_SECTOR = DISK_SECTOR_SIZE / 4;

/** A disk of `sectors` sectors whose byte i is a known pattern; records irq levels and flushes. */
function disk(sectors = 16): { d: PioDisk; store: Uint8Array; levels: boolean[]; flushes: () => number } {
  const store = Uint8Array.from({ length: sectors * DISK_SECTOR_SIZE }, (_, i) => (i * 7 + (i >> 9)) & 0xff);
  const levels: boolean[] = [];
  let flushes = 0;
  const d = new PioDisk('disk', VIRT_DISK, store, (l) => levels.push(l), () => { flushes++; });
  return { d, store, levels, flushes: () => flushes };
}
const w = (d: PioDisk, off: number, v: number): void => { expect(d.write(off, 4, v)).toBe(true); };
const r = (d: PioDisk, off: number): number => d.read(off, 4)!;
/** Sets COUNT and LBA, then issues `cmd`. */
function issue(d: PioDisk, cmd: number, lba: number, count: number): void {
  w(d, DISK_COUNT, count);
  w(d, DISK_LBA, lba);
  w(d, DISK_CMD_STATUS, cmd);
}
const le32 = (b: Uint8Array, at: number): number => (b[at]! | b[at + 1]! << 8 | b[at + 2]! << 16 | b[at + 3]! << 24) >>> 0;

describe('PIO disk transfers', () => {
  it('READ streams COUNT sectors from LBA, four little-endian bytes per data read, then drops DRQ', () => {
    const { d, store } = disk();
    issue(d, DISK_CMD_READ, 3, 2);
    expect(r(d, DISK_CMD_STATUS)).toBe(RDY | DRQ);
    const words = Array.from({ length: 2 * WORDS_PER_SECTOR }, () => r(d, DISK_DATA));
    expect(words).toEqual(Array.from({ length: 2 * WORDS_PER_SECTOR }, (_, i) => le32(store, 3 * DISK_SECTOR_SIZE + 4 * i)));
    expect(words[0]).toBe(((3 * 512 * 7 + 3) & 0xff) | (((3 * 512 + 1) * 7 + 3) & 0xff) << 8 | (((3 * 512 + 2) * 7 + 3) & 0xff) << 16 | (((3 * 512 + 3) * 7 + 3) & 0xff) << 24);
    expect([r(d, DISK_CMD_STATUS), r(d, DISK_ERROR)]).toEqual([RDY, DISK_ERR_NONE]);
    expect(d.counters).toMatchObject({ reads: 1, sectorsRead: 2, dataAccesses: 2 * WORDS_PER_SECTOR, protocolErrors: 0 });
    expect(d.dirty).toBe(false);
  });

  it('WRITE commits each sector when its last word arrives, then drops DRQ', () => {
    const { d, store } = disk();
    const before = store.slice();
    issue(d, DISK_CMD_WRITE, 14, 2);
    expect(r(d, DISK_CMD_STATUS)).toBe(RDY | DRQ);
    for (let i = 0; i < WORDS_PER_SECTOR - 1; i++) w(d, DISK_DATA, 0x0403_0201 + i);
    expect(store).toEqual(before); // the sector is not complete yet
    w(d, DISK_DATA, 0xdead_beef);
    expect(le32(store, 14 * DISK_SECTOR_SIZE)).toBe(0x0403_0201);
    expect(le32(store, 15 * DISK_SECTOR_SIZE - 4)).toBe(0xdead_beef);
    expect([d.dirty, d.counters.sectorsWritten, r(d, DISK_CMD_STATUS)]).toEqual([true, 1, RDY | DRQ]);
    for (let i = 0; i < WORDS_PER_SECTOR; i++) w(d, DISK_DATA, i);
    expect(r(d, DISK_CMD_STATUS)).toBe(RDY);
    expect(le32(store, 16 * DISK_SECTOR_SIZE - 4)).toBe(WORDS_PER_SECTOR - 1);
    expect(store.subarray(0, 14 * DISK_SECTOR_SIZE)).toEqual(before.subarray(0, 14 * DISK_SECTOR_SIZE));
    expect(store.length).toBe(16 * DISK_SECTOR_SIZE);
  });

  it('FLUSH completes at once and calls the flush hook', () => {
    const { d, flushes } = disk();
    w(d, DISK_CMD_STATUS, DISK_CMD_FLUSH);
    expect([r(d, DISK_CMD_STATUS), flushes(), d.counters.flushes]).toEqual([RDY, 1, 1]);
  });

  it('reports its capacity and keeps COUNT, LBA and IRQ_ENABLE as written', () => {
    const { d } = disk(40);
    w(d, DISK_COUNT, 9);
    w(d, DISK_LBA, 0xffff_fff0);
    w(d, DISK_IRQ_ENABLE, 0xffff_ffff);
    w(d, DISK_CAPACITY, 1); // read-only
    expect([r(d, DISK_CAPACITY), r(d, DISK_COUNT), r(d, DISK_LBA), r(d, DISK_IRQ_ENABLE)]).toEqual([40, 9, 0xffff_fff0, 1]);
    expect([r(d, DISK_WINDOW - 4), d.read(DISK_WINDOW, 4)]).toEqual([0, null]);
  });

  it('answers only aligned 32-bit accesses', () => {
    const { d } = disk();
    expect([d.read(DISK_DATA, 1), d.read(DISK_CAPACITY, 2), d.read(DISK_CAPACITY + 2, 4)]).toEqual([null, null, null]);
    expect([d.write(DISK_CMD_STATUS, 1, DISK_CMD_READ), d.write(DISK_LBA + 1, 4, 1)]).toEqual([false, false]);
    expect(d.counters.reads).toBe(0);
  });
});

describe('PIO disk errors', () => {
  it.each([
    ['LBA + COUNT past the end', 15, 2, DISK_ERR_RANGE],
    ['an LBA near 2^32', 0xffff_ffff, 1, DISK_ERR_RANGE],
    ['COUNT 0', 0, 0, DISK_ERR_COUNT],
    ['COUNT above the maximum', 0, DISK_MAX_COUNT + 1, DISK_ERR_COUNT],
  ])('refuses %s without a transfer', (_what, lba, count, error) => {
    const { d, store } = disk();
    const before = store.slice();
    for (const cmd of [DISK_CMD_READ, DISK_CMD_WRITE]) {
      issue(d, cmd, lba, count);
      expect([r(d, DISK_CMD_STATUS), r(d, DISK_ERROR)]).toEqual([RDY | ERR, error]);
      expect(r(d, DISK_DATA)).toBe(0);
      w(d, DISK_DATA, 0x1234_5678);
    }
    expect(store).toEqual(before);
    expect(d.counters.protocolErrors).toBe(4);
    expect(d.counters.rangeErrors + d.counters.countErrors).toBe(2);
  });

  it('accepts a transfer ending exactly at the last sector, and the largest COUNT', () => {
    const { d } = disk(DISK_MAX_COUNT);
    issue(d, DISK_CMD_READ, 0, DISK_MAX_COUNT);
    expect(r(d, DISK_CMD_STATUS)).toBe(RDY | DRQ);
    w(d, DISK_CMD_STATUS, DISK_CMD_FLUSH); // abandons it (command while DRQ)
    issue(d, DISK_CMD_READ, DISK_MAX_COUNT - 1, 1);
    expect(r(d, DISK_CMD_STATUS)).toBe(RDY | DRQ);
  });

  it('refuses unknown commands', () => {
    const { d } = disk();
    w(d, DISK_CMD_STATUS, 0x99);
    expect([r(d, DISK_CMD_STATUS), r(d, DISK_ERROR), d.counters.commandErrors]).toEqual([RDY | ERR, DISK_ERR_COMMAND, 1]);
    w(d, DISK_CMD_STATUS, DISK_CMD_FLUSH); // the next good command clears the error
    expect([r(d, DISK_CMD_STATUS), r(d, DISK_ERROR)]).toEqual([RDY, DISK_ERR_NONE]);
  });

  it('a command while DRQ is set abandons the transfer; sectors already written stay', () => {
    const { d, store } = disk();
    issue(d, DISK_CMD_WRITE, 2, 2);
    for (let i = 0; i < WORDS_PER_SECTOR + 3; i++) w(d, DISK_DATA, 0xaaaa_aaaa);
    const after = store.slice();
    w(d, DISK_CMD_STATUS, DISK_CMD_READ);
    expect([r(d, DISK_CMD_STATUS), r(d, DISK_ERROR)]).toEqual([RDY | ERR, DISK_ERR_COMMAND]);
    w(d, DISK_DATA, 1);
    expect(r(d, DISK_DATA)).toBe(0);
    expect(le32(store, 2 * DISK_SECTOR_SIZE)).toBe(0xaaaa_aaaa);
    expect(store).toEqual(after); // the partial second sector was dropped
    expect([d.counters.sectorsWritten, d.counters.protocolErrors]).toEqual([1, 2]);
  });

  it('counts data-port accesses with no transfer of that direction', () => {
    const { d, store } = disk();
    const before = store.slice();
    expect(r(d, DISK_DATA)).toBe(0);
    issue(d, DISK_CMD_READ, 0, 1);
    w(d, DISK_DATA, 0xffff_ffff); // a write during a READ is ignored
    expect(r(d, DISK_DATA)).toBe(le32(store, 0));
    expect(store).toEqual(before);
    expect(d.counters.protocolErrors).toBe(2);
  });
});

describe('PIO disk interrupt', () => {
  it('stays low while disabled', () => {
    const { d, levels } = disk();
    issue(d, DISK_CMD_READ, 0, 1);
    expect(levels.every((l) => !l)).toBe(true);
  });

  it('rises when DRQ rises and when the command completes; a status read lowers it', () => {
    const { d, levels } = disk();
    w(d, DISK_IRQ_ENABLE, 1);
    issue(d, DISK_CMD_WRITE, 0, 1);
    expect(levels.at(-1)).toBe(true);
    r(d, DISK_CMD_STATUS);
    expect(levels.at(-1)).toBe(false);
    for (let i = 0; i < WORDS_PER_SECTOR - 1; i++) w(d, DISK_DATA, i);
    expect(levels.at(-1)).toBe(false);
    w(d, DISK_DATA, 0);
    expect(levels.at(-1)).toBe(true);
    r(d, DISK_CMD_STATUS);
    w(d, DISK_CMD_STATUS, DISK_CMD_FLUSH);
    expect(levels.at(-1)).toBe(true);
    r(d, DISK_CMD_STATUS);
    issue(d, DISK_CMD_READ, 99, 1); // an error completes the command too
    expect(levels.at(-1)).toBe(true);
  });

  it('an event latched while disabled shows once enabled; reset lowers the line', () => {
    const { d, levels } = disk();
    w(d, DISK_CMD_STATUS, DISK_CMD_FLUSH);
    expect(levels.at(-1)).toBe(false);
    w(d, DISK_IRQ_ENABLE, 1);
    expect(levels.at(-1)).toBe(true);
    d.reset();
    expect([levels.at(-1), r(d, DISK_IRQ_ENABLE)]).toEqual([false, 0]);
  });
});

describe('PIO disk state', () => {
  it('resumes a WRITE saved in the middle of a sector and ends with the same disk', () => {
    const words = Array.from({ length: 3 * WORDS_PER_SECTOR }, (_, i) => Math.imul(i, 0x9e37_79b9) >>> 0);
    const straight = disk();
    issue(straight.d, DISK_CMD_WRITE, 5, 3);
    for (const v of words) w(straight.d, DISK_DATA, v);

    const first = disk();
    w(first.d, DISK_IRQ_ENABLE, 1);
    issue(first.d, DISK_CMD_WRITE, 5, 3);
    words.slice(0, 150).forEach((v) => w(first.d, DISK_DATA, v));
    const saved = structuredClone(first.d.saveState());
    const second = disk();
    second.store.set(first.store); // the disk contents travel separately
    second.d.restoreState(saved);
    expect(second.levels.at(-1)).toBe(true);
    expect([r(second.d, DISK_CMD_STATUS), r(second.d, DISK_IRQ_ENABLE)]).toEqual([RDY | DRQ, 1]);
    words.slice(150).forEach((v) => w(second.d, DISK_DATA, v));
    expect(r(second.d, DISK_CMD_STATUS)).toBe(RDY);
    expect(second.store).toEqual(straight.store);
  });

  it('resumes a READ at the saved word', () => {
    const a = disk();
    issue(a.d, DISK_CMD_READ, 1, 1);
    for (let i = 0; i < 10; i++) r(a.d, DISK_DATA);
    const b = disk();
    b.d.restoreState(a.d.saveState());
    expect(r(b.d, DISK_DATA)).toBe(le32(b.store, DISK_SECTOR_SIZE + 40));
  });

  it('refuses malformed state or a transfer this disk cannot hold, with a DeviceStateError', () => {
    const { d } = disk(8);
    const good = { count: 1, lba: 0, error: 0, irqEnable: 0, irqPending: false, transfer: { kind: 'write', lba: 4, count: 2, pos: 8 }, sector: [1, 2, 3, 4, 5, 6, 7, 8] };
    d.restoreState(good);
    const cases: Array<[unknown, RegExp]> = [
      [undefined, /state is not an object/],
      [{ ...good, error: 7 }, /error = 7/],
      [{ ...good, count: -1 }, /count = -1/],
      [{ ...good, irqPending: 1 }, /irqPending/],
      [{ ...good, transfer: { ...good.transfer, lba: 7 } }, /past the disk's 8 sectors/],
      [{ ...good, transfer: { ...good.transfer, count: 0 } }, /count = 0/],
      [{ ...good, transfer: { ...good.transfer, pos: 6 } }, /pos = 6/],
      [{ ...good, transfer: { ...good.transfer, pos: 1024 } }, /pos = 1024/],
      [{ ...good, transfer: { ...good.transfer, kind: 'erase' } }, /kind/],
      [{ ...good, sector: [1, 2, 3] }, /sector must hold the 8 bytes/],
      [{ ...good, sector: [1, 2, 3, 4, 5, 6, 7, 256] }, /7 = 256/],
    ];
    for (const [state, msg] of cases) {
      expect(() => d.restoreState(state)).toThrow(DeviceStateError);
      expect(() => d.restoreState(state)).toThrow(msg);
    }
  });
});

describe('PIO disk against a hostile guest', () => {
  it('random register traffic never throws and never touches bytes outside the store', () => {
    const next = prng(0x5eed);
    const backing = new Uint8Array(12 * DISK_SECTOR_SIZE).fill(0x5a);
    const store = backing.subarray(DISK_SECTOR_SIZE, 11 * DISK_SECTOR_SIZE); // guard sectors on both sides
    const d = new PioDisk('disk', VIRT_DISK, store);
    const regs = [DISK_DATA, DISK_COUNT, DISK_LBA, DISK_CMD_STATUS, DISK_ERROR, DISK_CAPACITY, DISK_IRQ_ENABLE];
    const cmds = [DISK_CMD_READ, DISK_CMD_WRITE, DISK_CMD_FLUSH];
    for (let i = 0; i < 50_000; i++) {
      if (next() % 4 === 0) { // a burst on the data port, long enough to finish sectors
        const write = next() % 2 === 1;
        for (let n = next() % 600; n > 0; n--) if (write) d.write(DISK_DATA, 4, next()); else d.read(DISK_DATA, 4);
        continue;
      }
      const off = next() % 8 === 0 ? next() % DISK_WINDOW : regs[next() % regs.length]!;
      const value = off === DISK_CMD_STATUS && next() % 2 ? cmds[next() % 3]! : off === DISK_LBA ? next() % 12 : off === DISK_COUNT ? next() % 4 : randInt32(next);
      const width = ([1, 2, 4, 4, 4, 4] as const)[next() % 6]!;
      if (next() % 2) d.write(off, width, value);
      else d.read(off, width);
    }
    expect(backing.subarray(0, DISK_SECTOR_SIZE).every((b) => b === 0x5a)).toBe(true);
    expect(backing.subarray(11 * DISK_SECTOR_SIZE).every((b) => b === 0x5a)).toBe(true);
    expect(d.counters.sectorsWritten).toBeGreaterThan(0); // the fuzz did reach the store
    expect(d.counters.rangeErrors).toBeGreaterThan(0);
  });
});

describe('PIO disk interrupt through the PLIC to the hart', () => {
  it('a guest issues READ, takes the external interrupt, claims DISK_IRQ, reads status and data, and completes', () => {
    const tb = newBoard();
    const csr = tb.hart.csr;
    const plic = new Plic('plic', VIRT_PLIC, (mask, bits) => {
      csr.mipLines = (csr.mipLines & ~mask) | bits;
      tb.board.bus.attention = true;
    });
    const { store } = disk();
    const dev = new PioDisk('disk', VIRT_DISK, store, (level) => plic.setLevel(DISK_IRQ, level));
    tb.board.bus.attach(plic);
    tb.board.bus.attach(dev);
    const HANDLER = RAM + 0x400;
    loadProgram(tb.board, RAM, [
      ...li(t0, VIRT_PLIC + PLIC_PRIORITY + 4 * DISK_IRQ), ...li(t1, 1), sw(t1, 0, t0),
      ...li(t0, VIRT_PLIC + PLIC_ENABLE), ...li(t1, 1 << DISK_IRQ), sw(t1, 0, t0),
      ...li(t2, VIRT_DISK), ...li(t1, 1), sw(t1, DISK_IRQ_ENABLE, t2), sw(t1, DISK_COUNT, t2), ...li(t1, 3), sw(t1, DISK_LBA, t2),
      ...li(t0, HANDLER), csrw(CSR.mtvec, t0), ...li(t1, MIP_MEIP), csrw(CSR.mie, t1), csrrsi(0, CSR.mstatus, MSTATUS_MIE),
      ...li(t1, DISK_CMD_READ), sw(t1, DISK_CMD_STATUS, t2),
      addi(a0, a0, 1), j(-4),
    ]);
    loadProgram(tb.board, HANDLER, [
      csrr(a1, CSR.mcause), ...li(t0, VIRT_PLIC + PLIC_CLAIM), lw(a2, 0, t0), lw(a3, DISK_CMD_STATUS, t2), lw(a4, DISK_DATA, t2),
      sw(a2, 0, t0), ...exitWith(0),
    ]);
    expect(tb.board.run({ maxInsns: 100_000 })).toEqual({ kind: 'exit', code: 0 });
    const x = tb.hart.x;
    expect([x[a1]! >>> 0, x[a2], x[a3], x[a4]! >>> 0]).toEqual([(CAUSE_INTERRUPT | IRQ_M_EXT) >>> 0, DISK_IRQ, RDY | DRQ, le32(store, 3 * DISK_SECTOR_SIZE)]);
    expect([plic.claims, plic.completes, csr.mipLines & MIP_MEIP]).toEqual([1, 1, 0]);
  });
});
