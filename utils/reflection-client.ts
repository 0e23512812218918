/**
 * The reflection views' client over the background's messages: finished meetings as `ReflectionEntry`s,
 * saving a reflection (validated with the same zod schema the export uses), and the read mark that drives
 * the toolbar badge.
 */
import type { ReflectionClient, ReflectionEntry } from '@/components/reflection/client';
import { type Send, sendMessage } from '@/utils/messages';
import { type ReflectionRecord, reflectionSchema } from '@/utils/prompts/reflection';
import type { MeetingDetail } from '@/utils/store';
import { fromStoredMeeting } from '@/utils/store/records';

export interface ReflectionClientWithGet extends ReflectionClient {
  get(meetingId: string): Promise<ReflectionEntry | null>;
}

export function createMessagingReflectionClient(send?: Send): ReflectionClientWithGet {
  let readUpTo: number | null = null;
  const readMark = async () => {
    readUpTo ??= (await sendMessage({ type: 'ui:get-settings' }, send)).reflectionsReadUpTo;
    return readUpTo;
  };
  const toEntry = async (detail: MeetingDetail): Promise<ReflectionEntry> => {
    const saved = reflectionSchema.safeParse(detail.reflection);
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
      const record: ReflectionRecord = reflectionSchema.parse({ ...input, meetingId, savedAt: Date.now() });
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
  };
}
