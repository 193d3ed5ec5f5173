/**
 * Fuzzing the device-tree parser (image/fdt.ts parseFdt): mutations of the
 * tree the virt board really builds, aimed at the header and the structure
 * block, and random bytes behind a valid header. Any input parses or is
 * refused with an FdtError.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { virtDeviceTree } from '../../hypervisor/core/virt-fdt.js';
import { fuzz } from './harness.js';
import { applyEdits, editsArb } from './mutate.js';
import { checkFdt } from './targets.js';

const BLOB = virtDeviceTree({ ramBytes: 64 << 20, bootargs: 'console=ttyS0', disk: true });
const STRUCT = new DataView(BLOB.buffer, BLOB.byteOffset).getUint32(8);
/** The header and the first tokens of the structure block. */
const HOT = [{ start: 0, end: 40 }, { start: STRUCT, end: STRUCT + 256 }];

describe('device-tree parser fuzzing', () => {
  it('mutated virt-board trees parse or are refused with an FdtError', async () => {
    await fuzz('fdt-mutated', [editsArb(BLOB.length, HOT, 6)], (edits) => checkFdt(applyEdits(BLOB, edits)), 600);
  });

  it('random bytes behind a valid header parse or are refused with an FdtError', async () => {
    await fuzz('fdt-random', [fc.uint8Array({ minLength: 0, maxLength: 400 })], (tail) => {
      const b = BLOB.slice();
      b.set(tail.subarray(0, b.length - 40), 40);
      checkFdt(b);
    }, 300);
  });
});
