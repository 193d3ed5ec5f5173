/**
 * <exo-app>: the dashboard's root element. For now it reports whether the
 * page is cross-origin isolated (SharedArrayBuffer available), which every
 * later part of the dashboard depends on, and boots the hello guest: page →
 * hypervisor worker → guest worker, with the guest's console shown here.
 */
import { LitElement, css, html, nothing } from 'lit';
import { bootBare, bootKernel, bootUnikernel, type GuestRun } from './hypervisor-client.js';

/** The demonstration guest image, served by vite.config.ts's guest-images plugin. */
const HELLO_IMAGE = '/images/hello.elf';

/** The dashboard shell. */
export class ExoApp extends LitElement {
  static override styles = css`
    :host { display: block; padding: 2rem; max-width: 60rem; margin: auto; }
    .ok { color: #1a7f37; }
    .bad { color: #cf222e; }
    pre { min-height: 4lh; padding: 0.75rem; background: #0d1117; color: #e6edf3; overflow: auto; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
    dd { margin: 0; font-family: monospace; }
  `;

  static override properties = {
    run: { attribute: false },
    consoleText: { state: true },
    busy: { state: true },
    error: { state: true },
  };

  /** How the last guest run ended (null before the first one ends). */
  declare run: GuestRun | null;
  /** Console output of the current or last run, as it arrived. */
  declare private consoleText: string;
  /** True while a guest runs. */
  declare private busy: boolean;
  /** Why the last boot failed, if it did. */
  declare private error: string | null;

  constructor() {
    super();
    this.run = null;
    this.consoleText = '';
    this.busy = false;
    this.error = null;
  }

  override render() {
    const isolated = globalThis.crossOriginIsolated === true && typeof SharedArrayBuffer === 'function';
    return html`
      <h1>Exovisor</h1>
      <p>A virtualization playground: RISC-V RV32 guests run by a hypervisor in a Web Worker.</p>
      <p id="isolation" class=${isolated ? 'ok' : 'bad'}>
        ${isolated
          ? 'Cross-origin isolated: SharedArrayBuffer is available.'
          : 'Not cross-origin isolated: SharedArrayBuffer is unavailable; serve with COOP/COEP headers (npm start does).'}
      </p>
      <section aria-labelledby="hello-heading">
        <h2 id="hello-heading">Hello guest</h2>
        <button id="boot-hello" ?disabled=${!isolated || this.busy} @click=${this.bootHello}>Boot hello</button>
        <pre id="console" role="log" aria-label="Guest console">${this.consoleText}</pre>
        ${this.error ? html`<p id="boot-error" class="bad" role="alert">${this.error}</p>` : nothing}
        ${this.run ? this.renderRun(this.run) : nothing}
      </section>
      <section aria-labelledby="kernel-heading">
        <h2 id="kernel-heading">Guest OS kernel</h2>
        <p>The same kernel runs <code>hello</code> on the machine as it is, deprivileged under the trap-and-emulate VMM, or as its pv-ops build in a paravirtual guest.</p>
        <button id="boot-native" ?disabled=${!isolated || this.busy} @click=${() => this.boot('native')}>Boot the kernel (native)</button>
        <button id="boot-full" ?disabled=${!isolated || this.busy} @click=${() => this.boot('full')}>Boot the kernel (full virtualization)</button>
        <button id="boot-pv" ?disabled=${!isolated || this.busy} @click=${() => this.boot('pv')}>Boot the kernel (paravirtual)</button>
      </section>
      <section aria-labelledby="uni-heading">
        <h2 id="uni-heading">Unikernel</h2>
        <p><code>hello</code> linked here in the page with the library-OS modules it needs, by the linker written in TypeScript, then booted with no kernel underneath.</p>
        <button id="boot-uni" ?disabled=${!isolated || this.busy} @click=${this.bootUni}>Link and run hello as a unikernel</button>
      </section>
    `;
  }

  /** The final state and counters of a run. */
  private renderRun(run: GuestRun) {
    const exits = Object.values(run.stats.exits).reduce((a, b) => a + b, 0);
    return html`
      <dl aria-label="Domain end state">
        <dt>State</dt><dd id="domain-state">${run.info.state}</dd>
        ${run.info.exitCode === undefined ? nothing : html`<dt>Exit code</dt><dd id="exit-code">${run.info.exitCode}</dd>`}
        ${run.info.reason ? html`<dt>Reason</dt><dd id="reason">${run.info.reason}</dd>` : nothing}
        <dt>Instructions</dt><dd id="insns">${run.stats.insns}</dd>
        ${'imageBytes' in run ? html`<dt>Image</dt><dd id="image-bytes">${run.imageBytes} bytes</dd>` : nothing}
        <dt>Exits</dt><dd id="exits">${exits}</dd>
      </dl>
    `;
  }

  /** Boots the hello guest in a new domain and shows its console and end state. */
  private bootHello(): Promise<void> {
    return this.show(() => bootBare('hello', HELLO_IMAGE, (text) => { this.consoleText += text; }));
  }

  /** Boots the kernel running hello in `mode`. */
  private boot(mode: 'native' | 'full' | 'pv'): Promise<void> {
    return this.show(() => bootKernel(mode, ['hello', 'from', 'the', 'page'], (text) => { this.consoleText += text; }));
  }

  /** Links hello as a unikernel in the page and boots it. */
  private bootUni(): Promise<void> {
    return this.show(() => bootUnikernel('hello', ['hello', 'from', 'the', 'page'], (text) => { this.consoleText += text; }));
  }

  /** Runs one guest and shows its console and end state (or the error). */
  private async show(start: () => Promise<GuestRun>): Promise<void> {
    this.busy = true;
    this.run = null;
    this.error = null;
    this.consoleText = '';
    try {
      this.run = await start();
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.busy = false;
    }
  }
}

customElements.define('exo-app', ExoApp);
