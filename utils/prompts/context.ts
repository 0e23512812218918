/**
 * What the rules read besides the raw summary: the audience (call size, the user's role) and which signals
 * were seen well enough to draw conclusions from. Computed once per reflection.
 */
import type { AckRecord, MeetingSummary, ParticipantSummary } from '@/utils/meeting/types';
import type { SeriesSettings } from '@/utils/store/series';
import { type Expectation, expectationFor } from './expectation';

/** Calls shorter than this get a "too short to judge" state instead of prompts. */
export const MIN_DURATION_MS = 2 * 60_000;

/**
 * A signal seen for less than this fraction of the call is "uncovered": rules that depend on it stay
 * silent. Half: below that, an absence ("nobody thanked Lee", "Sam never spoke") is more likely a gap in
 * what Rapport could see than something that happened.
 */
export const SIGNAL_MIN_COVERAGE = 0.5;
/** Below this (but above the minimum) rules still run and the reflection carries a "partial data" caveat. */
export const SIGNAL_FULL_COVERAGE = 0.9;
/**
 * The same floor per person: someone whose own speaking was visible for less than half their presence is
 * never cited as quiet or silent (their tile may have been off-screen in a large call).
 */
export const PERSON_MIN_COVERAGE = 0.5;

/** pair = 2 people, small = 3–6, large = 7+; solo = nobody else counted (nothing to reflect on). */
export type SizeClass = 'solo' | 'pair' | 'small' | 'large';
export const SIZES: readonly Exclude<SizeClass, 'solo'>[] = ['pair', 'small', 'large'];

/**
 * presenting: the user was the main speaker. participant: someone else carried more of the talk.
 * unknown: the user's share could not be seen, so role-specific rules stay silent.
 *
 * Definition (`roleOf`):
 * - 2-person call: presenting when the user's share ≥ 0.6. Half is perfect balance in a pair, so "main
 *   speaker" needs a clear margin above it.
 * - 3+ people: presenting when the user's share ≥ 0.5 (more than everyone else together), or when it is at
 *   least twice the fair share (1/n) and the largest of anyone's.
 */
export type Role = 'presenting' | 'participant' | 'unknown';

export const PAIR_PRESENTING_SHARE = 0.6;
export const GROUP_PRESENTING_SHARE = 0.5;
export const GROUP_PRESENTING_FAIR_MULTIPLE = 2;

/** The signal groups rules can depend on. `acks` = captions or chat (where spoken and written thanks are seen). */
export type CoveredSignal = 'speaking' | 'camera' | 'acks' | 'self';

export interface RuleContext {
  summary: MeetingSummary;
  /** People counted for the fair share (present for a good part of the call), self included. */
  n: number;
  size: SizeClass;
  role: Role;
  self: ParticipantSummary | null;
  /** Everyone but the user. */
  others: ParticipantSummary[];
  /** Call-level coverage of each signal group, 0..1 (self: 1 when the user is known, else 0). */
  coverage: Record<CoveredSignal, number>;
  covered: Record<CoveredSignal, boolean>;
  /** Acknowledgements the user gave to someone else, and the ones others gave the user. */
  acksBySelf: AckRecord[];
  acksToSelf: AckRecord[];
  byId: Map<string, ParticipantSummary>;
  /** The meeting series' settings (role, presenters, targets) that apply, if any. */
  series: SeriesSettings | null;
  /** The user's expected share by role (expectation.ts); null when there is no fair share. */
  expectation: Expectation | null;
}

export function sizeOf(n: number): SizeClass {
  if (n < 2) return 'solo';
  if (n === 2) return 'pair';
  if (n <= 6) return 'small';
  return 'large';
}

/** Number of counted people: from the model's fair share when it has one, otherwise presence ≥ a quarter. */
export function countedPeople(summary: MeetingSummary): number {
  if (summary.fairShare !== null && summary.fairShare > 0) return Math.round(1 / summary.fairShare);
  return summary.participants.filter((p) => p.presentMs >= 0.25 * summary.durationMs).length;
}

export function roleOf(summary: MeetingSummary, self: ParticipantSummary | null, n: number): Role {
  const share = summary.selfShare;
  if (!self || share === null || summary.coverage.speaking < SIGNAL_MIN_COVERAGE) return 'unknown';
  if (n <= 2) return share >= PAIR_PRESENTING_SHARE ? 'presenting' : 'participant';
  if (share >= GROUP_PRESENTING_SHARE) return 'presenting';
  const fair = summary.fairShare ?? 1 / n;
  const top = Math.max(0, ...summary.participants.map((p) => (p.isSelf ? 0 : (p.speakingShare ?? 0))));
  return share >= GROUP_PRESENTING_FAIR_MULTIPLE * fair && share >= top ? 'presenting' : 'participant';
}

export function buildContext(summary: MeetingSummary, series: SeriesSettings | null = null): RuleContext {
  const self =
    (summary.selfId !== null ? summary.participants.find((p) => p.id === summary.selfId) : undefined) ??
    summary.participants.find((p) => p.isSelf) ??
    null;
  const others = summary.participants.filter((p) => p !== self);
  const n = countedPeople(summary);
  const coverage: Record<CoveredSignal, number> = {
    speaking: summary.coverage.speaking ?? 0,
    camera: summary.coverage.camera ?? 0,
    acks: Math.max(summary.coverage.captions ?? 0, summary.coverage.chat ?? 0),
    self: self ? 1 : 0,
  };
  const covered: Record<CoveredSignal, boolean> = {
    speaking: coverage.speaking >= SIGNAL_MIN_COVERAGE,
    camera: coverage.camera >= SIGNAL_MIN_COVERAGE,
    acks: coverage.acks >= SIGNAL_MIN_COVERAGE,
    self: self !== null,
  };
  const selfId = self?.id;
  return {
    summary,
    n,
    size: sizeOf(n),
    role: roleOf(summary, self, n),
    self,
    others,
    coverage,
    covered,
    acksBySelf: selfId ? summary.acks.filter((a) => a.fromId === selfId && a.toId !== selfId) : [],
    acksToSelf: selfId ? summary.acks.filter((a) => a.toId === selfId && a.fromId !== selfId) : [],
    byId: new Map(summary.participants.map((p) => [p.id, p])),
    series,
    expectation: expectationFor(summary, series),
  };
}

/** Others whose talk time is known and was visible for most of their presence: the only ones speaking claims cite. */
export function speakingKnown(ctx: RuleContext): ParticipantSummary[] {
  return ctx.others.filter(
    (p) => p.speakingMs !== null && p.speakingShare !== null && p.coverage.speaking >= PERSON_MIN_COVERAGE,
  );
}
