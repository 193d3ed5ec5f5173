/**
 * <exo-builder>: the unikernel builder. Pick an app and library-OS
 * modules; the modules they require are resolved from the modules' own
 * records and shown; Link runs the TypeScript linker here in the page and
 * shows the image's size by module. The image can then be saved to the
 * library (`exo-save-image`) or booted (`exo-create`).
 */
import { LitElement, css, html, nothing } from 'lit';
import { formatBytes } from '../hypervisor/image/store.js';
import { resolveModules, type ModuleRecord } from '../hypervisor/image/uni.js';
import type { UnikernelImage } from '../hypervisor/image/unikernel.js';
import { linkUnikernel, moduleObjects, unikernelApps, type GuestPlan, type ModuleObject } from './guest-images.js';

/** Detail of `exo-save-image`: an image for the library. */
export interface SaveImageDetail { name: string; kind: 'unikernel' | 'disk' | 'kernel' | 'object' | 'snapshot'; bytes: Uint8Array; meta: Record<string, string | number | boolean> }

/** The unikernel builder. */
export class ExoBuilder extends LitElement {
  static override styles = css`
    :host { display: block; }
    .cols { display: grid; grid-template-columns: minmax(12rem, 1fr) 2fr; gap: 1rem; }
    fieldset { display: grid; gap: 0.15rem; }
    label small { color: #888; }
    table { border-collapse: collapse; font-size: 0.85rem; }
    th, td { padding: 0.1rem 0.5rem; text-align: right; } th:first-child, td:first-child { text-align: left; }
    .error { color: #cf222e; }
    .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0.5rem 0; }
  `;

  static override properties = {
    modules: { state: true },
    app: { state: true },
    chosen: { state: true },
    built: { state: true },
    error: { state: true },
  };

  declare private modules: ModuleObject[] | null;
  declare private app: string;
  declare private chosen: ReadonlySet<string>;
  declare private built: UnikernelImage | null;
  declare private error: string | null;

  constructor() {
    super();
    this.modules = null;
    this.app = unikernelApps()[0]?.name ?? 'hello';
    this.chosen = new Set(unikernelApps()[0]?.uni ?? []);
    this.built = null;
    this.error = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.modules) moduleObjects().then((m) => { this.modules = m; }, (e: unknown) => { this.error = String(e instanceof Error ? e.message : e); });
  }

  /** The modules the chosen ones resolve to (null with the reason in `error` when they do not resolve). */
  private resolved(): string[] | null {
    if (!this.modules) return null;
    try {
      return resolveModules([...this.chosen], new Map(this.modules.map((m) => [m.record.name, m.record])));
    } catch {
      return null;
    }
  }

  override render() {
    const apps = unikernelApps();
    return html`
      <div class="cols">
        <fieldset>
          <legend>App</legend>
          ${apps.map((a) => html`<label><input type="radio" name="uni-app" value=${a.name} .checked=${a.name === this.app}
            @change=${() => this.pickApp(a.name, a.uni)} /> ${a.name} <small>${a.description}</small></label>`)}
        </fieldset>
        <div>${this.modules ? this.renderModules(this.modules) : html`<p>Loading the library-OS modules…</p>`}</div>
      </div>
      <div class="actions">
        <label>Arguments <input id="uni-args" autocomplete="off" placeholder="from the page" /></label>
        <button id="uni-link" ?disabled=${!this.resolved()} @click=${this.link}>Link</button>
        <button id="uni-save" ?disabled=${!this.built} @click=${this.save}>Save to library</button>
        <button id="uni-boot" ?disabled=${!this.built} @click=${this.boot}>Boot</button>
      </div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.built ? this.renderSizes(this.built) : nothing}
    `;
  }

  /** Module checkboxes: chosen ones ticked, the ones they pull in marked as required. */
  private renderModules(modules: ModuleObject[]) {
    const resolved = new Set(this.resolved() ?? []);
    const row = (r: ModuleRecord) => {
      const required = resolved.has(r.name) && !this.chosen.has(r.name);
      return html`<label title=${r.doc}><input type="checkbox" .checked=${this.chosen.has(r.name) || required} ?disabled=${required}
        @change=${(e: Event) => this.toggle(r.name, (e.target as HTMLInputElement).checked)} />
        ${r.name} ${required ? html`<small>(required)</small>` : nothing}
        ${r.hypercalls.length ? html`<small>hypercalls: ${r.hypercalls.join(', ')}</small>` : nothing}</label>`;
    };
    return html`<fieldset id="uni-modules"><legend>Library-OS modules (${resolved.size} linked)</legend>
      ${modules.map((m) => row(m.record))}</fieldset>
      <p id="uni-resolved">Link order: ${[...resolved].join(', ')}</p>`;
  }

  /** The image's size by part. */
  private renderSizes(built: UnikernelImage) {
    return html`<table id="uni-sizes" aria-label="Image size by module">
      <thead><tr><th>part</th><th>text</th><th>rodata</th><th>data</th><th>bss</th><th>total</th></tr></thead>
      <tbody>${built.sizes.map((s) => html`<tr><td>${s.part}</td><td>${s.text}</td><td>${s.rodata}</td><td>${s.data}</td><td>${s.bss}</td><td>${s.total}</td></tr>`)}</tbody>
      <tfoot><tr><td>image file</td><td colspan="5" id="uni-image-bytes">${built.image.length} bytes (${formatBytes(built.image.length)})</td></tr></tfoot>
    </table>`;
  }

  private pickApp(name: string, uni: readonly string[]): void {
    this.app = name;
    this.chosen = new Set(uni);
    this.built = null;
  }

  private toggle(name: string, on: boolean): void {
    const next = new Set(this.chosen);
    if (on) next.add(name); else next.delete(name);
    this.chosen = next;
    this.built = null;
  }

  /** Links the app with the chosen modules. */
  private async link(): Promise<void> {
    this.error = null;
    this.built = null;
    try {
      this.built = await linkUnikernel(this.app, [...this.chosen], this.modules!);
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  /** Hands the image to the library. */
  private save(): void {
    const built = this.built!;
    const detail: SaveImageDetail = {
      name: `${this.app}.uni`, kind: 'unikernel', bytes: built.image,
      meta: { app: this.app, modules: built.modules.join(','), uses_disk: built.modules.includes('blk') },
    };
    this.dispatchEvent(new CustomEvent('exo-save-image', { detail, bubbles: true, composed: true }));
  }

  /** Boots the image as a new guest (with a fresh disk when it links the block device). */
  private boot(): void {
    const built = this.built!;
    const args = (this.shadowRoot?.querySelector('#uni-args') as HTMLInputElement | null)?.value.trim().split(/\s+/).filter((w) => w) ?? [];
    const plan: GuestPlan = {
      name: `${this.app} (unikernel)`, kind: 'uni', image: built.image, program: [this.app, ...args],
      ramBytes: 32 << 20, disk: built.modules.includes('blk') ? 'fresh' : undefined,
    };
    this.dispatchEvent(new CustomEvent('exo-create', { detail: plan, bubbles: true, composed: true }));
  }
}

customElements.define('exo-builder', ExoBuilder);
