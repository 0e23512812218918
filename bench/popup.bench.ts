/**
 * Popup first paint with 1,000 stored meetings. The built extension is loaded in headless Chromium; 1,000
 * meetings (8 people, acknowledgements, a year of history, in the public export format) are imported through
 * the real `ui:import` message from an extension page; then popup.html is opened in a fresh tab N times.
 * Per load, from the page's navigation start: first contentful paint (Paint Timing), and the moment the
 * reflection panel with its heading is in the DOM (a MutationObserver added before any page script, so it
 * sees the first render). The first load is printed separately; the figures are medians of the rest.
 *
 * Run: node --import tsx bench/popup.bench.ts
 */
import type { BrowserContext } from '@playwright/test';
import { budgets, report } from './budgets';
import { extensionId, launch, percentile, ui } from './lib/browser';
import { buildExtension } from './lib/build';
import { info } from './lib/print';

const MEETINGS = 1_000;
const LOADS = 7;
const NAMES = [
  'Ana Almeida',
  'Björn Brandt',
  'Chloé Çelik',
  'Dário Duarte',
  'Élodie Eriksen',
  'Farah García',
  'Gülşen Horváth',
  'Håkon Ishikawa',
  'Ígor Jovanović',
  'Jūratė Kowalczyk',
];
const KINDS = ['thanks', 'credit', 'invitation', 'agreement'] as const;

function exportFile() {
  const now = Date.UTC(2026, 10, 27, 17);
  const iso = (t: number) => new Date(t).toISOString();
  const meetings = Array.from({ length: MEETINGS }, (_, m) => {
    const start = now - (MEETINGS - m) * 8 * 3_600_000;
    const durationMs = (20 + (m % 5) * 10) * 60_000;
    const people = 3 + (m % 6);
    const speaking = Array.from({ length: people }, (_, i) => ((i + m) % people) + 1);
    const sum = speaking.reduce((a, b) => a + b, 0);
    const participants = Array.from({ length: people }, (_, i) => ({
      id: `spaces/SP${m}/devices/${i}`,
      displayName: NAMES[(i + m) % NAMES.length]!,
      isSelf: i === 0,
      presentMs: durationMs,
      speakingMs: Math.round((durationMs * 0.8 * speaking[i]!) / sum),
      turns: 5 + ((i * 7 + m) % 30),
      longestTurnMs: 60_000 + i * 1000,
      interruptionsMade: (i + m) % 4,
      cameraOnMs: i % 2 ? durationMs : 0,
      acknowledgementsGiven: (i + m) % 3,
      acknowledgementsReceived: (i * 2 + m) % 3,
    }));
    const acknowledgements = Array.from({ length: 4 + (m % 8) }, (_, a) => ({
      at: iso(start + (a + 1) * 60_000),
      fromId: participants[a % people]!.id,
      toId: participants[(a + 1) % people]!.id,
      kind: KINDS[a % KINDS.length]!,
      source: 'caption' as const,
    }));
    return {
      id: `bench-${String(m).padStart(5, '0')}`,
      platform: m % 4 === 0 ? ('zoom' as const) : ('meet' as const),
      meetingCode:
        m % 4 === 0
          ? `8451237${String(m % 10000).padStart(4, '0')}`
          : `abc-defg-${String.fromCharCode(97 + (m % 26)).repeat(3)}`,
      title: m % 3 ? `Weekly sync ${m % 12}` : null,
      startedAt: iso(start),
      endedAt: iso(start + durationMs),
      endReason: 'left' as const,
      durationMs,
      balanceIndex: 0.5 + (m % 50) / 100,
      participants,
      acknowledgements,
      reflection: null,
    };
  });
  return { format: 'rapport-export', version: 1, exportedAt: iso(now), meetings };
}

async function measure(context: BrowserContext, id: string): Promise<{ fcp: number[]; panel: number[] }> {
  const fcp: number[] = [];
  const panel: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/popup.html`);
    await page.waitForFunction(
      () => (window as unknown as { __benchPanelAt?: number }).__benchPanelAt !== undefined,
      null,
      { timeout: 15_000 },
    );
    await page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint').length > 0,
      null,
      {
        timeout: 5_000,
      },
    );
    const m = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
      panel: (window as unknown as { __benchPanelAt: number }).__benchPanelAt,
    }));
    fcp.push(m.fcp);
    panel.push(m.panel);
    await page.close();
  }
  return { fcp, panel };
}

async function main() {
  const dir = await buildExtension('chrome');
  const { context, close } = await launch(dir);
  try {
    const id = await extensionId(context);
    await context.addInitScript(() => {
      if (!location.pathname.endsWith('/popup.html')) return;
      const w = window as unknown as { __benchPanelAt?: number };
      new MutationObserver((_, obs) => {
        // The panel (loaded) or its empty state: either way the reflection area has rendered its data.
        if (document.querySelector('.rp-panel, .rp-reflection:not([role=status])')) {
          w.__benchPanelAt = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const empty = await measure(context, id);
    const seeder = await context.newPage();
    await seeder.goto(`chrome-extension://${id}/popup.html`);
    const t0 = Date.now();
    const result = await ui<{ added: number; skipped: number }>(seeder, {
      type: 'ui:import',
      data: exportFile(),
    });
    const importMs = Date.now() - t0;
    if (result.added !== MEETINGS) throw new Error(`import added ${result.added} of ${MEETINGS}`);
    const usage = await ui<{ meetings: number; usedBytes: number }>(seeder, { type: 'ui:storage-usage' });
    await seeder.close();
    const { fcp, panel } = await measure(context, id);

    const rest = (a: number[]) => a.slice(1).sort((x, y) => x - y);
    const r1 = (n: number) => Math.round(n * 10) / 10;
    console.log(
      `method: built extension in headless Chromium, ${MEETINGS} meetings imported via ui:import (${importMs} ms, ${(usage.usedBytes / 1048576).toFixed(1)} MB used); popup.html opened ${LOADS}×, Paint Timing FCP and reflection-panel DOM time from navigation start`,
    );
    console.log(
      `  empty store (same browser, before the import): FCP median ${r1(percentile(rest(empty.fcp), 50))} ms, reflection area ${r1(percentile(rest(empty.panel), 50))} ms`,
    );
    console.log(`  first load: FCP ${r1(fcp[0]!)} ms, reflection panel ${r1(panel[0]!)} ms`);
    report(
      `popup FCP, ${MEETINGS} meetings (median)`,
      r1(percentile(rest(fcp), 50)),
      'ms',
      budgets.popupFirstPaintMs,
    );
    report(
      `popup reflection rendered (median)`,
      r1(percentile(rest(panel), 50)),
      'ms',
      budgets.popupFirstPaintMs,
    );
    info(
      `reflection rendered, ${MEETINGS} meetings − empty`,
      r1(percentile(rest(panel), 50) - percentile(rest(empty.panel), 50)),
      'ms',
    );
    info(`popup reflection rendered (max of ${LOADS - 1})`, r1(rest(panel).at(-1)!), 'ms');
  } finally {
    await close();
  }
}

await main();
