/**
 * Gaps (issue 24, points 4 and 7): a laptop that sleeps for 20 minutes mid-call, or a background tab whose
 * timers were throttled, reports `coverage.gap { t, from }` on waking (utils/content/gap-detector.ts).
 * The model must count no speaking, presence or camera time in it, record it as not covered, and keep
 * every figure before and after exact (reducer.ts "Gaps"). Times below are hand-computed.
 */
import { describe, expect, it } from 'vitest';
import { restoreState, serializeState } from '@/utils/meeting/checkpoint';
import { type MeetingEvent, meetingEventSchema } from '@/utils/meeting/events';
import { applyEvents, createMeetingState, summarize } from '@/utils/meeting/reducer';
import { ev, run, seg, who } from './timeline';

const S = 1000;
const MIN = 60 * S;
const gap = (t: number, from: number): MeetingEvent => ({ type: 'coverage.gap', t, from });

/**
 * A and B from 0; B's camera on from 10 s; A starts talking at 60 s and is still talking when the lid
 * closes at 100 s (the last sign of life); the laptop wakes 20 minutes later, at 1300 s, and the adapter
 * still shows A talking until 1330 s; B talks 1400–1460 s; the call ends at 1500 s.
 */
const sleepCall = (withGap: boolean): MeetingEvent[] => [
  ev.start(0),
  ev.join(0, 'a', 'Ann', true),
  ev.join(0, 'b', 'Bo'),
  ev.camOn(10 * S, 'b'),
  ev.talk(60 * S, 'a'),
  ...(withGap ? [gap(1300 * S, 100 * S)] : []),
  ev.hush(1330 * S, 'a'),
  ...seg('b', 1400 * S, 1460 * S),
  ev.end(1500 * S),
];

describe('a 20-minute sleep mid-call (coverage.gap)', () => {
  it('no phantom speaking, presence or camera time in the gap; the gap is not covered', () => {
    const { s } = run(sleepCall(true));
    const a = who(s, 'a');
    const b = who(s, 'b');
    // A: 60→100 s before the sleep, 1300→1330 s after it (a new turn: nobody saw the 20 minutes).
    expect(a.speakingMs).toBe(40 * S + 30 * S);
    expect(a.turns).toBe(2);
    expect(b.speakingMs).toBe(60 * S);
    // Presence: 100 s before, 200 s after; the duration keeps the gap.
    expect(s.durationMs).toBe(1500 * S);
    expect(a.presentMs).toBe(300 * S);
    expect(b.presentMs).toBe(300 * S);
    // B's camera: 10→100 s and 1300→1500 s; share of the time we could see.
    expect(b.cameraOnMs).toBe(90 * S + 200 * S);
    expect(b.cameraShare).toBeCloseTo(290 / 300, 9);
    // The gap reads as not covered for the call; each person's own coverage is of their (seen) presence.
    expect(s.gaps).toBe(1);
    expect(s.gapMs).toBe(20 * MIN);
    expect(s.coverage.speaking).toBeCloseTo(300 / 1500, 9);
    expect(s.coverage.camera).toBeCloseTo(300 / 1500, 9);
    expect(a.coverage.speaking).toBe(1);
    // Both count for the fair share: presence is measured against the time that could be seen.
    expect(s.fairShare).toBe(0.5);
    expect(a.speakingShare).toBeCloseTo(70 / 130, 9);
    expect(s.rejectedEvents).toBe(0);
  });

  it('without the gap event the speaker who was talking at the lid is credited with the 20 minutes', () => {
    // The failure the gap prevents, pinned so the hand-computed figures above mean something.
    const { s } = run(sleepCall(false));
    expect(who(s, 'a').speakingMs).toBe(1270 * S);
    expect(who(s, 'a').presentMs).toBe(1500 * S);
  });

  it('a gap that reaches back before the last event starts at that event (nothing accounted is taken back)', () => {
    const { s } = run([
      ev.start(0),
      ev.join(0, 'a', 'Ann', true),
      ev.join(0, 'b', 'Bo'),
      ...seg('b', 100 * S, 200 * S),
      gap(500 * S, 150 * S), // from 150 s, but B's stop at 200 s was already seen
      ev.end(600 * S),
    ]);
    expect(who(s, 'b').speakingMs).toBe(100 * S);
    expect(s.gapMs).toBe(300 * S);
    expect(who(s, 'a').presentMs).toBe(300 * S);
    expect(s.coverage.speaking).toBeCloseTo(300 / 600, 9);
  });

  it('a leave confirmed after the gap never reaches back into it', () => {
    // C's tile vanished at 90 s; the 3 s leave debounce could only fire after the wake at 1300 s.
    const { s } = run([
      ev.start(0),
      ev.join(0, 'a', 'Ann', true),
      ev.join(0, 'c', 'Cy'),
      ev.vis(90 * S, 'c', false),
      gap(1300 * S, 100 * S),
      ev.left(1301 * S, 'c', 93 * S),
      ev.end(1400 * S),
    ]);
    const c = who(s, 'c');
    // Present 0→100 s (the last time anything was seen); nothing of the gap, nothing after it.
    expect(c.presentMs).toBe(100 * S);
    expect(c.leftAt).toBe(1300 * S);
    expect(who(s, 'a').presentMs).toBe(100 * S + 100 * S);
    expect(s.rejectedEvents).toBe(0);
  });

  it('two people talking over each other at the lid: the real interruption counts, the restart makes none', () => {
    const { s } = run([
      ev.start(0),
      ev.join(0, 'a', 'Ann', true),
      ev.join(0, 'b', 'Bo'),
      ev.talk(60 * S, 'a'),
      ev.talk(95 * S, 'b'), // over A for 5 s before the lid
      gap(1300 * S, 100 * S),
      ev.hush(1310 * S, 'a'),
      ev.hush(1320 * S, 'b'),
      ev.end(1400 * S),
    ]);
    expect(who(s, 'b').interruptionsMade).toBe(1);
    expect(who(s, 'a').interruptionsReceived).toBe(1);
    expect(who(s, 'a').speakingMs).toBe(40 * S + 10 * S);
    expect(who(s, 'b').speakingMs).toBe(5 * S + 20 * S);
    // Overlap: 95→100 s and 1300→1310 s.
    expect(who(s, 'a').overlapMs).toBe(15 * S);
  });

  it('a gap of length 0 (the wall clock jumped, the events clock did not) is counted and changes no figure', () => {
    const events = sleepCall(false);
    const { s: plain } = run(events);
    // At 100 s, while A is talking (the sort is stable: it lands between A's start and stop).
    const { s } = run([...events, gap(100 * S, 100 * S)].sort((x, y) => x.t - y.t));
    expect(s.gaps).toBe(1);
    expect(s.gapMs).toBe(0);
    expect(who(s, 'a').speakingMs).toBe(who(plain, 'a').speakingMs);
    expect(who(s, 'a').turns).toBe(1);
    expect(who(s, 'b').cameraOnMs).toBe(who(plain, 'b').cameraOnMs);
  });

  it('survives a checkpoint in the middle, and old checkpoints without gap fields restore with none', () => {
    const events = sleepCall(true);
    const whole = run(events).s;
    const state = createMeetingState();
    applyEvents(state, events.slice(0, 6));
    const restored = restoreState(serializeState(state));
    applyEvents(restored, events.slice(6));
    expect(summarize(restored)).toEqual(whole);

    const old = serializeState(createMeetingState()) as Record<string, unknown>;
    delete old.gaps;
    delete old.gapMs;
    const fromOld = restoreState(old);
    expect(fromOld.gaps).toBe(0);
    expect(fromOld.gapMs).toBe(0);
  });

  it('the event contract refuses a gap that ends before it starts', () => {
    expect(meetingEventSchema.safeParse(gap(100, 50)).success).toBe(true);
    expect(meetingEventSchema.safeParse(gap(100, 150)).success).toBe(false);
  });
});
