/**
 * Driving the dashboard in a browser page: creating a guest through the
 * create dialog, reading a card's state and its guest's console, typing
 * into its terminal.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium, previewServer } from './browser.js';

/** A guest boots and prints within this (kernel boots take well under a second; the full-virtualization one a little more). */
export const GUEST_MS = 30_000;
/** What `hello from the page` prints in every guest kind. */
export const HELLO_OUTPUT = 'hello from pid 1\nhello: argv[1]=from\nhello: argv[2]=the\nhello: argv[3]=page\n';

/** The kind's radio-button label in the create dialog. */
export const KIND_LABEL = {
  full: 'full (trap-and-emulate)', hw: 'full, hardware-assisted (H extension, nested paging)',
  pv: 'paravirtual (pv-ops kernel)', uni: 'unikernel', native: 'native (kernel on SBI firmware)',
} as const;

/** The production build in headless Chromium, at 1280x720, once the page's session is up; `close` ends both. */
export async function openDashboard(): Promise<{ page: Page; close: () => Promise<void> }> {
  const [server, browser] = await Promise.all([previewServer(), launchChromium()]);
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(server.url);
  await page.waitForFunction(() => (document.querySelector('exo-app') as unknown as { session: unknown } | null)?.session);
  return { page, close: async () => { await browser.close(); await server.close(); } };
}

/** Opens the dashboard before a suite's tests and closes it after them; the returned function gives its page. */
export function dashboardForSuite(): () => Page {
  let d: { page: Page; close: () => Promise<void> } | undefined;
  beforeAll(async () => { d = await openDashboard(); }, 60_000);
  afterAll(async () => { await d?.close(); });
  return () => d!.page;
}

/** Opens the create dialog, fills it in (the disk by its library name, when given) and submits it. */
export async function submitCreate(page: Page, kind: keyof typeof KIND_LABEL, program: string, image?: string, disk?: string): Promise<void> {
  await page.locator('#new-guest').click();
  await page.getByLabel(KIND_LABEL[kind], { exact: true }).check();
  if (image) await page.locator('#image').selectOption(image);
  if (disk) await page.locator('#disk').selectOption(disk);
  await page.locator('#program').fill(program);
  await page.locator('#create-submit').click();
}

/** Creates and starts a guest through the create dialog (the dialog keeps its last disk unless `disk` is given); its card. */
export async function createGuest(page: Page, kind: keyof typeof KIND_LABEL, program: string, image?: string, disk?: string): Promise<Locator> {
  const before = await page.locator('exo-guest-card').count();
  const failure = page.locator('exo-create-dialog .error, #failure');
  const shown = async (): Promise<string> => (await failure.allInnerTexts()).join('\n');
  const stale = await shown(); // a failure of an earlier action stays on the page until this one starts
  await submitCreate(page, kind, program, image, disk);
  const card = page.locator('exo-guest-card').nth(before); // its place, not "the last card", which moves on
  await expect.poll(async () => (await card.count()) > 0 || ((await shown()) || stale) !== stale, { timeout: GUEST_MS }).toBe(true);
  expect(await shown()).toBe('');
  return card;
}

/** Everything the card's guest printed. */
export function transcript(card: Locator): Promise<string> {
  return card.evaluate((el) => (el as unknown as { guest: { transcript: string } }).guest.transcript);
}

/** The card's guest state. */
export function state(card: Locator): Promise<string | null> {
  return card.locator('.state').getAttribute('data-state');
}

/** Text the terminal shows (xterm.js's DOM rows), to prove output reached the terminal, not only the transcript. */
export function terminalText(card: Locator): Promise<string> {
  return card.locator('.xterm-rows').innerText();
}

/** Types `text` into the card's terminal. */
export async function typeInto(card: Locator, text: string): Promise<void> {
  await card.locator('.xterm-helper-textarea').focus();
  await card.page().keyboard.type(text);
}
