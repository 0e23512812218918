/**
 * The demo: Chromium with the built extension plays the simulated 6-person Meet stand-up (~60 s) and a
 * short 3-person Zoom review (~40 s), then imports three months of invented history, and screenshots what a
 * user would see into demo-output/: each overlay collapsed and expanded, the end-of-call reflection card,
 * the popup, the options page's Trends, People and History, and the welcome page; then the options page and
 * the popup again in Japanese and in Spanish, each in a Chromium started with `--lang=<code>` (the switch
 * that makes `chrome.i18n` pick that language's messages, on Linux as elsewhere).
 * Run through `npm run demo` (which builds first and finds a Chromium).
 *
 * Waits are on the simulated call's own clock (time since `startedAt`), not on fixed sleeps, so the figures in a
 * screenshot are those of the same moment of the call however loaded the machine is.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { getServiceWorker, guardNetwork, launchWithExtension } from '../tests/e2e/fixtures';
import { extensionPage, overlayLocator, ui } from '../tests/e2e/helpers';
import { playScenario, serveMeet, serveZoom, waitForScenarioEnd, waitForSimReady } from '../tests/sim/driver';
import { fivePersonReview, zoomSmall } from '../tests/sim/scenarios';
import { balanceIndex } from '../utils/meeting/metrics';

const OUT = resolve(import.meta.dirname, '../demo-output');
const DAY = 86_400_000;

/**
 * Waits until the simulated call has played `ms` of its timeline (or has ended).
 *
 * Measured from `state.startedAt`, not read from `state.elapsedMs`: the player updates `elapsedMs` only when
 * it applies an event, so in a gap between events (Zoom's scenario has none between 8 s and its end) it
 * stands still and a wait for a moment inside the gap would only return when the call had ended.
 * `startedAt` is `performance.timeOrigin + performance.now()`, an epoch-based clock, so it compares with
 * the same sum taken in Zoom's shell page (which mirrors the state of the meeting frame). The demo plays
 * at speed 1, so wall time since the start is scenario time.
 */
async function simAt(page: Page, ms: number, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    (at) => {
      const s = window.__rapportSim?.state;
      if (!s) return false;
      if (s.ended) return true;
      return s.startedAt !== null && performance.timeOrigin + performance.now() - s.startedAt >= at;
    },
    ms,
    { timeout, polling: 100 },
  );
}

/** A small seeded generator, so the invented history is the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Series {
  title: string;
  platform: 'meet' | 'zoom';
  code: string;
  /** Days since Monday on which it happens each week. */
  days: number[];
  hour: number;
  minutes: number;
  people: string[];
}

const SELF = 'Jonas Æbelø';
const SERIES: Series[] = [
  {
    title: 'Daily stand-up',
    platform: 'meet',
    code: 'qvd-mxra-tkp',
    days: [1, 3],
    hour: 9,
    minutes: 15,
    people: ['Priya Raman', 'Mateo Núñez', '佐藤 由紀', 'Olúwaseun Adébáyọ̀', 'Zofia Wąsik'],
  },
  {
    title: 'Design review',
    platform: 'zoom',
    code: '84512370096',
    days: [2],
    hour: 14,
    minutes: 45,
    people: [
      '小林 花',
      'Inès Lefèvre',
      'Mateo Núñez',
      'Amara Okafor',
      'Lars Holm',
      'Priya Raman',
      'Zofia Wąsik',
    ],
  },
  {
    title: '1:1 with Priya',
    platform: 'meet',
    code: 'prk-jnsq-wvb',
    days: [4],
    hour: 11,
    minutes: 30,
    people: ['Priya Raman'],
  },
];

/**
 * Twelve weeks of invented meetings in the public export format (with `details`, so every figure counts
 * in Trends). The story the charts tell: the user talks less over time (from well above their fair share
 * to about it), acknowledges others more, and the quiet colleague speaks up in later weeks.
 */
function historyExport(now: number) {
  const r = rng(7);
  const iso = (t: number) => new Date(t).toISOString();
  const weekStart = new Date(now - 12 * 7 * DAY);
  weekStart.setUTCHours(0, 0, 0, 0);
  weekStart.setUTCDate(weekStart.getUTCDate() - ((weekStart.getUTCDay() + 6) % 7)); // a Monday
  const full = { phase: 1, participants: 1, self: 1, speaking: 1, camera: 1, mute: 1, captions: 1, chat: 1 };
  const meetings = [];
  for (let week = 0; week < 12; week++) {
    for (const s of SERIES) {
      for (const day of s.days) {
        const start = weekStart.getTime() + (week * 7 + day) * DAY + s.hour * 3_600_000;
        if (start + s.minutes * 60_000 > now - DAY) continue; // leave the last day to the demo's own calls
        const progress = week / 11;
        const durationMs = Math.round(s.minutes * (0.85 + 0.3 * r()) * 60_000);
        const names = [SELF, ...s.people];
        const n = names.length;
        const fair = 1 / n;
        // The user's share: ~2.2× fair early on, ~1.1× fair by the end (a pair: 65% → 50%).
        const selfShare = Math.min(0.8, fair * (2.2 - 1.1 * progress) * (0.9 + 0.2 * r()));
        const weights = names.map((name, i) => {
          if (i === 0) return 0;
          // Zofia stays silent in the first weeks, then starts speaking.
          if (name === 'Zofia Wąsik') return progress < 0.45 ? 0 : 0.4 + r() * 0.4;
          return 0.5 + r();
        });
        const wsum = weights.reduce((a, b) => a + b, 0);
        const shares = weights.map((w, i) =>
          i === 0 ? selfShare : wsum > 0 ? ((1 - selfShare) * w) / wsum : 0,
        );
        const talking = durationMs * 0.85;
        const speakingMs = shares.map((sh) => Math.round(talking * sh));
        const ids = names.map((_, i) => `p${i}`);
        const acksGiven = Math.round((1 + 4 * progress) * (0.6 + 0.8 * r()) * Math.min(1, (n - 1) / 3));
        const acknowledgements = Array.from({ length: acksGiven }, (_, k) => {
          // Lars is never acknowledged: People lists him under "who might feel unseen".
          let to = 1 + Math.floor(r() * (n - 1));
          if (names[to] === 'Lars Holm') to = 1;
          return {
            at: iso(start + (k + 1) * 120_000),
            fromId: 'p0',
            toId: ids[to]!,
            kind: (['thanks', 'credit', 'invitation', 'agreement'] as const)[k % 4],
            source: 'caption' as const,
          };
        });
        const received = Math.floor(r() * 3);
        const participants = names.map((name, i) => {
          const camera = i === 0 ? 0.55 + 0.4 * r() : r() < 0.6 ? 0.9 : 0.1;
          return {
            id: ids[i]!,
            displayName: name,
            isSelf: i === 0,
            presentMs: durationMs,
            speakingMs: speakingMs[i]!,
            turns: speakingMs[i]! > 0 ? 3 + Math.floor(r() * 12) : 0,
            longestTurnMs: speakingMs[i]! > 0 ? Math.round(speakingMs[i]! * 0.4) : null,
            interruptionsMade: Math.floor(r() * 2),
            cameraOnMs: Math.round(durationMs * camera),
            acknowledgementsGiven: i === 0 ? acksGiven : 0,
            acknowledgementsReceived:
              i === 0 ? received : acknowledgements.filter((a) => a.toId === ids[i]).length,
            details: {
              firstJoinedAt: start,
              leftAt: start + durationMs,
              present: false,
              speakingShare: shares[i]!,
              meanTurnMs: null,
              monologues: 0,
              interruptionsReceived: 0,
              overlapMs: 0,
              cameraShare: camera,
              lastSpokeAt: speakingMs[i]! > 0 ? start + durationMs - 60_000 : null,
              handRaises: 0,
              reactions: 0,
              coverage: { speaking: 1, camera: 1 },
            },
          };
        });
        const id = `demo-${week}-${s.code}-${day}`;
        // About a third of the meetings were rated in their reflection, a little better as time goes on.
        const rated = r() < 0.35;
        meetings.push({
          id,
          platform: s.platform,
          meetingCode: s.code,
          title: s.title,
          startedAt: iso(start),
          endedAt: iso(start + durationMs),
          endReason: 'left' as const,
          durationMs,
          balanceIndex: balanceIndex(speakingMs),
          participants,
          acknowledgements,
          reflection: rated
            ? {
                meetingId: id,
                savedAt: start + durationMs + 120_000,
                ratings: {
                  room: Math.min(5, 2 + Math.round(progress * 2 + r())),
                  interest: Math.min(5, 3 + Math.round(progress + r())),
                },
                note: '',
                intention: '',
                promptIds: [],
              }
            : null,
          details: {
            endReason: 'left' as const,
            selfId: 'p0',
            silentIds: ids.filter((_, i) => i > 0 && speakingMs[i] === 0),
            selfShare,
            fairShare: fair,
            coverage: full,
            health: {},
            rejectedEvents: 0,
            namesForgottenAt: null,
          },
        });
      }
    }
  }
  return { format: 'rapport-export', version: 1, exportedAt: iso(now), meetings };
}

/** Waits until the Trends charts are drawn (uPlot loads lazily; `data-plotted` is set once it has data). */
async function trendsDrawn(page: Page): Promise<void> {
  await page.getByTestId('trends-count').waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    () => {
      const charts = [...document.querySelectorAll('.opt-chart')];
      return (
        charts.length > 0 && charts.every((c) => c.hasAttribute('data-plotted') && c.querySelector('canvas'))
      );
    },
    null,
    { timeout: 60_000 },
  );
}

/** The languages the demo shows besides English, with the Chromium `--lang` code and a file-name suffix. */
const OTHER_LANGUAGES = [
  { lang: 'ja', name: 'Japanese' },
  { lang: 'es', name: 'Spanish' },
] as const;

type Shot = (page: Page, name: string, what: string, fullPage?: boolean) => Promise<void>;

/**
 * The options page (Trends, People) and the popup in another language: a browser of its own started with
 * `--lang`, with the same invented history imported. Checks that the page really is in that language (its
 * `lang` attribute comes from the messages' own `locale`), so a silent fallback to English fails the demo.
 */
async function localisedShots(lang: string, name: string, headless: boolean, shot: Shot): Promise<void> {
  // Without a font for the script, Chromium draws boxes: the page is right, the picture useless.
  const fonts = spawnSync('fc-list', [`:lang=${lang}`, 'family'], { encoding: 'utf8' });
  if (fonts.status === 0 && !fonts.stdout.trim()) {
    console.warn(
      `  ! no ${name} font installed (fc-list :lang=${lang} is empty): the ${name} screenshots will show boxes` +
        (lang === 'ja' ? '; on Debian: apt-get install fonts-ipafont-gothic (or fonts-noto-cjk)' : ''),
    );
  }
  const { context, close } = await launchWithExtension({ headless, args: [`--lang=${lang}`] });
  try {
    await guardNetwork(context);
    const worker = await getServiceWorker(context);
    const extensionId = new URL(worker.url()).host;
    const base = `chrome-extension://${extensionId}`;
    const ext = await extensionPage(context, extensionId);
    const imported = await ui<{ added: number }>(ext, { type: 'ui:import', data: historyExport(Date.now()) });
    console.log(`${name}: imported ${imported.added} invented meetings…`);
    await ext.close();

    const options = await context.newPage();
    await options.goto(`${base}/options.html#trends`);
    await trendsDrawn(options);
    const shown = await options.evaluate(() => document.documentElement.lang);
    if (shown !== lang)
      throw new Error(`the options page is in "${shown}", not "${lang}": was --lang=${lang} ignored?`);
    await shot(options, `options-trends-${lang}`, `options: Trends in ${name}`, true);
    await options.goto(`${base}/options.html#people`);
    await options.locator('table').first().waitFor({ timeout: 60_000 });
    await options.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await shot(options, `options-people-${lang}`, `options: People in ${name}`, true);
    await options.close();

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 720 });
    await popup.goto(`${base}/popup.html`);
    await popup.locator('.popup-foot').waitFor();
    await popup.locator('button[role="switch"]:not([disabled])').waitFor();
    await popup.locator('.rp-panel').first().waitFor();
    // The switch slides to "on" once the setting has loaded: wait for the slide to end, not mid-way.
    await popup.waitForFunction(
      () => document.getAnimations().every((a) => a.playState !== 'running'),
      null,
      {
        timeout: 10_000,
      },
    );
    await shot(popup, `popup-reflection-${lang}`, `the toolbar popup in ${name}`);
  } finally {
    await close();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  // Screenshots of an earlier run (perhaps under older names) would pass for this run's: start empty.
  for (const f of readdirSync(OUT)) if (f.endsWith('.png')) rmSync(resolve(OUT, f));
  const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
  console.log(
    `Rapport demo: ${headless ? 'headless (no display found)' : 'in a window'}; screenshots → ${OUT}`,
  );
  const { context, close } = await launchWithExtension({ headless });
  const shots: { file: string; what: string }[] = [];
  const shot: Shot = async (page, name, what, fullPage = false) => {
    const file = `${name}.png`;
    await page.screenshot({ path: resolve(OUT, file), fullPage });
    shots.push({ file, what });
    console.log(`  ✓ ${file}`);
  };
  try {
    const network = await guardNetwork(context);
    const worker = await getServiceWorker(context);
    const extensionId = new URL(worker.url()).host;
    const base = `chrome-extension://${extensionId}`;
    const welcome = context.pages().find((p) => p.url().includes('welcome.html'));

    // ---- Google Meet: the five-person design review ----------------------------------------------------
    // Three minutes, played in real time: a reflection needs a call of two minutes or more, and the
    // reflection with its prompts is what the demo is for (someone who never speaks, thanks, an invitation).
    const page = await context.newPage();
    await page.goto(await serveMeet(context, { scenario: fivePersonReview }));
    await waitForSimReady(page);
    console.log(
      `Playing "${fivePersonReview.title}" on Meet (${fivePersonReview.participants.length} people, ~3 min)…`,
    );
    await playScenario(page);
    // The overlay's root is closed to the page; the e2e helper reaches it through the DevTools protocol.
    const meetOverlay = await overlayLocator(page);
    const pill = meetOverlay.locator('.rp-pill');
    await pill.waitFor({ timeout: 20_000 });
    await simAt(page, 12_000); // a few turns in, so the figures mean something
    await shot(page, 'meet-overlay-collapsed', 'Meet call with the overlay pill (collapsed)');
    await pill.click();
    await meetOverlay.getByTestId('balance-bar').waitFor();
    await simAt(page, 30_000);
    await shot(page, 'meet-overlay-expanded', 'Meet call with the overlay panel expanded');
    await waitForScenarioEnd(page, 300_000);
    const card = page.frameLocator('iframe[src*="reflection.html"]');
    await card.getByRole('heading').first().waitFor({ timeout: 20_000 });
    // The card slides in; its heading being there is not yet the end of the animation.
    await page.waitForFunction(
      () => {
        const f = document.querySelector('iframe[src*="reflection.html"]');
        return !!f && f.getAnimations({ subtree: true }).every((a) => a.playState !== 'running');
      },
      null,
      { timeout: 10_000 },
    );
    await shot(page, 'meet-reflection-card', 'the end-of-call reflection card on the Meet page');

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 720 });
    await popup.goto(`${base}/popup.html`);
    await popup.getByRole('heading', { name: 'Rapport' }).waitFor();
    // The static shell has a placeholder and a disabled switch: wait for the rendered popup.
    await popup.locator('.popup-foot').waitFor();
    await popup.locator('button[role="switch"]:not([disabled])').waitFor();
    await popup.locator('.rp-panel').first().waitFor();
    await shot(popup, 'popup-reflection', 'the toolbar popup with the last call’s reflection');
    await popup.close();

    // Trends right after the very first call: one meeting on the time axis.
    const options = await context.newPage();
    await options.goto(`${base}/options.html#trends`);
    await trendsDrawn(options);
    await shot(options, 'options-trends-first-meeting', 'Trends after the first call (one meeting)', true);

    // ---- Zoom: a short three-person review -------------------------------------------------------------
    // zoomSmall, ended by the host at 40 s instead of 10 s, so both overlay states can be shown mid-call
    // even on a loaded machine (a screenshot there can take seconds).
    const zoomScenario = {
      ...zoomSmall,
      steps: [
        ...zoomSmall.steps.filter((s) => s.type !== 'end'),
        { at: 40_000, type: 'end' as const, reason: 'ended_by_host' as const },
      ],
    };
    console.log(`Playing "${zoomSmall.title}" on Zoom (${zoomSmall.participants.length} people, ~40 s)…`);
    const zoom = await context.newPage();
    await zoom.goto(
      await serveZoom(context, { scenario: zoomScenario, client: 'classic', inFrame: true, autoplay: true }),
    );
    const zoomOverlay = await overlayLocator(zoom);
    const zoomPill = zoomOverlay.locator('.rp-pill');
    await zoomPill.waitFor({ timeout: 20_000 });
    await simAt(zoom, 8_000); // everyone has spoken; the shell page mirrors the meeting frame's clock
    await shot(zoom, 'zoom-overlay-collapsed', 'Zoom web client with the overlay pill (collapsed)');
    await zoomPill.click();
    await zoomOverlay.getByTestId('balance-bar').waitFor();
    await simAt(zoom, 10_000);
    await shot(zoom, 'zoom-overlay-expanded', 'Zoom web client with the overlay panel expanded');
    await waitForScenarioEnd(zoom, 60_000);
    await zoom.close();

    // ---- The options page with three months of history ----------------------------------------------
    const ext = await extensionPage(context, extensionId);
    const history = historyExport(Date.now());
    const imported = await ui<{ added: number }>(ext, { type: 'ui:import', data: history });
    console.log(`Imported ${imported.added} invented meetings over the last 12 weeks…`);
    await ext.close();
    await options.reload(); // the page loads its meetings once; the import came after
    await trendsDrawn(options);
    await shot(options, 'options-trends', 'options: Trends over the last quarter', true);
    await options.goto(`${base}/options.html#people`);
    await options.locator('table').first().waitFor({ timeout: 60_000 });
    // Navigating within the page moves focus to the section heading (for keyboard users); not for the picture.
    await options.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await shot(options, 'options-people', 'options: People (whom you acknowledge, whom you don’t)', true);
    await options.goto(`${base}/options.html#history`);
    await options.getByTestId('history-list').waitFor({ timeout: 60_000 });
    await options.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await shot(options, 'options-history', 'options: History (searchable, 20 to a page)');

    const welcomePage = welcome ?? (await context.newPage());
    if (!welcome) await welcomePage.goto(`${base}/welcome.html`);
    await welcomePage.bringToFront();
    await welcomePage.getByRole('heading', { level: 1 }).waitFor();
    await shot(welcomePage, 'welcome', 'the welcome page shown on install');

    for (const { lang, name } of OTHER_LANGUAGES) await localisedShots(lang, name, headless, shot);

    console.log(
      network.leaked.length === 0
        ? 'No network request left the browser.'
        : `Requests that would have left the browser (blocked): ${network.leaked.join(', ')}`,
    );
    console.log(`Done: ${shots.length} screenshots in ${OUT}`);
    const width = Math.max(...shots.map((s) => s.file.length));
    for (const s of shots) console.log(`  ${s.file.padEnd(width)}  ${s.what}`);
  } finally {
    await close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
