/** First run, consent and control (issue 12) on the built extension. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { groundTruth, serveMeet, waitForScenarioEnd } from '../sim/driver';
import { twoPerson } from '../sim/scenarios';
import { expect, getServiceWorker, launchWithExtension, test } from './fixtures';
import { badgeText, exportData, extensionPage, outside, overlayLocator, simElapsed, ui } from './helpers';

test('installing opens the welcome page once, not again when the browser restarts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-welcome-'));
  try {
    const first = await launchWithExtension({ userDataDir: dir });
    await expect.poll(() => first.context.pages().some((p) => p.url().endsWith('/welcome.html'))).toBe(true);
    const welcome = first.context.pages().find((p) => p.url().endsWith('/welcome.html'))!;
    await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welcome to Rapport');
    await expect(welcome.getByText(/never stores caption or chat text/i)).toBeVisible();
    expect(first.network.leaked).toEqual([]);
    await first.close();

    const again = await launchWithExtension({ userDataDir: dir });
    const worker = await getServiceWorker(again.context);
    // A condition, not a sleep: the install handler's read of the flag was queued at worker start, so a
    // storage read issued now answers after it, and a tab it opened would be listed by the query after that.
    const welcomeTabs = await worker.evaluate(async () => {
      type C = {
        storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
        tabs: { query(q: { url: string }): Promise<unknown[]> };
        runtime: { getURL(p: string): string };
      };
      const c = (globalThis as unknown as { chrome: C }).chrome;
      const { welcomeShown } = await c.storage.local.get('welcomeShown');
      return { welcomeShown, tabs: (await c.tabs.query({ url: c.runtime.getURL('/welcome.html') })).length };
    });
    expect(welcomeTabs).toEqual({ welcomeShown: true, tabs: 0 });
    expect(again.context.pages().some((p) => p.url().endsWith('/welcome.html'))).toBe(false);
    expect(again.network.leaked).toEqual([]);
    await again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('pausing mid-call leaves the paused span out of speaking and camera time; the badge shows it', async ({
  context,
  extensionId,
}) => {
  const worker = await getServiceWorker(context);
  const url = await serveMeet(context, { scenario: twoPerson, autoplay: true });
  const page = await context.newPage();
  await page.goto(url);
  // Autoplay: the simulated call starts with the page, as a real call's in-call screen appears when it
  // starts (playing later would leave the adapter watching a frozen in-call page first).
  const overlay = await overlayLocator(page);
  const pill = overlay.locator('.rp-pill');
  await pill.waitFor();
  await expect.poll(() => badgeText(worker, 'https://meet.google.com/*')).toBe('●');
  await pill.click();
  const pause = overlay.getByRole('button', { name: 'Pause for this call' });
  await expect.poll(() => simElapsed(page)).toBeGreaterThan(2500);
  await pause.click();
  const pausedAt = await simElapsed(page);
  await expect.poll(() => badgeText(worker, 'https://meet.google.com/*')).toBe('❚❚');
  await expect.poll(() => simElapsed(page)).toBeGreaterThan(pausedAt + 3000);
  await overlay.getByRole('button', { name: 'Resume' }).click();
  const resumedAt = await simElapsed(page);
  await waitForScenarioEnd(page, 60_000);

  const ext = await extensionPage(context, extensionId);
  let meeting: Awaited<ReturnType<typeof exportData>>['meetings'][number] | undefined;
  await expect
    .poll(async () => {
      meeting = (await exportData(ext)).meetings[0];
      return meeting?.endReason;
    })
    .toBe('left');
  const truth = groundTruth(twoPerson);
  // Clicks land within a few hundred ms of the measured positions.
  const tolerance = 700;
  // The content script starts a moment after the simulated call (document_idle, then its settings):
  // what it could not have seen before it started is not expected of it.
  const startedLate = Math.max(0, truth.durationMs - meeting!.durationMs);
  expect(startedLate).toBeLessThan(1500);
  const seen = (iv: readonly (readonly [number, number])[]) =>
    iv.map(([s, e]) => [Math.max(s, startedLate), Math.max(e, startedLate)] as const);
  for (const p of Object.values(truth.participants)) {
    const got = meeting!.participants.find((q) => q.displayName === p.name)!;
    const speaking = outside(seen(p.speaking), pausedAt, resumedAt);
    const camera = outside(seen(p.camera), pausedAt, resumedAt);
    expect(
      Math.abs((got.speakingMs ?? -1) - speaking),
      `${p.name} speaking ${got.speakingMs} vs ${speaking}`,
    ).toBeLessThan(tolerance);
    expect(
      Math.abs((got.cameraOnMs ?? -1) - camera),
      `${p.name} camera ${got.cameraOnMs} vs ${camera}`,
    ).toBeLessThan(1000);
  }
});

test('a never-tracked meeting code and the global switch off record nothing', async ({
  context,
  extensionId,
}) => {
  const worker = await getServiceWorker(context);
  const ext = await extensionPage(context, extensionId);
  await ui(ext, { type: 'ui:set-settings', patch: { neverTrack: [twoPerson.meetingCode] } });

  const url = await serveMeet(context, { scenario: twoPerson, autoplay: true });
  const page = await context.newPage();
  await page.goto(url);
  // Autoplay: the simulated call starts with the page, as a real call's in-call screen appears when it
  // starts (playing later would leave the adapter watching a frozen in-call page first).
  const overlay = await overlayLocator(page);
  await overlay.locator('.rp-pill').click();
  await expect(overlay.getByRole('button', { name: 'Undo — track this meeting' })).toBeVisible();
  await expect.poll(() => badgeText(worker, 'https://meet.google.com/*')).toBe('–');
  await waitForScenarioEnd(page, 60_000);

  await ui(ext, { type: 'ui:set-settings', patch: { neverTrack: [], tracking: false } });
  await page.reload();
  // Autoplay: the simulated call starts with the page, as a real call's in-call screen appears when it
  // starts (playing later would leave the adapter watching a frozen in-call page first).
  await expect.poll(() => badgeText(worker, 'https://meet.google.com/*')).toBe('off');
  await waitForScenarioEnd(page, 60_000);
  await expect(page.locator('rapport-overlay')).toHaveCount(0);
  expect((await exportData(ext)).meetings).toEqual([]);
});
