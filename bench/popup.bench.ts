/**
 * Popup first paint with 1,000 stored meetings, next to the floor of any extension popup in the same browser.
 *
 * Method. The built extension (the bench's own build directory, never `.output`) is loaded in headless
 * Chromium with a throwaway profile. 1,000 meetings (8 people, acknowledgements, a year of history, in the
 * public export format; the latest, which the popup shows, is an 8-hour call of 12 people with the 500
 * acknowledgements the model keeps at most: issue 24, point 6) are imported through the real `ui:import` message from an extension page. Then, in
 * the same warm browser with the service worker running, the real action popup is opened `LOADS` times with
 * `chrome.action.openPopup()` — what a click on the toolbar button does — from an extension tab in front
 * (the "keeper", which stays idle while a popup loads). Three pages are opened as the popup
 * (`chrome.action.setPopup`), interleaved so that load on the machine hits them alike:
 * - popup.html, as shipped;
 * - the floor: `bench-floor.html`, a page with one heading and nothing else (no CSS, no script), written
 *   into the bench's build directory only: the fastest an extension popup paints here;
 * - the shell: popup.html with its scripts removed, also in the bench's build only: what the static markup
 *   and its inline styles cost on their own.
 * Per open, from the popup page's navigation start (its `performance.now()` origin): first contentful paint
 * (Paint Timing), the load event (Chrome shows a popup only once its page has loaded), and the moment the
 * reflection panel (or its empty state) is in the DOM, taken by a MutationObserver the keeper attaches to
 * the popup's document as soon as it exists. The first open of each kind is printed separately; the figures
 * are medians of the rest. Before the import, the same popup figures with an empty store. Then popup.html
 * opened in a fresh tab, as earlier versions of this bench measured it (a tab is shown before its page has
 * loaded). Last, one popup open after the service worker has been stopped (the popup opened after the
 * worker went idle): the worker's start is in that figure.
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
const LOADS = 21;
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
    const long = m === MEETINGS - 1;
    const durationMs = long ? 8 * 3_600_000 : (20 + (m % 5) * 10) * 60_000;
    const people = long ? 12 : 3 + (m % 6);
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
    const ackCount = long ? 500 : 4 + (m % 8);
    const acknowledgements = Array.from({ length: ackCount }, (_, a) => ({
      at: iso(start + Math.round(((a + 1) * durationMs) / (ackCount + 1))),
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

interface Open {
  /** First contentful paint, from the popup page's navigation start. */
  fcp: number;
  /** The page's load event (end). */
  load: number;
  /** The reflection panel or its empty state is in the DOM; NaN on pages without script. */
  panel: number;
  /** From the `openPopup()` call to first paint: Chrome's own work to create the popup view is in it. */
  fromCall: number;
}

type Opens = Record<Kind, Open[]>;

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

/**
 * Opens `path` as the action popup from the keeper tab, waits for its first paint (and, for popup.html,
 * its rendered reflection area), closes it and returns the figures. Runs inside the keeper. Extension pages
 * share one renderer main thread, so the keeper stays quiet while the popup loads: it looks for the popup
 * every 20 ms until it exists, then only listens (a MutationObserver and a paint observer on the popup).
 */
async function openOnce(keeper: Page, kind: Kind): Promise<Open> {
  return keeper.evaluate(
    async ({ path, waitPanel }) => {
      // (No local function declarations in here: the bench's TypeScript loader would wrap them in a helper
      // that does not exist in the page.)
      type View = Window & typeof globalThis;
      const c = (
        globalThis as unknown as {
          chrome: {
            action: { setPopup(o: { popup: string }): Promise<void>; openPopup(): Promise<void> };
            extension: { getViews(o: { type: string }): View[] };
          };
        }
      ).chrome;
      const selector = '.rp-panel, .rp-reflection:not([role=status])';
      await c.action.setPopup({ popup: path });
      const called = performance.timeOrigin + performance.now();
      await c.action.openPopup();
      const deadline = Date.now() + 15_000;
      let view: View | undefined;
      for (;;) {
        view = c.extension.getViews({ type: 'popup' }).find((w) => w.location.pathname === `/${path}`);
        if (view) break;
        if (Date.now() > deadline) throw new Error(`${path}: the popup did not open within 15 s`);
        await new Promise((r) => setTimeout(r, 20));
      }
      if (waitPanel && view.document.querySelector(selector))
        throw new Error(`${path}: the panel was in before it was watched`);
      const panel = new Promise<number>((resolve) => {
        if (!waitPanel) return resolve(Number.NaN);
        new view.MutationObserver((_, obs) => {
          if (view.document.querySelector(selector)) {
            obs.disconnect();
            resolve(view.performance.now());
          }
        }).observe(view.document, { childList: true, subtree: true });
      });
      const fcp = new Promise<number>((resolve) => {
        new view.PerformanceObserver((list, obs) => {
          const e = list.getEntriesByName('first-contentful-paint')[0];
          if (e) {
            obs.disconnect();
            resolve(e.startTime);
          }
        }).observe({ type: 'paint', buffered: true });
      });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${path}: no paint or no panel within 15 s`)), 15_000);
      });
      const [paint, panelAt] = await Promise.race([Promise.all([fcp, panel]), timeout]);
      clearTimeout(timer);
      // The load event has ended by the first paint (a popup is shown only then); wait for it all the same.
      while (
        !(view.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd
      )
        await new Promise((r) => setTimeout(r, 20));
      const nav = view.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const out = {
        fcp: paint,
        load: nav.loadEventEnd,
        panel: panelAt,
        fromCall: view.performance.timeOrigin + paint - called,
      };
      view.close();
      while (c.extension.getViews({ type: 'popup' }).length) await new Promise((r) => setTimeout(r, 20));
      return out;
    },
    { path: PATHS[kind], waitPanel: kind === 'popup' },
  );
}

async function measure(keeper: Page, kinds: readonly Kind[]): Promise<Opens> {
  const out: Opens = { popup: [], floor: [], shell: [] };
  for (let i = 0; i < LOADS; i++) for (const k of kinds) out[k].push(await openOnce(keeper, k));
  return out;
}

/** popup.html in a fresh tab (how earlier versions of this bench measured it): first contentful paint. */
async function tabFcp(context: BrowserContext, id: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/${PATHS.popup}`);
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, {
    timeout: 15_000,
  });
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]!.startTime);
  await page.close();
  return fcp;
}

/** Stops the extension's service worker (as Chrome does after ~30 s idle) and waits until it is gone. */
async function stopServiceWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const median = (xs: number[]) =>
  r1(
    percentile(
      [...xs].sort((x, y) => x - y),
      50,
    ),
  );
/** Median over opens 2… (the first open of each kind is printed on its own). */
const med = (opens: Open[], f: (o: Open) => number) => median(opens.slice(1).map(f));

async function main() {
  const dir = await buildExtension('chrome');
  writeReferencePages(dir);
  const { context, close } = await launch(dir);
  try {
    const id = await extensionId(context);
    const keeper = await context.newPage();
    await keeper.goto(`chrome-extension://${id}/${PATHS.floor}`);
    await keeper.bringToFront();
    const empty = await measure(keeper, ['popup']);

    const t0 = Date.now();
    const result = await ui<{ added: number; skipped: number }>(keeper, {
      type: 'ui:import',
      data: exportFile(),
    });
    const importMs = Date.now() - t0;
    if (result.added !== MEETINGS) throw new Error(`import added ${result.added} of ${MEETINGS}`);
    const usage = await ui<{ meetings: number; usedBytes: number }>(keeper, { type: 'ui:storage-usage' });
    const opens = await measure(keeper, ['floor', 'shell', 'popup']);
    const tabs: number[] = [];
    for (let i = 0; i < LOADS; i++) tabs.push(await tabFcp(context, id));
    await keeper.bringToFront();

    await stopServiceWorker(context, keeper);
    const coldWorker = await openOnce(keeper, 'popup');

    const { popup, floor, shell } = opens;
    console.log(
      `method: built extension in headless Chromium, warm browser, ${MEETINGS} meetings imported via ui:import (${importMs} ms, ${(usage.usedBytes / 1048576).toFixed(1)} MB used); the action popup opened ${LOADS}× per page with chrome.action.openPopup(), interleaved; times from the popup page's navigation start; medians of opens 2–${LOADS}`,
    );
    console.log(
      `  first opens: popup FCP ${r1(popup[0]!.fcp)} ms, reflection ${r1(popup[0]!.panel)} ms; floor FCP ${r1(floor[0]!.fcp)} ms; shell FCP ${r1(shell[0]!.fcp)} ms`,
    );
    console.log(
      `  load event (median): floor ${med(floor, (o) => o.load)} ms, shell ${med(shell, (o) => o.load)} ms, popup ${med(popup, (o) => o.load)} ms`,
    );
    console.log(
      `  empty store (before the import): popup FCP ${med(empty.popup, (o) => o.fcp)} ms, reflection area ${med(empty.popup, (o) => o.panel)} ms`,
    );
    console.log(
      `  from the openPopup() call to first paint (median; Chrome's popup window is in it): floor ${med(floor, (o) => o.fromCall)} ms, popup ${med(popup, (o) => o.fromCall)} ms`,
    );
    console.log(
      `  service worker stopped first (woken by the popup): FCP ${r1(coldWorker.fcp)} ms, reflection ${r1(coldWorker.panel)} ms`,
    );
    info(
      'floor: one-heading extension popup FCP',
      med(floor, (o) => o.fcp),
      'ms',
    );
    info(
      'popup shell without its scripts FCP',
      med(shell, (o) => o.fcp),
      'ms',
    );
    report(
      `popup FCP, ${MEETINGS} meetings (median)`,
      med(popup, (o) => o.fcp),
      'ms',
      budgets.popupFirstPaintMs,
    );
    info(
      `popup FCP, ${MEETINGS} meetings (max of ${LOADS - 1})`,
      r1(Math.max(...popup.slice(1).map((o) => o.fcp))),
      'ms',
    );
    info(
      `popup opens with FCP ≤ ${budgets.popupFirstPaintMs.max} ms (floor: ${floor.slice(1).filter((o) => o.fcp <= budgets.popupFirstPaintMs.max).length} of ${LOADS - 1})`,
      popup.slice(1).filter((o) => o.fcp <= budgets.popupFirstPaintMs.max).length,
      `of ${LOADS - 1}`,
    );
    info('popup FCP − floor (median of pairs)', medianDiff(popup, floor), 'ms');
    report(
      'popup reflection rendered (median)',
      med(popup, (o) => o.panel),
      'ms',
      budgets.popupReflectionMs,
    );
    info(
      `reflection rendered, ${MEETINGS} meetings − empty`,
      r1(med(popup, (o) => o.panel) - med(empty.popup, (o) => o.panel)),
      'ms',
    );
    info('popup.html in a fresh tab, FCP (median)', median(tabs.slice(1)), 'ms');
  } finally {
    await close();
  }
}

/** Median over opens 2… of (a − b) for the opens made back to back. */
function medianDiff(a: Open[], b: Open[]): number {
  return median(a.slice(1).map((o, i) => o.fcp - b[i + 1]!.fcp));
}

await main();
