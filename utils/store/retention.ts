/**
 * Retention: delete meetings older than N days, and "forget other people's names after N days".
 *
 * Forgetting replaces every other participant's display name with a stable pseudonym ("Person 3F2A", from
 * a hash of participant id + meeting id) and their id with the matching "person-3f2a" — ids can be
 * name-derived on some platforms — in the meeting, its silent list and its acknowledgements. Figures are
 * kept. Self becomes "You" and keeps its id. The same person gets different pseudonyms in different
 * meetings on purpose: linking them across meetings is what forgetting is meant to stop.
 */
import type { RapportDB } from './db';
import { peopleKeys, type StoredMeeting } from './records';
import { deleteMeetingIn } from './repos';
import type { Settings } from './settings';

export const DAY_MS = 86_400_000;

/** FNV-1a, 32-bit: small, stable across runtimes, good enough to label people within one meeting. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Pseudonym labels for the non-self participants of one meeting, unique within it. */
export function pseudonymsFor(meetingId: string, participantIds: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const pid of [...participantIds].sort()) {
    const hex = fnv1a(`${meetingId}\u0000${pid}`).toString(16).padStart(8, '0').toUpperCase();
    let len = 4;
    let tag = hex.slice(0, len);
    // A 4-hex-digit clash inside one meeting is rare; widen rather than merge two people.
    while (used.has(tag) && len < 8) tag = hex.slice(0, ++len);
    for (let n = 2; used.has(tag); n++) tag = `${hex}-${n}`;
    used.add(tag);
    out.set(pid, tag);
  }
  return out;
}

export function pseudonymise(
  meeting: StoredMeeting,
  now: number,
): { meeting: StoredMeeting; idMap: Map<string, string> } {
  const others = meeting.participants.filter((p) => !p.isSelf).map((p) => p.id);
  const tags = pseudonymsFor(meeting.id, others);
  const idMap = new Map<string, string>();
  for (const [pid, tag] of tags) idMap.set(pid, `person-${tag.toLowerCase()}`);
  const participants = meeting.participants.map((p) =>
    p.isSelf
      ? { ...p, name: 'You' }
      : { ...p, id: idMap.get(p.id) ?? p.id, name: `Person ${tags.get(p.id)}` },
  );
  return {
    idMap,
    meeting: {
      ...meeting,
      participants,
      silentIds: meeting.silentIds.map((id) => idMap.get(id) ?? id),
      ...(meeting.dominance === undefined
        ? {}
        : { dominance: meeting.dominance.map((d) => ({ ...d, id: idMap.get(d.id) ?? d.id })) }),
      ...(meeting.interruptionPairs === undefined
        ? {}
        : {
            interruptionPairs: meeting.interruptionPairs.map((x) => ({
              ...x,
              byId: idMap.get(x.byId) ?? x.byId,
              ofId: idMap.get(x.ofId) ?? x.ofId,
            })),
          }),
      ...(meeting.pickupPairs === undefined
        ? {}
        : {
            pickupPairs: meeting.pickupPairs.map((x) => ({
              ...x,
              fromId: idMap.get(x.fromId) ?? x.fromId,
              toId: idMap.get(x.toId) ?? x.toId,
            })),
          }),
      people: peopleKeys(participants),
      namesForgottenAt: now,
    },
  };
}

export interface RetentionResult {
  deleted: number;
  pseudonymised: number;
}

/** One transaction. Safe to run often: already-forgotten meetings are skipped. */
export async function applyRetention(
  db: RapportDB,
  settings: Pick<Settings, 'retentionDays' | 'forgetNamesAfterDays'>,
  now: number = Date.now(),
): Promise<RetentionResult> {
  const result: RetentionResult = { deleted: 0, pseudonymised: 0 };
  if (settings.retentionDays == null && settings.forgetNamesAfterDays == null) return result;
  const tx = db.transaction(['meetings', 'acknowledgements', 'reflections'], 'readwrite');
  const meetings = tx.objectStore('meetings');
  const byStart = meetings.index('startedAt');
  if (settings.retentionDays != null) {
    const cutoff = now - settings.retentionDays * DAY_MS;
    const ids = await byStart.getAllKeys(IDBKeyRange.upperBound(cutoff, true));
    for (const id of ids) await deleteMeetingIn(tx, id);
    result.deleted = ids.length;
  }
  if (settings.forgetNamesAfterDays != null) {
    const cutoff = now - settings.forgetNamesAfterDays * DAY_MS;
    const old = await byStart.getAll(IDBKeyRange.upperBound(cutoff, true));
    const acks = tx.objectStore('acknowledgements');
    for (const m of old) {
      if (m.namesForgottenAt != null) continue;
      const { meeting, idMap } = pseudonymise(m, now);
      await meetings.put(meeting);
      for (const a of await acks.index('meetingId').getAll(m.id)) {
        const fromId = a.fromId == null ? null : (idMap.get(a.fromId) ?? a.fromId);
        await acks.put({ ...a, fromId, toId: idMap.get(a.toId) ?? a.toId });
      }
      result.pseudonymised++;
    }
  }
  await tx.done;
  return result;
}
