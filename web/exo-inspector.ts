/**
 * <exo-inspector>: one domain as the hypervisor sees it (Hypervisor.inspect),
 * refreshed every POLL_MS while on the page: its rings with live
 * producer, consumer and event indices; its event channels with pending
 * and mask bits; its in-use grant entries; its page tables as its mode has
 * them (bounded runs, labelled with what they are); and its P2M. The
 * sections are tabs (WAI-ARIA tabs pattern: arrow keys, Home and End move
 * between them, Tab enters the panel).
 */
import type * as Comlink from 'comlink';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { DomainInspection, PageTableDump } from '../hypervisor/core/inspect.js';
import type { HypervisorApi } from '../hypervisor/worker/hypervisor-api.js';
import { cssColour, ownerColour } from './domain-colour.js';
import { PollController } from './poll-controller.js';

/** How often the domain is inspected (ms). */
const POLL_MS = 1000;
/** Ports shown in the bitmap rows. */
const BITMAP_PORTS = 64;

/** The tabs, in order. */
const TABS = [
  { id: 'rings', label: 'Rings' }, { id: 'channels', label: 'Event channels' }, { id: 'grants', label: 'Grants' },
  { id: 'page-tables', label: 'Page tables' }, { id: 'p2m', label: 'P2M' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** A number as 0x-prefixed hex. */
const hex = (n: number): string => `0x${(n >>> 0).toString(16)}`;

/** The inspector of one domain. */
export class ExoInspector extends LitElement {
  static override styles = css`
    :host { display: block; min-width: 0; }
    [role=tablist] { display: flex; flex-wrap: wrap; gap: 0.25rem; border-bottom: 1px solid #d0d7de; margin-bottom: 0.5rem; }
    [role=tab] { font: inherit; padding: 0.3rem 0.75rem; border: 1px solid #d0d7de; border-bottom: none; background: #f6f8fa; cursor: pointer; border-radius: 4px 4px 0 0; }
    [role=tab][aria-selected=true] { background: #fff; font-weight: 600; }
    [role=tab]:focus-visible, [role=tabpanel]:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
    .scroll { overflow-x: auto; max-height: 24rem; overflow-y: auto; }
    table { border-collapse: collapse; font: 0.8rem monospace; }
    th, td { border: 1px solid #d0d7de; padding: 0.15rem 0.4rem; text-align: right; white-space: nowrap; }
    th { background: #f6f8fa; position: sticky; top: 0; text-align: left; }
    caption { text-align: left; font: 0.85rem system-ui, sans-serif; color: #57606a; padding-bottom: 0.25rem; }
    td.text { text-align: left; }
    .bits { font: 0.8rem monospace; word-break: break-all; }
    .note { font-size: 0.85rem; color: #57606a; }
    .error { color: #cf222e; }
    .swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.4em; border: 1px solid #0003; }
  `;

  static override properties = {
    api: { attribute: false },
    domid: { type: Number },
    tab: { state: true },
    view: { state: true },
    error: { state: true },
  };

  /** The hypervisor (startHypervisor().api). */
  declare api: Comlink.Remote<HypervisorApi> | null;
  /** The domain shown. */
  declare domid: number | null;
  declare private tab: TabId;
  declare private view: DomainInspection | null;
  declare private error: string | null;

  private readonly poller = new PollController(this, POLL_MS, (current) => this.poll(current));

  constructor() {
    super();
    this.api = null;
    this.domid = null;
    this.tab = 'rings';
    this.view = null;
    this.error = null;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('domid')) this.view = null;
    if (changed.has('api') || changed.has('domid')) this.poller.restart();
  }

  /** Inspects the domain once; a domain that is gone is reported, not thrown. */
  private async poll(current: () => boolean): Promise<void> {
    const api = this.api, id = this.domid;
    if (!api || id === null) return;
    try {
      const view = await api.inspect(id);
      if (current()) { this.view = view; this.error = null; }
    } catch (e) {
      if (current()) this.error = `Domain ${id} cannot be inspected: ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  override render() {
    if (!this.api || this.domid === null) return html`<p>No domain selected.</p>`;
    const v = this.view;
    return html`
      <h3 id="inspector-heading"><span class="swatch" style=${`background:${cssColour(ownerColour(this.domid))}`}></span>${v ? `${v.name} (id ${v.id}, ${v.mode}, ${v.state})` : `Domain ${this.domid}`}</h3>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <div role="tablist" aria-labelledby="inspector-heading" @keydown=${this.onTabKey}>
        ${TABS.map((t) => html`
          <button role="tab" id=${`tab-${t.id}`} aria-controls=${`panel-${t.id}`} aria-selected=${t.id === this.tab ? 'true' : 'false'}
            tabindex=${t.id === this.tab ? 0 : -1} @click=${() => { this.tab = t.id; }}>${t.label}</button>`)}
      </div>
      ${TABS.map((t) => html`
        <div role="tabpanel" id=${`panel-${t.id}`} aria-labelledby=${`tab-${t.id}`} tabindex="0" ?hidden=${t.id !== this.tab}>
          ${v ? this.renderPanel(t.id, v) : html`<p>Waiting for the hypervisor…</p>`}
        </div>`)}
    `;
  }

  /** Arrow keys, Home and End move the selection and the focus between tabs. */
  private onTabKey(e: KeyboardEvent): void {
    const at = TABS.findIndex((t) => t.id === this.tab);
    const to = e.key === 'ArrowRight' ? (at + 1) % TABS.length : e.key === 'ArrowLeft' ? (at + TABS.length - 1) % TABS.length
      : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    this.tab = TABS[to]!.id;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus());
  }

  private renderPanel(tab: TabId, v: DomainInspection) {
    switch (tab) {
      case 'rings': return this.renderRings(v);
      case 'channels': return this.renderChannels(v);
      case 'grants': return this.renderGrants(v);
      case 'page-tables': return html`${v.page_tables.map((p) => this.renderPageTables(p))}`;
      case 'p2m': return this.renderP2m(v);
    }
  }

  /** A table with a caption, header cells and rows of cells (strings are left-aligned). */
  private table(caption: string, head: string[], rows: Array<Array<string | number>>, key = '') {
    return html`<div class="scroll"><table data-table=${key}>
      <caption>${caption}</caption>
      <thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
      <tbody>${rows.map((r) => html`<tr>${r.map((c) => html`<td class=${typeof c === 'string' ? 'text' : ''}>${c}</td>`)}</tr>`)}</tbody>
    </table></div>`;
  }

  private renderRings(v: DomainInspection) {
    if (v.rings.length === 0) return html`<p>No rings: a ${v.mode} domain's devices are emulated (each register access is an exit).</p>`;
    const n = (x: number | null): string | number => (x === null ? '–' : x);
    return this.table('Indices are free-running; slot rings count requests, byte rings (console, store) count bytes. req_cons is the back-end\'s own; the front-end keeps rsp_cons of slot rings to itself.',
      ['ring', 'kind', 'frame', 'req_prod', 'req_cons', 'req_event', 'rsp_prod', 'rsp_cons', 'rsp_event', 'size', 'state'],
      v.rings.map((r) => [r.name, r.kind, r.frame, r.req_prod, r.req_cons, n(r.req_event), r.rsp_prod, n(r.rsp_cons), n(r.rsp_event),
        r.kind === 'bytes' ? `${r.size}/${r.rsp_size}` : r.size, r.broken ? `broken: ${r.broken}` : 'ok']), 'rings');
  }

  private renderChannels(v: DomainInspection) {
    if (!v.events) return html`<p>No event channels: only PV domains (and unikernels) have them.</p>`;
    const bits = (f: (port: number) => boolean): string => Array.from({ length: BITMAP_PORTS }, (_, p) => (f(p) ? '1' : '0')).join('').replace(/(.{8})/g, '$1 ');
    const by = new Map(v.channels.map((c) => [c.port, c]));
    return html`
      <p class="note">upcall pending: ${v.events.upcall_pending ? 1 : 0}; pending selector: ${hex(v.events.pending_sel)}; ${v.channels_open} ports open.</p>
      <p class="bits" aria-label=${`Pending bits of ports 0 to ${BITMAP_PORTS - 1}`}>pending ${bits((p) => by.get(p)?.pending ?? false)}</p>
      <p class="bits" aria-label=${`Mask bits of ports 0 to ${BITMAP_PORTS - 1}`}>masked&nbsp; ${bits((p) => by.get(p)?.masked ?? false)}</p>
      ${this.table('Open ports (pending and mask as bits)', ['port', 'state', 'serves', 'remote domain', 'remote port', 'virq', 'pending', 'masked'],
        v.channels.map((c) => [c.port, c.state, c.label ?? '', c.remote_dom ?? '–', c.remote_port ?? '–', c.virq ?? '–', c.pending ? 1 : 0, c.masked ? 1 : 0]), 'channels')}`;
  }

  private renderGrants(v: DomainInspection) {
    if (!v.events) return html`<p>No grant table: only PV domains (and unikernels) have one.</p>`;
    const flags = (g: DomainInspection['grants'][number]): string => `${g.readonly ? 'ro' : 'rw'}${g.reading ? ' reading' : ''}${g.writing ? ' writing' : ''}`;
    return this.table(`${v.grants_in_use} entries in use${v.grants.length < v.grants_in_use ? `, the first ${v.grants.length} shown` : ''} (grantee 0: the back-ends)`,
      ['ref', 'flags', 'access', 'grantee', 'frame', 'ring page of'], v.grants.map((g) => [g.ref, hex(g.flags), flags(g), g.domid, g.frame, v.rings.find((r) => r.frame === g.frame)?.name ?? '']), 'grants');
  }

  private renderPageTables(p: PageTableDump) {
    const frameHead = p.space === 'machine' ? 'machine frame' : 'guest-physical address';
    const where = (f: number): string | number => (p.space === 'machine' ? f : hex(f * 4096));
    return html`<section aria-label=${p.label}>
      <h4>${p.label}</h4>
      <p class="note">${p.root === null ? `Paging is off (satp ${hex(p.satp)}).` : `satp ${hex(p.satp)}, root ${p.space === 'machine' ? `frame ${p.root}` : hex(p.root * 4096)}; ${p.mappings} pages mapped${p.truncated ? `, the first ${p.runs.length} runs shown` : ''}.`}</p>
      ${p.root === null ? nothing : this.table('Runs of consecutive pages on consecutive frames with the same flags (RWXUGAD)',
        ['virtual address', frameHead, 'pages', 'flags'], p.runs.map((r) => [hex(r.va), where(r.frame), r.pages, r.flags]), `pt-${p.space}`)}
    </section>`;
  }

  private renderP2m(v: DomainInspection) {
    return this.table(`${v.p2m.frames} guest frames${v.p2m.truncated ? `; the first ${v.p2m.runs.length} runs shown` : ''}`,
      ['guest frame', 'machine frame', 'frames'], v.p2m.runs.map((r) => [String(r.pfn), r.mfn, r.count]), 'p2m');
  }
}

customElements.define('exo-inspector', ExoInspector);
