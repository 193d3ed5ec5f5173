/**
 * A Lit reactive controller that asks the hypervisor again and again while
 * its element is in the document: `tick` runs at once on connection (or
 * restart) and then `ms` after each tick finished, so slow answers never
 * pile up; removal from the document stops it. A tick from before a
 * restart or a removal learns it through `current()` and drops its answers.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** One poll: `current()` is false once its answers are no longer wanted. */
export type PollTick = (current: () => boolean) => Promise<void>;

/** Polls while the host element is connected. */
export class PollController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped by every restart and stop: older ticks are stale. */
  private generation = 0;
  private connected = false;

  constructor(host: ReactiveControllerHost, private readonly ms: number, private readonly tick: PollTick) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.restart();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }

  /** Polls from now on (at once), dropping what a running tick brings back; nothing while disconnected. */
  restart(): void {
    this.stop();
    if (!this.connected) return;
    const generation = this.generation;
    this.timer = setTimeout(() => void this.run(generation), 0);
  }

  private stop(): void {
    this.generation++;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** One tick (a throw is the tick's own business: it never stops the polling), then the next is scheduled. */
  private async run(generation: number): Promise<void> {
    const current = (): boolean => generation === this.generation;
    try {
      await this.tick(current);
    } catch { /* the tick reports its own failures */ }
    if (current()) this.timer = setTimeout(() => void this.run(generation), this.ms);
  }
}
