/** @vitest-environment happy-dom */
/**
 * The adapter driven by the meeting simulator's Meet renderer (tests/sim, another engineer's) step by step
 * on a fake clock, compared with the scenario's computed ground truth: the unit-level counterpart of the
 * e2e acceptance (speaking ms within 2 % or 0.5 s, exact turns, camera ms within 1 s, the right end).
 * happy-dom has no media pipeline, so a displayed <video> reports readyState 4 here, as the simulator's
 * canvas stream makes it in a browser.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { computeGroundTruth } from '@/tests/sim/ground-truth';
import { SimModel } from '@/tests/sim/page/common';
import { MeetRenderer } from '@/tests/sim/page/meet';
import type { Scenario } from '@/tests/sim/scenario';
import {
  earlyLeaverMeet,
  earlyLeaverZoom,
  manyTiles,
  sixPersonStandup,
  twoPerson,
} from '@/tests/sim/scenarios';
import { expandTimeline } from '@/tests/sim/timeline';
import type { MeetingEvent } from '@/utils/meeting/events';
import { createMeetAdapter } from '@/utils/platforms/meet';
import { expectModelMatchesPresence } from '../sim-model-check';

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

beforeAll(() => {
  Object.defineProperty(HTMLVideoElement.prototype, 'readyState', {
    configurable: true,
    get(this: HTMLVideoElement) {
      return this.style.display === 'none' ? 0 : 4;
    },
  });
});
afterAll(() => {
  delete (HTMLVideoElement.prototype as { readyState?: number }).readyState;
});

interface Measured {
  speakingMs: Map<string, number>;
  turns: Map<string, number>;
  cameraMs: Map<string, number>;
  presence: Map<string, [number, number]>;
  end: MeetingEvent | undefined;
  events: MeetingEvent[];
}

async function play(scenario: Scenario): Promise<Measured> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  document.body.replaceChildren();
  const model = new SimModel(scenario);
  const renderer = new MeetRenderer(document, model);
  renderer.mount();
  let clock = 0;
  const events: MeetingEvent[] = [];
  const ac = new AbortController();
  createMeetAdapter().start(document, { signal: ac.signal, emit: (e) => events.push(e), now: () => clock });
  const advanceTo = async (t: number) => {
    while (clock < t) {
      const step = Math.min(1000, t - clock);
      clock += step;
      vi.advanceTimersByTime(step);
      await settle();
    }
  };
  for (const e of expandTimeline(scenario)) {
    await advanceTo(e.t);
    model.apply(e);
    renderer.apply(e);
    await settle();
  }
  await advanceTo(clock + 4000);
  ac.abort();
  vi.useRealTimers();

  const m: Measured = {
    speakingMs: new Map(),
    turns: new Map(),
    cameraMs: new Map(),
    presence: new Map(),
    end: events.find((e) => e.type === 'call.ended'),
    events,
  };
  const endT = m.end?.t ?? clock;
  const speakSince = new Map<string, number>();
  const camSince = new Map<string, number>();
  const add = (map: Map<string, number>, id: string, v: number) => map.set(id, (map.get(id) ?? 0) + v);
  for (const e of events) {
    if (!('id' in e)) continue;
    const id = e.id.split('/').pop()!;
    if (e.type === 'participant.joined') m.presence.set(id, [e.t, endT]);
    // A confirmed leave is reported late (`t`) and takes effect when the tile went (`at`).
    if (e.type === 'participant.left') m.presence.get(id)![1] = e.at ?? e.t;
    if (e.type === 'speaking.started') {
      speakSince.set(id, e.t);
      add(m.turns, id, 1);
    }
    if (e.type === 'speaking.stopped' && speakSince.has(id)) {
      add(m.speakingMs, id, e.t - speakSince.get(id)!);
      speakSince.delete(id);
    }
    if (e.type === 'camera.on') camSince.set(id, e.t);
    if ((e.type === 'camera.off' || e.type === 'participant.left') && camSince.has(id)) {
      add(m.cameraMs, id, e.t - camSince.get(id)!);
      camSince.delete(id);
    }
  }
  for (const [id, t] of camSince) add(m.cameraMs, id, endT - t);
  return m;
}

const SCENARIOS: [string, Scenario][] = [
  [
    'six-person stand-up (late joiner, early leaver, camera toggles, overlap, captions toggled, chat)',
    sixPersonStandup,
  ],
  ['two-person call', twoPerson],
  ['early leaver, mid-sentence, others talking through the debounce', earlyLeaverMeet],
  ['early leaver after a turn, next turns within the debounce', earlyLeaverZoom],
  ['49 tiles', manyTiles({ n: 49, changesPerSecond: 4, durationMs: 30_000, cameraShare: 0.5, seed: 7 })],
];

describe.each(SCENARIOS)('simulated %s', (_name, scenario) => {
  let m: Measured;
  const truth = computeGroundTruth(scenario);
  beforeAll(async () => {
    m = await play(scenario);
  }, 60_000);

  it('the meeting model rejects none of the events; presence and leave times match the script (0.5 s)', () => {
    expectModelMatchesPresence(m.events, truth);
  });

  it('speaking ms within 2 % (or 0.5 s) and exact turn counts per person', () => {
    for (const [id, p] of Object.entries(truth.participants)) {
      const got = m.speakingMs.get(id) ?? 0;
      expect(Math.abs(got - p.speakingMs), id).toBeLessThanOrEqual(Math.max(500, p.speakingMs * 0.02));
      expect(m.turns.get(id) ?? 0, id).toBe(p.turns);
    }
  });
  it('camera ms within 1 s per person', () => {
    for (const [id, p] of Object.entries(truth.participants)) {
      expect(Math.abs((m.cameraMs.get(id) ?? 0) - p.cameraOnMs), id).toBeLessThanOrEqual(1000);
    }
  });
  it('presence within 0.5 s, the right end, speaking never broken', () => {
    for (const [id, p] of Object.entries(truth.participants)) {
      const span = m.presence.get(id);
      expect(span, id).toBeDefined();
      expect(Math.abs(span![0] - (p.presence[0]?.[0] ?? 0)), id).toBeLessThanOrEqual(500);
      expect(Math.abs(span![1] - (p.presence.at(-1)?.[1] ?? 0)), id).toBeLessThanOrEqual(500);
    }
    expect(m.end?.type === 'call.ended' ? m.end.reason : null).toBe(truth.endReason ?? null);
    const health = m.events.filter((e) => e.type === 'health');
    expect(health.some((h) => h.type === 'health' && h.signals.speaking === 'broken')).toBe(false);
  });
});
