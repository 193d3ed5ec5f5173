/**
 * <exo-library>: the image library — every image with its kind, size and
 * date; import from a file, export to a file (a download), delete after
 * confirming, and restore a snapshot into a new guest (`exo-restore`).
 * Entries whose manifest cannot be read are listed as damaged, with why.
 */
import { LitElement, css, html, nothing } from 'lit';
import { checkImage } from '../hypervisor/image/check-image.js';
import { guessKind } from '../hypervisor/image/guess-kind.js';
import type { ImageEntry, ImageKind, ImageLibrary, UnreadableEntry } from '../hypervisor/image/library.js';
import { IMAGE_KINDS } from '../hypervisor/image/manifest.js';
import { formatBytes } from '../hypervisor/image/store.js';
import { keepLibrary, libraryName, saveFailure } from './page-library.js';

/** The image library view. */
export class ExoLibrary extends LitElement {
  static override styles = css`
    :host { display: block; }
    table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
    th, td { padding: 0.2rem 0.5rem; border-bottom: 1px solid #8884; text-align: left; }
    td.num { text-align: right; font-family: monospace; }
    .tools { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin-bottom: 0.5rem; }
    .error { color: #cf222e; }
    .builtin { color: #888; font-size: 0.8rem; }
  `;

  static override properties = {
    library: { attribute: false },
    entries: { state: true },
    damaged: { state: true },
    confirming: { state: true },
    error: { state: true },
  };

  /** The library shown (null while it opens). */
  declare library: ImageLibrary | null;
  /** Its entries as last listed. */
  declare entries: ImageEntry[];
  /** Entries whose manifest cannot be read (damaged, or from a newer Exovisor), as last listed. */
  declare damaged: UnreadableEntry[];
  declare private confirming: string | null;
  declare private error: string | null;

  constructor() {
    super();
    this.library = null;
    this.entries = [];
    this.damaged = [];
    this.confirming = null;
    this.error = null;
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('library')) void this.refresh();
  }

  /** Lists the library again. */
  async refresh(): Promise<void> {
    if (!this.library) return;
    try {
      const { entries, damaged } = await this.library.catalog(); // one reading of the manifests
      [this.entries, this.damaged] = [entries, damaged]; // one render: the table never shows half a listing
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  override render() {
    if (!this.library) return html`<p>Opening the image library…</p>`;
    return html`
      <div class="tools">
        <label>Import from file <input id="library-import" type="file" @change=${this.importFile} /></label>
        <label>as <select id="library-import-kind"><option value="">kind from contents</option>
          ${IMAGE_KINDS.map((k) => html`<option value=${k}>${k}</option>`)}</select></label>
      </div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <table id="library-table" aria-label="Images">
        <thead><tr><th scope="col">name</th><th scope="col">kind</th><th scope="col">size</th><th scope="col">date</th><th scope="col">actions</th></tr></thead>
        <tbody>${this.entries.map((e) => this.renderRow(e))}${this.damaged.map((u) => this.renderDamaged(u))}</tbody>
      </table>
    `;
  }

  private renderRow(e: ImageEntry) {
    return html`<tr data-name=${e.name} data-kind=${e.kind}>
      <td>${e.name} ${e.builtin ? html`<span class="builtin">built-in</span>` : nothing}</td>
      <td>${e.kind}</td><td class="num">${formatBytes(e.size)}</td>
      <td><time datetime=${e.date}>${e.date.slice(0, 16).replace('T', ' ')}</time></td>
      <td>${this.confirming === e.name ? this.renderConfirm(e.name) : html`
        ${e.kind === 'snapshot' ? html`<button aria-label="Restore ${e.name}" @click=${() => this.restore(e.name)}>Restore</button>` : nothing}
        <button aria-label="Export ${e.name}" @click=${() => this.exportFile(e.name)}>Export</button>
        <button aria-label="Delete ${e.name}" @click=${() => { this.confirming = e.name; }}>Delete…</button>`}
      </td></tr>`;
  }

  /** A stored entry the library cannot read: shown with why, so it is not hidden while it holds storage, and deletable. */
  private renderDamaged(u: UnreadableEntry) {
    return html`<tr data-name=${u.name} data-kind="damaged">
      <td>${u.name}</td><td>damaged</td><td colspan="2" class="error">${u.error.message}</td>
      <td>${this.confirming === u.name ? this.renderConfirm(u.name)
        : html`<button aria-label="Delete ${u.name}" @click=${() => { this.confirming = u.name; }}>Delete…</button>`}</td></tr>`;
  }

  /** The buttons that confirm or cancel deleting `name`. */
  private renderConfirm(name: string) {
    return html`Delete ${name}? <button aria-label="Confirm deleting ${name}" @click=${() => this.deleteImage(name)}>Delete</button>
      <button aria-label="Keep ${name}" @click=${() => { this.confirming = null; }}>Keep</button>`;
  }

  /** Stores the chosen file under its name, of the kind chosen (or guessed from its contents). */
  private async importFile(ev: Event): Promise<void> {
    const input = ev.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || !this.library) return;
    const name = libraryName(file.name);
    this.error = null;
    void keepLibrary();
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const chosen = (this.shadowRoot?.querySelector('#library-import-kind') as HTMLSelectElement | null)?.value;
      const kind = (chosen || guessKind(bytes)) as ImageKind;
      await checkImage(kind, bytes);
      await this.library.put(name, kind, bytes, { imported: file.name });
      input.value = '';
      await this.refresh();
    } catch (e) {
      this.error = saveFailure(name, e);
    }
  }

  /** Downloads an image as a file. */
  private async exportFile(name: string): Promise<void> {
    try {
      const { bytes } = await this.library!.get(name);
      const url = URL.createObjectURL(new Blob([bytes.slice().buffer], { type: 'application/octet-stream' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  private async deleteImage(name: string): Promise<void> {
    this.confirming = null;
    try {
      await this.library!.remove(name);
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
    await this.refresh();
  }

  private restore(name: string): void {
    this.dispatchEvent(new CustomEvent<string>('exo-restore', { detail: name, bubbles: true, composed: true }));
  }
}

customElements.define('exo-library', ExoLibrary);
