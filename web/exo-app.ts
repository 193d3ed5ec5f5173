/**
 * <exo-app>: the dashboard's root element. For now it reports whether the
 * page is cross-origin isolated (SharedArrayBuffer available), which every
 * later part of the dashboard depends on.
 */
import { LitElement, css, html } from 'lit';

/** The dashboard shell. */
export class ExoApp extends LitElement {
  static override styles = css`
    :host { display: block; padding: 2rem; max-width: 60rem; margin: auto; }
    .ok { color: #1a7f37; }
    .bad { color: #cf222e; }
  `;

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
    `;
  }
}

customElements.define('exo-app', ExoApp);
