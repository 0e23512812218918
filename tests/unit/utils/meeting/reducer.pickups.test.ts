/**
 * Who picks up whom (reducer.ts, "Pick-ups"), on hand-computed timelines. Defaults: a turn lasts at least
 * 300 ms (minBlipMs: shorter is a backchannel, no turn), a flicker gap under 600 ms continues a turn, a
 * pick-up starts within 3 s of the previous turn's stop (pickupMaxGapMs), and talking together for 1 s
 * (interruptionMinOverlapMs) makes an interruption instead of a handover.
 */
import { describe, expect, it } from 'vitest';
import { restoreState, serializeState } from '@/utils/meeting/checkpoint';
import type { MeetingEvent } from '@/utils/meeting/events';
import { applyEvents, createMeetingState, snapshot, summarize } from '@/utils/meeting/reducer';
import { byTime, ev, run, seg, who } from './timeline';

const T0 = 1_000_000;
const s = (sec: number) => T0 + sec * 1000;
const call = (endSec: number, people: string[], talk: MeetingEvent[]) =>
  byTime([
    ev.start(s(0)),
    ...people.map((id) => ev.join(s(0), id, id, id === 'me')),
    ...talk,
    ev.end(s(endSec)),
  ]);

describe('pick-ups (the turn-taking graph)', () => {
  it('counts who spoke next after whom, with the per-person figures agreeing', () => {
    // Sam 0–10; me 11–20 (1 s gap: picks up Sam); Ana 21–25 (picks up me); Sam 30–35 (5 s after Ana:
    // a lapse, picks up nobody); me 36–40 (picks up Sam).
    const talk = [
      ...seg('sam', s(0), s(10)),
      ...seg('me', s(11), s(20)),
      ...seg('ana', s(21), s(25)),
      ...seg('sam', s(30), s(35)),
      ...seg('me', s(36), s(40)),
    ];
    const { s: sum } = run(call(60, ['me', 'sam', 'ana'], talk));
    expect(sum.pickupPairs).toEqual([
      { fromId: 'sam', toId: 'me', count: 2 },
      { fromId: 'me', toId: 'ana', count: 1 },
    ]);
    expect(who(sum, 'sam').turnsPickedUp).toBe(2);
    expect(who(sum, 'me').turnsPickedUp).toBe(1);
    expect(who(sum, 'ana').turnsPickedUp).toBe(0);
    expect(who(sum, 'me').pickups).toBe(2);
    expect(who(sum, 'ana').pickups).toBe(1);
    expect(who(sum, 'sam').pickups).toBe(0);
  });

  it('a quick reply over the trailing speaker is a pick-up, not an interruption', () => {
    // Sam 0–10; my reply starts at 9.5 s, 0.5 s before Sam's indicator goes out (Zoom's handover gap).
    const talk = [...seg('sam', s(0), s(10)), ...seg('me', s(9.5), s(20))];
    const { s: sum } = run(call(30, ['me', 'sam'], talk));
    expect(sum.pickupPairs).toEqual([{ fromId: 'sam', toId: 'me', count: 1 }]);
    expect(sum.interruptionPairs).toEqual([]);
  });

  it('talking over someone for 1 s is an interruption and no pick-up', () => {
    // Sam 0–10, I start at 8 s (2 s together), Sam stops at 10 and I go on to 15.
    const talk = [...seg('sam', s(0), s(10)), ...seg('me', s(8), s(15))];
    const { s: sum } = run(call(30, ['me', 'sam'], talk));
    expect(sum.interruptionPairs).toEqual([{ byId: 'me', ofId: 'sam', count: 1 }]);
    expect(sum.pickupPairs).toEqual([]);
  });

  it('a blip inside another turn is no turn: it picks up nobody and leaves the floor', () => {
    // Sam 0–10; Ana's "mm" 10.5–10.7 (200 ms, a backchannel); Sam again 11–15: Sam kept the floor, no
    // pick-up. Then Ana 16–20 picks up Sam's second turn.
    const talk = [
      ...seg('sam', s(0), s(10)),
      ...seg('ana', s(10.5), s(10.7)),
      ...seg('sam', s(11), s(15)),
      ...seg('ana', s(16), s(20)),
    ];
    const { s: sum } = run(call(30, ['me', 'sam', 'ana'], talk));
    expect(sum.pickupPairs).toEqual([{ fromId: 'sam', toId: 'ana', count: 1 }]);
    expect(who(sum, 'ana').turns).toBe(1);
    expect(who(sum, 'sam').turnsPickedUp).toBe(1);
  });

  it('a backchannel under a running turn is neither an interruption nor a pick-up', () => {
    const talk = [...seg('sam', s(0), s(10)), ...seg('ana', s(4), s(4.2)), ...seg('me', s(11), s(14))];
    const { s: sum } = run(call(30, ['me', 'sam', 'ana'], talk));
    expect(sum.interruptionPairs).toEqual([]);
    expect(sum.pickupPairs).toEqual([{ fromId: 'sam', toId: 'me', count: 1 }]);
  });

  it('overlapping starts pick up nobody; the one who hands over is picked up', () => {
    // Sam and Ana start together at 0 (neither began before the other); Sam stops at 5, Ana goes on to 8;
    // then I start at 9 and pick up Ana.
    const talk = [
      ev.talk(s(0), 'sam'),
      ev.talk(s(0), 'ana'),
      ev.hush(s(5), 'sam'),
      ev.hush(s(8), 'ana'),
      ...seg('me', s(9), s(12)),
    ];
    const { s: sum } = run(call(30, ['me', 'sam', 'ana'], talk));
    expect(sum.pickupPairs).toEqual([{ fromId: 'ana', toId: 'me', count: 1 }]);
  });

  it('a person who leaves mid-turn can still be picked up; one who left answers nobody after', () => {
    // Sam talks 0–10 and leaves at 10; I reply at 11 (picks up Sam). Ana leaves at 20 without having
    // spoken; her leave moves no floor.
    const talk = [
      ...seg('sam', s(0), s(10)),
      ev.left(s(10), 'sam'),
      ...seg('me', s(11), s(18)),
      ev.left(s(20), 'ana'),
      ...seg('lee', s(20.5), s(25)),
    ];
    const { s: sum } = run(call(30, ['me', 'sam', 'ana', 'lee'], talk));
    expect(sum.pickupPairs).toEqual([
      { fromId: 'me', toId: 'lee', count: 1 },
      { fromId: 'sam', toId: 'me', count: 1 },
    ]);
  });

  it('a leave during a handover closes the turn: the overlap below 1 s is a pick-up', () => {
    const talk = [ev.talk(s(0), 'sam'), ev.talk(s(9.6), 'me'), ev.left(s(10), 'sam'), ev.hush(s(15), 'me')];
    const { s: sum } = run(call(30, ['me', 'sam'], talk));
    expect(sum.pickupPairs).toEqual([{ fromId: 'sam', toId: 'me', count: 1 }]);
  });

  it('in a 2-person call shorter than one dominance window, every reply is a pick-up', () => {
    // 40 s call: me 0–5, Sam 5.4–12, me 12.2–20, Sam 21–30.
    const talk = [
      ...seg('me', s(0), s(5)),
      ...seg('sam', s(5.4), s(12)),
      ...seg('me', s(12.2), s(20)),
      ...seg('sam', s(21), s(30)),
    ];
    const { s: sum } = run(call(40, ['me', 'sam'], talk));
    expect(sum.pickupPairs).toEqual([
      { fromId: 'me', toId: 'sam', count: 2 },
      { fromId: 'sam', toId: 'me', count: 1 },
    ]);
    expect(sum.dominance).toEqual([]);
  });

  it('a flicker continuation is the same turn; the next turn of the same person is no pick-up', () => {
    // Sam 0–5, flicker gap 5–5.3, on to 8; Sam again 9–12 (a new turn of his own).
    const talk = [...seg('sam', s(0), s(5)), ...seg('sam', s(5.3), s(8)), ...seg('sam', s(9), s(12))];
    const { s: sum } = run(call(30, ['me', 'sam'], talk));
    expect(sum.pickupPairs).toEqual([]);
    expect(who(sum, 'sam').turns).toBe(2);
  });

  it('a pick-up counts once per turn picked up, in the per-person figures', () => {
    // Sam 0–10; Ana's blip at 10.2 (no turn); I reply at 10.5–15 (pick up Sam once).
    const talk = [...seg('sam', s(0), s(10)), ...seg('ana', s(10.2), s(10.4)), ...seg('me', s(10.5), s(15))];
    const { s: sum } = run(call(30, ['me', 'sam', 'ana'], talk));
    expect(who(sum, 'sam').turnsPickedUp).toBe(1);
  });

  it('live: a reply shows as a pick-up once it has lasted the blip length', () => {
    const state = createMeetingState();
    applyEvents(state, call(100, ['me', 'sam'], []).slice(0, 3));
    applyEvents(state, [...seg('sam', s(1), s(5)), ev.talk(s(5.5), 'me')]);
    expect(snapshot(state, s(5.6)).pickupPairs).toEqual([]);
    expect(snapshot(state, s(6)).pickupPairs).toEqual([{ fromId: 'sam', toId: 'me', count: 1 }]);
    expect(who(snapshot(state, s(6)), 'sam').turnsPickedUp).toBe(1);
    applyEvents(state, [ev.hush(s(7), 'me')]);
    expect(summarize(state).pickupPairs).toEqual([{ fromId: 'sam', toId: 'me', count: 1 }]);
  });

  it('checkpoints keep the pick-ups and the floor; an old checkpoint without them restores', () => {
    const events = call(
      60,
      ['me', 'sam'],
      [...seg('sam', s(0), s(8)), ...seg('me', s(9), s(12)), ...seg('sam', s(13), s(20))],
    );
    // Cut after my turn stopped, before Sam's reply: the floor (mine) must survive the checkpoint.
    const cut = events.findIndex((e) => e.t >= s(13));
    const first = createMeetingState();
    applyEvents(first, events.slice(0, cut));
    const data = JSON.parse(JSON.stringify(serializeState(first)));
    const resumed = restoreState(data);
    applyEvents(resumed, events.slice(cut));
    const whole = createMeetingState();
    applyEvents(whole, events);
    expect(summarize(resumed)).toEqual(summarize(whole));
    expect(summarize(resumed).pickupPairs).toHaveLength(2);

    delete data.pickups;
    for (const p of data.people) {
      for (const k of ['turnSerial', 'pick', 'pickSerial', 'pickedUp', 'pickedSerial', 'pickups'])
        delete p[k];
    }
    const old = restoreState(data);
    applyEvents(old, events.slice(cut));
    // Sam's reply at 13 s finds no floor from before the checkpoint: only the first pick-up is lost.
    expect(summarize(old).pickupPairs).toEqual([]);

    const bad = JSON.parse(JSON.stringify(serializeState(first)));
    bad.pickups.pairs = [[0, 0, 1]];
    expect(() => restoreState(bad)).toThrow(/pick-up pairs/);
  });

  it('only the first pairMaxPeople people are paired; per-person figures are never capped', () => {
    const talk = [...seg('c', s(0), s(5)), ...seg('me', s(6), s(10)), ...seg('sam', s(11), s(15))];
    const { s: sum } = run(call(20, ['me', 'sam', 'c'], talk), { pairMaxPeople: 2 });
    expect(sum.pickupPairs).toEqual([{ fromId: 'me', toId: 'sam', count: 1 }]);
    expect(who(sum, 'c').turnsPickedUp).toBe(1);
  });
});
