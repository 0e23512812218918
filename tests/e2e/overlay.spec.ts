/**
 * The in-call overlay's controls on the built extension (issue 6), on a simulated Meet call and a
 * simulated Zoom call: it collapses and expands by mouse and by keyboard, hides and shows with Alt+Shift+R,
 * never traps focus, and is gone when the call ends. The figures it shows are checked against the
 * scenario in meet-call.spec.ts and zoom-call.spec.ts; this file only drives the controls.
 *
 * The simulated call is served without autoplay: the page is in the call (its first state rendered, the
 * overlay mounted and ticking) but the timeline waits, so driving the controls on a loaded machine can
 * never outlast the call. Then the 10-second scenario plays to its end and the overlay must go with it.
 *
 * Alt+Shift+R reaches the overlay two ways: the page's own keydown handler (components/overlay/mount.ts),
 * which Playwright's key presses exercise, and the manifest command, which the background relays as
 * `bg:toggle-overlay`. No API fires a manifest command, so the second path is tested from the message on:
 * the service worker sends exactly the message its onCommand listener sends.
 */
import type { Page, Worker } from '@playwright/test';
import { playScenario, serveMeet, serveZoom, waitForScenarioEnd } from '../sim/driver';
import { twoPerson, zoomSmall } from '../sim/scenarios';
import { expect, getServiceWorker, test } from './fixtures';
import { overlayLocator } from './helpers';

/** Whether keyboard focus is anywhere inside the overlay (its shadow host is the document's activeElement then). */
const focusInOverlay = (page: Page) =>
  page.evaluate(() => document.activeElement?.tagName.toLowerCase() === 'rapport-overlay');

/** Sends what the background's `toggle-overlay` command listener sends, to the tab on `urlPattern`. */
async function sendToggleCommand(worker: Worker, urlPattern: string): Promise<void> {
  await worker.evaluate(async (pattern) => {
    type Chrome = {
      tabs: {
        query(q: { url: string }): Promise<{ id?: number }[]>;
        sendMessage(id: number, m: unknown): Promise<unknown>;
      };
    };
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await c.tabs.query({ url: pattern });
    if (tab?.id === undefined) throw new Error(`no tab on ${pattern}`);
    await c.tabs.sendMessage(tab.id, { type: 'bg:toggle-overlay' });
  }, urlPattern);
}

async function driveControls(page: Page, worker: Worker, urlPattern: string): Promise<void> {
  const overlay = await overlayLocator(page);
  const root = overlay.locator('.rp-root');
  const pill = overlay.locator('.rp-pill');
  const panel = overlay.locator('.rp-panel');
  const collapse = overlay.getByRole('button', { name: 'Collapse the Rapport panel' });
  const hide = overlay.getByRole('button', { name: /^Hide Rapport/ });

  // The call's first figures have reached the pill.
  await expect(overlay.getByTestId('pill-share')).toBeVisible();

  // Mouse: the pill expands, the collapse button collapses.
  await pill.click();
  await expect(panel).toBeVisible();
  await expect(root).toHaveAttribute('data-state', 'expanded');
  // Who the rows name is meet-call.spec's and zoom-call.spec's business; here, that there is a list.
  await expect(overlay.locator('.rp-row[data-self="true"]')).toHaveCount(1);
  await collapse.click();
  await expect(panel).toHaveCount(0);
  await expect(pill).toBeVisible();
  await expect(root).toHaveAttribute('data-state', 'collapsed');

  // Keyboard: Enter on the pill expands and puts focus on the collapse button; Escape collapses and puts it
  // back on the pill; Space expands; Enter on the collapse button collapses.
  await pill.focus();
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await expect(collapse).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(pill).toBeFocused();
  await page.keyboard.press('Space');
  await expect(panel).toBeVisible();
  await expect(collapse).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel).toHaveCount(0);
  await expect(pill).toBeFocused();

  // Focus is not trapped: from the pill, Tab and Shift+Tab both leave the overlay.
  await page.keyboard.press('Tab');
  await expect.poll(() => focusInOverlay(page)).toBe(false);
  await pill.focus();
  await page.keyboard.press('Shift+Tab');
  await expect.poll(() => focusInOverlay(page)).toBe(false);
  // Expanded, Tab walks through the panel's buttons and out after the last one (rows may add an
  // acknowledge button while we walk, hence the margin), and Shift+Tab leaves from the first.
  await pill.click();
  await expect(collapse).toBeFocused();
  const buttons = await overlay.locator('.rp-panel button').count();
  let presses = 0;
  while ((await focusInOverlay(page)) && presses < buttons + 5) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  expect(await focusInOverlay(page), `still in the overlay after ${presses} Tabs`).toBe(false);
  expect(presses).toBeGreaterThanOrEqual(buttons);
  await collapse.focus();
  await page.keyboard.press('Shift+Tab');
  await expect.poll(() => focusInOverlay(page)).toBe(false);
  await collapse.click();
  await expect(pill).toBeVisible();

  // Alt+Shift+R from the page (focus outside the overlay) hides it; again shows it and focuses the pill,
  // so a keyboard user can go straight on.
  await page.evaluate(() => {
    // The overlay's root is closed to the page: blurring its host is how a page script moves focus out.
    (document.activeElement as HTMLElement | null)?.blur();
  });
  expect(await focusInOverlay(page)).toBe(false);
  await page.keyboard.press('Alt+Shift+KeyR');
  await expect(root).toBeHidden();
  await expect(overlay).toHaveCount(1); // hidden, still mounted and subscribed
  await page.keyboard.press('Alt+Shift+KeyR');
  await expect(root).toBeVisible();
  await expect(pill).toBeFocused();

  // The manifest command's path: hide by the × button, show by the relayed command (focus into the panel).
  await pill.click();
  await hide.click();
  await expect(root).toBeHidden();
  await sendToggleCommand(worker, urlPattern);
  await expect(root).toBeVisible();
  await expect(collapse).toBeFocused();
  await sendToggleCommand(worker, urlPattern);
  await expect(root).toBeHidden();
  await sendToggleCommand(worker, urlPattern);
  await expect(root).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(pill).toBeFocused();
}

test('on a Meet call the overlay collapses, expands, hides and shows by mouse and keyboard, and leaves with the call', async ({
  context,
  network,
}) => {
  const worker = await getServiceWorker(context);
  const page = await context.newPage();
  await page.goto(await serveMeet(context, { scenario: twoPerson }));
  await driveControls(page, worker, 'https://meet.google.com/*');
  await playScenario(page);
  await waitForScenarioEnd(page, 60_000);
  await expect(page.locator('rapport-overlay')).toHaveCount(0);
  expect(network.leaked).toEqual([]);
});

test('on a Zoom call (web client in the PWA frame) the overlay does the same', async ({
  context,
  network,
}) => {
  const worker = await getServiceWorker(context);
  const page = await context.newPage();
  await page.goto(await serveZoom(context, { scenario: zoomSmall, client: 'classic', inFrame: true }));
  await driveControls(page, worker, 'https://app.zoom.us/*');
  await playScenario(page);
  await waitForScenarioEnd(page, 60_000);
  await expect(page.locator('rapport-overlay')).toHaveCount(0);
  expect(network.leaked).toEqual([]);
});
