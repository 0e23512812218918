/**
 * Speaking change → event latency. The Meet adapter (same source as the content script, bundled by
 * esbuild: bench/lib/adapter-bundle.ts) runs in the simulated page's own world of a plain Chromium, on the
 * busy 49-tile call (4 speaker changes per second, captions, chat). A MutationObserver registered before the
 * adapter stamps every speaking-widget flip (silent class `gjg47c` off → on, per tile) with the page clock
 * (`performance.timeOrigin + performance.now()`), and the adapter's `emit` is wrapped to stamp each
 * `speaking.started`/`speaking.stopped` with the same clock. Each flip is paired with the first event of the
 * same kind for the same participant after it; latency = emit − flip. Also printed: the same against the
 * simulator's schedule (play time + step offset), which adds the simulator's own timer lateness.
 *
 * Run: node --import tsx bench/latency.bench.ts
 */
import { playScenario, serveMeet, waitForScenarioEnd, waitForSimReady } from '../tests/sim/driver';
import { budgets, report } from './budgets';
import { adapterBundle } from './lib/adapter-bundle';
import { benchSeconds, launch, percentile } from './lib/browser';
import { info } from './lib/print';
import { busyCall } from './lib/scenarios';

const SECONDS = Math.min(30, benchSeconds(30));

interface Flip {
  id: string;
  on: boolean;
  t: number;
}

async function main() {
  const scenario = busyCall(SECONDS);
  const { context, close } = await launch(null);
  try {
    const url = await serveMeet(context, { scenario });
    const page = await context.newPage();
    await page.goto(url);
    await waitForSimReady(page);
    // tsx names functions with a `__name` helper that page.evaluate's serialised functions then reference.
    await page.addScriptTag({ content: `window.__name = (f) => f;\n${await adapterBundle()}` });
    await page.evaluate(() => {
      const clock = () => performance.timeOrigin + performance.now();
      const w = window as unknown as Record<string, unknown>;
      const flips: { id: string; on: boolean; t: number }[] = [];
      const events: { type: string; id: string; t: number }[] = [];
      w.__benchFlips = flips;
      w.__benchEvents = events;
      const last = new Map<string, boolean>();
      const check = (el: Element, t: number) => {
        if (!el.matches('[jsname=QgSmzd].IisKdb')) return;
        const on = !el.classList.contains('gjg47c');
        // Keyed by participant: the same person's widget may appear twice (tile and People panel row).
        const id = el.closest('[data-participant-id]')?.getAttribute('data-participant-id');
        if (!id || last.get(id) === on) return;
        last.set(id, on);
        flips.push({ id, on, t });
      };
      for (const el of document.querySelectorAll('[jsname=QgSmzd].IisKdb')) check(el, clock());
      new MutationObserver((records) => {
        const t = clock();
        for (const r of records) {
          if (r.type === 'attributes') check(r.target as Element, t);
          for (const n of r.addedNodes)
            if (n instanceof Element)
              for (const el of n.querySelectorAll('[jsname=QgSmzd].IisKdb')) check(el, t);
        }
      }).observe(document.body, {
        attributes: true,
        attributeFilter: ['class'],
        childList: true,
        subtree: true,
      });
      const adapters = w.__benchAdapters as {
        createMeetAdapter(): {
          start(
            root: Document,
            ctx: { signal: AbortSignal; emit(e: { type: string; id?: string }): void; now(): number },
          ): unknown;
        };
      };
      adapters.createMeetAdapter().start(document, {
        signal: new AbortController().signal,
        now: clock,
        emit: (e) => {
          if (e.type === 'speaking.started' || e.type === 'speaking.stopped')
            events.push({ type: e.type, id: e.id!, t: clock() });
        },
      });
    });
    await playScenario(page);
    await waitForScenarioEnd(page, SECONDS * 1000 + 60_000);
    const { flips, events, startedAt } = (await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return {
        flips: w.__benchFlips,
        events: w.__benchEvents,
        startedAt: (w.__rapportSim as { state: { startedAt: number } }).state.startedAt,
      };
    })) as { flips: Flip[]; events: { type: string; id: string; t: number }[]; startedAt: number };

    const pair = (kind: 'speaking.started' | 'speaking.stopped', on: boolean) => {
      const lat: number[] = [];
      let missed = 0;
      const flipsOf = flips.filter((f) => f.on === on && f.t >= startedAt);
      for (const f of flipsOf) {
        const next = flips.find((g) => g.id === f.id && g.t > f.t && g.on !== on);
        const e = events.find(
          (x) => x.type === kind && x.id === f.id && x.t >= f.t - 1 && (!next || x.t <= next.t + 5_000),
        );
        if (e) lat.push(Math.max(0, e.t - f.t));
        else missed++;
      }
      return { lat: lat.sort((a, b) => a - b), missed, total: flipsOf.length };
    };
    const started = pair('speaking.started', true);
    const stopped = pair('speaking.stopped', false);
    // Against the schedule: each speak step's start, on the simulator's clock (speed 1).
    const sched: number[] = [];
    for (const st of scenario.steps) {
      if (st.type !== 'speak') continue;
      const at = startedAt + st.at;
      const who = st.who;
      const id = events.find(
        (x) => x.type === 'speaking.started' && (x.id === who || x.id.endsWith(`/${who}`)) && x.t >= at - 1,
      );
      if (id) sched.push(id.t - at);
    }
    sched.sort((a, b) => a - b);
    if (process.env.RAPPORT_BENCH_VERBOSE === '1') console.log(events.slice(0, 3), flips.slice(0, 3));

    console.log(
      `method: Meet adapter bundled into the simulated page (49 tiles, 4 changes/s, ${SECONDS} s); widget class flip (MutationObserver) → adapter emit, same page clock`,
    );
    console.log(
      `  ${started.total} start flips (${started.missed} without an event), ${stopped.total} stop flips (${stopped.missed} without an event); ${events.length} speaking events`,
    );
    report(
      'speaking.started latency p50',
      round(percentile(started.lat, 50)),
      'ms',
      budgets.speakingEventLatencyMs,
    );
    report(
      'speaking.started latency p95',
      round(percentile(started.lat, 95)),
      'ms',
      budgets.speakingEventLatencyMs,
    );
    report(
      'speaking.stopped latency p50',
      round(percentile(stopped.lat, 50)),
      'ms',
      budgets.speakingEventLatencyMs,
    );
    report(
      'speaking.stopped latency p95',
      round(percentile(stopped.lat, 95)),
      'ms',
      budgets.speakingEventLatencyMs,
    );
    info('speaking.started vs schedule p95 (info)', round(percentile(sched, 95)), 'ms');
    if (started.total === 0 || started.missed > started.total * 0.05) {
      console.log('  FAIL: the adapter missed more than 5 % of speaking starts');
      process.exitCode = 1;
    }
  } finally {
    await close();
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

await main();
