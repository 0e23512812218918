import type { RapportDB } from './db';

export interface StorageUsage {
  usedBytes: number;
  /** null when the browser does not say. */
  quotaBytes: number | null;
  meetings: number;
  /** true when `usedBytes` is Rapport's own estimate (serialized size of its records), not the browser's. */
  approximate: boolean;
  /** Damaged records set aside (integrity.ts); optional so older callers' figures stay valid. */
  damaged?: number;
  /**
   * Added by the background: the last write failed because storage is full (`full`) or for another reason
   * (`failing`); recording goes on in memory and is written when a write succeeds again. Absent: writes work.
   */
  writeTrouble?: 'full' | 'failing';
}

/**
 * The browser's figure (`navigator.storage.estimate`, whole extension origin) where available, otherwise
 * the JSON size of what the database holds — an estimate, labelled as such.
 */
export async function storageUsage(db: RapportDB): Promise<StorageUsage> {
  const meetings = await db.count('meetings');
  const damaged = await db.count('quarantine');
  const nav = (globalThis as { navigator?: Navigator }).navigator;
  if (nav?.storage?.estimate) {
    try {
      const est = await nav.storage.estimate();
      if (typeof est.usage === 'number') {
        return { usedBytes: est.usage, quotaBytes: est.quota ?? null, meetings, approximate: false, damaged };
      }
    } catch {
      // fall through to our own estimate
    }
  }
  const tx = db.transaction(['meetings', 'acknowledgements', 'reflections', 'checkpoints', 'settings']);
  const all = await Promise.all([
    tx.objectStore('meetings').getAll(),
    tx.objectStore('acknowledgements').getAll(),
    tx.objectStore('reflections').getAll(),
    tx.objectStore('checkpoints').getAll(),
    tx.objectStore('settings').getAll(),
  ]);
  await tx.done;
  let bytes = 0;
  for (const list of all)
    for (const rec of list) bytes += new TextEncoder().encode(JSON.stringify(rec)).length;
  return { usedBytes: bytes, quotaBytes: null, meetings, approximate: true, damaged };
}
