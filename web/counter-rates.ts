/**
 * Rates for the host view, from two samples of every domain's counters
 * (DomainStats, as the hypervisor keeps them): per second across the
 * machine — instructions, exits (in all and by reason), hypercalls,
 * event-channel sends, ring notifications sent and suppressed — and each
 * domain's CPU share (the fraction of wall time its vCPU ran). A domain
 * present in only one sample has no rate yet; a counter that went
 * backwards counts as zero.
 */
import type { DomainStats } from '../hypervisor/core/domain.js';

/** Every domain's counters at one moment. */
export interface CounterSample {
  /** performance.now() when the sample was taken (ms). */
  at: number;
  stats: ReadonlyMap<number, DomainStats>;
}

/** Machine-wide rates per second, and CPU shares by domain id. */
export interface HostRates {
  insns: number;
  exits: number;
  exitsByReason: Record<string, number>;
  hypercalls: number;
  evtchn_sends: number;
  ring_notify_sent: number;
  ring_notify_suppressed: number;
  /** Domain id → fraction (0–1) of the interval its vCPU was running. */
  cpu: Map<number, number>;
}

/** The counters summed the way the strip shows them. */
function totals(s: DomainStats): Omit<HostRates, 'cpu' | 'exitsByReason'> & { exitsByReason: Record<string, number>; running_us: number } {
  const sum = (r: Record<string, number> | undefined): number => Object.values(r ?? {}).reduce((a, b) => a + b, 0);
  return {
    insns: s.insns, exits: sum(s.exits), exitsByReason: s.exits, hypercalls: sum(s.hypercalls),
    evtchn_sends: s.evtchn_sends ?? 0, ring_notify_sent: s.ring_notify_sent ?? 0, ring_notify_suppressed: s.ring_notify_suppressed ?? 0,
    running_us: s.vcpu_time_us?.running ?? 0,
  };
}

/** The rates between samples `prev` and `next`. */
export function hostRates(prev: CounterSample, next: CounterSample): HostRates {
  const seconds = Math.max(1e-3, (next.at - prev.at) / 1000);
  const out: HostRates = { insns: 0, exits: 0, exitsByReason: {}, hypercalls: 0, evtchn_sends: 0, ring_notify_sent: 0, ring_notify_suppressed: 0, cpu: new Map() };
  const per = (a: number, b: number): number => Math.max(0, b - a) / seconds;
  for (const [id, stats] of next.stats) {
    const before = prev.stats.get(id);
    if (!before) continue;
    const a = totals(before), b = totals(stats);
    out.insns += per(a.insns, b.insns);
    out.exits += per(a.exits, b.exits);
    out.hypercalls += per(a.hypercalls, b.hypercalls);
    out.evtchn_sends += per(a.evtchn_sends, b.evtchn_sends);
    out.ring_notify_sent += per(a.ring_notify_sent, b.ring_notify_sent);
    out.ring_notify_suppressed += per(a.ring_notify_suppressed, b.ring_notify_suppressed);
    for (const [reason, n] of Object.entries(b.exitsByReason)) out.exitsByReason[reason] = (out.exitsByReason[reason] ?? 0) + per(a.exitsByReason[reason] ?? 0, n);
    out.cpu.set(id, Math.min(1, per(a.running_us, b.running_us) / 1e6));
  }
  return out;
}

/** A rate as a person reads it: 3 significant digits with k/M/G. */
export function formatRate(n: number): string {
  const units: Array<[number, string]> = [[1e9, 'G'], [1e6, 'M'], [1e3, 'k']];
  for (const [scale, unit] of units) if (n >= scale) return `${(n / scale).toPrecision(3)}${unit}`;
  return n >= 10 ? n.toFixed(0) : n.toPrecision(2).replace(/\.0+$/, '');
}
