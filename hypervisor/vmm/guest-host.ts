/**
 * What the VMM reaches beside the guest: device registers (through the
 * bus, so every access is an exit to the hypervisor's device model) and the
 * guest's physical memory (through its P2M table, the same GuestPhys the
 * shadow MMU uses, with every range checked).
 */
import type { Bus } from '../cpu/bus.js';
import type { Width } from '../devices/device.js';
import type { VcpuSetup } from '../worker/protocol.js';
import { GuestPhys } from './guest-walk.js';
import type { SbiHost } from './sbi.js';

/** The SBI host of a full-mode vCPU. */
export function guestHost(bus: Bus, setup: VcpuSetup, p2m: Int32Array): SbiHost {
  const phys = new GuestPhys(setup.memory, p2m, setup.ramBase, setup.ramBytes);
  const mem = new Uint8Array(setup.memory);
  /** Machine offsets of the `len` bytes at `gpa`, or null unless every one is populated RAM of the guest. */
  const offsets = (gpa: number, len: number): number[] | null => {
    if (!Number.isInteger(len) || len < 0) return null;
    const out: number[] = [];
    for (let i = 0; i < len; i++) {
      const off = phys.offset(gpa + i);
      if (off < 0) return null;
      out.push(off);
    }
    return out;
  };
  return {
    mmioRead: (pa, width) => bus.mmioRead(pa, width as Width),
    mmioWrite: (pa, width, value) => bus.mmioWrite(pa, width as Width, value),
    readGuest: (gpa, len) => {
      const offs = offsets(gpa, len);
      return offs ? Uint8Array.from(offs, (o) => mem[o]!) : null;
    },
    writeGuest: (gpa, data) => {
      const offs = offsets(gpa, data.length);
      if (!offs) return false;
      offs.forEach((o, i) => { mem[o] = data[i]!; });
      return true;
    },
  };
}
