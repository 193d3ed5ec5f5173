/**
 * The host view's rates: per-second deltas summed over domains, exits by
 * reason, CPU share from running time, a domain seen once left out, a
 * counter going backwards counted as zero, and rates printed as people read them.
 */
import { describe, expect, it } from 'vitest';
import type { DomainStats } from '../../hypervisor/core/domain.js';
import { formatRate, hostRates } from '../../web/counter-rates.js';

/** The counters the rates read; the rest of DomainStats does not matter here. */
function stats(insns: number, exits: Record<string, number>, runningUs: number, extra: Partial<DomainStats> = {}): DomainStats {
  return { insns, exits, vcpu_time_us: { running: runningUs, idle: 0, paused: 0 }, ...extra } as DomainStats;
}

describe('hostRates', () => {
  it('sums per-second deltas over the domains present in both samples', () => {
    const prev = { at: 1000, stats: new Map([[1, stats(1000, { hypercall: 10 }, 0, { hypercalls: { iret: 10 }, evtchn_sends: 2, ring_notify_sent: 1, ring_notify_suppressed: 0 })], [2, stats(0, { csr: 5, wfi: 1 }, 0)]]) };
    const next = {
      at: 1500, stats: new Map([
        [1, stats(3000, { hypercall: 20 }, 250_000, { hypercalls: { iret: 20 }, evtchn_sends: 4, ring_notify_sent: 3, ring_notify_suppressed: 1 })],
        [2, stats(500, { csr: 10, wfi: 1 }, 500_000)],
        [3, stats(9999, { csr: 99 }, 1)], // new: no rate yet
      ]),
    };
    const r = hostRates(prev, next);
    expect(r.insns).toBe((2000 + 500) * 2);
    expect(r.exits).toBe((10 + 5) * 2);
    expect(r.exitsByReason).toEqual({ hypercall: 20, csr: 10, wfi: 0 });
    expect(r.hypercalls).toBe(20);
    expect(r.evtchn_sends).toBe(4);
    expect([r.ring_notify_sent, r.ring_notify_suppressed]).toEqual([4, 2]);
    expect(r.cpu).toEqual(new Map([[1, 0.5], [2, 1]]));
  });

  it('counts a counter that went backwards as zero', () => {
    const r = hostRates({ at: 0, stats: new Map([[1, stats(500, {}, 10)]]) }, { at: 1000, stats: new Map([[1, stats(100, {}, 5)]]) });
    expect(r.insns).toBe(0);
    expect(r.cpu.get(1)).toBe(0);
  });
});

describe('formatRate', () => {
  it('prints three significant digits with k, M, G', () => {
    expect([formatRate(0), formatRate(7.25), formatRate(42), formatRate(1870), formatRate(311_400), formatRate(2.5e7), formatRate(3e9)])
      .toEqual(['0', '7.3', '42', '1.87k', '311k', '25.0M', '3.00G']);
  });
});
