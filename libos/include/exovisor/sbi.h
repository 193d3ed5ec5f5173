/* generated — do not edit: produced by hypervisor/abi/header.ts from hypervisor/abi/sbi.ts
 * (npm run guests regenerates it).
 *
 * Supervisor Binary Interface (RISC-V SBI v2.0) subset: ecall from S-mode with
 * a7 = extension id, a6 = function id, a0..a5 = arguments; returns a0 = error, a1 = value.
 */
#ifndef EXOVISOR_SBI_H
#define EXOVISOR_SBI_H

/* Versions and identity. */
#define SBI_SPEC_VERSION     0x02000000u /* spec version 2.0 (major << 24 | minor) */
#define SBI_IMPL_ID_EXOVISOR 0x45584f56u /* implementation id ('EXOV') */

/* Extension ids (a7). */
#define SBI_EXT_LEGACY_SET_TIMER       0x00000000u /* legacy set_timer(stime_value) */
#define SBI_EXT_LEGACY_CONSOLE_PUTCHAR 0x00000001u /* legacy console_putchar(ch) */
#define SBI_EXT_LEGACY_CONSOLE_GETCHAR 0x00000002u /* legacy console_getchar(): byte or -1 */
#define SBI_EXT_BASE                   0x00000010u /* base extension */
#define SBI_EXT_TIME                   0x54494d45u /* timer extension ('TIME') */
#define SBI_EXT_SRST                   0x53525354u /* system reset extension ('SRST') */
#define SBI_EXT_DBCN                   0x4442434eu /* debug console extension ('DBCN') */

/* Function ids (a6). */
#define SBI_BASE_GET_SPEC_VERSION 0u /* base: spec version */
#define SBI_BASE_GET_IMPL_ID      1u /* base: implementation id */
#define SBI_BASE_GET_IMPL_VERSION 2u /* base: implementation version */
#define SBI_BASE_PROBE_EXTENSION  3u /* base: nonzero when extension a0 exists */
#define SBI_BASE_GET_MVENDORID    4u /* base: mvendorid */
#define SBI_BASE_GET_MARCHID      5u /* base: marchid */
#define SBI_BASE_GET_MIMPID       6u /* base: mimpid */
#define SBI_TIME_SET_TIMER        0u /* time: set_timer(lo, hi): STIP at that mtime */
#define SBI_SRST_SYSTEM_RESET     0u /* srst: system_reset(type, reason) */
#define SBI_DBCN_WRITE            0u /* dbcn: write(len, addr_lo, addr_hi) */
#define SBI_DBCN_READ             1u /* dbcn: read(len, addr_lo, addr_hi) */
#define SBI_DBCN_WRITE_BYTE       2u /* dbcn: write_byte(byte) */

/* System reset types and reasons. */
#define SBI_SRST_TYPE_SHUTDOWN    0u /* shut down */
#define SBI_SRST_TYPE_COLD_REBOOT 1u /* cold reboot */
#define SBI_SRST_TYPE_WARM_REBOOT 2u /* warm reboot */
#define SBI_SRST_REASON_NONE      0u /* no reason: exit status 0 */
#define SBI_SRST_REASON_SYSFAIL   1u /* system failure: exit status 1 */
#define SBI_SRST_REASON_EXIT      0xf0000000u /* platform-specific: exit status (reason & 0xff) */

/* Errors (a0). */
#define SBI_SUCCESS             0u /* success */
#define SBI_ERR_FAILED          (-1) /* failed */
#define SBI_ERR_NOT_SUPPORTED   (-2) /* extension or function not supported */
#define SBI_ERR_INVALID_PARAM   (-3) /* invalid parameter */
#define SBI_ERR_DENIED          (-4) /* denied */
#define SBI_ERR_INVALID_ADDRESS (-5) /* invalid address */

#endif
