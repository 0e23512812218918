/**
 * Diagnostics (issue 13) on the built extension: during a simulated Meet call and a simulated Zoom call the
 * health view lists every signal as ok; on a Meet page whose speaking widget drifted it says speaking is
 * broken and the live figures say "unknown" (null) for speaking instead of zeros; and the anonymised page
 * sample the user saves is a fixture-format file with no name, caption, chat line or meeting id in it.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import type { LiveSnapshot } from '@/utils/meeting/types';
import { serveMeet, serveZoom } from '../sim/driver';
import { defineScenario, type Scenario } from '../sim/scenario';
import { say, timeline } from '../sim/scenarios/helpers';
import { expect, test } from './fixtures';
import { ui } from './helpers';

const SIGNALS = ['phase', 'participants', 'self', 'speaking', 'camera', 'mute', 'captions', 'chat'] as const;

/**
 * Short calls whose captions and chat are all on the page within ~3 s; `durationMs` only bounds playback
 * (no end step), so the call stays open while the test reads the health view. Invented people.
 */
const meetCall = defineScenario({
  name: 'diagnostics-meet',
  meetingCode: 'tbs-hqmn-zvo',
  title: 'Budget walkthrough',
  durationMs: 40_000,
  participants: [
    { id: 'me', name: 'Lena Fischer', isSelf: true, camera: true },
    { id: 'tomas', name: 'Tomás Ortega', camera: true },
    { id: 'aiyana', name: 'Aiyana Whitehorse' },
  ],
  steps: timeline(
    say(300, 'tomas', 'Thanks Lena for the quarterly numbers', 1500),
    { at: 700, type: 'chat', who: 'aiyana', text: 'The budget sheet is in the shared drive' },
    say(2000, 'me', 'Happy to walk through the forecast', 1200),
    // Somebody keeps talking, so a speaking figure of 0 would be a wrong figure, not a true one.
    { at: 3500, type: 'speak', who: 'tomas', on: true },
  ),
});

const zoomCall = defineScenario({
  name: 'diagnostics-zoom',
  zoomMeetingId: '93715502468',
  title: 'Vendor shortlist',
  durationMs: 40_000,
  participants: [
    { id: 'me', name: 'Rafael Souza', isSelf: true },
    { id: 'hana', name: '小林 花', host: true, camera: true },
    { id: 'kwame', name: 'Kwame Mensah' },
  ],
  steps: timeline(
    say(300, 'hana', 'Welcome back, the shortlist has three vendors', 1500),
    { at: 700, type: 'chat', who: 'kwame', text: 'Pricing table attached below' },
    say(2000, 'kwame', 'The second vendor looks strongest', 1200),
  ),
});

/** Every text of a scenario that must never reach a sample: names, captions, chat lines, title, ids. */
function secrets(s: Scenario): string[] {
  const out = [s.title, s.meetingCode, s.zoomMeetingId, ...s.participants.map((p) => p.name)];
  for (const step of s.steps) if ('text' in step) out.push(step.text);
  return out;
}

/** Opens the meeting at `url` and the options page's health section side by side (loads overlap). */
async function openCall(context: BrowserContext, url: string, extensionId: string): Promise<[Page, Page]> {
  const [page, options] = await Promise.all([context.newPage(), context.newPage()]);
  await Promise.all([
    page.goto(url).then(() => page.locator('rapport-overlay').waitFor({ state: 'attached' })),
    options.goto(`chrome-extension://${extensionId}/options.html#health`),
  ]);
  return [page, options];
}

const row = (options: Page, signal: string) => options.locator(`tr[data-signal="${signal}"]`);

/** Waits until every signal's row reads `expected[signal] ?? 'ok'` at once. */
async function expectStates(options: Page, expected: Partial<Record<string, string>> = {}): Promise<void> {
  const want = Object.fromEntries(SIGNALS.map((s) => [s, expected[s] ?? 'ok']));
  await expect
    .poll(
      async () =>
        Object.fromEntries(
          await Promise.all(SIGNALS.map(async (s) => [s, await row(options, s).getAttribute('data-state')])),
        ),
      { timeout: 20_000 },
    )
    .toEqual(want);
}

/** Takes a sample, reviews the preview, saves it, and returns the downloaded file's name and text. */
async function saveSample(options: Page): Promise<{ name: string; text: string; preview: string }> {
  await options.getByTestId('rh-capture').click();
  const preview = options.getByTestId('rh-preview');
  await expect(preview).toContainText('anonymised', { timeout: 20_000 });
  const previewText = (await preview.textContent()) ?? '';
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByTestId('rh-save').click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8'), preview: previewText };
}

function expectAnonymousSample(
  sample: { name: string; text: string; preview: string },
  platform: 'meet' | 'zoom',
  scenario: Scenario,
): void {
  expect(sample.name).toMatch(new RegExp(`^rapport-page-sample-${platform}-\\d{4}-\\d{2}-\\d{2}\\.html$`));
  // The fixture format (utils/diagnostics/README.md): doctype, then the header comment naming the platform.
  expect(sample.text.startsWith('<!doctype html>\n<!--\n  Rapport anonymised page sample\n')).toBe(true);
  expect(sample.text.slice(0, 400)).toContain(`  platform: ${platform}\n`);
  expect(sample.text).toMatch(/\[t:[0-9a-f]{8}\]/);
  expect(sample.text).not.toMatch(/<script\b/i);
  expect(sample.preview.length).toBeGreaterThan(0);
  expect(sample.text.startsWith(sample.preview.slice(0, 200))).toBe(true);
  for (const secret of secrets(scenario)) {
    expect(sample.text, secret).not.toContain(secret);
    expect(sample.preview, secret).not.toContain(secret);
  }
}

test('Meet: every signal is ok in the health view, and the saved page sample holds no names or words', async ({
  context,
  extensionId,
  network,
}) => {
  const url = await serveMeet(context, { scenario: meetCall, autoplay: true });
  const [page, options] = await openCall(context, url, extensionId);
  await expectStates(options);

  // The sample is only meaningful if the secrets are on the page when it is taken.
  await expect(page.locator('[role="region"][aria-label="Captions"]')).toContainText(
    'Happy to walk through the forecast',
    { timeout: 15_000 },
  );
  await expect(page.getByText('The budget sheet is in the shared drive')).toBeVisible();
  const sample = await saveSample(options);
  expectAnonymousSample(sample, 'meet', meetCall);
  // The structure the readers need survives: tiles keep their data attribute (values hashed).
  expect(sample.text).toContain('data-participant-id');
  expect(network.leaked).toEqual([]);
});

test('Zoom in the PWA frame: every signal is ok in the health view, and the page sample is anonymous', async ({
  context,
  extensionId,
  network,
}) => {
  const url = await serveZoom(context, {
    scenario: zoomCall,
    client: 'classic',
    inFrame: true,
    autoplay: true,
  });
  const [page, options] = await openCall(context, url, extensionId);
  await expectStates(options);

  const frame = page.frameLocator('iframe#webclient');
  await expect(frame.getByText('The second vendor looks strongest')).toBeVisible({ timeout: 15_000 });
  await expect(frame.getByText('Pricing table attached below')).toBeVisible();
  const sample = await saveSample(options);
  expectAnonymousSample(sample, 'zoom', zoomCall);
  // The meeting frame is inlined, so the sample holds the meeting, not just the PWA shell.
  expect(sample.text).toContain('<rapport-frame id="webclient"');
  expect(sample.text).toContain('video-avatar__avatar');
  expect(network.leaked).toEqual([]);
});

test('Meet with a drifted speaking widget: speaking is broken, the rest ok, and speaking figures stay unknown', async ({
  context,
  extensionId,
  network,
}) => {
  const url = await serveMeet(context, { scenario: meetCall, autoplay: true, drift: 'speaking' });
  const [, options] = await openCall(context, url, extensionId);
  await expectStates(options, { speaking: 'broken' });
  await expect(row(options, 'speaking')).toHaveAttribute('data-state', 'broken');
  // The advice for a broken signal is to send a sample (not "show the tiles").
  await expect(options.getByTestId('rh-advice-speaking')).not.toBeEmpty();

  // Tomás talks from 0.3 s on and without pause from 3.5 s; the camera of two people is on throughout.
  // Once the camera figures have grown past 2 s, a speaking figure would have to be > 0 if it were seen:
  // it must be null (unknown), never 0.
  let live: LiveSnapshot | null = null;
  await expect
    .poll(
      async () => {
        live = await ui<LiveSnapshot | null>(options, { type: 'ui:live' });
        const tomas = live?.participants.find((p) => p.name === 'Tomás Ortega');
        return (tomas?.cameraOnMs ?? 0) > 2000;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  const snap = live as unknown as LiveSnapshot;
  expect(snap.participants.map((p) => p.name).sort()).toEqual(
    ['Aiyana Whitehorse', 'Lena Fischer', 'Tomás Ortega'].sort(),
  );
  for (const p of snap.participants) {
    expect(p.speakingMs, p.name).toBeNull();
    expect(p.speakingShare, p.name).toBeNull();
    expect(p.coverage.speaking, p.name).toBe(0);
  }
  expect(snap.balanceIndex).toBeNull();
  expect(snap.silentIds).toEqual([]);
  expect(snap.health.speaking).toBe('broken');
  expect(network.leaked).toEqual([]);
});
