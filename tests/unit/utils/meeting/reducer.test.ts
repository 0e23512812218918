import { describe, expect, it } from 'vitest';
import { serializeState } from '@/utils/meeting/checkpoint';
import { defaultConfig } from '@/utils/meeting/config';
import { applyEvent, applyEvents, createMeetingState, snapshot, summarize } from '@/utils/meeting/reducer';
import { byTime, ev, run, seg, who } from './timeline';

const MIN = 60_000;

describe('a plain two-person call', () => {
  const { s } = run([
    ev.start(0),
    ev.join(0, 'a', 'Ann', true),
    ev.join(0, 'b', 'Bo'),
    ...seg('a', 1_000, 11_000),
    ...seg('b', 12_000, 17_000),
    ev.end(60_000),
  ]);

  it('has the call span, platform and end reason', () => {
    expect(s.platform).toBe('meet');
    expect(s.meetingCode).toBe('abc-defg-hij');
    expect(s.startedAt).toBe(0);
    expect(s.endedAt).toBe(60_000);
    expect(s.endReason).toBe('left');
    expect(s.durationMs).toBe(60_000);
    expect(s.selfId).toBe('a');
    expect(s.rejectedEvents).toBe(0);
  });

  it('has presence, speaking time, shares and turns per person', () => {
    const a = who(s, 'a');
    const b = who(s, 'b');
    expect(a).toMatchObject({ presentMs: 60_000, speakingMs: 10_000, turns: 1, meanTurnMs: 10_000 });
    expect(a.longestTurnMs).toBe(10_000);
    expect(a.lastSpokeAt).toBe(11_000);
    expect(a.present).toBe(true);
    expect(a.leftAt).toBeNull();
    expect(a.speakingShare).toBeCloseTo(2 / 3, 12);
    expect(b.speakingShare).toBeCloseTo(1 / 3, 12);
    expect(a.overlapMs).toBe(0);
    expect(a.coverage).toEqual({ speaking: 1, camera: 1 });
  });

  it('has balance, fair share and self share', () => {
    const h = -((2 / 3) * Math.log(2 / 3) + (1 / 3) * Math.log(1 / 3));
    expect(s.balanceIndex).toBeCloseTo(h / Math.log(2), 12);
    expect(s.fairShare).toBe(0.5);
    expect(s.selfShare).toBeCloseTo(2 / 3, 12);
    expect(s.silentIds).toEqual([]);
  });
});

describe('one-person call', () => {
  it('gives the whole share to that person, a fair share of 1 and no balance (undefined for one)', () => {
    const { s } = run([ev.start(0), ev.join(0, 'a', 'Ann', true), ...seg('a', 0, 5_000), ev.end(10_000)]);
    expect(who(s, 'a').speakingShare).toBe(1);
    expect(s.selfShare).toBe(1);
    expect(s.fairShare).toBe(1);
    expect(s.balanceIndex).toBeNull();
  });
});

describe('two people talking over each other', () => {
  const base = [ev.start(0), ev.join(0, 'a'), ev.join(0, 'b')];

  it('counts an interruption when the newcomer overlaps long enough, and the overlap for both', () => {
    const { s } = run([
      ...base,
      ...byTime([...seg('a', 0, 10_000), ...seg('b', 4_000, 8_000)]),
      ev.end(20_000),
    ]);
    expect(who(s, 'b').interruptionsMade).toBe(1);
    expect(who(s, 'a').interruptionsReceived).toBe(1);
    expect(who(s, 'a').interruptionsMade).toBe(0);
    expect(who(s, 'b').interruptionsReceived).toBe(0);
    expect(who(s, 'a').overlapMs).toBe(4_000);
    expect(who(s, 'b').overlapMs).toBe(4_000);
  });

  it('does not count back-channel shorter than the minimum overlap as an interruption', () => {
    const { s } = run([
      ...base,
      ...byTime([...seg('a', 0, 10_000), ...seg('b', 4_000, 4_800)]),
      ev.end(20_000),
    ]);
    expect(who(s, 'b').interruptionsMade).toBe(0);
    expect(who(s, 'a').interruptionsReceived).toBe(0);
    expect(who(s, 'b').overlapMs).toBe(800);
  });

  it('measures the overlap until the interrupted person stops (exactly the minimum counts)', () => {
    const yes = run([
      ...base,
      ...byTime([...seg('a', 0, 5_000), ...seg('b', 4_000, 10_000)]),
      ev.end(20_000),
    ]).s;
    expect(who(yes, 'b').interruptionsMade).toBe(1);
    const no = run([
      ...base,
      ...byTime([...seg('a', 0, 4_900), ...seg('b', 4_000, 10_000)]),
      ev.end(20_000),
    ]).s;
    expect(who(no, 'b').interruptionsMade).toBe(0);
    expect(who(no, 'a').overlapMs).toBe(900);
  });

  it('does not count simultaneous starts or flicker continuations as interruptions', () => {
    const same = run([...base, ev.talk(1_000, 'a'), ev.talk(1_000, 'b'), ev.end(10_000)]).s;
    expect(who(same, 'a').interruptionsMade + who(same, 'b').interruptionsMade).toBe(0);
    // b started first; a's 200 ms flicker gap resumes a's own turn, which began before b's.
    const flicker = run([
      ...base,
      ...byTime([...seg('b', 0, 10_000), ...seg('a', 500, 3_000), ...seg('a', 3_200, 6_000)]),
      ev.end(20_000),
    ]).s;
    expect(who(flicker, 'a').interruptionsMade).toBe(1);
    expect(who(flicker, 'b').interruptionsMade).toBe(0);
  });

  it('counts one start over two speakers as two interruptions', () => {
    const { s } = run([
      ...base,
      ev.join(0, 'c'),
      ...byTime([...seg('a', 0, 10_000), ...seg('b', 1_000, 10_000), ...seg('c', 5_000, 9_000)]),
      ev.end(20_000),
    ]);
    expect(who(s, 'c').interruptionsMade).toBe(2);
    expect(who(s, 'a').interruptionsReceived).toBe(2); // by b, then by c
    expect(who(s, 'b').interruptionsReceived).toBe(1);
  });

  it('shows an interruption live once the overlap reaches the minimum', () => {
    const state = createMeetingState();
    applyEvents(state, [...base, ev.talk(0, 'a'), ev.talk(4_000, 'b')]);
    expect(who(snapshot(state, 4_500), 'b').interruptionsMade).toBe(0);
    expect(who(snapshot(state, 5_000), 'b').interruptionsMade).toBe(1);
    expect(who(snapshot(state, 5_000), 'a').interruptionsReceived).toBe(1);
    expect(snapshot(state, 5_000).currentSpeakerIds).toEqual(['a', 'b']);
  });
});

describe('presence', () => {
  it('handles someone joining late and leaving early, and counts only people present ≥ 25% for fair share', () => {
    const { s } = run([
      ev.start(0),
      ev.join(0, 'a', 'Ann', true),
      ev.join(0, 'c'),
      ev.join(30_000, 'b'),
      ...seg('b', 35_000, 45_000),
      ev.left(50_000, 'b'),
      ...seg('a', 60_000, 70_000),
      ev.end(100_000),
    ]);
    const b = who(s, 'b');
    expect(b).toMatchObject({ firstJoinedAt: 30_000, leftAt: 50_000, present: false, presentMs: 20_000 });
    expect(b.speakingShare).toBe(0.5);
    expect(s.fairShare).toBe(0.5); // b was there 20% of the call
    // Balance over a and c (b not counted): one of two spoke → 0.
    expect(s.balanceIndex).toBe(0);
  });

  it('closes a running segment and the camera when someone leaves', () => {
    const { s } = run([
      ev.start(0),
      ev.join(0, 'a'),
      ev.camOn(0, 'a'),
      ev.talk(1_000, 'a'),
      ev.left(5_000, 'a'),
      ev.end(10_000),
    ]);
    expect(who(s, 'a')).toMatchObject({
      speakingMs: 4_000,
      cameraOnMs: 5_000,
      presentMs: 5_000,
      cameraShare: 1,
    });
  });

  it('rejects events for someone who has left, ignores a second leave', () => {
    const { s } = run([
      ev.start(0),
      ev.join(0, 'a'),
      ev.left(1_000, 'a'),
      ev.left(1_500, 'a'),
      ...seg('a', 2_000, 3_000),
    ]);
    expect(who(s, 'a').speakingMs).toBe(0);
    expect(s.rejectedEvents).toBe(2);
  });

  it('treats a rejoin with a new device id and the same name as the same person', () => {
    const { s } = run([
      ev.start(0),
      ev.join(0, 'b1', 'Bob'),
      ...seg('b1', 1_000, 3_000),
      ev.left(10_000, 'b1'),
      ev.join(20_000, 'b2', 'Bob '),
      ...seg('b2', 21_000, 24_000),
      ev.left(30_000, 'b2'),
      ev.end(40_000),
    ]);
    expect(s.participants).toHaveLength(1);
    expect(who(s, 'b1')).toMatchObject({ presentMs: 20_000, speakingMs: 5_000, turns: 2, leftAt: 30_000 });
    expect(who(s, 'b1').firstJoinedAt).toBe(0);
  });

  it('keeps a same-named person who joins while the first is still present separate', () => {
    const { s } = run([ev.start(0), ev.join(0, 'x1', 'Alex'), ev.join(1_000, 'x2', 'Alex'), ev.end(2_000)]);
    expect(s.participants.map((p) => p.id)).toEqual(['x1', 'x2']);
  });

  it('matches a rejoining self by the self flag even under another name', () => {
    const { s } = run([
      ev.start(0),
      ev.join(0, 'me1', 'Me', true),
      ev.left(1_000, 'me1'),
      ev.join(2_000, 'me2', 'Me (Presenting)', true),
      ev.end(3_000),
    ]);
    expect(s.participants).toHaveLength(1);
    expect(s.selfId).toBe('me1');
    expect(who(s, 'me1').presentMs).toBe(2_000);
  });

  it('keeps identity across a rename, and matches rejoins by the new name', () => {
    const { s } = run([
      ev.start(0),
      ev.join(0, 'b1', 'Bob'),
      ev.rename(1_000, 'b1', 'Robert'),
      ev.left(2_000, 'b1'),
      ev.join(3_000, 'b2', 'Robert'),
      ev.end(4_000),
    ]);
    expect(s.participants).toHaveLength(1);
    expect(who(s, 'b1').name).toBe('Robert');
  });

  it('moves the self mark on participant.self', () => {
    const { s } = run([ev.start(0), ev.join(0, 'a', 'A', true), ev.join(0, 'b'), ev.self(1, 'b'), ev.end(2)]);
    expect(s.selfId).toBe('b');
    expect(who(s, 'a').isSelf).toBe(false);
    expect(who(s, 'b').isSelf).toBe(true);
  });
});

describe('speaking while muted', () => {
  it('ignores the speaking signal while muted, and muting stops a running segment', () => {
    const { s, state } = run([
      ev.start(0),
      ev.join(0, 'a'),
      ev.mute(0, 'a'),
      ...seg('a', 1_000, 5_000),
      ev.unmute(6_000, 'a'),
      ...seg('a', 7_000, 8_000),
      ev.talk(10_000, 'a'),
      ev.mute(12_000, 'a'),
      ev.hush(15_000, 'a'),
      ev.end(20_000),
    ]);
    expect(who(s, 'a')).toMatchObject({ speakingMs: 3_000, turns: 2 });
    expect(state.ignoredWhileMuted).toBe(1);
  });

  it('does not suppress speaking when the mute signal itself is not visible', () => {
    const { s } = run([
      ev.start(0),
      ev.join(0, 'a'),
      ev.health(0, { mute: 'broken' }),
      ev.mute(500, 'a'),
      ...seg('a', 1_000, 2_000),
      ev.end(3_000),
    ]);
    expect(who(s, 'a').speakingMs).toBe(1_000);
  });
});

describe('clock going backwards', () => {
  it('clamps small regressions and rejects large ones', () => {
    const { s } = run([
      ev.start(0),
      ev.join(0, 'a'),
      ev.talk(10_000, 'a'),
      ev.hush(20_000, 'a'),
      ev.camOn(19_000, 'a'), // 1 s back: clamped to 20 000
      ev.join(5_000, 'b'), // 15 s back: rejected
      ev.talk(21_000, 'b'), // unknown participant: rejected
      ev.camOff(30_000, 'a'),
    ]);
    expect(s.clampedEvents).toBe(1);
    expect(s.rejectedEvents).toBe(2);
    expect(s.participants.map((p) => p.id)).toEqual(['a']);
    expect(who(s, 'a').cameraOnMs).toBe(10_000);
    expect(s.durationMs).toBe(30_000);
  });

  it('rejects non-finite times', () => {
    const { s } = run([ev.start(0), ev.join(Number.NaN, 'a')]);
    expect(s.rejectedEvents).toBe(1);
    expect(s.participants).toHaveLength(0);
  });
});

describe('zero-length call and the end of a call', () => {
  it('reports zeros and nulls without dividing by zero', () => {
    const { s } = run([ev.start(1_000), ev.join(1_000, 'a', 'A', true), ev.end(1_000)]);
    expect(s.durationMs).toBe(0);
    const a = who(s, 'a');
    expect(a).toMatchObject({ presentMs: 0, speakingMs: 0, turns: 0, cameraOnMs: 0 });
    expect(a.speakingShare).toBeNull();
    expect(a.meanTurnMs).toBeNull();
    expect(a.cameraShare).toBeNull();
    expect(s.balanceIndex).toBeNull();
    expect(s.selfShare).toBeNull();
    expect(s.fairShare).toBe(1);
    expect(s.coverage.speaking).toBe(1);
    for (const v of Object.values(s.coverage)) expect(Number.isFinite(v)).toBe(true);
  });

  it('summarizes an empty state', () => {
    const s = summarize(createMeetingState());
    expect(s).toMatchObject({
      durationMs: 0,
      participants: [],
      balanceIndex: null,
      fairShare: null,
      selfId: null,
    });
  });

  it('rejects events after call.ended, but not a repeated call.ended', () => {
    const { s } = run([ev.start(0), ev.join(0, 'a'), ev.end(1_000), ev.talk(2_000, 'a'), ev.end(3_000)]);
    expect(s.rejectedEvents).toBe(1);
    expect(s.endedAt).toBe(1_000);
  });

  it('closes open turns at the end of the call', () => {
    const { s } = run([ev.start(0), ev.join(0, 'a'), ev.talk(4_000, 'a'), ev.end(10_000)]);
    expect(who(s, 'a')).toMatchObject({ speakingMs: 6_000, turns: 1, lastSpokeAt: 10_000 });
  });

  it('without call.ended, ends at the last event', () => {
    const { s } = run([ev.start(0), ev.join(0, 'a'), ev.talk(4_000, 'a'), ev.react(9_000, 'a')]);
    expect(s.endedAt).toBeNull();
    expect(s.durationMs).toBe(9_000);
    expect(who(s, 'a').speakingMs).toBe(5_000);
  });
});

describe('speaking flicker and blips', () => {
  const call = (...events: ReturnType<typeof seg>[]) =>
    run([ev.start(0), ev.join(0, 'a'), ...byTime(events.flat()), ev.end(MIN)]).s;

  it('merges a gap shorter than flickerGapMs into one turn (the gap counts as speaking)', () => {
    const a = who(call(seg('a', 0, 1_000), seg('a', 1_400, 2_000)), 'a');
    expect(a).toMatchObject({ turns: 1, speakingMs: 2_000, longestTurnMs: 2_000 });
  });

  it('keeps turns separate when the gap reaches flickerGapMs', () => {
    expect(who(call(seg('a', 0, 1_000), seg('a', 1_600, 2_200)), 'a')).toMatchObject({
      turns: 2,
      speakingMs: 1_600,
    });
    expect(who(call(seg('a', 0, 1_000), seg('a', 1_700, 2_000)), 'a')).toMatchObject({
      turns: 2,
      meanTurnMs: 650,
    });
  });

  it('ignores a blip shorter than minBlipMs', () => {
    const a = who(call(seg('a', 0, 200)), 'a');
    expect(a).toMatchObject({
      turns: 0,
      speakingMs: 0,
      lastSpokeAt: null,
      meanTurnMs: null,
      longestTurnMs: null,
    });
  });

  it('keeps blips that flicker-merge into a long enough turn', () => {
    expect(who(call(seg('a', 0, 200), seg('a', 400, 700)), 'a')).toMatchObject({ turns: 1, speakingMs: 700 });
  });

  it('decides the turn boundary lazily: a snapshot inside the gap does not split the turn', () => {
    const state = createMeetingState();
    applyEvents(state, [ev.start(0), ev.join(0, 'a'), ...seg('a', 0, 1_000)]);
    const live = snapshot(state, 1_200);
    expect(live.currentSpeakerIds).toEqual(['a']); // still holding the turn inside the gap
    expect(who(live, 'a').turns).toBe(1);
    applyEvents(state, seg('a', 1_400, 2_000));
    expect(who(summarize(state), 'a')).toMatchObject({ turns: 1, speakingMs: 2_000 });
    expect(snapshot(state, 2_700).currentSpeakerIds).toEqual([]);
  });

  it('honours a custom config', () => {
    const { s } = run([ev.start(0), ev.join(0, 'a'), ...seg('a', 0, 1_000), ...seg('a', 1_400, 2_000)], {
      flickerGapMs: 300,
    });
    expect(who(s, 'a').turns).toBe(2);
    expect(() => createMeetingState({ interruptionMinOverlapMs: 100, minBlipMs: 300 })).toThrow();
  });
});

describe('monologues', () => {
  it('counts turns strictly longer than monologueMs', () => {
    const { s } = run([
      ev.start(0),
      ev.join(0, 'a'),
      ev.join(0, 'b'),
      ...seg('a', 0, 91_000),
      ...seg('b', 100_000, 190_000), // exactly 90 s: not a monologue
      ev.end(200_000),
    ]);
    expect(who(s, 'a').monologues).toBe(1);
    expect(who(s, 'b').monologues).toBe(0);
    expect(defaultConfig.monologueMs).toBe(90_000);
  });
});

describe('coverage', () => {
  it('assumes ok before any health event', () => {
    const { s } = run([ev.start(0), ev.join(0, 'a'), ev.end(10_000)]);
    expect(s.coverage.speaking).toBe(1);
    expect(s.coverage.captions).toBe(1);
    expect(s.health).toEqual({});
  });

  it('reports null (unknown) rather than 0 when the speaking signal was never visible', () => {
    const { s } = run([
      ev.start(0),
      ev.health(0, { speaking: 'broken', camera: 'not_visible' }),
      ev.join(0, 'a', 'A', true),
      ev.join(0, 'b'),
      ...seg('a', 1_000, 5_000),
      ev.camOn(1_000, 'a'),
      ev.end(10_000),
    ]);
    const a = who(s, 'a');
    expect(a.coverage).toEqual({ speaking: 0, camera: 0 });
    expect(a.speakingMs).toBeNull();
    expect(a.speakingShare).toBeNull();
    expect(a.meanTurnMs).toBeNull();
    expect(a.longestTurnMs).toBeNull();
    expect(a.cameraOnMs).toBeNull();
    expect(a.cameraShare).toBeNull();
    expect(s.balanceIndex).toBeNull();
    expect(s.selfShare).toBeNull();
    expect(s.silentIds).toEqual([]);
    expect(s.coverage.speaking).toBe(0);
    expect(s.health).toEqual({ speaking: 'broken', camera: 'not_visible' });
  });

  it('reports 0 (seen, did not happen) when covered and silent', () => {
    const { s } = run([ev.start(0), ev.join(0, 'a'), ev.end(10_000)]);
    expect(who(s, 'a').speakingMs).toBe(0);
    expect(who(s, 'a').cameraOnMs).toBe(0);
  });

  it('computes per-person coverage over their own presence, and meeting coverage over the call', () => {
    const { s } = run([
      ev.start(0),
      ev.join(0, 'a'),
      ev.health(50_000, { speaking: 'broken' }),
      ev.join(60_000, 'b'),
      ev.health(90_000, { speaking: 'ok' }),
      ev.end(100_000),
    ]);
    expect(s.coverage.speaking).toBeCloseTo(0.6, 12);
    expect(who(s, 'a').coverage.speaking).toBeCloseTo(0.6, 12);
    expect(who(s, 'b').coverage.speaking).toBeCloseTo(0.25, 12);
    expect(s.health.speaking).toBe('ok');
  });

  it('stops running segments when the speaking signal goes away', () => {
    const { s } = run([
      ev.start(0),
      ev.join(0, 'a'),
      ev.talk(0, 'a'),
      ev.health(5_000, { speaking: 'broken' }),
      ev.end(10_000),
    ]);
    expect(who(s, 'a').speakingMs).toBe(5_000);
  });

  it('counts camera time only while the camera signal is visible, and shares it over covered presence', () => {
    const { s } = run([
      ev.start(0),
      ev.join(0, 'a'),
      ev.camOn(0, 'a'),
      ev.health(20_000, { camera: 'broken' }),
      ev.health(40_000, { camera: 'ok' }),
      ev.end(60_000),
    ]);
    expect(who(s, 'a')).toMatchObject({ cameraOnMs: 40_000, cameraShare: 1 });
    expect(who(s, 'a').coverage.camera).toBeCloseTo(2 / 3, 12);
  });

  it('computes camera share of presence', () => {
    const { s } = run([
      ev.start(0),
      ev.join(0, 'a'),
      ev.camOn(0, 'a'),
      ev.camOff(30_000, 'a'),
      ev.end(60_000),
    ]);
    expect(who(s, 'a')).toMatchObject({ cameraOnMs: 30_000, cameraShare: 0.5 });
  });
});

describe('per-person visibility', () => {
  it('gives someone never visible null speaking and camera figures and coverage 0, not zeros', () => {
    const { s } = run([
      ev.start(0),
      ev.join(0, 'a', 'A', true),
      ev.join(0, 'b'),
      ev.vis(0, 'b', false),
      ...byTime([...seg('a', 0, 2_000), ...seg('b', 1_000, 5_000), ev.camOn(1_000, 'b')]),
      ev.end(200_000),
    ]);
    const b = who(s, 'b');
    expect(b.coverage).toEqual({ speaking: 0, camera: 0 });
    expect(b).toMatchObject({
      speakingMs: null,
      speakingShare: null,
      meanTurnMs: null,
      longestTurnMs: null,
      cameraOnMs: null,
      cameraShare: null,
      turns: 0,
      overlapMs: 0,
      interruptionsMade: 0,
      lastSpokeAt: null,
    });
    // Unknown is not silent; a's speech is the whole known total.
    expect(s.silentIds).toEqual([]);
    expect(who(s, 'a')).toMatchObject({
      speakingMs: 2_000,
      speakingShare: 1,
      coverage: { speaking: 1, camera: 1 },
    });
    // Ignored, not rejected: the adapter did nothing wrong.
    expect(s.rejectedEvents).toBe(0);
    // The meeting-wide signal was fine all along.
    expect(s.coverage.speaking).toBe(1);
  });

  it('with partial visibility, gives the coverage fraction and counts speaking and camera only while visible', () => {
    const { s } = run([
      ev.start(0),
      ev.join(0, 'a'),
      ev.camOn(0, 'a'),
      ...seg('a', 10_000, 20_000),
      ev.vis(30_000, 'a', false, true),
      ...seg('a', 35_000, 45_000), // not seen: ignored
      ev.vis(50_000, 'a', false, false), // the camera goes off with the tile
      ev.camOn(55_000, 'a'), // not seen: ignored
      ev.vis(60_000, 'a', true, false),
      ...seg('a', 70_000, 75_000),
      ev.vis(80_000, 'a', true, true),
      ev.camOn(90_000, 'a'), // visible again, but nothing is assumed on until the adapter says so
      ev.end(100_000),
    ]);
    const a = who(s, 'a');
    expect(a.coverage.speaking).toBeCloseTo(0.7, 12); // [0, 30) and [60, 100)
    expect(a.coverage.camera).toBeCloseTo(0.7, 12); // [0, 50) and [80, 100)
    expect(a).toMatchObject({ speakingMs: 15_000, turns: 2, longestTurnMs: 10_000, lastSpokeAt: 75_000 });
    expect(a.cameraOnMs).toBe(60_000); // [0, 50) and [90, 100)
    expect(a.cameraShare).toBeCloseTo(60 / 70, 12);
    expect(a.presentMs).toBe(100_000);
  });

  it('covers only time that is both visible and healthy, across health changes while hidden', () => {
    const { s } = run([
      ev.start(0),
      ev.join(0, 'a'),
      ev.join(0, 'b'),
      ev.vis(20_000, 'a', false),
      ev.health(40_000, { speaking: 'broken' }),
      ev.vis(60_000, 'a', true),
      ev.health(80_000, { speaking: 'ok' }),
      ev.end(100_000),
    ]);
    expect(who(s, 'a').coverage.speaking).toBeCloseTo(0.4, 12); // [0, 20) and [80, 100)
    expect(who(s, 'a').coverage.camera).toBeCloseTo(0.6, 12); // camera health untouched
    expect(who(s, 'b').coverage.speaking).toBeCloseTo(0.6, 12);
    expect(s.coverage.speaking).toBeCloseTo(0.6, 12);
  });

  it('stops a running turn when the person becomes invisible, without flicker-merging across the hidden gap', () => {
    const events = [
      ev.start(0),
      ev.join(0, 'a'),
      ev.join(0, 'b'),
      ev.talk(0, 'a'),
      ev.talk(2_000, 'b'), // b talks over a from 2 s
      ev.vis(5_000, 'a', false),
      ev.hush(5_100, 'a'), // a's stop while hidden: nothing to stop
    ];
    const live = run(events);
    const snap = snapshot(live.state, 5_200);
    expect(snap.currentSpeakerIds).toEqual(['b']);
    expect(who(snap, 'a')).toMatchObject({ speakingMs: 5_000, turns: 1, overlapMs: 3_000 });
    expect(who(snap, 'a').interruptionsReceived).toBe(1);

    // Visible again within flickerGapMs of the forced stop: still a new turn, the gap is not speech.
    const { s } = run([...events, ev.vis(5_200, 'a', true), ...seg('a', 5_300, 8_000), ev.end(10_000)]);
    expect(who(s, 'a')).toMatchObject({ speakingMs: 5_000 + 2_700, turns: 2 });
  });

  it('starts every (re)join visible, and rejects visibility for someone absent or unknown', () => {
    const { s } = run([
      ev.start(0),
      ev.join(0, 'a', 'Ann'),
      ev.vis(0, 'a', false),
      ev.left(10_000, 'a'),
      ev.vis(12_000, 'a', true), // absent: rejected
      ev.vis(12_000, 'nobody', true), // unknown: rejected
      ev.join(20_000, 'a2', 'Ann'), // the same person on a new device
      ...seg('a2', 25_000, 30_000),
      ev.end(40_000),
    ]);
    const a = who(s, 'a');
    expect(a.presentMs).toBe(30_000);
    expect(a.coverage.speaking).toBeCloseTo(20 / 30, 12);
    expect(a.speakingMs).toBe(5_000);
    expect(s.rejectedEvents).toBe(2);
  });

  it('reads coverage 0 for someone hidden at the very instant they joined', () => {
    const state = createMeetingState();
    applyEvents(state, [ev.start(0), ev.join(1_000, 'a'), ev.vis(1_000, 'a', false, true)]);
    const a = who(summarize(state), 'a');
    expect(a.coverage).toEqual({ speaking: 0, camera: 1 });
    expect(a.speakingMs).toBeNull();
    expect(a.cameraOnMs).toBe(0);
  });
});

describe('silent participants', () => {
  it('lists people present ≥ silentMinPresenceMs with coverage who never took a turn', () => {
    const { s } = run([
      ev.start(0),
      ev.join(0, 'a'),
      ev.join(0, 'c'),
      ev.join(0, 'd'),
      ...seg('a', 0, 1_000),
      ...seg('d', 2_000, 2_100), // a blip is not a turn
      ev.join(5 * MIN, 'late'),
      ev.end(5 * MIN + 60_000),
    ]);
    expect(s.silentIds).toEqual(['c', 'd']);
  });
});

describe('acks, hand raises, reactions, captions and chat', () => {
  it('counts acks both ways and keeps the most recent maxAcks in order', () => {
    const { s } = run(
      [
        ev.start(0),
        ev.join(0, 'a'),
        ev.join(0, 'b'),
        ev.ack(1, 'a', 'b'),
        ev.ack(2, 'a', 'b'),
        ev.ack(3, 'b', 'a'),
        ev.ack(4, 'a', 'b'),
        ev.ack(5, 'b', 'a'),
        ev.ack(6, 'a', 'a'), // self-ack: rejected
        ev.ack(7, 'a', 'zz'), // unknown: rejected
      ],
      { maxAcks: 3 },
    );
    expect(who(s, 'a')).toMatchObject({ acksGiven: 3, acksReceived: 2 });
    expect(who(s, 'b')).toMatchObject({ acksGiven: 2, acksReceived: 3 });
    expect(s.acks.map((a) => a.t)).toEqual([3, 4, 5]);
    expect(s.acks[0]).toEqual({ t: 3, fromId: 'b', toId: 'a', kind: 'thanks', source: 'caption' });
    expect(s.rejectedEvents).toBe(2);
  });

  it('records acks under the stable id of someone who rejoined on a new device', () => {
    const { s } = run([
      ev.start(0),
      ev.join(0, 'a'),
      ev.join(0, 'b1', 'Bob'),
      ev.left(1, 'b1'),
      ev.join(2, 'b2', 'Bob'),
      ev.ack(3, 'a', 'b2'),
    ]);
    expect(s.acks[0]!.toId).toBe('b1');
    expect(who(s, 'b1').acksReceived).toBe(1);
  });

  it('counts hand raises once per raise and every reaction', () => {
    const { s } = run([
      ev.start(0),
      ev.join(0, 'a'),
      ev.hand(1, 'a'),
      ev.hand(2, 'a'),
      ev.handDown(3, 'a'),
      ev.hand(4, 'a'),
      ev.react(5, 'a'),
      ev.react(6, 'a'),
    ]);
    expect(who(s, 'a')).toMatchObject({ handRaises: 2, reactions: 2 });
  });

  it('counts captions and chat but never keeps their text', () => {
    const { state } = run([
      ev.start(0),
      ev.caption(1, 'secret-caption-words'),
      ev.chat(2, 'secret-chat-words'),
    ]);
    expect(state.captions).toBe(1);
    expect(state.chatMessages).toBe(1);
    const json = JSON.stringify(serializeState(state));
    expect(json).not.toContain('secret-caption-words');
    expect(json).not.toContain('secret-chat-words');
  });
});

describe('snapshot', () => {
  it('advances open figures to now without mutating the state', () => {
    const state = createMeetingState();
    applyEvents(state, [
      ev.start(0),
      ev.join(0, 'a'),
      ev.join(0, 'b'),
      ev.camOn(0, 'b'),
      ev.talk(1_000, 'a'),
    ]);
    const before = JSON.stringify(serializeState(state));
    const live = snapshot(state, 11_000);
    expect(JSON.stringify(serializeState(state))).toBe(before);
    expect(live.now).toBe(11_000);
    expect(live.durationMs).toBe(11_000);
    expect(who(live, 'a')).toMatchObject({ speakingMs: 10_000, lastSpokeAt: 11_000, presentMs: 11_000 });
    expect(who(live, 'b').cameraOnMs).toBe(11_000);
    expect(live.currentSpeakerIds).toEqual(['a']);
  });

  it('orders current speakers longest-running first', () => {
    const state = createMeetingState();
    applyEvents(state, [
      ev.start(0),
      ev.join(0, 'a'),
      ev.join(0, 'b'),
      ev.talk(2_000, 'b'),
      ev.talk(3_000, 'a'),
    ]);
    expect(snapshot(state, 4_000).currentSpeakerIds).toEqual(['b', 'a']);
  });

  it('reads a now before the last event as the last event, and freezes after the end', () => {
    const state = createMeetingState();
    applyEvents(state, [ev.start(0), ev.join(0, 'a'), ev.talk(0, 'a'), ev.react(5_000, 'a')]);
    expect(snapshot(state, 1_000).now).toBe(5_000);
    applyEvent(state, ev.end(6_000));
    const frozen = snapshot(state, 99_000);
    expect(frozen.now).toBe(6_000);
    expect(frozen.currentSpeakerIds).toEqual([]);
    expect(who(frozen, 'a').speakingMs).toBe(6_000);
  });
});
