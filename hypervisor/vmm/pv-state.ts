/**
 * A PV vCPU's own state as plain data, for snapshots: the virtual
 * privilege, the kernel's callback, the base pointers, the timer and the
 * ports of VIRQ_TIMER and VIRQ_EXO_REVOKE, and the tables pinned (machine frame and level, in pin
 * order). The hypervisor relocates the machine frames in it before a
 * restored vCPU sees it; `parsePvState` checks every field of a snapshot's copy.
 */
import { VcpuStateError } from './vcpu-state.js';

/** What PvGuest saves and takes back. */
export interface PvGuestState {
  kernelMode: boolean;
  blocked: boolean;
  /** VIRQ_TIMER deadline in time-counter ticks; null for none. */
  timer: number | null;
  callback: number;
  /** Root tables (machine frames) of the kernel and of the current process (0: none). */
  kernelBase: number;
  userBase: number;
  timerPort: number;
  /** The port bound to VIRQ_EXO_REVOKE (0: none). */
  exoPort: number;
  tables: Array<{ mfn: number; level: 1 | 2 }>;
  /** Frames bound with exo_op and grant mappings of other domains' frames (a snapshot refuses either). */
  boundFrames: number;
  grantMappings: number;
  counters: Record<string, unknown>;
}

/** Checks saved PV vCPU state field by field; throws VcpuStateError naming the first bad one. */
export function parsePvState(raw: unknown): PvGuestState {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new VcpuStateError('vcpu.pv: expected an object');
  const s = raw as Record<string, unknown>;
  const u32 = (k: string): number => {
    const v = s[k];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < -(2 ** 31) || v > 0xffff_ffff) throw new VcpuStateError(`vcpu.pv.${k}: expected a 32-bit integer`);
    return v;
  };
  const timer = s['timer'];
  if (timer !== null && (typeof timer !== 'number' || !Number.isFinite(timer) || timer < 0)) throw new VcpuStateError('vcpu.pv.timer: expected null or a time');
  if (!Array.isArray(s['tables'])) throw new VcpuStateError('vcpu.pv.tables: expected an array');
  const counters = s['counters'];
  if (typeof counters !== 'object' || counters === null || Array.isArray(counters)) throw new VcpuStateError('vcpu.pv.counters: expected an object');
  return {
    kernelMode: s['kernelMode'] === true, blocked: s['blocked'] === true, timer: timer as number | null,
    callback: u32('callback') | 0, kernelBase: u32('kernelBase') >>> 0, userBase: u32('userBase') >>> 0, timerPort: u32('timerPort') >>> 0, exoPort: u32('exoPort') >>> 0,
    tables: s['tables'] as PvGuestState['tables'], // checked by the restore (parsePinnedTables) against the domain's size
    boundFrames: u32('boundFrames') >>> 0, grantMappings: u32('grantMappings') >>> 0, counters: counters as Record<string, unknown>,
  };
}
