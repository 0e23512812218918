/**
 * Sleep, clock jumps and a throttled background tab (issue 24, points 4 and 7), on the content script's
 * real recording path (roster → call pipeline → local model → batcher) with Vitest's fake timers: the
 * runtime's 1 s tick is a real `setInterval`, `Date.now()` is the fake wall clock, and the events' clock
 * is the fake `performance.now()` plus a skew the test moves to play "time passed while no timer ran".
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCallPipeline } from '@/utils/content/call-pipeline';
import type { EventsMessage } from '@/utils/content/event-batcher';
import { createGapDetector } from '@/utils/content/gap-detector';
import { createRoster } from '@/utils/content/roster';
import { eventBatchSchema, type MeetingEvent } from '@/utils/meeting/events';
import type { LiveSnapshot } from '@/utils/meeting/types';

/** An event without its time: the test stamps it with the events' clock. */
type Untimed = MeetingEvent extends infer E ? (E extends MeetingEvent ? Omit<E, 't'> : never) : never;

const S = 1000;
const MIN = 60 * S;
const T0 = Date.UTC(2026, 11, 4, 9);

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date', 'performance'],
    now: T0,
  });
});
afterEach(() => {
  vi.useRealTimers();
});

function setup() {
  let skew = 0;
  const mono = () => performance.now() + skew;
  const sent: EventsMessage[] = [];
  const roster = createRoster();
  const pipeline = createCallPipeline({
    platform: 'meet',
    sessionId: 'gaps',
    now: mono,
    gaps: { wall: () => Date.now() },
    acks: { enabled: false, language: 'en' },
    roster,
    send: async (m) => {
      sent.push(m);
      const last = m.firstSeq + m.events.length - 1;
      return { durableSeq: last, appliedSeq: last };
    },
    batcher: { timers: { setInterval: () => 0, clearInterval: () => undefined } },
  });
  // The runtime's tick (run-adapter.ts), optionally throttled like Chrome's intensive throttling of a
  // hidden tab: the 1 s timer runs at most once a minute.
  let throttled = false;
  let lastTick = mono();
  setInterval(() => {
    if (throttled && mono() - lastTick < MIN) return;
    lastTick = mono();
    pipeline.tick();
  }, S);
  const feed = (e: Untimed) => {
    const full = { ...e, t: mono() } as MeetingEvent;
    roster.observe(full);
    pipeline.input(full);
  };
  const start = () => {
    feed({ type: 'call.started', platform: 'meet', meetingCode: 'abc-defg-hij' });
    for (const [id, name] of [
      ['a', 'Ann'],
      ['b', 'Bo'],
      ['c', 'Cy'],
    ] as const)
      feed({ type: 'participant.joined', id, name, isSelf: id === 'a' });
  };
  const sentEvents = async () => {
    await pipeline.batcher.flush();
    return sent.flatMap((m) => m.events as MeetingEvent[]);
  };
  return {
    pipeline,
    feed,
    start,
    sentEvents,
    /** Time passes on both clocks but no timer runs (a sleeping laptop whose monotonic clock goes on). */
    freeze: (ms: number) => {
      skew += ms;
      vi.setSystemTime(Date.now() + ms);
    },
    throttle: (on: boolean) => {
      throttled = on;
    },
  };
}

const person = (s: LiveSnapshot, id: string) => s.participants.find((p) => p.id === id)!;

describe('gap detection on the content side', () => {
  it('laptop sleep, timers frozen 20 min while both clocks go on: no phantom speaking or presence', async () => {
    const c = setup();
    c.start();
    await vi.advanceTimersByTimeAsync(60 * S);
    c.feed({ type: 'speaking.started', id: 'a' });
    c.feed({ type: 'camera.on', id: 'b' });
    await vi.advanceTimersByTimeAsync(40 * S); // a tick at 100 s is the last sign of life
    c.freeze(20 * MIN);
    await vi.advanceTimersByTimeAsync(1 * S); // the first tick after waking finds the stall
    await vi.advanceTimersByTimeAsync(29 * S);
    c.feed({ type: 'speaking.stopped', id: 'a' });
    await vi.advanceTimersByTimeAsync(170 * S);
    const s = c.pipeline.snapshot();
    // A: 60→100 s, then from the wake tick (1301 s) to 1330 s; presence 0→100 s and 1301→1500 s.
    expect(person(s, 'a').speakingMs).toBe(40 * S + 29 * S);
    expect(person(s, 'a').presentMs).toBe(299 * S);
    expect(person(s, 'b').cameraOnMs).toBe(40 * S + 199 * S);
    expect(s.durationMs).toBe(1500 * S);
    expect(s.gaps).toBe(1);
    expect(s.gapMs).toBe(20 * MIN + 1 * S);
    expect(s.coverage.speaking).toBeCloseTo(299 / 1500, 3);
    // The background gets the same gap, in order, and it passes its validation.
    const events = await c.sentEvents();
    const gaps = events.filter((e) => e.type === 'coverage.gap');
    expect(gaps).toEqual([{ type: 'coverage.gap', t: 1301 * S, from: 100 * S }]);
    expect(eventBatchSchema.safeParse(events).success).toBe(true);
  });

  it('laptop sleep where the monotonic clock pauses (Date.now jumps 20 min ahead): no time invented', async () => {
    const c = setup();
    c.start();
    await vi.advanceTimersByTimeAsync(60 * S);
    c.feed({ type: 'speaking.started', id: 'a' });
    await vi.advanceTimersByTimeAsync(40 * S);
    vi.setSystemTime(Date.now() + 20 * MIN); // wall only: fake performance.now() does not move
    await vi.advanceTimersByTimeAsync(30 * S);
    c.feed({ type: 'speaking.stopped', id: 'a' });
    const s = c.pipeline.snapshot();
    // The events' clock holds no time for the sleep; the stall is noticed and the 1 s before it dropped.
    expect(s.gaps).toBe(1);
    expect(s.gapMs).toBe(1 * S);
    expect(s.durationMs).toBe(130 * S);
    expect(person(s, 'a').speakingMs).toBe(69 * S);
    expect(person(s, 'a').presentMs).toBe(129 * S);
  });

  it('a wall clock jump backwards changes nothing: no gap, figures exact', async () => {
    const c = setup();
    c.start();
    await vi.advanceTimersByTimeAsync(60 * S);
    c.feed({ type: 'speaking.started', id: 'a' });
    await vi.advanceTimersByTimeAsync(40 * S);
    vi.setSystemTime(Date.now() - 20 * MIN);
    await vi.advanceTimersByTimeAsync(30 * S);
    c.feed({ type: 'speaking.stopped', id: 'a' });
    const s = c.pipeline.snapshot();
    expect(s.gaps).toBe(0);
    expect(person(s, 'a').speakingMs).toBe(70 * S);
    expect(person(s, 'a').presentMs).toBe(130 * S);
    expect(s.coverage.speaking).toBe(1);
    expect(s.rejectedEvents).toBe(0);
  });

  it('meeting tab in the background 30 min, timers throttled to once a minute, page silent: nothing invented, coverage says what was not seen', async () => {
    const c = setup();
    c.start();
    await vi.advanceTimersByTimeAsync(60 * S);
    c.feed({ type: 'speaking.started', id: 'a' });
    await vi.advanceTimersByTimeAsync(60 * S); // hidden at 120 s, A still talking
    c.throttle(true);
    await vi.advanceTimersByTimeAsync(30 * MIN);
    c.throttle(false); // back in front at 1920 s
    await vi.advanceTimersByTimeAsync(20 * S);
    c.feed({ type: 'speaking.stopped', id: 'a' });
    c.feed({ type: 'speaking.started', id: 'b' });
    await vi.advanceTimersByTimeAsync(40 * S);
    c.feed({ type: 'speaking.stopped', id: 'b' });
    await vi.advanceTimersByTimeAsync(40 * S);
    const s = c.pipeline.snapshot();
    // 30 throttled minutes are 30 one-minute stalls, each one reported and none of it counted.
    expect(s.gaps).toBe(30);
    expect(s.gapMs).toBe(30 * MIN);
    expect(s.durationMs).toBe(2020 * S);
    // A: 60→120 s before, and from the first tick back (1920 s) to 1940 s after.
    expect(person(s, 'a').speakingMs).toBe(60 * S + 20 * S);
    expect(person(s, 'b').speakingMs).toBe(40 * S);
    expect(person(s, 'c').presentMs).toBe(2020 * S - 30 * MIN);
    expect(s.coverage.speaking).toBeCloseTo((2020 - 1800) / 2020, 6);
    expect(s.fairShare).toBeCloseTo(1 / 3, 9);
  });

  it('meeting tab in the background 30 min, timers throttled but the page still reporting: every figure kept', async () => {
    const c = setup();
    c.start();
    await vi.advanceTimersByTimeAsync(60 * S);
    c.throttle(true);
    // The page's mutations still reach the observer every 10 s while the tab is hidden.
    for (let k = 0; k < 180; k++) {
      c.feed({ type: k % 2 === 0 ? 'speaking.started' : 'speaking.stopped', id: k % 4 < 2 ? 'a' : 'b' });
      await vi.advanceTimersByTimeAsync(10 * S);
    }
    c.throttle(false);
    await vi.advanceTimersByTimeAsync(5 * S);
    const s = c.pipeline.snapshot();
    expect(s.gaps).toBe(0);
    expect(person(s, 'a').speakingMs).toBe(45 * 10 * S);
    expect(person(s, 'b').speakingMs).toBe(45 * 10 * S);
    expect(s.coverage.speaking).toBe(1);
  });
});

describe('createGapDetector', () => {
  it('reports a stall longer than gapMs once, from the last sign of life; ignores out-of-order times', () => {
    let mono = 1000;
    let wall = T0;
    const d = createGapDetector({ now: () => mono, wall: () => wall, gapMs: 15 * S });
    mono += 15 * S;
    wall += 15 * S;
    expect(d.check(mono)).toBeNull(); // exactly the threshold: not a gap
    expect(d.check(mono - 5 * S)).toBeNull();
    mono += 16 * S;
    wall += 16 * S;
    expect(d.check(mono)).toEqual({ type: 'coverage.gap', t: 32 * S, from: 16 * S });
    expect(d.check(mono)).toBeNull();
    wall += 60 * S; // the wall clock alone moves on
    mono += S;
    expect(d.check(mono)).toEqual({ type: 'coverage.gap', t: 33 * S, from: 32 * S });
    wall -= 3_600 * S; // and back by an hour
    mono += S;
    expect(d.check(mono)).toBeNull();
    expect(d.count).toBe(2);
  });
});
