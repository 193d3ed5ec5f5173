/**
 * A domain's RAM through its P2M table: the table sits in hypervisor frames,
 * every host access on the guest's behalf goes through `range` and lands in
 * the machine frames the table names (however scattered), anything outside
 * RAM is refused with GuestAddressError, and memory comes back whole on
 * release or after a failed construction.
 */
import { describe, expect, it } from 'vitest';
import { GuestAddressError, GuestMemory } from '../../../hypervisor/core/guest-memory.js';
import {
  DOMID_FREE, DOMID_HYPERVISOR, FRAME_SIZE, MachineMemory, OutOfMemoryError,
} from '../../../hypervisor/core/machine-memory.js';
import { prng } from '../../helpers/prng.js';

const RAM = 0x8000_0000;
const DOMID = 5;

/** Machine memory whose free frames are scattered: every other frame of a filler domain is released. */
function fragmented(frames: number): MachineMemory {
  const mm = new MachineMemory(frames * FRAME_SIZE);
  const filler = mm.allocFrames(99, mm.freeFrames);
  mm.release(filler.filter((_, i) => i % 2 === 1));
  return mm;
}

/** Random bytes from a seeded generator. */
function randomBytes(n: number, seed: number): Uint8Array {
  const next = prng(seed);
  return Uint8Array.from({ length: n }, () => next() & 0xff);
}

describe('P2M table', () => {
  it('lives in hypervisor frames of machine memory and names frames owned by the domain', () => {
    const mm = new MachineMemory(1024 * FRAME_SIZE);
    const gm = new GuestMemory(mm, DOMID, RAM, 512 * FRAME_SIZE);
    const { offset, entries } = gm.p2mLocation;
    expect(entries).toBe(512);
    expect(offset % FRAME_SIZE).toBe(0);
    expect(gm.p2m.buffer).toBe(mm.buffer);
    expect(gm.p2m.byteOffset).toBe(offset);
    expect(gm.p2m.length).toBe(entries);
    expect(mm.owner(offset / FRAME_SIZE)).toBe(DOMID_HYPERVISOR);
    for (const mfn of gm.p2m) expect(mm.owner(mfn)).toBe(DOMID);
    expect(new Set(gm.p2m).size).toBe(entries);
  });

  it('spans several contiguous hypervisor frames for large RAM', () => {
    const mm = new MachineMemory(4096 * FRAME_SIZE);
    const gm = new GuestMemory(mm, DOMID, RAM, 2048 * FRAME_SIZE); // 8 KiB of entries
    const first = gm.p2mLocation.offset / FRAME_SIZE;
    expect(mm.owner(first)).toBe(DOMID_HYPERVISOR);
    expect(mm.owner(first + 1)).toBe(DOMID_HYPERVISOR);
    expect(gm.frames).toBe(gm.p2m);
  });

  it('refuses RAM sizes that are not a positive multiple of 4 KiB', () => {
    const mm = new MachineMemory(64 * FRAME_SIZE);
    for (const size of [0, -FRAME_SIZE, 1000, FRAME_SIZE + 1, Number.NaN]) {
      expect(() => new GuestMemory(mm, DOMID, RAM, size)).toThrow(RangeError);
    }
    expect(mm.freeFrames).toBe(63);
  });
});

describe('write, read and zero', () => {
  it('land in the machine frames the P2M names, across frame boundaries, with discontiguous frames', () => {
    const mm = fragmented(256);
    const gm = new GuestMemory(mm, DOMID, RAM, 16 * FRAME_SIZE);
    const sorted = [...gm.p2m].sort((a, b) => a - b);
    expect(sorted.some((f, i) => i > 0 && f !== sorted[i - 1]! + 1)).toBe(true);

    const before = mm.bytes.slice();
    const data = randomBytes(3 * FRAME_SIZE, 1);
    const gpa = RAM + 2 * FRAME_SIZE - 100; // frames 1 (last 100 bytes), 2, 3, 4 (first bytes)
    gm.write(gpa, data);
    for (let k = 0; k < data.length; k++) {
      const off = gpa - RAM + k;
      const machine = gm.p2m[Math.floor(off / FRAME_SIZE)]! * FRAME_SIZE + (off % FRAME_SIZE);
      if (mm.bytes[machine] !== data[k]) throw new Error(`byte ${k} not at machine offset 0x${machine.toString(16)}`);
    }
    expect(gm.read(gpa, data.length)).toEqual(data);

    // Only the bytes written changed anywhere in machine memory.
    const touched = new Set<number>();
    for (const r of gm.range(gpa, data.length)) for (let i = 0; i < r.length; i++) touched.add(r.offset + i);
    let stray = 0;
    for (let i = 0; i < mm.bytes.length; i++) if (!touched.has(i) && mm.bytes[i] !== before[i]) stray++;
    expect(stray).toBe(0);

    gm.zero(gpa + 50, FRAME_SIZE + 200);
    const back = gm.read(gpa, data.length);
    expect(back.subarray(0, 50)).toEqual(data.subarray(0, 50));
    expect(back.subarray(50, 50 + FRAME_SIZE + 200).every((b) => b === 0)).toBe(true);
    expect(back.subarray(50 + FRAME_SIZE + 200)).toEqual(data.subarray(50 + FRAME_SIZE + 200));
  });

  it('splits a range into one machine range per frame touched', () => {
    const mm = fragmented(128);
    const gm = new GuestMemory(mm, DOMID, RAM, 8 * FRAME_SIZE);
    const r = gm.range(RAM + FRAME_SIZE - 4, 8 + FRAME_SIZE);
    expect(r).toEqual([
      { offset: gm.p2m[0]! * FRAME_SIZE + FRAME_SIZE - 4, length: 4 },
      { offset: gm.p2m[1]! * FRAME_SIZE, length: FRAME_SIZE },
      { offset: gm.p2m[2]! * FRAME_SIZE, length: 4 },
    ]);
    expect(gm.range(RAM + 8 * FRAME_SIZE, 0)).toEqual([]);
    expect(gm.range(RAM, 8 * FRAME_SIZE)).toHaveLength(8);
  });

  it('reads the last byte of RAM and writes the whole of it', () => {
    const mm = new MachineMemory(64 * FRAME_SIZE);
    const gm = new GuestMemory(mm, DOMID, RAM, 4 * FRAME_SIZE);
    const all = randomBytes(4 * FRAME_SIZE, 2);
    gm.write(RAM, all);
    expect(gm.read(RAM + 4 * FRAME_SIZE - 1, 1)[0]).toBe(all[all.length - 1]);
  });
});

describe('range refuses anything outside RAM', () => {
  const mm = new MachineMemory(64 * FRAME_SIZE);
  const gm = new GuestMemory(mm, DOMID, RAM, 4 * FRAME_SIZE);
  const END = RAM + 4 * FRAME_SIZE;
  it.each([
    ['one byte below', RAM - 1, 1],
    ['a range ending in RAM but starting below it', RAM - 4, 8],
    ['the first byte past the end', END, 1],
    ['far above', 0xffff_f000, 4],
    ['straddling the end', END - 2, 4],
    ['larger than RAM', RAM, 4 * FRAME_SIZE + 1],
    ['a negative length', RAM + 16, -1],
    ['a non-integer address', RAM + 0.5, 4],
    ['a non-integer length', RAM, 1.5],
    ['a NaN address', Number.NaN, 4],
    ['an infinite length', RAM, Number.POSITIVE_INFINITY],
    ['a negative address', -4, 4],
  ])('%s', (_what, gpa, len) => {
    expect(() => gm.range(gpa, len)).toThrow(GuestAddressError);
    expect(() => gm.zero(gpa, len)).toThrow(GuestAddressError);
    if (Number.isInteger(len) && len >= 0) expect(() => gm.read(gpa, len)).toThrow(GuestAddressError);
  });

  it('names the range and RAM in its message', () => {
    expect(() => gm.range(END - 2, 4)).toThrow(`guest range 0x${(END - 2).toString(16)}+4 is outside RAM 0x80000000–0x80004000`);
    try {
      gm.write(END, new Uint8Array(1));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(GuestAddressError);
      expect((e as Error).name).toBe('GuestAddressError');
    }
  });

  it('touches nothing when a write is refused', () => {
    const before = mm.bytes.slice();
    expect(() => gm.write(END - 2, new Uint8Array([1, 2, 3, 4]))).toThrow(GuestAddressError);
    expect(() => gm.zero(RAM - 1, 2)).toThrow(GuestAddressError);
    expect(Buffer.compare(mm.bytes, before)).toBe(0);
  });
});

describe('release', () => {
  it('returns every frame, scrubbed, and the P2M table; a second release does nothing', () => {
    const mm = fragmented(128);
    const free0 = mm.freeFrames;
    const gm = new GuestMemory(mm, DOMID, RAM, 16 * FRAME_SIZE);
    const frames = Array.from(gm.p2m);
    const table = gm.p2mLocation.offset / FRAME_SIZE;
    gm.write(RAM, randomBytes(16 * FRAME_SIZE, 3));
    expect(mm.freeFrames).toBe(free0 - 17);
    gm.release();
    expect(mm.freeFrames).toBe(free0);
    for (const f of [...frames, table]) {
      expect(mm.owner(f)).toBe(DOMID_FREE);
      expect(mm.bytes.subarray(f * FRAME_SIZE, (f + 1) * FRAME_SIZE).every((b) => b === 0)).toBe(true);
    }
    gm.release();
    expect(mm.freeFrames).toBe(free0);
  });
});

describe('failed construction', () => {
  it('leaves the free count unchanged when the domain frames do not fit', () => {
    const mm = new MachineMemory(64 * FRAME_SIZE);
    const free = mm.freeFrames;
    const owners = Array.from(mm.owners);
    expect(() => new GuestMemory(mm, DOMID, RAM, 64 * FRAME_SIZE)).toThrow(OutOfMemoryError);
    expect(mm.freeFrames).toBe(free);
    expect(Array.from(mm.owners)).toEqual(owners);
  });

  it('leaves the free count unchanged when no contiguous run fits the P2M table', () => {
    const mm = fragmented(4096); // about 2000 single free frames, no two adjacent
    const free = mm.freeFrames;
    expect(() => new GuestMemory(mm, DOMID, RAM, 1025 * FRAME_SIZE)).toThrow(OutOfMemoryError); // table: 2 frames
    expect(mm.freeFrames).toBe(free);
    const gm = new GuestMemory(mm, DOMID, RAM, 1024 * FRAME_SIZE); // table: 1 frame
    expect(mm.freeFrames).toBe(free - 1025);
    gm.release();
  });
});

describe('release keeping frames another domain still maps', () => {
  it('hands the kept frames to the hypervisor, intact, and frees the rest; they free like any other later', () => {
    const mm = new MachineMemory(256 * FRAME_SIZE);
    const mem = new GuestMemory(mm, DOMID, RAM, 16 * FRAME_SIZE);
    mem.write(RAM + 3 * FRAME_SIZE, Uint8Array.of(1, 2, 3));
    const kept = mem.frames[3]!;
    const others = Array.from(mem.frames).filter((f) => f !== kept);
    const free = mm.freeFrames;
    mem.release(new Set([kept]));
    expect(mm.owner(kept)).toBe(DOMID_HYPERVISOR);
    expect(Array.from(mm.bytes.subarray(kept * FRAME_SIZE, kept * FRAME_SIZE + 3))).toEqual([1, 2, 3]);
    for (const f of others) expect(mm.owner(f)).toBe(DOMID_FREE);
    expect(mm.freeFrames).toBe(free + 15 + 1); // 15 RAM frames and the one-frame P2M table
    mm.release([kept]);
    expect(mm.owner(kept)).toBe(DOMID_FREE);
    expect(mm.bytes[kept * FRAME_SIZE]).toBe(0);
    expect(() => mm.adopt(kept)).toThrow(/not an allocated frame/);
  });
});
