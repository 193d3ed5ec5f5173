/**
 * The rule every command uses to turn an image argument into bytes: a
 * built-in name (hypervisor/image/builtin.ts) or a path to an ELF file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_IMAGES, builtinImage, type ImageKind } from '../image/builtin.js';
import { UsageError } from './args.js';
import { packageRoot } from './package-root.js';

/** An image argument resolved to a file. */
export interface ResolvedImage {
  /** The built-in name, or the path as given. */
  name: string;
  kind: ImageKind | 'file';
  file: string;
}

/** Resolves a built-in name or a path; throws UsageError when neither exists. */
export function resolveImage(arg: string): ResolvedImage {
  const b = builtinImage(arg);
  if (b) {
    const file = join(packageRoot(), b.path);
    if (!existsSync(file)) throw new UsageError(`built-in image '${arg}' is missing (${b.path}); run 'npm run guests'`);
    return { name: b.name, kind: b.kind, file };
  }
  if (existsSync(arg)) return { name: arg, kind: 'file', file: arg };
  const names = BUILTIN_IMAGES.map((i) => i.name).join(', ');
  throw new UsageError(`${arg}: no such file, and not a built-in image (${names})`);
}

/** Reads a file named on the command line; a missing or unreadable file is a UsageError. */
export function readInput(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? String(e)})`);
  }
}
