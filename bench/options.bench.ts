/**
 * Options page Trends with 5,000 meetings: building the per-meeting points from stored meetings, the
 * one-pass aggregation of every chart, the sentences, and the first render of the Trends section into a
 * happy-dom document (charts through a no-op renderer: happy-dom has no canvas). Also prints the People
 * aggregation over the same meetings (informational).
 *
 * Run: node --import tsx --expose-gc bench/options.bench.ts
 */
import { Window } from 'happy-dom';
import type { ParticipantSummary } from '../utils/meeting/types';
import type { StoredAck, StoredMeeting } from '../utils/store/records';
import { budgets, report } from './budgets';

// `utils/i18n` loads webextension-polyfill, which refuses to load outside an extension: a minimal
// `chrome.runtime` lets it load (strings then fall back to their keys, as in unit tests). Modules that
// import it are loaded after this line, dynamically.
Object.assign(globalThis, { chrome: { runtime: { id: 'bench' } } });
const { h, render } = await import('preact');
const { ChartRendererContext } = await import('../components/options/chart');
const { aggregatePeople } = await import('../components/options/people');
const { TrendsSection } = await import('../components/options/TrendsSection');
const { aggregate, DEFAULT_FILTERS, sentences, toPoint } = await import('../components/options/trends');
const { balanceIndex } = await import('../utils/meeting/metrics');
const { toStoredMeeting } = await import('../utils/store/records');

const N = 5_000;
const NOW = Date.UTC(2026, 2, 1);
const DAY = 86_400_000;
const NAMES = Array.from({ length: 60 }, (_, i) => `Person ${i}`);

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

function meetings(): Array<{ meeting: StoredMeeting; acks: StoredAck[] }> {
  const r = rng(42);
  const out: Array<{ meeting: StoredMeeting; acks: StoredAck[] }> = [];
  for (let i = 0; i < N; i++) {
    const startedAt = NOW - (N - i) * (DAY / 4);
    const durationMs = (15 + Math.floor(r() * 60)) * 60_000;
    const n = 2 + Math.floor(r() * 10);
    const speaking = Array.from({ length: n }, () => (r() < 0.15 ? 0 : Math.floor(r() * durationMs * 0.4)));
    const total = speaking.reduce((a, b) => a + b, 0);
    const participants: ParticipantSummary[] = speaking.map((ms, k) => ({
      id: `p${k}`,
      name: k === 0 ? 'Me' : NAMES[(i + k * 7) % NAMES.length]!,
      isSelf: k === 0,
      firstJoinedAt: startedAt,
      leftAt: startedAt + durationMs,
      present: false,
      presentMs: durationMs,
      speakingMs: ms,
      speakingShare: total > 0 ? ms / total : null,
      turns: 5,
      meanTurnMs: ms / 5,
      longestTurnMs: ms / 2,
      monologues: 0,
      interruptionsMade: 0,
      interruptionsReceived: 0,
      overlapMs: 0,
      cameraOnMs: durationMs * r(),
      cameraShare: r(),
      lastSpokeAt: null,
      acksGiven: 0,
      acksReceived: 0,
      handRaises: 0,
      reactions: 0,
      coverage: { speaking: 1, camera: 1 },
    }));
    const acks = Array.from({ length: Math.floor(r() * 4) }, (_, k) => ({
      t: startedAt + k * 1000,
      fromId: 'p0',
      toId: `p${1 + Math.floor(r() * (n - 1))}`,
      kind: 'thanks' as const,
      source: 'caption' as const,
    }));
    participants[0]!.acksGiven = acks.length;
    const covered = r() < 0.9 ? 1 : 0.2; // some meetings with speaking not visible: unknown, not 0
    out.push(
      toStoredMeeting(`m${i}`, {
        platform: r() < 0.7 ? 'meet' : 'zoom',
        meetingCode: i % 4 === 0 ? 'abc-defg-hij' : `code-${i % 97}`,
        title: i % 4 === 0 ? 'Team sync' : null,
        startedAt,
        endedAt: startedAt + durationMs,
        endReason: 'left',
        durationMs,
        selfId: 'p0',
        participants,
        balanceIndex: balanceIndex(speaking),
        silentIds: participants.filter((p) => p.speakingMs === 0).map((p) => p.id),
        selfShare: participants[0]!.speakingShare,
        fairShare: 1 / n,
        acks,
        coverage: {
          phase: 1,
          participants: 1,
          self: 1,
          speaking: covered,
          camera: 1,
          mute: 1,
          captions: 1,
          chat: 1,
        },
        health: {},
        rejectedEvents: 0,
      }),
    );
  }
  return out;
}

const win = new Window({ url: 'chrome-extension://bench/options.html' });
Object.assign(globalThis, {
  window: win,
  document: win.document,
  Node: win.Node,
  Element: win.Element,
  HTMLElement: win.HTMLElement,
  Event: win.Event,
});

const data = meetings();
const stored = data.map((d) => d.meeting);
const noChart = () => ({ update() {}, destroy() {} });

function once(): number {
  const root = win.document.createElement('div');
  win.document.body.appendChild(root);
  const t0 = performance.now();
  const points = stored.map((m) => toPoint(m));
  const filters = { ...DEFAULT_FILTERS, range: 'all' as const };
  sentences(aggregate(points, filters, NOW));
  render(
    h(
      ChartRendererContext.Provider,
      { value: noChart },
      h(TrendsSection, { points, now: NOW, initialFilters: filters }),
    ),
    root as unknown as Element,
  );
  const ms = performance.now() - t0;
  if (root.querySelectorAll('article[data-chart]').length !== 6) throw new Error('trends did not render');
  render(null, root as unknown as Element);
  root.remove();
  return ms;
}

for (let i = 0; i < 3; i++) once(); // warm-up (JIT)
const runs = Array.from({ length: 9 }, () => {
  (globalThis as { gc?: () => void }).gc?.();
  return once();
}).sort((a, b) => a - b);
const median = runs[Math.floor(runs.length / 2)]!;
report('optionsTrends5000Ms', Number(median.toFixed(2)), 'ms', budgets.optionsTrends5000Ms);

const t1 = performance.now();
const people = aggregatePeople(data);
console.log(
  `  (info) people aggregation over ${N} meetings: ${(performance.now() - t1).toFixed(1)} ms, ${people.people} people`,
);
