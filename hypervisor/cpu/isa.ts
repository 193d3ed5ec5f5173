/**
 * Architectural constants of the RISC-V privileged and unprivileged specs,
 * named as the specs name them. Section numbers refer to the Privileged
 * Architecture, version 20211203 (1.12).
 */

/** Privilege levels (§1.2). */
export const PRV_U = 0;
export const PRV_S = 1;
export const PRV_M = 3;

/** Synchronous exception codes, mcause with the interrupt bit clear (§3.1.15, table 3.6). */
export const CAUSE_MISALIGNED_FETCH = 0;
export const CAUSE_FETCH_ACCESS = 1;
export const CAUSE_ILLEGAL_INSTRUCTION = 2;
export const CAUSE_BREAKPOINT = 3;
export const CAUSE_MISALIGNED_LOAD = 4;
export const CAUSE_LOAD_ACCESS = 5;
export const CAUSE_MISALIGNED_STORE = 6;
export const CAUSE_STORE_ACCESS = 7;
export const CAUSE_USER_ECALL = 8;
export const CAUSE_SUPERVISOR_ECALL = 9;
export const CAUSE_MACHINE_ECALL = 11;
export const CAUSE_FETCH_PAGE_FAULT = 12;
export const CAUSE_LOAD_PAGE_FAULT = 13;
export const CAUSE_STORE_PAGE_FAULT = 15;
/** Hypervisor extension causes (§8.6.1, table 8.7): ecall from VS, guest-page faults, virtual instruction. */
export const CAUSE_VIRTUAL_SUPERVISOR_ECALL = 10;
export const CAUSE_FETCH_GUEST_PAGE_FAULT = 20;
export const CAUSE_LOAD_GUEST_PAGE_FAULT = 21;
export const CAUSE_VIRTUAL_INSTRUCTION = 22;
export const CAUSE_STORE_GUEST_PAGE_FAULT = 23;

/** Interrupt codes: mcause with bit 31 set, and bit positions in mip/mie (§3.1.9). */
export const IRQ_S_SOFT = 1;
export const IRQ_M_SOFT = 3;
export const IRQ_S_TIMER = 5;
export const IRQ_M_TIMER = 7;
export const IRQ_S_EXT = 9;
export const IRQ_M_EXT = 11;
export const MIP_SSIP = 1 << IRQ_S_SOFT;
export const MIP_MSIP = 1 << IRQ_M_SOFT;
export const MIP_STIP = 1 << IRQ_S_TIMER;
export const MIP_MTIP = 1 << IRQ_M_TIMER;
export const MIP_SEIP = 1 << IRQ_S_EXT;
export const MIP_MEIP = 1 << IRQ_M_EXT;
/** Interrupts that may be delegated to S-mode through mideleg. */
export const S_INTERRUPTS = MIP_SSIP | MIP_STIP | MIP_SEIP;
export const M_INTERRUPTS = MIP_MSIP | MIP_MTIP | MIP_MEIP;
/** mcause bit marking an interrupt. */
export const CAUSE_INTERRUPT = 0x8000_0000;

/** Human-readable names of exception causes, for stats and traces. */
export const EXCEPTION_NAMES: Readonly<Record<number, string>> = {
  0: 'misaligned_fetch', 1: 'fetch_access', 2: 'illegal_instruction', 3: 'breakpoint',
  4: 'misaligned_load', 5: 'load_access', 6: 'misaligned_store', 7: 'store_access',
  8: 'ecall_u', 9: 'ecall_s', 10: 'ecall_vs', 11: 'ecall_m',
  12: 'fetch_page_fault', 13: 'load_page_fault', 15: 'store_page_fault',
  20: 'fetch_guest_page_fault', 21: 'load_guest_page_fault', 22: 'virtual_instruction', 23: 'store_guest_page_fault',
};
/** Human-readable names of interrupt causes. */
export const INTERRUPT_NAMES: Readonly<Record<number, string>> = {
  1: 'irq_s_soft', 3: 'irq_m_soft', 5: 'irq_s_timer', 7: 'irq_m_timer', 9: 'irq_s_ext', 11: 'irq_m_ext',
};

/** mstatus fields for RV32 (§3.1.6). */
export const MSTATUS_SIE = 1 << 1;
export const MSTATUS_MIE = 1 << 3;
export const MSTATUS_SPIE = 1 << 5;
export const MSTATUS_UBE = 1 << 6;
export const MSTATUS_MPIE = 1 << 7;
export const MSTATUS_SPP = 1 << 8;
export const MSTATUS_MPP_SHIFT = 11;
export const MSTATUS_MPP = 3 << MSTATUS_MPP_SHIFT;
export const MSTATUS_FS = 3 << 13;
export const MSTATUS_MPRV = 1 << 17;
export const MSTATUS_SUM = 1 << 18;
export const MSTATUS_MXR = 1 << 19;
export const MSTATUS_TVM = 1 << 20;
export const MSTATUS_TW = 1 << 21;
export const MSTATUS_TSR = 1 << 22;
/** Bits of mstatus that software can write on this hart (no F/V, little-endian only). */
export const MSTATUS_WRITABLE =
  MSTATUS_SIE | MSTATUS_MIE | MSTATUS_SPIE | MSTATUS_MPIE | MSTATUS_SPP | MSTATUS_MPP |
  MSTATUS_MPRV | MSTATUS_SUM | MSTATUS_MXR | MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR;
/** The bits of mstatus visible through sstatus (§4.1.1). */
export const SSTATUS_MASK =
  MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_UBE | MSTATUS_SPP | MSTATUS_FS | MSTATUS_SUM | MSTATUS_MXR | (1 << 31);

/** satp fields for Sv32 (§4.1.11). */
export const SATP_MODE_SV32 = 0x8000_0000;
export const SATP_PPN_MASK = 0x003f_ffff;

/** Sv32 page-table entry bits (§4.3.1). */
export const PTE_V = 1 << 0;
export const PTE_R = 1 << 1;
export const PTE_W = 1 << 2;
export const PTE_X = 1 << 3;
export const PTE_U = 1 << 4;
export const PTE_G = 1 << 5;
export const PTE_A = 1 << 6;
export const PTE_D = 1 << 7;

/** misa for RV32IMAC with S and U modes (§3.1.1): MXL=1, extensions A C I M S U. */
export const MISA_RV32IMACSU =
  (1 << 30) | (1 << 0) | (1 << 2) | (1 << 8) | (1 << 12) | (1 << 18) | (1 << 20);

/** CSR numbers (§2.2, tables 2.2–2.5). */
export const CSR = {
  // Unprivileged counters.
  cycle: 0xc00, time: 0xc01, instret: 0xc02,
  cycleh: 0xc80, timeh: 0xc81, instreth: 0xc82,
  // Supervisor.
  sstatus: 0x100, sie: 0x104, stvec: 0x105, scounteren: 0x106, senvcfg: 0x10a,
  sscratch: 0x140, sepc: 0x141, scause: 0x142, stval: 0x143, sip: 0x144, satp: 0x180,
  // Machine information.
  mvendorid: 0xf11, marchid: 0xf12, mimpid: 0xf13, mhartid: 0xf14, mconfigptr: 0xf15,
  // Machine trap setup and handling.
  mstatus: 0x300, misa: 0x301, medeleg: 0x302, mideleg: 0x303, mie: 0x304, mtvec: 0x305,
  mcounteren: 0x306, mstatush: 0x310, menvcfg: 0x30a, menvcfgh: 0x31a, mcountinhibit: 0x320,
  mscratch: 0x340, mepc: 0x341, mcause: 0x342, mtval: 0x343, mip: 0x344,
  // Physical memory protection.
  pmpcfg0: 0x3a0, pmpaddr0: 0x3b0,
  // Machine counters.
  mcycle: 0xb00, minstret: 0xb02, mcycleh: 0xb80, minstreth: 0xb82,
} as const;

/** Reverse map from CSR number to its name, for the disassembler and traces. */
export const CSR_NAMES: ReadonlyMap<number, string> = new Map(
  Object.entries(CSR).map(([name, num]) => [num, name] as [number, string]),
);
