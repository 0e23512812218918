/**
 * The store: everything that reads or writes the database goes through `openStore()`.
 */
import { type OpenOptions, openRapportDb, type RapportDB } from './db';
import { quarantined, setAside, sweepDamaged } from './integrity';
import type { StoredAck, StoredMeeting } from './records';
import {
  createAcksRepo,
  createCheckpointsRepo,
  createMeetingsRepo,
  createReflectionsRepo,
  saveFinishedMeeting,
} from './repos';
import { applyRetention } from './retention';
import { createSettingsRepo } from './settings';
import { exportAll, importExport } from './transfer';
import { storageUsage } from './usage';

export function createStore(db: RapportDB) {
  const settings = createSettingsRepo(db);
  return {
    db,
    meetings: createMeetingsRepo(db),
    acks: createAcksRepo(db),
    reflections: createReflectionsRepo(db),
    checkpoints: createCheckpointsRepo(db),
    settings,
    saveFinishedMeeting: (meeting: StoredMeeting, acks: readonly StoredAck[], checkpointId: string | null) =>
      saveFinishedMeeting(db, meeting, acks, checkpointId),
    exportAll: (now?: number) => exportAll(db, now),
    importData: (input: unknown) => importExport(db, input),
    applyRetention: async (now?: number) => applyRetention(db, await settings.get(), now),
    usage: () => storageUsage(db),
    /** Damaged records (integrity.ts): sweep them aside, set one aside, list what was. */
    quarantine: {
      sweep: (now: number) => sweepDamaged(db, now),
      setAside: (from: 'meetings' | 'checkpoints', id: string, raw: unknown, reason: string, now: number) =>
        setAside(db, from, id, raw, reason, now),
      list: () => quarantined(db),
    },
    close: () => db.close(),
  };
}

export type Store = ReturnType<typeof createStore>;

export async function openStore(options?: OpenOptions): Promise<Store> {
  return createStore(await openRapportDb(options));
}

export type { RapportDB } from './db';
export { DB_NAME, DB_VERSION, MIGRATIONS, openRapportDb } from './db';
export * from './export-format';
export type { QuarantineRecord, SweepResult } from './integrity';
export { checkpointProblem, meetingProblem } from './integrity';
export * from './records';
export type { DateRange, MeetingDetail } from './repos';
export type { RetentionResult } from './retention';
export { DAY_MS, pseudonymise, pseudonymsFor } from './retention';
export {
  DEFAULT_SETTINGS,
  parseSettings,
  type Settings,
  type SettingsPatch,
  settingsPatchSchema,
  settingsSchema,
} from './settings';
export type { ImportResult } from './transfer';
export { parseExport } from './transfer';
export type { StorageUsage } from './usage';
