/**
 * Real-life faults on the built extension (issue 24, points 1–3): the extension replaced in place
 * mid-call, the browser closed and reopened mid-call, a Meet call and a Zoom call at once. The unit
 * counterparts are tests/unit/utils/background/service.faults.test.ts and tests/unit/utils/content/lifecycle.test.ts.
 *
 * The update is made the way the store's would land: CDP `Extensions.loadUnpacked` of the same folder
 * (browser started with `--enable-unsafe-extension-debugging`) replaces the running build in place, same
 * id, storage kept. (`chrome.runtime.reload()` would unload a command-line extension for good.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { groundTruth, playScenario, serveMeet, serveZoom, waitForScenarioEnd } from '../sim/driver';
import { fivePersonReview, twoPerson, zoomSmall } from '../sim/scenarios';
import { EXTENSION_DIR, expect, getServiceWorker, launchWithExtension, test } from './fixtures';
import { badgeText, type ExportFile, exportData, extensionPage, near, simElapsed, ui } from './helpers';

type ExportedMeetingWithDetails = ExportFile['meetings'][number] & {
  details?: { coverage?: Partial<Record<string, number>> };
};

/**
 * Every uncaught error and console error in the page, in any of its worlds (the content script's
 * isolated world included: that is where "Extension context invalidated" would be thrown).
 */
async function watchErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', (e) =>
    errors.push(`exception: ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`),
  );
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type === 'error') errors.push(`console: ${e.args.map((a) => a.value ?? a.description).join(' ')}`);
  });
  await cdp.send('Runtime.enable');
  return errors;
}

/** The extension's newest service worker (after an update the old one is gone). */
async function newestWorker(context: BrowserContext, old: Worker | null): Promise<Worker> {
  await expect
    .poll(() => context.serviceWorkers().some((w) => w !== old && w.url().startsWith('chrome-extension://')))
    .toBe(true);
  return context
    .serviceWorkers()
    .filter((w) => w !== old && w.url().startsWith('chrome-extension://'))
    .at(-1)!;
}

test('an extension update mid-call: no page errors, recording resumes in the same meeting, the gap shown as not covered', async () => {
  test.setTimeout(360_000);
  const { context, network, close } = await launchWithExtension({
    args: ['--enable-unsafe-extension-debugging'],
  });
  try {
    const worker = await getServiceWorker(context);
    const extensionId = new URL(worker.url()).host;
    const url = await serveMeet(context, { scenario: fivePersonReview, autoplay: true });
    const page = await context.newPage();
    const errors = await watchErrors(page);
    await page.goto(url);
    await page.locator('rapport-overlay').waitFor({ state: 'attached' });
    await expect
      .poll(() => simElapsed(page), { timeout: 150_000, intervals: [500] })
      .toBeGreaterThan(100_000);

    // The update lands at 1:40.
    const browserCdp = await context.browser()!.newBrowserCDPSession();
    const { id } = await browserCdp.send('Extensions.loadUnpacked', { path: EXTENSION_DIR });
    expect(id).toBe(extensionId);
    const fresh = await newestWorker(context, worker);
    // The new background put a new content script into the open tab, and it is recording.
    await expect
      .poll(() =>
        fresh.evaluate(
          () => (globalThis as { __rapportSeen?: Map<string, number> }).__rapportSeen?.get('meet') ?? 0,
        ),
      )
      .toBeGreaterThan(0);
    const ext = await extensionPage(context, extensionId);
    await expect
      .poll(async () =>
        (await ui<{ meetingCode: string | null }[]>(ext, { type: 'ui:live-calls' })).map(
          (c) => c.meetingCode,
        ),
      )
      .toEqual([fivePersonReview.meetingCode]);
    await expect(page.locator('rapport-overlay')).toHaveCount(1);
    // Later the idle worker is let go, as a user's browser would; the tab's next batch wakes it.
    const pageCdp = await context.newCDPSession(page);
    await pageCdp.send('ServiceWorker.enable');
    await pageCdp.send('ServiceWorker.stopAllWorkers');
    await waitForScenarioEnd(page, 240_000);

    let meeting: ExportedMeetingWithDetails | undefined;
    let all: ExportFile['meetings'] = [];
    await expect
      .poll(async () => {
        all = (await exportData(ext)).meetings;
        meeting = all.find((m) => m.meetingCode === fivePersonReview.meetingCode);
        return meeting?.endReason;
      })
      .toBe('left');
    // One meeting: the first 1:40 did not become a meeting of its own.
    expect(all.map((m) => m.meetingCode)).toEqual([fivePersonReview.meetingCode]);
    const truth = groundTruth(fivePersonReview);
    expect(Math.abs(truth.durationMs - meeting!.durationMs)).toBeLessThan(1500);
    // The update's seconds are recorded as not covered, and they are only seconds.
    const covered = meeting!.details?.coverage?.speaking ?? 1;
    const gapMs = (1 - covered) * meeting!.durationMs;
    expect(gapMs, `coverage ${covered}`).toBeGreaterThan(100);
    expect(gapMs).toBeLessThan(8000);
    // Figures of the whole call within the usual tolerances, minus at most the gap.
    for (const p of Object.values(truth.participants)) {
      const got = meeting!.participants.find((q) => q.displayName === p.name);
      expect(got, p.name).toBeDefined();
      const tol = Math.max(500, p.speakingMs * 0.02);
      expect(
        got!.speakingMs!,
        `${p.name} speaking ${got!.speakingMs} vs ${p.speakingMs}`,
      ).toBeGreaterThanOrEqual(p.speakingMs - gapMs - tol);
      expect(got!.speakingMs!, `${p.name} speaking`).toBeLessThanOrEqual(p.speakingMs + tol);
      expect(
        Math.abs(got!.turns! - p.turns),
        `${p.name} turns ${got!.turns} vs ${p.turns}`,
      ).toBeLessThanOrEqual(1);
      expect(
        near(got!.presentMs, p.presentMs, 0.02, 1500),
        `${p.name} present ${got!.presentMs} vs ${p.presentMs}`,
      ).toBe(true);
    }
    // Acknowledgements: the five of the call (tests/e2e/review.spec.ts), none lost to the update but
    // one that could fall in its seconds.
    expect(meeting!.acknowledgements.length).toBeGreaterThanOrEqual(4);
    expect(errors, errors.join('\n')).toEqual([]);
    expect(network.leaked).toEqual([]);
  } finally {
    await close();
  }
});

test('the browser closed mid-call and reopened: the call is in the popup and the options at once, once', async () => {
  test.setTimeout(120_000);
  const userDataDir = mkdtempSync(join(tmpdir(), 'rapport-restart-'));
  try {
    const first = await launchWithExtension({ userDataDir });
    const extensionId = new URL((await getServiceWorker(first.context)).url()).host;
    const url = await serveMeet(first.context, { scenario: fivePersonReview, autoplay: true });
    const page = await first.context.newPage();
    await page.goto(url);
    await page.locator('rapport-overlay').waitFor({ state: 'attached' });
    await expect.poll(() => simElapsed(page), { timeout: 60_000 }).toBeGreaterThan(12_000);
    // Quit the browser the way its menu does (every window closed at once).
    const cdp = await first.context.browser()!.newBrowserCDPSession();
    await cdp.send('Browser.close').catch(() => {});
    await first.close().catch(() => {});
    expect(first.network.leaked).toEqual([]);

    const second = await launchWithExtension({ userDataDir });
    try {
      const popup = await second.context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      // Right away: well inside the 2-minute window after which an orphaned call would be finalised. (A
      // call this short gets no prompts; the popup says so instead of "No calls yet".)
      await expect(popup.getByRole('region', { name: 'Too short to reflect on' })).toContainText(
        /This call lasted 1\d s/,
        { timeout: 15_000 },
      );
      const options = await second.context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html#history`);
      await expect(options.getByText(/Design review/).first()).toBeVisible({ timeout: 15_000 });
      const meetings = (await exportData(popup)).meetings;
      expect(meetings.map((m) => [m.meetingCode, m.endReason])).toEqual([
        [fivePersonReview.meetingCode, 'tab-closed'],
      ]);
      expect(meetings[0]!.durationMs).toBeGreaterThan(10_000);
      expect(second.network.leaked).toEqual([]);
    } finally {
      await second.close();
    }
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
});

test('a Meet call and a Zoom call at once: each meeting with its own people; badge and popup say which is live', async ({
  context,
  extensionId,
}) => {
  const meet = await context.newPage();
  await meet.goto(await serveMeet(context, { scenario: twoPerson }));
  const zoom = await context.newPage();
  await zoom.goto(await serveZoom(context, { scenario: zoomSmall, client: 'new', inFrame: false }));
  await meet.locator('rapport-overlay').waitFor({ state: 'attached' });
  await zoom.locator('rapport-overlay').waitFor({ state: 'attached' });

  // Both are live: each meeting tab's badge counts the calls, its tooltip names them.
  const worker = await getServiceWorker(context);
  await expect.poll(() => badgeText(worker, 'https://meet.google.com/*')).toBe('●2');
  await expect.poll(() => badgeText(worker, 'https://app.zoom.us/*')).toBe('●2');
  const title = await worker.evaluate(async () => {
    type Chrome = {
      tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
      action: { getTitle(d: { tabId: number }): Promise<string> };
    };
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await c.tabs.query({ url: 'https://meet.google.com/*' });
    return c.action.getTitle({ tabId: tab!.id! });
  });
  expect(title).toContain(`Google Meet: ${twoPerson.title}`);
  expect(title).toMatch(new RegExp(`2 calls being recorded: .*Zoom: ${zoomSmall.title}`));
  const popup = await extensionPage(context, extensionId);
  const live = popup.getByTestId('live-calls');
  await expect(live.getByRole('listitem')).toHaveCount(2);
  await expect(live.getByRole('listitem').filter({ hasText: 'Google Meet' })).toContainText(twoPerson.title!);
  await expect(live.getByRole('listitem').filter({ hasText: 'Zoom' })).toContainText(zoomSmall.title!);

  await Promise.all([playScenario(meet), playScenario(zoom)]);
  await Promise.all([waitForScenarioEnd(meet, 60_000), waitForScenarioEnd(zoom, 60_000)]);
  let meetings: ExportFile['meetings'] = [];
  await expect
    .poll(async () => {
      meetings = (await exportData(popup)).meetings;
      return meetings.map((m) => m.platform).sort();
    })
    .toEqual(['meet', 'zoom']);
  for (const [platform, scenario] of [
    ['meet', twoPerson],
    ['zoom', zoomSmall],
  ] as const) {
    const m = meetings.find((x) => x.platform === platform)!;
    const truth = groundTruth(scenario);
    expect(m.participants.map((p) => p.displayName).sort(), platform).toEqual(
      Object.values(truth.participants)
        .map((p) => p.name)
        .sort(),
    );
    for (const p of Object.values(truth.participants)) {
      const got = m.participants.find((q) => q.displayName === p.name)!;
      expect(
        near(got.speakingMs, p.speakingMs, 0.02, 500),
        `${platform} ${p.name} ${got.speakingMs} vs ${p.speakingMs}`,
      ).toBe(true);
    }
  }
  // Both over: no tab claims a second call any more.
  await expect.poll(() => ui<unknown[]>(popup, { type: 'ui:live-calls' })).toEqual([]);
});
