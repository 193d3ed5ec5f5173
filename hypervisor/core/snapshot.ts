/**
 * Snapshots of a paused domain, and domains rebuilt from them. Capture
 * asks the paused vCPU for its state (a round trip through its control
 * block and its worker), saves every device's state, copies the domain's
 * non-zero RAM pages in guest-physical order and the disk's non-zero
 * sectors, and encodes them (image/snapshot-format.ts). Restore decodes and
 * checks everything first, then builds a new domain with fresh frames, its
 * own console rings and disk, fills RAM, restores the devices, and leaves
 * it 'created': starting it continues the saved vCPU, it does not boot.
 *
 * Native, firmware, bare, full and hw domains hold no machine frame numbers
 * in guest memory (full mode's are only in the shadow tables, hw mode's only
 * in the G-stage table, both rebuilt), so RAM is copied page by page into whatever frames the new
 * domain gets. PV and unikernel domains do hold them (page tables, the P2M
 * list, grants, ring mappings): snapshot-pv-domain.ts saves their
 * hypervisor side and relocates their frames on restore.
 */
import type { BootSpec, DomainSpec } from './domain.js';
import { Domain } from './domain.js';
import type { MachineMemory } from './machine-memory.js';
import { FRAME_SIZE } from './machine-memory.js';
import type { PvEnvironment } from './pv-domain.js';
import {
  decodeSnapshot, encodeSnapshot, isZero, nonZeroBlocks, snapshotSummary, SNAPSHOT_SECTOR,
  type SnapshotHeader, type SnapshotImage, type SnapshotSummary,
} from '../image/snapshot-format.js';
import { parseVcpuState, type VcpuState } from '../vmm/vcpu-state.js';
import { PRV_S, PRV_U } from '../cpu/isa.js';
import { SnapshotError } from './snapshot-error.js';
import { capturePv, parsePvSnapshot, pvRestoreOf, restorePv, type PvSnapshot } from './snapshot-pv-domain.js';
import { defaultTier } from './tier.js';

export { SnapshotError, type SnapshotProblem } from './snapshot-error.js';

/** How long a paused vCPU may take to hand over its state. */
const STATE_TIMEOUT_MS = 5000;

/** Guest kinds whose memory holds machine frame numbers (relocated on restore). */
const isPvKind = (kind: BootSpec['kind']): boolean => kind === 'pv' || kind === 'uni';

/** Takes a snapshot of paused domain `d`. */
export async function captureSnapshot(d: Domain): Promise<Uint8Array> {
  if (d.state !== 'paused') throw new SnapshotError('not-paused', `domain ${d.id} is ${d.state}; pause it before taking a snapshot`);
  const resumes = d.resumes;
  const vcpu = await d.vcpuState(STATE_TIMEOUT_MS);
  // Memory is copied now, synchronously: it must be what the vCPU left when it saved its state.
  if (d.state !== 'paused' || d.resumes !== resumes) throw new SnapshotError('not-paused', `domain ${d.id} was resumed while its snapshot was taken; pause it and try again`);
  d.flushConsole();
  const devices: Record<string, unknown> = {};
  for (const dev of d.devices.devices) devices[dev.name] = dev.saveState();
  const pages = ramPages(d);
  const pv = d.pv ? capturePv(d, vcpu, pages) : null;
  const disk = (d.devices.disk?.store ?? d.pv?.disk)?.slice() ?? null; // a copy: the domain may run on while this encodes
  const s = d.spec;
  const header: SnapshotHeader = {
    kind: s.boot.kind, name: s.name, ramBytes: s.ramBytes, pages: pages.size,
    diskBytes: disk?.length ?? 0, diskSectors: disk ? nonZeroBlocks(disk, SNAPSHOT_SECTOR).size : 0,
    net: s.net ?? false, clock: s.clock ?? 'deterministic', tier: s.tier ?? defaultTier(),
    maxInsns: s.maxInsns === undefined || !Number.isFinite(s.maxInsns) ? null : s.maxInsns,
    exitWait: s.exitWait ?? 'adaptive', createdAt: new Date().toISOString(),
  };
  return encodeSnapshot({ header, vcpu, devices, pv, pages, disk });
}

/** The domain's non-zero RAM pages by guest page number (copies: the domain may run on while encoding). */
function ramPages(d: Domain): Map<number, Uint8Array> {
  const bytes = new Uint8Array(d.memory.frames.buffer);
  const out = new Map<number, Uint8Array>();
  d.memory.frames.forEach((frame, i) => {
    const page = bytes.subarray(frame * FRAME_SIZE, (frame + 1) * FRAME_SIZE);
    if (!isZero(page)) out.set(i, page.slice());
  });
  return out;
}

/** A decoded snapshot whose every part has been checked, ready to become a domain. */
export interface RestorePlan {
  image: SnapshotImage;
  vcpu: VcpuState;
  /** PV and unikernel domains: the hypervisor's side and the old P2M. */
  pv: PvSnapshot | null;
}

/** Decodes and checks a snapshot (format, kind, vCPU state); allocates nothing. */
export async function planRestore(bytes: Uint8Array): Promise<RestorePlan> {
  const image = await decodeSnapshot(bytes);
  let vcpu: VcpuState;
  try {
    vcpu = parseVcpuState(image.vcpu);
  } catch (e) {
    throw new SnapshotError('state', `snapshot refused: its vCPU state is damaged: ${e instanceof Error ? e.message : String(e)}`);
  }
  const kind = image.header.kind, mode = kind === 'full' || kind === 'hw' ? kind : isPvKind(kind) ? 'pv' : 'native';
  if (vcpu.mode !== mode || (mode === 'full') !== (vcpu.vmm !== null) || (mode === 'hw') !== (vcpu.hvm != null)) {
    throw new SnapshotError('state', `snapshot refused: a ${image.header.kind} domain's snapshot holds ${vcpu.mode} vCPU state`);
  }
  // Full and PV guests reach machine memory only through page tables (shadow or validated), which apply in U-mode alone;
  // a hw guest only through its G-stage, which applies in VS and VU (S and U on the hart) alone.
  if (mode === 'hw' ? vcpu.hart.priv !== PRV_S && vcpu.hart.priv !== PRV_U : mode !== 'native' && vcpu.hart.priv !== PRV_U) {
    throw new SnapshotError('state', `snapshot refused: a ${mode}-mode vCPU runs in ${mode === 'hw' ? 'S- or U' : 'U'}-mode on the hart, but the snapshot says privilege ${vcpu.hart.priv}`);
  }
  const pv = isPvKind(kind) ? parsePvSnapshot(image.pv, image.header.ramBytes / FRAME_SIZE) : null;
  return { image, vcpu, pv };
}

/** The spec of a restored domain: sizes and settings from the header; no images (RAM already holds them). */
function restoredSpec(h: SnapshotHeader, disk: Uint8Array | null): DomainSpec {
  const empty = new Uint8Array(0);
  const boot: BootSpec = h.kind === 'bare' ? { kind: 'bare', program: empty }
    : h.kind === 'full' || h.kind === 'hw' ? { kind: h.kind, kernel: empty, bootargs: '' }
      : h.kind === 'pv' ? { kind: 'pv', kernel: empty, cmdline: '' }
        : h.kind === 'uni' ? { kind: 'uni', image: empty, cmdline: '' }
          : { kind: 'firmware', firmware: empty, kernel: empty, bootargs: '' };
  return {
    name: h.name, ramBytes: h.ramBytes, boot, ...(disk ? { disk } : {}), ...(h.net ? { net: true } : {}),
    clock: h.clock, tier: h.tier, ...(h.maxInsns === null ? {} : { maxInsns: h.maxInsns }), exitWait: h.exitWait,
  };
}

/** Builds domain `id` from a checked plan; on any failure its frames are returned and the error rethrown. */
export function restoreDomain(id: number, plan: RestorePlan, mm: MachineMemory, pvEnv: PvEnvironment): Domain {
  const { image, vcpu, pv } = plan;
  let d: Domain;
  try {
    d = new Domain(id, restoredSpec(image.header, image.disk), mm, pvEnv, vcpu, pv ? pvRestoreOf(pv) : undefined);
  } catch (e) {
    throw e instanceof SnapshotError ? e : new SnapshotError('state', `snapshot refused: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    const frames = d.memory.frames;
    for (const [i, page] of image.pages) if (i < frames.length) mm.bytes.set(page, frames[i]! * FRAME_SIZE);
    if (pv) restorePv(d, mm, pv, vcpu, image.pages);
    for (const dev of d.devices.devices) {
      // The generation-ID device came later than the format: a snapshot without it restores as generation 1's successor.
      if (!(dev.name in image.devices) && dev !== d.devices.genid) throw new SnapshotError('state', `snapshot refused: it has no state for device ${dev.name}`);
      dev.restoreState(image.devices[dev.name]);
    }
  } catch (e) {
    d.release();
    if (e instanceof SnapshotError) throw e;
    throw new SnapshotError('state', `snapshot refused: ${e instanceof Error ? e.message : String(e)}`);
  }
  return d;
}

/** The header of a snapshot, after checking its frame and checksum. */
export function snapshotInfo(bytes: Uint8Array): SnapshotSummary {
  return snapshotSummary(bytes);
}
