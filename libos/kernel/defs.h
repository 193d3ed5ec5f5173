/* defs.h - what each kernel subsystem offers the others. */
#ifndef KERNEL_DEFS_H
#define KERNEL_DEFS_H

#include <stddef.h>
#include <stdint.h>

#include "exovisor/syscall.h"
#include "exovisor/virt.h"
#include "param.h"
#include "riscv.h"

struct buf;
struct context;
struct file;
struct inode;
struct proc;
struct trapframe;

/* A negative error result from an EXO_E* number. */
#define ERR(e) (-(int)(e))

/* What the device tree tells the kernel (fdt.c). */
struct boot_info {
    uint32_t ram_base;              /* first byte of RAM */
    uint32_t ram_end;               /* first byte past RAM (clamped to 32 bits) */
    char bootargs[BOOTARGS_MAX + 1]; /* /chosen/bootargs, NUL-terminated, maybe empty */
    int has_disk;                   /* a DISK_COMPATIBLE node exists */
    uint32_t disk_base;             /* its register window */
};

/* bio.c */
void bio_init(void);
struct buf *bread(uint32_t blockno);
struct buf *bclear(uint32_t blockno);
void bdirty(struct buf *b);
void brelse(struct buf *b);
void bio_flush(void);

/* console.c */
int console_room(void);
void console_input(uint8_t c);
int console_read(uint32_t dst, uint32_t n);
int console_write(uint32_t src, uint32_t n);

/* dir.c */
int fs_open(const char *path, uint32_t flags, struct inode **ipp);
int fs_lookup(const char *path, struct inode **ipp);
int fs_unlink(const char *path);
int fs_readdir(uint32_t index, char *name, uint32_t *size);

/* disk.c */
void disk_init(uint32_t base);
uint32_t disk_capacity(void);
void disk_read(uint32_t lba, uint32_t count, void *dst);
void disk_write(uint32_t lba, uint32_t count, const void *src);
void disk_flush(void);

/* exec.c */
int proc_spawn(const char *path, char *const argv[], struct proc *parent);

/* fdt.c */
void fdt_parse(const void *fdt, struct boot_info *bi);

/* file.c */
struct file *file_console(void);
struct file *file_alloc(void);
struct file *file_dup(struct file *f);
void file_close(struct file *f);
int file_read(struct file *f, uint32_t dst, uint32_t n);
int file_write(struct file *f, uint32_t src, uint32_t n);
int file_seek(struct file *f, int32_t offset, uint32_t whence);

/* fs.c */
void fs_init(void);
int fs_mounted(void);
int inum_valid(uint32_t inum);
struct inode *fs_root(void);
void istat(uint32_t inum, uint16_t *type, uint32_t *size);
int ialloc(uint16_t type, struct inode **ipp);
struct inode *iget(uint32_t inum);
struct inode *idup(struct inode *ip);
void iput(struct inode *ip);
void iupdate(struct inode *ip);
void itrunc(struct inode *ip);
int readi(struct inode *ip, int user, uint32_t dst, uint32_t off, uint32_t n);
int writei(struct inode *ip, int user, uint32_t src, uint32_t off, uint32_t n);

/* kalloc.c */
void kinit(uint32_t start, uint32_t end);
void *kalloc(void);
void kfree(void *page);

/* main.c */
_Noreturn void power_off(int status);

/* plic.c */
void plic_init(void);
uint32_t plic_claim(void);
void plic_complete(uint32_t irq);

/* printf.c */
void kprintf(const char *fmt, ...);
_Noreturn void panic(const char *fmt, ...);

/* proc.c */
extern struct proc *init_proc;
void proc_init(void);
struct proc *myproc(void);
struct proc *proc_alloc(void);
void proc_free(struct proc *p);
_Noreturn void scheduler(void);
void yield(void);
void sleep_on(void *chan);
void wakeup(void *chan);
_Noreturn void proc_exit(int status);
void proc_close_all(void);
int proc_wait(int pid, uint32_t status_addr);
int fd_alloc(struct file *f);

/* programs.c */
struct program {
    const char *name;
    const uint8_t *start;
    const uint8_t *end;
};
const struct program *program_find(const char *name);
const struct program *program_at(int index);

/* sbi.c */
void sbi_init(void);
void sbi_set_timer(uint64_t when);
_Noreturn void sbi_shutdown(uint32_t reason);

/* string.c */
void *memset(void *dst, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
void strlcpy_k(char *dst, const char *src, size_t size);

/* swtch.S */
void swtch(struct context *old, struct context *new);

/* syscall.c */
void syscall(void);
uint32_t arg_raw(int n);
int arg_str(int n, char *buf, uint32_t max);

/* sysproc.c, sysfile.c: the handlers syscall() dispatches to */
int sys_exit(void);
int sys_write(void);
int sys_read(void);
int sys_getpid(void);
int sys_yield(void);
int sys_sleep(void);
int sys_sbrk(void);
int sys_spawn(void);
int sys_wait(void);
int sys_open(void);
int sys_close(void);
int sys_lseek(void);
int sys_unlink(void);
int sys_readdir(void);
int sys_uptime(void);

/* timer.c */
void timer_init(void);
void timer_intr(void);
uint32_t uptime_ms(void);
void timer_sleep_ms(uint32_t ms);

/* trap.c */
void trap_init(void);
void user_trap(struct trapframe *tf);
void kernel_trap(struct trapframe *tf);
_Noreturn void user_trap_return(void);

/* trapvec.S */
void trap_vector(void);
_Noreturn void user_return(struct trapframe *tf);

/* uart.c */
void uart_init(void);
void uart_putc(int c);
void uart_intr(void);
void uart_rx_resume(void);

/* vm.c */
void kvm_init(const struct boot_info *bi);
void vm_switch(pagetable_t pt);
pagetable_t uvm_create(void);
void uvm_free(pagetable_t pt);
int uvm_alloc(pagetable_t pt, uint32_t va, uint32_t size, uint32_t perm);
void uvm_dealloc(pagetable_t pt, uint32_t va, uint32_t size);
uint32_t uvm_pa(pagetable_t pt, uint32_t va, uint32_t perm);
int copyin(pagetable_t pt, void *dst, uint32_t src, uint32_t n);
int copyout(pagetable_t pt, uint32_t dst, const void *src, uint32_t n);
int copyinstr(pagetable_t pt, char *dst, uint32_t src, uint32_t max);
int either_copyin(int user, void *dst, uint32_t src, uint32_t n);
int either_copyout(int user, uint32_t dst, const void *src, uint32_t n);

#endif
