import { describe, expect, it } from 'vitest';
import {
  balanceLevel,
  barSegments,
  computeNudges,
  coverageLines,
  formatClock,
  formatDuration,
  formatShare,
  healthLines,
  NO_TURN,
  orderParticipants,
  participantMarkers,
  updateTurnTracker,
} from '@/components/overlay/derive';
import { normalCall, person, snapshot, speakingBroken, T0 } from '@/components/overlay/fixtures';

const MIN = 60_000;

describe('formatting', () => {
  it('says unknown for null figures, never 0', () => {
    expect(formatShare(null)).toBe('unknown');
    expect(formatDuration(null)).toBe('unknown');
    expect(formatShare(0)).toBe('0\u00a0%');
    expect(formatDuration(0)).toBe('0 s');
  });
  it('formats shares, durations and the call clock', () => {
    expect(formatShare(0.344)).toBe('34\u00a0%');
    expect(formatDuration(192_000)).toBe('3 min 12 s');
    expect(formatDuration(3_840_000)).toBe('1 h 04 min');
    expect(formatClock(7_000)).toBe('0:07');
    expect(formatClock(754_000)).toBe('12:34');
    expect(formatClock(3_723_000)).toBe('1:02:03');
  });
  it('grades balance, with unknown for null', () => {
    expect(balanceLevel(null)).toBe('unknown');
    expect(balanceLevel(0.9)).toBe('even');
    expect(balanceLevel(0.5)).toBe('uneven');
    expect(balanceLevel(0.1)).toBe('very_uneven');
  });
});

describe('orderParticipants', () => {
  it('puts you first, then present people by speaking time, then those who left', () => {
    const s = normalCall();
    expect(orderParticipants(s.participants, s.selfId).map((p) => p.id)).toEqual([
      'me',
      'ana',
      'bo',
      'kai',
      'old',
    ]);
  });
  it('sorts unknown speaking after known speaking', () => {
    const ps = [
      person({ id: 'a', name: 'A', speakingMs: null }),
      person({ id: 'b', name: 'B', speakingMs: 0 }),
    ];
    expect(orderParticipants(ps, null).map((p) => p.id)).toEqual(['b', 'a']);
  });
});

describe('participantMarkers', () => {
  it('marks present people who have not spoken, but not when speaking is unknown', () => {
    const s = normalCall();
    const kai = s.participants.find((p) => p.id === 'kai')!;
    expect(participantMarkers(kai, s)).toEqual([{ kind: 'not_spoken' }]);
    const b = speakingBroken();
    for (const p of b.participants) expect(participantMarkers(p, b)).toEqual([]);
  });
  it('marks quiet for 20 min, not 19', () => {
    const now = T0 + 60 * MIN;
    const quiet = person({ id: 'q', name: 'Q', speakingMs: MIN, lastSpokeAt: now - 21 * MIN });
    const recent = person({ id: 'r', name: 'R', speakingMs: MIN, lastSpokeAt: now - 19 * MIN });
    const s = snapshot({ now, participants: [quiet, recent] });
    expect(participantMarkers(quiet, s)).toEqual([{ kind: 'quiet', minutes: 21 }]);
    expect(participantMarkers(recent, s)).toEqual([]);
  });
  it('gives no marker to someone who left', () => {
    const s = normalCall();
    expect(participantMarkers(s.participants.find((p) => p.id === 'old')!, s)).toEqual([]);
  });
});

describe('health and coverage lines', () => {
  it('has none when everything is ok and fully covered', () => {
    expect(healthLines(normalCall())).toEqual([]);
    expect(coverageLines(normalCall())).toEqual([]);
  });
  it('explains broken speaking and captions off, and shows partial coverage', () => {
    const s = speakingBroken();
    const lines = healthLines(s);
    expect(lines.map((l) => [l.signal, l.state])).toEqual([
      ['speaking', 'broken'],
      ['captions', 'not_visible'],
    ]);
    expect(lines[1]!.text).toMatch(/Captions are off — turn them on to see acknowledgements/);
    expect(lines[0]!.text).toMatch(/can’t see who is speaking/);
    expect(coverageLines(s)).toEqual(['Speaking seen for 62\u00a0% of the call']);
  });
});

describe('nudges', () => {
  const speakingSelf = (now: number) => snapshot({ now, currentSpeakerIds: ['me'] });

  it('tracks a turn across snapshots, bridging short flicker but not long gaps', () => {
    let t = NO_TURN;
    t = updateTurnTracker(t, speakingSelf(T0));
    t = updateTurnTracker(t, snapshot({ now: T0 + 1000 })); // flicker
    t = updateTurnTracker(t, speakingSelf(T0 + 2000));
    expect(t.since).toBe(T0);
    t = updateTurnTracker(t, snapshot({ now: T0 + 10_000 }));
    expect(t).toEqual(NO_TURN);
  });

  it('nudges about speaking 3 min straight only when enabled and true', () => {
    let t = NO_TURN;
    for (let s = 0; s <= 180; s += 1) t = updateTurnTracker(t, speakingSelf(T0 + s * 1000));
    const s = speakingSelf(T0 + 180_000);
    expect(computeNudges(s, { selfMonologue: false, silentParticipant: false }, t)).toEqual([]);
    expect(computeNudges(s, { selfMonologue: true, silentParticipant: false }, t).map((n) => n.kind)).toEqual(
      ['self_monologue'],
    );
    let short = NO_TURN;
    for (let i = 0; i <= 170; i += 1) short = updateTurnTracker(short, speakingSelf(T0 + i * 1000));
    expect(computeNudges(s, { selfMonologue: true, silentParticipant: false }, short)).toEqual([]);
  });

  it('nudges about someone silent for 15 min, naming them as text, not when speaking is unknown', () => {
    const now = T0 + 40 * MIN;
    const s = snapshot({
      now,
      participants: [
        person({ id: 'me', name: 'Me', isSelf: true, speakingMs: MIN, lastSpokeAt: now - 30 * MIN }),
        person({ id: 'a', name: 'Ana', speakingMs: MIN, lastSpokeAt: now - 16 * MIN }),
        person({ id: 'b', name: 'Bo', speakingMs: MIN, lastSpokeAt: now - 5 * MIN }),
      ],
    });
    const on = { selfMonologue: false, silentParticipant: true };
    expect(computeNudges(s, on, NO_TURN).map((n) => n.text)).toEqual([
      'Ana hasn’t spoken in 15 minutes — maybe invite them in?',
    ]);
    expect(computeNudges(s, { ...on, silentParticipant: false }, NO_TURN)).toEqual([]);
    expect(computeNudges(speakingBroken(), on, NO_TURN)).toEqual([]);
  });
});

describe('barSegments', () => {
  it('puts your share first, then the rest by size, skipping zero and unknown', () => {
    expect(barSegments(normalCall()).map((s) => s.id)).toEqual(['me', 'ana', 'bo']);
    expect(barSegments(speakingBroken())).toEqual([]);
  });
});
