/**
 * <exo-guest-card>: one guest — its kind, state, memory and counters, the
 * controls that drive it (start, pause, resume, snapshot, clone, destroy)
 * and its console as a terminal. A snapshot is handed up in an
 * `exo-snapshot` event (the page saves it in the image library).
 */
import { LitElement, css, html, nothing } from 'lit';
import { formatBytes } from '../hypervisor/image/store.js';
import type { ExoInspector } from './exo-inspector.js';
import { isFinal, total, type Guest, type Session } from './session.js';
import './exo-inspector.js';
import './exo-terminal.js';

/** Detail of the `exo-snapshot` event: the guest and its snapshot file. */
export interface SnapshotDetail { guest: Guest; bytes: Uint8Array }

/** What each kind is called on the card. */
const KIND_LABEL: Record<string, string> = { bare: 'bare', firmware: 'native', full: 'full', hw: 'hw', pv: 'pv', uni: 'unikernel' };

/** A guest's card. */
export class ExoGuestCard extends LitElement {
  static override styles = css`
    :host { display: block; border: 1px solid #8886; border-radius: 6px; padding: 0.75rem; min-width: 0; }
    header { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: baseline; }
    h3 { margin: 0; font-size: 1rem; overflow-wrap: anywhere; }
    .tag { font-size: 0.8rem; padding: 0 0.4rem; border-radius: 3px; background: #8882; }
    .state[data-state='running'] { background: #1a7f3733; }
    .state[data-state='crashed'] { background: #cf222e33; }
    .controls { display: flex; flex-wrap: wrap; gap: 0.25rem; margin: 0.5rem 0; }
    dl { display: flex; flex-wrap: wrap; gap: 0 1rem; margin: 0 0 0.5rem; font-size: 0.85rem; }
    dt { color: #888; } dd { margin: 0; font-family: monospace; }
    .error { color: #cf222e; }
    .inspect { margin-top: 0.5rem; }
  `;

  static override properties = {
    guest: { attribute: false },
    session: { attribute: false },
    busy: { state: true },
    error: { state: true },
    inspecting: { state: true },
  };

  /** The guest shown. */
  declare guest: Guest;
  /** The page's session (clone and destroy go through it). */
  declare session: Session;
  declare private busy: boolean;
  declare private error: string | null;
  /** True while the inspector is open. */
  declare private inspecting: boolean;
  private readonly onChange = (): void => this.requestUpdate();

  constructor() {
    super();
    this.busy = false;
    this.error = null;
    this.inspecting = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.guest?.addEventListener('change', this.onChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.guest?.removeEventListener('change', this.onChange);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    const old = changed.get('guest') as Guest | undefined;
    if (old && old !== this.guest) old.removeEventListener('change', this.onChange);
    if (changed.has('guest') && this.isConnected) this.guest.addEventListener('change', this.onChange);
  }

  override render() {
    const g = this.guest;
    const { info } = g;
    const titleId = `guest-${info.id}-title`;
    return html`
      <article aria-labelledby=${titleId}>
        <header>
          <h3 id=${titleId}>${info.name}</h3>
          <span class="tag kind">${KIND_LABEL[info.kind] ?? info.kind}</span>
          <span class="tag state" data-state=${info.state}>${info.state}${info.exitCode === undefined ? '' : ` (${info.exitCode})`}</span>
          <span class="tag">${formatBytes(info.ramBytes)}</span>
          ${info.mac ? html`<span class="tag mac" title="MAC address">${info.mac}</span>` : nothing}
          <span class="tag generation" title=${`VM generation ID ${info.generation.id} (a restore makes the next generation)`}>gen ${info.generation.count}</span>
        </header>
        ${this.renderControls()}
        ${this.renderStats()}
        ${info.reason ? html`<p class="reason">${info.reason}</p>` : nothing}
        <exo-terminal .guest=${g}></exo-terminal>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        <button class="inspect" aria-expanded=${this.inspecting ? 'true' : 'false'} ?disabled=${g.gone}
          @click=${() => { this.inspecting = !this.inspecting; }}>${this.inspecting ? 'Hide inspector' : 'Inspect'}</button>
        ${this.inspecting && !g.gone ? html`<exo-inspector .domid=${info.id}></exo-inspector>` : nothing}
      </article>
    `;
  }

  override updated(): void {
    // A comlink proxy answers every property, which Lit's dev-mode check of bound values trips over: set it directly.
    const inspector = this.shadowRoot?.querySelector('exo-inspector') as ExoInspector | null;
    if (inspector && inspector.api !== this.session.api) inspector.api = this.session.api;
  }

  /** The buttons that apply in the guest's state. */
  private renderControls() {
    const s = this.guest.info.state;
    const name = this.guest.info.name;
    const b = (label: string, enabled: boolean, run: () => Promise<unknown>) => html`
      <button ?disabled=${!enabled || this.busy} aria-label="${label} ${name}" @click=${() => this.act(run)}>${label}</button>`;
    return html`<div class="controls" role="toolbar" aria-label="Controls of ${name}">
      ${b('Start', s === 'created', () => this.guest.start())}
      ${b('Pause', s === 'running', () => this.guest.pause())}
      ${b('Resume', s === 'paused', () => this.guest.resume())}
      ${b('Snapshot', s === 'paused', () => this.snapshot())}
      ${b('Clone', s === 'paused' || s === 'running', () => this.session.clone(this.guest))}
      ${b(isFinal(s) ? 'Remove' : 'Destroy', true, () => this.session.destroy(this.guest))}
    </div>`;
  }

  /** Instructions, exits, hypercalls and wall time. */
  private renderStats() {
    const st = this.guest.stats;
    if (!st) return nothing;
    return html`<dl aria-label="Counters">
      <dt>instructions</dt><dd class="insns">${st.insns.toLocaleString('en')}</dd>
      <dt>exits</dt><dd class="exits">${total(st.exits).toLocaleString('en')}</dd>
      ${st.hypercalls ? html`<dt>hypercalls</dt><dd>${total(st.hypercalls).toLocaleString('en')}</dd>` : nothing}
      <dt>wall</dt><dd>${(this.guest.wallMs / 1000).toFixed(2)} s</dd>
    </dl>`;
  }

  /** Takes a snapshot of the paused guest and hands it to the page. */
  private async snapshot(): Promise<void> {
    const bytes = await this.session.snapshot(this.guest);
    this.dispatchEvent(new CustomEvent<SnapshotDetail>('exo-snapshot', { detail: { guest: this.guest, bytes }, bubbles: true, composed: true }));
  }

  /** Runs one control action, showing its error on the card. */
  private async act(run: () => Promise<unknown>): Promise<void> {
    this.busy = true;
    this.error = null;
    try {
      await run();
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.busy = false;
    }
  }
}

customElements.define('exo-guest-card', ExoGuestCard);
