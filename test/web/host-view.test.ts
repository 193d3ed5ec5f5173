/**
 * The host view and the inspector in real Chromium against a real
 * hypervisor worker: the lab page (web/lab.html) runs the pv-ops kernel
 * with a disk and the kernel under full virtualization, and the frame map
 * paints exactly each domain's RAM in its legend colour, the counter strip
 * shows instructions per second, the charts draw, the inspector lists the
 * PV domain's console ring and event channels (reached by keyboard) and
 * the full domain's shadow page tables, nothing overflows 1280x720, and a
 * destroyed domain is reported by the inspector and dropped by the host view.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, devServer, launchChromium, type WebServer } from '../helpers/browser.js';
import { hasTool } from '../helpers/tools.js';

const RAM_FRAMES = (16 << 20) / 4096;
const TIMEOUT_MS = 40_000;

/** Pixels of the frame map per legend owner whose colour they have. */
function frameMapCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const root = document.querySelector('exo-host-view')!.shadowRoot!;
    const canvas = root.querySelector('canvas')!;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const out: Record<string, number> = {};
    for (const li of root.querySelectorAll<HTMLElement>('li[data-owner]')) {
      const [r, g, b] = li.dataset['rgb']!.split(',').map(Number);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b) n++;
      out[li.dataset['owner']!] = n;
    }
    return out;
  });
}

describe.runIf(hasTool('chromium'))('host view and inspector in the browser', () => {
  let browser: Browser;
  let server: WebServer;
  let page: Page;
  let errors: string[];
  let ids: number[];

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), devServer()]);
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    errors = collectErrors(page);
    await page.goto(`${server.url}lab.html`);
    await page.waitForFunction(() => window.exoLab !== undefined || document.getElementById('lab-status')?.textContent?.includes('could not'), null, { timeout: TIMEOUT_MS });
    ids = await page.evaluate(() => window.exoLab?.domains.map((d) => d.id) ?? []);
  }, 90_000);

  afterAll(async () => {
    await page?.close();
    await browser?.close();
    await server?.close();
  });

  it('runs both lab domains', async () => {
    expect(await page.locator('#lab-status').textContent()).toMatch(/^Running/);
    expect(ids).toHaveLength(2);
  });

  it('paints each domain\'s RAM in its legend colour on the frame map', async () => {
    await page.waitForFunction((id) => document.querySelector('exo-host-view')?.shadowRoot?.querySelector(`li[data-owner="${id}"]`) != null, ids[0], { timeout: TIMEOUT_MS });
    const counts = await frameMapCounts(page);
    for (const id of ids) expect(counts[String(id)]).toBe(RAM_FRAMES);
    expect(counts['65535']).toBeGreaterThan(0); // the hypervisor's frames
    expect(counts['0']).toBeGreaterThan(0); // free frames
  });

  it('shows non-zero instructions per second, CPU shares and drawn charts', async () => {
    const insns = page.locator('exo-host-view [data-counter="insns"]');
    await expect.poll(async () => insns.textContent(), { timeout: TIMEOUT_MS }).toMatch(/^[0-9.]+[kMG]?$/);
    await expect.poll(async () => Number.parseFloat((await insns.textContent()) ?? '0'), { timeout: TIMEOUT_MS }).toBeGreaterThan(0);
    for (const id of ids) expect(await page.locator(`exo-host-view #cpu-${id}`).count()).toBe(1);
    await expect.poll(() => page.evaluate(() => [...document.querySelector('exo-host-view')!.shadowRoot!.querySelectorAll('exo-chart')]
      .map((c) => c.shadowRoot?.querySelectorAll('canvas').length ?? 0)), { timeout: TIMEOUT_MS }).toEqual([1, 1]);
  });

  it('lists the PV domain\'s console ring live, and its event channels and grants reached by keyboard', async () => {
    const rings = page.locator('exo-inspector table[data-table="rings"]');
    await expect.poll(async () => rings.locator('td').allTextContents(), { timeout: TIMEOUT_MS }).toEqual(expect.arrayContaining(['console', 'store', 'blk0']));
    // Typed input goes in (in_prod, shown as rsp_prod) and cat's echo comes out (out_prod, shown as req_prod), live.
    await page.evaluate((id) => window.exoLab!.type(id, 'inspected\n'), ids[0]!);
    const consoleRow = rings.locator('tr', { hasText: 'console' }).locator('td');
    const indices = async (): Promise<number[]> => (await consoleRow.allTextContents()).map(Number);
    await expect.poll(async () => { const c = await indices(); return [c[6], c[7]]; }, { timeout: TIMEOUT_MS }).toEqual([10, 10]); // in_prod, in_cons
    await expect.poll(async () => { const c = await indices(); return c[3]! >= 10 && c[4] === c[3]; }, { timeout: TIMEOUT_MS }).toBe(true); // out_prod, out_cons
    await page.locator('exo-inspector [role="tab"][aria-selected="true"]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('exo-inspector [role="tab"][aria-selected="true"]').textContent()).toBe('Event channels');
    expect(await page.evaluate(() => document.querySelector('exo-inspector')!.shadowRoot!.activeElement?.textContent)).toBe('Event channels');
    const channels = page.locator('exo-inspector table[data-table="channels"]');
    expect(await channels.isVisible()).toBe(true);
    expect(await channels.locator('td').allTextContents()).toEqual(expect.arrayContaining(['console', 'store', 'blk0', 'VIRQ_TIMER']));
    await page.keyboard.press('ArrowRight');
    const grants = page.locator('exo-inspector table[data-table="grants"]');
    expect(await grants.isVisible()).toBe(true);
    expect(await grants.locator('td').allTextContents()).toContain('blk0'); // the block ring's page, granted to the back-ends
  });

  it('shows the full domain\'s shadow and guest page tables when it is selected', async () => {
    await page.getByLabel('Domain', { exact: true }).selectOption(String(ids[1]));
    await page.locator('exo-inspector [role="tab"]', { hasText: 'Page tables' }).click();
    const panel = page.locator('exo-inspector #panel-page-tables');
    await expect.poll(async () => panel.locator('h4').allTextContents(), { timeout: TIMEOUT_MS })
      .toEqual([expect.stringMatching(/^shadow page tables/), expect.stringMatching(/^guest page tables/)]);
    expect(await panel.locator('table[data-table="pt-machine"] tbody tr').count()).toBeGreaterThan(0);
  });

  it('fits 1280x720 without horizontal scrolling, with no page errors', async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    expect(errors).toEqual([]);
  });

  it('keeps going when the inspected domain is destroyed: the inspector says so, the host view drops it', async () => {
    await page.evaluate((id) => window.exoLab!.api.destroy(id), ids[1]!);
    await page.locator('exo-inspector [role="alert"]').waitFor({ timeout: TIMEOUT_MS });
    expect(await page.locator('exo-inspector [role="alert"]').textContent()).toContain(`Domain ${ids[1]} cannot be inspected`);
    const legend = page.locator(`exo-host-view li[data-owner="${ids[1]}"]`);
    await expect.poll(async () => legend.count(), { timeout: TIMEOUT_MS }).toBe(0);
    await expect.poll(async () => (await frameMapCounts(page))[String(ids[0])], { timeout: TIMEOUT_MS }).toBe(RAM_FRAMES);
    expect(await page.locator('exo-host-view [role="alert"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
