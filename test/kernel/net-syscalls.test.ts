/**
 * The kernel's network system calls (netinfo, netsend, netrecv) at their
 * edges, from a user program assembled here and run from a disk: the
 * native kernel has no interface (-ENODEV for all three); the pv-ops kernel
 * with an interface (a `pingpong serve` peer on the virtual switch) checks
 * lengths (-EINVAL), user addresses (-EFAULT, the frame staying queued),
 * polling and timeouts, truncation to the caller's buffer with the frame's
 * full length returned, and a burst of maximum-size frames that outruns the
 * transmit buffers. The program exits with the number of the first check
 * that failed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syscallNumber } from '../../hypervisor/abi/syscall.js';
import { mkfs } from '../../hypervisor/image/mkfs.js';
import { a0, a1, a2, a7, addi, beq, bgeu, bne, ecall, lhu, li, lw, s1, s2, s3, sh, sub, t0, t1, zero, type Program } from '../helpers/asm.js';
import { elf32, programBytes } from '../helpers/elf-writer.js';
import { exovisor } from '../helpers/cli.js';

const TEXT = 0x1_0000, DATA = 0x2_0000;
/** In DATA: a 22-byte pingpong frame (broadcast PING, seq 0), our MAC goes at +6 (netinfo). */
const PING = DATA;
/** A maximum-size broadcast frame of another EtherType (the server ignores it). */
const BIG = DATA + 0x100;
/** The receive buffer, prefilled with 0xaa. */
const RBUF = DATA + 0x800;
const UNMAPPED = 0x100;
const MTU = 1514, EFAULT = 14, ENODEV = 19, EINVAL = 22;

/** Builds a straight-line program of system calls and checks; every instruction is 32 bits. */
class Asm {
  readonly code: number[] = [];
  private checkNo = 0;
  get here(): number { return this.code.length * 4; }
  emit(...items: Program): void { for (const w of items.flat()) this.code.push(w); }
  /** a7 = SYS_name, a0..a2 = args, ecall. */
  call(name: Parameters<typeof syscallNumber>[0], ...args: number[]): void {
    this.emit(...li(a7, syscallNumber(name)));
    [a0, a1, a2].slice(0, args.length).forEach((r, i) => this.emit(...li(r, args[i]!)));
    this.emit(ecall);
  }
  /** Exits with the next check number unless `branch(skip)` skips the exit (skip = bytes to jump over it). */
  fail(branch: (skip: number) => number): number {
    const n = ++this.checkNo;
    this.emit(branch(24), ...li(a0, n), ...li(a7, syscallNumber('exit')), ecall);
    return n;
  }
  /** Check: a0 == value. */
  expectA0(value: number): number {
    this.emit(...li(t0, value));
    return this.fail((skip) => beq(a0, t0, skip));
  }
  /** Check: the 16-bit or 32-bit value at addr == value. */
  expectMem(addr: number, bytes: 2 | 4, value: number): number {
    this.emit(...li(t1, addr), bytes === 2 ? lhu(t1, 0, t1) : lw(t1, 0, t1), ...li(t0, value));
    return this.fail((skip) => beq(t1, t0, skip));
  }
}

function elf(asm: Asm): Uint8Array {
  const data = new Uint8Array(0x1000);
  const ping = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0x88, 0xb5, ...Buffer.from('PING'), 0, 0, 0, 0];
  data.set(ping, PING - DATA);
  data.fill(0xff, BIG - DATA, BIG - DATA + 6);
  data.fill(0xaa, RBUF - DATA, RBUF - DATA + MTU + 2);
  return elf32(TEXT, [
    { paddr: TEXT, data: programBytes(asm.code), flags: 5 },
    { paddr: DATA, data, memSize: 0x1000, flags: 6 },
  ]);
}

/** netinfo, netsend and netrecv all say there is no interface. */
function nativeProgram(): Uint8Array {
  const a = new Asm();
  a.call('netinfo', PING + 6); a.expectA0(-ENODEV);
  a.call('netsend', PING, 22); a.expectA0(-ENODEV);
  a.call('netrecv', RBUF, MTU, 10); a.expectA0(-ENODEV);
  a.call('exit', 0);
  return elf(a);
}

/** The edges of the three calls with an interface and a pingpong server on the switch. */
function pvProgram(): Uint8Array {
  const a = new Asm();
  a.call('netinfo', 0); a.expectA0(-EFAULT);
  a.call('netinfo', PING + 6); a.expectA0(0);
  a.expectMem(PING + 6, 2, 0x0002); // 02:00:...
  a.call('netsend', PING, 13); a.expectA0(-EINVAL);
  a.call('netsend', PING, MTU + 1); a.expectA0(-EINVAL);
  a.call('netsend', UNMAPPED, 60); a.expectA0(-EFAULT);
  a.call('netrecv', RBUF, MTU, 0); a.expectA0(0); // nothing queued: a poll returns at once
  a.call('uptime'); a.emit(addi(s1, a0, 0));
  a.call('netrecv', RBUF, MTU, 50); a.expectA0(0); // times out
  a.call('uptime'); a.emit(sub(t1, a0, s1), ...li(t0, 50));
  a.fail((skip) => bgeu(t1, t0, skip)); // ... after at least 50 ms
  // A burst of maximum-size frames: more than the front-end has transmit buffers.
  a.emit(...li(s2, 40));
  const burst = a.here;
  a.call('netsend', BIG, MTU); a.expectA0(MTU);
  a.emit(addi(s2, s2, -1), bne(s2, zero, burst - (a.here + 4)));
  // Find the server (it may still be booting): a broadcast PING, a PONG back, truncated to 16 bytes.
  a.emit(...li(s3, 20));
  const discover = a.here;
  a.call('netsend', PING, 22); a.expectA0(22);
  a.call('netrecv', RBUF, 16, 1000);
  a.emit(bne(a0, zero, 16), addi(s3, s3, -1), bne(s3, zero, discover - (a.here + 8)), addi(a0, zero, -1));
  a.expectA0(22); // the frame's length, though only 16 bytes were copied
  a.expectMem(RBUF + 12, 2, 0xb588); // EtherType 0x88b5
  a.expectMem(RBUF + 14, 2, 0x4f50); // "PO"
  a.expectMem(RBUF + 16, 4, 0xaaaaaaaa); // "NG" was not copied
  // A frame for a bad buffer stays queued.
  a.call('netsend', PING, 22); a.expectA0(22);
  a.call('netrecv', UNMAPPED, 100, 5000); a.expectA0(-EFAULT);
  a.call('netrecv', RBUF, MTU, 0); a.expectA0(22);
  a.expectMem(RBUF + 16, 2, 0x474e); // "NG"
  // Goodbye to the server's MAC (the PONG's source): it exits 0.
  for (const off of [0, 2, 4]) a.emit(...li(t1, RBUF + 6 + off), lhu(t0, 0, t1), ...li(t1, PING + off), sh(t0, 0, t1));
  a.emit(...li(t1, PING + 14), ...li(t0, 0x5942), sh(t0, 0, t1), ...li(t0, 0x2145), sh(t0, 2, t1)); // "BYE!"
  a.call('netsend', PING, 22); a.expectA0(22);
  a.call('exit', 0);
  return elf(a);
}

const tmp = mkdtempSync(join(tmpdir(), 'exovisor-net-'));

/** A disk holding `image` as `nettest`. */
function disk(name: string, image: Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, mkfs({ sizeBytes: 4 << 20, files: [{ name: 'nettest', data: image }] }));
  return path;
}

describe('network system calls', () => {
  it('native kernel: no interface, -ENODEV for netinfo, netsend and netrecv', () => {
    const r = exovisor(['run', '--mode', 'native', '--timeout', '60', '--disk', disk('native.img', nativeProgram()), 'kernel', '--', 'nettest'], 90_000);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);

  it('pv-ops kernel: lengths, faults, polls, timeouts, truncation and a burst, against a pingpong server', () => {
    const r = exovisor(['run', '--mode', 'pv', '--timeout', '120', '--stats', '--peer', 'pingpong serve',
      '--disk', disk('pv.img', pvProgram()), 'kernel-pv', '--', 'nettest'], 180_000);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^\[peer\] pingpong: answered 0 pings$/m);
    const stats = JSON.parse(r.stderr.trimEnd().split('\n').pop()!) as { pv: { net: { tx_frames: number; tx_errors: number; rx_frames: number } } };
    expect(stats.pv.net.tx_frames).toBeGreaterThanOrEqual(43); // the burst, a discovery, a second PING, the goodbye
    expect(stats.pv.net.tx_errors).toBe(0);
    expect(stats.pv.net.rx_frames).toBeGreaterThanOrEqual(2);
  }, 200_000);
});
