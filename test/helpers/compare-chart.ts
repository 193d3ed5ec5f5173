/**
 * Reading the compare view's charts back from the page and checking them
 * against its tables: one bar per mode in each chart, exits stacked by
 * reason with each segment as long (on screen) as its count says, the
 * totals equal to the table's, one colour per reason shared with the
 * legend, and the charts titled, described by their tables, and within the
 * page's width.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** One drawn segment: its reason, the value it says it stands for, its width on screen (px) and its fill colour. */
interface DrawnSegment { reason: string; value: number; width: number; fill: string }
/** One drawn bar. */
interface DrawnBar { kind: string; total: number; segments: DrawnSegment[] }

/** The bars of chart `id` as drawn. */
function drawnBars(page: Page, id: string): Promise<DrawnBar[]> {
  return page.locator(`#${id} g.bar`).evaluateAll((gs) => gs.map((g) => ({
    kind: g.getAttribute('data-kind') ?? '',
    total: Number(g.getAttribute('data-total')),
    segments: [...g.querySelectorAll('rect.segment')].map((r) => ({
      reason: r.getAttribute('data-reason') ?? '', value: Number(r.getAttribute('data-value')),
      width: r.getBoundingClientRect().width, fill: getComputedStyle(r).fill,
    })),
  })));
}

/** The exits-by-reason table: counts[reason][kind]. */
async function reasonTable(page: Page): Promise<Record<string, Record<string, number>>> {
  const kinds = await page.locator('#compare-reasons thead th[data-kind]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-kind') ?? ''));
  const rows = await page.locator('#compare-reasons tbody tr').evaluateAll((trs) => trs.map((tr) => [
    tr.getAttribute('data-reason') ?? '', ...[...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
  ]));
  return Object.fromEntries(rows.map(([reason, ...cells]) => [reason, Object.fromEntries(kinds.map((k, i) => [k, Number(cells[i]!.replace(/,/g, ''))]))]));
}

/** Checks that every segment of `bars` is `pxPerUnit` px long per unit of its value (half a pixel of rounding). */
function expectProportional(bars: DrawnBar[], pxPerUnit: number): void {
  for (const b of bars) for (const s of b.segments) expect(Math.abs(s.width - s.value * pxPerUnit), `${b.kind} ${s.reason}`).toBeLessThan(0.5);
}

/** Pixels per unit of a chart: its longest bar's on-screen length over that bar's total. */
function scaleOf(bars: DrawnBar[]): { px: number; longest: number } {
  const top = bars.reduce((a, b) => (b.total > a.total ? b : a));
  const longest = top.segments.reduce((t, s) => t + s.width, 0);
  return { px: longest / top.total, longest };
}

/** Checks the charts against the comparison table (`table`: its rows' cell texts, kinds full, hw, pv, unikernel). */
export async function checkCompareCharts(page: Page, table: string[][]): Promise<void> {
  const num = (cell: string | undefined): number => Number((cell ?? '').replace(/,/g, ''));
  const kinds = ['full', 'hw', 'pv', 'uni'];
  const exits = await drawnBars(page, 'compare-exits');
  expect(exits.map((b) => b.kind)).toEqual(kinds);
  expect(exits.map((b) => b.total)).toEqual(table.map((r) => num(r[4])));
  expect(exits[0]!.total).toBeGreaterThan(exits[kinds.indexOf('uni')]!.total);
  const counts = await reasonTable(page);
  for (const b of exits) {
    expect(Object.fromEntries(b.segments.map((s) => [s.reason, s.value])), b.kind)
      .toEqual(Object.fromEntries(Object.entries(counts).filter(([, c]) => c[b.kind]! > 0).map(([reason, c]) => [reason, c[b.kind]])));
  }
  const scale = scaleOf(exits);
  expectProportional(exits, scale.px);

  const legend = await page.locator('#compare-legend li').evaluateAll((lis) => lis.map((li) => [
    li.getAttribute('data-reason') ?? '', getComputedStyle(li.querySelector('.swatch')!).backgroundColor,
  ]));
  expect(legend.map(([r]) => r).sort()).toEqual(Object.keys(counts).sort());
  const colours = new Map(legend as [string, string][]);
  for (const s of exits.flatMap((b) => b.segments)) expect(s.fill, s.reason).toBe(colours.get(s.reason));
  expect(new Set(colours.values()).size).toBe(colours.size);

  await checkValueChart(page, 'compare-wall', table.map((r) => num(r[2])), 0.5, scale.longest);
  await checkValueChart(page, 'compare-insns', table.map((r) => num(r[3])), 0, scale.longest);
  // Each chart is an image with a title, described by the table that holds its numbers.
  for (const [id, table] of [['compare-exits', 'compare-reasons'], ['compare-wall', 'compare-table'], ['compare-insns', 'compare-table']] as const) {
    const chart = page.locator(`#${id}`);
    expect([await chart.getAttribute('role'), await chart.getAttribute('aria-labelledby'), await chart.getAttribute('aria-describedby')])
      .toEqual(['img', `${id}-title`, table]);
    expect(await page.locator(`#${id}-title`).innerText()).not.toBe('');
    expect(await page.locator(`#${table}`).count()).toBe(1);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
}

/** A single-valued chart: one bar per mode, values as the table's (within `slack`), lengths proportional, longest as long as the exits chart's. */
async function checkValueChart(page: Page, id: string, values: number[], slack: number, longest: number): Promise<void> {
  const bars = await drawnBars(page, id);
  expect(bars.map((b) => b.kind)).toEqual(['full', 'hw', 'pv', 'uni']);
  bars.forEach((b, i) => {
    expect(b.segments).toHaveLength(1);
    expect(Math.abs(b.total - values[i]!), `${id} ${b.kind}`).toBeLessThanOrEqual(slack);
  });
  const scale = scaleOf(bars);
  expectProportional(bars, scale.px);
  expect(Math.abs(scale.longest - longest), id).toBeLessThan(0.5);
}
