/**
 * People across meetings: whom the user acknowledges most and least, and who they met at least three times
 * without ever acknowledging them ("who might feel unseen"). Pure.
 *
 * - A person is their stored display name, normalised. After name forgetting the stored name is a stable
 *   pseudonym, so the person still adds up across meetings and is shown as stored — never re-identified.
 * - Only meetings where acknowledgements could be seen (captions or chat visible for most of the call, and
 *   the user identified) count toward "never acknowledged": absence of evidence elsewhere is not evidence.
 */
import { SIGNAL_MIN_COVERAGE } from '@/utils/prompts/context';
import { normalizeName, type StoredAck, type StoredMeeting } from '@/utils/store/records';

export interface PeopleMeeting {
  meeting: Pick<StoredMeeting, 'startedAt' | 'selfId' | 'participants' | 'coverage' | 'namesForgottenAt'>;
  acks: ReadonlyArray<Pick<StoredAck, 'fromId' | 'toId'>>;
}

export interface PersonRow {
  key: string;
  /** The most recently stored name (a pseudonym once names were forgotten). */
  name: string;
  /** Meetings this person was in. */
  met: number;
  /** Of those, meetings where acknowledgements were visible. */
  seenMeetings: number;
  /** Acknowledgements the user gave them. */
  acks: number;
  /** Meetings in which the user acknowledged them at least once. */
  ackedMeetings: number;
  lastMet: number;
  pseudonymised: boolean;
}

export interface PeopleSummary {
  people: number;
  most: PersonRow[];
  least: PersonRow[];
  unseen: PersonRow[];
}

export const UNSEEN_MIN_MEETINGS = 3;

export function aggregatePeople(
  meetings: readonly PeopleMeeting[],
  { top = 10, minMeetings = UNSEEN_MIN_MEETINGS }: { top?: number; minMeetings?: number } = {},
): PeopleSummary {
  const rows = new Map<string, PersonRow>();
  for (const { meeting: m, acks } of meetings) {
    const self =
      (m.selfId !== null ? m.participants.find((p) => p.id === m.selfId) : undefined) ??
      m.participants.find((p) => p.isSelf) ??
      null;
    const visible =
      self !== null && Math.max(m.coverage.captions ?? 0, m.coverage.chat ?? 0) >= SIGNAL_MIN_COVERAGE;
    const given = new Map<string, number>();
    if (self) {
      for (const a of acks) {
        if (a.fromId === self.id && a.toId !== self.id) given.set(a.toId, (given.get(a.toId) ?? 0) + 1);
      }
    }
    const seenHere = new Set<string>();
    for (const p of m.participants) {
      if (p === self || p.isSelf) continue;
      const key = normalizeName(p.name);
      if (!key || seenHere.has(key)) continue;
      seenHere.add(key);
      let row = rows.get(key);
      if (!row) {
        row = {
          key,
          name: p.name,
          met: 0,
          seenMeetings: 0,
          acks: 0,
          ackedMeetings: 0,
          lastMet: m.startedAt,
          pseudonymised: false,
        };
        rows.set(key, row);
      }
      row.met++;
      if (visible) row.seenMeetings++;
      const n = given.get(p.id) ?? 0;
      row.acks += n;
      if (n > 0) row.ackedMeetings++;
      if (m.startedAt >= row.lastMet) {
        row.lastMet = m.startedAt;
        row.name = p.name;
        row.pseudonymised = m.namesForgottenAt !== null;
      }
    }
  }
  const all = [...rows.values()];
  const byName = (a: PersonRow, b: PersonRow) => a.name.localeCompare(b.name);
  const most = all
    .filter((r) => r.acks > 0)
    .sort((a, b) => b.acks - a.acks || b.ackedMeetings - a.ackedMeetings || byName(a, b))
    .slice(0, top);
  const inMost = new Set(most.map((r) => r.key));
  // Least: acknowledged, but rarely for how often you meet (acknowledgements per visible meeting).
  const rate = (r: PersonRow) => r.acks / Math.max(1, r.seenMeetings);
  const least = all
    .filter((r) => r.acks > 0 && r.seenMeetings >= minMeetings && !inMost.has(r.key))
    .sort((a, b) => rate(a) - rate(b) || b.seenMeetings - a.seenMeetings || byName(a, b))
    .slice(0, top);
  const unseen = all
    .filter((r) => r.acks === 0 && r.seenMeetings >= minMeetings)
    .sort((a, b) => b.seenMeetings - a.seenMeetings || b.lastMet - a.lastMet || byName(a, b));
  return { people: all.length, most, least, unseen };
}
