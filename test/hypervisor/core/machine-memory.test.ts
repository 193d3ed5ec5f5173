/**
 * Machine memory in frames: the frame table lives in hypervisor frames at
 * the start of the buffer, domain frames come from anywhere and carry
 * their owner, hypervisor runs are contiguous, freed frames are scrubbed,
 * and a request that cannot be met changes nothing.
 */
import { describe, expect, it } from 'vitest';
import {
  DOMID_FREE, DOMID_HYPERVISOR, FRAME_SIZE, MAX_MACHINE_BYTES, MachineMemory, OutOfMemoryError,
} from '../../../hypervisor/core/machine-memory.js';

/** Frames of machine memory in the small machines below. */
const FRAMES = 64;

/** Owner of every frame, for before/after comparisons. */
function owners(mm: MachineMemory): number[] {
  return Array.from({ length: mm.frames }, (_, f) => mm.owner(f));
}

/** Fills frame `mfn` with a byte pattern derived from `seed`. */
function fillFrame(mm: MachineMemory, mfn: number, seed: number): void {
  for (let i = 0; i < FRAME_SIZE; i++) mm.bytes[mfn * FRAME_SIZE + i] = (seed + i * 7) & 0xff | 1;
}

const frameIsZero = (mm: MachineMemory, mfn: number): boolean =>
  mm.bytes.subarray(mfn * FRAME_SIZE, (mfn + 1) * FRAME_SIZE).every((b) => b === 0);

describe('frame table', () => {
  it('lives in the first frames of machine memory, owned by the hypervisor', () => {
    const mm = new MachineMemory(4096 * FRAME_SIZE); // 16 KiB of owner words and 16 KiB of frame-info words: 8 frames of table
    expect(mm.frames).toBe(4096);
    expect(mm.owners.buffer).toBe(mm.buffer);
    expect(mm.owners.byteOffset).toBe(0);
    expect(mm.owners.length).toBe(4096);
    expect(mm.frameInfo.byteOffset).toBe(4096 * 4);
    expect(mm.frameInfo.length).toBe(4096);
    for (let f = 0; f < 8; f++) expect(mm.owner(f)).toBe(DOMID_HYPERVISOR);
    expect(mm.owner(8)).toBe(DOMID_FREE);
    expect(mm.freeFrames).toBe(4096 - 8);
  });

  it('is what an owner change writes: the owner words are visible in the shared bytes', () => {
    const mm = new MachineMemory(FRAMES * FRAME_SIZE);
    const [mfn] = mm.allocFrames(7, 1);
    expect(new DataView(mm.buffer).getInt32(mfn! * 4, true)).toBe(7);
  });

  it.each([
    ['not a multiple of 4 KiB', 64 * FRAME_SIZE + 1],
    ['smaller than 64 KiB', 15 * FRAME_SIZE],
    ['larger than the TLB can address', MAX_MACHINE_BYTES + FRAME_SIZE],
    ['not an integer', 65536.5],
  ])('refuses a size %s', (_what, size) => {
    expect(() => new MachineMemory(size)).toThrow(RangeError);
  });
});

describe('allocFrames', () => {
  it('takes free frames, records the owner and counts them', () => {
    const mm = new MachineMemory(FRAMES * FRAME_SIZE);
    const free0 = mm.freeFrames;
    const got = mm.allocFrames(3, 10);
    expect(got).toHaveLength(10);
    expect(new Set(got).size).toBe(10);
    for (const f of got) expect(mm.owner(f)).toBe(3);
    expect(mm.freeFrames).toBe(free0 - 10);
    const others = mm.allocFrames(4, 5);
    for (const f of others) {
      expect(got).not.toContain(f);
      expect(mm.owner(f)).toBe(4);
    }
  });

  it('never hands out a hypervisor frame', () => {
    const mm = new MachineMemory(FRAMES * FRAME_SIZE);
    const hv = mm.allocContiguous(4);
    const got = mm.allocFrames(1, mm.freeFrames);
    expect(got).not.toContain(0);
    for (let f = hv; f < hv + 4; f++) expect(got).not.toContain(f);
    expect(mm.freeFrames).toBe(0);
  });

  it('takes frames from anywhere: after A, B, C and freeing B, a new domain gets discontiguous frames', () => {
    const mm = new MachineMemory(FRAMES * FRAME_SIZE); // 1 table frame, 63 free
    const a = mm.allocFrames(1, 20);
    const b = mm.allocFrames(2, 20);
    mm.allocFrames(3, 20);
    mm.release(b);
    const wasFree = owners(mm).map((o) => o === DOMID_FREE);
    const d = mm.allocFrames(4, 10);
    for (const f of d) {
      expect(wasFree[f]).toBe(true);
      expect(mm.owner(f)).toBe(4);
      expect(a).not.toContain(f);
    }
    const sorted = [...d].sort((x, y) => x - y);
    const contiguous = sorted.every((f, i) => i === 0 || f === sorted[i - 1]! + 1);
    expect(contiguous).toBe(false);
    expect(d.some((f) => b.includes(f))).toBe(true);
  });

  it('fails with OutOfMemoryError naming the shortfall, and leaks nothing', () => {
    const mm = new MachineMemory(FRAMES * FRAME_SIZE);
    mm.allocFrames(1, 50);
    const before = owners(mm);
    const free = mm.freeFrames;
    let err: unknown;
    try {
      mm.allocFrames(2, free + 1);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OutOfMemoryError);
    expect((err as Error).name).toBe('OutOfMemoryError');
    expect((err as Error).message).toBe(`need ${free + 1} frames (${(free + 1) * 4} KiB), only ${free} are free`);
    expect(mm.freeFrames).toBe(free);
    expect(owners(mm)).toEqual(before);
    expect(mm.allocFrames(2, free)).toHaveLength(free);
  });
});

describe('allocContiguous', () => {
  it('returns the first frame of a run owned by the hypervisor', () => {
    const mm = new MachineMemory(FRAMES * FRAME_SIZE);
    const free0 = mm.freeFrames;
    const first = mm.allocContiguous(5);
    for (let f = first; f < first + 5; f++) expect(mm.owner(f)).toBe(DOMID_HYPERVISOR);
    expect(mm.freeFrames).toBe(free0 - 5);
  });

  it('skips holes too small for the run', () => {
    const mm = new MachineMemory(FRAMES * FRAME_SIZE);
    const all = mm.allocFrames(1, mm.freeFrames);
    // Free holes of 2, 3 and 6 frames; only the last fits a run of 4.
    const holes = [all.subarray(5, 7), all.subarray(20, 23), all.subarray(40, 46)];
    for (const h of holes) mm.release(h);
    const first = mm.allocContiguous(4);
    expect(first).toBe(all[40]);
    for (let f = first; f < first + 4; f++) expect(mm.owner(f)).toBe(DOMID_HYPERVISOR);
  });

  it('fails with OutOfMemoryError when memory is free but fragmented, and leaks nothing', () => {
    const mm = new MachineMemory(FRAMES * FRAME_SIZE);
    const all = mm.allocFrames(1, mm.freeFrames);
    mm.release(all.filter((_, i) => i % 2 === 0)); // every other frame free: plenty free, no run of 2
    const before = owners(mm);
    const free = mm.freeFrames;
    expect(() => mm.allocContiguous(2)).toThrow(OutOfMemoryError);
    expect(() => mm.allocContiguous(2)).toThrow(`no run of 2 contiguous free frames (${free} free in all)`);
    expect(mm.freeFrames).toBe(free);
    expect(owners(mm)).toEqual(before);
  });
});

describe('release', () => {
  it('scrubs frames: a later owner reads zeros', () => {
    const mm = new MachineMemory(FRAMES * FRAME_SIZE);
    const got = mm.allocFrames(1, 8);
    got.forEach((f, i) => fillFrame(mm, f, i));
    const free = mm.freeFrames;
    mm.release(got);
    expect(mm.freeFrames).toBe(free + 8);
    for (const f of got) {
      expect(mm.owner(f)).toBe(DOMID_FREE);
      expect(frameIsZero(mm, f)).toBe(true);
    }
    const next = mm.allocFrames(2, mm.freeFrames);
    for (const f of next) expect(frameIsZero(mm, f)).toBe(true);
  });

  it('scrubs only the frames it frees', () => {
    const mm = new MachineMemory(FRAMES * FRAME_SIZE);
    const [keep, drop] = [mm.allocFrames(1, 1)[0]!, mm.allocFrames(2, 1)[0]!];
    fillFrame(mm, keep, 3);
    const snapshot = mm.bytes.slice(keep * FRAME_SIZE, (keep + 1) * FRAME_SIZE);
    fillFrame(mm, drop, 9);
    mm.release([drop]);
    expect(mm.bytes.subarray(keep * FRAME_SIZE, (keep + 1) * FRAME_SIZE)).toEqual(snapshot);
  });

  it('returns a hypervisor run', () => {
    const mm = new MachineMemory(FRAMES * FRAME_SIZE);
    const free = mm.freeFrames;
    const first = mm.allocContiguous(3);
    mm.release([first, first + 1, first + 2]);
    expect(mm.freeFrames).toBe(free);
    expect(mm.owner(first)).toBe(DOMID_FREE);
  });

  it('refuses a double free and keeps the count', () => {
    const mm = new MachineMemory(FRAMES * FRAME_SIZE);
    const got = mm.allocFrames(1, 2);
    mm.release(got);
    const free = mm.freeFrames;
    expect(() => mm.release([got[0]!])).toThrow(`frame ${got[0]} is already free`);
    expect(mm.freeFrames).toBe(free);
  });

  it('refuses a frame that was never allocated', () => {
    const mm = new MachineMemory(FRAMES * FRAME_SIZE);
    expect(() => mm.release([FRAMES - 1])).toThrow(/already free/);
    expect(mm.freeFrames).toBe(FRAMES - 1);
  });

  // A free count above the real number of free frames would make a later
  // allocFrames search forever for a free frame that does not exist.
  it('refuses frame numbers outside machine memory or in the frame table, and frees nothing of a refused list', () => {
    const mm = new MachineMemory(FRAMES * FRAME_SIZE);
    const free = mm.freeFrames;
    expect(() => mm.release([FRAMES])).toThrow(/not a releasable frame/);
    expect(() => mm.release([-1])).toThrow(/not a releasable frame/);
    expect(() => mm.release([0])).toThrow(/not a releasable frame/); // the frame table itself
    const [mine] = mm.allocFrames(1, 1);
    expect(() => mm.release([mine!, FRAMES - 1])).toThrow(/already free/);
    expect(mm.owner(mine!)).toBe(1); // the valid frame of the refused list stays allocated
    expect(mm.freeFrames).toBe(free - 1);
  });

  it('hands frames only to domain ids', () => {
    const mm = new MachineMemory(FRAMES * FRAME_SIZE);
    expect(() => mm.allocFrames(DOMID_FREE, 1)).toThrow(/not a domain id/);
    expect(() => mm.allocFrames(DOMID_HYPERVISOR, 1)).toThrow(/not a domain id/);
  });
});
