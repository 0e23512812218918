/**
 * A frozen meeting tab (issue 24, points 4 and 7) on the built extension in Chromium: every script of the
 * page — the content script's isolated world with it — is stopped through the DevTools protocol while one
 * person is in the middle of a long turn, and goes on 18 s later. That is what a sleeping laptop or a
 * frozen background tab does to timers: the monotonic clock runs on, nothing runs. (`Debugger.pause`, not
 * `Page.setWebLifecycleState`: Chromium does not freeze a visible page, and Playwright's pages are all
 * visible.) The content script must report the stall as a gap, so the exported meeting counts none of it as
 * speaking or presence and says it was not covered.
 */

import type { LiveSnapshot } from '@/utils/meeting/types';
import { serveMeet, waitForScenarioEnd } from '../sim/driver';
import { defineScenario } from '../sim/scenario';
import { expect, test } from './fixtures';
import { exportData, extensionPage, simElapsed, ui } from './helpers';

const FREEZE_MS = 18_000;

const longTurn = defineScenario({
  name: 'frozen-tab',
  description: 'Two people; Tomás talks from 2 s to 40 s; the call ends at 44 s',
  meetingCode: 'frz-tabx-gap',
  title: 'Frozen tab',
  participants: [
    { id: 'me', name: 'Lena Fischer', isSelf: true, camera: true },
    { id: 'tomas', name: 'Tomás Ortega' },
  ],
  steps: [
    { at: 2000, type: 'speak', who: 'tomas', durationMs: 38_000 },
    { at: 44_000, type: 'end', reason: 'left' },
  ],
});

test('a meeting tab frozen for 18 s mid-turn: the gap is not counted as speaking or presence, and is reported', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const url = await serveMeet(context, { scenario: longTurn, autoplay: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('rapport-overlay').waitFor({ state: 'attached' });
  // Until the background has seen Tomás talk for 3 s (so the freeze falls inside his turn).
  const ext = await extensionPage(context, extensionId);
  await expect
    .poll(
      async () => {
        const live = await ui<LiveSnapshot | null>(ext, { type: 'ui:live' });
        return live?.participants.find((p) => p.name === 'Tomás Ortega')?.speakingMs ?? 0;
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThan(3000);
  expect(await simElapsed(page)).toBeLessThan(30_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Debugger.enable');
  await cdp.send('Debugger.pause');
  // The freeze itself is the scenario (its length, not a wait for something): nothing in the page runs.
  await new Promise((r) => setTimeout(r, FREEZE_MS));
  await cdp.send('Debugger.resume');
  await waitForScenarioEnd(page, 90_000);

  let meeting: Awaited<ReturnType<typeof exportData>>['meetings'][number] | undefined;
  await expect
    .poll(async () => {
      meeting = (await exportData(ext)).meetings[0];
      return meeting?.endReason;
    })
    .toBe('left');
  const details = (
    meeting as unknown as { details: { gaps?: number; gapMs?: number; coverage: { speaking: number } } }
  ).details;
  expect(details.gaps).toBeGreaterThanOrEqual(1);
  // The stall runs from the last tick before the freeze to the first one after it.
  expect(details.gapMs!).toBeGreaterThan(FREEZE_MS - 2000);
  expect(details.gapMs!).toBeLessThan(FREEZE_MS + 3000);
  expect(details.coverage.speaking).toBeLessThan(1 - (FREEZE_MS - 2000) / meeting!.durationMs);
  const tomas = meeting!.participants.find((p) => p.displayName === 'Tomás Ortega')!;
  // 38 s of talk, minus the frozen stretch: never the whole turn (that would be phantom speaking).
  expect(tomas.speakingMs!).toBeLessThan(38_000 - details.gapMs! + 1500);
  expect(tomas.speakingMs!).toBeGreaterThan(38_000 - details.gapMs! - 2500);
  expect(tomas.presentMs!).toBeLessThan(meeting!.durationMs - details.gapMs! + 1500);
});
