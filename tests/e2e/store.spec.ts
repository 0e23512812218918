/** The local store on the built extension (issue 5): nothing lost, and imports that cannot hurt. */
import { groundTruth, serveMeet, waitForScenarioEnd } from '../sim/driver';
import { twoPerson } from '../sim/scenarios';
import { expect, test } from './fixtures';
import { exportData, extensionPage, near, simElapsed } from './helpers';

const validExport = (id: string) => ({
  format: 'rapport-export',
  version: 1,
  exportedAt: '2026-11-02T10:00:00.000Z',
  meetings: [
    {
      id,
      platform: 'meet',
      meetingCode: 'abc-defg-hij',
      title: 'Planning',
      startedAt: '2026-11-02T09:00:00.000Z',
      endedAt: '2026-11-02T09:30:00.000Z',
      endReason: 'left',
      durationMs: 1_800_000,
      balanceIndex: 0.9,
      participants: [
        {
          id: 'me',
          displayName: 'Ada Example',
          isSelf: true,
          presentMs: 1_800_000,
          speakingMs: 600_000,
          turns: 12,
          longestTurnMs: 90_000,
          interruptionsMade: 1,
          cameraOnMs: 1_700_000,
          acknowledgementsGiven: 1,
          acknowledgementsReceived: 0,
        },
        {
          id: 'p2',
          displayName: 'Ben Example',
          isSelf: false,
          presentMs: 1_800_000,
          speakingMs: 700_000,
          turns: 10,
          longestTurnMs: 80_000,
          interruptionsMade: 0,
          cameraOnMs: 0,
          acknowledgementsGiven: 0,
          acknowledgementsReceived: 1,
        },
      ],
      acknowledgements: [
        { at: '2026-11-02T09:10:00.000Z', fromId: 'me', toId: 'p2', kind: 'thanks', source: 'caption' },
      ],
      reflection: null,
    },
  ],
});

test('stopping the service worker mid-call loses nothing', async ({ context, extensionId }) => {
  const url = await serveMeet(context, { scenario: twoPerson, autoplay: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('rapport-overlay').waitFor({ state: 'attached' });
  await expect.poll(() => simElapsed(page)).toBeGreaterThan(5000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
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
  for (const p of Object.values(truth.participants)) {
    const got = meeting!.participants.find((q) => q.displayName === p.name)!;
    expect(
      near(got.speakingMs, p.speakingMs, 0.02, 500),
      `${p.name} ${got.speakingMs} vs ${p.speakingMs}`,
    ).toBe(true);
    expect(got.turns, p.name).toBe(p.turns);
  }
});

test('closing the tab mid-call keeps the meeting with at most 5 s missing', async ({
  context,
  extensionId,
}) => {
  const url = await serveMeet(context, { scenario: twoPerson, autoplay: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('rapport-overlay').waitFor({ state: 'attached' });
  await expect.poll(() => simElapsed(page)).toBeGreaterThan(6000);
  const closedAt = await simElapsed(page);
  await page.close();

  const ext = await extensionPage(context, extensionId);
  let meeting: Awaited<ReturnType<typeof exportData>>['meetings'][number] | undefined;
  await expect
    .poll(async () => {
      meeting = (await exportData(ext)).meetings[0];
      return meeting?.endReason;
    })
    .toBe('tab-closed');
  expect(meeting!.durationMs).toBeGreaterThan(closedAt - 5000);
  expect(meeting!.durationMs).toBeLessThan(closedAt + 1000);
});

test('a malformed import names the problem and leaves the data exactly as it was', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#data`);
  const file = options.getByTestId('import-file');
  await file.setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(validExport('m-1'))),
  });
  await expect(options.getByRole('status')).toContainText('Imported 1 meeting');
  const before = await exportData(options);

  const broken = validExport('m-2');
  (broken.meetings[0]!.participants[1] as { turns: unknown }).turns = 'many';
  await file.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await expect(options.getByRole('alert')).toContainText('Import failed');
  await expect(options.getByRole('alert')).toContainText('turns');
  const after = await exportData(options);
  expect({ ...after, exportedAt: null }).toEqual({ ...before, exportedAt: null });

  // The same valid file twice adds nothing.
  await file.setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(validExport('m-1'))),
  });
  await expect(options.getByRole('status')).toContainText('1 already present');
  expect((await exportData(options)).meetings).toHaveLength(1);
});
