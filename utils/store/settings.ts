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
import type { AckLanguageCode } from '../acks/languages';
import { PLATFORMS } from '../meeting/constants';
import type { RapportDB } from './db';
import { MAX_PRESENTERS, MAX_SERIES, SERIES_ROLES } from './series';
import {
  ACK_SETTING_LANGUAGES,
  DEFAULT_SETTINGS,
  OVERLAY_DEFAULTS,
  type Settings,
} from './settings-defaults';

export {
  ACK_SETTING_LANGUAGES,
  type AckLanguageSetting,
  type AckSettings,
  DEFAULT_NUDGES,
  DEFAULT_SETTINGS,
  type NudgeSettings,
  OVERLAY_DEFAULTS,
  type OverlayDefault,
  type OverlayPosition,
  platformEnabled,
  type Settings,
} from './settings-defaults';

const days = z.number().int().min(1).max(36_500).nullable();
const position = z.object({ x: z.number().finite(), y: z.number().finite() });

const nudges = z.object({ selfMonologue: z.boolean(), silentParticipant: z.boolean() });
const acks = z.object({ enabled: z.boolean(), language: z.enum(ACK_SETTING_LANGUAGES) });
/**
 * One key per registered platform, stored under the platform's id. A platform added later is missing from
 * settings saved before it: `perPlatform` fills it with the default when reading, so old records stay valid.
 */
function perPlatform<T>(value: z.ZodType<T>, fallback: T): z.ZodType<Record<string, T>> {
  const shape: Record<string, z.ZodType> = {};
  for (const id of PLATFORMS) shape[id] = value.default(fallback as never);
  return z.object(shape) as unknown as z.ZodType<Record<string, T>>;
}
const overlayPositions = perPlatform(position.nullable(), null);

const seriesSettings = z.object({
  role: z.enum(SERIES_ROLES),
  presenters: z.array(z.string().trim().min(1).max(200)).max(MAX_PRESENTERS),
  targets: z.object({
    maxSharePct: z.number().int().min(1).max(100).nullable(),
    inviteQuiet: z.boolean(),
    ackByName: z.boolean(),
  }),
});
/** Keys are `*`, `code:<meetingCode>` or `title:<titleKey>` (series.ts); bounded in number. */
const series = z
  .record(z.string().regex(/^(\*|code:.{1,64}|title:.{1,200})$/s), seriesSettings)
  .refine((r) => Object.keys(r).length <= MAX_SERIES, { message: `at most ${MAX_SERIES} series` });

export const settingsSchema = z.object({
  retentionDays: days,
  forgetNamesAfterDays: days,
  tracking: z.boolean(),
  platforms: perPlatform(z.boolean(), true),
  neverTrack: z.array(z.string().min(1).max(64)).max(1000),
  overlayDefault: z.enum(OVERLAY_DEFAULTS),
  nudges,
  acks,
  overlayPositions,
  reflectionsReadUpTo: z.number().finite().nonnegative(),
  series,
});
// The shapes are defined once, zod-free, in settings-defaults.ts; this fails to compile if they drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameShape: Same<z.infer<typeof settingsSchema>, Settings> = true;
void _sameShape;
// every language whose rules ship can be chosen (ACK_SETTING_LANGUAGES lists them without importing them)
const _everyLanguage: [Exclude<AckLanguageCode, (typeof ACK_SETTING_LANGUAGES)[number]>] extends [never]
  ? true
  : false = true;
void _everyLanguage;

/** A patch is strict: a bad value is an error, not a silent fallback. Nested objects are replaced whole. */
export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/**
 * Reads stored settings field by field: one bad or outdated value falls back to its default alone and
 * never resets the others (a record written by an older version simply lacks the newer fields).
 */
export function parseSettings(raw: unknown): Settings {
  const rec = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const parsed = settingsSchema.shape[key].safeParse(rec[key]);
    out[key] = parsed.success ? parsed.data : structuredClone(DEFAULT_SETTINGS[key]);
  }
  return out as unknown as Settings;
}

export function createSettingsRepo(db: RapportDB) {
  return {
    async get(): Promise<Settings> {
      const rec = await db.get('settings', 'settings');
      return parseSettings(rec?.value);
    },
    async update(patch: SettingsPatch): Promise<Settings> {
      const valid = settingsPatchSchema.parse(patch);
      const tx = db.transaction('settings', 'readwrite');
      const rec = await tx.store.get('settings');
      const next = settingsSchema.parse({ ...parseSettings(rec?.value), ...valid });
      await tx.store.put({ key: 'settings', value: next });
      await tx.done;
      return next;
    },
  };
}
