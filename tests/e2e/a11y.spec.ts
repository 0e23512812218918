/**
 * Accessibility of every page a user sees (issues 6, 7, 9, 12): axe-core finds no serious or critical
 * violation on the welcome page, the popup with a reflection, the options sections, the end-of-call card
 * and the expanded in-call overlay (inside its shadow root).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { serveMeet } from '../sim/driver';
import { twoPerson } from '../sim/scenarios';
import { expect, test } from './fixtures';
import { extensionPage, ui } from './helpers';

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

/** A 40-minute meeting with someone who never spoke, so the reflection has prompts to show. */
function exportWithOneMeeting() {
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
  return {
    format: 'rapport-export',
    version: 1,
    exportedAt: '2026-11-20T10:00:00.000Z',
    meetings: [
      {
        id: 'session_a11y_1',
        platform: 'meet',
        meetingCode: 'abc-defg-hij',
        title: 'Weekly planning',
        startedAt: '2026-11-20T09:00:00.000Z',
        endedAt: '2026-11-20T09:40:00.000Z',
        endReason: 'left',
        durationMs: 2_400_000,
        balanceIndex: 0.6,
        participants: [
          p('me', 'Ada Example', true, 1_200_000, 14),
          p('p2', 'Ben Example', false, 700_000, 9),
          p('p3', 'Cleo Example', false, 0, 0),
        ],
        acknowledgements: [
          { at: '2026-11-20T09:10:00.000Z', fromId: 'me', toId: 'p2', kind: 'thanks', source: 'caption' },
        ],
        reflection: null,
      },
    ],
  };
}

test('welcome, popup, options and the reflection card have no serious or critical axe violations', async ({
  context,
  extensionId,
}) => {
  const ext = await extensionPage(context, extensionId);
  await ui(ext, { type: 'ui:import', data: JSON.stringify(exportWithOneMeeting()) });

  const page = await context.newPage();
  const base = `chrome-extension://${extensionId}`;
  await page.goto(`${base}/welcome.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(page), 'welcome').toEqual([]);

  await page.goto(`${base}/popup.html`);
  await expect(page.getByText('Cleo Example').first()).toBeVisible();
  expect(await seriousViolations(page), 'popup').toEqual([]);

  await page.goto(`${base}/reflection.html?card=1#session_a11y_1`);
  await expect(page.getByRole('heading').first()).toBeVisible();
  expect(await seriousViolations(page), 'card').toEqual([]);

  for (const section of ['trends', 'people', 'history', 'settings', 'data', 'health']) {
    await page.goto(`${base}/options.html#${section}`);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    expect(await seriousViolations(page), `options#${section}`).toEqual([]);
  }
});

test('the in-call overlay, collapsed and expanded, has no serious or critical axe violations', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(await serveMeet(context, { scenario: twoPerson, autoplay: true }));
  const pill = page.locator('rapport-overlay .rp-pill');
  await pill.waitFor();
  await page.evaluate(axeSource);
  // Only Rapport's own UI: the simulated Meet page around it is not ours to judge.
  const overlayViolations = () =>
    page.evaluate(async () => {
      const axe = (
        globalThis as unknown as {
          axe: { run(ctx: unknown, o: unknown): Promise<{ violations: Violation[] }> };
        }
      ).axe;
      const { violations } = await axe.run(
        { include: [['rapport-overlay']] },
        { resultTypes: ['violations'] },
      );
      return violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help}`);
    });
  expect(await overlayViolations(), 'collapsed').toEqual([]);
  await pill.click();
  await expect(page.locator('rapport-overlay [data-testid="balance-bar"]')).toBeVisible();
  expect(await overlayViolations(), 'expanded').toEqual([]);
});
