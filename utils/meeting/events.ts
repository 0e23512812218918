/**
 * Platform-neutral meeting events: the one contract between platform adapters (which read a page's DOM)
 * and the meeting model (which turns events into figures). Every adapter emits only these; the background
 * validates every batch against these schemas before it reaches the model or the store.
 *
 * Timestamps (`t`) are milliseconds on a monotonic clock (adapters use `performance.timeOrigin +
 * performance.now()`, so they read like epoch milliseconds but never jump with the wall clock). The model
 * clamps anything that goes backwards a little and rejects anything further back.
 *
 * **Late-decided facts.** `t` is always when the adapter *reports* the event, so events stay in time
 * order. A fact the adapter can only decide some time after it happened (a leave is confirmed only once a
 * tile has stayed gone for the leave debounce) is reported at the decision time `t` and carries its
 * effective time `at` (≤ t). It must never be backdated through `t`: the model rejects events far behind
 * the last one, so a backdated leave followed within the debounce by anyone else's event was lost (issue
 * 18). What the adapter *can* say at once, it says at once and truthfully: when a tile vanishes it reports
 * that it can no longer see that person (speaking stopped, camera off, `participant.visibility` false) at
 * the vanish time; a return within the debounce makes them visible again; a confirmed leave is then
 * `participant.left { t: now, at: vanish time }`. How far back `at` may reach, and what it can never take
 * back, is the model's rule (reducer.ts "Late leaves").
 *
 * Caption and chat text travel only as far as acknowledgement detection; they are never stored.
 */
import { z } from 'zod';
import {
  ACK_KINDS,
  ACK_SOURCES,
  END_REASONS,
  HEALTH_STATES,
  MAX_BATCH,
  PLATFORMS,
  SIGNALS,
} from './constants';

/** Bounded strings: page text is hostile input, so every field has a ceiling. */
const id = z.string().min(1).max(256);
const name = z.string().max(200);
const text = z.string().max(2000);
const t = z.number().finite().nonnegative();

/** `at` (a late-decided fact's effective time, see the header) is never after the report time `t`. */
const atNotAfterT = (e: { t: number; at?: number | undefined }) => e.at === undefined || e.at <= e.t;

export {
  ACK_KINDS,
  ACK_SOURCES,
  type AckKind,
  type AckSource,
  END_REASONS,
  type EndReason,
  HEALTH_STATES,
  type HealthState,
  MAX_BATCH,
  PLATFORMS,
  type Platform,
  SIGNALS,
  type Signal,
} from './constants';

export const platformSchema = z.enum(PLATFORMS);
export const endReasonSchema = z.enum(END_REASONS);
export const signalSchema = z.enum(SIGNALS);
export const healthStateSchema = z.enum(HEALTH_STATES);
export const ackKindSchema = z.enum(ACK_KINDS);
export const ackSourceSchema = z.enum(ACK_SOURCES);

export const meetingEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('call.started'),
    t,
    platform: platformSchema,
    /** Meet's `abc-defg-hij` or Zoom's numeric id; used for "never track" and recurring-meeting trends. */
    meetingCode: z.string().max(64).optional(),
    title: name.optional(),
  }),
  z.object({ type: z.literal('call.ended'), t, reason: endReasonSchema }),
  z.object({ type: z.literal('participant.joined'), t, id, name, isSelf: z.boolean() }),
  /**
   * `at`: when the person actually went (their tile and row vanished), when that is earlier than the
   * decision `t` (see "Late-decided facts" above). Absent: they left at `t`.
   */
  z
    .object({ type: z.literal('participant.left'), t, id, at: t.optional() })
    .refine(atNotAfterT, { message: 'at must not be after t', path: ['at'] }),
  z.object({ type: z.literal('participant.renamed'), t, id, name }),
  /** The adapter learned which participant is the local user after they joined. */
  z.object({ type: z.literal('participant.self'), t, id }),
  z.object({ type: z.literal('speaking.started'), t, id }),
  z.object({ type: z.literal('speaking.stopped'), t, id }),
  z.object({ type: z.literal('camera.on'), t, id }),
  z.object({ type: z.literal('camera.off'), t, id }),
  /**
   * Whether the adapter can currently see this participant's speaking indicator and camera (in practice:
   * is their tile rendered). A large call shows a page of tiles; the rest have no signal at all, and
   * their silence must read as "unknown", not "did not speak". A participant who has just joined counts
   * as visible on both until this says otherwise: platforms render a tile for nearly everyone who joins
   * (and always in the small calls that are the common case), so the adapter only has to speak up for
   * the exceptions — it emits `false` when a joined person has no tile, and `true` when one appears.
   * A tile that vanishes from everywhere is `false` at once too, while the leave debounce runs (see
   * "Late-decided facts"); the model turns speaking and camera off with it, so on `true` the adapter
   * reports again whatever is on.
   */
  z.object({
    type: z.literal('participant.visibility'),
    t,
    id,
    speaking: z.boolean(),
    camera: z.boolean(),
  }),
  z.object({ type: z.literal('mic.muted'), t, id }),
  z.object({ type: z.literal('mic.unmuted'), t, id }),
  z.object({ type: z.literal('hand.raised'), t, id }),
  z.object({ type: z.literal('hand.lowered'), t, id }),
  z.object({ type: z.literal('reaction'), t, id, emoji: z.string().max(32) }),
  z.object({
    type: z.literal('caption'),
    t,
    /** Stable per caption entry while the platform rewrites it in place. */
    captionId: z.string().max(128),
    /** Resolved participant id where the adapter could; otherwise only the displayed name. */
    speakerId: id.optional(),
    speakerName: name,
    text,
    /** true when this text replaces the earlier text of the same caption entry (a correction). */
    replaces: z.boolean(),
  }),
  z.object({
    type: z.literal('chat'),
    t,
    senderId: id.optional(),
    senderName: name,
    isSelf: z.boolean(),
    text,
  }),
  z.object({ type: z.literal('ack'), t, fromId: id, toId: id, kind: ackKindSchema, source: ackSourceSchema }),
  /**
   * The adapter saw nothing at all from `from` to `t` (≤ t): the laptop slept, the tab was frozen, or its
   * timers were throttled so far that the page's state could have changed unseen (utils/content/
   * gap-detector.ts decides). Reported when the adapter wakes, like a late-decided fact. The model counts
   * no presence, speaking or camera time in the gap and records it as not covered (reducer.ts "Gaps").
   */
  z
    .object({ type: z.literal('coverage.gap'), t, from: t })
    .refine((e) => e.from <= e.t, { message: 'from must not be after t', path: ['from'] }),
  z.object({
    type: z.literal('health'),
    t,
    signals: z.partialRecord(signalSchema, healthStateSchema),
  }),
]);

export type MeetingEvent = z.infer<typeof meetingEventSchema>;
export type MeetingEventType = MeetingEvent['type'];
export type EventOf<K extends MeetingEventType> = Extract<MeetingEvent, { type: K }>;

export const eventBatchSchema = z.array(meetingEventSchema).max(MAX_BATCH);
