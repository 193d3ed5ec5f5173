/**
 * The stats of the two fully virtualized kinds, read from the vCPU's
 * counter slots: the trap-and-emulate VMM's exits by kind and shadow paging
 * (full), and the exits the H extension sends to the hypervisor with the
 * nested walks behind them (hw). Exits are keyed alike where they mean the
 * same thing (sbi, wfi, mmio, interrupt), so `compare` lines them up.
 */
import type { VcpuCounter } from '../worker/protocol.js';

/** Reads one counter slot. */
type Counter = (n: VcpuCounter) => number;

/** A full-virtualization domain's exits by reason: every trap the VMM handles, by kind. */
export function vmmExits(c: Counter): Record<string, number> {
  return {
    csr: c('vmm_csr'), sret: c('vmm_sret'), sfence_vma: c('vmm_sfence'), wfi: c('vmm_wfi'), sbi: c('vmm_sbi'),
    shadow_fill: c('vmm_shadow_fill'), wp_fault: c('vmm_pt_write'), guest_page_fault: c('vmm_guest_page_fault'),
    reflected: c('vmm_reflected'), mmio: c('vmm_mmio'), interrupt: c('vmm_injected_irq'),
  };
}

/** The full part of stats: privileged instructions emulated, shadow paging, injections. */
export function vmmStats(c: Counter): Record<string, number | Record<string, number>> {
  return {
    privileged: { csr: c('vmm_csr'), sret: c('vmm_sret'), sfence_vma: c('vmm_sfence'), wfi: c('vmm_wfi'), sbi_ecall: c('vmm_sbi') },
    shadow_syncs: c('shadow_syncs'), shadow_fills: c('vmm_shadow_fill'), shadow_flushes: c('shadow_flushes'),
    wp_faults: c('vmm_pt_write'), guest_page_faults: c('vmm_guest_page_fault'), injected_faults: c('vmm_reflected'),
    injected_interrupts: c('vmm_injected_irq'), mmio_emulated: c('vmm_mmio'),
  };
}

/** A hardware-assisted domain's exits by reason: only what the H extension sends to the hypervisor. */
export function hvmExits(c: Counter): Record<string, number> {
  return {
    sbi: c('hvm_sbi'), guest_page_fault: c('hvm_guest_page_fault'), virtual_instruction: c('hvm_virtual_instruction'),
    interrupt: c('hvm_injected_irq'),
  };
}

/** The hw part of stats: exits, emulated MMIO, injections and the nested walks against the TLB misses. */
export function hvmStats(c: Counter): Record<string, number> {
  const misses = c('tlb_misses');
  return {
    sbi_ecall: c('hvm_sbi'), guest_page_faults: c('hvm_guest_page_fault'), mmio_emulated: c('hvm_mmio'),
    virtual_instructions: c('hvm_virtual_instruction'), wfi: c('hvm_wfi'), injected_interrupts: c('hvm_injected_irq'),
    injected_faults: c('hvm_reflected'), gstage_walks: c('gstage_walks'), walk_refs: c('walk_refs'),
    walk_refs_per_tlb_miss: misses > 0 ? Math.round((c('walk_refs') / misses) * 100) / 100 : 0,
    shadow_syncs: 0, wp_faults: 0,
  };
}
