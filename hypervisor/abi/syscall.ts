/**
 * The guest OS kernel's system-call interface, as user programs see it:
 * `ecall` from U-mode with the number in a7, arguments in a0–a5, the result
 * in a0 (a negative errno on failure, Linux's numbers). Defined here so that
 * the kernel, the user library and the host (traces, counters) agree.
 */
import type { AbiHeader } from './constant.js';

/** System calls, in the order the kernel's table lists them. */
export const SYSCALLS = [
  { name: 'exit', doc: 'exit(status): ends the process; never returns' },
  { name: 'write', doc: 'write(fd, buf, len): bytes written' },
  { name: 'read', doc: 'read(fd, buf, len): bytes read, 0 at end of file (console: Ctrl-D)' },
  { name: 'getpid', doc: 'getpid(): process id' },
  { name: 'yield', doc: 'yield(): gives the CPU to the next runnable process' },
  { name: 'sleep', doc: 'sleep(ms): blocks for at least ms milliseconds' },
  { name: 'sbrk', doc: 'sbrk(increment): old break, or -ENOMEM' },
  { name: 'spawn', doc: 'spawn(path, argv): pid of a new process running the ELF at path' },
  { name: 'wait', doc: 'wait(pid or -1, &status): pid of a reaped child' },
  { name: 'open', doc: 'open(path, flags): file descriptor' },
  { name: 'close', doc: 'close(fd)' },
  { name: 'lseek', doc: 'lseek(fd, offset, whence): new offset' },
  { name: 'unlink', doc: 'unlink(path)' },
  { name: 'readdir', doc: 'readdir(index, name, len): size of the index-th file, its name in name; -ENOENT past the end' },
  { name: 'uptime', doc: 'uptime(): milliseconds since boot' },
  { name: 'netinfo', doc: 'netinfo(mac): the network interface\'s 6-byte MAC address into mac; -ENODEV without one' },
  { name: 'netsend', doc: 'netsend(frame, len): sends one Ethernet frame (14..1514 bytes, no FCS); len, or -ENODEV, -EINVAL' },
  { name: 'netrecv', doc: 'netrecv(buf, len, timeout_ms): waits up to timeout_ms for a frame; its length (truncated to len), 0 on timeout, -ENODEV' },
  { name: 'getrandom', doc: 'getrandom(buf, len): len (at most 256) bytes from the kernel\'s generator, seeded from the VM generation ID; len, or -EINVAL, -EFAULT, -ENODEV (no generation ID)' },
] as const;

/** System-call number of `name` (numbering starts at 1; 0 is never valid). */
export function syscallNumber(name: (typeof SYSCALLS)[number]['name']): number {
  return SYSCALLS.findIndex((s) => s.name === name) + 1;
}

/** Most argv entries (argv[0] included) that spawn passes and init accepts from the command line. */
export const ARG_MAX = 32;

/** open() flags (Linux values). */
export const O_RDONLY = 0x0;
export const O_WRONLY = 0x1;
export const O_RDWR = 0x2;
export const O_CREAT = 0x40;
export const O_TRUNC = 0x200;
export const O_APPEND = 0x400;
/** lseek() whence. */
export const SEEK_SET = 0;
export const SEEK_CUR = 1;
export const SEEK_END = 2;

/** Errors (negated in a0), Linux numbers. */
export const ERRNO = [
  ['EPERM', 1, 'operation not permitted'],
  ['ENOENT', 2, 'no such file or process'],
  ['EIO', 5, 'I/O error'],
  ['ENOEXEC', 8, 'not an executable this kernel can load'],
  ['EBADF', 9, 'bad file descriptor'],
  ['ECHILD', 10, 'no child to wait for'],
  ['EAGAIN', 11, 'no process slot free'],
  ['ENOMEM', 12, 'out of memory'],
  ['EFAULT', 14, 'bad user address'],
  ['EEXIST', 17, 'file exists'],
  ['ENODEV', 19, 'no such device (no network interface)'],
  ['EISDIR', 21, 'is a directory'],
  ['EINVAL', 22, 'invalid argument'],
  ['EMFILE', 24, 'too many open files'],
  ['EFBIG', 27, 'file too large'],
  ['ENOSPC', 28, 'no space left on disk'],
  ['ENAMETOOLONG', 36, 'name too long'],
  ['ENOSYS', 38, 'no such system call'],
] as const;

/** The system-call numbers and flags as the C header lays them out. */
export const SYSCALL_HEADER: AbiHeader = {
  path: 'libos/include/exovisor/syscall.h',
  guard: 'EXOVISOR_SYSCALL_H',
  source: 'hypervisor/abi/syscall.ts',
  intro: [
    'System calls of the guest OS kernel: ecall from U-mode with a7 = SYS_*,',
    'a0..a5 = arguments; a0 = result, or a negative EXO_E* error.',
  ],
  sections: [
    {
      section: 'System-call numbers (a7)',
      constants: SYSCALLS.map((s, i) => ({ name: `SYS_${s.name}`, value: i + 1, doc: s.doc, decimal: true })),
    },
    {
      section: 'Limits (valid system-call numbers are 1..SYS_COUNT)',
      constants: [
        { name: 'SYS_COUNT', value: SYSCALLS.length, doc: 'highest system-call number', decimal: true },
        { name: 'EXO_ARG_MAX', value: ARG_MAX, doc: 'most argv entries, argv[0] included, for spawn and the boot command line', decimal: true },
      ],
    },
    {
      section: 'open() flags and lseek() whence (Linux values)',
      constants: [
        { name: 'EXO_O_RDONLY', value: O_RDONLY, doc: 'read only' },
        { name: 'EXO_O_WRONLY', value: O_WRONLY, doc: 'write only' },
        { name: 'EXO_O_RDWR', value: O_RDWR, doc: 'read and write' },
        { name: 'EXO_O_CREAT', value: O_CREAT, doc: 'create when missing' },
        { name: 'EXO_O_TRUNC', value: O_TRUNC, doc: 'truncate to zero length' },
        { name: 'EXO_O_APPEND', value: O_APPEND, doc: 'every write goes to the end' },
        { name: 'EXO_SEEK_SET', value: SEEK_SET, doc: 'offset from the start', decimal: true },
        { name: 'EXO_SEEK_CUR', value: SEEK_CUR, doc: 'offset from the current position', decimal: true },
        { name: 'EXO_SEEK_END', value: SEEK_END, doc: 'offset from the end', decimal: true },
      ],
    },
    {
      section: 'Errors (returned negated)',
      constants: ERRNO.map(([name, value, doc]) => ({ name: `EXO_${name}`, value, doc, decimal: true })),
    },
  ],
};
