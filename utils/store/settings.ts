/**
 * Settings live in the IDB `settings` store (one record), not in WXT `storage.local`:
 * - retention and "forget names" run against meetings in the same database, and the settings they read
 *   are in the same origin and lifecycle (one place to inspect, one place to wipe);
 * - the store and its tests run in plain Node (bench, unit tests) without a browser storage mock;
 * - content scripts never read settings directly (their storage would be the meeting site's anyway);
 *   they ask the background.
 * "Delete all data" removes meetings, acknowledgements, reflections and live checkpoints but keeps these
 * preferences — they describe how to treat data, not data about anyone.
 */
import { z } from 'zod';
import type { RapportDB } from './db';

const days = z.number().int().min(1).max(36_500).nullable();

export const settingsSchema = z.object({
  /** Delete meetings older than this many days; null keeps them forever (the default). */
  retentionDays: days.default(null),
  /** Replace other people's names with stable pseudonyms after this many days; null never does. */
  forgetNamesAfterDays: days.default(null),
});
export type Settings = z.infer<typeof settingsSchema>;
export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export function createSettingsRepo(db: RapportDB) {
  return {
    async get(): Promise<Settings> {
      const rec = await db.get('settings', 'settings');
      const parsed = settingsSchema.safeParse(rec?.value ?? {});
      return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS };
    },
    async update(patch: SettingsPatch): Promise<Settings> {
      const valid = settingsPatchSchema.parse(patch);
      const tx = db.transaction('settings', 'readwrite');
      const rec = await tx.store.get('settings');
      const current = settingsSchema.safeParse(rec?.value ?? {});
      const next = settingsSchema.parse({ ...(current.success ? current.data : DEFAULT_SETTINGS), ...valid });
      await tx.store.put({ key: 'settings', value: next });
      await tx.done;
      return next;
    },
  };
}
