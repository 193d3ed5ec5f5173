/**
 * The built-in images, by name: the SBI firmware, the guest OS kernel, and
 * every app (a user program for the kernel). Paths are relative to the
 * repository root; the files are committed build outputs (`npm run guests`
 * rebuilds them). The CLI resolves names here, and a later image store
 * seeds itself from this list.
 */

/** What an image is for. */
export type ImageKind = 'firmware' | 'kernel' | 'app';

/** One built-in image. */
export interface BuiltinImage {
  name: string;
  kind: ImageKind;
  /** Path relative to the repository root. */
  path: string;
  description: string;
}

/** The apps under apps/, each built as a user program into apps/build/<name>.elf. */
export const APPS: ReadonlyArray<{ name: string; description: string; console: boolean; uni?: readonly string[] }> = [
  { name: 'hello', description: 'greets and echoes its arguments', console: true, uni: ['posix'] },
  { name: 'compute', description: 'CPU benchmark: sieve, CRC32, matrix multiply, sort', console: true, uni: ['posix'] },
  { name: 'syscall', description: 'calls getpid N times (default 100000)', console: true, uni: ['posix'] },
  { name: 'fsbench', description: 'writes a file of N KiB (default 3072), reads it back and verifies it', console: false, uni: ['posix', 'fs'] },
  { name: 'spawnstorm', description: 'spawns and reaps N short processes (default 200)', console: true, uni: ['posix', 'proc'] },
  { name: 'cat', description: 'copies console input to output until Ctrl-D', console: true },
  { name: 'ls', description: 'lists the files on the disk', console: true },
  { name: 'pingpong', description: 'times round trips between two guests on the virtual switch (PV: serve | ping N)', console: false, uni: ['posix', 'net'] },
  { name: 'netecho', description: 'ICMP, UDP and TCP echo over the inet stack (PV: serve [N] | ping ADDR N | udp ADDR N | tcp ADDR BYTES)', console: false, uni: ['posix', 'net', 'inet'] },
  { name: 'identity', description: 'prints its MAC address and random numbers N times, MS ms apart (a restored snapshot shows its own)', console: false, uni: ['posix', 'net'] },
  { name: 'kvserver', description: 'a key-value store on the disk (kv.db), driven by put/get/del/count/quit lines on stdin', console: false, uni: ['posix', 'fs', 'kv'] },
];

/** Every built-in image. */
export const BUILTIN_IMAGES: readonly BuiltinImage[] = [
  { name: 'sbi', kind: 'firmware', path: 'libos/sbi/build/sbi.elf', description: 'M-mode SBI firmware (base, timer, reset, console)' },
  { name: 'kernel', kind: 'kernel', path: 'libos/kernel/build/kernel.elf', description: 'the guest OS kernel (S-mode, Sv32, processes, EXFS)' },
  { name: 'kernel-pv', kind: 'kernel', path: 'libos/kernel/build/kernel-pv.elf', description: 'the pv-ops build of the kernel (hypercalls, events, split drivers)' },
  ...APPS.map((a) => ({ name: a.name, kind: 'app' as const, path: `apps/build/${a.name}.elf`, description: a.description })),
];

/** The built-in image called `name`, if any. */
export function builtinImage(name: string): BuiltinImage | undefined {
  return BUILTIN_IMAGES.find((i) => i.name === name);
}
