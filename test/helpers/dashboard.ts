/**
 * Driving the dashboard in a browser page: creating a guest through the
 * create dialog, reading a card's state and its guest's console, typing
 * into its terminal.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** A guest boots and prints within this (kernel boots take well under a second; the full-virtualization one a little more). */
export const GUEST_MS = 30_000;
/** What `hello from the page` prints in every guest kind. */
export const HELLO_OUTPUT = 'hello from pid 1\nhello: argv[1]=from\nhello: argv[2]=the\nhello: argv[3]=page\n';

/** The kind's radio-button label in the create dialog. */
export const KIND_LABEL = {
  full: 'full (trap-and-emulate)', hw: 'full, hardware-assisted (H extension, nested paging)',
  pv: 'paravirtual (pv-ops kernel)', uni: 'unikernel', native: 'native (kernel on SBI firmware)',
} as const;

/** Creates and starts a guest through the create dialog; its card. */
export async function createGuest(page: Page, kind: keyof typeof KIND_LABEL, program: string, image?: string): Promise<Locator> {
  const before = await page.locator('exo-guest-card').count();
  await page.locator('#new-guest').click();
  await page.getByLabel(KIND_LABEL[kind], { exact: true }).check();
  if (image) await page.locator('#image').selectOption(image);
  await page.locator('#program').fill(program);
  await page.locator('#create-submit').click();
  const card = page.locator('exo-guest-card').nth(before); // its place, not "the last card", which moves on
  const failure = page.locator('exo-create-dialog .error, #failure');
  await card.or(failure).first().waitFor({ timeout: GUEST_MS });
  expect(await failure.allInnerTexts()).toEqual([]);
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
