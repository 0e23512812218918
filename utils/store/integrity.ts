/**
 * Damaged records (issue 24, point 8). A meeting or a checkpoint can be damaged on disk: a bug in an
 * older version, a profile copied half-way, a disk error. One such record must not break the History,
 * the popup, trends or the export for everything else. So a damaged record is *set aside*: moved, in one
 * transaction, from its store into `quarantine` exactly as it was found (nothing is thrown away: a later
 * version may be able to read it), with the first problem found and when. The options page says how many
 * were set aside (`StorageUsage.damaged`); the export leaves them out and so stays a valid file. "Delete
 * all data" deletes them too.
 *
 * Two checks. `meetingProblem` is structural and cheap (no zod, microseconds per meeting), so the
 * background can sweep every stored meeting each time it starts without slowing the popup: it checks the
 * fields every view and the export read, with their types. The export additionally validates each meeting
 * against the export schema (transfer.ts) and sets aside any that fails it, so what it writes always
 * imports. Checkpoints are checked structurally here; whether their model state restores is the
 * background's test (`restoreState`), which sets an unrestorable one aside the same way.
 */
import type { RapportDB } from './db';

export interface QuarantineRecord {
  /** `${from}:${id}`. */
  key: string;
  from: 'meetings' | 'checkpoints';
  id: string;
  /** Wall clock, ms. Indexed. */
  setAside: number;
  /** The first problem found, e.g. `participants[1].presentMs: not a finite number`. */
  reason: string;
  /** The record as it was found. Never exported. */
  raw: unknown;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const fin = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const finOrNull = (v: unknown) => v === null || fin(v);
const str = (v: unknown) => typeof v === 'string';

/** The first structural problem of a stored meeting, or null when every field the views read is sound. */
export function meetingProblem(m: unknown): string | null {
  if (!isObj(m)) return 'not an object';
  const top: [string, (v: unknown) => boolean, string][] = [
    ['id', str, 'not a string'],
    ['platform', str, 'not a string'],
    ['startedAt', fin, 'not a finite number'],
    ['endedAt', finOrNull, 'not a finite number or null'],
    ['durationMs', (v) => fin(v) && (v as number) >= 0, 'not a duration'],
    ['endReason', str, 'not a string'],
    ['balanceIndex', finOrNull, 'not a finite number or null'],
    ['participants', Array.isArray, 'not a list'],
    ['silentIds', Array.isArray, 'not a list'],
    ['people', Array.isArray, 'not a list'],
    ['coverage', isObj, 'not an object'],
    ['health', isObj, 'not an object'],
    ['ackCount', fin, 'not a finite number'],
  ];
  for (const [k, ok, why] of top) if (!ok(m[k])) return `${k}: ${why}`;
  const ps = m.participants as unknown[];
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    if (!isObj(p)) return `participants[${i}]: not an object`;
    const fields: [string, (v: unknown) => boolean, string][] = [
      ['id', str, 'not a string'],
      ['name', str, 'not a string'],
      ['isSelf', (v) => typeof v === 'boolean', 'not a boolean'],
      ['presentMs', fin, 'not a finite number'],
      ['speakingMs', finOrNull, 'not a finite number or null'],
      ['turns', fin, 'not a finite number'],
      ['cameraOnMs', finOrNull, 'not a finite number or null'],
      ['acksGiven', fin, 'not a finite number'],
      ['acksReceived', fin, 'not a finite number'],
      ['coverage', isObj, 'not an object'],
    ];
    for (const [k, ok, why] of fields) if (!ok(p[k])) return `participants[${i}].${k}: ${why}`;
  }
  return null;
}

/** The first structural problem of a checkpoint record (its model state is checked by restoring it). */
export function checkpointProblem(c: unknown): string | null {
  if (!isObj(c)) return 'not an object';
  if (!str(c.sessionId)) return 'sessionId: not a string';
  if (c.discarded === true) return null;
  if (!str(c.platform)) return 'platform: not a string';
  for (const k of ['appliedSeq', 'lastEventT', 'updatedAt', 'createdAt'])
    if (!fin(c[k])) return `${k}: not a finite number`;
  return null;
}

/** Moves one record from its store into quarantine, in one transaction (both or neither). */
export async function setAside(
  db: RapportDB,
  from: QuarantineRecord['from'],
  id: string,
  raw: unknown,
  reason: string,
  at: number,
): Promise<void> {
  const tx = db.transaction([from, 'quarantine'], 'readwrite');
  await Promise.all([
    tx.objectStore(from).delete(id),
    tx.objectStore('quarantine').put({ key: `${from}:${id}`, from, id, setAside: at, reason, raw }),
    tx.done,
  ]);
}

export interface SweepResult {
  meetings: number;
  checkpoints: number;
}

/**
 * Sets aside every structurally damaged meeting and checkpoint. Reads with cursors over the raw values:
 * a damaged record is whatever the disk holds, not the type the repositories promise.
 */
export async function sweepDamaged(db: RapportDB, now: number): Promise<SweepResult> {
  const found: { from: QuarantineRecord['from']; id: string; raw: unknown; reason: string }[] = [];
  const tx = db.transaction(['meetings', 'checkpoints']);
  for (const from of ['meetings', 'checkpoints'] as const) {
    let cursor = await tx.objectStore(from).openCursor();
    while (cursor) {
      const raw: unknown = cursor.value;
      const reason = from === 'meetings' ? meetingProblem(raw) : checkpointProblem(raw);
      if (reason) found.push({ from, id: String(cursor.primaryKey), raw, reason });
      cursor = await cursor.continue();
    }
  }
  await tx.done;
  for (const f of found) await setAside(db, f.from, f.id, f.raw, f.reason, now);
  return {
    meetings: found.filter((f) => f.from === 'meetings').length,
    checkpoints: found.filter((f) => f.from === 'checkpoints').length,
  };
}

export async function quarantined(db: RapportDB): Promise<QuarantineRecord[]> {
  return db.getAllFromIndex('quarantine', 'setAside');
}
