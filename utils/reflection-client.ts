/**
 * The reflection views' contract (`ReflectionClient`; components/reflection/client.ts re-exports it with an
 * in-memory mock) and its real implementation over the background's messages: finished meetings as `ReflectionEntry`s,
 * saving a reflection (validated with the same zod schema the export uses), and the read mark that drives
 * the toolbar badge.
 *
 * zod is loaded only when a reflection is saved or a single meeting is read (`import()` below): the popup
 * paints before any of it is needed, and reads what it shows first from one `ui:popup` answer whose saved
 * reflections the background has already validated (`createPopupReflectionClient`).
 */
import type { PopupEntry, PopupSummary } from '@/utils/background/popup-summary';
import type { MeetingSummary } from '@/utils/meeting/types';
import type { ReflectionInput, ReflectionRecord } from '@/utils/prompts/reflection';
import { type Send, sendMessage } from '@/utils/send-message';
import type { MeetingDetail } from '@/utils/store';
import { fromStoredMeeting } from '@/utils/store/records';
import { type SeriesSettings, seriesFor } from '@/utils/store/series';

/** One finished meeting as the reflection views need it. */
export interface ReflectionEntry {
  meetingId: string;
  summary: MeetingSummary;
  /** The reflection the user saved for this meeting, if any. */
  saved: ReflectionRecord | null;
  /** false until the user has seen the reflection (drives the action badge). */
  read: boolean;
  /**
   * The meeting series' settings (role, presenters, targets) that apply, null for none; absent when the
   * entry was built without them (the view then asks `seriesFor`).
   */
  series?: SeriesSettings | null;
}

export interface ReflectionClient {
  /** The most recent finished meeting, or null when there is none yet. */
  getLatest(): Promise<ReflectionEntry | null>;
  /** Up to `n` finished meetings, most recent first. */
  listRecent(n: number): Promise<ReflectionEntry[]>;
  /** Validates and stores the reflection; resolves with the stored record. */
  saveReflection(meetingId: string, input: ReflectionInput): Promise<ReflectionRecord>;
  /** The user has seen this meeting's reflection. */
  markRead(meetingId: string): Promise<void>;
  /** The meeting series' settings that apply to a meeting (optional: mocks may leave it out). */
  seriesFor?(summary: Pick<MeetingSummary, 'meetingCode' | 'title'>): Promise<SeriesSettings | null>;
}

export interface ReflectionClientWithGet extends ReflectionClient {
  get(meetingId: string): Promise<ReflectionEntry | null>;
}

const schema = () => import('@/utils/prompts/reflection').then((m) => m.reflectionSchema);

export function createMessagingReflectionClient(send?: Send): ReflectionClientWithGet {
  let readUpTo: number | null = null;
  const readMark = async () => {
    readUpTo ??= (await sendMessage({ type: 'ui:get-settings' }, send)).reflectionsReadUpTo;
    return readUpTo;
  };
  const toEntry = async (detail: MeetingDetail): Promise<ReflectionEntry> => {
    const saved = (await schema()).safeParse(detail.reflection);
    return {
      meetingId: detail.meeting.id,
      summary: fromStoredMeeting(detail.meeting, detail.acks),
      saved: saved.success ? saved.data : null,
      read: detail.meeting.startedAt <= (await readMark()),
    };
  };
  const get = async (id: string) => {
    const detail = await sendMessage({ type: 'ui:get-meeting', id }, send);
    return detail ? toEntry(detail) : null;
  };
  return {
    get,
    async getLatest() {
      const latest = await sendMessage({ type: 'ui:latest-meeting' }, send);
      return latest ? get(latest.id) : null;
    },
    async listRecent(n) {
      const list = await sendMessage({ type: 'ui:list-meetings', limit: n }, send);
      const entries = await Promise.all(list.map((m) => get(m.id)));
      return entries.filter((e): e is ReflectionEntry => e !== null);
    },
    async saveReflection(meetingId, input) {
      const record: ReflectionRecord = (await schema()).parse({ ...input, meetingId, savedAt: Date.now() });
      await sendMessage({ type: 'ui:put-reflection', id: meetingId, data: record }, send);
      return record;
    },
    async markRead(meetingId) {
      const m = await sendMessage({ type: 'ui:get-meeting', id: meetingId }, send);
      if (!m) return;
      const upTo = Math.max(m.meeting.startedAt, await readMark());
      readUpTo = upTo;
      await sendMessage({ type: 'ui:mark-read', upTo }, send);
    },
    async seriesFor(summary) {
      const settings = await sendMessage({ type: 'ui:get-settings' }, send);
      return seriesFor(settings.series, summary.meetingCode, summary.title)?.settings ?? null;
    },
  };
}

/**
 * The popup's client: the latest meeting, the recent list and the read mark come from `summary` (one
 * `ui:popup` answer, requested before the page renders); anything beyond it — more meetings than the
 * summary holds, a meeting not in it — falls back to the messaging client. Saving and marking as read
 * write through the background as usual.
 */
export function createPopupReflectionClient(
  summary: Promise<PopupSummary>,
  send?: Send,
): ReflectionClientWithGet {
  const fallback = createMessagingReflectionClient(send);
  let readUpTo: number | null = null;
  const entries = summary.then((s) => {
    readUpTo ??= s.reflectionsReadUpTo;
    return s.recent.map((e) => toPopupEntry(e, s.reflectionsReadUpTo));
  });
  return {
    ...fallback,
    async getLatest() {
      return (await entries)[0] ?? null;
    },
    async listRecent(n) {
      const [s, list] = await Promise.all([summary, entries]);
      if (n <= list.length || !s.hasMore) return list.slice(0, Math.max(0, n));
      return fallback.listRecent(n);
    },
    async markRead(meetingId) {
      const entry = (await summary).recent.find((e) => e.meeting.id === meetingId);
      if (!entry) return fallback.markRead(meetingId);
      const upTo = Math.max(entry.meeting.startedAt, readUpTo ?? (await summary).reflectionsReadUpTo);
      readUpTo = upTo;
      await sendMessage({ type: 'ui:mark-read', upTo }, send);
    },
  };
}

function toPopupEntry(e: PopupEntry, readUpTo: number): ReflectionEntry {
  return {
    meetingId: e.meeting.id,
    summary: fromStoredMeeting(e.meeting, e.acks),
    saved: e.saved,
    read: e.meeting.startedAt <= readUpTo,
  };
}
