/**
 * The Zoom web adapter on the built extension (issue 10): the same 3-minute, 5-person review as on Meet,
 * in the classic client inside the PWA shell's same-origin iframe#webclient. Zoom marks one active speaker
 * at a time, so while two people talk over each other only the later one is visible: each person's
 * tolerance grows by the time they spoke over someone else, and turns are exact for those who never did.
 * Here Dagny, who joins muted and never speaks, also leaves half a minute before the end (issue 18, point
 * 3): the end-of-call card must still name her as a voice not heard, and her presence must end when she left.
 */
import { groundTruth, serveZoom, waitForScenarioEnd } from '../sim/driver';
import type { Interval } from '../sim/ground-truth';
import { defineScenario } from '../sim/scenario';
import { fivePersonReview } from '../sim/scenarios';
import { expect, test } from './fixtures';
import { exportData, extensionPage, near } from './helpers';

test.setTimeout(5 * 60_000);

const DAGNY_LEAVES_AT = 150_000;
const review = defineScenario({
  ...fivePersonReview,
  name: 'five-person-review-silent-leaver',
  steps: [...fivePersonReview.steps, { at: DAGNY_LEAVES_AT, type: 'leave' as const, who: 'dagny' }].sort(
    (a, b) => a.at - b.at,
  ),
});

function overlapWithOthers(mine: readonly Interval[], others: readonly Interval[]): number {
  let total = 0;
  for (const [s, e] of mine)
    for (const [a, b] of others) total += Math.max(0, Math.min(e, b) - Math.max(s, a));
  return total;
}

test('a 3-minute Zoom review in the web client frame is measured truthfully and stored', async ({
  context,
  extensionId,
  network,
}) => {
  const url = await serveZoom(context, {
    scenario: review,
    client: 'classic',
    inFrame: true,
    autoplay: true,
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('rapport-overlay').waitFor({ state: 'attached' });
  await waitForScenarioEnd(page, 240_000);
  await expect(page.locator('rapport-overlay')).toHaveCount(0);
  const card = page.frameLocator('iframe[src*="reflection.html"]');
  await expect(card.getByRole('heading').first()).toBeVisible();
  // Other people's inclusion leads the card: the silent person who left early is named there.
  await expect(card.getByText('Voices not heard')).toBeVisible();
  await expect(card.getByText(/Dagny Holm/).first()).toBeVisible();

  const ext = await extensionPage(context, extensionId);
  let meeting: Awaited<ReturnType<typeof exportData>>['meetings'][number] | undefined;
  await expect
    .poll(async () => {
      meeting = (await exportData(ext)).meetings.find((m) => m.platform === 'zoom');
      return meeting?.endReason;
    })
    .toBe('left');
  const truth = groundTruth(review);
  const startedLate = Math.max(0, truth.durationMs - meeting!.durationMs);
  expect(startedLate, JSON.stringify(meeting!.participants)).toBeLessThan(1500);
  const people = Object.values(truth.participants);
  for (const p of people) {
    const got = meeting!.participants.find((q) => q.displayName === p.name);
    expect(got, p.name).toBeDefined();
    const others = people.filter((o) => o !== p).flatMap((o) => o.speaking);
    const overlap = overlapWithOthers(p.speaking, others);
    expect(
      near(got!.speakingMs, p.speakingMs, 0.02, 500 + overlap),
      `${p.name} speaking ${got!.speakingMs} vs ${p.speakingMs} (overlap ${overlap})`,
    ).toBe(true);
    if (overlap === 0) expect(got!.turns, `${p.name} turns`).toBe(p.turns);
    const camera = p.camera.reduce((a, [s, e]) => a + Math.max(0, e - Math.max(s, startedLate)), 0);
    expect(near(got!.cameraOnMs, camera, 0, 1000), `${p.name} camera ${got!.cameraOnMs} vs ${camera}`).toBe(
      true,
    );
  }
  const dagny = meeting!.participants.find((q) => q.displayName === 'Dagny Holm')!;
  const dagnyTruth = people.find((p) => p.name === 'Dagny Holm')!;
  expect(dagny.speakingMs).toBe(0);
  expect(
    near(dagny.presentMs, dagnyTruth.presentMs, 0, 2000),
    `Dagny present ${dagny.presentMs} vs ${dagnyTruth.presentMs}`,
  ).toBe(true);
  const details = (meeting as { details?: { rejectedEvents?: number } }).details;
  expect(details?.rejectedEvents, 'rejected events').toBe(0);
  expect(network.leaked).toEqual([]);
});
