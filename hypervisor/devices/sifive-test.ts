/**
 * The SiFive test device ("sifive,test0", QEMU virt at 0x100000): a 32-bit
 * write of 0x5555 ends the run with success, `(code << 16) | 0x3333` ends
 * it with exit code `code`, and 0x7777 asks for a reset.
 */
import { FINISHER_FAIL, FINISHER_PASS, FINISHER_RESET } from '../abi/virt.js';
import type { MmioDevice, Width } from './device.js';

/** What the guest asked for. */
export type FinisherRequest = { kind: 'exit'; code: number } | { kind: 'reset' };

/** The test/finisher device. */
export class SifiveTest implements MmioDevice {
  readonly size = 0x1000;

  constructor(readonly name: string, readonly base: number, private readonly finish: (r: FinisherRequest) => void) {}

  read(): number | null {
    return 0;
  }

  write(offset: number, width: Width, value: number): boolean {
    if (offset !== 0 || width !== 4) return true; // other writes are ignored, as on QEMU
    const status = value & 0xffff;
    if (status === FINISHER_PASS) this.finish({ kind: 'exit', code: 0 });
    else if (status === FINISHER_FAIL) this.finish({ kind: 'exit', code: value >>> 16 });
    else if (status === FINISHER_RESET) this.finish({ kind: 'reset' });
    return true;
  }

  reset(): void {}
  saveState(): unknown { return {}; }
  restoreState(): void {}
}
