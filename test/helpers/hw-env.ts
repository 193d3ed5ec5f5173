/**
 * Rig for the hardware-assisted tests: one guest's RAM in shuffled machine
 * frames, its G-stage table built in a hypervisor pool, a hart over all of
 * machine memory at HPA_BASE running the guest with V=1 under `Hvm`, and a
 * device window the hypervisor emulates (accesses recorded). Guest memory
 * is written by guest-physical address, as a loader would.
 */
import { VIRT_UART0 } from '../../hypervisor/abi/virt.js';
import { GuestMemory } from '../../hypervisor/core/guest-memory.js';
import { MachineMemory } from '../../hypervisor/core/machine-memory.js';
import { Bus } from '../../hypervisor/cpu/bus.js';
import { GStage } from '../../hypervisor/cpu/gstage.js';
import { Hart } from '../../hypervisor/cpu/hart.js';
import { CSR, PRV_S, PTE_A, PTE_D, PTE_R, PTE_U, PTE_V, PTE_W, PTE_X, SATP_MODE_SV32 } from '../../hypervisor/cpu/isa.js';
import { buildGStage, gstageFrames } from '../../hypervisor/vmm/gstage-table.js';
import { Hvm } from '../../hypervisor/vmm/hvm.js';
import type { SbiHost } from '../../hypervisor/vmm/sbi.js';
import { HPA_BASE } from '../../hypervisor/vmm/shadow.js';
import { interpret } from '../../hypervisor/cpu/interp.js';
import type { Program } from './asm.js';
import { HALT, RAM } from './asm.js';
import { prng } from './prng.js';
import { shuffle } from './shadow-env.js';

export const RAM_BYTES = 4 << 20;
const MACHINE_BYTES = 16 << 20;
/** Guest-physical layout: trap vector, kernel code, page tables, data pages. */
export const STVEC = RAM + 0x800;
export const CODE = RAM + 0x1000;
export const USER_CODE = RAM + 0x3000;
export const ROOT = RAM + 0x10000, L0 = RAM + 0x11000;
export const DATA = (n: number): number => RAM + 0x20000 + n * 0x1000;
/** Guest-virtual pages mapped 4 KiB at a time through L0 (root entry 0x100). */
export const UVA = (n: number): number => 0x4000_0000 + n * 0x1000;
/** The emulated device's window (guest-physical; the G-stage never maps it). */
export const DEVICE = VIRT_UART0;
export const RWXAD = PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D;
export const pte = (pa: number, flags: number): number => ((Math.floor(pa / 4096) << 10) | flags) >>> 0;
export const satpOf = (root: number): number => (SATP_MODE_SV32 | (root / 4096)) >>> 0;

/** The rig. */
export interface HwEnv {
  m32: Int32Array;
  guest: GuestMemory;
  hart: Hart;
  gstage: GStage;
  hvm: Hvm;
  hgatp: number;
  /** Device accesses the hypervisor emulated: [pa, width, value or null for a read]. */
  device: [number, number, number | null][];
}

/** A device host that answers reads in DEVICE's window with 0x5a and records every access; elsewhere a bus error. */
function recordingHost(device: HwEnv['device']): SbiHost {
  const inWindow = (pa: number): boolean => pa >= DEVICE && pa < DEVICE + 0x100;
  return {
    mmioRead: (pa, w) => { if (!inWindow(pa)) return null; device.push([pa, w, null]); return 0x5a; },
    mmioWrite: (pa, w, v) => { if (!inWindow(pa)) return false; device.push([pa, w, v]); return true; },
    readGuest: () => null,
    writeGuest: () => false,
  };
}

/** Builds the rig: the guest's frames shuffled by `seed`, the G-stage built, the hart booted at CODE in VS-mode, stvec on a `j .` at STVEC. */
export function newHwEnv(seed = 7): HwEnv {
  const mm = new MachineMemory(MACHINE_BYTES);
  const guest = new GuestMemory(mm, 1, RAM, RAM_BYTES);
  shuffle(guest.p2m, prng(seed));
  guest.zero(RAM, RAM_BYTES);
  const first = mm.allocContiguous(gstageFrames(RAM_BYTES));
  const pool = Array.from({ length: gstageFrames(RAM_BYTES) }, (_, i) => first + i);
  const hart = new Hart(new Bus(HPA_BASE, MACHINE_BYTES, mm.buffer));
  const gstage = new GStage(hart.bus);
  const device: HwEnv['device'] = [];
  const hvm = new Hvm(hart, gstage, recordingHost(device));
  const hgatp = buildGStage({ machine: mm.buffer, p2m: guest.p2m, ramBase: RAM, pool });
  hvm.boot(CODE, [0, 0, 0], hgatp);
  const env = { m32: new Int32Array(mm.buffer), guest, hart, gstage, hvm, hgatp, device };
  loadGuest(env, STVEC, [HALT]);
  hart.csr.write(CSR.stvec, STVEC, PRV_S);
  return env;
}

/** Machine word index of guest-physical `gpa`. */
const word = (env: HwEnv, gpa: number): number => env.guest.range(gpa, 4)[0]!.offset >>> 2;
/** Reads a guest word by guest-physical address (no hart involved). */
export const peekGpa = (env: HwEnv, gpa: number): number => env.m32[word(env, gpa)]! >>> 0;
/** Writes a guest word by guest-physical address (no hart involved). */
export function pokeGpa(env: HwEnv, gpa: number, v: number): void {
  env.m32[word(env, gpa)] = v;
}

/** Writes 32-bit instructions at guest-physical `gpa` and forgets decoded code. */
export function loadGuest(env: HwEnv, gpa: number, prog: Program): void {
  prog.flat().forEach((w, i) => pokeGpa(env, gpa + 4 * i, w));
  env.hart.code.clear();
}

/** Guest tables: the kernel's identity megapage over RAM, user data pages through L0, user code at UVA(50). */
export function guestTables(env: HwEnv): void {
  pokeGpa(env, ROOT + 4 * 0x200, pte(RAM, RWXAD));
  pokeGpa(env, ROOT + 4 * 0x100, pte(L0, PTE_V));
  for (let i = 0; i < 8; i++) pokeGpa(env, L0 + 4 * i, pte(DATA(i), RWXAD | PTE_U));
  pokeGpa(env, L0 + 4 * 50, pte(USER_CODE, RWXAD | PTE_U));
}

/** Single-steps the hart until its pc is `va`; throws after `max` steps. */
export function runTo(env: HwEnv, va: number, max = 200): void {
  for (let n = 0; n < max; n++) {
    if (env.hart.pc >>> 0 === va >>> 0) return;
    interpret(env.hart, 1);
  }
  throw new Error(`pc never reached 0x${(va >>> 0).toString(16)}; stuck at 0x${(env.hart.pc >>> 0).toString(16)}`);
}

/** Exits the hypervisor has taken, over all reasons. */
export function exitCount(env: HwEnv): number {
  const c = env.hvm.counters;
  return c.sbi + c.guest_page_fault + c.virtual_instruction;
}
