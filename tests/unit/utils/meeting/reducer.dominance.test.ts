/**
 * Dominance windows (reducer.ts, "Dominance windows"), on hand-computed timelines. Defaults: buckets of
 * 30 s, windows of 5 buckets (2.5 min) stepping 30 s, held above 60 % with at least 30 s of talk.
 * Window k (k ≥ 4) covers [(k−4)·30 s, (k+1)·30 s) from the call's start.
 */
import { describe, expect, it } from 'vitest';
import { restoreState, serializeState } from '@/utils/meeting/checkpoint';
import type { MeetingEvent } from '@/utils/meeting/events';
import { applyEvents, createMeetingState, summarize } from '@/utils/meeting/reducer';
import { byTime, ev, run, seg } from './timeline';

const T0 = 1_000_000;
/** Seconds from the call's start, on the events' clock. */
const s = (sec: number) => T0 + sec * 1000;

function call(endSec: number, people: string[], talk: MeetingEvent[], self?: string): MeetingEvent[] {
  return byTime([
    ev.start(s(0)),
    ...people.map((id) => ev.join(s(0), id, id, id === self)),
    ...talk,
    ev.end(s(endSec)),
  ]);
}

describe('dominance windows', () => {
  it('a 2-person call: one stretch per holder, windows joined, the even window left out', () => {
    // A talks 0–200 s, B 200–300 s. Windows: [0,150) A 100 %; [30,180) A 100 %; [60,210) A 140/150;
    // [90,240) A 110/150 = 73 %; [120,270) A 80 / B 70 (53 %, not held); [150,300) B 100/150 = 67 %.
    const { s: sum } = run(
      call(300, ['A', 'B'], [...seg('A', s(0), s(200)), ...seg('B', s(200), s(300))], 'B'),
    );
    expect(sum.dominance).toEqual([
      { from: s(0), to: s(240), id: 'A', peakShare: 1, windows: 4 },
      { from: s(150), to: s(300), id: 'B', peakShare: expect.closeTo(2 / 3, 9), windows: 1 },
    ]);
    expect(sum.selfId).toBe('B');
  });

  it('a call shorter than one window judges no window', () => {
    const { s: sum } = run(call(140, ['A', 'B'], seg('A', s(0), s(140))));
    expect(sum.dominance).toEqual([]);
  });

  it('the last partial bucket is not judged', () => {
    // 170 s: only [0,150) is complete. A talks 0–60, B 60–170: in [0,150) B has 90/150 = 60 %, not above.
    const { s: sum } = run(call(170, ['A', 'B'], [...seg('A', s(0), s(60)), ...seg('B', s(60), s(170))]));
    expect(sum.dominance).toEqual([]);
  });

  it('a blip inside another’s turn is not talk', () => {
    // A 0–90 s, B 90–140 s: A holds [0,150) with 90/140 = 64 %. B's 80 blips of 200 ms during A's turn
    // (each shorter than minBlipMs, 1 s apart so no flicker joins them) would make it 90/156 = 58 %.
    const blips: MeetingEvent[] = [];
    for (let k = 0; k < 80; k++) blips.push(...seg('B', s(k + 0.4), s(k + 0.6)));
    const { s: sum } = run(
      call(150, ['A', 'B'], [...seg('A', s(0), s(90)), ...blips, ...seg('B', s(90), s(140))]),
    );
    expect(sum.dominance).toEqual([
      { from: s(0), to: s(150), id: 'A', peakShare: expect.closeTo(90 / 140, 9), windows: 1 },
    ]);
  });

  it('overlapping starts: talk over talk counts for both', () => {
    // A and B start together at 0; A stops at 60, B goes on to 150: B 150/210 = 71 %.
    const talk = [ev.talk(s(0), 'A'), ev.talk(s(0), 'B'), ev.hush(s(60), 'A'), ev.hush(s(150), 'B')];
    const { s: sum } = run(call(150, ['A', 'B'], talk));
    expect(sum.dominance).toEqual([
      { from: s(0), to: s(150), id: 'B', peakShare: expect.closeTo(150 / 210, 9), windows: 1 },
    ]);
  });

  it('a person who leaves mid-window keeps the talk they had in it', () => {
    // A talks 0–100 s and leaves (decided at 103 s, effective 100 s); B talks 120–180 s.
    // [0,150): A 100 / B 30 = 77 % held; [30,180): A 70 / B 60 = 54 %, not held.
    const talk = [...seg('A', s(0), s(100)), ev.left(s(103), 'A', s(100)), ...seg('B', s(120), s(180))];
    const { s: sum } = run(call(180, ['A', 'B', 'C'], talk));
    expect(sum.dominance).toEqual([
      { from: s(0), to: s(150), id: 'A', peakShare: expect.closeTo(100 / 130, 9), windows: 1 },
    ]);
  });

  it('a turn running for minutes without events is credited bucket by bucket', () => {
    // A 0–400 s in one segment, B 400–430 s. Complete buckets 0..13; the last window [270,420) is
    // A 130 / B 20. Every window is A's: one stretch of 10 windows.
    const { s: sum } = run(call(430, ['A', 'B'], [...seg('A', s(0), s(400)), ...seg('B', s(400), s(430))]));
    expect(sum.dominance).toEqual([{ from: s(0), to: s(420), id: 'A', peakShare: 1, windows: 10 }]);
  });

  it('flicker gaps count as talk, like speakingMs', () => {
    // A speaks 0–100 s in segments of 9.5 s with 0.5 s gaps (one turn); B talks 100–150 s.
    // As one turn: A 100 / B 50 = 66.7 % held. Without the gaps A would have 95/145 = 65.5 %.
    const talk: MeetingEvent[] = [];
    for (let k = 0; k < 10; k++) talk.push(...seg('A', s(k * 10), s(k * 10 + 9.5)));
    talk.pop();
    talk.push(ev.hush(s(100), 'A'));
    const { s: sum } = run(call(150, ['A', 'B'], [...talk, ...seg('B', s(100), s(150))]));
    expect(sum.dominance).toEqual([
      { from: s(0), to: s(150), id: 'A', peakShare: expect.closeTo(100 / 150, 9), windows: 1 },
    ]);
  });

  it('a holder whose speaking was never seen is not cited (like their speakingMs)', () => {
    // The speaking signal is broken from the start; A's indicator events still arrive.
    const events = call(
      200,
      ['A', 'B'],
      [ev.health(s(0), { speaking: 'broken' }), ...seg('A', s(1), s(200))],
    );
    const { s: sum } = run(events);
    expect(sum.participants.find((p) => p.id === 'A')!.speakingMs).toBeNull();
    expect(sum.dominance).toEqual([]);
  });

  it('a window with too little talk is not judged', () => {
    const { s: sum } = run(call(160, ['A', 'B'], seg('A', s(0), s(20))));
    expect(sum.dominance).toEqual([]);
  });

  it('thresholds come from the config', () => {
    const events = call(150, ['A', 'B'], [...seg('A', s(0), s(80)), ...seg('B', s(80), s(150))]);
    expect(run(events).s.dominance).toEqual([]); // 80/150 = 53 %
    expect(run(events, { dominanceShare: 0.5 }).s.dominance).toHaveLength(1);
  });

  it('before the call ends, only windows past their settle time are listed', () => {
    const state = createMeetingState();
    applyEvents(state, [ev.start(s(0)), ev.join(s(0), 'A'), ev.join(s(0), 'B'), ...seg('A', s(0), s(150))]);
    expect(summarize(state).dominance).toEqual([]); // bucket [120,150) closes at 150.9 s
    applyEvents(state, [ev.talk(s(151), 'B')]);
    expect(summarize(state).dominance).toEqual([
      { from: s(0), to: s(150), id: 'A', peakShare: 1, windows: 1 },
    ]);
  });

  it('memory stays bounded in a marathon call: a fixed ring, a capped list', () => {
    // A and B take turns of 5 minutes for 10 hours: 120 stretches, 60 kept.
    const talk: MeetingEvent[] = [];
    for (let k = 0; k < 120; k++) talk.push(...seg(k % 2 === 0 ? 'A' : 'B', s(k * 300), s(k * 300 + 300)));
    const state = createMeetingState();
    applyEvents(state, call(36_000, ['A', 'B'], talk));
    const sum = summarize(state);
    expect(sum.dominance).toHaveLength(60);
    expect(state.dom.dropped).toBeGreaterThan(0);
    expect(state.dom.ring.length).toBe(7);
    for (const b of state.dom.ring) expect(b.who.length).toBeLessThanOrEqual(2);
    expect(sum.dominance![0]).toMatchObject({ id: 'A', from: s(0) });
    expect(sum.dominance![1]).toMatchObject({ id: 'B' });
  });

  it('a silent hour is skipped; a window is judged on the talk in it, not on its length', () => {
    // A's 150 s keep holding the windows as they slide out, down to [120,270) with A's last 30 s (the
    // minimum talk); B likewise from [3480,3630).
    const talk = [...seg('A', s(0), s(150)), ...seg('B', s(3600), s(3750))];
    const { s: sum } = run(call(3750, ['A', 'B'], talk));
    expect(sum.dominance).toEqual([
      { from: s(0), to: s(270), id: 'A', peakShare: 1, windows: 5 },
      { from: s(3480), to: s(3750), id: 'B', peakShare: 1, windows: 5 },
    ]);
  });

  it('a checkpoint mid-call gives the same windows as an uninterrupted call', () => {
    const events = call(300, ['A', 'B'], [...seg('A', s(0), s(200)), ...seg('B', s(200), s(300))]);
    const cut = events.findIndex((e) => e.t >= s(170));
    const first = createMeetingState();
    applyEvents(first, events.slice(0, cut));
    const resumed = restoreState(JSON.parse(JSON.stringify(serializeState(first))));
    applyEvents(resumed, events.slice(cut));
    expect(summarize(resumed).dominance).toEqual(run(events).s.dominance);
  });

  it('a checkpoint from before dominance windows restores and measures from there on', () => {
    const events = call(600, ['A', 'B'], [...seg('A', s(0), s(100)), ...seg('B', s(100), s(600))]);
    // Cut just after B starts at 100 s: the old state knows nothing of buckets, so talk is bucketed from
    // the checkpoint's bucket [90,120) on (A's last 10 s count there); B holds every window.
    const cut = events.findIndex((e) => e.type === 'speaking.started' && e.id === 'B') + 1;
    const first = createMeetingState();
    applyEvents(first, events.slice(0, cut));
    const old = JSON.parse(JSON.stringify(serializeState(first)));
    delete old.dom;
    for (const p of old.people) delete p.domAt;
    for (const k of Object.keys(old.config))
      if (k.startsWith('dominance') || k === 'maxDominanceStretches') delete old.config[k];
    const resumed = restoreState(old);
    applyEvents(resumed, events.slice(cut));
    const d = summarize(resumed).dominance!;
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ id: 'B', from: s(0), to: s(600), windows: 16 });
  });

  it('a checkpoint with an inconsistent dominance part is refused', () => {
    const first = createMeetingState();
    applyEvents(first, [ev.start(s(0)), ev.join(s(0), 'A'), ...seg('A', s(0), s(10))]);
    const bad = JSON.parse(JSON.stringify(serializeState(first)));
    bad.dom.ring[0].who = [5];
    bad.dom.ring[0].ms = [1];
    expect(() => restoreState(bad)).toThrow(/dominance/);
  });
});
