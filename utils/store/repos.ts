/**
 * Repositories: the only code that touches object stores. Everything outside `utils/store` goes through
 * these functions (the background, extension pages through messages).
 */
import type { IDBPTransaction } from 'idb';
import type { RapportDB, RapportSchema } from './db';
import type { Checkpoint, StoredAck, StoredMeeting, StoredReflection } from './records';
import { normalizeName, titleKeyOf } from './records';

export interface DateRange {
  /** Inclusive lower bound, ms. */
  from?: number;
  /** Inclusive upper bound, ms. */
  to?: number;
  /** Most recent first when set; the newest `limit` meetings. */
  limit?: number;
}

export interface MeetingDetail {
  meeting: StoredMeeting;
  acks: StoredAck[];
  reflection: StoredReflection['data'] | null;
}

function range(from?: number, to?: number): IDBKeyRange | undefined {
  if (from != null && to != null) return IDBKeyRange.bound(from, to);
  if (from != null) return IDBKeyRange.lowerBound(from);
  if (to != null) return IDBKeyRange.upperBound(to);
  return undefined;
}

const byStart = (a: StoredMeeting, b: StoredMeeting) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1);

export function createMeetingsRepo(db: RapportDB) {
  return {
    /** Meetings that started within [from, to], oldest first (or the newest `limit`, newest first). */
    async list({ from, to, limit }: DateRange = {}): Promise<StoredMeeting[]> {
      const r = range(from, to);
      if (limit == null) return (await db.getAllFromIndex('meetings', 'startedAt', r)).sort(byStart);
      const out: StoredMeeting[] = [];
      let cursor = await db.transaction('meetings').store.index('startedAt').openCursor(r, 'prev');
      while (cursor && out.length < limit) {
        out.push(cursor.value);
        cursor = await cursor.continue();
      }
      return out;
    },
    /** One recurring call: every meeting with this Meet/Zoom code. */
    async byCode(code: string): Promise<StoredMeeting[]> {
      return (await db.getAllFromIndex('meetings', 'meetingCode', code)).sort(byStart);
    },
    /** One recurring call by title (case- and spacing-insensitive). */
    async byTitle(title: string): Promise<StoredMeeting[]> {
      const key = titleKeyOf(title);
      return key ? (await db.getAllFromIndex('meetings', 'titleKey', key)).sort(byStart) : [];
    },
    /** Meetings with someone of this display name (case- and spacing-insensitive); self is not indexed. */
    async withPerson(name: string): Promise<StoredMeeting[]> {
      const key = normalizeName(name);
      return key ? (await db.getAllFromIndex('meetings', 'people', key)).sort(byStart) : [];
    },
    async get(id: string): Promise<StoredMeeting | undefined> {
      return db.get('meetings', id);
    },
    async latest(): Promise<StoredMeeting | undefined> {
      const cursor = await db.transaction('meetings').store.index('startedAt').openCursor(null, 'prev');
      return cursor?.value;
    },
    async detail(id: string): Promise<MeetingDetail | undefined> {
      const tx = db.transaction(['meetings', 'acknowledgements', 'reflections']);
      const [meeting, acks, reflection] = await Promise.all([
        tx.objectStore('meetings').get(id),
        tx.objectStore('acknowledgements').index('meetingId').getAll(id),
        tx.objectStore('reflections').get(id),
      ]);
      await tx.done;
      if (!meeting) return undefined;
      acks.sort((a, b) => (a.key < b.key ? -1 : 1));
      return { meeting, acks, reflection: reflection?.data ?? null };
    },
    /** How many meetings started within [from, to]: an index count, so no record is read. */
    async count({ from, to }: Omit<DateRange, 'limit'> = {}): Promise<number> {
      const r = range(from, to);
      return r ? db.countFromIndex('meetings', 'startedAt', r) : db.count('meetings');
    },
    /** Deletes a meeting with its acknowledgements and reflection in one transaction. */
    async delete(id: string): Promise<boolean> {
      const tx = db.transaction(['meetings', 'acknowledgements', 'reflections'], 'readwrite');
      const existed = (await tx.objectStore('meetings').getKey(id)) !== undefined;
      await deleteMeetingIn(tx, id);
      await tx.done;
      return existed;
    },
    /** Everything except settings: meetings, acknowledgements, reflections, live checkpoints, set-aside records. */
    async deleteAll(): Promise<void> {
      const tx = db.transaction(
        ['meetings', 'acknowledgements', 'reflections', 'checkpoints', 'quarantine'],
        'readwrite',
      );
      await Promise.all([
        tx.objectStore('quarantine').clear(),
        tx.objectStore('meetings').clear(),
        tx.objectStore('acknowledgements').clear(),
        tx.objectStore('reflections').clear(),
        tx.objectStore('checkpoints').clear(),
        tx.done,
      ]);
    },
  };
}

type MeetingTx = IDBPTransaction<
  RapportSchema,
  ('meetings' | 'acknowledgements' | 'reflections')[],
  'readwrite'
>;

export async function deleteMeetingIn(tx: MeetingTx, id: string): Promise<void> {
  const acks = tx.objectStore('acknowledgements');
  const ackKeys = await acks.index('meetingId').getAllKeys(id);
  await Promise.all([
    tx.objectStore('meetings').delete(id),
    tx.objectStore('reflections').delete(id),
    ...ackKeys.map((k) => acks.delete(k)),
  ]);
}

export function createAcksRepo(db: RapportDB) {
  return {
    async forMeeting(meetingId: string): Promise<StoredAck[]> {
      const acks = await db.getAllFromIndex('acknowledgements', 'meetingId', meetingId);
      return acks.sort((a, b) => (a.key < b.key ? -1 : 1));
    },
    async between(from: number, to: number): Promise<StoredAck[]> {
      return db.getAllFromIndex('acknowledgements', 'at', IDBKeyRange.bound(from, to));
    },
  };
}

export function createReflectionsRepo(db: RapportDB) {
  return {
    async get(meetingId: string): Promise<StoredReflection['data'] | null> {
      return (await db.get('reflections', meetingId))?.data ?? null;
    },
    /** Only for meetings that exist; returns false otherwise. */
    async put(meetingId: string, data: StoredReflection['data']): Promise<boolean> {
      const tx = db.transaction(['meetings', 'reflections'], 'readwrite');
      const exists = (await tx.objectStore('meetings').getKey(meetingId)) !== undefined;
      if (exists) await tx.objectStore('reflections').put({ meetingId, data: structuredClone(data) });
      await tx.done;
      return exists;
    },
  };
}

export function createCheckpointsRepo(db: RapportDB) {
  return {
    async get(sessionId: string): Promise<Checkpoint | undefined> {
      return db.get('checkpoints', sessionId);
    },
    async all(): Promise<Checkpoint[]> {
      return db.getAll('checkpoints');
    },
    /** Checkpoints whose tab last reported before `t` (wall clock). */
    async staleBefore(t: number): Promise<Checkpoint[]> {
      return db.getAllFromIndex('checkpoints', 'updatedAt', IDBKeyRange.upperBound(t, true));
    },
    /** Writes every dirty session in one transaction. */
    async putMany(checkpoints: readonly Checkpoint[]): Promise<void> {
      if (checkpoints.length === 0) return;
      const tx = db.transaction('checkpoints', 'readwrite');
      await Promise.all([...checkpoints.map((c) => tx.store.put(c)), tx.done]).catch((err) =>
        rootCause(tx, err),
      );
    },
    async delete(sessionId: string): Promise<void> {
      await db.delete('checkpoints', sessionId);
    },
  };
}

/**
 * Finalises a live session in one transaction: meeting and acknowledgements in, checkpoint out. Writing
 * the same meeting id twice replaces it (finalising is idempotent).
 */
export async function saveFinishedMeeting(
  db: RapportDB,
  meeting: StoredMeeting,
  acks: readonly StoredAck[],
  checkpointId: string | null,
): Promise<void> {
  const tx = db.transaction(['meetings', 'acknowledgements', 'reflections', 'checkpoints'], 'readwrite');
  const ackStore = tx.objectStore('acknowledgements');
  const old = await ackStore.index('meetingId').getAllKeys(meeting.id);
  await Promise.all([
    ...old.map((k) => ackStore.delete(k)),
    tx.objectStore('meetings').put(meeting),
    ...acks.map((a) => ackStore.put(a)),
    ...(checkpointId ? [tx.objectStore('checkpoints').delete(checkpointId)] : []),
    tx.done,
  ]).catch((err) => rootCause(tx, err));
}

/**
 * A failed write transaction rejects its requests with `AbortError` first; why it aborted (a
 * `QuotaExceededError` when storage is full) is the transaction's own error. Throws that one.
 */
async function rootCause(
  tx: { done: Promise<void>; error: DOMException | null },
  err: unknown,
): Promise<never> {
  await tx.done.catch(() => undefined);
  throw tx.error ?? err;
}
