/**
 * <exo-app>: the dashboard. One hypervisor worker per page (session.ts)
 * runs every guest; this element lays out the guest cards, the create
 * dialog, the unikernel builder, the comparison, and the image library,
 * and carries what they hand up — guests to create, images and snapshots
 * to save, snapshots to restore — to the session and the library.
 */
import { LitElement, css, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ImageLibrary } from '../hypervisor/image/library.js';
import type { SaveImageDetail } from './exo-builder.js';
import type { SnapshotDetail } from './exo-guest-card.js';
import type { ExoCreateDialog } from './exo-create-dialog.js';
import type { ExoHostView } from './exo-host-view.js';
import type { ExoLibrary } from './exo-library.js';
import { domainSpec, type GuestPlan } from './guest-images.js';
import { keepLibrary, libraryName, pageLibrary, saveFailure } from './page-library.js';
import { pageSession, type Session } from './session.js';
import './exo-builder.js';
import './exo-compare.js';
import './exo-create-dialog.js';
import './exo-guest-card.js';
import './exo-host-view.js';
import './exo-library.js';

/** True when the page may use SharedArrayBuffer (served with COOP and COEP). */
function isolated(): boolean {
  return globalThis.crossOriginIsolated === true && typeof SharedArrayBuffer === 'function';
}

/** The dashboard's sections: id and name, for the navigation links. */
const SECTIONS: ReadonlyArray<[string, string]> = [
  ['guests', 'Guests'], ['host', 'Host'], ['builder', 'Unikernel builder'], ['compare', 'Compare'], ['library', 'Image library'],
];

/** The dashboard shell. */
export class ExoApp extends LitElement {
  static override styles = css`
    :host { display: block; padding: 1rem 1.5rem; max-width: 110rem; margin: auto; }
    header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 1.5rem; }
    h1 { margin: 0.25rem 0; } h2 { font-size: 1.2rem; margin: 0 0 0.5rem; }
    nav a { margin-right: 0.75rem; }
    section { margin: 1rem 0; padding-top: 0.5rem; border-top: 1px solid #8884; }
    .toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(34rem, 100%), 1fr)); gap: 0.75rem; margin-top: 0.5rem; }
    .ok { color: #1a7f37; } .bad { color: #cf222e; }
  `;

  static override properties = {
    session: { state: true },
    library: { state: true },
    notice: { state: true },
    failure: { state: true },
  };

  /** The page's hypervisor session (null until started). */
  declare session: Session | null;
  /** The page's image library (null until opened). */
  declare library: ImageLibrary | null;
  declare private notice: string;
  declare private failure: string | null;
  private readonly onSessionChange = (): void => this.requestUpdate();

  constructor() {
    super();
    this.session = null;
    this.library = null;
    this.notice = '';
    this.failure = null;
    this.addEventListener('exo-create', (e) => void this.launch((e as CustomEvent<GuestPlan>).detail));
    this.addEventListener('exo-save-image', (e) => void this.saveImage((e as CustomEvent<SaveImageDetail>).detail));
    this.addEventListener('exo-snapshot', (e) => void this.saveSnapshot((e as CustomEvent<SnapshotDetail>).detail));
    this.addEventListener('exo-restore', (e) => void this.restore((e as CustomEvent<string>).detail));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isolated()) return;
    pageSession().then((s) => {
      this.session = s;
      s.addEventListener('change', this.onSessionChange);
    }, (e: unknown) => this.fail('The hypervisor did not start', e));
    pageLibrary().then((l) => { this.library = l; }, (e: unknown) => this.fail('The image library did not open', e));
  }

  override render() {
    const ok = isolated();
    return html`
      <header>
        <h1>Exovisor</h1>
        <p id="isolation" class=${ok ? 'ok' : 'bad'}>${ok
          ? 'Cross-origin isolated: SharedArrayBuffer is available.'
          : 'Not cross-origin isolated: SharedArrayBuffer is unavailable; serve with COOP/COEP headers (npm start does).'}</p>
        <nav aria-label="Sections">${SECTIONS.map(([id, label]) => html`<a href="#${id}" @click=${(e: Event) => this.jump(e, id)}>${label}</a>`)}</nav>
      </header>
      <p id="notice" role="status">${this.notice}</p>
      ${this.failure ? html`<p id="failure" class="bad" role="alert">${this.failure}</p>` : nothing}
      ${this.renderGuests()}
      <section id="host" aria-labelledby="host-heading">
        <h2 id="host-heading">Host</h2>
        <exo-host-view></exo-host-view>
      </section>
      <section id="builder" aria-labelledby="builder-heading">
        <h2 id="builder-heading">Unikernel builder</h2>
        <exo-builder></exo-builder>
      </section>
      <section id="compare" aria-labelledby="compare-heading">
        <h2 id="compare-heading">Compare full, paravirtual and unikernel</h2>
        <exo-compare .session=${this.session}></exo-compare>
      </section>
      <section id="library" aria-labelledby="library-heading">
        <h2 id="library-heading">Image library</h2>
        <exo-library .library=${this.library}></exo-library>
      </section>
      <exo-create-dialog .images=${this.libraryImages()} .load=${this.library ? (n: string) => this.loadImage(n) : null}></exo-create-dialog>
    `;
  }

  override updated(): void {
    // A comlink proxy answers every property, which Lit's dev-mode check of bound values trips over: set it directly.
    const view = this.shadowRoot?.querySelector('exo-host-view') as ExoHostView | null;
    if (view && this.session && view.api !== this.session.api) view.api = this.session.api;
  }

  private renderGuests() {
    const guests = this.session?.guests ?? [];
    return html`<section id="guests" aria-labelledby="guests-heading">
      <div class="toolbar">
        <h2 id="guests-heading">Guests</h2>
        <button id="new-guest" ?disabled=${!this.session || !this.library} @click=${this.openCreate}>New guest…</button>
      </div>
      ${guests.length === 0 ? html`<p>No guests yet: create one, boot a unikernel from the builder, or restore a snapshot from the library.</p>` : nothing}
      <div class="cards">${repeat(guests, (g) => g.id, (g) => html`<exo-guest-card .guest=${g} .session=${this.session}></exo-guest-card>`)}</div>
    </section>`;
  }

  /** The library's images the create dialog offers (firmware is chosen for the native kind by itself). */
  private libraryImages() {
    return (this.libraryView()?.entries ?? []).filter((e) => e.meta.role !== 'firmware');
  }

  private libraryView(): ExoLibrary | null {
    return this.shadowRoot?.querySelector('exo-library') ?? null;
  }

  private async loadImage(name: string): Promise<Uint8Array> {
    return (await this.library!.get(name)).bytes;
  }

  private async openCreate(): Promise<void> {
    await this.libraryView()?.refresh();
    this.requestUpdate();
    (this.shadowRoot?.querySelector('exo-create-dialog') as ExoCreateDialog | null)?.show();
  }

  /** Creates and starts the guest `plan` describes. */
  private async launch(plan: GuestPlan): Promise<void> {
    await this.attempt(`Could not start ${plan.name}`, async () => {
      const firmware = plan.kind === 'native' ? await this.loadImage('sbi').catch(() => undefined) : undefined;
      const guest = await this.session!.create(await domainSpec({ ...plan, firmware }));
      await guest.start();
      this.notice = `Started ${plan.name}.`;
    });
  }

  /** Saves an image (a built unikernel) to the library. */
  private async saveImage(d: SaveImageDetail): Promise<void> {
    const name = libraryName(d.name);
    await this.store(name, async () => {
      await this.library!.put(name, d.kind, d.bytes, d.meta);
      this.notice = `Saved ${name} to the library.`;
    });
  }

  /** Saves a guest's snapshot to the library. */
  private async saveSnapshot(d: SnapshotDetail): Promise<void> {
    const name = libraryName(`snapshot-${d.guest.info.name}-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}`);
    await this.store(name, async () => {
      await this.library!.put(name, 'snapshot', d.bytes, { guest: d.guest.info.name, kind: d.guest.info.kind, ram_bytes: d.guest.info.ramBytes });
      this.notice = `Saved snapshot ${name} to the library.`;
    });
  }

  /** Restores a snapshot from the library into a new guest (started at once: it continues where it was taken). */
  private async restore(name: string): Promise<void> {
    await this.attempt(`Could not restore ${name}`, async () => {
      const guest = await this.session!.restore(await this.loadImage(name));
      await guest.start();
      this.notice = `Restored ${name} as guest ${guest.id}.`;
    });
  }

  /** Runs a library write, showing the space left when the storage is full. */
  private async store(name: string, run: () => Promise<void>): Promise<void> {
    this.failure = null;
    void keepLibrary();
    try {
      await run();
      await this.libraryView()?.refresh();
    } catch (e) {
      this.failure = saveFailure(name, e);
    }
  }

  /** Runs an action, showing its error on the page. */
  private async attempt(what: string, run: () => Promise<void>): Promise<void> {
    this.failure = null;
    try {
      await run();
    } catch (e) {
      this.fail(what, e);
    }
  }

  /** Follows a navigation link inside the shadow root (the document cannot see ids in there). */
  private jump(e: Event, id: string): void {
    e.preventDefault();
    const section = this.shadowRoot?.getElementById(id);
    section?.scrollIntoView();
    const heading = section?.querySelector('h2');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }

  private fail(what: string, e: unknown): void {
    this.failure = `${what}: ${e instanceof Error ? e.message : String(e)}`;
  }
}

customElements.define('exo-app', ExoApp);
