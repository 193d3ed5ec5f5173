/**
 * The one rule a disk image must meet, wherever it comes from (a file on
 * the command line, the image library, a page's import): the disk devices
 * address whole 512-byte sectors, and a disk has at least one. The
 * hypervisor checks it again when it creates a domain, so no front end
 * can hand a guest a disk its devices would misread.
 */
import { DISK_SECTOR_SIZE } from '../abi/virt.js';

/** A disk image of the wrong size (checked by name across the worker boundary, as the other image errors are). */
export class DiskImageError extends Error {
  override readonly name = 'DiskImageError';
}

/** What is wrong with a disk image of `length` bytes, or null when it is a non-empty whole number of sectors. */
export function diskSizeProblem(length: number): string | null {
  if (length > 0 && length % DISK_SECTOR_SIZE === 0) return null;
  return `a disk image must be a non-empty whole number of ${DISK_SECTOR_SIZE}-byte sectors, got ${length} bytes`;
}
