/**
 * What the VMM reaches beside the guest: device registers (through the
 * bus, so every access is an exit to the hypervisor's device model) and the
 * guest's physical memory (through its P2M table, with every range checked).
 */
import type { Bus } from '../cpu/bus.js';
import type { Width } from '../devices/device.js';
import type { VcpuSetup } from '../worker/protocol.js';
import type { SbiHost } from './sbi.js';

/** The SBI host of a full-mode vCPU. */
export function guestHost(bus: Bus, setup: VcpuSetup, p2m: Int32Array): SbiHost {
  const mem = new Uint8Array(setup.memory);
  /** Machine offset of guest-physical `gpa`, or -1 outside the guest's RAM. */
  const offset = (gpa: number): number => {
    const off = gpa - setup.ramBase;
    if (off < 0 || off >= setup.ramBytes) return -1;
    const mfn = p2m[Math.floor(off / 4096)]!;
    return mfn < 0 ? -1 : mfn * 4096 + (off % 4096);
  };
  const inRam = (gpa: number, len: number): boolean => len >= 0 && gpa >= setup.ramBase && gpa + len <= setup.ramBase + setup.ramBytes;
  return {
    mmioRead: (pa, width) => bus.mmioRead(pa, width as Width),
    mmioWrite: (pa, width, value) => bus.mmioWrite(pa, width as Width, value),
    readGuest: (gpa, len) => {
      if (!inRam(gpa, len)) return null;
      const out = new Uint8Array(len);
      for (let i = 0; i < len; i++) out[i] = mem[offset(gpa + i)]!;
      return out;
    },
    writeGuest: (gpa, data) => {
      if (!inRam(gpa, data.length)) return false;
      for (let i = 0; i < data.length; i++) mem[offset(gpa + i)] = data[i]!;
      return true;
    },
  };
}
