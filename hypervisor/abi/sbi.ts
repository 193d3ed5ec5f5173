/**
 * The RISC-V Supervisor Binary Interface subset Exovisor implements (SBI
 * spec v2.0): the calls a kernel makes with `ecall` from S-mode, extension
 * id in a7, function id in a6, arguments in a0–a5, error in a0 and value in
 * a1. The M-mode firmware (libos/sbi) answers them natively; the VMM answers
 * them for deprivileged guests. Numbers are the spec's.
 */
import type { AbiHeader } from './constant.js';

/** SBI specification version implemented: 2.0 (major << 24 | minor). */
export const SBI_SPEC_VERSION = 0x0200_0000;
/** Implementation id reported by base.get_sbi_impl_id ('EXOV'; not in the spec's registry). */
export const SBI_IMPL_ID_EXOVISOR = 0x4558_4f56;

export const SBI_EXT_LEGACY_SET_TIMER = 0x00;
export const SBI_EXT_LEGACY_CONSOLE_PUTCHAR = 0x01;
export const SBI_EXT_LEGACY_CONSOLE_GETCHAR = 0x02;
export const SBI_EXT_BASE = 0x10;
export const SBI_EXT_TIME = 0x5449_4d45;
export const SBI_EXT_SRST = 0x5352_5354;
export const SBI_EXT_DBCN = 0x4442_434e;

export const SBI_BASE_GET_SPEC_VERSION = 0;
export const SBI_BASE_GET_IMPL_ID = 1;
export const SBI_BASE_GET_IMPL_VERSION = 2;
export const SBI_BASE_PROBE_EXTENSION = 3;
export const SBI_BASE_GET_MVENDORID = 4;
export const SBI_BASE_GET_MARCHID = 5;
export const SBI_BASE_GET_MIMPID = 6;
export const SBI_TIME_SET_TIMER = 0;
export const SBI_SRST_SYSTEM_RESET = 0;
export const SBI_DBCN_WRITE = 0;
export const SBI_DBCN_READ = 1;
export const SBI_DBCN_WRITE_BYTE = 2;

export const SBI_SRST_TYPE_SHUTDOWN = 0;
export const SBI_SRST_TYPE_COLD_REBOOT = 1;
export const SBI_SRST_TYPE_WARM_REBOOT = 2;
export const SBI_SRST_REASON_NONE = 0;
export const SBI_SRST_REASON_SYSFAIL = 1;
/** Platform-specific reset reason (spec range 0xF0000000+): shut down with exit status reason & 0xff. */
export const SBI_SRST_REASON_EXIT = 0xf000_0000;

export const SBI_SUCCESS = 0;
export const SBI_ERR_FAILED = -1;
export const SBI_ERR_NOT_SUPPORTED = -2;
export const SBI_ERR_INVALID_PARAM = -3;
export const SBI_ERR_DENIED = -4;
export const SBI_ERR_INVALID_ADDRESS = -5;

/** The SBI numbers as the C header lays them out. */
export const SBI_HEADER: AbiHeader = {
  path: 'libos/include/exovisor/sbi.h',
  guard: 'EXOVISOR_SBI_H',
  source: 'hypervisor/abi/sbi.ts',
  intro: [
    'Supervisor Binary Interface (RISC-V SBI v2.0) subset: ecall from S-mode with',
    'a7 = extension id, a6 = function id, a0..a5 = arguments; returns a0 = error, a1 = value.',
  ],
  sections: [
    {
      section: 'Versions and identity',
      constants: [
        { name: 'SBI_SPEC_VERSION', value: SBI_SPEC_VERSION, doc: 'spec version 2.0 (major << 24 | minor)' },
        { name: 'SBI_IMPL_ID_EXOVISOR', value: SBI_IMPL_ID_EXOVISOR, doc: "implementation id ('EXOV')" },
      ],
    },
    {
      section: 'Extension ids (a7)',
      constants: [
        { name: 'SBI_EXT_LEGACY_SET_TIMER', value: SBI_EXT_LEGACY_SET_TIMER, doc: 'legacy set_timer(stime_value)' },
        { name: 'SBI_EXT_LEGACY_CONSOLE_PUTCHAR', value: SBI_EXT_LEGACY_CONSOLE_PUTCHAR, doc: 'legacy console_putchar(ch)' },
        { name: 'SBI_EXT_LEGACY_CONSOLE_GETCHAR', value: SBI_EXT_LEGACY_CONSOLE_GETCHAR, doc: 'legacy console_getchar(): byte or -1' },
        { name: 'SBI_EXT_BASE', value: SBI_EXT_BASE, doc: 'base extension' },
        { name: 'SBI_EXT_TIME', value: SBI_EXT_TIME, doc: "timer extension ('TIME')" },
        { name: 'SBI_EXT_SRST', value: SBI_EXT_SRST, doc: "system reset extension ('SRST')" },
        { name: 'SBI_EXT_DBCN', value: SBI_EXT_DBCN, doc: "debug console extension ('DBCN')" },
      ],
    },
    {
      section: 'Function ids (a6)',
      constants: [
        { name: 'SBI_BASE_GET_SPEC_VERSION', value: SBI_BASE_GET_SPEC_VERSION, doc: 'base: spec version', decimal: true },
        { name: 'SBI_BASE_GET_IMPL_ID', value: SBI_BASE_GET_IMPL_ID, doc: 'base: implementation id', decimal: true },
        { name: 'SBI_BASE_GET_IMPL_VERSION', value: SBI_BASE_GET_IMPL_VERSION, doc: 'base: implementation version', decimal: true },
        { name: 'SBI_BASE_PROBE_EXTENSION', value: SBI_BASE_PROBE_EXTENSION, doc: 'base: nonzero when extension a0 exists', decimal: true },
        { name: 'SBI_BASE_GET_MVENDORID', value: SBI_BASE_GET_MVENDORID, doc: 'base: mvendorid', decimal: true },
        { name: 'SBI_BASE_GET_MARCHID', value: SBI_BASE_GET_MARCHID, doc: 'base: marchid', decimal: true },
        { name: 'SBI_BASE_GET_MIMPID', value: SBI_BASE_GET_MIMPID, doc: 'base: mimpid', decimal: true },
        { name: 'SBI_TIME_SET_TIMER', value: SBI_TIME_SET_TIMER, doc: 'time: set_timer(lo, hi): STIP at that mtime', decimal: true },
        { name: 'SBI_SRST_SYSTEM_RESET', value: SBI_SRST_SYSTEM_RESET, doc: 'srst: system_reset(type, reason)', decimal: true },
        { name: 'SBI_DBCN_WRITE', value: SBI_DBCN_WRITE, doc: 'dbcn: write(len, addr_lo, addr_hi)', decimal: true },
        { name: 'SBI_DBCN_READ', value: SBI_DBCN_READ, doc: 'dbcn: read(len, addr_lo, addr_hi)', decimal: true },
        { name: 'SBI_DBCN_WRITE_BYTE', value: SBI_DBCN_WRITE_BYTE, doc: 'dbcn: write_byte(byte)', decimal: true },
      ],
    },
    {
      section: 'System reset types and reasons',
      constants: [
        { name: 'SBI_SRST_TYPE_SHUTDOWN', value: SBI_SRST_TYPE_SHUTDOWN, doc: 'shut down', decimal: true },
        { name: 'SBI_SRST_TYPE_COLD_REBOOT', value: SBI_SRST_TYPE_COLD_REBOOT, doc: 'cold reboot', decimal: true },
        { name: 'SBI_SRST_TYPE_WARM_REBOOT', value: SBI_SRST_TYPE_WARM_REBOOT, doc: 'warm reboot', decimal: true },
        { name: 'SBI_SRST_REASON_NONE', value: SBI_SRST_REASON_NONE, doc: 'no reason: exit status 0', decimal: true },
        { name: 'SBI_SRST_REASON_SYSFAIL', value: SBI_SRST_REASON_SYSFAIL, doc: 'system failure: exit status 1', decimal: true },
        { name: 'SBI_SRST_REASON_EXIT', value: SBI_SRST_REASON_EXIT, doc: 'platform-specific: exit status (reason & 0xff)' },
      ],
    },
    {
      section: 'Errors (a0)',
      constants: [
        { name: 'SBI_SUCCESS', value: SBI_SUCCESS, doc: 'success', decimal: true },
        { name: 'SBI_ERR_FAILED', value: SBI_ERR_FAILED, doc: 'failed' },
        { name: 'SBI_ERR_NOT_SUPPORTED', value: SBI_ERR_NOT_SUPPORTED, doc: 'extension or function not supported' },
        { name: 'SBI_ERR_INVALID_PARAM', value: SBI_ERR_INVALID_PARAM, doc: 'invalid parameter' },
        { name: 'SBI_ERR_DENIED', value: SBI_ERR_DENIED, doc: 'denied' },
        { name: 'SBI_ERR_INVALID_ADDRESS', value: SBI_ERR_INVALID_ADDRESS, doc: 'invalid address' },
      ],
    },
  ],
};
