/* defs.h - what each portable kernel subsystem offers the others. The
 * platform layer below them is declared in arch.h (included here). */
#ifndef KERNEL_DEFS_H
#define KERNEL_DEFS_H

#include <stddef.h>
#include <stdint.h>

#include "exovisor/syscall.h"
#include "exovisor/virt.h"
#include "arch.h"
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

/* the platform's disk driver (native/disk.c, pv/blk.c), used only when
 * kernel_run was told has_disk: 512-byte sectors, FS_SECTORS_PER_BLOCK per block */
uint32_t disk_capacity(void);
void disk_read(uint32_t lba, uint32_t count, void *dst);
void disk_write(uint32_t lba, uint32_t count, const void *src);
void disk_flush(void);

/* exec.c */
int proc_spawn(const char *path, char *const argv[], struct proc *parent);

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
_Noreturn void kernel_run(char *bootargs, int has_disk);
_Noreturn void power_off(int status);

/* net.c: the network system calls; the platform's handler passes received frames in */
void net_input(const void *frame, uint32_t len);
int sys_netinfo(void);
int sys_netsend(void);
int sys_netrecv(void);

/* random.c: getrandom, and the VM-generation check (-1: the platform has no generation ID) */
int genid_check(void);
int sys_getrandom(void);

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
void sleep_until(void *chan, uint64_t deadline);
void wakeup(void *chan);
void wakeup_expired(uint64_t now);
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

/* trap.c (the platform's trap entry calls these) */
void user_trap(struct trapframe *tf);
void kernel_trap(struct trapframe *tf);
_Noreturn void user_trap_return(void);

/* vm.c */
pte_t *pt_walk(pagetable_t pt, uint32_t va, int alloc);
void uvm_free(pagetable_t pt);
int uvm_alloc(pagetable_t pt, uint32_t va, uint32_t size, uint32_t perm);
void uvm_dealloc(pagetable_t pt, uint32_t va, uint32_t size);
uint32_t uvm_kva(pagetable_t pt, uint32_t va, uint32_t perm);
int copyin(pagetable_t pt, void *dst, uint32_t src, uint32_t n);
int copyout(pagetable_t pt, uint32_t dst, const void *src, uint32_t n);
int copyinstr(pagetable_t pt, char *dst, uint32_t src, uint32_t max);
int either_copyin(int user, void *dst, uint32_t src, uint32_t n);
int either_copyout(int user, uint32_t dst, const void *src, uint32_t n);

#endif
