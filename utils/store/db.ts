/**
 * The one IndexedDB database of the extension's own origin. Only the background and extension pages open
 * it; a content script's `indexedDB` belongs to the meeting site and is never used.
 *
 * Schema changes are numbered migrations: `MIGRATIONS[n]` takes a database at version n-1 to version n and
 * is tested on a database filled at version n-1. Never edit a released migration; add the next one.
 *
 * v1: meetings (by startedAt, meetingCode, titleKey), acknowledgements (by meetingId), reflections,
 *     checkpoints (by updatedAt), settings.
 * v2: meetings gain `people` (normalised names) with a multiEntry index for "meetings with person X";
 *     existing meetings are backfilled from their participants. Acknowledgements gain an `at` index for
 *     date-range queries.
 * v3: `quarantine` (by setAside): damaged meetings and checkpoints moved out of the way, kept as they were
 *     (integrity.ts), so the rest keeps working and the user is told.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { QuarantineRecord } from './integrity';
import type { Checkpoint, StoredAck, StoredMeeting, StoredReflection } from './records';
import { peopleKeys } from './records';

export const DB_NAME = 'rapport';
export const DB_VERSION = 3;

export interface SettingsRecord {
  key: 'settings';
  value: unknown;
}

export interface RapportSchema extends DBSchema {
  meetings: {
    key: string;
    value: StoredMeeting;
    indexes: { startedAt: number; meetingCode: string; titleKey: string; people: string };
  };
  acknowledgements: { key: string; value: StoredAck; indexes: { meetingId: string; at: number } };
  reflections: { key: string; value: StoredReflection };
  checkpoints: { key: string; value: Checkpoint; indexes: { updatedAt: number } };
  settings: { key: string; value: SettingsRecord };
  quarantine: { key: string; value: QuarantineRecord; indexes: { setAside: number } };
}

export type RapportDB = IDBPDatabase<RapportSchema>;
type UpgradeTx = IDBPTransaction<RapportSchema, StoreNames<RapportSchema>[], 'versionchange'>;
// Migrations run against the schema as it was, so they use the untyped view of the database.
type AnyDB = IDBPDatabase<unknown>;
type AnyTx = IDBPTransaction<unknown, string[], 'versionchange'>;

export const MIGRATIONS: Record<number, (db: AnyDB, tx: AnyTx) => Promise<void> | void> = {
  1(db) {
    const meetings = db.createObjectStore('meetings', { keyPath: 'id' });
    meetings.createIndex('startedAt', 'startedAt');
    meetings.createIndex('meetingCode', 'meetingCode');
    meetings.createIndex('titleKey', 'titleKey');
    const acks = db.createObjectStore('acknowledgements', { keyPath: 'key' });
    acks.createIndex('meetingId', 'meetingId');
    db.createObjectStore('reflections', { keyPath: 'meetingId' });
    const checkpoints = db.createObjectStore('checkpoints', { keyPath: 'sessionId' });
    checkpoints.createIndex('updatedAt', 'updatedAt');
    db.createObjectStore('settings', { keyPath: 'key' });
  },
  async 2(_db, tx) {
    const meetings = tx.objectStore('meetings');
    meetings.createIndex('people', 'people', { multiEntry: true });
    tx.objectStore('acknowledgements').createIndex('at', 'at');
    let cursor = await meetings.openCursor();
    while (cursor) {
      const m = cursor.value as StoredMeeting;
      if (!Array.isArray(m.people)) await cursor.update({ ...m, people: peopleKeys(m.participants ?? []) });
      cursor = await cursor.continue();
    }
  },
  3(db) {
    const q = db.createObjectStore('quarantine', { keyPath: 'key' });
    q.createIndex('setAside', 'setAside');
  },
};

export interface OpenOptions {
  name?: string;
  /** Open at an older version (migration tests only). */
  version?: number;
}

export async function openRapportDb(options: OpenOptions = {}): Promise<RapportDB> {
  const version = options.version ?? DB_VERSION;
  return openDB<RapportSchema>(options.name ?? DB_NAME, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      const target = newVersion ?? version;
      // Steps run synchronously while they are synchronous; an async step (a backfill cursor) chains the
      // next one on its promise. Awaiting only IDB requests keeps the versionchange transaction alive.
      const abort = (err: unknown) => {
        console.error('Rapport: migration failed', err);
        // openDB rejects with the abort; `done` would reject unobserved.
        (tx as UpgradeTx).done.catch(() => undefined);
        (tx as UpgradeTx).abort();
      };
      const run = (v: number): void => {
        if (v > target) return;
        const step = MIGRATIONS[v];
        if (!step) {
          abort(new Error(`No migration to version ${v}`));
          return;
        }
        try {
          const r = step(db as unknown as AnyDB, tx as unknown as AnyTx);
          if (r instanceof Promise) r.then(() => run(v + 1), abort);
          else run(v + 1);
        } catch (err) {
          abort(err);
        }
      };
      run(oldVersion + 1);
    },
    blocking(_current, _blocked, event) {
      // A newer version elsewhere (an updated extension page) wants to upgrade: step aside.
      (event.target as IDBDatabase | null)?.close();
    },
  });
}
