/**
 * The public export file, version 1 (documented in README). Field names are fixed by issue 5; additions
 * are optional fields only, so a file written by the plain v1 shape still imports:
 * - `details` on a meeting and on a participant carries the model's other figures (coverage, shares,
 *   monologues, …) and the exact internal end reason, so a backup round-trips without losing figures.
 * - Figures the model reports as unknown (`speakingMs`, `longestTurnMs`, `cameraOnMs`, `balanceIndex`) may
 *   be null: "unknown" is not 0.
 * - `details.dominance` (optional) lists the stretches one person carried: `from`/`to` on the events'
 *   clock (epoch-like ms), the participant `id`, their `peakShare` and the number of `windows`.
 * - `details.interruptionPairs` (optional): who spoke over whom, `{ byId, ofId, count }`.
 * - `details.pickupPairs` (optional): who picked up whom, `{ fromId, toId, count }` (toId spoke right
 *   after fromId); a participant's `details.turnsPickedUp` and `details.pickups` (optional) are its sums.
 * - Acknowledgement `kind` also accepts "reaction" (an emoji reaction aimed at someone), which the event
 *   contract added after the issue listed the kinds.
 *
 * End reasons: internal `ended_by_host` → "ended"; `removed` (the host removed you) → "ended" — the call
 * ended for the user by someone else's action, which is what "ended" means to a reader, and `details.endReason`
 * keeps "removed" exactly; `tab_closed` → "tab-closed"; `left` and `unknown` unchanged.
 */
import { z } from 'zod';
import { PLATFORMS } from '@/utils/meeting/constants';
import {
  ACK_SOURCES,
  type EndReason,
  endReasonSchema,
  healthStateSchema,
  signalSchema,
} from '@/utils/meeting/events';

export const EXPORT_FORMAT = 'rapport-export';
export const EXPORT_VERSION = 1;

export const PUBLIC_END_REASONS = ['left', 'ended', 'tab-closed', 'unknown'] as const;
export type PublicEndReason = (typeof PUBLIC_END_REASONS)[number];

export function toPublicEndReason(r: EndReason): PublicEndReason {
  switch (r) {
    case 'left':
      return 'left';
    case 'ended_by_host':
    case 'removed':
      return 'ended';
    case 'tab_closed':
      return 'tab-closed';
    default:
      return 'unknown';
  }
}

export function fromPublicEndReason(r: PublicEndReason, detail?: EndReason): EndReason {
  if (detail && toPublicEndReason(detail) === r) return detail;
  switch (r) {
    case 'left':
      return 'left';
    case 'ended':
      return 'ended_by_host';
    case 'tab-closed':
      return 'tab_closed';
    default:
      return 'unknown';
  }
}

// ISO-8601 with an explicit offset; the shape `Date#toISOString` writes, and parseable back exactly.
const iso = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(256);
/** The largest time a JS Date holds: an epoch figure past it is not a time. */
const MAX_EPOCH_MS = 8.64e15;
/**
 * Longest duration a file may claim. Meet and Zoom end a call after about a day; a week leaves room for a
 * resumed checkpoint and still rejects 1e300-style numbers that would make every chart and share absurd.
 */
export const MAX_DURATION_MS = 7 * 86_400_000;
const ms = z.number().finite().nonnegative().max(MAX_DURATION_MS);
const epochMs = z.number().finite().nonnegative().max(MAX_EPOCH_MS);
const count = z.number().int().nonnegative();
const share = z.number().min(0).max(1);
/**
 * An array whose length is checked before its elements: zod checks `.max` only after validating every
 * element, so a hostile 100,000-element array would cost seconds of validation before being refused.
 */
const boundedArray = <T extends z.ZodType>(element: T, max: number) =>
  z.array(z.unknown()).max(max).pipe(z.array(element));

const participantDetailsSchema = z.object({
  firstJoinedAt: epochMs,
  leftAt: epochMs.nullable(),
  /** Still in the call when it ended. */
  present: z.boolean().optional(),
  speakingShare: share.nullable(),
  meanTurnMs: ms.nullable(),
  monologues: count,
  interruptionsReceived: count,
  overlapMs: ms,
  cameraShare: share.nullable(),
  lastSpokeAt: epochMs.nullable(),
  handRaises: count,
  reactions: count,
  coverage: z.object({ speaking: share, camera: share }),
  /** Absent: not measured. How many of their turns someone picked up; how many times they picked up. */
  turnsPickedUp: count.optional(),
  pickups: count.optional(),
});

export const exportParticipantSchema = z.object({
  id,
  displayName: z.string().max(200),
  isSelf: z.boolean(),
  presentMs: ms,
  speakingMs: ms.nullable(),
  turns: count,
  longestTurnMs: ms.nullable(),
  interruptionsMade: count,
  cameraOnMs: ms.nullable(),
  acknowledgementsGiven: count,
  acknowledgementsReceived: count,
  details: participantDetailsSchema.optional(),
});

export const EXPORT_ACK_KINDS = [
  'thanks',
  'credit',
  'invitation',
  'agreement',
  'manual',
  'reaction',
] as const;

export const exportAckSchema = z.object({
  at: iso,
  fromId: id.nullable(),
  toId: id,
  kind: z.enum(EXPORT_ACK_KINDS),
  source: z.enum(ACK_SOURCES),
});

/** A stretch one person carried (the model's dominance windows, `DominanceStretch` in types.ts). */
const dominanceSchema = z
  .object({
    from: epochMs,
    to: epochMs,
    id,
    peakShare: share,
    windows: count.min(1),
  })
  .refine((d) => d.to >= d.from, { message: 'to is before from', path: ['to'] });

/** Interruptions per pair (`InterruptionPair` in types.ts): `byId` spoke over `ofId` `count` times. */
const interruptionPairSchema = z
  .object({ byId: id, ofId: id, count: count.min(1) })
  .refine((x) => x.byId !== x.ofId, { message: 'a person does not interrupt themselves', path: ['ofId'] });

/** The turn-taking graph (`PickupPair` in types.ts): `toId` spoke right after `fromId`, `count` times. */
const pickupPairSchema = z
  .object({ fromId: id, toId: id, count: count.min(1) })
  .refine((x) => x.fromId !== x.toId, { message: 'a person does not pick up themselves', path: ['toId'] });

const meetingDetailsSchema = z.object({
  endReason: endReasonSchema,
  selfId: id.nullable(),
  silentIds: boundedArray(id, 1000),
  selfShare: share.nullable(),
  fairShare: share.nullable(),
  coverage: z.partialRecord(signalSchema, share),
  health: z.partialRecord(signalSchema, healthStateSchema),
  rejectedEvents: count,
  clampedEvents: count.optional(),
  /** Stretches nothing could be seen in (sleep, a frozen tab); absent: not measured. */
  gaps: count.optional(),
  gapMs: z.number().finite().min(0).max(604_800_000).optional(),
  namesForgottenAt: iso.nullable(),
  /** Absent: not measured (a file from before dominance windows), which is not "nobody dominated". */
  dominance: boundedArray(dominanceSchema, 1000).optional(),
  /** Absent: not measured (a file from before pair figures). 50 counted people make at most 2,450 pairs. */
  interruptionPairs: boundedArray(interruptionPairSchema, 40_000).optional(),
  /** Absent: not measured (a file from before pick-ups). */
  pickupPairs: boundedArray(pickupPairSchema, 40_000).optional(),
});

/**
 * The reflection is opaque to the store (its own issue defines the shape), but a file is hostile input: a
 * bounded JSON object, so an import cannot grow the database by megabytes per meeting. The real record is
 * under 3 kB (utils/prompts/reflection.ts: note ≤ 2000, intention ≤ 200 characters).
 */
export const REFLECTION_MAX_CHARS = 16_384;
const reflectionDataSchema = z
  .record(z.string(), z.unknown())
  .refine((r) => JSON.stringify(r).length <= REFLECTION_MAX_CHARS, {
    message: `larger than ${REFLECTION_MAX_CHARS} characters of JSON`,
  });

export const exportMeetingSchema = z
  .object({
    id,
    platform: z.enum(PLATFORMS),
    meetingCode: z.string().max(64).nullable(),
    title: z.string().max(200).nullable(),
    startedAt: iso,
    endedAt: iso.nullable(),
    endReason: z.enum(PUBLIC_END_REASONS),
    durationMs: ms,
    balanceIndex: share.nullable(),
    participants: boundedArray(exportParticipantSchema, 1000),
    acknowledgements: boundedArray(exportAckSchema, 100_000),
    reflection: reflectionDataSchema.nullable(),
    details: meetingDetailsSchema.optional(),
  })
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.participants.forEach((p, i) => {
      if (seen.has(p.id))
        ctx.addIssue({
          code: 'custom',
          path: ['participants', i, 'id'],
          message: `duplicate participant id "${p.id}"`,
        });
      seen.add(p.id);
    });
    if (m.endedAt != null && Date.parse(m.endedAt) < Date.parse(m.startedAt))
      ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'endedAt is before startedAt' });
    m.details?.dominance?.forEach((d, i) => {
      if (!seen.has(d.id))
        ctx.addIssue({
          code: 'custom',
          path: ['details', 'dominance', i, 'id'],
          message: `names no participant ("${d.id}")`,
        });
    });
    m.details?.pickupPairs?.forEach((x, i) => {
      for (const k of ['fromId', 'toId'] as const)
        if (!seen.has(x[k]))
          ctx.addIssue({
            code: 'custom',
            path: ['details', 'pickupPairs', i, k],
            message: `names no participant ("${x[k]}")`,
          });
    });
    m.details?.interruptionPairs?.forEach((x, i) => {
      for (const k of ['byId', 'ofId'] as const)
        if (!seen.has(x[k]))
          ctx.addIssue({
            code: 'custom',
            path: ['details', 'interruptionPairs', i, k],
            message: `names no participant ("${x[k]}")`,
          });
    });
    if (m.details && toPublicEndReason(m.details.endReason) !== m.endReason)
      ctx.addIssue({
        code: 'custom',
        path: ['details', 'endReason'],
        message: `does not match endReason "${m.endReason}"`,
      });
  });

export const MAX_EXPORT_MEETINGS = 100_000;

/** The file without its meetings' insides: checked first, so a file of the wrong kind fails at once. */
export const exportHeaderSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: iso,
  meetings: z.array(z.unknown()).max(MAX_EXPORT_MEETINGS),
});

export const exportFileSchema = exportHeaderSchema
  .extend({ meetings: boundedArray(exportMeetingSchema, MAX_EXPORT_MEETINGS) })
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.meetings.forEach((m, i) => {
      if (seen.has(m.id))
        ctx.addIssue({
          code: 'custom',
          path: ['meetings', i, 'id'],
          message: `duplicate meeting id "${m.id}"`,
        });
      seen.add(m.id);
    });
  });

export type ExportFile = z.infer<typeof exportFileSchema>;
export type ExportMeeting = z.infer<typeof exportMeetingSchema>;
export type ExportParticipant = z.infer<typeof exportParticipantSchema>;
export type ExportAck = z.infer<typeof exportAckSchema>;

/** `meetings[0].participants[2].turns: Invalid input: expected number, received string` */
export function describeFirstIssue(error: z.ZodError, prefix: PropertyKey[] = []): string {
  const issue = error.issues[0];
  if (!issue) return 'Invalid file';
  let path = '';
  for (const key of [...prefix, ...issue.path]) {
    path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
  }
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Keys that change an object's prototype or shadow its constructor when code assigns them. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** A real export nests 7 levels (file → meetings → participant → details → coverage), a reflection a few more. */
export const MAX_IMPORT_DEPTH = 16;

/**
 * Checked before the schema: a file with a prototype key or nested absurdly deep was crafted, not written
 * by Rapport. Rejecting it outright (rather than letting zod strip the key) keeps such a file from
 * importing "successfully" and from reaching JSON.stringify/structured clone, whose recursion a deep
 * structure overflows. Iterative, so the check itself cannot overflow the stack.
 */
export function findHostileShape(data: unknown): string | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: data, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_IMPORT_DEPTH) return `${path || 'file'}: nested deeper than ${MAX_IMPORT_DEPTH} levels`;
    if (Array.isArray(value)) {
      // Only containers are pushed: a 100,000-number array costs one pass, not 100,000 stack entries.
      value.forEach((v, i) => {
        if (v !== null && typeof v === 'object')
          stack.push({ value: v, path: `${path}[${i}]`, depth: depth + 1 });
      });
      continue;
    }
    for (const key of Object.keys(value)) {
      const at = path ? `${path}.${key}` : key;
      if (HOSTILE_KEYS.has(key)) return `${at}: key "${key}" is not allowed`;
      const v = (value as Record<string, unknown>)[key];
      if (v !== null && typeof v === 'object') stack.push({ value: v, path: at, depth: depth + 1 });
    }
  }
  return null;
}
