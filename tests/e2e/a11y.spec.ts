/**
 * Accessibility of every page a user sees (issues 6, 7, 9, 12): axe-core finds no serious or critical
 * violation on the welcome page, the popup with a reflection, the options sections, the end-of-call card
 * and the expanded in-call overlay (inside its shadow root) — in the light and in the dark colour scheme
 * (every page follows `prefers-color-scheme`, so contrast is checked in both palettes).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { serveMeet } from '../sim/driver';
import { twoPerson } from '../sim/scenarios';
import { expect, test } from './fixtures';
import {
  addScriptToOverlayWorld,
  evaluateInOverlayWorld,
  extensionPage,
  overlayLocator,
  ui,
} from './helpers';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown }[];
}

/** Serious and critical violations on the page (evaluated through CDP, so extension CSP does not apply). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(ctx: unknown, o: unknown): Promise<{ violations: Violation[] }> };
      }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(v.nodes.map((n) => n.target).slice(0, 3))}`,
    );
}

const SCHEMES = ['light', 'dark'] as const;

/**
 * The emulation took: the page's background is dark in the dark scheme and light in the light one (so a
 * page that stopped following the scheme cannot pass the dark run with its light palette).
 */
async function expectScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  const luminance = await page.evaluate(() => {
    const rgb =
      getComputedStyle(document.body)
        .backgroundColor.match(/[\d.]+/g)
        ?.map(Number) ?? [];
    const [r = 255, g = 255, b = 255] = rgb;
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });
  if (scheme === 'dark') expect(luminance, 'dark background').toBeLessThan(0.3);
  else expect(luminance, 'light background').toBeGreaterThan(0.7);
}

/**
 * A 40-minute meeting a week ago with someone who never spoke, so the reflection has prompts to show. It
 * carries the export's optional `details` (full coverage), so Trends draws its charts from it; dated
 * relative to today so it stays inside Trends' default range.
 */
function exportWithOneMeeting() {
  const start = Math.floor((Date.now() - 7 * 86_400_000) / 3_600_000) * 3_600_000;
  const iso = (offsetMin: number) => new Date(start + offsetMin * 60_000).toISOString();
  const p = (id: string, name: string, isSelf: boolean, speakingMs: number, turns: number) => ({
    id,
    displayName: name,
    isSelf,
    presentMs: 2_400_000,
    speakingMs,
    turns,
    longestTurnMs: turns ? 120_000 : null,
    interruptionsMade: 0,
    cameraOnMs: 2_000_000,
    acknowledgementsGiven: isSelf ? 1 : 0,
    acknowledgementsReceived: isSelf ? 0 : 1,
  });
  const full = { phase: 1, participants: 1, self: 1, speaking: 1, camera: 1, mute: 1, captions: 1, chat: 1 };
  return {
    format: 'rapport-export',
    version: 1,
    exportedAt: iso(60),
    meetings: [
      {
        id: 'session_a11y_1',
        platform: 'meet',
        meetingCode: 'abc-defg-hij',
        title: 'Weekly planning',
        startedAt: iso(0),
        endedAt: iso(40),
        endReason: 'left',
        durationMs: 2_400_000,
        balanceIndex: 0.6,
        participants: [
          p('me', 'Ada Example', true, 1_200_000, 14),
          p('p2', 'Ben Example', false, 700_000, 9),
          p('p3', 'Cleo Example', false, 0, 0),
        ],
        acknowledgements: [{ at: iso(10), fromId: 'me', toId: 'p2', kind: 'thanks', source: 'caption' }],
        reflection: null,
        details: {
          endReason: 'left',
          selfId: 'me',
          silentIds: ['p3'],
          selfShare: 1_200_000 / 1_900_000,
          fairShare: 1 / 3,
          coverage: full,
          health: {},
          rejectedEvents: 0,
          namesForgottenAt: null,
        },
      },
    ],
  };
}

// One test per scheme: each visits ten pages with an axe run on each, which takes about a minute on a
// loaded 2-core machine.
for (const colorScheme of SCHEMES) {
  test(`welcome, popup, options and the reflection card have no serious or critical axe violations (${colorScheme})`, async ({
    context,
    extensionId,
  }) => {
    test.setTimeout(180_000);
    const ext = await extensionPage(context, extensionId);
    await ui(ext, { type: 'ui:import', data: JSON.stringify(exportWithOneMeeting()) });

    const page = await context.newPage();
    await page.emulateMedia({ colorScheme });
    const base = `chrome-extension://${extensionId}`;
    await page.goto(`${base}/welcome.html`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectScheme(page, colorScheme);
    expect(await seriousViolations(page), 'welcome').toEqual([]);

    await page.goto(`${base}/popup.html`);
    await expect(page.getByText('Cleo Example').first()).toBeVisible();
    await expectScheme(page, colorScheme);
    expect(await seriousViolations(page), 'popup').toEqual([]);

    await page.goto(`${base}/reflection.html?card=1#session_a11y_1`);
    await expect(page.getByRole('heading').first()).toBeVisible();
    expect(await seriousViolations(page), 'card').toEqual([]);

    for (const section of ['trends', 'people', 'history', 'settings', 'data', 'health']) {
      await page.goto(`${base}/options.html#${section}`);
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
      if (section === 'trends') {
        // The charts are drawn (the one meeting has every figure), so their legends are checked too.
        await expect(page.locator('.opt-chart canvas').first()).toBeAttached();
        await expectScheme(page, colorScheme);
      }
      expect(await seriousViolations(page), `options#${section}`).toEqual([]);
    }
  });
}

test('the in-call overlay, collapsed and expanded, light and dark, has no serious or critical axe violations', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  test.setTimeout(180_000);
  // The two-person call, left at 150 s instead of 10 s: four axe runs (each several seconds on a loaded
  // machine) must fit while the overlay is up. The test does not wait for the end.
  const longer = {
    ...twoPerson,
    steps: [
      ...twoPerson.steps.filter((s) => s.type !== 'end'),
      { at: 150_000, type: 'end' as const, reason: 'left' as const },
    ],
  };
  await page.goto(await serveMeet(context, { scenario: longer, autoplay: true }));
  const overlay = await overlayLocator(page);
  const pill = overlay.locator('.rp-pill');
  await pill.waitFor();
  // axe runs where the overlay's closed root is reachable (helpers.ts), not in the page's world.
  await addScriptToOverlayWorld(page, axeSource);
  // Only Rapport's own UI: the simulated Meet page around it is not ours to judge.
  const overlayViolations = () =>
    evaluateInOverlayWorld(
      page,
      async () => {
        const axe = (
          globalThis as unknown as {
            axe: {
              run(ctx: unknown, o: unknown): Promise<{ violations: Violation[]; passes: { id: string }[] }>;
            };
          }
        ).axe;
        const { violations, passes } = await axe.run(
          { include: [['rapport-overlay']] },
          { resultTypes: ['violations'] },
        );
        const found = violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.help}`);
        // Not vacuous: axe got into the closed root, where the overlay's buttons are.
        if (![...passes, ...violations].some((r) => r.id === 'button-name')) found.push('axe saw no button');
        return found;
      },
      null,
    );
  // The overlay's own palette follows the scheme: its pill is dark here, light below.
  const pillLuminance = () =>
    pill.evaluate((el) => {
      const rgb =
        getComputedStyle(el)
          .backgroundColor.match(/[\d.]+/g)
          ?.map(Number) ?? [];
      const [r = 255, g = 255, b = 255] = rgb;
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    });
  expect(await pillLuminance(), 'dark pill').toBeLessThan(0.3);
  expect(await overlayViolations(), 'collapsed (dark)').toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await pillLuminance(), 'light pill').toBeGreaterThan(0.7);
  expect(await overlayViolations(), 'collapsed (light)').toEqual([]);
  await pill.click();
  await expect(overlay.getByTestId('balance-bar')).toBeVisible();
  expect(await overlayViolations(), 'expanded (light)').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await overlayViolations(), 'expanded (dark)').toEqual([]);
});
