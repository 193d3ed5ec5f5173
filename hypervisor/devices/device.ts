/**
 * The one interface every emulated device implements. A device owns an MMIO
 * window, answers register reads and writes, and can reset, save and restore
 * itself. It never sees the CPU, the DOM or the worker it runs in.
 */

/** Access width in bytes. */
export type Width = 1 | 2 | 4;

/** A memory-mapped device. */
export interface MmioDevice {
  /** Short name for stats, traces and errors (e.g. "uart0"). */
  readonly name: string;
  /** Physical base address of the device's window. */
  readonly base: number;
  /** Size of the window in bytes. */
  readonly size: number;
  /** Reads a register at `offset` in the window; returns the zero-extended value, or null for a bus error. */
  read(offset: number, width: Width): number | null;
  /** Writes a register; returns false for a bus error (the hart raises an access fault). */
  write(offset: number, width: Width, value: number): boolean;
  /** Returns the device to its power-on state. */
  reset(): void;
  /** A structured-clone-able copy of the device state. */
  saveState(): unknown;
  /** Restores state produced by saveState. */
  restoreState(state: unknown): void;
}

/** Why `restoreState` refused a saved state: wrong shape or a value out of range. */
export class DeviceStateError extends Error {
  override readonly name = 'DeviceStateError';

  /** `device` is the refusing device's name; `message` says which field is wrong and why. */
  constructor(readonly device: string, message: string) {
    super(`${device}: cannot restore state: ${message}`);
  }
}
