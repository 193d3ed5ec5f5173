/// <reference types="vite/client" />
/**
 * <exo-terminal>: a guest's console as a real terminal (xterm.js) in the
 * element's shadow root. It shows the guest's transcript, then its output
 * as it arrives; keystrokes go to the guest's console input ring (the UART
 * or the PV console, whichever the guest has).
 */
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import xtermCss from '@xterm/xterm/css/xterm.css?inline';
import { LitElement, css, html } from 'lit';
import type { Guest } from './session.js';

/** xterm.js's stylesheet, adopted by every terminal's shadow root. */
let xtermSheet: CSSStyleSheet | null = null;
function xtermStyles(): CSSStyleSheet {
  if (!xtermSheet) {
    xtermSheet = new CSSStyleSheet();
    xtermSheet.replaceSync(xtermCss);
  }
  return xtermSheet;
}

/** A terminal attached to one guest's console. */
export class ExoTerminal extends LitElement {
  static override styles = css`
    :host { display: block; background: #0d1117; padding: 0.25rem; border-radius: 4px; }
    .term { height: 14rem; }
  `;

  static override properties = { guest: { attribute: false } };

  /** The guest whose console this is. */
  declare guest: Guest | null;
  private term: Terminal | null = null;
  private fit: FitAddon | null = null;
  private resize: ResizeObserver | null = null;
  private readonly encoder = new TextEncoder();
  private readonly onOutput = (e: Event): void => { this.term?.write((e as CustomEvent<string>).detail); };

  constructor() {
    super();
    this.guest = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.term) this.open(); // moved in the page: disconnecting disposed the terminal
  }

  override render() {
    return html`<div class="term"></div>`;
  }

  override firstUpdated(): void {
    this.open();
  }

  /** Opens xterm.js in the shadow root and attaches the guest. */
  private open(): void {
    const root = this.shadowRoot!;
    if (!root.adoptedStyleSheets.includes(xtermStyles())) root.adoptedStyleSheets = [...root.adoptedStyleSheets, xtermStyles()];
    const container = root.querySelector('.term') as HTMLElement;
    container.replaceChildren();
    const term = new Terminal({ convertEol: true, rows: 14, fontSize: 13, scrollback: 2000, cursorBlink: false, screenReaderMode: false });
    this.fit = new FitAddon();
    term.loadAddon(this.fit);
    term.open(container);
    term.textarea?.setAttribute('aria-label', `Console input of ${this.guest?.info.name ?? 'the guest'}`);
    term.onData((data) => this.guest?.write(this.encoder.encode(data)));
    this.term = term;
    this.resize = new ResizeObserver(() => { try { this.fit?.fit(); } catch { /* not laid out yet */ } });
    this.resize.observe(this);
    this.attach(null);
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('guest') && this.term) this.attach(changed.get('guest') as Guest | null | undefined ?? null);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.guest?.removeEventListener('output', this.onOutput);
    this.resize?.disconnect();
    this.resize = null;
    this.term?.dispose();
    this.term = null;
  }

  /** Moves focus to the terminal so typing reaches the guest. */
  override focus(): void {
    this.term?.focus();
  }

  /** Switches from `previous` to the current guest: its transcript, then its live output. */
  private attach(previous: Guest | null): void {
    previous?.removeEventListener('output', this.onOutput);
    this.term?.reset();
    if (!this.guest) return;
    this.term?.write(this.guest.transcript);
    this.guest.addEventListener('output', this.onOutput);
  }
}

customElements.define('exo-terminal', ExoTerminal);
