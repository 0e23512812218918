/**
 * Content-script main-thread cost on a busy simulated call: 49 tiles, 4 speaker changes per second, a
 * streaming caption per turn and a chat message every 2 s, for 60 s (RAPPORT_BENCH_SECONDS shortens it).
 *
 * Two headless Chromium instances, one with the built extension and one without, open the same simulated
 * page and start playback at the same moment, so both see the same machine load (2 cores: one renderer
 * each, the simulator's own timers and rendering are the bulk of both). CDP `Performance.getMetrics` is
 * read just before play and just after the end; the figure is ScriptDuration (all JS on the page's main
 * thread, page + content-script isolated world) with ÷ without. TaskDuration (all main-thread work,
 * including style/layout the extension causes) is printed as information, and the JS heap after a forced
 * GC (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage) with − without is held to the heap budget.
 * Then the same for Zoom's classic web client inside the PWA shell's same-origin iframe.
 *
 * Run: node --import tsx bench/content-overhead.bench.ts
 */
import type { BrowserContext, Page } from '@playwright/test';
import { playScenario, serveMeet, serveZoom, waitForScenarioEnd, waitForSimReady } from '../tests/sim/driver';
import type { Scenario } from '../tests/sim/scenario';
import { budgets, report } from './budgets';
import { benchSeconds, launch } from './lib/browser';
import { buildExtension } from './lib/build';
import { info } from './lib/print';
import { busyCall } from './lib/scenarios';

const SECONDS = benchSeconds(60);

type Metrics = Record<string, number>;

async function metrics(cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>>): Promise<Metrics> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

interface Side {
  page: Page;
  cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>>;
  before?: Metrics;
  after?: Metrics;
}

async function prepare(
  context: BrowserContext,
  platform: 'meet' | 'zoom',
  scenario: Scenario,
): Promise<Side> {
  const url =
    platform === 'meet'
      ? await serveMeet(context, { scenario })
      : await serveZoom(context, { scenario, client: 'classic', inFrame: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url);
  await waitForSimReady(page);
  return { page, cdp };
}

async function run(platform: 'meet' | 'zoom', extensionDir: string): Promise<void> {
  const scenario = busyCall(SECONDS);
  const [withExt, without] = await Promise.all([launch(extensionDir), launch(null)]);
  try {
    const sides = await Promise.all([
      prepare(withExt.context, platform, scenario),
      prepare(without.context, platform, scenario),
    ]);
    // Let load-time work settle before the measured window.
    await new Promise((r) => setTimeout(r, 1500));
    await Promise.all(sides.map(async (s) => (s.before = await metrics(s.cdp))));
    await Promise.all(sides.map((s) => playScenario(s.page)));
    // The overlay (top document) proves the content script is recording this call.
    const overlayShown = await sides[0]!.page
      .waitForSelector('rapport-overlay', { state: 'attached', timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    await Promise.all(sides.map((s) => waitForScenarioEnd(s.page, SECONDS * 1000 + 60_000)));
    await Promise.all(sides.map(async (s) => (s.after = await metrics(s.cdp))));
    // Heap after a full GC in each: what the extension's isolated world (code, adapter, model, overlay)
    // keeps, as the difference between the two otherwise identical pages.
    const heaps = await Promise.all(
      sides.map(async (s) => {
        await s.cdp.send('HeapProfiler.collectGarbage');
        return ((await s.cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
      }),
    );
    const d = (s: Side, k: string) => (s.after![k] ?? 0) - (s.before![k] ?? 0);
    const [w, wo] = sides as [Side, Side];
    const label = platform === 'meet' ? 'Meet' : 'Zoom';
    console.log(
      `  ${label}: script ${(d(w, 'ScriptDuration') * 1000).toFixed(0)} ms with, ${(d(wo, 'ScriptDuration') * 1000).toFixed(0)} ms without; ` +
        `task ${(d(w, 'TaskDuration') * 1000).toFixed(0)} / ${(d(wo, 'TaskDuration') * 1000).toFixed(0)} ms; ` +
        `extension UI seen: ${overlayShown ? 'yes' : 'NO (the extension did not attach)'}`,
    );
    report(
      `${label}: script time with ÷ without`,
      Math.round((d(w, 'ScriptDuration') / d(wo, 'ScriptDuration')) * 10000) / 10000,
      '×',
      budgets.contentScriptTimeRatio,
    );
    report(
      `${label}: content-script heap after the call`,
      Math.round(((heaps[0]! - heaps[1]!) / 1048576) * 100) / 100,
      'MB',
      budgets.contentHeapMB,
    );
    info(
      `${label}: task time with ÷ without`,
      Math.round((d(w, 'TaskDuration') / d(wo, 'TaskDuration')) * 1000) / 1000,
      '×',
    );
    info(
      `${label}: script added per call-second`,
      Math.round(((d(w, 'ScriptDuration') - d(wo, 'ScriptDuration')) * 1000 * 10) / SECONDS) / 10,
      'ms/s',
    );
  } finally {
    await Promise.all([withExt.close(), without.close()]);
  }
}

const dir = await buildExtension('chrome');
console.log(
  `method: ${SECONDS} s simulated 49-tile call (Meet; Zoom classic in the PWA frame), 4 changes/s, captions, chat; two Chromium instances (with / without the extension) playing it concurrently; CDP Performance.getMetrics ScriptDuration delta over the call`,
);
await run('meet', dir);
await run('zoom', dir);
