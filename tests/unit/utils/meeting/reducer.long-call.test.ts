/**
 * An 8-hour call (issue 24, point 6): everything the model keeps is bounded by its configuration, never by
 * the length of the call. Eight hours of a busy 12-person call with churn (someone leaves and someone new
 * joins every 10 minutes), a turn every 3 s with talk-overs, acknowledgements every 20 s, camera toggles,
 * health changes and an hourly sleep gap; the state is measured every simulated hour. (Heap and stored
 * bytes of the same are `npm run bench` figures: bench/heap.bench.ts, bench/storage.bench.ts.)
 */
import { describe, expect, it } from 'vitest';
import { serializeState } from '@/utils/meeting/checkpoint';
import type { MeetingEvent } from '@/utils/meeting/events';
import {
  applyEvent,
  createMeetingState,
  type MeetingState,
  snapshot,
  summarize,
} from '@/utils/meeting/reducer';
import { toStoredMeeting } from '@/utils/store/records';

const S = 1000;
const HOUR = 3_600_000;

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Every array (and keyed object) the state holds, with its current length. */
function sizes(state: MeetingState) {
  let cands = 0;
  for (const p of state.people) cands = Math.max(cands, p.cands.length);
  let bucketEntries = 0;
  for (const b of state.dom.ring) bucketEntries = Math.max(bucketEntries, b.who.length, b.ms.length);
  return {
    people: state.people.length,
    devices: Object.keys(state.devices).length,
    speakers: state.speakers.length,
    acks: state.acks.length,
    ring: state.dom.ring.length,
    stretches: state.dom.stretches.length,
    intPairs: Object.keys(state.intPairs).length,
    cands,
    bucketEntries,
    checkpointBytes: JSON.stringify(serializeState(state)).length,
  };
}

describe('an 8-hour call', () => {
  it('keeps every array of the model bounded, hour after hour', () => {
    const T0 = Date.UTC(2026, 11, 4, 9);
    const r = rng(24);
    const state = createMeetingState();
    const apply = (e: MeetingEvent) => applyEvent(state, e);
    const present: string[] = [];
    let next = 0;
    const join = (t: number) => {
      const id = `dev-${next}`;
      apply({ type: 'participant.joined', t, id, name: `Person ${next}`, isSelf: next === 0 });
      next++;
      present.push(id);
    };
    apply({ type: 'call.started', t: T0, platform: 'meet', meetingCode: 'abc-defg-hij' });
    for (let i = 0; i < 12; i++) join(T0);
    const hourly: ReturnType<typeof sizes>[] = [];
    let speaking: string[] = [];
    const end = T0 + 8 * HOUR;
    let t = T0;
    for (let step = 0; t < end - 10 * S; step++, t += 3 * S) {
      // Whoever spoke stops; one or two (a talk-over) start.
      for (const id of speaking) apply({ type: 'speaking.stopped', t, id });
      speaking = [present[Math.floor(r() * present.length)]!];
      if (r() < 0.2) speaking.push(present[Math.floor(r() * present.length)]!);
      speaking = [...new Set(speaking)];
      for (const [k, id] of speaking.entries()) apply({ type: 'speaking.started', t: t + k * 200, id });
      if (step % 7 === 0) {
        const from = present[Math.floor(r() * present.length)]!;
        const to = present[Math.floor(r() * present.length)]!;
        if (from !== to)
          apply({ type: 'ack', t: t + 300, fromId: from, toId: to, kind: 'thanks', source: 'caption' });
      }
      if (r() < 0.05)
        apply({
          type: r() < 0.5 ? 'camera.on' : 'camera.off',
          t: t + 400,
          id: present[Math.floor(r() * present.length)]!,
        });
      if (step % 50 === 0)
        apply({ type: 'health', t: t + 500, signals: { captions: step % 100 === 0 ? 'not_visible' : 'ok' } });
      if (step % 200 === 0 && step > 0) {
        // Churn: someone (not self) leaves, someone new joins.
        const i = 1 + Math.floor(r() * (present.length - 1));
        const [gone] = present.splice(i, 1);
        if (speaking.includes(gone!)) {
          apply({ type: 'speaking.stopped', t: t + 600, id: gone! });
          speaking = speaking.filter((s) => s !== gone);
        }
        apply({ type: 'participant.left', t: t + 600, id: gone! });
        join(t + 700);
      }
      if ((t - T0) % HOUR < 3 * S && t > T0) {
        // A short sleep gap every hour.
        apply({ type: 'coverage.gap', t: t + 2_900, from: t + 800 });
        hourly.push(sizes(state));
      }
    }
    apply({ type: 'call.ended', t: end, reason: 'left' });
    hourly.push(sizes(state));
    const cfg = state.config;

    expect(hourly).toHaveLength(8);
    for (const h of hourly) {
      expect(h.acks).toBeLessThanOrEqual(cfg.maxAcks);
      expect(h.stretches).toBeLessThanOrEqual(cfg.maxDominanceStretches);
      expect(h.ring).toBe(hourly[0]!.ring);
      expect(h.intPairs).toBeLessThanOrEqual(cfg.pairMaxPeople * (cfg.pairMaxPeople - 1));
      expect(h.speakers).toBeLessThanOrEqual(2);
      expect(h.cands).toBeLessThanOrEqual(1);
      expect(h.bucketEntries).toBeLessThanOrEqual(h.people);
      // People grow only with who joined (12 + one per 10 minutes), never with time spoken.
      expect(h.people).toBe(h.devices);
      expect(h.people).toBeLessThanOrEqual(12 + 8 * 6);
    }
    // The ack list is full (the call made more than it keeps) and stays at the cap.
    expect(state.acks.length).toBe(cfg.maxAcks);
    expect(state.rejectedEvents).toBe(0);
    expect(state.gaps).toBe(7);
    // A checkpoint of the eighth hour is no bigger than one of the fourth plus what the new people add.
    const perPerson =
      (hourly[7]!.checkpointBytes - hourly[3]!.checkpointBytes) / (hourly[7]!.people - hourly[3]!.people);
    expect(perPerson).toBeLessThan(1500);
    expect(hourly[7]!.checkpointBytes).toBeLessThan(150_000);
    // The summary the store keeps is bounded too: 8 hours fit well within 50 KB per hour.
    const { meeting, acks } = toStoredMeeting('long', summarize(state));
    const bytes = JSON.stringify(meeting).length + JSON.stringify(acks).length;
    expect(bytes).toBeLessThan(8 * 50_000);
    expect(snapshot(state, end).participants).toHaveLength(state.people.length);
  });
});
