/**
 * The check an image gets before the library stores it: the reader its kind
 * will meet when it is used (the ELF loader, the linker's object reader, the
 * snapshot decoder, the disk's sector rule) runs once on import, so a
 * malformed file is refused with that reader's message and never sits in
 * the library looking usable.
 */
import { diskSizeProblem } from './disk-image.js';
import { checkEntry, parseElf, ElfError } from './elf.js';
import { LinkError, parseObject } from './elf-object.js';
import type { ImageKind } from './manifest.js';
import { decodeSnapshot, SnapshotFormatError } from './snapshot-format.js';

/** A file that is not a well-formed image of the kind it would be stored as. */
export class ImageCheckError extends Error {
  constructor(readonly kind: ImageKind, reason: string) {
    super(`not a usable ${kind} image: ${reason}`);
    this.name = 'ImageCheckError';
  }
}

/** Throws ImageCheckError unless `bytes` read as an image of `kind` (errors other than the readers' own are bugs and pass through). */
export async function checkImage(kind: ImageKind, bytes: Uint8Array): Promise<void> {
  try {
    await readAs(kind, bytes);
  } catch (e) {
    if (e instanceof ElfError || e instanceof LinkError || e instanceof SnapshotFormatError) throw new ImageCheckError(kind, e.message);
    throw e;
  }
}

/** Runs the reader of `kind` over `bytes`. */
async function readAs(kind: ImageKind, bytes: Uint8Array): Promise<void> {
  switch (kind) {
    case 'kernel': case 'unikernel': checkEntry(parseElf(bytes), kind); return; // the entry as every loader checks it
    case 'object': parseObject('image', bytes); return;
    case 'snapshot': await decodeSnapshot(bytes); return;
    case 'disk': {
      const problem = diskSizeProblem(bytes.length);
      if (problem) throw new ImageCheckError(kind, problem);
    }
  }
}
