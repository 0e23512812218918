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
import { PLATFORMS } from '../meeting/constants';
import type { RapportDB } from './db';

const days = z.number().int().min(1).max(36_500).nullable();
const position = z.object({ x: z.number().finite(), y: z.number().finite() });

const nudges = z.object({ selfMonologue: z.boolean(), silentParticipant: z.boolean() });
const acks = z.object({ enabled: z.boolean(), language: z.enum(['en', 'de']) });
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

export const settingsSchema = z.object({
  /** Delete meetings older than this many days; null keeps them forever (the default). */
  retentionDays: days,
  /** Replace other people's names with stable pseudonyms after this many days; null never does. */
  forgetNamesAfterDays: days,
  /** The global switch in the popup: off records nothing anywhere and shows no overlay. */
  tracking: z.boolean(),
  /** Per-platform switches (options page). */
  platforms: perPlatform(z.boolean(), true),
  /** Meeting codes never to record ("Never track this meeting"). */
  neverTrack: z.array(z.string().min(1).max(64)).max(1000),
  /** How the overlay starts in a call. */
  overlayDefault: z.enum(['collapsed', 'expanded', 'hidden']),
  /** Gentle nudges in the overlay; both off by default (the overlay is a mirror, not a coach). */
  nudges,
  /** Acknowledgement detection from captions and chat, and the language of its rules. */
  acks,
  /** Where the user last left the overlay, per platform. */
  overlayPositions,
  /** Reflections of meetings that started at or before this time have been seen (drives the badge). */
  reflectionsReadUpTo: z.number().finite().nonnegative(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** Is recording on for this platform? A platform missing from the record (never saved) is on. */
export function platformEnabled(settings: Pick<Settings, 'platforms'>, platform: string): boolean {
  return settings.platforms[platform] ?? true;
}
/** A patch is strict: a bad value is an error, not a silent fallback. Nested objects are replaced whole. */
export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  retentionDays: null,
  forgetNamesAfterDays: null,
  tracking: true,
  platforms: Object.fromEntries(PLATFORMS.map((id) => [id, true])),
  neverTrack: [],
  overlayDefault: 'collapsed',
  nudges: { selfMonologue: false, silentParticipant: false },
  acks: { enabled: true, language: 'en' },
  overlayPositions: Object.fromEntries(PLATFORMS.map((id) => [id, null])),
  reflectionsReadUpTo: 0,
}) as Settings;

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
  return out as Settings;
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
