/**
 * <exo-host-view>: the machine at a glance, from counters the hypervisor
 * keeps. Machine memory as a map of frames coloured by owner (one canvas
 * pixel per frame, scaled up without smoothing), with a legend; each
 * domain's CPU share (the fraction of wall time its vCPU ran); a strip of
 * machine-wide rates; and charts of those rates over the last minute.
 * It polls the hypervisor every POLL_MS while in the document and stops
 * when removed (poll-controller.ts); a domain that goes away between list() and stats()
 * is simply left out of that sample.
 */
import type * as Comlink from 'comlink';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { DomainInfo, DomainStats } from '../hypervisor/core/domain.js';
import type { HypervisorApi } from '../hypervisor/worker/hypervisor-api.js';
import { formatRate, hostRates, type CounterSample, type HostRates } from './counter-rates.js';
import { OWNER_FREE, OWNER_HYPERVISOR, cssColour, ownerColour } from './domain-colour.js';
import type { ChartSeries } from './exo-chart.js';
import { PollController } from './poll-controller.js';
import './exo-chart.js';

/** How often the hypervisor is asked (ms). */
const POLL_MS = 500;
/** Samples kept for the charts: a minute at POLL_MS. */
const HISTORY = 120;
/** Frames per row of the frame map. */
const MAP_COLUMNS = 256;

/** The rates the charts follow, by series label. */
const INSN_SERIES: Array<[string, (r: HostRates) => number]> = [['instructions/s', (r) => r.insns]];
const EVENT_SERIES: Array<[string, (r: HostRates) => number]> = [
  ['exits/s', (r) => r.exits], ['hypercalls/s', (r) => r.hypercalls], ['evtchn sends/s', (r) => r.evtchn_sends],
  ['ring notify sent/s', (r) => r.ring_notify_sent], ['ring notify suppressed/s', (r) => r.ring_notify_suppressed],
];

/** The host view of one hypervisor. */
export class ExoHostView extends LitElement {
  static override styles = css`
    :host { display: block; min-width: 0; }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1rem; }
    section { min-width: 0; }
    h3 { font-size: 1rem; margin: 1rem 0 0.5rem; }
    canvas { width: 100%; image-rendering: pixelated; border: 1px solid #d0d7de; display: block; }
    ul { list-style: none; padding: 0; margin: 0.5rem 0 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; font-size: 0.85rem; }
    .swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; vertical-align: -0.1em; border: 1px solid #0003; }
    .cpu { display: grid; grid-template-columns: minmax(6rem, max-content) 1fr 4rem; gap: 0.25rem 0.5rem; align-items: center; font-size: 0.85rem; }
    meter { width: 100%; }
    .strip { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0; }
    .strip div { border: 1px solid #d0d7de; border-radius: 4px; padding: 0.25rem 0.5rem; min-width: 7rem; }
    .strip dt { font-size: 0.75rem; color: #57606a; }
    .strip dd { margin: 0; font: 600 1rem monospace; }
    .reasons { font-size: 0.8rem; color: #57606a; }
    .error { color: #cf222e; }
    .note { font-size: 0.8rem; color: #57606a; margin: 0 0 0.5rem; }
  `;

  static override properties = {
    api: { attribute: false },
    domains: { state: true },
    rates: { state: true },
    owners: { state: true },
    error: { state: true },
  };

  /** The hypervisor (startHypervisor().api); null shows nothing. */
  declare api: Comlink.Remote<HypervisorApi> | null;
  declare private domains: DomainInfo[];
  declare private rates: HostRates | null;
  /** Frames per owner, from the last frame map. */
  declare private owners: Map<number, number>;
  declare private error: string | null;

  private last: CounterSample | null = null;
  private times: number[] = [];
  private history = new Map<string, number[]>();
  private readonly poller = new PollController(this, POLL_MS, (current) => this.poll(current));

  constructor() {
    super();
    this.api = null;
    this.domains = [];
    this.rates = null;
    this.owners = new Map();
    this.error = null;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('api')) return;
    this.last = null;
    this.times = [];
    this.history = new Map();
    this.poller.restart();
  }

  /** One round: domains, frame map and counters; a hypervisor that does not answer is reported, not thrown. */
  private async poll(current: () => boolean): Promise<void> {
    const api = this.api;
    if (!api) return;
    try {
      await this.sample(api, current);
      if (current()) this.error = null;
    } catch (e) {
      if (current()) this.error = `The hypervisor did not answer: ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  /** Reads everything the view shows; a domain gone between list() and stats() is left out. */
  private async sample(api: Comlink.Remote<HypervisorApi>, current: () => boolean): Promise<void> {
    const [domains, owners] = await Promise.all([api.list(), api.frameOwners()]);
    const stats = new Map<number, DomainStats>();
    await Promise.all(domains.map(async (d) => {
      try { stats.set(d.id, await api.stats(d.id)); } catch { /* destroyed meanwhile */ }
    }));
    if (!current()) return;
    const now: CounterSample = { at: performance.now(), stats };
    if (this.last) this.record(hostRates(this.last, now));
    this.last = now;
    this.domains = domains.filter((d) => stats.has(d.id));
    this.drawMap(owners);
  }

  /** Keeps the newest rates and their history. */
  private record(rates: HostRates): void {
    this.rates = rates;
    this.times = [...this.times, Date.now()].slice(-HISTORY);
    for (const [label, get] of [...INSN_SERIES, ...EVENT_SERIES]) {
      this.history.set(label, [...(this.history.get(label) ?? []), get(rates)].slice(-HISTORY));
    }
  }

  /** Paints one pixel per frame and counts frames per owner. */
  private drawMap(owners: Uint16Array): void {
    const canvas = this.renderRoot.querySelector('canvas');
    const counts = new Map<number, number>();
    for (const o of owners) counts.set(o, (counts.get(o) ?? 0) + 1);
    this.owners = counts;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const rows = Math.ceil(owners.length / MAP_COLUMNS);
    if (canvas.width !== MAP_COLUMNS || canvas.height !== rows) { canvas.width = MAP_COLUMNS; canvas.height = rows; }
    const img = ctx.createImageData(MAP_COLUMNS, rows);
    for (let i = 0; i < owners.length; i++) {
      const [r, g, b] = ownerColour(owners[i]!);
      img.data[i * 4] = r; img.data[i * 4 + 1] = g; img.data[i * 4 + 2] = b; img.data[i * 4 + 3] = 255;
    }
    ctx.putImageData(img, 0, 0);
  }

  override render() {
    if (!this.api) return html`<p>No hypervisor connected.</p>`;
    return html`
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <div class="grid">
        <section aria-labelledby="map-heading">
          <h3 id="map-heading">Machine memory</h3>
          <canvas id="frame-map" width=${MAP_COLUMNS} height="1" role="img"
            aria-label=${`Machine frames by owner, ${MAP_COLUMNS} per row: ${this.legendText()}`}></canvas>
          ${this.renderLegend()}
        </section>
        <section aria-labelledby="cpu-heading">
          <h3 id="cpu-heading">CPU share per domain</h3>
          <p class="note">The fraction of wall time each domain's vCPU thread ran (guest code and its exits) rather than slept idle or paused.</p>
          ${this.renderCpu()}
        </section>
      </div>
      <section aria-labelledby="strip-heading">
        <h3 id="strip-heading">Counters (per second, all domains)</h3>
        ${this.renderStrip()}
      </section>
      <div class="grid">
        <exo-chart title="Instructions per second" .times=${this.times} .series=${this.seriesOf(INSN_SERIES)}></exo-chart>
        <exo-chart title="Exits, hypercalls, events and notifications per second" .times=${this.times} .series=${this.seriesOf(EVENT_SERIES)}></exo-chart>
      </div>
    `;
  }

  /** The chart series for `which` from the history. */
  private seriesOf(which: Array<[string, (r: HostRates) => number]>): ChartSeries[] {
    return which.map(([label]) => ({ label, values: this.history.get(label) ?? [] }));
  }

  /** The owners shown in the legend: domains (listed or not), the hypervisor, free frames. */
  private legendEntries(): Array<{ owner: number; name: string; frames: number }> {
    const names = new Map(this.domains.map((d) => [d.id, d.name]));
    const ids = [...new Set([...this.domains.map((d) => d.id), ...this.owners.keys()])].filter((o) => o !== OWNER_FREE && o !== OWNER_HYPERVISOR).sort((a, b) => a - b);
    return [
      ...ids.map((id) => ({ owner: id, name: `${names.get(id) ?? 'domain'} (id ${id})`, frames: this.owners.get(id) ?? 0 })),
      { owner: OWNER_HYPERVISOR, name: 'hypervisor and back-ends', frames: this.owners.get(OWNER_HYPERVISOR) ?? 0 },
      { owner: OWNER_FREE, name: 'free', frames: this.owners.get(OWNER_FREE) ?? 0 },
    ];
  }

  private legendText(): string {
    return this.legendEntries().map((e) => `${e.name} ${e.frames} frames`).join('; ');
  }

  private renderLegend() {
    return html`<ul aria-label="Frame map legend">${this.legendEntries().map((e) => html`
      <li data-owner=${e.owner} data-rgb=${ownerColour(e.owner).join(',')}>
        <span class="swatch" style=${`background:${cssColour(ownerColour(e.owner))}`}></span>${e.name}: ${e.frames} frames (${(e.frames * 4 / 1024).toFixed(1)} MiB)
      </li>`)}</ul>`;
  }

  private renderCpu() {
    if (this.domains.length === 0) return html`<p>No domains.</p>`;
    return html`<div class="cpu">${this.domains.map((d) => {
      const share = this.rates?.cpu.get(d.id) ?? 0;
      const id = `cpu-${d.id}`;
      return html`
        <label for=${id}>${d.name} (id ${d.id}, ${d.state})</label>
        <meter id=${id} min="0" max="1" value=${share}></meter>
        <span data-cpu=${d.id}>${(share * 100).toFixed(0)}%</span>`;
    })}</div>`;
  }

  private renderStrip() {
    const r = this.rates;
    const item = (key: string, label: string, value: number | undefined) => html`
      <div><dt>${label}</dt><dd data-counter=${key}>${value === undefined ? '–' : formatRate(value)}</dd></div>`;
    const reasons = Object.entries(r?.exitsByReason ?? {}).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
    return html`
      <dl class="strip">
        ${item('insns', 'instructions/s', r?.insns)}${item('exits', 'exits/s', r?.exits)}${item('hypercalls', 'hypercalls/s', r?.hypercalls)}
        ${item('evtchn_sends', 'event-channel sends/s', r?.evtchn_sends)}${item('ring_notify_sent', 'ring notifications sent/s', r?.ring_notify_sent)}
        ${item('ring_notify_suppressed', 'ring notifications suppressed/s', r?.ring_notify_suppressed)}
      </dl>
      <p class="reasons" aria-label="Exits per second by reason">Exits by reason: ${reasons.length === 0 ? 'none' : reasons.map(([k, n]) => `${k} ${formatRate(n)}`).join(', ')}</p>
    `;
  }
}

customElements.define('exo-host-view', ExoHostView);
