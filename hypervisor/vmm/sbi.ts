/**
 * SBI for a fully virtualized guest, answered by the VMM as KVM does for
 * RISC-V guests: no firmware runs inside the guest. Calls arrive as the
 * guest kernel's ecall (a7 = extension, a6 = function, a0–a5 = arguments;
 * a0 = error, a1 = value). The console goes to the emulated UART and
 * shutdown to the finisher, through the same device exits a guest's own
 * accesses take; the timer is the VMM's virtual STIP.
 */
import {
  SBI_BASE_GET_IMPL_ID, SBI_BASE_GET_IMPL_VERSION, SBI_BASE_GET_SPEC_VERSION, SBI_BASE_PROBE_EXTENSION, SBI_DBCN_READ,
  SBI_DBCN_WRITE, SBI_DBCN_WRITE_BYTE, SBI_ERR_INVALID_PARAM, SBI_ERR_NOT_SUPPORTED, SBI_EXT_BASE, SBI_EXT_DBCN,
  SBI_EXT_LEGACY_CONSOLE_GETCHAR, SBI_EXT_LEGACY_CONSOLE_PUTCHAR, SBI_EXT_LEGACY_SET_TIMER, SBI_EXT_SRST, SBI_EXT_TIME,
  SBI_IMPL_ID_EXOVISOR, SBI_SPEC_VERSION, SBI_SRST_REASON_EXIT, SBI_SRST_REASON_NONE, SBI_SRST_REASON_SYSFAIL,
  SBI_SRST_SYSTEM_RESET, SBI_SRST_TYPE_SHUTDOWN, SBI_SRST_TYPE_WARM_REBOOT, SBI_SUCCESS, SBI_TIME_SET_TIMER,
} from '../abi/sbi.js';
import {
  FINISHER_FAIL, FINISHER_PASS, FINISHER_RESET, UART_LSR, UART_LSR_DR, UART_RBR_THR, VIRT_TEST, VIRT_UART0,
} from '../abi/virt.js';
import type { Hart } from '../cpu/hart.js';

/** What SBI needs from the machine around the VMM. */
export interface SbiHost {
  /** A device register access (an exit to the device model); null for a bus error. */
  mmioRead(pa: number, width: 1 | 2 | 4): number | null;
  mmioWrite(pa: number, width: 1 | 2 | 4, value: number): boolean;
  /** Guest-physical memory; null when the range is not the guest's RAM. */
  readGuest(gpa: number, len: number): Uint8Array | null;
  writeGuest(gpa: number, data: Uint8Array): boolean;
}

/** The part of the VMM an SBI call touches. */
interface SbiVmm {
  hart: Hart;
  host: SbiHost;
  timer: number;
}

const EXTENSIONS = [SBI_EXT_LEGACY_SET_TIMER, SBI_EXT_LEGACY_CONSOLE_PUTCHAR, SBI_EXT_LEGACY_CONSOLE_GETCHAR,
  SBI_EXT_BASE, SBI_EXT_TIME, SBI_EXT_SRST, SBI_EXT_DBCN];

type Ret = [error: number, value: number] | { legacy: number };

/** Answers the SBI call in the guest's registers. */
export function handleSbi(vmm: SbiVmm): void {
  const x = vmm.hart.x;
  const ret = dispatch(vmm, x[17]! >>> 0, x[16]!, [x[10]!, x[11]!, x[12]!]);
  if (Array.isArray(ret)) { x[10] = ret[0]; x[11] = ret[1]; } else x[10] = ret.legacy;
}

function dispatch(vmm: SbiVmm, ext: number, fid: number, a: number[]): Ret {
  const h = vmm.host;
  switch (ext) {
    case SBI_EXT_LEGACY_SET_TIMER: vmm.timer = (a[1]! >>> 0) * 2 ** 32 + (a[0]! >>> 0); return { legacy: 0 };
    case SBI_EXT_LEGACY_CONSOLE_PUTCHAR: h.mmioWrite(VIRT_UART0 + UART_RBR_THR, 1, a[0]! & 0xff); return { legacy: 0 };
    case SBI_EXT_LEGACY_CONSOLE_GETCHAR: return { legacy: getchar(h) };
    case SBI_EXT_BASE: return base(fid, a[0]! >>> 0);
    case SBI_EXT_TIME:
      if (fid !== SBI_TIME_SET_TIMER) return [SBI_ERR_NOT_SUPPORTED, 0];
      vmm.timer = (a[1]! >>> 0) * 2 ** 32 + (a[0]! >>> 0);
      return [SBI_SUCCESS, 0];
    case SBI_EXT_SRST: return fid === SBI_SRST_SYSTEM_RESET ? reset(h, a[0]! >>> 0, a[1]! >>> 0) : [SBI_ERR_NOT_SUPPORTED, 0];
    case SBI_EXT_DBCN: return dbcn(h, fid, a);
    default: return [SBI_ERR_NOT_SUPPORTED, 0];
  }
}

function base(fid: number, arg: number): Ret {
  switch (fid) {
    case SBI_BASE_GET_SPEC_VERSION: return [SBI_SUCCESS, SBI_SPEC_VERSION];
    case SBI_BASE_GET_IMPL_ID: return [SBI_SUCCESS, SBI_IMPL_ID_EXOVISOR];
    case SBI_BASE_GET_IMPL_VERSION: return [SBI_SUCCESS, 1];
    case SBI_BASE_PROBE_EXTENSION: return [SBI_SUCCESS, EXTENSIONS.includes(arg) ? 1 : 0];
    default: return fid <= 6 ? [SBI_SUCCESS, 0] : [SBI_ERR_NOT_SUPPORTED, 0]; // mvendorid, marchid, mimpid: 0
  }
}

/** One byte from the UART, or -1 when none has arrived. */
function getchar(h: SbiHost): number {
  const lsr = h.mmioRead(VIRT_UART0 + UART_LSR, 1) ?? 0;
  return lsr & UART_LSR_DR ? h.mmioRead(VIRT_UART0 + UART_RBR_THR, 1) ?? -1 : -1;
}

/** System reset: shutdown reasons become the finisher's exit status; reboots its reset request. */
function reset(h: SbiHost, type: number, reason: number): Ret {
  if (type > SBI_SRST_TYPE_WARM_REBOOT) return [SBI_ERR_INVALID_PARAM, 0];
  if (type !== SBI_SRST_TYPE_SHUTDOWN) { h.mmioWrite(VIRT_TEST, 4, FINISHER_RESET); return [SBI_SUCCESS, 0]; }
  let code: number;
  if (reason === SBI_SRST_REASON_NONE) code = 0;
  else if (reason === SBI_SRST_REASON_SYSFAIL) code = 1;
  else if (reason >>> 28 === SBI_SRST_REASON_EXIT >>> 28) code = reason & 0xff;
  else return [SBI_ERR_INVALID_PARAM, 0];
  h.mmioWrite(VIRT_TEST, 4, code === 0 ? FINISHER_PASS : (code << 16) | FINISHER_FAIL);
  return [SBI_SUCCESS, 0];
}

/** Debug console: write and read through guest-physical buffers, write_byte. */
function dbcn(h: SbiHost, fid: number, a: number[]): Ret {
  if (fid === SBI_DBCN_WRITE_BYTE) { h.mmioWrite(VIRT_UART0 + UART_RBR_THR, 1, a[0]! & 0xff); return [SBI_SUCCESS, 0]; }
  const len = a[0]! >>> 0, lo = a[1]! >>> 0, hi = a[2]! >>> 0;
  if (hi !== 0) return [SBI_ERR_INVALID_PARAM, 0];
  if (fid === SBI_DBCN_WRITE) {
    const bytes = h.readGuest(lo, Math.min(len, 4096));
    if (!bytes) return [SBI_ERR_INVALID_PARAM, 0];
    for (const b of bytes) h.mmioWrite(VIRT_UART0 + UART_RBR_THR, 1, b);
    return [SBI_SUCCESS, bytes.length];
  }
  if (fid === SBI_DBCN_READ) {
    const got: number[] = [];
    for (let c = getchar(h); c >= 0 && got.length < len; c = got.length < len ? getchar(h) : -1) got.push(c);
    return h.writeGuest(lo, Uint8Array.from(got)) ? [SBI_SUCCESS, got.length] : [SBI_ERR_INVALID_PARAM, 0];
  }
  return [SBI_ERR_NOT_SUPPORTED, 0];
}
