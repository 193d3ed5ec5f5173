/**
 * <exo-compare>: the same app run as a full-virtualization guest
 * (trap-and-emulate, then hardware-assisted), a paravirtual guest and a unikernel, one after the other on the page's
 * hypervisor, with wall time, instructions, exits and hypercalls side by
 * side — every figure from the hypervisor's own counters.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { DomainSpec } from '../hypervisor/core/domain.js';
import { builtinKernel, DEFAULT_RAM_BYTES, domainSpec, linkUnikernel, type GuestKind } from './guest-images.js';
import { total, type Session } from './session.js';

/** One column of the comparison. */
export interface CompareRow { kind: GuestKind; state: string; exitCode: number | null; wallMs: number; insns: number; exits: number; hypercalls: number }

/** How long one guest of the comparison may run. */
const RUN_LIMIT_MS = 60_000;
/** The kinds compared, in order. */
const COMPARED: readonly GuestKind[] = ['full', 'hw', 'pv', 'uni'];
/** Apps that run alone to an end in every kind (no network peer, no input). */
const COMPARE_APPS = ['hello', 'compute', 'fsbench'];

/** The comparison area. */
export class ExoCompare extends LitElement {
  static override styles = css`
    :host { display: block; }
    table { border-collapse: collapse; margin-top: 0.5rem; }
    th, td { padding: 0.2rem 0.75rem; text-align: right; border-bottom: 1px solid #8884; }
    th:first-child, td:first-child { text-align: left; }
    .error { color: #cf222e; }
  `;

  static override properties = {
    session: { attribute: false },
    rows: { state: true },
    running: { state: true },
    error: { state: true },
  };

  /** The page's session. */
  declare session: Session | null;
  /** Results so far. */
  declare rows: CompareRow[];
  declare private running: boolean;
  declare private error: string | null;

  constructor() {
    super();
    this.session = null;
    this.rows = [];
    this.running = false;
    this.error = null;
  }

  override render() {
    return html`
      <form @submit=${this.submit}>
        <label>App <select id="compare-app" name="app">${COMPARE_APPS.map((a) => html`<option>${a}</option>`)}</select></label>
        <label>Arguments <input id="compare-args" name="args" autocomplete="off" /></label>
        <button id="compare-run" type="submit" ?disabled=${this.running || !this.session}>${this.running ? 'Running…' : 'Run in full, pv and unikernel'}</button>
      </form>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.rows.length ? this.renderTable() : nothing}
    `;
  }

  private renderTable() {
    return html`<table id="compare-table" aria-label="Comparison">
      <thead><tr><th scope="col">kind</th><th scope="col">end</th><th scope="col">wall (ms)</th><th scope="col">instructions</th><th scope="col">exits</th><th scope="col">hypercalls</th></tr></thead>
      <tbody>${this.rows.map((r) => html`<tr data-kind=${r.kind}>
        <td>${r.kind === 'uni' ? 'unikernel' : r.kind}</td><td>${r.state}${r.exitCode === null ? '' : ` (${r.exitCode})`}</td>
        <td>${r.wallMs.toFixed(0)}</td><td>${r.insns.toLocaleString('en')}</td><td>${r.exits.toLocaleString('en')}</td><td>${r.hypercalls.toLocaleString('en')}</td></tr>`)}
      </tbody></table>`;
  }

  private async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const app = String(form.get('app'));
    const program = [app, ...String(form.get('args') ?? '').trim().split(/\s+/).filter((w) => w)];
    this.running = true;
    this.error = null;
    this.rows = [];
    try {
      for (const kind of COMPARED) this.rows = [...this.rows, await this.runOne(kind, program)];
    } catch (err) {
      this.error = err instanceof Error ? err.message : String(err);
    } finally {
      this.running = false;
    }
  }

  /** Runs `program` as a guest of `kind` to its end and reads its counters; the domain is destroyed afterwards. */
  private async runOne(kind: GuestKind, program: string[]): Promise<CompareRow> {
    const api = this.session!.api;
    const image = kind === 'uni' ? (await linkUnikernel(program[0]!)).image : await builtinKernel(kind === 'pv' ? 'pv' : 'full');
    const spec: DomainSpec = { ...(await domainSpec({ name: `${program[0]} (compare ${kind})`, kind, image, program, ramBytes: DEFAULT_RAM_BYTES, disk: 'fresh' })), clock: 'deterministic' };
    const { id } = await api.create(spec);
    try {
      const t0 = performance.now();
      await api.start(id);
      const info = await api.waitForEnd(id, RUN_LIMIT_MS);
      const wallMs = performance.now() - t0;
      const st = await api.stats(id);
      return { kind, state: info.state, exitCode: info.exitCode ?? null, wallMs, insns: st.insns, exits: total(st.exits), hypercalls: total(st.hypercalls) };
    } finally {
      await api.destroy(id);
    }
  }
}

customElements.define('exo-compare', ExoCompare);
