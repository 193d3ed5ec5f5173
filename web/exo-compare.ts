/**
 * <exo-compare>: the same app run in each mode of COMPARED_MODES — a
 * full-virtualization guest (trap-and-emulate, then hardware-assisted), a
 * paravirtual guest, a unikernel — one after the other on the page's
 * hypervisor, drawn as bars (exits stacked by reason, wall time,
 * instructions) above tables with the exact numbers — every figure from the
 * hypervisor's own counters.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { DomainSpec } from '../hypervisor/core/domain.js';
import { formatNumber, reasonColours, reasonsIn, renderBarChart, renderLegend, type Bar } from './compare-chart.js';
import { builtinKernel, DEFAULT_RAM_BYTES, domainSpec, linkUnikernel, type GuestKind } from './guest-images.js';
import { total, type Session } from './session.js';

/** One column of the comparison. */
export interface CompareRow {
  kind: GuestKind; label: string; state: string; exitCode: number | null; wallMs: number; insns: number;
  exits: number; hypercalls: number;
  /** Exits by reason, as the domain's counters name them. */
  exitsByReason: Record<string, number>;
}

/** How long one guest of the comparison may run. */
const RUN_LIMIT_MS = 60_000;
/** The modes compared, in order, with the names the page shows: a further mode is one more line here. */
export const COMPARED_MODES: readonly { kind: GuestKind; label: string }[] = [
  { kind: 'full', label: 'full' },
  { kind: 'hw', label: 'hw' },
  { kind: 'pv', label: 'pv' },
  { kind: 'uni', label: 'unikernel' },
];
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
    .charts { max-width: 48rem; }
    figure { margin: 0.75rem 0 0; }
    figcaption { font-weight: 600; margin-bottom: 0.25rem; }
    svg { display: block; width: 100%; height: auto; }
    svg text { font-size: 12px; fill: currentColor; }
    .legend { display: flex; flex-wrap: wrap; gap: 0.25rem 0.9rem; list-style: none; padding: 0; margin: 0.4rem 0 0; font-size: 0.85rem; }
    .swatch { display: inline-block; width: 0.8rem; height: 0.8rem; margin-right: 0.3rem; vertical-align: -0.1rem; border-radius: 2px; }
    .tables { display: flex; flex-wrap: wrap; gap: 0 2rem; align-items: flex-start; }
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
        <button id="compare-run" type="submit" ?disabled=${this.running || !this.session}>${this.running ? 'Running…' : `Run in ${modeList()}`}</button>
      </form>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.rows.length ? this.renderCharts() : nothing}
      ${this.rows.length ? html`<div class="tables">${this.renderTable()}${this.renderReasonTable()}</div>` : nothing}
    `;
  }

  /** Bars per mode: exits stacked by reason (with the legend), wall time, instructions. */
  private renderCharts() {
    const bars = (value: (r: CompareRow) => Bar['segments']): Bar[] => modeBars(this.rows, value);
    const exits = exitBars(this.rows), colours = reasonColours(exits);
    return html`<div class="charts">
      ${renderBarChart({ id: 'compare-exits', title: 'Exits by reason (tables below: exact counts)', unit: 'exits', bars: exits, colours, describedBy: 'compare-reasons' })}
      ${renderLegend('compare-legend', colours)}
      ${renderBarChart({ id: 'compare-wall', title: 'Wall time', unit: 'ms', bars: bars((r) => [{ name: 'wall', value: r.wallMs }]), describedBy: 'compare-table' })}
      ${renderBarChart({ id: 'compare-insns', title: 'Instructions retired', unit: '', bars: bars((r) => [{ name: 'instructions', value: r.insns }]), describedBy: 'compare-table' })}
    </div>`;
  }

  /** One row per mode: how it ended, wall time, instructions, exits and hypercalls in total. */
  private renderTable() {
    return html`<table id="compare-table" aria-label="Comparison">
      <thead><tr><th scope="col">kind</th><th scope="col">end</th><th scope="col">wall (ms)</th><th scope="col">instructions</th><th scope="col">exits</th><th scope="col">hypercalls</th></tr></thead>
      <tbody>${this.rows.map((r) => html`<tr data-kind=${r.kind}>
        <td>${r.label}</td><td>${r.state}${r.exitCode === null ? '' : ` (${r.exitCode})`}</td>
        <td>${r.wallMs.toFixed(0)}</td><td>${formatNumber(r.insns)}</td><td>${formatNumber(r.exits)}</td><td>${formatNumber(r.hypercalls)}</td></tr>`)}
      </tbody></table>`;
  }

  /** Exits by reason, one row per reason and one column per mode: the stacked bars' numbers. */
  private renderReasonTable() {
    const reasons = reasonsIn(exitBars(this.rows));
    return html`<table id="compare-reasons" aria-label="Exits by reason">
      <thead><tr><th scope="col">exit reason</th>${this.rows.map((r) => html`<th scope="col" data-kind=${r.kind}>${r.label}</th>`)}</tr></thead>
      <tbody>${reasons.map((reason) => html`<tr data-reason=${reason}><th scope="row">${reason}</th>
        ${this.rows.map((r) => html`<td data-kind=${r.kind}>${formatNumber(r.exitsByReason[reason] ?? 0)}</td>`)}</tr>`)}
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
      for (const mode of COMPARED_MODES) this.rows = [...this.rows, await this.runOne(mode, program)];
    } catch (err) {
      this.error = err instanceof Error ? err.message : String(err);
    } finally {
      this.running = false;
    }
  }

  /** Runs `program` as a guest of the mode's kind to its end and reads its counters; the domain is destroyed afterwards. */
  private async runOne({ kind, label }: (typeof COMPARED_MODES)[number], program: string[]): Promise<CompareRow> {
    const api = this.session!.api;
    const image = kind === 'uni' ? (await linkUnikernel(program[0]!)).image : await builtinKernel(kind);
    const spec: DomainSpec = { ...(await domainSpec({ name: `${program[0]} (compare ${kind})`, kind, image, program, ramBytes: DEFAULT_RAM_BYTES, disk: 'fresh' })), clock: 'deterministic' };
    const { id } = await api.create(spec);
    try {
      const t0 = performance.now();
      await api.start(id);
      const info = await api.waitForEnd(id, RUN_LIMIT_MS);
      const wallMs = performance.now() - t0;
      const st = await api.stats(id);
      return {
        kind, label, state: info.state, exitCode: info.exitCode ?? null, wallMs, insns: st.insns,
        exits: total(st.exits), hypercalls: total(st.hypercalls), exitsByReason: { ...st.exits },
      };
    } finally {
      await api.destroy(id);
    }
  }
}

/** One bar per row, its segments from `value`. */
function modeBars(rows: readonly CompareRow[], value: (r: CompareRow) => Bar['segments']): Bar[] {
  return rows.map((r) => ({ kind: r.kind, label: r.label, segments: value(r) }));
}

/** One bar per row, stacked from its exits by reason. */
function exitBars(rows: readonly CompareRow[]): Bar[] {
  return modeBars(rows, (r) => Object.entries(r.exitsByReason).map(([name, value]) => ({ name, value })));
}

/** The compared modes' names as a sentence ("full, pv and unikernel"). */
function modeList(): string {
  const labels = COMPARED_MODES.map((m) => m.label);
  return labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

customElements.define('exo-compare', ExoCompare);
