/** @vitest-environment happy-dom */
/**
 * Issue 18 (point 2) at unit level: the four-person scenario (an invitation in the first seconds, credit
 * for work by name in a caption and in chat, near-misses) played by the simulator's Zoom and Meet renderers
 * on a fake clock, the adapter's events fed to the acknowledgement detector as the content script does.
 * The user's acknowledgements must be exactly the scenario's truth: recall 1.0 and no extra ones. The e2e
 * counterparts (zoom-acks.spec.ts, meet-acks.spec.ts) run the same scenario on the built extension.
 */
import { describe, expect, it, vi } from 'vitest';
import { SimModel } from '@/tests/sim/page/common';
import { MeetRenderer } from '@/tests/sim/page/meet';
import { type ZoomOptions, ZoomRenderer } from '@/tests/sim/page/zoom';
import type { Scenario } from '@/tests/sim/scenario';
import { fourPersonAcks, fourPersonAcksTruth } from '@/tests/sim/scenarios';
import { expandTimeline } from '@/tests/sim/timeline';
import { type AckEvent, createAckDetector } from '@/utils/acks';
import type { MeetingEvent } from '@/utils/meeting/events';
import { createMeetAdapter } from '@/utils/platforms/meet';
import { createZoomAdapter } from '@/utils/platforms/zoom';

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

type Platform = 'meet' | { zoom: Omit<ZoomOptions, 'host' | 'meetingId'> };

async function play(scenario: Scenario, platform: Platform): Promise<MeetingEvent[]> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  document.body.replaceChildren();
  history.replaceState(null, '', platform === 'meet' ? `/${scenario.meetingCode}` : '/wc/join/84512370097');
  const model = new SimModel(scenario);
  const renderer =
    platform === 'meet'
      ? new MeetRenderer(document, model)
      : new ZoomRenderer(document, model, {
          ...platform.zoom,
          host: 'app.zoom.us',
          meetingId: scenario.zoomMeetingId,
        });
  renderer.mount();
  let clock = 0;
  const events: MeetingEvent[] = [];
  const ac = new AbortController();
  const ctx = { signal: ac.signal, emit: (e: MeetingEvent) => events.push(e), now: () => clock };
  if (platform === 'meet') createMeetAdapter().start(document, ctx);
  else {
    const adapter = createZoomAdapter();
    adapter.start(adapter.findRoot(document)!, ctx);
  }
  const advanceTo = async (t: number) => {
    while (clock < t) {
      const step = Math.min(500, t - clock);
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
  return events;
}

/** The user's acknowledgements as "to:kind" (scenario ids), the way the content script finds them. */
function userAcks(scenario: Scenario, events: MeetingEvent[]): string[] {
  const byName = new Map(scenario.participants.map((p) => [p.name, p.id]));
  const sid = new Map<string, string>();
  const det = createAckDetector({ language: 'en' });
  const out: AckEvent[] = [];
  for (const e of events) {
    if (e.type === 'participant.joined') sid.set(e.id, byName.get(e.name) ?? e.name);
    out.push(...det.push(e));
  }
  out.push(...det.flush());
  return out
    .filter((a) => sid.get(a.fromId ?? '') === 'me')
    .map((a) => `${sid.get(a.toId)}:${a.kind}`)
    .sort();
}

const truth = fourPersonAcksTruth.map((a) => `${a.to}:${a.kind}`).sort();
const paneClosed: Scenario = { ...fourPersonAcks, panels: { people: false, chat: true } };

describe.each<[string, Scenario, Platform]>([
  [
    'Zoom classic, speaker view, pane never opened',
    paneClosed,
    { zoom: { client: 'classic', view: 'speaker', inFrame: false } },
  ],
  [
    'Zoom React, gallery, pane open',
    fourPersonAcks,
    { zoom: { client: 'new', view: 'gallery', inFrame: false } },
  ],
  ['Meet', fourPersonAcks, 'meet'],
])('four-person acks scenario on %s', (_name, scenario, platform) => {
  it('the user’s acknowledgements are exactly the truth (recall 1.0, precision 1.0)', async () => {
    const got = userAcks(scenario, await play(scenario, platform));
    expect(got).toEqual(truth);
  }, 30_000);
});
