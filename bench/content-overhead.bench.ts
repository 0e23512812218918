/**
 * Content-script main-thread cost on a busy simulated call: 49 tiles, 4 speaker changes per second, a
 * streaming caption per turn and a chat message every 2 s, for 60 s (RAPPORT_BENCH_SECONDS shortens it).
 *
 * Two headless Chromium instances, one with the built extension and one without, open the same simulated
 * page and start playback at the same moment, so both see the same machine load (2 cores: one renderer
 * each, the simulator's own timers and rendering are the bulk of both). CDP `Performance.getMetrics` is
 * read just before play and just after the end; the figure is ScriptDuration (all JS on the page's main
 * thread, page + content-script isolated world) per call-second, with − without: the script Rapport adds,
 * in absolute terms (a ratio against the simulator's own script says little about a real page, whose own
 * script is printed beside it). Three such runs, the median held to the budget. TaskDuration (all
 * main-thread work, including style/layout the extension causes) is printed as information, and the JS
 * heap after a forced GC (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage) with − without is held to
 * the heap budget. Then a CPU profile of one more call with the extension alone (CDP Profiler), whose five
 * extension functions with the most self time are printed with their source file (bench/lib/profile.ts).
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
import { type CpuProfile, extensionSelfTimes } from './lib/profile';
import { busyCall } from './lib/scenarios';

const SECONDS = benchSeconds(60);
/** Rounds per platform; the figure is their median (issue 20). */
const ROUNDS = 3;

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

interface Round {
  /** Script ms per call-second, with and without the extension. */
  withMs: number;
  withoutMs: number;
  taskWith: number;
  taskWithout: number;
  heapMB: number;
  overlayShown: boolean;
}

async function round(platform: 'meet' | 'zoom', extensionDir: string): Promise<Round> {
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
    const perSecond = (s: Side, k: string) => (((s.after![k] ?? 0) - (s.before![k] ?? 0)) * 1000) / SECONDS;
    const [w, wo] = sides as [Side, Side];
    return {
      withMs: perSecond(w, 'ScriptDuration'),
      withoutMs: perSecond(wo, 'ScriptDuration'),
      taskWith: perSecond(w, 'TaskDuration'),
      taskWithout: perSecond(wo, 'TaskDuration'),
      heapMB: (heaps[0]! - heaps[1]!) / 1048576,
      overlayShown,
    };
  } finally {
    await Promise.all([withExt.close(), without.close()]);
  }
}

/**
 * A CPU profile (CDP Profiler, 1 ms sampling) of the same call with the extension alone, after the measured
 * rounds so the profiler's own cost is in none of them: where the extension's script time goes.
 */
async function profile(platform: 'meet' | 'zoom', extensionDir: string, seconds: number) {
  const scenario = busyCall(seconds);
  const ext = await launch(extensionDir);
  try {
    const side = await prepare(ext.context, platform, scenario);
    await side.cdp.send('Profiler.enable');
    await side.cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await new Promise((r) => setTimeout(r, 1500));
    await side.cdp.send('Profiler.start');
    await playScenario(side.page);
    await waitForScenarioEnd(side.page, seconds * 1000 + 60_000);
    const { profile: p } = (await side.cdp.send('Profiler.stop')) as { profile: CpuProfile };
    return extensionSelfTimes(p, extensionDir);
  } finally {
    await ext.close();
  }
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const r1 = (n: number) => Math.round(n * 10) / 10;

async function run(platform: 'meet' | 'zoom', extensionDir: string): Promise<void> {
  const label = platform === 'meet' ? 'Meet' : 'Zoom';
  const rounds: Round[] = [];
  // RAPPORT_BENCH_PROFILE_ONLY=1: only the profile, for finding where the time goes (no budget line).
  if (process.env.RAPPORT_BENCH_PROFILE_ONLY === '1') return printProfile(label, platform, extensionDir);
  for (let i = 0; i < ROUNDS; i++) rounds.push(await round(platform, extensionDir));
  const added = rounds.map((r) => r.withMs - r.withoutMs);
  for (const [i, r] of rounds.entries()) {
    console.log(
      `  ${label} run ${i + 1}: script ${r1(r.withMs)} ms/s with, ${r1(r.withoutMs)} ms/s without (added ${r1(added[i]!)}); ` +
        `task ${r1(r.taskWith)} / ${r1(r.taskWithout)} ms/s; extension UI seen: ${r.overlayShown ? 'yes' : 'NO (the extension did not attach)'}`,
    );
  }
  info(`${label}: page's own script per call-second`, r1(median(rounds.map((r) => r.withoutMs))), 'ms/s');
  report(
    `${label}: script added per call-second`,
    r1(median(added)),
    'ms/s',
    budgets.contentScriptAddedMsPerSec,
  );
  if (rounds.some((r) => !r.overlayShown)) {
    console.log(`  ${label}: FAIL — the overlay never appeared, so the added figure measures nothing`);
    process.exitCode = 1;
  }
  report(
    `${label}: content-script heap after the call`,
    Math.round(median(rounds.map((r) => r.heapMB)) * 100) / 100,
    'MB',
    budgets.contentHeapMB,
  );
  info(
    `${label}: task time added per call-second`,
    r1(median(rounds.map((r) => r.taskWith - r.taskWithout))),
    'ms/s',
  );
  await printProfile(label, platform, extensionDir);
}

async function printProfile(label: string, platform: 'meet' | 'zoom', extensionDir: string) {
  const seconds = Math.min(SECONDS, 30);
  const top = await profile(platform, extensionDir, seconds);
  const total = top.reduce((n, t) => n + t.ms, 0);
  console.log(
    `  ${label} CPU profile (${seconds} s, extension alone): extension self time ${r1(total / seconds)} ms/s; top five by self time:`,
  );
  // RAPPORT_BENCH_TOP=20 lists more, and the self time per source file.
  const n = Number(process.env.RAPPORT_BENCH_TOP) || 5;
  for (const t of top.slice(0, n)) {
    console.log(`    ${(t.ms / seconds).toFixed(2).padStart(6)} ms/s  ${t.name.padEnd(36)} ${t.file}`);
  }
  if (n > 5) {
    const files = new Map<string, number>();
    for (const t of top) files.set(t.file, (files.get(t.file) ?? 0) + t.ms);
    for (const [f, ms] of [...files].sort((a, b) => b[1] - a[1]).slice(0, n))
      console.log(`    ${(ms / seconds).toFixed(2).padStart(6)} ms/s  ${f}`);
  }
}

// RAPPORT_BENCH_EXTENSION=<built chrome-mv3 dir> measures another build (e.g. an older commit's) the same way.
const dir = process.env.RAPPORT_BENCH_EXTENSION ?? (await buildExtension('chrome'));
console.log(
  `method: ${SECONDS} s simulated 49-tile call (Meet; Zoom classic in the PWA frame), 4 changes/s, captions, chat; two Chromium instances (with / without the extension) playing it concurrently; CDP Performance.getMetrics ScriptDuration delta over the call per call-second, with − without, median of ${ROUNDS} runs; then a CPU profile of the call with the extension`,
);
await run('meet', dir);
await run('zoom', dir);
