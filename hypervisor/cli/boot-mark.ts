/**
 * Where boot ends for `run --stats` and `compare`: the virtual pc of the
 * app's first instruction, which the vCPU watches for (DomainSpec.bootMark).
 * A kernel (native, full, hw, pv) runs the program named first on its command
 * line as pid 1, the first process it starts, at its ELF entry; a unikernel
 * calls the app's `main`, which the image's symbol table locates.
 */
import { APPS } from '../image/builtin.js';
import { parseElf } from '../image/elf.js';
import { readInput, resolveImage } from './images.js';

/** What a run boots, as far as the boot marker is concerned. */
export interface MarkedBoot {
  mode: 'native' | 'full' | 'hw' | 'pv' | 'uni';
  /** The kernel's command line (program first) — kernels only. */
  program: readonly string[];
  /** The unikernel image — uni only. */
  image?: Uint8Array;
  /** A disk of the user's: its copy of the program may differ from the built-in one. */
  userDisk: boolean;
}

/**
 * The app's first instruction, or undefined when the run cannot tell: a
 * kernel's program that is not a built-in app (or may come from the user's
 * disk), a unikernel without a `main` symbol.
 */
export function bootMark(b: MarkedBoot): number | undefined {
  if (b.mode === 'uni') return b.image ? parseElf(b.image).symbols.get('main') : undefined;
  const name = b.program[0];
  if (name === undefined || b.userDisk || !APPS.some((a) => a.name === name)) return undefined;
  return parseElf(readInput(resolveImage(name).file)).entry;
}
