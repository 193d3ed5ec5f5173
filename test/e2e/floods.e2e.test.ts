/**
 * A guest flooding its console, in one Chromium tab with the production
 * build: a bare program writing to the UART without end, created through
 * the page's own session, beside the cat unikernel. While the flood runs
 * the dashboard must answer (its event loop unblocked, the hypervisor's
 * stats round trip short), the cat guest must echo what is typed into its
 * terminal, the tab's JavaScript heap must stay flat (the console ring and
 * the terminal's scrollback are bounded; what the page cannot show is
 * dropped and counted), and destroying the flooder must end it at once.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { dashboardForSuite, state, transcript, typeInto } from '../helpers/dashboard.js';
import { uartFlood } from '../hostile/cpu-guests.js';

const { linkApp } = await import(pathToFileURL(`${ROOT}dist/hypervisor/cli/build.js`).href) as typeof import('../../hypervisor/cli/build.js');

const HAVE_CHROMIUM = existsSync('/usr/bin/chromium');
const MiB = 1 << 20;
const KiB_128 = 128 << 10;

/** The page's session as the test drives it (exo-app's `session`). */
interface PageSession {
  create(spec: object): Promise<{ start(): Promise<void>; info: { id: number } }>;
  guests: Array<{ id: number; info: { name: string; state: string } }>;
  api: { stats(id: number): Promise<{ insns: number; console_bytes: number; console_dropped: number }> };
}

/** Creates and starts a guest from `spec` (its image as plain bytes) through the page's session; its id. */
function createGuest(page: Page, spec: { name: string; ramBytes: number; boot: Record<string, unknown>; image: number[]; field: string }): Promise<number> {
  return page.evaluate(async ({ name, ramBytes, boot, image, field }) => {
    const session = (document.querySelector('exo-app') as unknown as { session: PageSession }).session;
    const guest = await session.create({ name, ramBytes, boot: { ...boot, [field]: new Uint8Array(image) }, clock: 'realtime' });
    await guest.start();
    return guest.info.id;
  }, spec);
}

/** The flooder's console counters. */
function floodStats(page: Page, id: number): Promise<{ console_bytes: number; console_dropped: number }> {
  return page.evaluate(async (id) => {
    const s = await (document.querySelector('exo-app') as unknown as { session: PageSession }).session.api.stats(id);
    return { console_bytes: s.console_bytes, console_dropped: s.console_dropped };
  }, id);
}

/** The page's JavaScript heap in use after a full garbage collection (bytes), through the DevTools protocol. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await cdp.detach();
  }
}

/** The longest lateness of 40 zero-delay timers, the median of 20 stats round trips (ms), and the JS heap in use after a collection (bytes). */
async function health(page: Page, id: number): Promise<{ timerLagMs: number; statsMs: number; heap: number }> {
  const r = await page.evaluate(async (id) => {
    let timerLagMs = 0;
    for (let i = 0; i < 40; i++) {
      const t0 = performance.now();
      await new Promise((r) => setTimeout(r, 0));
      timerLagMs = Math.max(timerLagMs, performance.now() - t0);
    }
    const api = (document.querySelector('exo-app') as unknown as { session: PageSession }).session.api;
    const trips: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      await api.stats(id);
      trips.push(performance.now() - t0);
    }
    trips.sort((a, b) => a - b);
    return { timerLagMs, statsMs: trips[trips.length >> 1]! };
  }, id);
  return { ...r, heap: await heapAfterGc(page) };
}

describe.runIf(HAVE_CHROMIUM)('a guest flooding its console in the dashboard', () => {
  const pageOf = dashboardForSuite();

  it('leaves the page answering, a neighbour echoing and the heap flat, and dies at once when destroyed', async () => {
    const page = pageOf();
    const cat = await createGuest(page, { name: 'cat', ramBytes: 5 * MiB, boot: { kind: 'uni', cmdline: 'cat' }, image: [...linkApp('cat').built.image], field: 'image' });
    const flood = await createGuest(page, { name: 'flood', ramBytes: 4 * MiB, boot: { kind: 'bare' }, image: [...uartFlood()], field: 'program' });
    await expect.poll(async () => (await floodStats(page, flood)).console_bytes, { timeout: 10_000 }).toBeGreaterThan(KiB_128);
    const first = await health(page, cat), before = await floodStats(page, flood);

    await page.waitForTimeout(3000); // the flood goes on
    const second = await health(page, cat);
    const s = await floodStats(page, flood);
    console.log(`console flood in the dashboard: ${(s.console_bytes / 1024).toFixed(0)} KiB written, ${(s.console_dropped / 1024).toFixed(0)} KiB dropped; ` +
      `timer lag ${second.timerLagMs.toFixed(0)} ms; stats round trip ${second.statsMs.toFixed(1)} ms; heap ${(first.heap / MiB).toFixed(1)} -> ${(second.heap / MiB).toFixed(1)} MiB`);
    expect(s.console_bytes - before.console_bytes).toBeGreaterThan(KiB_128); // each byte an exit to the hypervisor: the flood's own pace
    expect(second.timerLagMs).toBeLessThan(250);
    expect(second.statsMs).toBeLessThan(100);
    expect(second.heap - first.heap).toBeLessThan(8 * MiB); // more output, no more memory (both after a collection)

    const cards = page.locator('exo-guest-card');
    const catCard = cards.filter({ has: page.locator('h3', { hasText: /^cat$/ }) });
    await typeInto(catCard, 'through the flood');
    await expect.poll(() => transcript(catCard), { timeout: 10_000 }).toContain('through the flood');

    const floodCard = cards.filter({ has: page.locator('h3', { hasText: /^flood$/ }) });
    await floodCard.getByRole('button', { name: /^Destroy / }).click();
    await expect.poll(() => page.evaluate(() => (document.querySelector('exo-app') as unknown as { session: PageSession }).session.guests.map((g) => g.info.name)), { timeout: 10_000 })
      .toEqual(['cat']);
    expect(await state(catCard)).toBe('running');
  }, 60_000);
});
