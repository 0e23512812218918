/**
 * The meeting model's thresholds (in `config-defaults.ts`, with why each is what it is), their schema and
 * their resolution. Change a threshold there (or pass a `Partial<MeetingConfig>` to `createMeetingState`),
 * never inline in the reducer.
 */
import { z } from 'zod';
import { defaultConfig, type MeetingConfig } from './config-defaults';

export { defaultConfig, type MeetingConfig };

/**
 * The schema is built on first use: content scripts call `resolveConfig` but never validate
 * checkpoints, and building zod schemas at module load would pull zod into their bundle.
 */
/** The ring of dominance buckets holds a window and one more: a bound on its size. */
export const MAX_WINDOW_BUCKETS = 20;
/** The per-pair interruption counts hold at most this many people's pairs. */
export const MAX_PAIR_PEOPLE = 200;

let schema: ReturnType<typeof buildSchema> | null = null;
function buildSchema() {
  const ms = z.number().finite().nonnegative();
  const count = z.number().int().positive();
  return z
    .object({
      flickerGapMs: ms,
      minBlipMs: ms,
      monologueMs: ms,
      interruptionMinOverlapMs: ms,
      silentMinPresenceMs: ms,
      countedMinPresenceFraction: z.number().min(0).max(1),
      maxAcks: count,
      maxParticipants: count,
      maxDeviceIds: count,
      maxClockRegressionMs: ms,
      /** Absent from checkpoints written before late leaves carried `at`: the default applies. */
      maxLateFactMs: ms.default(defaultConfig.maxLateFactMs),
      /** Absent from checkpoints written before dominance windows: the defaults apply. */
      dominanceBucketMs: ms.positive().default(defaultConfig.dominanceBucketMs),
      dominanceWindowBuckets: count.max(MAX_WINDOW_BUCKETS).default(defaultConfig.dominanceWindowBuckets),
      dominanceShare: z.number().min(0).max(1).default(defaultConfig.dominanceShare),
      dominanceMinTalkMs: ms.default(defaultConfig.dominanceMinTalkMs),
      maxDominanceStretches: count.default(defaultConfig.maxDominanceStretches),
      pairMaxPeople: count.max(MAX_PAIR_PEOPLE).default(defaultConfig.pairMaxPeople),
      /** Absent from checkpoints written before pick-ups: the default applies. */
      pickupMaxGapMs: ms.default(defaultConfig.pickupMaxGapMs),
    })
    .refine((c) => c.interruptionMinOverlapMs >= c.minBlipMs, {
      message: 'interruptionMinOverlapMs must be ≥ minBlipMs',
    })
    .refine((c) => c.maxDeviceIds >= c.maxParticipants, {
      message: 'maxDeviceIds must be ≥ maxParticipants',
    });
}
export function meetingConfigSchema(): ReturnType<typeof buildSchema> {
  schema ??= buildSchema();
  return schema;
}

const COUNTS: readonly (keyof MeetingConfig)[] = [
  'maxAcks',
  'maxParticipants',
  'maxDeviceIds',
  'dominanceWindowBuckets',
  'maxDominanceStretches',
  'pairMaxPeople',
];

/**
 * Defaults overlaid with `partial`, validated; throws on an inconsistent config. Checked by hand (the
 * same rules as `meetingConfigSchema`) so the hot path of a content script needs no zod.
 */
export function resolveConfig(partial?: Partial<MeetingConfig>): MeetingConfig {
  const c: MeetingConfig = { ...defaultConfig, ...partial };
  for (const key of Object.keys(defaultConfig) as (keyof MeetingConfig)[]) {
    const v = c[key];
    const ok =
      typeof v === 'number' &&
      Number.isFinite(v) &&
      v >= 0 &&
      (!COUNTS.includes(key) || (Number.isInteger(v) && v > 0)) &&
      (key !== 'countedMinPresenceFraction' || v <= 1) &&
      (key !== 'dominanceShare' || v <= 1) &&
      (key !== 'dominanceBucketMs' || v > 0) &&
      (key !== 'dominanceWindowBuckets' || v <= MAX_WINDOW_BUCKETS) &&
      (key !== 'pairMaxPeople' || v <= MAX_PAIR_PEOPLE);
    if (!ok) throw new Error(`MeetingConfig.${key}: invalid value ${String(v)}`);
  }
  if (c.interruptionMinOverlapMs < c.minBlipMs)
    throw new Error('interruptionMinOverlapMs must be ≥ minBlipMs');
  if (c.maxDeviceIds < c.maxParticipants) throw new Error('maxDeviceIds must be ≥ maxParticipants');
  return c;
}
