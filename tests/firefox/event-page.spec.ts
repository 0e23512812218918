/**
 * Firefox unloads an idle event page and wakes it for the next event; the Firefox build's background is one
 * (entrypoints/background). Here it is stopped mid-call with the same browser operation as about:debugging's
 * "Terminate Background Script" (RDP `terminateBackgroundScript`), must be woken by the call itself (the
 * content script's next batch, not the test), and the stored meeting must match the script as if nothing
 * had happened. The Chromium counterpart stops the MV3 service worker (tests/e2e/store.spec.ts).
 */
import { type ExportFile, near } from '../e2e/helpers';
import { groundTruth, meetSite } from '../sim/driver';
import { twoPerson } from '../sim/scenarios';
import { poll } from './firefox';
import { expect, test } from './fixtures';
import { simElapsed, waitForElapsed, waitForScenarioEnd } from './helpers';

test('the event page stopped mid-call is woken by the call and loses nothing', async ({ firefox }) => {
  const page = await firefox.openSim(await meetSite({ scenario: twoPerson, autoplay: true }));
  await page.waitForSelector('rapport-overlay', { timeout: 15_000 });
  await waitForElapsed(page, 4000);

  const addon = await firefox.addon();
  expect(addon.backgroundScriptStatus).toBe('RUNNING');
  await firefox.rdp.request(addon.actor, 'terminateBackgroundScript');
  expect((await firefox.addon()).backgroundScriptStatus).toBe('STOPPED');
  const stoppedAt = await simElapsed(page);

  await poll(
    'the event page to be woken',
    async () => (await firefox.addon()).backgroundScriptStatus === 'RUNNING',
  );
  const wokenAt = await simElapsed(page);
  const truth = groundTruth(twoPerson);
  // Woken while the call was still on, so by the call: the test sends nothing until it has ended.
  expect(wokenAt, `stopped at ${stoppedAt} ms`).toBeLessThan(truth.durationMs);
  await waitForScenarioEnd(page, 60_000);

  let meeting: ExportFile['meetings'][number] | undefined;
  await expect
    .poll(async () => {
      meeting = (await firefox.ui<ExportFile>({ type: 'ui:export' })).meetings[0];
      return meeting?.endReason;
    })
    .toBe('left');
  expect(truth.durationMs - meeting!.durationMs).toBeLessThan(1500);
  for (const p of Object.values(truth.participants)) {
    const got = meeting!.participants.find((q) => q.displayName === p.name)!;
    expect(got, p.name).toBeDefined();
    expect(
      near(got.speakingMs, p.speakingMs, 0.02, 500),
      `${p.name} ${got.speakingMs} vs ${p.speakingMs}`,
    ).toBe(true);
    expect(got.turns, p.name).toBe(p.turns);
  }
});
