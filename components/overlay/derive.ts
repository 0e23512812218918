/**
 * Pure functions from a snapshot to what the overlay shows. No DOM, no clock: `snapshot.now` is the
 * only time, so the same snapshot always renders the same way.
 */

import { formatDuration as formatLength } from '@/utils/duration';
import type { HealthState, Signal } from '@/utils/meeting/events';
import type { LiveSnapshot, ParticipantSummary } from '@/utils/meeting/types';
import type { NudgeSettings } from './client';
import { S } from './strings';

const MIN = 60_000;
/** The "quiet for 20 min" marker: long enough that it is not about a normal listening stretch. */
export const QUIET_MARKER_MS = 20 * MIN;
/** Nudge thresholds from the issue; a nudge is an invitation, so they sit well past ordinary turns. */
export const SELF_MONOLOGUE_NUDGE_MS = 3 * MIN;
export const SILENT_NUDGE_MS = 15 * MIN;
/** A speaker detector flickers between words; a gap shorter than this does not end "speaking straight". */
export const TURN_GAP_TOLERANCE_MS = 2_500;
/** A figure seen for less than this share of the call is labelled with its coverage. */
export const PARTIAL_COVERAGE = 0.95;

/** Call time as a clock: 0:07, 12:34, 1:02:03. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Speaking time in the app's one duration format (utils/duration.ts). Null is unknown, never 0. */
export function formatDuration(ms: number | null): string {
  return ms === null ? S.unknown : formatLength(ms);
}

/** 0.34 → "34 %" (no-break space, so it never wraps). Null is unknown, never 0. */
export function formatShare(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return S.unknown;
  return `${Math.round(Math.min(1, Math.max(0, x)) * 100)}\u00a0%`;
}

export type BalanceLevel = 'even' | 'uneven' | 'very_uneven' | 'unknown';

/**
 * The dot's colour. balanceIndex is 1 for perfectly even speaking and 0 for one voice; 0.7 and 0.4 are
 * first guesses at "comfortable" and "dominated" and will be tuned against the simulator's scenarios.
 */
export function balanceLevel(index: number | null): BalanceLevel {
  if (index === null || !Number.isFinite(index)) return 'unknown';
  if (index >= 0.7) return 'even';
  if (index >= 0.4) return 'uneven';
  return 'very_uneven';
}

const bySpeakingDesc = (a: ParticipantSummary, b: ParticipantSummary) =>
  (b.speakingMs ?? -1) - (a.speakingMs ?? -1) || a.firstJoinedAt - b.firstJoinedAt;

/** Present people first (you at the top), then those who left; each group by speaking time. */
export function orderParticipants(
  ps: readonly ParticipantSummary[],
  selfId: string | null,
): ParticipantSummary[] {
  const isSelf = (p: ParticipantSummary) => p.isSelf || (selfId !== null && p.id === selfId);
  const present = ps.filter((p) => p.present);
  const self = present.filter(isSelf);
  const others = present.filter((p) => !isSelf(p)).sort(bySpeakingDesc);
  const left = ps.filter((p) => !p.present).sort(bySpeakingDesc);
  return [...self, ...others, ...left];
}

export type Marker = { kind: 'not_spoken' } | { kind: 'quiet'; minutes: number };

/** "hasn't spoken yet" needs speaking to have been seen (null speakingMs is unknown, not silence). */
export function participantMarkers(p: ParticipantSummary, snapshot: LiveSnapshot): Marker[] {
  if (!p.present || p.speakingMs === null) return [];
  if (snapshot.currentSpeakerIds.includes(p.id)) return [];
  if (p.lastSpokeAt === null) return p.speakingMs === 0 ? [{ kind: 'not_spoken' }] : [];
  const quietMs = snapshot.now - p.lastSpokeAt;
  if (quietMs >= QUIET_MARKER_MS) return [{ kind: 'quiet', minutes: Math.floor(quietMs / MIN) }];
  return [];
}

export interface HealthLine {
  signal: Signal;
  state: Exclude<HealthState, 'ok'>;
  text: string;
}

/** Signal order = importance to the figures on screen. Mute and a closed chat panel are not worth a line. */
const HEALTH_ORDER: Signal[] = ['phase', 'participants', 'self', 'speaking', 'camera', 'captions', 'chat'];

export function healthLines(snapshot: LiveSnapshot): HealthLine[] {
  const lines: HealthLine[] = [];
  for (const signal of HEALTH_ORDER) {
    const state = snapshot.health[signal];
    if (!state || state === 'ok') continue;
    const text = S.health(`${signal}_${state}`);
    if (text) lines.push({ signal, state, text });
  }
  return lines;
}

/** "Speaking seen for 62 % of the call" for every figure that is partial (but not absent: that is a health line). */
export function coverageLines(snapshot: LiveSnapshot): string[] {
  const out: string[] = [];
  for (const signal of ['speaking', 'camera', 'captions'] as const) {
    const c = snapshot.coverage[signal];
    if (c === undefined || !Number.isFinite(c) || c >= PARTIAL_COVERAGE || c <= 0) continue;
    out.push(S.coverage(S.coverageWhat(signal), formatShare(c)));
  }
  return out;
}

/** Tracks since when the user has been speaking, across snapshots; flicker shorter than the tolerance is bridged. */
export interface TurnTracker {
  since: number | null;
  lastSeen: number | null;
}

export const NO_TURN: TurnTracker = { since: null, lastSeen: null };

export function updateTurnTracker(prev: TurnTracker, snapshot: LiveSnapshot): TurnTracker {
  const selfId = snapshot.selfId;
  const speaking = selfId !== null && snapshot.currentSpeakerIds.includes(selfId);
  if (speaking) {
    const continuing =
      prev.since !== null && prev.lastSeen !== null && snapshot.now - prev.lastSeen <= TURN_GAP_TOLERANCE_MS;
    return { since: continuing ? prev.since : snapshot.now, lastSeen: snapshot.now };
  }
  if (prev.lastSeen !== null && snapshot.now - prev.lastSeen <= TURN_GAP_TOLERANCE_MS) return prev;
  return NO_TURN;
}

export interface Nudge {
  kind: 'self_monologue' | 'silent_participant';
  text: string;
}

/**
 * The nudges that hold now. Texts carry no running figures, so the polite live region announces a nudge
 * once when it appears rather than every second.
 */
export function computeNudges(snapshot: LiveSnapshot, settings: NudgeSettings, turn: TurnTracker): Nudge[] {
  const out: Nudge[] = [];
  if (settings.selfMonologue && turn.since !== null && turn.lastSeen !== null) {
    const ms = turn.lastSeen - turn.since;
    if (ms >= SELF_MONOLOGUE_NUDGE_MS) {
      out.push({ kind: 'self_monologue', text: S.nudgeSelfMonologue(SELF_MONOLOGUE_NUDGE_MS / MIN) });
    }
  }
  if (settings.silentParticipant && snapshot.health.speaking !== 'broken') {
    const silent = orderParticipants(snapshot.participants, snapshot.selfId).filter((p) => {
      if (!p.present || p.isSelf || p.id === snapshot.selfId || p.speakingMs === null) return false;
      if (snapshot.currentSpeakerIds.includes(p.id)) return false;
      // Never spoke: count from when they joined this stretch of presence; otherwise from their last words.
      const quietMs = p.lastSpokeAt === null ? p.presentMs : snapshot.now - p.lastSpokeAt;
      return quietMs >= SILENT_NUDGE_MS;
    });
    const first = silent[0];
    if (first) {
      const min = SILENT_NUDGE_MS / MIN;
      out.push({
        kind: 'silent_participant',
        text:
          silent.length === 1
            ? S.nudgeSilentOne(first.name, min)
            : S.nudgeSilentMany(first.name, silent.length - 1, min),
      });
    }
  }
  return out;
}

/** The speaking shares for the stacked bar: you first, then everyone else who spoke, largest first. */
export function barSegments(snapshot: LiveSnapshot): { id: string; share: number; isSelf: boolean }[] {
  const segs = snapshot.participants
    .filter((p) => p.speakingShare !== null && p.speakingShare > 0)
    .map((p) => ({
      id: p.id,
      share: p.speakingShare as number,
      isSelf: p.isSelf || p.id === snapshot.selfId,
    }));
  return segs.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || b.share - a.share);
}
