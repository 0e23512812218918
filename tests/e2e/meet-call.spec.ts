import { groundTruth, serveMeet, waitForScenarioEnd } from '../sim/driver';
import { twoPerson } from '../sim/scenarios';
import { expect, test } from './fixtures';
import { exportData, extensionPage, near } from './helpers';

test('a simulated Meet call is measured, shown in the overlay, and stored with figures that match the script', async ({
  context,
  extensionId,
  network,
}) => {
  const url = await serveMeet(context, { scenario: twoPerson, autoplay: true });
  const page = await context.newPage();
  await page.goto(url);
  // Autoplay: the simulated call starts with the page, as a real call's in-call screen appears when it
  // starts (playing later would leave the adapter watching a frozen in-call page first).

  // The overlay mounts in its own shadow root once the call is in progress.
  const overlay = page.locator('rapport-overlay');
  await expect(overlay).toHaveCount(1);
  await waitForScenarioEnd(page, 60_000);

  // The end-of-call card (an extension page in an iframe) replaces the overlay.
  await expect(overlay).toHaveCount(0);
  await expect(
    page.frameLocator('iframe[src*="reflection.html"]').getByRole('heading').first(),
  ).toBeVisible();

  const ext = await extensionPage(context, extensionId);
  let meeting: Awaited<ReturnType<typeof exportData>>['meetings'][number] | undefined;
  await expect
    .poll(async () => {
      meeting = (await exportData(ext)).meetings.find((m) => m.meetingCode === twoPerson.meetingCode);
      return meeting?.endReason;
    })
    .toBe('left');
  const truth = groundTruth(twoPerson);
  const byName = new Map(meeting!.participants.map((p) => [p.displayName, p]));
  for (const p of Object.values(truth.participants)) {
    const got = byName.get(p.name);
    expect(got, p.name).toBeDefined();
    expect(
      near(got!.speakingMs, p.speakingMs, 0.02, 500),
      `${p.name} speaking ${got!.speakingMs} vs ${p.speakingMs}`,
    ).toBe(true);
    expect(got!.turns, `${p.name} turns`).toBe(p.turns);
    expect(
      near(got!.cameraOnMs, p.cameraOnMs, 0, 1000),
      `${p.name} camera ${got!.cameraOnMs} vs ${p.cameraOnMs}`,
    ).toBe(true);
  }
  expect(network.leaked).toEqual([]);
});
