/**
 * Issue 18 (point 2) on the built extension: the four-person call where the user invites someone in by
 * name in the first seconds and credits someone's work by name (caption and chat), next to sentences that
 * only sound like acknowledgements. On Zoom the caption box shows only the speaker's picture and the
 * participants pane is never opened (the user is known from the pre-join name); on Meet the same script.
 * The stored acknowledgements from the user are held to the scenario's truth, as review.spec.ts does for
 * the five-person review: recall 1.0, and nothing the user did not say.
 */
import { serveMeet, serveZoom, waitForScenarioEnd } from '../sim/driver';
import type { Scenario } from '../sim/scenario';
import { fourPersonAcks, fourPersonAcksTruth } from '../sim/scenarios';
import {
  fourPersonAcksEs,
  fourPersonAcksEsTruth,
  fourPersonAcksJa,
  fourPersonAcksJaTruth,
} from '../sim/scenarios/acks-i18n';
import { expect, test } from './fixtures';
import { type ExportedMeeting, exportData, extensionPage } from './helpers';

test.setTimeout(3 * 60_000);

const nameOf = (id: string) => fourPersonAcks.participants.find((p) => p.id === id)!.name;
const self = nameOf('me');
const truth = fourPersonAcksTruth.map((a) => `${nameOf(a.to)}: ${a.kind}`).sort();

/** The user's stored acknowledgements as "<to name>: <kind>", and the recall against the truth. */
function userAcks(meeting: ExportedMeeting): { got: string[]; recall: number } {
  const names = new Map(meeting.participants.map((p) => [p.id, p.displayName]));
  const got = meeting.acknowledgements
    .filter((a) => names.get(a.fromId ?? '') === self && a.source !== 'reaction')
    .map((a) => `${names.get(a.toId)}: ${a.kind}`)
    .sort();
  const found = truth.filter((t) => got.includes(t)).length;
  return { got, recall: found / truth.length };
}

async function storedMeeting(
  context: Parameters<typeof extensionPage>[0],
  extensionId: string,
  platform: 'meet' | 'zoom',
): Promise<ExportedMeeting> {
  const ext = await extensionPage(context, extensionId);
  let meeting: ExportedMeeting | undefined;
  await expect
    .poll(async () => {
      meeting = (await exportData(ext)).meetings.find((m) => m.platform === platform);
      return meeting?.endReason;
    })
    .toBe('left');
  return meeting!;
}

test('Zoom: the user’s invitation in the first seconds and credit for work are all counted (recall 1.0)', async ({
  context,
  extensionId,
  network,
}) => {
  const paneNeverOpened: Scenario = { ...fourPersonAcks, panels: { people: false, chat: true } };
  const url = await serveZoom(context, {
    scenario: paneNeverOpened,
    client: 'classic',
    inFrame: true,
    autoplay: true,
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('rapport-overlay').waitFor({ state: 'attached' });
  await waitForScenarioEnd(page, 90_000);
  const { got, recall } = userAcks(await storedMeeting(context, extensionId, 'zoom'));
  expect(got, `recall ${recall}`).toEqual(truth);
  expect(recall).toBe(1);
  expect(network.leaked).toEqual([]);
});

test('Meet: the same script is counted the same way (recall 1.0)', async ({
  context,
  extensionId,
  network,
}) => {
  const url = await serveMeet(context, { scenario: fourPersonAcks, autoplay: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('rapport-overlay').waitFor({ state: 'attached' });
  await waitForScenarioEnd(page, 90_000);
  const { got, recall } = userAcks(await storedMeeting(context, extensionId, 'meet'));
  expect(got, `recall ${recall}`).toEqual(truth);
  expect(recall).toBe(1);
  expect(network.leaked).toEqual([]);
});

/**
 * Issue 23: with the setting on "Automatic" (the default) and an English browser, a call held in Spanish or
 * Japanese is read with that language's rules: the content script guesses the language from the captions,
 * asks the background for that one table and applies it from the next caption on.
 */
for (const [label, scenario, want] of [
  ['Spanish', fourPersonAcksEs, fourPersonAcksEsTruth],
  ['Japanese', fourPersonAcksJa, fourPersonAcksJaTruth],
] as const) {
  test(`Meet in ${label}, automatic rules: the user’s acknowledgements are all counted, nothing else`, async ({
    context,
    extensionId,
    network,
  }) => {
    const url = await serveMeet(context, { scenario, autoplay: true });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('rapport-overlay').waitFor({ state: 'attached' });
    await waitForScenarioEnd(page, 90_000);
    const meeting = await storedMeeting(context, extensionId, 'meet');
    const names = new Map(meeting.participants.map((p) => [p.id, p.displayName]));
    const nameIn = (id: string) => scenario.participants.find((p) => p.id === id)!.name;
    const self = nameIn('me');
    const got = meeting.acknowledgements
      .filter((a) => names.get(a.fromId ?? '') === self && a.source !== 'reaction')
      .map((a) => `${names.get(a.toId)}: ${a.kind}`)
      .sort();
    expect(got).toEqual(want.map((a) => `${nameIn(a.to)}: ${a.kind}`).sort());
    expect(network.leaked).toEqual([]);
  });
}
