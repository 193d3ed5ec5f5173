/* generated — do not edit: produced by hypervisor/abi/header.ts from hypervisor/abi/sbi.ts
 * (npm run guests regenerates it).
 *
 * Supervisor Binary Interface (RISC-V SBI v2.0) subset: ecall from S-mode with
 * a7 = extension id, a6 = function id, a0..a5 = arguments; returns a0 = error, a1 = value.
 */
#ifndef EXOVISOR_SBI_H
#define EXOVISOR_SBI_H

/* Unsigned in C, plain in assembly (where a u suffix does not parse). */
#ifndef EXO_U
#ifdef __ASSEMBLER__
#define EXO_U(x) x
#else
#define EXO_U(x) x##u
#endif
#endif

/* Versions and identity. */
#define SBI_SPEC_VERSION     EXO_U(0x02000000) /* spec version 2.0 (major << 24 | minor) */
#define SBI_IMPL_ID_EXOVISOR EXO_U(0x45584f56) /* implementation id ('EXOV') */

/* Extension ids (a7). */
#define SBI_EXT_LEGACY_SET_TIMER       EXO_U(0x00000000) /* legacy set_timer(stime_value) */
#define SBI_EXT_LEGACY_CONSOLE_PUTCHAR EXO_U(0x00000001) /* legacy console_putchar(ch) */
#define SBI_EXT_LEGACY_CONSOLE_GETCHAR EXO_U(0x00000002) /* legacy console_getchar(): byte or -1 */
#define SBI_EXT_BASE                   EXO_U(0x00000010) /* base extension */
#define SBI_EXT_TIME                   EXO_U(0x54494d45) /* timer extension ('TIME') */
#define SBI_EXT_SRST                   EXO_U(0x53525354) /* system reset extension ('SRST') */
#define SBI_EXT_DBCN                   EXO_U(0x4442434e) /* debug console extension ('DBCN') */

/* Function ids (a6). */
#define SBI_BASE_GET_SPEC_VERSION EXO_U(0) /* base: spec version */
#define SBI_BASE_GET_IMPL_ID      EXO_U(1) /* base: implementation id */
#define SBI_BASE_GET_IMPL_VERSION EXO_U(2) /* base: implementation version */
#define SBI_BASE_PROBE_EXTENSION  EXO_U(3) /* base: nonzero when extension a0 exists */
#define SBI_BASE_GET_MVENDORID    EXO_U(4) /* base: mvendorid */
#define SBI_BASE_GET_MARCHID      EXO_U(5) /* base: marchid */
#define SBI_BASE_GET_MIMPID       EXO_U(6) /* base: mimpid */
#define SBI_TIME_SET_TIMER        EXO_U(0) /* time: set_timer(lo, hi): STIP at that mtime */
#define SBI_SRST_SYSTEM_RESET     EXO_U(0) /* srst: system_reset(type, reason) */
#define SBI_DBCN_WRITE            EXO_U(0) /* dbcn: write(len, addr_lo, addr_hi) */
#define SBI_DBCN_READ             EXO_U(1) /* dbcn: read(len, addr_lo, addr_hi) */
#define SBI_DBCN_WRITE_BYTE       EXO_U(2) /* dbcn: write_byte(byte) */

/* System reset types and reasons. */
#define SBI_SRST_TYPE_SHUTDOWN    EXO_U(0) /* shut down */
#define SBI_SRST_TYPE_COLD_REBOOT EXO_U(1) /* cold reboot */
#define SBI_SRST_TYPE_WARM_REBOOT EXO_U(2) /* warm reboot */
#define SBI_SRST_REASON_NONE      EXO_U(0) /* no reason: exit status 0 */
#define SBI_SRST_REASON_SYSFAIL   EXO_U(1) /* system failure: exit status 1 */
#define SBI_SRST_REASON_EXIT      EXO_U(0xf0000000) /* platform-specific: exit status (reason & 0xff) */

/* Errors (a0). */
#define SBI_SUCCESS             EXO_U(0) /* success */
#define SBI_ERR_FAILED          (-1) /* failed */
#define SBI_ERR_NOT_SUPPORTED   (-2) /* extension or function not supported */
#define SBI_ERR_INVALID_PARAM   (-3) /* invalid parameter */
#define SBI_ERR_DENIED          (-4) /* denied */
#define SBI_ERR_INVALID_ADDRESS (-5) /* invalid address */

#endif
