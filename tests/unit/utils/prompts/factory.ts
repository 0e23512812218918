/**
 * Builds consistent MeetingSummary objects for prompt and reflection tests: per-person figures in, the
 * derived ones (shares, fair share, balance, silent ids) computed the way the meeting model does.
 */
import type { AckKind } from '@/utils/meeting/events';
import { balanceIndex } from '@/utils/meeting/metrics';
import type { AckRecord, MeetingSummary, ParticipantSummary } from '@/utils/meeting/types';

export const MIN = 60_000;
export const T0 = 1_700_000_000_000;

export interface PersonSpec
  extends Partial<Omit<ParticipantSummary, 'id' | 'name' | 'speakingShare' | 'cameraShare'>> {
  name: string;
  id?: string;
  self?: boolean;
  /** Minutes spoken (null = unknown). */
  spokeMin?: number | null;
  /** Minutes present; default the whole call. */
  presentMin?: number;
  /** Camera share 0..1 (null = unknown); default 1. */
  camera?: number | null;
}

export interface SummarySpec {
  durationMin?: number;
  people: PersonSpec[];
  acks?: Array<{ from: string; to: string; kind: AckKind }>;
  coverage?: Partial<MeetingSummary['coverage']>;
  selfId?: string | null;
}

const idOf = (p: PersonSpec) => p.id ?? p.name.toLowerCase().replace(/[^a-z0-9]+/g, '-') ?? 'x';

export function makeSummary(spec: SummarySpec): MeetingSummary {
  const durationMs = (spec.durationMin ?? 30) * MIN;
  const base = spec.people.map((p) => {
    const presentMs = (p.presentMin ?? spec.durationMin ?? 30) * MIN;
    const spoke = p.spokeMin === undefined ? 5 : p.spokeMin;
    return { spec: p, id: idOf(p), presentMs, speakingMs: spoke === null ? null : spoke * MIN };
  });
  const counted = base.filter((b) => b.presentMs >= 0.25 * durationMs);
  const total = base.reduce((s, b) => s + (b.speakingMs ?? 0), 0);
  const participants: ParticipantSummary[] = base.map(({ spec: p, id, presentMs, speakingMs }) => {
    const cam = p.camera === undefined ? 1 : p.camera;
    return {
      id,
      name: p.name,
      isSelf: !!p.self && spec.selfId !== null,
      firstJoinedAt: T0,
      leftAt: T0 + presentMs,
      present: false,
      presentMs,
      speakingMs,
      speakingShare: speakingMs === null || total <= 0 ? null : speakingMs / total,
      turns: speakingMs ? 4 : 0,
      meanTurnMs: speakingMs ? speakingMs / 4 : null,
      longestTurnMs: speakingMs ? speakingMs / 2 : null,
      monologues: 0,
      interruptionsMade: 0,
      interruptionsReceived: 0,
      overlapMs: 0,
      cameraOnMs: cam === null ? null : cam * presentMs,
      cameraShare: cam,
      lastSpokeAt: speakingMs ? T0 + presentMs : null,
      acksGiven: 0,
      acksReceived: 0,
      handRaises: 0,
      reactions: 0,
      coverage: { speaking: speakingMs === null ? 0 : 1, camera: cam === null ? 0 : 1 },
      ...stripSpec(p),
    };
  });
  const acks: AckRecord[] = (spec.acks ?? []).map((a, i) => ({
    t: T0 + i * 1000,
    fromId: a.from,
    toId: a.to,
    kind: a.kind,
    source: 'caption',
  }));
  for (const a of acks) {
    const from = participants.find((p) => p.id === a.fromId);
    const to = participants.find((p) => p.id === a.toId);
    if (from) from.acksGiven++;
    if (to) to.acksReceived++;
  }
  const self = participants.find((p) => p.isSelf) ?? null;
  const countedIds = new Set(counted.map((c) => c.id));
  return {
    platform: 'meet',
    meetingCode: 'abc-defg-hij',
    title: null,
    startedAt: T0,
    endedAt: T0 + durationMs,
    endReason: 'left',
    durationMs,
    selfId: spec.selfId !== undefined ? spec.selfId : (self?.id ?? null),
    participants,
    balanceIndex: balanceIndex(participants.filter((p) => countedIds.has(p.id)).map((p) => p.speakingMs)),
    silentIds: participants
      .filter((p) => p.presentMs >= 2 * MIN && p.speakingMs === 0 && p.coverage.speaking > 0)
      .map((p) => p.id),
    selfShare: self?.speakingShare ?? null,
    fairShare: counted.length > 0 ? 1 / counted.length : null,
    acks,
    coverage: {
      phase: 1,
      participants: 1,
      self: 1,
      speaking: 1,
      camera: 1,
      mute: 1,
      captions: 1,
      chat: 1,
      ...spec.coverage,
    },
    health: {},
    rejectedEvents: 0,
  };
}

function stripSpec(p: PersonSpec): Partial<ParticipantSummary> {
  const { name: _n, id: _i, self: _s, spokeMin: _sm, presentMin: _pm, camera: _c, ...rest } = p;
  return rest;
}

/** A typical small team call: self presenting a little, four others, one of them silent. */
export function teamCall(): MeetingSummary {
  return makeSummary({
    durationMin: 42,
    people: [
      { name: 'Me', self: true, spokeMin: 14 },
      { name: 'Sam', spokeMin: 8 },
      { name: 'Ana', spokeMin: 10 },
      { name: 'Kim', spokeMin: 6 },
      { name: 'Lee', spokeMin: 0 },
    ],
    acks: [
      { from: 'me', to: 'sam', kind: 'invitation' },
      { from: 'me', to: 'ana', kind: 'thanks' },
      { from: 'me', to: 'kim', kind: 'thanks' },
    ],
  });
}
