/** A Zoom web-client call in Firefox: the classic client inside the PWA shell's same-origin iframe#webclient. */
import { type ExportFile, near } from '../e2e/helpers';
import { groundTruth, zoomSite } from '../sim/driver';
import { zoomSmall } from '../sim/scenarios';
import { expect, test } from './fixtures';
import { waitForScenarioEnd } from './helpers';

test('a Zoom call in the web client frame is measured truthfully in Firefox and stored', async ({
  firefox,
}) => {
  const site = await zoomSite({ scenario: zoomSmall, client: 'classic', inFrame: true, autoplay: true });
  const page = await firefox.openSim(site);
  // The top document's content script reads the same-origin frame and shows the overlay on top.
  await page.waitForSelector('rapport-overlay', { timeout: 15_000 });
  // Its root is closed to the page's scripts here too (tests/e2e/privacy.spec.ts has the full check).
  expect(
    await page.evaluate(() => {
      const host = document.querySelector('rapport-overlay');
      return [host?.shadowRoot === null, host?.childNodes.length];
    }),
  ).toEqual([true, 0]);
  await waitForScenarioEnd(page, 60_000);

  let meeting: ExportFile['meetings'][number] | undefined;
  await expect
    .poll(async () => {
      meeting = (await firefox.ui<ExportFile>({ type: 'ui:export' })).meetings.find(
        (m) => m.platform === 'zoom',
      );
      return meeting?.endReason;
    })
    .toBe('ended'); // the export's name for ended_by_host (utils/store/export-format.ts)
  const truth = groundTruth(zoomSmall);
  const startedLate = Math.max(0, truth.durationMs - meeting!.durationMs);
  expect(startedLate, JSON.stringify(meeting!.participants)).toBeLessThan(1500);
  // zoom-small has no overlapping speech, so Zoom's single active speaker shows everyone: turns are exact.
  for (const p of Object.values(truth.participants)) {
    const got = meeting!.participants.find((q) => q.displayName === p.name);
    expect(got, p.name).toBeDefined();
    expect(
      near(got!.speakingMs, p.speakingMs, 0.02, 500),
      `${p.name} speaking ${got!.speakingMs} vs ${p.speakingMs}`,
    ).toBe(true);
    expect(got!.turns, `${p.name} turns`).toBe(p.turns);
    const camera = p.camera.reduce((a, [s, e]) => a + Math.max(0, e - Math.max(s, startedLate)), 0);
    expect(near(got!.cameraOnMs, camera, 0, 1000), `${p.name} camera ${got!.cameraOnMs} vs ${camera}`).toBe(
      true,
    );
  }
});
