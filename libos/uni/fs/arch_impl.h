/* fs/arch_impl.h - the platform part of libos/kernel/arch.h for the kernel
 * sources the fs module compiles (fs.c, dir.c, bio.c): they use none of
 * it, and a unikernel has no interrupts to switch. */
#ifndef UNI_FS_ARCH_IMPL_H
#define UNI_FS_ARCH_IMPL_H

#define ARCH_SSTATUS_FROM_KERNEL 0u

static inline void intr_off(void)
{
}

static inline void intr_on(void)
{
}

#endif
