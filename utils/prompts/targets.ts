/**
 * Personal targets (issue 22): the user's own aims for a call, judged from the figures only. The same
 * function serves the live overlay (a snapshot: "so far") and the reflection (the final summary: met or
 * not), and the Trends page's per-meeting points, so the three never disagree. Pure, zod-free.
 *
 * - maxShare: the user's share of the talk is at most N % (unknown when their speaking was not seen).
 * - inviteQuiet: the user invited in (an `invitation` acknowledgement) someone who had spoken less than
 *   their even share of the call, or not at all.
 * - ackByName: the user thanked, credited, invited or agreed with someone by name — detected from
 *   captions or chat, which means the name was said or written (a manual mark or an emoji is not naming).
 * Unknown, never "not met", when the signal it needs was not seen (SIGNAL_MIN_COVERAGE).
 */
import type { MeetingSummary } from '@/utils/meeting/types';
import type { PersonalTargets } from '@/utils/store/series';
import { SIGNAL_MIN_COVERAGE } from './context';

export const TARGET_IDS = ['maxShare', 'inviteQuiet', 'ackByName'] as const;
export type TargetId = (typeof TARGET_IDS)[number];
export type TargetState = 'met' | 'not-met' | 'unknown';

export interface TargetResult {
  id: TargetId;
  state: TargetState;
  /** maxShare: the user's share so far (null = unknown) and the limit (0..1). */
  share?: number | null;
  limit?: number;
  /** inviteQuiet / ackByName: who (names as shown: page text). */
  names?: string[];
}

type Figures = Pick<
  MeetingSummary,
  'participants' | 'acks' | 'selfId' | 'selfShare' | 'fairShare' | 'coverage' | 'durationMs'
>;

const NAMING_KINDS = new Set(['thanks', 'credit', 'invitation', 'agreement']);
const NAMING_SOURCES = new Set(['caption', 'chat']);

/** One result per target that is on, in `TARGET_IDS` order. */
export function evaluateTargets(s: Figures, targets: PersonalTargets | null | undefined): TargetResult[] {
  if (!targets) return [];
  const out: TargetResult[] = [];
  const self = s.participants.find((p) => p.id === s.selfId) ?? s.participants.find((p) => p.isSelf) ?? null;
  const speaking = (s.coverage.speaking ?? 0) >= SIGNAL_MIN_COVERAGE;
  const acksSeen = Math.max(s.coverage.captions ?? 0, s.coverage.chat ?? 0) >= SIGNAL_MIN_COVERAGE;
  const mine = self ? s.acks.filter((a) => a.fromId === self.id && a.toId !== self.id) : [];
  const nameOf = (id: string) => s.participants.find((p) => p.id === id)?.name;
  const names = (ids: string[]) => [...new Set(ids)].map(nameOf).filter((n): n is string => n !== undefined);

  if (targets.maxSharePct !== null) {
    const limit = targets.maxSharePct / 100;
    const share = self && speaking ? s.selfShare : null;
    out.push({
      id: 'maxShare',
      state: share === null ? 'unknown' : share <= limit + 1e-9 ? 'met' : 'not-met',
      share,
      limit,
    });
  }
  if (targets.inviteQuiet) {
    const even = s.fairShare ?? 0;
    const invited = mine
      .filter((a) => a.kind === 'invitation')
      .filter((a) => {
        const p = s.participants.find((q) => q.id === a.toId);
        return p !== undefined && p.speakingShare !== null && p.speakingShare < even;
      })
      .map((a) => a.toId);
    out.push({
      id: 'inviteQuiet',
      state: invited.length > 0 ? 'met' : !self || !acksSeen || !speaking ? 'unknown' : 'not-met',
      names: names(invited),
    });
  }
  if (targets.ackByName) {
    const named = mine
      .filter((a) => NAMING_KINDS.has(a.kind) && NAMING_SOURCES.has(a.source))
      .map((a) => a.toId);
    out.push({
      id: 'ackByName',
      state: named.length > 0 ? 'met' : !self || !acksSeen ? 'unknown' : 'not-met',
      names: names(named),
    });
  }
  return out;
}

/** The fraction of known targets met (0..1), for the Trends page; null when none is known. */
export function targetsMetFraction(results: readonly TargetResult[]): number | null {
  const known = results.filter((r) => r.state !== 'unknown');
  if (known.length === 0) return null;
  return known.filter((r) => r.state === 'met').length / known.length;
}
