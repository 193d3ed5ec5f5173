/**
 * The boundary between the hypervisor and its guest workers, in one place:
 * the layout of the per-vCPU control block in shared memory (the exit
 * protocol, interrupt lines, requests, counters) and the few messages that
 * travel by postMessage. Rings and doorbells never use messages.
 *
 * Exit protocol (one outstanding exit per vCPU):
 *   vCPU:        writes REASON/ADDR/SIZE/DATA, stores STATE = EXIT, notifies STATE,
 *                spins briefly, then Atomics.wait(STATE, EXIT) with a timeout, in a loop
 *   hypervisor:  sees STATE = EXIT (Atomics.waitAsync or a short spin), handles it,
 *                writes DATA/RESULT (and IRQ), stores STATE = DONE, notifies STATE
 *   vCPU:        reads DATA/RESULT, stores STATE = RUNNING
 * Requests (pause, stop, state) and interrupt-line changes are stored in REQUEST and
 * IRQ, then WAKE is bumped and notified; the vCPU looks at them between
 * instruction chunks and whenever it sleeps.
 */

import { HYPERCALLS, type HypercallName } from '../abi/pv.js';
import type { VcpuState } from '../vmm/vcpu-state.js';

/** Int32 word indices of the control block (one 4 KiB frame per vCPU). */
export const CB_STATE = 0;
export const CB_REASON = 1;
export const CB_ADDR = 2;
export const CB_SIZE = 3;
export const CB_DATA = 4;
export const CB_RESULT = 5;
/** External interrupt lines (mip bits: MEIP, SEIP), driven by the hypervisor's interrupt controller. */
export const CB_IRQ = 6;
/** Request bits from the hypervisor (REQ_*). */
export const CB_REQUEST = 7;
/** Futex word the vCPU sleeps on when idle or paused; bumped by the hypervisor on any news. */
export const CB_WAKE = 8;
/** What the vCPU is doing (VS_*), written by the vCPU. */
export const CB_VCPU_STATE = 9;
/** Bumped by the vCPU at least every chunk and every sleep slice: the watchdog's pulse. */
export const CB_HEARTBEAT = 10;
/**
 * A revocation request (exo_op's visible revocation): the hypervisor writes
 * the frame count and the deadline (ms from when the vCPU sees it), then
 * bumps the sequence word and WAKE; the vCPU publishes it in shared_info and
 * enforces it at the deadline.
 */
export const CB_EXO_REVOKE_SEQ = 11;
export const CB_EXO_REVOKE_COUNT = 12;
export const CB_EXO_REVOKE_MS = 13;
/**
 * The satp the hart runs on (PV: the guest's pinned root; full: the active
 * shadow root, host-physical; native and hw: the guest's own), and in full mode the
 * guest's virtual satp: published by the vCPU with its counters, read by
 * the hypervisor to show the page tables in use.
 */
export const CB_SATP = 14;
export const CB_GUEST_SATP = 15;
/** hw mode: the hgatp the hart's G-stage runs on (Sv32x4 root, host-physical), published with the counters. */
export const CB_HGATP = 16;
/** Int32 words used by the fields above. */
export const CB_WORDS = 17;
/** Byte offset of the Float64 counter slots (VCPU_COUNTERS order). */
export const CB_COUNTERS_OFFSET = 256;
/**
 * Byte offset and size of the argument area of a hypercall exit: the
 * argument structs, copied out of guest memory by the vCPU and back after
 * the answer (the hypervisor never reads guest virtual memory).
 */
export const CB_ARGS_OFFSET = 1024;
export const CB_ARGS_BYTES = 3072;
/** Bytes of one control block. */
export const CB_BYTES = 4096;

/** CB_STATE values. */
export const STATE_RUNNING = 0;
export const STATE_EXIT = 1;
export const STATE_DONE = 2;

/** CB_REASON values: why the vCPU left for the hypervisor. */
export const EXIT_MMIO_READ = 1;
export const EXIT_MMIO_WRITE = 2;
/** A PV hypercall served by the hypervisor: ADDR = number, DATA = command (in) and a0 (out), SIZE = count; structs in the argument area. */
export const EXIT_HYPERCALL = 3;

/**
 * exo_op command of a hypercall exit that only the vCPU makes, never passed
 * through from a guest: the frames in the argument area were taken from the
 * domain at a revocation deadline (unmapped already); free them.
 */
export const EXO_TAKE_FRAMES = -1;

/** CB_RESULT values. */
export const RESULT_OK = 0;
/** No device answered: the access raises an access fault in the guest. */
export const RESULT_BUS_ERROR = 1;
/** The access completed and the domain is shutting down (finisher, reset): the vCPU must stop. */
export const RESULT_SHUTDOWN = 2;

/** CB_REQUEST bits. */
export const REQ_PAUSE = 1;
export const REQ_STOP = 2;
/** A paused vCPU posts its state (MSG_STATE) and stays paused. */
export const REQ_STATE = 4;

/** CB_VCPU_STATE values. */
export const VS_BOOTING = 0;
export const VS_RUNNING = 1;
export const VS_IDLE = 2;
export const VS_PAUSED = 3;
export const VS_STOPPED = 4;

/**
 * Counters the vCPU publishes in its control block (Float64 slots, updated
 * every chunk; read by the hypervisor at any time without a message).
 */
const BASE_COUNTERS = [
  'insns', 'traps', 'interrupts', 'tlb_hits', 'tlb_misses', 'page_walks', 'blocks_translated',
  // Page-table entries read by the walkers (both stages), and the G-stage walks of a hardware-assisted guest.
  'walk_refs', 'gstage_walks',
  'exit_mmio', 'exit_hypercall', 'exit_mmio_local', 'exit_wfi', 'spin_hits', 'spin_misses', 'exit_wait_ns',
  // Loads and stores to holes of the device window, refused beside the vCPU (no exit: no device is there).
  'bus_unmapped',
  // Full virtualization: the VMM's work by kind, and shadow paging.
  'vmm_csr', 'vmm_sret', 'vmm_sfence', 'vmm_wfi', 'vmm_sbi', 'vmm_mmio', 'vmm_pt_write', 'vmm_shadow_fill',
  'vmm_guest_page_fault', 'vmm_reflected', 'vmm_injected_irq', 'shadow_syncs', 'shadow_flushes',
  // Hardware-assisted: the exits the H extension sends to the hypervisor, by reason, and the interrupts it injects.
  'hvm_sbi', 'hvm_guest_page_fault', 'hvm_mmio', 'hvm_virtual_instruction', 'hvm_wfi', 'hvm_injected_irq', 'hvm_reflected',
  // Paravirtual: event upcalls, traps bounced to the guest kernel, page-table batches, blocking, the timer.
  'pv_upcalls', 'pv_traps_bounced', 'pv_mmu_batches', 'pv_mmu_ptes', 'pv_mmu_batch_max', 'pv_mmu_refused',
  'pv_pins', 'pv_blocks', 'pv_timer_fired', 'hc_unknown',
  // The exokernel interface: revocations settled by the guest, or enforced at the deadline, and the frames taken.
  'pv_exo_revoke_seen', 'pv_exo_revoke_voluntary', 'pv_exo_revoke_forced', 'pv_exo_frames_taken', 'pv_exo_refused',
  // Wall-clock time of the vCPU thread: running (guest code and its exits), asleep idle (wfi, blocked), parked paused.
  'run_ns', 'idle_ns', 'paused_ns',
  // The boot marker: instructions retired and mtime ticks before the app's first instruction (0 until it runs: it is never the first).
  'boot_insns', 'boot_ticks',
] as const;
/** Hypercalls by name (paravirtual). */
const HYPERCALL_COUNTERS = (Object.keys(HYPERCALLS) as HypercallName[]).map((n) => `hc_${n}` as const);
/** One of VCPU_COUNTERS. */
export type VcpuCounter = (typeof BASE_COUNTERS)[number] | (typeof HYPERCALL_COUNTERS)[number];
export const VCPU_COUNTERS: readonly VcpuCounter[] = [...BASE_COUNTERS, ...HYPERCALL_COUNTERS];
/** Slot index of a counter. */
export const counterSlot = (name: VcpuCounter): number => VCPU_COUNTERS.indexOf(name);

/** A device window whose registers live in the hypervisor: accesses become exits. */
export interface RemoteWindow {
  name: string;
  base: number;
  size: number;
}

/** The windows of a device list, for VcpuSetup.remote. */
export function remoteWindows(devices: readonly { name: string; base: number; size: number }[]): RemoteWindow[] {
  return devices.map((d) => ({ name: d.name, base: d.base, size: d.size }));
}

/** Everything a guest worker needs to run one vCPU (sent once, in MSG_BOOT). */
export interface VcpuSetup {
  domid: number;
  /** Machine memory. */
  memory: SharedArrayBuffer;
  /** The domain's P2M table: byte offset in `memory` and entries. */
  p2mOffset: number;
  p2mEntries: number;
  /** Byte offset of this vCPU's control block in `memory`. */
  controlOffset: number;
  ramBase: number;
  ramBytes: number;
  /** Initial pc and a0–a2 (hart id, device tree, boot info), as the board's reset ROM would set them. */
  entry: number;
  bootArgs: [number, number, number];
  clock: 'deterministic' | 'realtime';
  tier: 'jit' | 'interp';
  /** Stop after this many instructions (Infinity: no limit). */
  maxInsns: number;
  /** Spin briefly before sleeping while waiting for an exit's answer (the adaptive policy), or only sleep. */
  exitSpin: boolean;
  /**
   * How the guest runs: 'native' on the machine as it is (its own firmware
   * in M-mode), 'full' deprivileged under the trap-and-emulate VMM with
   * shadow page tables built in `shadowPool` (machine frames), 'hw' in
   * VS/VU mode with H-extension semantics and a G-stage table built in
   * `shadowPool`, or 'pv' paravirtualized (hypercalls, events, direct
   * paging; `pv` says how).
   */
  mode: 'native' | 'full' | 'hw' | 'pv';
  shadowPool: number[];
  /** PV mode: the shared-info and grant-table frames (hypervisor frames it may map), the builder's page tables (root first), start info. */
  pv?: {
    sharedInfo: number; grantTable: number; pageTables: number[]; startInfo: number;
    /** Where the machine's frame table is: owner words and frame-info words (byte offsets), and the frame count. */
    frameTable: { owners: number; info: number; frames: number };
  };
  /** Windows handled by the hypervisor; the CLINT is emulated beside the vCPU. */
  remote: RemoteWindow[];
  /** Continue from this saved state (a restored snapshot) instead of booting at `entry`. */
  resume?: VcpuState;
  /** The app's first instruction (virtual pc, fetched in U-mode on the hart): its first fetch ends boot (boot_insns, boot_ticks). */
  bootMark?: number;
  /** The domain has the virt board's network device: interrupts come from other threads' frames. */
  net?: boolean;
}

/** How a vCPU run ended, as the guest worker reports it. */
export type VcpuEnd =
  | { kind: 'shutdown' }
  | { kind: 'stopped' }
  | { kind: 'limit' }
  | { kind: 'halt'; message: string }
  | { kind: 'crash'; message: string };

/** Message kinds between the hypervisor and a guest worker (postMessage; control only). */
export const MSG_BOOT = 1;
export const MSG_READY = 2;
export const MSG_END = 3;
export const MSG_STATE = 4;

/** Hypervisor → guest worker: start running this vCPU. */
export interface BootMessage { kind: typeof MSG_BOOT; setup: VcpuSetup }
/** Guest worker → hypervisor: the worker is loaded and listening (sent before MSG_BOOT). */
export interface ReadyMessage { kind: typeof MSG_READY }
/** Guest worker → hypervisor: the vCPU loop ended; final trap counts by cause. */
export interface EndMessage { kind: typeof MSG_END; end: VcpuEnd; traps: Record<string, number> }
/** Guest worker → hypervisor: the paused vCPU's state, answering REQ_STATE (the vCPU cannot read messages while it runs). */
export interface StateMessage { kind: typeof MSG_STATE; state: VcpuState }
/** Any message on the hypervisor ↔ guest worker channel. */
export type GuestMessage = BootMessage | ReadyMessage | EndMessage | StateMessage;
