/// <reference types="vite/client" />
/**
 * <exo-chart>: streaming series as lines over time, drawn by uPlot (small,
 * fast, maintained, made for this). uPlot's stylesheet is adopted into the
 * element's shadow root, so its legend and cursor look right in there; the
 * plot follows the element's width. Series are replaced wholesale on each
 * update (a new array); a change of series labels rebuilds the plot.
 */
import { LitElement, css, html, unsafeCSS, type PropertyValues } from 'lit';
import uPlot from 'uplot';
import uplotCss from 'uplot/dist/uPlot.min.css?inline';
import { formatRate } from './counter-rates.js';

/** One named line. */
export interface ChartSeries {
  label: string;
  /** One value per entry of the chart's `times`. */
  values: number[];
}

/** Line colours, in series order (distinct under common colour-vision deficiencies). */
const STROKES = ['#0969da', '#bc4c00', '#1a7f37', '#8250df', '#cf222e', '#4d2d00', '#57606a', '#bf3989'];
/** Plot height in CSS pixels. */
const HEIGHT = 180;

/** A uPlot chart of streaming series. */
export class ExoChart extends LitElement {
  static override styles = [unsafeCSS(uplotCss), css`
    :host { display: block; min-width: 0; }
    .plot { width: 100%; min-height: ${HEIGHT}px; }
    .u-legend { font-size: 0.8rem; }
  `];

  static override properties = {
    series: { attribute: false },
    times: { attribute: false },
    title: { type: String },
  };

  /** The lines to draw. */
  declare series: ChartSeries[];
  /** When each value was taken (ms, any monotonic origin such as Date.now()). */
  declare times: number[];
  /** Heading of the chart (also its accessible name). */
  declare title: string;

  private plot: uPlot | null = null;
  private labels = '';
  private readonly resize = new ResizeObserver(() => this.plot?.setSize({ width: this.plotWidth(), height: HEIGHT }));

  constructor() {
    super();
    this.series = [];
    this.times = [];
    this.title = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
    this.plot?.destroy();
    this.plot = null;
    this.labels = '';
  }

  override render() {
    const last = this.series.map((s) => `${s.label} ${formatRate(s.values[s.values.length - 1] ?? 0)}`).join(', ');
    return html`<div class="plot" role="img" aria-label=${`${this.title}: ${last || 'no data yet'}`}></div>`;
  }

  override updated(_changed: PropertyValues): void {
    const host = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (!host) return;
    const labels = this.series.map((s) => s.label).join('\n') + `\n${this.title}`;
    if (!this.plot || labels !== this.labels) {
      this.plot?.destroy();
      this.plot = new uPlot(this.options(), this.data(), host);
      this.labels = labels;
    } else {
      this.plot.setData(this.data());
    }
  }

  /** The element's width for the plot (uPlot needs a number). */
  private plotWidth(): number {
    return Math.max(200, Math.floor(this.getBoundingClientRect().width));
  }

  /** uPlot's options for the current series. */
  private options(): uPlot.Options {
    return {
      title: this.title, width: this.plotWidth(), height: HEIGHT,
      scales: { x: { time: true } },
      series: [{}, ...this.series.map((s, i) => ({ label: s.label, stroke: STROKES[i % STROKES.length]!, width: 1.5, value: (_u: uPlot, v: number | null) => (v === null ? '–' : formatRate(v)) }))],
      axes: [{}, { size: 56, values: (_u, ticks) => ticks.map((t) => formatRate(t)) }],
    };
  }

  /** The series as uPlot's aligned columns (times in seconds). */
  private data(): uPlot.AlignedData {
    return [this.times.map((t) => t / 1000), ...this.series.map((s) => s.values)];
  }
}

customElements.define('exo-chart', ExoChart);
