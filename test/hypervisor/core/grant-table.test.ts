/**
 * Grant tables: a domain grants another one of its frames by writing an
 * entry; map and copy check the entry, the grantee, the permissions and the
 * frame's owner every time, and mark the entry while the frame is mapped.
 * The refusals are the ones a hostile guest meets: a reference out of range,
 * an entry not for it, a read-only grant mapped writable, a frame the
 * granter does not own, a handle never returned, a copy past the frame.
 */
import { describe, expect, it } from 'vitest';
import { GNTST, GrantTable, NR_GRANTS } from '../../../hypervisor/core/grant-table.js';
import { FRAME_SIZE, MachineMemory } from '../../../hypervisor/core/machine-memory.js';

const GRANTER = 1, GRANTEE = 2, OTHER = 3;

function setup(): { mm: MachineMemory; table: GrantTable; own: number; foreign: number; grant: (ref: number, flags: number, domid: number, frame: number) => void; flags: (ref: number) => number } {
  const mm = new MachineMemory(64 * FRAME_SIZE);
  const tableFrame = mm.allocContiguous(1);
  const [own] = mm.allocFrames(GRANTER, 1);
  const [foreign] = mm.allocFrames(OTHER, 1);
  const u16 = new Uint16Array(mm.buffer, tableFrame * FRAME_SIZE, FRAME_SIZE / 2);
  const u32 = new Uint32Array(mm.buffer, tableFrame * FRAME_SIZE, FRAME_SIZE / 4);
  const grant = (ref: number, flags: number, domid: number, frame: number): void => {
    u16[ref * 4] = flags; u16[ref * 4 + 1] = domid; u32[ref * 2 + 1] = frame;
  };
  return { mm, table: new GrantTable(mm, GRANTER, tableFrame), own: own!, foreign: foreign!, grant, flags: (ref) => u16[ref * 4]! };
}

describe('grant tables', () => {
  it('map a granted frame for its grantee, mark the entry while mapped, and unmap by handle', () => {
    const { table, own, grant, flags } = setup();
    grant(5, 1, GRANTEE, own);
    const m = table.map(5, GRANTEE, false);
    expect(m).toMatchObject({ frame: own, readonly: false });
    expect(flags(5) & 24).toBe(24); // GTF_reading | GTF_writing
    const r = table.map(5, GRANTEE, true);
    expect(typeof r).toBe('object');
    expect(table.unmap((m as { handle: number }).handle)).toBe(GNTST.okay);
    expect(flags(5) & 24).toBe(8); // still mapped read-only
    expect(table.unmap((r as { handle: number }).handle)).toBe(GNTST.okay);
    expect(flags(5) & 24).toBe(0);
    expect(table.unmap((r as { handle: number }).handle)).toBe(GNTST.bad_handle); // unmapping twice
    expect(table.unmap(12345)).toBe(GNTST.bad_handle); // never mapped
    expect(table.liveMaps).toBe(0);
  });

  it('refuse what the entry does not allow', () => {
    const { table, own, foreign, grant } = setup();
    grant(1, 1 | 4, GRANTEE, own); // read-only grant
    grant(2, 1, OTHER, own); // for another domain
    grant(3, 0, GRANTEE, own); // invalid entry (revoked)
    grant(4, 1, GRANTEE, foreign); // a frame the granter does not own
    expect(table.map(1, GRANTEE, false)).toBe(GNTST.permission_denied);
    expect(typeof table.map(1, GRANTEE, true)).toBe('object');
    expect(table.map(2, GRANTEE, true)).toBe(GNTST.permission_denied);
    expect(table.map(3, GRANTEE, true)).toBe(GNTST.permission_denied);
    expect(table.map(4, GRANTEE, true)).toBe(GNTST.bad_gntref);
    for (const ref of [-1, NR_GRANTS, 1.5, 1e9]) expect(table.map(ref, GRANTEE, true)).toBe(GNTST.bad_gntref);
  });

  it('check every copy segment: within the frame, for the grantee, writable when written', () => {
    const { table, own, grant } = setup();
    grant(7, 1, GRANTEE, own);
    grant(8, 1 | 4, GRANTEE, own);
    expect(table.copyRange(7, GRANTEE, true, 100, 200)).toBe(own * FRAME_SIZE + 100);
    expect(table.copyRange(7, GRANTEE, true, 4000, 200)).toBe(GNTST.bad_copy_arg);
    expect(table.copyRange(7, GRANTEE, true, -1, 2)).toBe(GNTST.bad_copy_arg);
    expect(table.copyRange(8, GRANTEE, true, 0, 16)).toBe(GNTST.permission_denied);
    expect(table.copyRange(8, GRANTEE, false, 0, 16)).toBe(own * FRAME_SIZE);
    expect(table.copyRange(7, OTHER, false, 0, 16)).toBe(GNTST.permission_denied);
  });
});
