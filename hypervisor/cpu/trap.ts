/**
 * Synchronous exceptions are raised by throwing one preallocated signal
 * object: it carries no stack trace, so a page fault costs a jump, not an
 * allocation. The hart's run loop catches it and enters the trap handler.
 */

/** The exception being raised: cause code and trap value (mtval/stval). */
export class TrapSignal {
  cause = 0;
  tval = 0;
}

/** The single signal object; one hart runs at a time on a thread. */
export const TRAP = new TrapSignal();

/** Raises a synchronous exception with the given cause and trap value. */
export function raise(cause: number, tval: number): never {
  TRAP.cause = cause;
  TRAP.tval = tval | 0;
  throw TRAP;
}
