/**
 * The comparison drawn: horizontal SVG bars, one per mode, on a linear
 * scale shared by the bars of a chart (so lengths compare), each bar
 * stacked from segments — exits by reason, or a single value for wall
 * time and instructions — with its total written after it. A reason has
 * one colour in the bars and the legend alike. Plain Lit templates; the tables
 * beside the charts carry the exact numbers and are their text alternative.
 */
import { html, svg, nothing, type TemplateResult } from 'lit';

/** One stacked piece of a bar. */
export interface Segment { name: string; value: number }

/** One bar: a mode and its segments, drawn in this order. */
export interface Bar { kind: string; label: string; segments: readonly Segment[] }

/**
 * A chart: its element id, title, the unit its totals are written in, its
 * bars, the id of the table that gives its numbers, and the colour of each
 * segment name (reasonColours); without colours every bar is one value.
 */
export interface BarChart {
  id: string; title: string; unit: string; bars: readonly Bar[]; describedBy: string;
  colours?: ReadonlyMap<string, string>; digits?: number;
}

/** Exit reasons' colours (both CPU-virtualization styles' reasons, and the bare board's), fixed so a reason keeps its colour. */
const REASON_COLOURS: Readonly<Record<string, string>> = {
  csr: '#4e79a7', sret: '#a0cbe8', sfence_vma: '#f28e2b', wfi: '#ffbe7d', sbi: '#59a14f', shadow_fill: '#8cd17d',
  wp_fault: '#b6992d', guest_page_fault: '#f1ce63', reflected: '#499894', mmio: '#86bcb6', interrupt: '#e15759',
  hypercall: '#ff9d9a', trap_bounce: '#79706e', upcall: '#bab0ac', block: '#d37295', mmio_local: '#fabfd2',
};
/** Colours for reasons not in the table above, in the order a chart meets them. */
const SPARE_COLOURS = ['#b07aa1', '#d4a6c8', '#9d7660', '#d7b5a6', '#17becf', '#bcbd22'];
/** The colour of a single-valued bar (wall time, instructions). */
const VALUE_COLOUR = '#8b949e';

/** Geometry in viewBox units: label column, bar area, room for the total, bar height and gap. */
const LABEL_W = 96, BAR_W = 520, TOTAL_W = 104, BAR_H = 22, GAP = 8, TOP = 4;
/** The chart's width in viewBox units (it scales to its container's width). */
export const CHART_W = LABEL_W + BAR_W + TOTAL_W;

/**
 * The colour of each reason in `bars`: a known reason its own, so it keeps
 * it from run to run; any other the next spare colour, so reasons in one
 * chart differ (while the spares last).
 */
export function reasonColours(bars: readonly Bar[]): Map<string, string> {
  let spare = 0;
  return new Map(reasonsIn(bars).map((r) => [r, REASON_COLOURS[r] ?? SPARE_COLOURS[spare++ % SPARE_COLOURS.length]!]));
}

/** Sum of a bar's segments. */
export function barTotal(bar: Bar): number {
  return bar.segments.reduce((t, s) => t + s.value, 0);
}

/** The reasons with a count in any bar, in the order they are first met (the legend's order). */
export function reasonsIn(bars: readonly Bar[]): string[] {
  const seen = new Set<string>();
  for (const b of bars) for (const s of b.segments) if (s.value > 0) seen.add(s.name);
  return [...seen];
}

/** A number as the totals and tables write it. */
export function formatNumber(v: number, digits = 0): string {
  return v.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** One bar's segments, laid end to end from the label column; `scale` is viewBox units per unit of value. */
function barSegments(bar: Bar, y: number, scale: number, colours: ReadonlyMap<string, string> | undefined): TemplateResult[] {
  let x = LABEL_W;
  return bar.segments.filter((s) => s.value > 0).map((s) => {
    const w = s.value * scale;
    const seg = svg`<rect class="segment" data-reason=${s.name} data-value=${s.value} x=${x} y=${y} width=${w} height=${BAR_H}
      fill=${colours?.get(s.name) ?? VALUE_COLOUR}><title>${bar.label}: ${s.name} ${formatNumber(s.value)}</title></rect>`;
    x += w;
    return seg;
  });
}

/** The chart as an SVG figure with its title; bars scale to the largest total. */
export function renderBarChart(chart: BarChart): TemplateResult {
  const max = Math.max(0, ...chart.bars.map(barTotal));
  const scale = max > 0 ? BAR_W / max : 0;
  const height = TOP * 2 + chart.bars.length * (BAR_H + GAP) - GAP;
  const titleId = `${chart.id}-title`;
  return html`<figure class="chart">
    <figcaption id=${titleId}>${chart.title}</figcaption>
    <svg id=${chart.id} viewBox="0 0 ${CHART_W} ${height}" role="img" aria-labelledby=${titleId} aria-describedby=${chart.describedBy}>
      ${chart.bars.map((bar, i) => {
        const y = TOP + i * (BAR_H + GAP), total = barTotal(bar);
        return svg`<g class="bar" data-kind=${bar.kind} data-total=${total}>
          <text class="mode" x=${LABEL_W - 8} y=${y + BAR_H / 2} text-anchor="end" dominant-baseline="central">${bar.label}</text>
          ${barSegments(bar, y, scale, chart.colours)}
          <text class="total" x=${LABEL_W + total * scale + 6} y=${y + BAR_H / 2} dominant-baseline="central">${formatNumber(total, chart.digits)} ${chart.unit}</text>
        </g>`;
      })}
    </svg>
  </figure>`;
}

/** The legend of `colours` (reasonColours): a swatch and the reason's name each. */
export function renderLegend(id: string, colours: ReadonlyMap<string, string>): TemplateResult | typeof nothing {
  if (colours.size === 0) return nothing;
  return html`<ul id=${id} class="legend" aria-label="Exit reasons">
    ${[...colours].map(([r, c]) => html`<li data-reason=${r}><span class="swatch" style="background:${c}"></span>${r}</li>`)}
  </ul>`;
}
