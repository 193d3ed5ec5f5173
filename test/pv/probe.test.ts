/**
 * The PV hypercall interface as a guest kernel meets it, end to end: the
 * probe (probe.c) runs as a PV domain through the hypervisor and guest
 * workers and checks each hypercall's normal path and its refusals —
 * foreign and out-of-range frames, writable page tables, tables in use,
 * bad batches and pointers, free, closed and foreign ports, events while
 * masked, bad grant references, grants for someone else, read-only grants
 * written, grant mappings over used slots.
 */
import { describe, expect, it } from 'vitest';
import { exovisor } from '../helpers/cli.js';

describe('the PV hypercall probe', () => {
  it('passes every check, refusals included, and reports the hypercalls it made', () => {
    const r = exovisor(['run', '--mode', 'pv', '--no-disk', '--stats', 'test/pv/build/probe.elf', '--', 'probe']);
    const lines = r.stdout.trim().split('\n');
    expect(lines.filter((l) => !l.startsWith('ok ')), r.stdout).toEqual(['probe: 0 failures']);
    expect(lines.length).toBeGreaterThan(80);
    expect(lines).toEqual(expect.arrayContaining([
      'ok refuse mapping a hypervisor frame (the frame table)', 'ok refuse mapping its own page table writable',
      'ok refuse a send on a free port', 'ok refuse a copy from a grant reference out of range',
      'ok deliver the event that came while masked',
    ]));
    expect(r.status).toBe(0);
    const stats = JSON.parse(r.stderr.trim().split('\n').pop()!) as {
      state: string; hypercalls: Record<string, number>; pv: { mmu_refused: number; max_ptes_per_batch: number; upcalls: number };
    };
    expect(stats.state).toBe('shutdown');
    expect(stats.hypercalls['mmu_update']).toBeGreaterThan(10);
    expect(stats.hypercalls['event_channel_op']).toBeGreaterThan(10);
    expect(stats.hypercalls['grant_table_op']).toBeGreaterThan(10);
    expect(stats.pv.mmu_refused).toBeGreaterThan(10);
    expect(stats.pv.max_ptes_per_batch).toBe(16);
    expect(stats.pv.upcalls).toBeGreaterThanOrEqual(3);
  });
});
