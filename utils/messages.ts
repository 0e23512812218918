/**
 * Every message between Rapport's parts, in one typed map. Each entry has a zod schema for its request
 * (the background validates every payload with it) and the TypeScript type of its response.
 *
 * Direction is part of the contract: `cs:*` messages come only from this extension's content scripts on
 * the meeting platforms, `ui:*` only from its own extension pages (popup, options, reflection). The
 * background checks the sender, not just the payload (see utils/background/sender.ts).
 *
 * Responses travel as `{ ok: true, data }` or `{ ok: false, error }`; `sendMessage` unwraps them and
 * throws an `Error` with the background's message. Sending lives in `send-message.ts` alone (one path, no
 * zod: content scripts import it). Messages the background sends to content scripts and the card's message
 * to its page are in `content-messages.ts`.
 */
import { z } from 'zod';
import type { AckLanguageProfile } from '@/utils/acks/auto-language';
import type { AckLanguage } from '@/utils/acks/languages';
import type { LiveCall, ResumeTicket } from '@/utils/background/live-calls';
import type { PopupSummary } from '@/utils/background/popup-summary';
import type { HealthReport } from '@/utils/diagnostics/health';
import { healthReportSchema } from '@/utils/diagnostics/health-schema';
import { MAX_BATCH, platformSchema } from '@/utils/meeting/events';
import type { LiveSnapshot } from '@/utils/meeting/types';
import type { ImportResult, MeetingDetail, StorageUsage, StoredMeeting } from '@/utils/store';
import type { ExportFile } from '@/utils/store/export-format';
import type { RetentionResult } from '@/utils/store/retention';
import { type Settings, settingsPatchSchema } from '@/utils/store/settings';

const sessionId = z
  .string()
  .min(8)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/);
const meetingId = z.string().min(1).max(256);
const epochMs = z.number().finite().nonnegative();

export const requestSchemas = {
  /** A content script loaded on a platform page. */
  'cs:ready': z.object({ type: z.literal('cs:ready'), platform: platformSchema }),
  /**
   * A batch of events of one live session. `firstSeq` numbers the first event (1-based, per session) so
   * the background can drop events it already applied when a batch is resent after a worker restart.
   * Events are validated one by one in the background (a bad event costs itself, not the batch).
   */
  'cs:events': z.object({
    type: z.literal('cs:events'),
    sessionId,
    platform: platformSchema,
    firstSeq: z.number().int().min(1),
    events: z.array(z.unknown()).max(MAX_BATCH),
    /** Events the tab's queue dropped so far because it was full (cumulative). */
    dropped: z.number().int().nonnegative().default(0),
    /** Sent from `pagehide` (not into the back/forward cache): the page is going away, the call with it. */
    goodbye: z.boolean().default(false),
    /**
     * The tab's event clock when it sent this batch: the call was still on then, even if nothing
     * happened. Lets a call that goes silent and then loses its tab end at its last sign of life.
     */
    at: z.number().finite().nonnegative().optional(),
  }),
  /**
   * "Never track this meeting" chosen mid-call: forget everything this session recorded (live state,
   * checkpoint, and the meeting if it was already finalised); later batches of it are acknowledged and
   * dropped.
   */
  'cs:discard-session': z.object({
    type: z.literal('cs:discard-session'),
    sessionId,
    platform: platformSchema,
  }),
  /**
   * A content script starting in a tab asks whether an earlier copy of itself (orphaned by an extension
   * update or reload mid-call) was recording a call there: if so it joins that session (same meeting)
   * instead of starting a second one. See utils/content/lifecycle.ts.
   */
  'cs:resume': z.object({ type: z.literal('cs:resume'), platform: platformSchema }),
  /** A content script's settings and the intention from the last reflection. */
  'cs:get-config': z.object({ type: z.literal('cs:get-config'), platform: platformSchema }),
  /** Adds ("Never track this meeting") or removes (undo) a meeting code. */
  'cs:set-never-track': z.object({
    type: z.literal('cs:set-never-track'),
    code: z.string().min(1).max(64),
    on: z.boolean(),
  }),
  'cs:save-position': z.object({
    type: z.literal('cs:save-position'),
    platform: platformSchema,
    position: z.object({ x: z.number().finite(), y: z.number().finite() }),
  }),
  /** What this tab is doing now; drives the toolbar badge for the tab. */
  'cs:status': z.object({
    type: z.literal('cs:status'),
    status: z.enum(['recording', 'paused', 'never', 'idle', 'off']),
  }),
  /** The finalised meeting of a session this tab recorded (the end-of-call card). */
  'cs:get-meeting': z.object({ type: z.literal('cs:get-meeting'), id: sessionId }),
  /** Opens the full reflection of a meeting in an extension page. */
  'cs:open-reflection': z.object({ type: z.literal('cs:open-reflection'), id: sessionId }),
  /** The adapter's per-signal health in this tab (validated against the health report schema). */
  'cs:health': z.object({ type: z.literal('cs:health'), report: healthReportSchema }),
  /** The overlay's "Details" link: open the health view. */
  'cs:open-health': z.object({ type: z.literal('cs:open-health') }),
  /**
   * The acknowledgement rules of one language. The content script carries none of the tables (they are a
   * third of its size) and asks for the one the user picked when a call starts.
   */
  'cs:ack-language': z.object({ type: z.literal('cs:ack-language'), code: z.string().min(2).max(8) }),
  /**
   * What the automatic language choice needs of every language (stopwords, caption-language names), sent
   * rather than bundled so the content script does not grow with the number of languages.
   */
  'cs:ack-profiles': z.object({ type: z.literal('cs:ack-profiles') }),
  /**
   * A call started in this tab (or a page sample is wanted): run the call runtime, `content-call.js`, in
   * the sender's tab (utils/content/call-runtime.ts). Answered once it has run.
   */
  'cs:load-call': z.object({ type: z.literal('cs:load-call') }),
  /** The health view: the latest report of the current or last call. */
  'ui:health': z.object({ type: z.literal('ui:health') }),
  /** An anonymised sample of the meeting page in the tab that last reported health. */
  'ui:capture': z.object({ type: z.literal('ui:capture') }),
  /** Reflections of meetings started up to `upTo` have been seen. */
  'ui:mark-read': z.object({ type: z.literal('ui:mark-read'), upTo: epochMs }),
  /** The live snapshot of a session (the most recently active one when omitted), or null. */
  'ui:live': z.object({ type: z.literal('ui:live'), sessionId: sessionId.optional() }),
  /** The calls being recorded now, one per tab (the popup's "live" list). */
  'ui:live-calls': z.object({ type: z.literal('ui:live-calls') }),
  /** The most recent finished meeting, or null. */
  'ui:latest-meeting': z.object({ type: z.literal('ui:latest-meeting') }),
  /** Everything the toolbar popup shows first, in one answer (see utils/background/popup-summary.ts). */
  'ui:popup': z.object({ type: z.literal('ui:popup') }),
  'ui:list-meetings': z.object({
    type: z.literal('ui:list-meetings'),
    from: epochMs.optional(),
    to: epochMs.optional(),
    limit: z.number().int().min(1).max(10_000).optional(),
    meetingCode: z.string().min(1).max(64).optional(),
    title: z.string().min(1).max(200).optional(),
    person: z.string().min(1).max(200).optional(),
  }),
  'ui:get-meeting': z.object({ type: z.literal('ui:get-meeting'), id: meetingId }),
  'ui:delete-meeting': z.object({ type: z.literal('ui:delete-meeting'), id: meetingId }),
  'ui:delete-all': z.object({ type: z.literal('ui:delete-all') }),
  'ui:export': z.object({ type: z.literal('ui:export') }),
  /** `data` is the file's text or parsed JSON; the store validates it (the error names the first problem). */
  'ui:import': z.object({ type: z.literal('ui:import'), data: z.unknown() }),
  'ui:storage-usage': z.object({ type: z.literal('ui:storage-usage') }),
  'ui:get-settings': z.object({ type: z.literal('ui:get-settings') }),
  /** Saves settings and applies retention right away. */
  'ui:set-settings': z.object({ type: z.literal('ui:set-settings'), patch: settingsPatchSchema }),
  'ui:put-reflection': z.object({
    type: z.literal('ui:put-reflection'),
    id: meetingId,
    data: z.record(z.string(), z.unknown()),
  }),
} as const;

export interface ResponseMap {
  'cs:ready': { ok: true };
  /** `storage`: the background's writes are failing (storage full, or otherwise); events stay in memory. */
  'cs:events': { durableSeq: number; appliedSeq: number; storage?: 'full' | 'failing' };
  'cs:resume': ResumeTicket | null;
  'cs:discard-session': { discarded: true };
  'cs:get-config': { settings: Settings; intention: string | null };
  'cs:set-never-track': { neverTrack: string[] };
  'cs:save-position': { ok: true };
  'cs:status': { ok: true };
  'cs:get-meeting': MeetingDetail | null;
  'cs:open-reflection': { ok: true };
  'ui:mark-read': { ok: true };
  'cs:health': { ok: true };
  'cs:open-health': { ok: true };
  'cs:ack-language': AckLanguage | null;
  'cs:ack-profiles': AckLanguageProfile[];
  'cs:load-call': { loaded: true };
  'ui:health': { report: HealthReport | null; live: boolean };
  'ui:capture': { html: string };
  'ui:live': LiveSnapshot | null;
  'ui:live-calls': LiveCall[];
  'ui:latest-meeting': StoredMeeting | null;
  'ui:popup': PopupSummary;
  'ui:list-meetings': StoredMeeting[];
  'ui:get-meeting': MeetingDetail | null;
  'ui:delete-meeting': { deleted: boolean };
  'ui:delete-all': { deleted: true };
  'ui:export': ExportFile;
  'ui:import': Extract<ImportResult, { ok: true }>;
  'ui:storage-usage': StorageUsage;
  'ui:get-settings': Settings;
  'ui:set-settings': { settings: Settings; retention: RetentionResult };
  'ui:put-reflection': { saved: boolean };
}

export type MessageType = keyof typeof requestSchemas;
export type RequestOf<K extends MessageType> = z.input<(typeof requestSchemas)[K]>;
export type ParsedRequestOf<K extends MessageType> = z.output<(typeof requestSchemas)[K]>;
export type ResponseOf<K extends MessageType> = ResponseMap[K];
export type AnyRequest = { [K in MessageType]: ParsedRequestOf<K> }[MessageType];

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: string };

export const CONTENT_MESSAGES = [
  'cs:ready',
  'cs:events',
  'cs:resume',
  'cs:discard-session',
  'cs:get-config',
  'cs:set-never-track',
  'cs:save-position',
  'cs:status',
  'cs:get-meeting',
  'cs:open-reflection',
  'cs:health',
  'cs:open-health',
  'cs:ack-language',
  'cs:ack-profiles',
  'cs:load-call',
] as const satisfies readonly MessageType[];
export const isContentMessage = (t: MessageType): boolean =>
  (CONTENT_MESSAGES as readonly string[]).includes(t);

export function isMessageType(t: unknown): t is MessageType {
  return typeof t === 'string' && Object.hasOwn(requestSchemas, t);
}

/** Validates an incoming message: `{ ok: true, message }` or the first problem. */
export function parseRequest(raw: unknown): { ok: true; message: AnyRequest } | { ok: false; error: string } {
  const type = (raw as { type?: unknown } | null)?.type;
  if (!isMessageType(type)) return { ok: false, error: 'Unknown message type' };
  const parsed = requestSchemas[type].safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: `${type}: ${issue?.path.join('.') || '(message)'}: ${issue?.message ?? 'invalid'}`,
    };
  }
  return { ok: true, message: parsed.data as AnyRequest };
}
