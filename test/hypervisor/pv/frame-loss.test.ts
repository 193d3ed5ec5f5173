/**
 * Frame loss on the virtual switch: a seeded PRNG decides, so the same
 * seed drops the same frames of a sequence; the rate follows the
 * percentage; dropped frames are counted and reach neither a port nor the
 * capture.
 */
import { describe, expect, it } from 'vitest';
import { FrameLoss } from '../../../hypervisor/pv/frame-loss.js';
import { VSwitch, type SwitchPort } from '../../../hypervisor/pv/vswitch.js';

function fates(percent: number, seed: number, n: number): boolean[] {
  const loss = new FrameLoss({ percent, seed });
  return Array.from({ length: n }, () => loss.drop());
}

describe('frame loss', () => {
  it('drops the same frames for the same seed and others for another seed', () => {
    expect(fates(20, 7, 200)).toEqual(fates(20, 7, 200));
    expect(fates(20, 7, 200)).not.toEqual(fates(20, 8, 200));
  });

  it('drops about the share asked for, none at 0 and all at 100', () => {
    const dropped = fates(5, 1, 100_000).filter((d) => d).length;
    expect(dropped).toBeGreaterThan(4_700);
    expect(dropped).toBeLessThan(5_300);
    expect(fates(0, 1, 1000).some((d) => d)).toBe(false);
    expect(fates(100, 1, 1000).every((d) => d)).toBe(true);
    expect(() => new FrameLoss({ percent: 101, seed: 1 })).toThrow(RangeError);
  });

  it('on the switch: counted, and seen by neither the receiver nor the observer', () => {
    const sw = new VSwitch();
    const got: Uint8Array[] = [], seen: Uint8Array[] = [];
    const a: SwitchPort = { mac: Uint8Array.of(2, 0, 0, 0, 0, 1), deliver: () => {} };
    const b: SwitchPort = { mac: Uint8Array.of(2, 0, 0, 0, 0, 2), deliver: (f) => got.push(f) };
    sw.attach(a); sw.attach(b);
    sw.loss = new FrameLoss({ percent: 30, seed: 3 });
    sw.observer = (f) => seen.push(f);
    const frames = Array.from({ length: 1000 }, (_, i) => { const f = new Uint8Array(60); f.set(b.mac, 0); f[14] = i & 0xff; f[15] = i >> 8; return f; });
    sw.forward(frames, a);
    const expectedLost = fates(30, 3, 1000).filter((d) => d).length;
    expect(sw.counters.dropped_loss).toBe(expectedLost);
    expect(got.length).toBe(1000 - expectedLost);
    expect(seen).toEqual(got);
    expect(sw.counters.delivered).toBe(got.length);
  });
});
