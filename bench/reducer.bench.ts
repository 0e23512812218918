/**
 * Meeting-model throughput: applyEvent over a realistic synthetic stream of a 10-person call (speaking
 * flicker, back-channel, camera toggles, mutes, reactions, acks, health changes, tiles going in and out
 * of view), plus the size of a
 * checkpoint and the cost of a live snapshot.
 *
 * Run: node --import tsx --expose-gc bench/reducer.bench.ts
 */

import { serializeState } from '../utils/meeting/checkpoint';
import type { MeetingEvent } from '../utils/meeting/events';
import { applyEvent, createMeetingState, type MeetingState, snapshot } from '../utils/meeting/reducer';
import { budgets, report } from './budgets';

/** Deterministic PRNG (mulberry32) so every run measures the same stream. */
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

const PEOPLE = 10;

/**
 * A 10-person call: one main speaker at a time (changes every 5–60 s) whose indicator flickers
 * (segments of 0.2–4 s, gaps of 0.1–0.9 s), others back-channel now and then, cameras and mics toggle,
 * reactions and acks trickle in, a listener's tile leaves or re-enters the view now and then
 * (participant.visibility), and a health change every few minutes. Stops at `maxEvents` or
 * `maxMs`, whichever comes first.
 */
function generate(maxEvents: number, maxMs: number, seed = 42): MeetingEvent[] {
  const r = rng(seed);
  const ids = Array.from({ length: PEOPLE }, (_, i) => `device-${i}-${Math.floor(r() * 1e9).toString(36)}`);
  const events: MeetingEvent[] = [
    { type: 'call.started', t: 0, platform: 'meet', meetingCode: 'abc-defg-hij' },
  ];
  ids.forEach((id, i) => {
    events.push({ type: 'participant.joined', t: 0, id, name: `Person ${i}`, isSelf: i === 0 });
    if (r() < 0.7) events.push({ type: 'camera.on', t: 0, id });
  });
  let t = 0;
  let main = 0;
  let mainUntil = 0;
  const cam = ids.map(() => true);
  const muted = ids.map(() => false);
  const visible = ids.map(() => true);
  while (events.length < maxEvents && t < maxMs) {
    if (t >= mainUntil) {
      main = Math.floor(r() * PEOPLE);
      mainUntil = t + 5_000 + r() * 55_000;
      if (muted[main]) {
        muted[main] = false;
        events.push({ type: 'mic.unmuted', t, id: ids[main]! });
      }
    }
    const id = ids[main]!;
    const segment = 200 + r() * 3_800;
    events.push({ type: 'speaking.started', t, id });
    // Back-channel from someone else during the segment.
    if (r() < 0.15) {
      const other = ids[Math.floor(r() * PEOPLE)]!;
      if (other !== id) {
        const at = t + r() * segment * 0.5;
        events.push({ type: 'speaking.started', t: at, id: other });
        events.push({ type: 'speaking.stopped', t: at + 150 + r() * 1_500, id: other });
      }
    }
    t += segment;
    events.push({ type: 'speaking.stopped', t, id });
    const roll = r();
    if (roll < 0.02) {
      const i = Math.floor(r() * PEOPLE);
      cam[i] = !cam[i];
      events.push({ type: cam[i] ? 'camera.on' : 'camera.off', t, id: ids[i]! });
    } else if (roll < 0.04) {
      const i = Math.floor(r() * PEOPLE);
      if (i !== main) {
        muted[i] = !muted[i];
        events.push({ type: muted[i] ? 'mic.muted' : 'mic.unmuted', t, id: ids[i]! });
      }
    } else if (roll < 0.05) {
      events.push({ type: 'reaction', t, id: ids[Math.floor(r() * PEOPLE)]!, emoji: '👍' });
    } else if (roll < 0.06) {
      const to = ids[Math.floor(r() * PEOPLE)]!;
      if (to !== id) events.push({ type: 'ack', t, fromId: id, toId: to, kind: 'thanks', source: 'caption' });
    } else if (roll < 0.061) {
      events.push({ type: 'health', t, signals: { captions: r() < 0.5 ? 'ok' : 'not_visible' } });
    } else if (roll < 0.066) {
      // A listener's tile pages out of view; while out, their speaking/camera events are ignored.
      const i = Math.floor(r() * PEOPLE);
      if (i !== main && visible[i]) {
        visible[i] = false;
        events.push({ type: 'participant.visibility', t, id: ids[i]!, speaking: false, camera: false });
      }
    } else if (roll < 0.071) {
      // ...and comes back (as often as tiles leave, so about one is out of view at a time).
      const i = visible.indexOf(false);
      if (i >= 0) {
        visible[i] = true;
        events.push({ type: 'participant.visibility', t, id: ids[i]!, speaking: true, camera: true });
      }
    }
    t += 100 + r() * 800;
  }
  // The back-channel events were pushed ahead of the main stop; the stream must be in time order.
  events.sort((a, b) => a.t - b.t);
  return events;
}

function fold(events: readonly MeetingEvent[]): MeetingState {
  const state = createMeetingState();
  for (let i = 0; i < events.length; i++) applyEvent(state, events[i]!);
  return state;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const N = 3_000_000;
const events = generate(N, Number.POSITIVE_INFINITY);
const hours = events[events.length - 1]!.t / 3_600_000;
console.log(
  `stream: ${events.length.toLocaleString('en-US')} events, ${hours.toFixed(0)} h of a ${PEOPLE}-person call`,
);

// Warm up: let the JIT see every path before timing.
for (let k = 0; k < 3; k++) fold(events.slice(0, 300_000));

const rates: number[] = [];
let last: MeetingState | null = null;
for (let run = 0; run < 3; run++) {
  gc();
  const start = process.hrtime.bigint();
  last = fold(events);
  const ns = Number(process.hrtime.bigint() - start);
  rates.push(events.length / (ns / 1e9));
}
rates.sort((a, b) => a - b);
const median = Math.round(rates[1]!);
report(
  'reducer applyEvent throughput (median of 3)',
  median,
  budgets.reducerEventsPerSec.unit,
  budgets.reducerEventsPerSec,
);
if (last!.rejectedEvents !== 0) throw new Error(`bench stream had ${last!.rejectedEvents} rejected events`);

// Memory stays bounded: the checkpoint after millions of events is the size of an hour's.
const hour = fold(generate(Number.POSITIVE_INFINITY, 3_600_000, 7));
const hourBytes = Buffer.byteLength(JSON.stringify(serializeState(hour)));
const b = budgets.reducerCheckpointBytes;
report('checkpoint size, 1 h 10-person call', hourBytes, b.unit, b);
const longBytes = Buffer.byteLength(JSON.stringify(serializeState(last!)));
report(`checkpoint size after ${(events.length / 1e6).toFixed(0)}M events`, longBytes, b.unit, b);

// Snapshot cost at 1 Hz (10 people).
const now = hour.lastT + 500;
for (let k = 0; k < 2_000; k++) snapshot(hour, now);
const reps = 20_000;
const s0 = process.hrtime.bigint();
for (let k = 0; k < reps; k++) snapshot(hour, now + k);
const snapUs = Number(process.hrtime.bigint() - s0) / 1e3 / reps;
report(
  'snapshot, 10-person call',
  Math.round(snapUs * 100) / 100,
  budgets.reducerSnapshotMicros.unit,
  budgets.reducerSnapshotMicros,
);
