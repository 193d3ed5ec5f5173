/**
 * <exo-create-dialog>: the create-guest form in a modal dialog — image
 * from the library, guest kind, memory, disk, program and arguments. On
 * submit it loads the chosen images and fires `exo-create` with the plan
 * (the page creates and starts the guest).
 */
import { LitElement, css, html, nothing } from 'lit';
import { DEFAULT_RAM_BYTES, type GuestKind, type GuestPlan } from './guest-images.js';

/** An image the dialog can offer (an image-library entry has this shape). */
export interface ImageChoice { name: string; kind: string; size: number }

/** Value of the disk field meaning "a fresh disk holding every app". */
export const FRESH_DISK = '(fresh)';
/** Value of the disk field meaning "no disk". */
export const NO_DISK = '(none)';

/** The kinds offered, in order: the same kernel runs trap-and-emulate (full) and hardware-assisted (hw). */
const KINDS: { value: GuestKind; label: string; enabled: boolean }[] = [
  { value: 'full', label: 'full (trap-and-emulate)', enabled: true },
  { value: 'hw', label: 'full, hardware-assisted (H extension, nested paging)', enabled: true },
  { value: 'pv', label: 'paravirtual (pv-ops kernel)', enabled: true },
  { value: 'uni', label: 'unikernel', enabled: true },
  { value: 'native', label: 'native (kernel on SBI firmware)', enabled: true },
];

/** The create-guest dialog. */
export class ExoCreateDialog extends LitElement {
  static override styles = css`
    dialog { min-width: min(32rem, 90vw); }
    form { display: grid; grid-template-columns: max-content 1fr; gap: 0.5rem 1rem; align-items: center; }
    fieldset { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
    .actions { grid-column: 1 / -1; display: flex; justify-content: flex-end; gap: 0.5rem; }
    .error { grid-column: 1 / -1; color: #cf222e; }
  `;

  static override properties = {
    images: { attribute: false },
    load: { attribute: false },
    kind: { state: true },
    error: { state: true },
    busy: { state: true },
  };

  /** Images to choose from (kernels, unikernels, disks). */
  declare images: ImageChoice[];
  /** Loads an image's bytes by name. */
  declare load: ((name: string) => Promise<Uint8Array>) | null;
  declare private kind: GuestKind;
  declare private error: string | null;
  declare private busy: boolean;

  constructor() {
    super();
    this.images = [];
    this.load = null;
    this.kind = 'full';
    this.error = null;
    this.busy = false;
  }

  /** Opens the dialog. */
  show(): void {
    this.error = null;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector('dialog')?.showModal());
  }

  /** Closes it. */
  close(): void {
    this.shadowRoot?.querySelector('dialog')?.close();
  }

  /** Images that boot as the chosen kind, the kind's usual one first. */
  private bootImages(): ImageChoice[] {
    const wanted = this.kind === 'uni' ? 'unikernel' : 'kernel';
    const list = this.images.filter((i) => i.kind === wanted);
    const pvFirst = (i: ImageChoice): number => (/pv/.test(i.name) === (this.kind === 'pv') ? 0 : 1);
    return this.kind === 'uni' ? list : [...list].sort((a, b) => pvFirst(a) - pvFirst(b));
  }

  override render() {
    const boot = this.bootImages();
    const disks = this.images.filter((i) => i.kind === 'disk');
    return html`
      <dialog aria-labelledby="create-title" @close=${() => { this.error = null; }}>
        <h2 id="create-title">New guest</h2>
        <form id="create-form" method="dialog" @submit=${this.submit}>
          <fieldset>
            <legend>Guest kind</legend>
            ${KINDS.map((k) => html`<label><input type="radio" name="kind" value=${k.value} ?disabled=${!k.enabled}
              .checked=${k.value === this.kind} @change=${() => { this.kind = k.value as GuestKind; }} />${k.label}</label>`)}
          </fieldset>
          <label for="image">Image</label>
          <select id="image" name="image" required>
            ${boot.map((i) => html`<option value=${i.name}>${i.name}</option>`)}
          </select>
          ${boot.length === 0 ? html`<p class="error">No ${this.kind === 'uni' ? 'unikernel' : 'kernel'} image in the library${this.kind === 'uni' ? ': build one in the unikernel builder' : ''}.</p>` : nothing}
          <label for="memory">Memory (MiB)</label>
          <input id="memory" name="memory" type="number" min="4" max="128" step="1" value=${DEFAULT_RAM_BYTES >> 20} required />
          <label for="disk">Disk</label>
          <select id="disk" name="disk">
            <option value=${FRESH_DISK}>fresh disk with every app</option>
            <option value=${NO_DISK}>no disk</option>
            ${disks.map((d) => html`<option value=${d.name}>${d.name}</option>`)}
          </select>
          <label for="program">Program and arguments</label>
          <input id="program" name="program" value="hello from the page" required autocomplete="off" />
          ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
          <div class="actions">
            <button type="button" @click=${() => this.close()}>Cancel</button>
            <button id="create-submit" type="submit" ?disabled=${this.busy || boot.length === 0}>Create and start</button>
          </div>
        </form>
      </dialog>
    `;
  }

  /** Loads what the form names and fires `exo-create` with the plan. */
  private async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const program = String(form.get('program') ?? '').trim().split(/\s+/).filter((w) => w !== '');
    const image = String(form.get('image') ?? '');
    const diskName = String(form.get('disk') ?? NO_DISK);
    this.busy = true;
    this.error = null;
    try {
      if (!this.load) throw new Error('the image library is not ready');
      const plan: GuestPlan = {
        name: `${program[0] ?? image} (${this.kind === 'uni' ? 'unikernel' : this.kind})`, kind: this.kind, program,
        image: await this.load(image), ramBytes: Number(form.get('memory')) << 20,
        disk: diskName === FRESH_DISK ? 'fresh' : diskName === NO_DISK ? undefined : await this.load(diskName),
      };
      this.dispatchEvent(new CustomEvent('exo-create', { detail: plan, bubbles: true, composed: true }));
      this.close();
    } catch (err) {
      this.error = err instanceof Error ? err.message : String(err);
    } finally {
      this.busy = false;
    }
  }
}

customElements.define('exo-create-dialog', ExoCreateDialog);
