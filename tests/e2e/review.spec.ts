/**
 * The 3-minute, 5-person Meet review (Meet adapter acceptance) and what follows it (reflection
 * acceptance): figures that match the script, a card and popup whose prompts cite the person scripted to
 * stay silent, a saved rating/note/intention that reaches the export, and the intention in the next call.
 */
import { groundTruth, serveMeet, waitForScenarioEnd } from '../sim/driver';
import { fivePersonReview, twoPerson } from '../sim/scenarios';
import { expect, test } from './fixtures';
import { exportData, extensionPage, near, overlayLocator } from './helpers';

test.setTimeout(6 * 60_000);

test('a 3-minute review is measured truthfully, reflected on, and its intention shows in the next call', async ({
  context,
  extensionId,
  network,
}) => {
  const url = await serveMeet(context, { scenario: fivePersonReview, autoplay: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('rapport-overlay').waitFor({ state: 'attached' });
  await waitForScenarioEnd(page, 240_000);

  // Figures against the script's ground truth.
  const ext = await extensionPage(context, extensionId);
  let meeting: Awaited<ReturnType<typeof exportData>>['meetings'][number] | undefined;
  await expect
    .poll(async () => {
      meeting = (await exportData(ext)).meetings.find((m) => m.meetingCode === fivePersonReview.meetingCode);
      return meeting?.endReason;
    })
    .toBe('left');
  const truth = groundTruth(fivePersonReview);
  // The content script starts a moment after the simulated call; what it could not see is not expected.
  const startedLate = Math.max(0, truth.durationMs - meeting!.durationMs);
  expect(startedLate, JSON.stringify(meeting!.participants)).toBeLessThan(1500);
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
  expect(meeting!.participants.find((p) => p.displayName === 'Dagny Holm')!.speakingMs).toBe(0);
  // Captions came on at 62 s, after the invitation to Eero: the thanks and the two credits after it are
  // each counted exactly once, although every caption entry was rewritten word by word as it was spoken.
  const nameOf = new Map(meeting!.participants.map((p) => [p.id, p.displayName]));
  const acks = meeting!.acknowledgements
    .map((a) => `${nameOf.get(a.fromId ?? '')} → ${nameOf.get(a.toId)}: ${a.kind}`)
    .sort();
  // Bastien's 👍 right after Noor finished speaking counts as a reaction acknowledgement of Noor.
  expect(acks).toEqual([
    'Amara Okafor → Eero Mäkinen: credit',
    'Bastien Lefèvre → Noor Haddad: reaction',
    'Noor Haddad → Amara Okafor: credit',
    'Noor Haddad → Eero Mäkinen: thanks',
  ]);

  // The end-of-call card names the person who stayed silent.
  const card = page.frameLocator('iframe[src*="reflection.html"]');
  await expect(card.getByText(/Dagny Holm/).first()).toBeVisible();

  // The popup shows the same reflection; the user rates, writes a note and sets an intention.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByText(/Dagny Holm/).first()).toBeVisible();
  await popup
    .getByRole('group', { name: /Everyone had room to speak/ })
    .getByLabel('4')
    .check();
  await popup
    .getByRole('group', { name: /I showed interest in others/ })
    .getByLabel('5')
    .check();
  await popup.getByLabel('Private note (optional)').fill('Dagny joined late; ask her first next time.');
  await popup.getByLabel('Intention for your next call').fill('Invite Dagny in early');
  await popup.getByRole('button', { name: 'Save reflection' }).click();
  await expect(popup.getByText('Saved.')).toBeVisible();
  const saved = (await exportData(ext)).meetings.find((m) => m.meetingCode === fivePersonReview.meetingCode)!;
  expect(saved.reflection).toMatchObject({
    ratings: { room: 4, interest: 5 },
    note: 'Dagny joined late; ask her first next time.',
    intention: 'Invite Dagny in early',
  });

  // The next call's overlay shows the intention.
  const next = await context.newPage();
  await next.goto(await serveMeet(context, { scenario: twoPerson, autoplay: true }));
  const overlay = await overlayLocator(next);
  await overlay.locator('.rp-pill').click();
  await expect(overlay.getByText('Invite Dagny in early')).toBeVisible();
  expect(network.leaked).toEqual([]);
});
