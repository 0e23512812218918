/** Canned live snapshots for the preview page and the component tests. Not shipped in the content script. */
import { PLATFORMS } from '@/utils/meeting/constants';
import type { LiveSnapshot, ParticipantSummary } from '@/utils/meeting/types';

const MIN = 60_000;
export const T0 = 1_700_000_000_000;

export function person(p: Partial<ParticipantSummary> & { id: string; name: string }): ParticipantSummary {
  return {
    isSelf: false,
    firstJoinedAt: T0,
    leftAt: null,
    present: true,
    presentMs: 30 * MIN,
    speakingMs: 0,
    speakingShare: 0,
    turns: 0,
    meanTurnMs: null,
    longestTurnMs: null,
    monologues: 0,
    interruptionsMade: 0,
    interruptionsReceived: 0,
    overlapMs: 0,
    cameraOnMs: 30 * MIN,
    cameraShare: 1,
    lastSpokeAt: null,
    acksGiven: 0,
    acksReceived: 0,
    handRaises: 0,
    reactions: 0,
    coverage: { speaking: 1, camera: 1 },
    ...p,
  };
}

export function snapshot(s: Partial<LiveSnapshot> = {}): LiveSnapshot {
  const durationMs = s.durationMs ?? 30 * MIN;
  return {
    platform: PLATFORMS[0],
    meetingCode: 'abc-defg-hij',
    title: 'Weekly sync',
    startedAt: T0,
    endedAt: null,
    endReason: null,
    durationMs,
    selfId: 'me',
    participants: [],
    balanceIndex: 0.8,
    silentIds: [],
    selfShare: null,
    fairShare: null,
    acks: [],
    coverage: { phase: 1, participants: 1, self: 1, speaking: 1, camera: 1, mute: 1, captions: 1, chat: 0 },
    health: { phase: 'ok', participants: 'ok', self: 'ok', speaking: 'ok', camera: 'ok', captions: 'ok' },
    rejectedEvents: 0,
    now: T0 + durationMs,
    currentSpeakerIds: [],
    ...s,
  };
}

/** A normal call: four people, you talk a bit more than your share, one person has not spoken. */
export function normalCall(): LiveSnapshot {
  const now = T0 + 32 * MIN + 15_000;
  return snapshot({
    durationMs: 32 * MIN + 15_000,
    now,
    balanceIndex: 0.72,
    selfShare: 0.34,
    fairShare: 0.25,
    currentSpeakerIds: ['ana'],
    participants: [
      person({
        id: 'bo',
        name: 'Bo Lindqvist',
        speakingMs: 7 * MIN,
        speakingShare: 0.28,
        turns: 9,
        cameraShare: 0.6,
        acksReceived: 2,
        lastSpokeAt: now - 4 * MIN,
      }),
      person({
        id: 'me',
        name: 'Sam (me)',
        isSelf: true,
        speakingMs: 8.5 * MIN,
        speakingShare: 0.34,
        turns: 11,
        cameraShare: 1,
        acksReceived: 1,
        lastSpokeAt: now - MIN,
      }),
      person({
        id: 'ana',
        name: 'Ana María Ñúñez',
        speakingMs: 9.5 * MIN,
        speakingShare: 0.38,
        turns: 12,
        cameraShare: 0.95,
        acksReceived: 3,
        lastSpokeAt: now,
      }),
      person({
        id: 'kai',
        name: 'Kai 🌊',
        speakingMs: 0,
        speakingShare: 0,
        turns: 0,
        cameraShare: 0.1,
        lastSpokeAt: null,
      }),
      person({
        id: 'old',
        name: 'Dana (left)',
        present: false,
        leftAt: T0 + 10 * MIN,
        presentMs: 10 * MIN,
        speakingMs: 0,
        speakingShare: 0,
        cameraShare: 1,
      }),
    ],
  });
}

/** Two minutes in, present people, nobody has said anything yet. */
export function nobodySpoke(): LiveSnapshot {
  return snapshot({
    durationMs: 2 * MIN,
    now: T0 + 2 * MIN,
    balanceIndex: null,
    selfShare: null,
    fairShare: 1 / 3,
    participants: [
      person({ id: 'me', name: 'Sam', isSelf: true, presentMs: 2 * MIN }),
      person({ id: 'ana', name: 'Ana', presentMs: 2 * MIN }),
      person({ id: 'bo', name: 'Bo', presentMs: 2 * MIN }),
    ],
  });
}

/** Speaking detection is broken and captions are off: figures are unknown, not zero. */
export function speakingBroken(): LiveSnapshot {
  return snapshot({
    durationMs: 20 * MIN,
    now: T0 + 20 * MIN,
    balanceIndex: null,
    selfShare: null,
    fairShare: 0.5,
    health: {
      phase: 'ok',
      participants: 'ok',
      self: 'ok',
      speaking: 'broken',
      camera: 'ok',
      captions: 'not_visible',
    },
    coverage: {
      phase: 1,
      participants: 1,
      self: 1,
      speaking: 0.62,
      camera: 1,
      mute: 1,
      captions: 0,
      chat: 0,
    },
    participants: [
      person({
        id: 'me',
        name: 'Sam',
        isSelf: true,
        speakingMs: null,
        speakingShare: null,
        coverage: { speaking: 0, camera: 1 },
      }),
      person({
        id: 'ana',
        name: 'Ana',
        speakingMs: null,
        speakingShare: null,
        cameraShare: null,
        cameraOnMs: null,
        coverage: { speaking: 0, camera: 0 },
      }),
    ],
  });
}
