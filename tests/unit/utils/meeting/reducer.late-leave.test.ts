/**
 * Late leaves (issue 18, point 1): a leave the adapter confirms only after its 3 s debounce is reported
 * at the confirmation time `t` with its effective time `at` (events.ts "Late-decided facts"); the model
 * closes presence at `at`, moved forward only where it would take back something already accounted
 * (reducer.ts "Late leaves"). The old contract backdated `t` itself, and the model rejected the leave as
 * soon as anyone else's event came within the debounce: the leaver stayed present to the end.
 */
import { describe, expect, it } from 'vitest';
import { restoreState, serializeState } from '@/utils/meeting/checkpoint';
import { meetingEventSchema } from '@/utils/meeting/events';
import { applyEvents, createMeetingState, summarize } from '@/utils/meeting/reducer';
import { ev, run, seg, who } from './timeline';

/** Three people from 0; B's tile goes at 10 s; the leave is confirmed 3 s later, at 13 s. */
const base = () => [
  ev.start(0),
  ev.join(0, 'a', 'Ann', true),
  ev.join(0, 'b', 'Bo'),
  ev.join(0, 'c', 'Cy'),
  ...seg('b', 2_000, 6_000),
];

describe('a late leave (at 3 s before its report)', () => {
  it('with other people speaking between the vanish and the confirmation: presence exact, nothing rejected', () => {
    const { s } = run([
      ...base(),
      ev.vis(10_000, 'b', false), // what the adapter says when the tile goes
      ev.talk(10_500, 'a'),
      ev.talk(11_000, 'c'),
      ev.hush(12_500, 'a'),
      ev.left(13_000, 'b', 10_000),
      ev.hush(14_000, 'c'),
      ev.end(20_000),
    ]);
    expect(who(s, 'b')).toMatchObject({
      present: false,
      leftAt: 10_000,
      presentMs: 10_000,
      speakingMs: 4_000,
    });
    expect(who(s, 'a')).toMatchObject({ present: true, presentMs: 20_000, speakingMs: 2_000 });
    expect(who(s, 'c')).toMatchObject({ presentMs: 20_000, speakingMs: 3_000 });
    expect(s.rejectedEvents).toBe(0);
    expect(s.clampedEvents).toBe(0);
  });

  it('without a visibility report first, and followed by events within a moment: still closed at `at`', () => {
    const { s } = run([
      ...base(),
      ev.talk(11_500, 'c'),
      ev.left(13_000, 'b', 10_000),
      ev.hush(13_100, 'c'),
      ev.talk(13_200, 'a'),
      ev.end(20_000),
    ]);
    expect(who(s, 'b')).toMatchObject({ leftAt: 10_000, presentMs: 10_000 });
    expect(s.rejectedEvents).toBe(0);
  });

  it('coverage closes with presence: a person seen the whole time they were there has coverage 1', () => {
    const { s } = run([...base(), ev.talk(11_000, 'a'), ev.left(13_000, 'b', 10_000), ev.end(20_000)]);
    expect(who(s, 'b')).toMatchObject({ presentMs: 10_000, coverage: { speaking: 1, camera: 1 } });
  });

  it('a leave in the same batch at its own time (no `at`) closes at `t`, as before', () => {
    const { s } = run([...base(), ev.left(13_000, 'b'), ev.end(20_000)]);
    expect(who(s, 'b')).toMatchObject({ leftAt: 13_000, presentMs: 13_000 });
  });
});

describe('late leaves never take back what the model already accounted', () => {
  it('not before the last event naming them (a camera change after `at`)', () => {
    const { s } = run([
      ...base(),
      ev.camOn(7_000, 'b'),
      ev.camOff(11_000, 'b'),
      ev.left(13_000, 'b', 10_000),
      ev.end(20_000),
    ]);
    expect(who(s, 'b')).toMatchObject({ leftAt: 11_000, presentMs: 11_000, cameraOnMs: 4_000 });
  });

  it('not before they (re)joined', () => {
    const { s } = run([
      ev.start(0),
      ev.join(0, 'a', 'Ann', true),
      ev.join(5_000, 'b', 'Bo'),
      ev.left(8_000, 'b', 1_000),
      ev.end(20_000),
    ]);
    expect(who(s, 'b')).toMatchObject({ leftAt: 5_000, presentMs: 0 });
    expect(s.rejectedEvents).toBe(0);
  });

  it('still speaking at the report: presence and the segment end at `t` (speaking stays within presence)', () => {
    const { s } = run([
      ...base(),
      ev.talk(9_000, 'b'),
      ev.talk(10_500, 'c'), // overlaps b: c's overlap was counted up to the report
      ev.left(13_000, 'b', 10_000),
      ev.hush(15_000, 'c'),
      ev.end(20_000),
    ]);
    const b = who(s, 'b');
    expect(b).toMatchObject({ leftAt: 13_000, presentMs: 13_000, speakingMs: 4_000 + 4_000, turns: 2 });
    expect(who(s, 'c').overlapMs).toBe(2_500);
    expect(b.speakingMs!).toBeLessThanOrEqual(b.presentMs);
  });

  it('a running camera closes at the effective time', () => {
    const { s } = run([
      ...base(),
      ev.camOn(7_000, 'b'),
      ev.talk(11_000, 'a'),
      ev.left(13_000, 'b', 10_000),
      ev.end(20_000),
    ]);
    expect(who(s, 'b')).toMatchObject({ leftAt: 10_000, presentMs: 10_000, cameraOnMs: 3_000 });
  });

  it('while visible, not before a later change of the speaking/camera health (the coverage clocks)', () => {
    const { s } = run([
      ...base(),
      ev.health(11_000, { speaking: 'not_visible' }),
      ev.left(13_000, 'b', 10_000),
      ev.end(20_000),
    ]);
    const b = who(s, 'b');
    expect(b).toMatchObject({ leftAt: 11_000, presentMs: 11_000 });
    expect(b.coverage.speaking).toBe(1); // ok for all of 0–11 s, which is all of B's presence
  });

  it('once out of sight, a later health change does not hold the leave back', () => {
    const { s } = run([
      ...base(),
      ev.vis(10_000, 'b', false),
      ev.health(11_000, { speaking: 'not_visible' }),
      ev.left(13_000, 'b', 10_000),
      ev.end(20_000),
    ]);
    const b = who(s, 'b');
    expect(b).toMatchObject({ leftAt: 10_000, presentMs: 10_000 });
    expect(b.coverage.speaking).toBe(1);
  });

  it('a bounded look-back: `at` more than maxLateFactMs before `t` takes effect at t − maxLateFactMs', () => {
    const { s } = run([...base(), ev.left(30_000, 'b', 7_000), ev.end(40_000)], { maxLateFactMs: 10_000 });
    expect(who(s, 'b')).toMatchObject({ leftAt: 20_000, presentMs: 20_000 });
  });

  it('an `at` after `t` (or not a time) means `t`', () => {
    const { s } = run([
      ...base(),
      ev.left(13_000, 'b', 14_000),
      ev.left(13_000, 'c', Number.NaN),
      ev.end(20_000),
    ]);
    expect(who(s, 'b').leftAt).toBe(13_000);
    expect(who(s, 'c').leftAt).toBe(13_000);
  });
});

describe('after a late leave', () => {
  it('a rejoin on the same device opens a new stretch from the rejoin', () => {
    const { s } = run([
      ...base(),
      ev.vis(10_000, 'b', false),
      ev.talk(11_000, 'a'),
      ev.left(13_000, 'b', 10_000),
      ev.join(15_000, 'b', 'Bo'),
      ...seg('b', 16_000, 17_000),
      ev.end(20_000),
    ]);
    expect(who(s, 'b')).toMatchObject({
      present: true,
      leftAt: null,
      firstJoinedAt: 0,
      presentMs: 10_000 + 5_000,
      speakingMs: 5_000,
      turns: 2,
      coverage: { speaking: 1, camera: 1 },
    });
    expect(s.rejectedEvents).toBe(0);
  });

  it('a rejoin on a new device (same name) is the same person, their first stretch ending at `at`', () => {
    const { s } = run([
      ...base(),
      ev.left(13_000, 'b', 10_000),
      ev.join(14_000, 'b2', 'Bo'),
      ev.left(19_000, 'b2', 18_000),
      ev.end(20_000),
    ]);
    expect(s.participants).toHaveLength(3);
    expect(who(s, 'b')).toMatchObject({ present: false, leftAt: 18_000, presentMs: 10_000 + 4_000 });
  });

  it('a checkpoint taken between the vanish and the confirmation restores to the same result', () => {
    const before = [...base(), ev.camOn(7_000, 'b'), ev.vis(10_000, 'b', false), ev.talk(11_000, 'a')];
    const after = [ev.left(13_000, 'b', 10_000), ev.hush(14_000, 'a'), ev.end(20_000)];
    const straight = run([...before, ...after]).s;
    const state = createMeetingState();
    applyEvents(state, before);
    const restored = restoreState(JSON.parse(JSON.stringify(serializeState(state))));
    applyEvents(restored, after);
    expect(summarize(restored)).toEqual(straight);
    expect(who(straight, 'b')).toMatchObject({ leftAt: 10_000, presentMs: 10_000, cameraOnMs: 3_000 });
  });

  it('a checkpoint from before late leaves (no lastAt, no coverageChangedAt) restores; nothing before it is taken back', () => {
    const state = createMeetingState();
    applyEvents(state, [...base(), ev.talk(11_000, 'a')]);
    const old = JSON.parse(JSON.stringify(serializeState(state))) as {
      config: Record<string, unknown>;
      people: Record<string, unknown>[];
      coverageChangedAt?: number;
    };
    delete old.coverageChangedAt;
    delete old.config.maxLateFactMs;
    for (const p of old.people) delete p.lastAt;
    const restored = restoreState(old);
    expect(restored.config.maxLateFactMs).toBe(10_000);
    applyEvents(restored, [ev.left(13_000, 'b', 10_000), ev.end(20_000)]);
    expect(who(summarize(restored), 'b')).toMatchObject({ leftAt: 11_000, presentMs: 11_000 });
  });
});

describe('the event contract', () => {
  const left = (t: number, at?: unknown) => ({ type: 'participant.left', t, id: 'b', at });
  it('accepts `at` ≤ t, or none', () => {
    expect(meetingEventSchema.safeParse(left(13_000, 10_000)).success).toBe(true);
    expect(meetingEventSchema.safeParse(left(13_000, 13_000)).success).toBe(true);
    expect(meetingEventSchema.safeParse({ type: 'participant.left', t: 13_000, id: 'b' }).success).toBe(true);
  });
  it('rejects `at` after t, negative, or not finite', () => {
    for (const at of [13_001, -1, Number.NaN, Number.POSITIVE_INFINITY, '10000']) {
      expect(meetingEventSchema.safeParse(left(13_000, at)).success, String(at)).toBe(false);
    }
  });
});
