/**
 * Interruptions per pair (reducer.ts, "Interruptions"): who spoke over whom, on hand-computed timelines.
 * Defaults: a turn is at least 300 ms (minBlipMs), an interruption needs 1 s of talking over
 * (interruptionMinOverlapMs), which also leaves a quick video-call handover (≈ 0.5 s) alone.
 */
import { describe, expect, it } from 'vitest';
import { restoreState, serializeState } from '@/utils/meeting/checkpoint';
import type { MeetingEvent } from '@/utils/meeting/events';
import { applyEvents, createMeetingState, summarize } from '@/utils/meeting/reducer';
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

describe('interruptions per pair', () => {
  it('counts who spoke over whom, and the pairs agree with the totals', () => {
    // Sam talks 0–20 s; I start at 5 s and talk to 8 s (3 s over Sam); Ana starts at 10 s to 15 s over
    // Sam. Later Sam 30–40 s, I start at 32 s to 34 s over Sam: Sam spoken over 3 times, twice by me.
    const talk = [
      ...seg('sam', s(0), s(20)),
      ...seg('me', s(5), s(8)),
      ...seg('ana', s(10), s(15)),
      ...seg('sam', s(30), s(40)),
      ...seg('me', s(32), s(34)),
    ];
    const { s: sum } = run(call(60, ['me', 'sam', 'ana'], talk));
    expect(sum.interruptionPairs).toEqual([
      { byId: 'me', ofId: 'sam', count: 2 },
      { byId: 'ana', ofId: 'sam', count: 1 },
    ]);
    expect(who(sum, 'sam').interruptionsReceived).toBe(3);
  });

  it('a quick handover (0.5 s of overlap) and a backchannel blip are not interruptions', () => {
    const talk = [
      ...seg('sam', s(0), s(10)),
      ...seg('me', s(9.5), s(20)), // Sam's indicator trails 0.5 s into my reply
      ...seg('ana', s(12), s(12.2)), // "mm" under the blip length, inside my turn
    ];
    const { s: sum } = run(call(30, ['me', 'sam', 'ana'], talk));
    expect(sum.interruptionPairs).toEqual([]);
    expect(who(sum, 'me').interruptionsMade).toBe(0);
  });

  it('overlapping starts are nobody interrupting anybody; one start over two speakers is two pairs', () => {
    const talk = [
      ev.talk(s(0), 'sam'),
      ev.talk(s(0), 'ana'), // same instant: neither began before the other
      ev.talk(s(3), 'me'), // over both, for 2 s
      ev.hush(s(5), 'me'),
      ev.hush(s(6), 'sam'),
      ev.hush(s(6), 'ana'),
    ];
    const { s: sum } = run(call(10, ['me', 'sam', 'ana'], talk));
    expect(sum.interruptionPairs).toEqual([
      { byId: 'me', ofId: 'ana', count: 1 },
      { byId: 'me', ofId: 'sam', count: 1 },
    ]);
  });

  it('a 2-person call, and a person who leaves while spoken over', () => {
    // Sam talks 0–10 s, I talk over from 4 s; Sam leaves at 7 s (3 s of overlap): counted at the leave.
    const talk = [ev.talk(s(0), 'sam'), ev.talk(s(4), 'me'), ev.left(s(7), 'sam'), ev.hush(s(12), 'me')];
    const { s: sum } = run(call(20, ['me', 'sam'], talk));
    expect(sum.interruptionPairs).toEqual([{ byId: 'me', ofId: 'sam', count: 1 }]);
  });

  it('live: an interruption past its minimum overlap shows before it ends, in the pairs too', () => {
    const state = createMeetingState();
    applyEvents(state, call(100, ['me', 'sam'], []).slice(0, 3));
    applyEvents(state, [ev.talk(s(1), 'sam'), ev.talk(s(2), 'me'), ev.react(s(4), 'sam')]);
    expect(summarize(state).interruptionPairs).toEqual([{ byId: 'me', ofId: 'sam', count: 1 }]);
  });

  it('only the first pairMaxPeople people are paired; totals are never capped', () => {
    const talk = [...seg('c', s(0), s(10)), ...seg('me', s(2), s(5)), ...seg('sam', s(3), s(6))];
    const { s: sum } = run(call(20, ['me', 'sam', 'c'], talk), { pairMaxPeople: 2 });
    // c joined third: its pairs are not kept, but me and sam over c count in the totals.
    expect(sum.interruptionPairs).toEqual([{ byId: 'sam', ofId: 'me', count: 1 }]);
    expect(who(sum, 'c').interruptionsReceived).toBe(2);
  });

  it('checkpoints keep the pairs; an old checkpoint without them restores', () => {
    const events = call(
      60,
      ['me', 'sam'],
      [...seg('sam', s(0), s(20)), ...seg('me', s(5), s(8)), ...seg('me', s(12), s(15))],
    );
    const cut = events.findIndex((e) => e.t >= s(10));
    const first = createMeetingState();
    applyEvents(first, events.slice(0, cut));
    const data = JSON.parse(JSON.stringify(serializeState(first)));
    const resumed = restoreState(data);
    applyEvents(resumed, events.slice(cut));
    expect(summarize(resumed).interruptionPairs).toEqual([{ byId: 'me', ofId: 'sam', count: 2 }]);

    delete data.intPairs;
    const old = restoreState(data);
    applyEvents(old, events.slice(cut));
    expect(summarize(old).interruptionPairs).toEqual([{ byId: 'me', ofId: 'sam', count: 1 }]);

    const bad = JSON.parse(JSON.stringify(serializeState(first)));
    bad.intPairs = [[0, 7, 1]];
    expect(() => restoreState(bad)).toThrow(/interruption pairs/);
  });
});
