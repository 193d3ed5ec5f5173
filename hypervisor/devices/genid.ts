/**
 * The virt board's VM generation-ID device ("exovisor,genid", not on QEMU):
 * read-only registers with the machine's generation number (GENID_COUNT)
 * and its 128-bit random ID (GENID_ID). The device keeps the generation
 * in its state, and a restored device is the next generation: the saved
 * number + 1 and a fresh ID, so each copy restored from one snapshot has
 * its own (see core/genid.ts). Writes are ignored; accesses that are not
 * aligned 32-bit reads of a register are bus errors.
 */
import { GENID_COUNT, GENID_ID, GENID_WINDOW } from '../abi/virt.js';
import { GENID_WORDS, nextGeneration, type Generation } from '../core/genid.js';
import { DeviceStateError, type MmioDevice, type Width } from './device.js';

/** What a snapshot keeps of the device: the generation number (the ID is drawn again on restore). */
export interface GenIdState {
  count: number;
}

/** The generation-ID device. */
export class GenIdDevice implements MmioDevice {
  readonly size = GENID_WINDOW;
  private gen: Generation = nextGeneration(0);

  constructor(readonly name: string, readonly base: number) {}

  /** The machine's current generation. */
  get generation(): Generation {
    return this.gen;
  }

  read(offset: number, width: Width): number | null {
    if (width !== 4 || offset % 4 !== 0) return null;
    if (offset === GENID_COUNT) return this.gen.count;
    const word = (offset - GENID_ID) / 4;
    return word >= 0 && word < GENID_WORDS ? this.gen.id[word]! : 0;
  }

  write(): boolean {
    return true;
  }

  /** A reset keeps the generation: it is the same machine. */
  reset(): void {}

  saveState(): GenIdState {
    return { count: this.gen.count };
  }

  /** The next generation after the saved one; a snapshot taken before the device existed counts as generation 1. */
  restoreState(state: unknown): void {
    const count = state === undefined ? 1 : (state as Partial<GenIdState> | null)?.count;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 0xffff_ffff) {
      throw new DeviceStateError(this.name, 'expected a generation number from 1 to 2^32 - 1');
    }
    this.gen = nextGeneration(count);
  }
}
