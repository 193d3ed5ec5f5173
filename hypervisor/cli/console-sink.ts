/**
 * Buffered guest console output to a file descriptor: bytes are collected
 * and written at each newline or when the buffer fills, so a chatty guest
 * costs one write per line, and output appears as the guest produces it.
 */
import { writeSync } from 'node:fs';

/** A byte sink writing to `fd`. */
export class ConsoleSink {
  private readonly buf = new Uint8Array(4096);
  private len = 0;
  /** Total bytes the guest printed. */
  total = 0;

  constructor(private readonly fd: number) {}

  /** Accepts one byte from the guest. */
  readonly put = (byte: number): void => {
    this.buf[this.len++] = byte;
    this.total++;
    if (byte === 10 || this.len === this.buf.length) this.flush();
  };

  /** Writes out whatever is buffered. */
  flush(): void {
    let off = 0;
    while (off < this.len) {
      try {
        off += writeSync(this.fd, this.buf, off, this.len - off);
      } catch (e) {
        // A non-blocking pipe that is full: wait for the reader rather than lose output.
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
      }
    }
    this.len = 0;
  }
}
