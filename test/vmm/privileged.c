/* privileged.c - every S-mode privileged operation a VMM must emulate.
 *
 * The S CSRs through all six Zicsr forms and their WARL rules, satp and
 * sfence.vma, the counters, wfi with an interrupt pending but globally
 * disabled, sret into U-mode and the ecall back, M-mode instructions that
 * S-mode may not run, and the SBI base extension. One line per check.
 */
#include "probe.h"
#include "sv32.h"

/* The sstatus fields S-mode can write (privileged spec 4.1.1). */
#define SSTATUS_WRITABLE (SSTATUS_SIE | SSTATUS_SPIE | SSTATUS_SPP | SSTATUS_SUM | SSTATUS_MXR)
/* The sie bits of the supervisor interrupts (privileged spec 4.1.3). */
#define SIE_WRITABLE (SIE_SSIE | SIE_STIE | SIE_SEIE)
/* An extension id in the experimental range that nobody implements. */
#define SBI_EXT_UNKNOWN 0x08000abcu
/* An extension the SBI spec defines but neither implementation provides. */
#define SBI_EXT_HSM 0x0048534du

/* Encodings the trap checks expect in stval. */
#define INSN_CSRR_T0_MSTATUS 0x300022f3u
#define INSN_CSRW_MSCRATCH_ZERO 0x34001073u
#define INSN_MRET 0x30200073u

/* The six Zicsr instructions, each returning the old value. */
#define CSR_OP(op, csr, v)                                                     \
    ({                                                                         \
        uint32_t old_;                                                         \
        __asm__ volatile(op " %0, " #csr ", %1" : "=r"(old_) : "r"((uint32_t)(v)) : "memory"); \
        old_;                                                                  \
    })
#define CSR_OP_IMM(op, csr, imm)                                               \
    ({                                                                         \
        uint32_t old_;                                                         \
        __asm__ volatile(op " %0, " #csr ", %1" : "=r"(old_) : "i"(imm) : "memory"); \
        old_;                                                                  \
    })
#define csrrw(csr, v) CSR_OP("csrrw", csr, v)
#define csrrs(csr, v) CSR_OP("csrrs", csr, v)
#define csrrc(csr, v) CSR_OP("csrrc", csr, v)
#define csrrwi(csr, imm) CSR_OP_IMM("csrrwi", csr, imm)
#define csrrsi(csr, imm) CSR_OP_IMM("csrrsi", csr, imm)
#define csrrci(csr, imm) CSR_OP_IMM("csrrci", csr, imm)

static struct page root;
static volatile uint32_t soft_irqs;

/* Base extension: versions, implementation id, probe_extension. */
static void check_sbi_base(void)
{
    struct sbiret r = sbi_call(SBI_EXT_BASE, SBI_BASE_GET_SPEC_VERSION, 0, 0, 0);
    check_eq((uint32_t)r.error, SBI_SUCCESS, "sbi get_spec_version error");
    print_value("sbi spec version", r.value);
    r = sbi_call(SBI_EXT_BASE, SBI_BASE_GET_IMPL_ID, 0, 0, 0);
    check_eq((uint32_t)r.error, SBI_SUCCESS, "sbi get_impl_id error");
    print_value("sbi impl id", r.value);
    r = sbi_call(SBI_EXT_BASE, SBI_BASE_PROBE_EXTENSION, SBI_EXT_TIME, 0, 0);
    check(r.error == SBI_SUCCESS && r.value != 0, "sbi probe_extension(TIME)");
    r = sbi_call(SBI_EXT_BASE, SBI_BASE_PROBE_EXTENSION, SBI_EXT_HSM, 0, 0);
    check(r.error == SBI_SUCCESS && r.value == 0, "sbi probe_extension(HSM)");
    print("sbi probe: TIME present, HSM absent\n");
    r = sbi_call(SBI_EXT_UNKNOWN, 0, 0, 0, 0);
    check_eq((uint32_t)r.error, (uint32_t)SBI_ERR_NOT_SUPPORTED, "sbi unknown extension");
    print("sbi unknown extension: SBI_ERR_NOT_SUPPORTED\n");
}

/* sscratch holds any value; each Zicsr form returns the old value. Nothing
 * may trap here: sscratch is the trap stack pointer. */
static void check_sscratch(void)
{
    uint32_t saved = csrrw(sscratch, 0x12345678u);
    check_eq(csrrw(sscratch, 0xa5a5a5a5u), 0x12345678u, "csrrw sscratch");
    check_eq(csrrs(sscratch, 0x0000ff00u), 0xa5a5a5a5u, "csrrs sscratch");
    check_eq(csrrc(sscratch, 0xa0000005u), 0xa5a5ffa5u, "csrrc sscratch");
    check_eq(csrrwi(sscratch, 0x15), 0x05a5ffa0u, "csrrwi sscratch");
    check_eq(csrrsi(sscratch, 0x0a), 0x15u, "csrrsi sscratch");
    check_eq(csrrci(sscratch, 0x05), 0x1fu, "csrrci sscratch");
    check_eq(csrrw(sscratch, saved), 0x1au, "sscratch after csrrci");
    print("sscratch: csrrw csrrs csrrc csrrwi csrrsi csrrci\n");
}

/* SIE, SPIE, SPP, SUM and MXR read back as written, alone and together. */
static void check_sstatus(void)
{
    static const uint32_t bits[] = {SSTATUS_SIE, SSTATUS_SPIE, SSTATUS_SPP, SSTATUS_SUM, SSTATUS_MXR};
    uint32_t saved = csr_read(sstatus);
    for (uint32_t i = 0; i < sizeof bits / sizeof bits[0]; i++) {
        csr_write(sstatus, bits[i]);
        check_eq(csr_read(sstatus) & SSTATUS_WRITABLE, bits[i], "sstatus single bit");
    }
    csrrs(sstatus, SSTATUS_WRITABLE);
    check_eq(csr_read(sstatus) & SSTATUS_WRITABLE, SSTATUS_WRITABLE, "csrrs sstatus");
    csrrc(sstatus, SSTATUS_WRITABLE);
    check_eq(csr_read(sstatus) & SSTATUS_WRITABLE, 0, "csrrc sstatus");
    check_eq(csrrsi(sstatus, 2) & SSTATUS_SIE, 0, "csrrsi sstatus old SIE");
    check_eq(csrrci(sstatus, 2) & SSTATUS_SIE, SSTATUS_SIE, "csrrci sstatus old SIE");
    csr_write(sstatus, saved);
    print("sstatus: SIE SPIE SPP SUM MXR read back\n");
}

/* sie keeps only SSIE, STIE and SEIE (sstatus.SIE is off throughout). */
static void check_sie(void)
{
    uint32_t saved = csrrw(sie, 0xffffffffu);
    check_eq(csr_read(sie), SIE_WRITABLE, "sie after writing all ones");
    csr_write(sie, 0);
    check_eq(csrrsi(sie, 2), 0, "csrrsi sie");
    check_eq(csrrci(sie, 2), SIE_SSIE, "csrrci sie");
    check_eq(csrrw(sie, saved), 0, "sie after csrrci");
    print_value("sie: keeps only SSIE STIE SEIE", SIE_WRITABLE);
}

/* Counts the software interrupt and clears it at its source, sip.SSIP. */
static void soft_irq(struct trap_frame *tf, uint32_t cause)
{
    (void)tf;
    check_eq(cause, SCAUSE_INTERRUPT | IRQ_S_SOFT, "software interrupt scause");
    csr_clear(sip, SIP_SSIP);
    soft_irqs++;
}

/* sip.SSIP is writable and, once enabled, interrupts; STIP is read-only in sip. */
static void check_sip(void)
{
    check_eq(csr_read(sip) & (SIP_SSIP | SIP_STIP), 0, "sip at boot");
    csr_set(sip, SIP_STIP);
    check_eq(csr_read(sip) & SIP_STIP, 0, "sip.STIP is read-only");
    csr_set(sip, SIP_SSIP);
    check_eq(csr_read(sip) & SIP_SSIP, SIP_SSIP, "sip.SSIP is writable");
    irq_handler = soft_irq;
    csr_set(sie, SIE_SSIE);
    check_eq(soft_irqs, 0, "software interrupt with sstatus.SIE off");
    csr_set(sstatus, SSTATUS_SIE);
    csr_clear(sstatus, SSTATUS_SIE);
    csr_clear(sie, SIE_SSIE);
    irq_handler = 0;
    check_eq(soft_irqs, 1, "software interrupts taken");
    check_eq(csr_read(sip) & SIP_SSIP, 0, "sip.SSIP after the handler");
    print("sip: SSIP writable, interrupt taken with scause 0x80000001, STIP read-only\n");
}

/* stvec keeps base and mode 0 or 1 and never takes the reserved modes. */
static void check_stvec(void)
{
    uint32_t base = (uint32_t)(uintptr_t)s_trap_vectors;
    uint32_t saved = csrrw(stvec, base | STVEC_DIRECT);
    check_eq(csr_read(stvec), base | STVEC_DIRECT, "stvec direct");
    csr_write(stvec, base | STVEC_VECTORED);
    check_eq(csr_read(stvec), base | STVEC_VECTORED, "stvec vectored");
    csr_write(stvec, base | 2u);
    check((csr_read(stvec) & 3u) < 2u, "stvec must not keep reserved mode 2");
    csr_write(stvec, base | 3u);
    check((csr_read(stvec) & 3u) < 2u, "stvec must not keep reserved mode 3");
    csr_write(stvec, saved);
    check_eq(csr_read(stvec), saved, "stvec restored");
    print("stvec: direct and vectored modes read back, reserved modes refused\n");
}

/* sepc bits 31..1, scause and stval read back. The spec makes sepc[0]
 * read as 0 (IALIGN = 16), but QEMU 7.2, the reference, keeps whatever is
 * written there, so bit 0 is masked off before comparing. */
static void check_epc_cause_tval(void)
{
    csr_write(sepc, 0x80401236u);
    check_eq(csr_read(sepc), 0x80401236u, "sepc");
    csr_write(sepc, 0xffffffffu);
    check_eq(csr_read(sepc) & ~1u, 0xfffffffeu, "sepc all ones");
    csr_write(scause, SCAUSE_INTERRUPT | IRQ_S_TIMER);
    check_eq(csr_read(scause), SCAUSE_INTERRUPT | IRQ_S_TIMER, "scause interrupt");
    csr_write(scause, CAUSE_BREAKPOINT);
    check_eq(csr_read(scause), CAUSE_BREAKPOINT, "scause exception");
    csr_write(stval, 0xdeadbeefu);
    check_eq(csr_read(stval), 0xdeadbeefu, "stval");
    print("sepc bits 31..1, scause and stval read back\n");
}

/* scounteren's CY, TM and IR bits are writable. */
static void check_scounteren(void)
{
    uint32_t saved = csrrw(scounteren, SCOUNTEREN_CY | SCOUNTEREN_TM | SCOUNTEREN_IR);
    check_eq(csr_read(scounteren) & 7u, 7u, "scounteren CY TM IR");
    csr_write(scounteren, 0);
    check_eq(csr_read(scounteren) & 7u, 0, "scounteren cleared");
    csr_write(scounteren, saved);
    print("scounteren: CY TM IR read back\n");
}

/* satp: Bare at boot; an Sv32 root reads back and translates (the image
 * maps to itself); sfence.vma in all its forms; back to Bare. */
static void check_satp(void)
{
    static volatile uint32_t probe_word = 0x5a5a0001u;
    check_eq(csr_read(satp), 0, "satp at boot");
    sv32_clear(&root);
    sv32_map_image(&root);
    csr_write(satp, sv32_satp(&root));
    __asm__ volatile("sfence.vma" ::: "memory");
    check_eq(csr_read(satp), sv32_satp(&root), "satp Sv32");
    probe_word++;
    check_eq(probe_word, 0x5a5a0002u, "load and store through the Sv32 root");
    __asm__ volatile("sfence.vma %0" ::"r"(&probe_word) : "memory");
    __asm__ volatile("sfence.vma zero, %0" ::"r"(0) : "memory");
    __asm__ volatile("sfence.vma %0, %1" ::"r"(&probe_word), "r"(0) : "memory");
    csr_write(satp, 0);
    __asm__ volatile("sfence.vma" ::: "memory");
    check_eq(csr_read(satp), 0, "satp Bare");
    print("satp: Sv32 and Bare read back; sfence.vma all, by address, by ASID, both\n");
}

/* time, cycle and instret count up. */
static void check_counters(void)
{
    uint32_t cycle = csr_read(cycle);
    uint32_t instret = csr_read(instret);
    uint64_t t0 = time_now();
    for (uint32_t n = 0; n < 10000000u && time_now() == t0; n++) {
    }
    check(time_now() > t0, "time counts up");
    check(csr_read(instret) != instret, "instret counts up");
    check(csr_read(cycle) != cycle, "cycle counts up");
    print("time, cycle and instret count up\n");
}

/* wfi returns once the timer is pending though sstatus.SIE is off; the
 * next set_timer clears STIP. */
static void check_wfi(void)
{
    uint64_t deadline = time_now() + TICKS_PER_MS;
    uint64_t limit = deadline + TIMEBASE_HZ;
    csr_write(sie, SIE_STIE);
    check_eq((uint32_t)set_timer(deadline).error, SBI_SUCCESS, "set_timer");
    while ((csr_read(sip) & SIP_STIP) == 0 && time_now() < limit) {
        __asm__ volatile("wfi");
    }
    check_eq(csr_read(sip) & SIP_STIP, SIP_STIP, "sip.STIP after wfi");
    check(time_now() >= deadline, "STIP before the deadline");
    set_timer(UINT64_MAX);
    check_eq(csr_read(sip) & SIP_STIP, 0, "sip.STIP after set_timer");
    csr_write(sie, 0);
    print("wfi: returns with STIP pending and SIE off; set_timer clears STIP\n");
}

/* sret enters U-mode with SIE = SPIE; the ecall back records SPIE = that SIE. */
static void check_user_ecall(uint32_t spie)
{
    if (spie) {
        csr_set(sstatus, SSTATUS_SPIE);
    } else {
        csr_clear(sstatus, SSTATUS_SPIE);
    }
    check_eq(run_user(user_ecall, 0), CAUSE_USER_ECALL, "U-mode ecall scause");
    check_eq(last_trap.epc, (uint32_t)(uintptr_t)user_ecall, "U-mode ecall sepc");
    check_eq(last_trap.tval, 0, "U-mode ecall stval");
    check_eq(last_trap.status & SSTATUS_SPP, 0, "U-mode ecall SPP");
    check_eq(last_trap.status & SSTATUS_SPIE, spie, "U-mode ecall SPIE");
    check_eq(last_trap.status & SSTATUS_SIE, 0, "U-mode ecall SIE");
}

/* M-mode CSRs and mret are illegal in S-mode, with stval = the encoding. */
static void check_m_mode_illegal(void)
{
    expect_trap();
    __asm__ volatile(".option push\n.option norvc\ncsrr t0, mstatus\n.option pop" ::: "t0", "memory");
    check_trap(CAUSE_ILLEGAL_INSTRUCTION, INSN_CSRR_T0_MSTATUS, "csrr mstatus from S-mode");
    print_value("csrr t0, mstatus: illegal instruction, stval", last_trap.tval);
    expect_trap();
    __asm__ volatile(".option push\n.option norvc\ncsrw mscratch, zero\n.option pop" ::: "memory");
    check_trap(CAUSE_ILLEGAL_INSTRUCTION, INSN_CSRW_MSCRATCH_ZERO, "csrw mscratch from S-mode");
    print_value("csrw mscratch, zero: illegal instruction, stval", last_trap.tval);
    expect_trap();
    __asm__ volatile("mret" ::: "memory");
    check_trap(CAUSE_ILLEGAL_INSTRUCTION, INSN_MRET, "mret from S-mode");
    print_value("mret: illegal instruction, stval", last_trap.tval);
}

void probe_main(void)
{
    check_sbi_base();
    check_sscratch();
    check_sstatus();
    check_sie();
    check_sip();
    check_stvec();
    check_epc_cause_tval();
    check_scounteren();
    check_satp();
    check_counters();
    check_wfi();
    check_user_ecall(SSTATUS_SPIE);
    check_user_ecall(0);
    print("sret to U-mode, ecall back: scause 8, sepc at the ecall, stval 0, SPP 0, SPIE = SIE\n");
    check_m_mode_illegal();
}
