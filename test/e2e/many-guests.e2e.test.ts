/**
 * A hundred idle unikernels in one browser tab: the production build in
 * headless Chromium creates them through the page's own session (the path
 * the create dialog takes), each the cat unikernel blocked on console
 * input, each with its card and terminal; then the dashboard must still
 * answer — its event loop unblocked, the hypervisor's stats round trip
 * short, keystrokes typed into one guest's terminal echoed back — and the
 * idle guests must stay alive, blocked rather than spinning.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { dashboardForSuite, state, transcript, typeInto } from '../helpers/dashboard.js';

const { linkApp } = await import(pathToFileURL(`${ROOT}dist/hypervisor/cli/build.js`).href) as typeof import('../../hypervisor/cli/build.js');

const HAVE_CHROMIUM = existsSync('/usr/bin/chromium');
/** Idle guests held at once, and the RAM each gets (the unikernel layout needs a little over 4 MiB). */
const COUNT = 100;
const RAM_BYTES = 5 << 20;

/** The page's session as the test drives it (exo-app's `session`). */
interface PageSession {
  create(spec: object): Promise<{ start(): Promise<void>; info: { state: string }; stats: { insns: number } | null }>;
  guests: Array<{ id: number; info: { state: string; reason?: string } }>;
  api: { stats(id: number): Promise<{ insns: number }> };
}

/** Creates `count` cat unikernels from `bytes` through the page's session and starts each; ms for all. */
function createIdle(page: Page, bytes: number[], count: number): Promise<number> {
  return page.evaluate(async ({ bytes, count, ram }) => {
    const session = (document.querySelector('exo-app') as unknown as { session: PageSession }).session;
    const image = new Uint8Array(bytes);
    const t0 = performance.now();
    for (let i = 0; i < count; i++) {
      const guest = await session.create({ name: `idle-${i}`, ramBytes: ram, boot: { kind: 'uni', image, cmdline: 'cat' }, clock: 'realtime' });
      await guest.start();
    }
    return performance.now() - t0;
  }, { bytes, count, ram: RAM_BYTES });
}

/** The page's responsiveness: the longest of 40 zero-delay timers' lateness, and the median stats round trip to the hypervisor (ms). */
function responsiveness(page: Page): Promise<{ timerLagMs: number; statsMs: number }> {
  return page.evaluate(async () => {
    let timerLagMs = 0;
    for (let i = 0; i < 40; i++) {
      const t0 = performance.now();
      await new Promise((r) => setTimeout(r, 0));
      timerLagMs = Math.max(timerLagMs, performance.now() - t0);
    }
    const session = (document.querySelector('exo-app') as unknown as { session: PageSession }).session;
    const trips: number[] = [];
    for (const g of session.guests.slice(0, 40)) {
      const t0 = performance.now();
      await session.api.stats(g.id);
      trips.push(performance.now() - t0);
    }
    trips.sort((a, b) => a - b);
    return { timerLagMs, statsMs: trips[trips.length >> 1]! };
  });
}

/** Every guest's state and instructions retired so far. */
function guestStates(page: Page): Promise<Array<{ state: string; insns: number }>> {
  return page.evaluate(async () => {
    const session = (document.querySelector('exo-app') as unknown as { session: PageSession }).session;
    return Promise.all(session.guests.map(async (g) => ({ state: g.info.state, insns: (await session.api.stats(g.id)).insns })));
  });
}

describe.runIf(HAVE_CHROMIUM)(`${COUNT} idle unikernels in one Chromium tab`, () => {
  const pageOf = dashboardForSuite();

  it('hold them blocked while the dashboard answers and one of them still echoes what is typed', async () => {
    const page = pageOf();
    const image = linkApp('cat').built.image;
    const createMs = await createIdle(page, [...image], COUNT);
    const cards = page.locator('exo-guest-card');
    expect(await cards.count()).toBe(COUNT);
    await expect.poll(async () => (await guestStates(page)).every((g) => g.state === 'running'), { timeout: 10_000 }).toBe(true);

    // Blocked, not spinning: no guest retires an instruction in half a second.
    await expect.poll(async () => {
      const before = await guestStates(page);
      await page.waitForTimeout(500);
      const after = await guestStates(page);
      return after.every((g, i) => g.state === 'running' && g.insns === before[i]!.insns);
    }, { timeout: 15_000 }).toBe(true);

    const r = await responsiveness(page);
    console.log(`${COUNT} idle unikernels in one tab: created in ${(createMs / COUNT).toFixed(0)} ms each; timer lag ${r.timerLagMs.toFixed(0)} ms; stats round trip ${r.statsMs.toFixed(1)} ms`);
    expect(r.timerLagMs).toBeLessThan(250);
    expect(r.statsMs).toBeLessThan(100);

    const card = cards.nth(COUNT >> 1);
    await card.scrollIntoViewIfNeeded();
    await typeInto(card, 'still here');
    await expect.poll(() => transcript(card), { timeout: 10_000 }).toContain('still here');
    expect(await state(card)).toBe('running');
  }, 55_000);
});
