/**
 * Host-target interface of the RISC-V test suites (riscv-tests, Spike): the
 * guest talks through two 64-bit words in its own RAM, `tohost` and
 * `fromhost`, found by symbol name in the ELF. Supported commands:
 * - device 0, command 0, payload odd: exit with code payload >> 1;
 * - device 0, command 0, payload even: a syscall block at that address
 *   (`magic_mem`: which, arg0, arg1, arg2 as 64-bit words); write (64) and
 *   exit (93) are served, with the result written back to the block;
 * - device 1, command 1: putchar of the low byte.
 * A command is taken when the high word of tohost is written (the guest
 * writes the low word first), then tohost is cleared and fromhost set.
 */
import type { Bus } from '../cpu/bus.js';

const SYS_WRITE = 64;
const SYS_EXIT = 93;
/** Bytes one write syscall may copy out, so a hostile length cannot flood the host. */
const MAX_WRITE = 1 << 20;

/** An HTIF endpoint watching one tohost word. */
export class Htif {
  private readonly tohost: number;
  private readonly fromhost: number;

  /** `tohostPa`/`fromhostPa` are the symbols' physical addresses. */
  constructor(
    private readonly bus: Bus,
    tohostPa: number,
    fromhostPa: number | undefined,
    private readonly sink: (byte: number) => void,
    private readonly exit: (code: number) => void,
  ) {
    this.tohost = bus.ramOffset(tohostPa);
    this.fromhost = fromhostPa === undefined ? -1 : bus.ramOffset(fromhostPa);
    if (this.tohost < 0 || this.tohost & 7) throw new Error('tohost must be an aligned 64-bit word in RAM');
    bus.watchRam(tohostPa, (off, size) => this.onWrite(off, size));
  }

  private onWrite(off: number, size: number): void {
    if (off + size <= this.tohost + 4 || off >= this.tohost + 8) return; // not the high word
    const m = this.bus.mem32;
    const lo = m[this.tohost >>> 2]! >>> 0;
    const hi = m[(this.tohost >>> 2) + 1]! >>> 0;
    if (lo === 0 && hi === 0) return;
    const dev = hi >>> 24;
    const cmd = (hi >>> 16) & 0xff;
    if (dev === 1 && cmd === 1) this.sink(lo & 0xff);
    else if (dev === 0 && cmd === 0 && lo & 1) { this.exit(((hi & 0xffff) * 2 ** 31) + (lo >>> 1)); return; }
    else if (dev === 0 && cmd === 0) this.syscall(lo);
    m[this.tohost >>> 2] = 0;
    m[(this.tohost >>> 2) + 1] = 0;
    if (this.fromhost >= 0) {
      m[this.fromhost >>> 2] = 1;
      m[(this.fromhost >>> 2) + 1] = hi & 0xffff0000;
    }
  }

  /** Serves a proxied syscall block at guest physical address `pa`. */
  private syscall(pa: number): void {
    const block = this.bus.ramOffset(pa);
    if (block < 0 || block & 7 || block + 32 > this.bus.ramSize) return;
    const m = this.bus.mem32;
    const word = (i: number): number => m[(block >>> 2) + 2 * i]! >>> 0;
    const which = word(0);
    if (which === SYS_EXIT) { this.exit(word(1)); return; }
    if (which !== SYS_WRITE) { m[block >>> 2] = -38; m[(block >>> 2) + 1] = -1; return; } // -ENOSYS
    const buf = this.bus.ramOffset(word(2));
    const len = Math.min(word(3), MAX_WRITE);
    if (buf < 0 || buf + len > this.bus.ramSize) { m[block >>> 2] = -14; m[(block >>> 2) + 1] = -1; return; } // -EFAULT
    for (let i = 0; i < len; i++) this.sink(this.bus.mem8[buf + i]!);
    m[block >>> 2] = len;
    m[(block >>> 2) + 1] = 0;
  }
}
