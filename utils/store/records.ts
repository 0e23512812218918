/**
 * What the store keeps. A stored meeting is the reducer's final `MeetingSummary` (figures only) plus the
 * keys its indexes need; acknowledgements live in their own store (who, whom, when, kind, source — never
 * text). Nothing here holds caption or chat text: the types have no field for it.
 */
import type { AckKind, AckSource, EndReason, Platform } from '@/utils/meeting/events';
import type { MeetingSummary, ParticipantSummary } from '@/utils/meeting/types';

export interface StoredMeeting extends Omit<MeetingSummary, 'acks' | 'endReason' | 'startedAt'> {
  id: string;
  /** Epoch-like milliseconds, rounded (the events' clock reads like epoch ms). Indexed. */
  startedAt: number;
  endReason: EndReason;
  /** Lower-cased, trimmed title for the recurring-meeting index; null when there is no title. */
  titleKey: string | null;
  /**
   * Multi-entry index keys for "meetings with person X": normalised display names of everyone except
   * self. Added by migration 2.
   */
  people: string[];
  ackCount: number;
  /** When names were replaced by pseudonyms (retention); null while names are kept. */
  namesForgottenAt: number | null;
}

export interface StoredAck {
  /** `${meetingId}#${index}` so acknowledgements of one meeting sort in recorded order. */
  key: string;
  meetingId: string;
  at: number;
  /** null when the giver could not be identified (allowed by the export format). */
  fromId: string | null;
  toId: string;
  kind: AckKind;
  source: AckSource;
}

export interface StoredReflection {
  meetingId: string;
  /** Opaque to the store; the reflection issue defines its shape. Must be JSON-able. */
  data: Record<string, unknown>;
}

/** A live session's serialized model, written at most every few seconds by the background. */
export interface Checkpoint {
  sessionId: string;
  platform: Platform;
  /** `serializeState(state)` output. */
  state: unknown;
  /** Highest event sequence number applied to `state`. */
  appliedSeq: number;
  /** Largest event time (`t`) applied; where an orphaned meeting is closed. */
  lastEventT: number;
  /** Wall-clock ms of the last message from the tab (heartbeat included); orphan detection reads this. */
  updatedAt: number;
  /** Wall-clock ms when the session was first seen. */
  createdAt: number;
  /** Events the content script dropped because its queue was full, as it reported them. */
  droppedByTab: number;
  /** Caption/chat events the background discarded unread (they must never reach the store). */
  droppedText: number;
  /** Events that failed validation. */
  invalidEvents: number;
  /** Sequence numbers that never arrived (the tab dropped or lost them). */
  missedEvents?: number;
  /** The tab said goodbye (flush on pagehide). */
  goodbye: boolean;
  /**
   * The browser tab that recorded it, so a content script injected anew after an extension update joins
   * this session instead of starting a second meeting (utils/content/lifecycle.ts). Tab ids last one
   * browser session; checkpoints written before the field existed have none.
   */
  tabId?: number;
  /**
   * A tombstone: the user chose "never track" mid-call. Holds no state; later batches of the session are
   * dropped (also after a worker restart) until it is cleaned up as an orphan.
   */
  discarded?: boolean;
}

export function normalizeName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export function titleKeyOf(title: string | null): string | null {
  if (title == null) return null;
  const k = normalizeName(title);
  return k.length > 0 ? k : null;
}

export function peopleKeys(participants: readonly Pick<ParticipantSummary, 'name' | 'isSelf'>[]): string[] {
  const keys = new Set<string>();
  for (const p of participants) {
    if (p.isSelf) continue;
    const k = normalizeName(p.name);
    if (k) keys.add(k);
  }
  return [...keys].sort();
}

/** Turns a finished summary into the stored meeting and its acknowledgement records. */
export function toStoredMeeting(
  id: string,
  summary: MeetingSummary,
): { meeting: StoredMeeting; acks: StoredAck[] } {
  const { acks, ...rest } = summary;
  const meeting: StoredMeeting = {
    ...rest,
    id,
    startedAt: Math.round(summary.startedAt),
    endedAt: summary.endedAt == null ? null : Math.round(summary.endedAt),
    endReason: summary.endReason ?? 'unknown',
    titleKey: titleKeyOf(summary.title),
    people: peopleKeys(summary.participants),
    ackCount: acks.length,
    namesForgottenAt: null,
  };
  const stored = acks.map(
    (a, i): StoredAck => ({
      key: ackKey(id, i),
      meetingId: id,
      at: Math.round(a.t),
      fromId: a.fromId,
      toId: a.toId,
      kind: a.kind,
      source: a.source,
    }),
  );
  return { meeting, acks: stored };
}

export function ackKey(meetingId: string, index: number): string {
  return `${meetingId}#${String(index).padStart(6, '0')}`;
}

/** The inverse of `toStoredMeeting`: the summary the reflection engine and views read. */
export function fromStoredMeeting(meeting: StoredMeeting, acks: readonly StoredAck[]): MeetingSummary {
  const { id: _id, titleKey: _t, people: _p, ackCount: _a, namesForgottenAt: _n, ...summary } = meeting;
  return {
    ...summary,
    acks: acks
      .filter((a): a is StoredAck & { fromId: string } => a.fromId !== null)
      .map((a) => ({ t: a.at, fromId: a.fromId, toId: a.toId, kind: a.kind, source: a.source })),
  };
}
