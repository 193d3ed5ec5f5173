/* fw.h - the firmware's internal interfaces: trap frame, SBI return value,
 * linker-script symbols and the functions each file provides.
 */
#ifndef SBI_FW_H
#define SBI_FW_H

/* Trap frame layout (bytes), shared with entry.S. */
#define TF_REGS     0   /* x0..x31; the x0 slot is unused */
#define TF_MEPC     128 /* mepc at the trap; mret returns there */
#define TF_MSTATUS  132 /* mstatus at the trap, restored on return */
#define TF_MSCRATCH 136 /* value mscratch gets back on return */
#define TF_SIZE     144 /* multiple of 16: keeps sp ABI-aligned */

/* Implementation version reported by base.get_sbi_impl_version. */
#define FW_IMPL_VERSION 1u

#ifndef __ASSEMBLER__
#include <stdint.h>

/* Register numbers of the SBI calling convention. */
enum { REG_A0 = 10, REG_A1 = 11, REG_A6 = 16, REG_A7 = 17 };

/* Registers of the interrupted context, saved by the trap entry. */
struct trap_frame {
    uint32_t regs[32];
    uint32_t mepc;
    uint32_t mstatus;
    uint32_t mscratch;
    uint32_t pad;
};
_Static_assert(__builtin_offsetof(struct trap_frame, mepc) == TF_MEPC, "TF_MEPC");
_Static_assert(__builtin_offsetof(struct trap_frame, mstatus) == TF_MSTATUS, "TF_MSTATUS");
_Static_assert(__builtin_offsetof(struct trap_frame, mscratch) == TF_MSCRATCH, "TF_MSCRATCH");
_Static_assert(sizeof(struct trap_frame) == TF_SIZE, "TF_SIZE");

/* What an SBI function returns: error in a0, value in a1. */
struct sbiret {
    int32_t error;
    uint32_t value;
};

/* An SBI function of one extension: fid from a6, args[0..5] from a0..a5. */
typedef struct sbiret (*sbi_handler)(uint32_t fid, const uint32_t *args);

/* Linker-script symbols (sbi.ld). */
extern char __fw_start[];  /* start of the protected firmware region */
extern char __fw_end[];    /* end of the protected firmware region */

/* boot.c */
void boot_main(uint32_t info);

/* pmp.c */
void pmp_init(void);
int fw_region_overlaps(uint32_t base, uint32_t len);

/* guard.S: accesses to addresses chosen by S-mode; 0 on success, -1 on a fault. */
int guarded_load8(uint32_t addr, uint8_t *out);
int guarded_store8(uint32_t addr, uint8_t val);
int guarded_load32(uint32_t addr, uint32_t *out);
extern char __guard_start[];
extern char __guard_end[];
extern char guard_fault[];

/* trap.c */
void sbi_trap(struct trap_frame *tf);

/* sbi.c */
void sbi_ecall(struct trap_frame *tf);

/* uart.c */
void uart_putc(uint8_t c);
int uart_getc(void);
void uart_puts(const char *s);
void uart_put_hex(uint32_t v);

/* console.c */
struct sbiret sbi_legacy_putchar(uint32_t fid, const uint32_t *args);
struct sbiret sbi_legacy_getchar(uint32_t fid, const uint32_t *args);
struct sbiret sbi_dbcn(uint32_t fid, const uint32_t *args);

/* timer.c */
void timer_interrupt(void);
struct sbiret sbi_legacy_set_timer(uint32_t fid, const uint32_t *args);
struct sbiret sbi_time(uint32_t fid, const uint32_t *args);

/* reset.c */
_Noreturn void finisher_exit(uint32_t status);
struct sbiret sbi_srst(uint32_t fid, const uint32_t *args);

#endif /* __ASSEMBLER__ */

#endif
