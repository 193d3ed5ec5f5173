/* barrier.h - memory ordering for memory shared with the hypervisor and the
 * back-ends, which run concurrently on other host threads (RVWMO fences,
 * unpriv. spec chapter 17), and once-only accesses to shared fields. */
#ifndef LIBPV_BARRIER_H
#define LIBPV_BARRIER_H

/* Compiler barrier only. */
#define pv_barrier() __asm__ volatile("" ::: "memory")
/* Full fence: earlier loads and stores before later ones. */
#define pv_mb() __asm__ volatile("fence rw, rw" ::: "memory")
/* Earlier loads before later loads (read an index, then the slots it covers). */
#define pv_rmb() __asm__ volatile("fence r, r" ::: "memory")
/* Earlier stores before later stores (fill slots, then publish the index). */
#define pv_wmb() __asm__ volatile("fence w, w" ::: "memory")

/* One load or store of a shared field, never split, merged or repeated. */
#define PV_READ_ONCE(x) (*(const volatile __typeof__(x) *)&(x))
#define PV_WRITE_ONCE(x, v) (*(volatile __typeof__(x) *)&(x) = (v))

/* The Sv32 page (priv. spec 4.3): grants and segments are whole pages. */
#define PV_PAGE_SIZE 4096u
#define PV_PAGE_SHIFT 12u

#endif
