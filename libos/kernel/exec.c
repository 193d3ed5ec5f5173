/* exec.c - spawn: a new process running an ELF32 RISC-V executable, found
 * on the disk or else among the programs built into the kernel image. */
#include "defs.h"
#include "elf.h"
#include "file.h"
#include "memlayout.h"
#include "proc.h"

#define MAX_PHNUM 16

/* Where an executable's bytes come from. */
struct image {
    struct inode *ip;    /* a file on the disk, or NULL */
    const uint8_t *data; /* else a built-in program */
    uint32_t size;
};

/* Finds path on the disk, else among the built-in programs: 0 or -ENOENT. */
static int image_open(const char *path, struct image *img)
{
    struct inode *ip;
    memset(img, 0, sizeof *img);
    if (fs_mounted() && fs_lookup(path, &ip) == 0) {
        img->ip = ip;
        img->size = ip->d.size;
        return 0;
    }
    while (*path == '/') {
        path++;
    }
    const struct program *prog = program_find(path);
    if (prog == 0) {
        return ERR(EXO_ENOENT);
    }
    img->data = prog->start;
    img->size = (uint32_t)(prog->end - prog->start);
    return 0;
}

/* Copies n bytes at off of the image to kernel address dst; -ENOEXEC past its end. */
static int image_read(const struct image *img, uint32_t off, void *dst, uint32_t n)
{
    if (off > img->size || n > img->size - off) {
        return ERR(EXO_ENOEXEC);
    }
    if (img->ip != 0) {
        return readi(img->ip, 0, (uint32_t)(uintptr_t)dst, off, n) == (int)n ? 0 : ERR(EXO_EIO);
    }
    memcpy(dst, img->data + off, n);
    return 0;
}

/* True for a little-endian ELF32 RISC-V executable this loader understands. */
static int elf_ok(const struct elf32_ehdr *eh)
{
    return eh->ident[EI_MAG0] == 0x7f && eh->ident[EI_MAG0 + 1] == 'E' &&
           eh->ident[EI_MAG0 + 2] == 'L' && eh->ident[EI_MAG0 + 3] == 'F' &&
           eh->ident[EI_CLASS] == ELFCLASS32 && eh->ident[EI_DATA] == ELFDATA2LSB &&
           eh->type == ET_EXEC && eh->machine == EM_RISCV &&
           eh->phentsize == sizeof(struct elf32_phdr) && eh->phnum > 0 && eh->phnum <= MAX_PHNUM;
}

/* PTE permissions for segment flags; W implies R (W without R is reserved in Sv32). */
static uint32_t segment_perm(uint32_t flags)
{
    uint32_t perm = 0;
    perm |= (flags & PF_R) ? PTE_R : 0;
    perm |= (flags & PF_W) ? PTE_R | PTE_W : 0;
    perm |= (flags & PF_X) ? PTE_X : 0;
    return perm != 0 ? perm : PTE_R;
}

/* Maps one PT_LOAD segment below the heap limit, copies its file bytes and
 * leaves the rest (bss) zero. 0, -ENOEXEC or -ENOMEM. */
static int load_segment(pagetable_t pt, const struct image *img, const struct elf32_phdr *ph)
{
    if (ph->filesz > ph->memsz || ph->vaddr < USER_MIN || ph->vaddr > USER_HEAP_LIMIT ||
        ph->memsz > USER_HEAP_LIMIT - ph->vaddr) {
        return ERR(EXO_ENOEXEC);
    }
    uint32_t start = PGROUNDDOWN(ph->vaddr);
    int r = uvm_alloc(pt, start, PGROUNDUP(ph->vaddr + ph->memsz) - start, segment_perm(ph->flags));
    for (uint32_t done = 0; r == 0 && done < ph->filesz;) {
        uint32_t va = ph->vaddr + done;
        uint32_t m = PGSIZE - (va & (PGSIZE - 1));
        m = m < ph->filesz - done ? m : ph->filesz - done;
        void *dst = (void *)(uintptr_t)uvm_kva(pt, va, 0);
        r = image_read(img, ph->offset + done, dst, m);
        done += m;
    }
    return r;
}

/* Loads every PT_LOAD segment of the image into p; sets its break after the
 * highest segment and *entry. 0 or an error. */
static int load_elf(struct proc *p, const struct image *img, uint32_t *entry)
{
    struct elf32_ehdr eh;
    uint32_t top = 0;
    if (image_read(img, 0, &eh, sizeof eh) < 0 || !elf_ok(&eh) || eh.phoff > img->size) {
        return ERR(EXO_ENOEXEC);
    }
    for (uint32_t i = 0; i < eh.phnum; i++) {
        struct elf32_phdr ph;
        int r = image_read(img, eh.phoff + i * sizeof ph, &ph, sizeof ph);
        if (r == 0 && ph.type == PT_LOAD && ph.memsz != 0) {
            r = load_segment(p->pagetable, img, &ph);
            top = ph.vaddr + ph.memsz > top ? ph.vaddr + ph.memsz : top;
        }
        if (r < 0) {
            return r;
        }
    }
    if (top == 0 || uvm_kva(p->pagetable, eh.entry, PTE_X) == 0) {
        return ERR(EXO_ENOEXEC);
    }
    p->heap_start = p->brk = PGROUNDUP(top);
    *entry = eh.entry;
    return 0;
}

/* Maps the user stack and pushes the argv strings and the argv array the
 * usual way: a0 = argc, a1 = sp = argv (16-byte aligned), argv[argc] = NULL. */
static int setup_stack(struct proc *p, char *const argv[])
{
    uint32_t uargv[MAXARG + 1];
    uint32_t sp = USER_STACK_TOP;
    int argc = 0;
    int r = uvm_alloc(p->pagetable, USER_STACK_BOTTOM, USER_STACK_SIZE, PTE_R | PTE_W);
    for (; r == 0 && argv[argc] != 0; argc++) {
        uint32_t len = (uint32_t)strlen(argv[argc]) + 1;
        if (argc == MAXARG || len > sp - USER_STACK_BOTTOM - PGSIZE) {
            return ERR(EXO_EINVAL);
        }
        sp -= len;
        r = copyout(p->pagetable, sp, argv[argc], len);
        uargv[argc] = sp;
    }
    if (r < 0) {
        return r;
    }
    uargv[argc] = 0;
    sp = (sp - (uint32_t)(argc + 1) * 4) & ~15u;
    p->tf->a0 = (uint32_t)argc;
    p->tf->a1 = sp;
    p->tf->sp = sp;
    return copyout(p->pagetable, sp, uargv, (uint32_t)(argc + 1) * 4);
}

/* Names p after the last component of path (for messages). */
static void set_name(struct proc *p, const char *path)
{
    const char *base = path;
    for (const char *s = path; *s != '\0'; s++) {
        if (*s == '/' && s[1] != '\0') {
            base = s + 1;
        }
    }
    strlcpy_k(p->name, base, sizeof p->name);
}

/* Starts path with argv (kernel strings, NULL-terminated) as a child of
 * parent (NULL for pid 1). Its pid, or -ENOENT, -ENOEXEC, -EAGAIN, -ENOMEM, -EINVAL. */
int proc_spawn(const char *path, char *const argv[], struct proc *parent)
{
    struct image img;
    uint32_t entry = 0;
    int r = image_open(path, &img);
    if (r < 0) {
        return r;
    }
    struct proc *p = proc_alloc();
    r = p == 0 ? ERR(EXO_EAGAIN) : load_elf(p, &img, &entry);
    if (r == 0) {
        r = setup_stack(p, argv);
    }
    if (img.ip != 0) {
        iput(img.ip);
    }
    if (r < 0) {
        if (p != 0) {
            proc_free(p);
        }
        return r;
    }
    p->tf->sepc = entry;
    set_name(p, path);
    p->parent = parent;
    p->state = PROC_RUNNABLE;
    return p->pid;
}
