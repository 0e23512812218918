/**
 * Popup first paint with 1,000 stored meetings, next to the floor of any extension page in the same browser.
 *
 * Method. The built extension (the bench's own build directory, never `.output`) is loaded in headless
 * Chromium with a throwaway profile. 1,000 meetings (8 people, acknowledgements, a year of history, in the
 * public export format) are imported through the real `ui:import` message from an extension page. Then,
 * in the same warm browser with the service worker running — a user clicking the toolbar button — each
 * page is opened `LOADS` times in a fresh tab (a cold page), the three kinds interleaved so that load on
 * the machine hits them alike:
 * - popup.html, as shipped;
 * - the floor: `bench-floor.html`, a page with one heading and nothing else (no CSS, no script), written
 *   into the bench's build directory only — the fastest an extension page paints here;
 * - the shell: popup.html with its scripts removed, also in the bench's build only — what the static
 *   markup and stylesheets cost on their own.
 * Per load, from the page's navigation start (`performance.now()` origin): first contentful paint (Paint
 * Timing), the moment the popup's script has rendered (its footer is in the DOM), and the moment the
 * reflection panel (or its empty state) is in the DOM — MutationObservers added by an init script before
 * any page script, so they see the first render. From CDP `Performance.getMetrics` per tab: renderer
 * main-thread script and style/layout time, which the machine's load inflates far less than wall time.
 * The first load of each kind is printed separately; the figures are medians of the rest. Before the
 * import, the same popup figures with an empty store. Last, one popup load after the service worker has
 * been stopped (the popup opened after the worker went idle): the worker's start is in that figure.
 *
 * Run: node --import tsx bench/popup.bench.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { budgets, report } from './budgets';
import { extensionId, launch, percentile, ui } from './lib/browser';
import { buildExtension } from './lib/build';
import { info } from './lib/print';

const MEETINGS = 1_000;
const LOADS = 11;
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

type Kind = 'popup' | 'floor' | 'shell';
const PATHS: Record<Kind, string> = {
  popup: 'popup.html',
  floor: 'bench-floor.html',
  shell: 'bench-shell.html',
};

interface Load {
  fcp: number;
  /** The popup's script has rendered (footer in the DOM); NaN on pages without script. */
  script: number;
  /** The reflection panel or its empty state is in the DOM; NaN on pages without script. */
  panel: number;
  /** Renderer main-thread time for this tab, ms (CDP Performance metrics). */
  scriptCpu: number;
  layoutCpu: number;
}

type Loads = Record<Kind, Load[]>;

/** The floor and the script-less shell, written next to the build's popup.html (not shipped: bench build only). */
function writeReferencePages(dir: string): void {
  writeFileSync(
    join(dir, PATHS.floor),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title></head><body><h1>Rapport</h1></body></html>',
  );
  const popup = readFileSync(join(dir, 'popup.html'), 'utf8');
  const shell = popup
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '');
  if (shell.includes('<script')) throw new Error('could not strip the scripts from popup.html');
  writeFileSync(join(dir, PATHS.shell), shell);
}

async function loadOnce(context: BrowserContext, id: string, kind: Kind): Promise<Load> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`chrome-extension://${id}/${PATHS[kind]}`);
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, {
    timeout: 15_000,
  });
  if (kind === 'popup') {
    await page.waitForFunction(
      () => (window as unknown as { __benchPanelAt?: number }).__benchPanelAt !== undefined,
      null,
      { timeout: 15_000 },
    );
  }
  const m = await page.evaluate(() => {
    const w = window as unknown as { __benchPanelAt?: number; __benchScriptAt?: number };
    return {
      fcp: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
      script: w.__benchScriptAt ?? Number.NaN,
      panel: w.__benchPanelAt ?? Number.NaN,
    };
  });
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  const metric = (n: string) => (metrics.find((x) => x.name === n)?.value ?? 0) * 1000;
  await cdp.detach();
  await page.close();
  return {
    ...m,
    scriptCpu: metric('ScriptDuration'),
    layoutCpu: metric('LayoutDuration') + metric('RecalcStyleDuration'),
  };
}

async function measure(context: BrowserContext, id: string, kinds: readonly Kind[]): Promise<Loads> {
  const out: Loads = { popup: [], floor: [], shell: [] };
  for (let i = 0; i < LOADS; i++) for (const k of kinds) out[k].push(await loadOnce(context, id, k));
  return out;
}

/** Stops the extension's service worker (as Chrome does after ~30 s idle) and waits until it is gone. */
async function stopServiceWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const med = (loads: Load[], f: (l: Load) => number) =>
  r1(
    percentile(
      loads
        .slice(1)
        .map(f)
        .sort((x, y) => x - y),
      50,
    ),
  );

async function main() {
  const dir = await buildExtension('chrome');
  writeReferencePages(dir);
  const { context, close } = await launch(dir);
  try {
    const id = await extensionId(context);
    await context.addInitScript(() => {
      if (!location.pathname.endsWith('/popup.html')) return;
      const w = window as unknown as { __benchPanelAt?: number; __benchScriptAt?: number };
      new MutationObserver((_, obs) => {
        // The footer is not in the static shell: it appears with the script's first render.
        if (w.__benchScriptAt === undefined && document.querySelector('.popup-foot'))
          w.__benchScriptAt = performance.now();
        // The panel (loaded) or its empty state: either way the reflection area has rendered its data.
        if (document.querySelector('.rp-panel, .rp-reflection:not([role=status])')) {
          w.__benchPanelAt = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const empty = await measure(context, id, ['popup']);
    const seeder = await context.newPage();
    await seeder.goto(`chrome-extension://${id}/${PATHS.floor}`);
    const t0 = Date.now();
    const result = await ui<{ added: number; skipped: number }>(seeder, {
      type: 'ui:import',
      data: exportFile(),
    });
    const importMs = Date.now() - t0;
    if (result.added !== MEETINGS) throw new Error(`import added ${result.added} of ${MEETINGS}`);
    const usage = await ui<{ meetings: number; usedBytes: number }>(seeder, { type: 'ui:storage-usage' });
    await seeder.close();
    const loads = await measure(context, id, ['floor', 'shell', 'popup']);

    const anchor = await context.newPage();
    await anchor.goto(`chrome-extension://${id}/${PATHS.floor}`);
    await stopServiceWorker(context, anchor);
    await anchor.close();
    const coldWorker = await loadOnce(context, id, 'popup');

    const { popup, floor, shell } = loads;
    console.log(
      `method: built extension in headless Chromium, warm browser, ${MEETINGS} meetings imported via ui:import (${importMs} ms, ${(usage.usedBytes / 1048576).toFixed(1)} MB used); each page opened ${LOADS}× in a fresh tab, interleaved; from navigation start; medians of loads 2–${LOADS}`,
    );
    console.log(
      `  first loads: popup FCP ${r1(popup[0]!.fcp)} ms, reflection ${r1(popup[0]!.panel)} ms; floor FCP ${r1(floor[0]!.fcp)} ms; shell FCP ${r1(shell[0]!.fcp)} ms`,
    );
    console.log(
      `  empty store (before the import): popup FCP ${med(empty.popup, (l) => l.fcp)} ms, script rendered ${med(empty.popup, (l) => l.script)} ms, reflection area ${med(empty.popup, (l) => l.panel)} ms`,
    );
    console.log(
      `  service worker stopped first (woken by the popup): FCP ${r1(coldWorker.fcp)} ms, reflection ${r1(coldWorker.panel)} ms`,
    );
    info(
      'floor: static one-heading extension page FCP',
      med(floor, (l) => l.fcp),
      'ms',
    );
    info(
      'popup shell without its scripts FCP',
      med(shell, (l) => l.fcp),
      'ms',
    );
    report(
      `popup FCP, ${MEETINGS} meetings (median)`,
      med(popup, (l) => l.fcp),
      'ms',
      budgets.popupFirstPaintMs,
    );
    info('popup FCP − floor (median of pairs)', medianDiff(popup, floor), 'ms');
    info(
      'popup script rendered (median)',
      med(popup, (l) => l.script),
      'ms',
    );
    report(
      `popup reflection rendered (median)`,
      med(popup, (l) => l.panel),
      'ms',
      budgets.popupFirstPaintMs,
    );
    info(
      `reflection rendered, ${MEETINGS} meetings − empty`,
      r1(med(popup, (l) => l.panel) - med(empty.popup, (l) => l.panel)),
      'ms',
    );
    info(
      `popup reflection rendered (max of ${LOADS - 1})`,
      r1(Math.max(...popup.slice(1).map((l) => l.panel))),
      'ms',
    );
    info(
      'popup renderer script CPU (median)',
      med(popup, (l) => l.scriptCpu),
      'ms',
    );
    info(
      'popup renderer style+layout CPU (median)',
      med(popup, (l) => l.layoutCpu),
      'ms',
    );
    info(
      'floor renderer style+layout CPU (median)',
      med(floor, (l) => l.layoutCpu),
      'ms',
    );
  } finally {
    await close();
  }
}

/** Median over loads 2… of (a − b) for the loads made back to back. */
function medianDiff(a: Load[], b: Load[]): number {
  const d = a
    .slice(1)
    .map((l, i) => l.fcp - b[i + 1]!.fcp)
    .sort((x, y) => x - y);
  return r1(percentile(d, 50));
}

await main();
