/**
 * What extension pages (options, health, data) need from the background: the contract `RapportClient` and
 * its real implementation `createMessagingClient()`. components/options/client.ts re-exports the contract
 * with an in-memory mock for tests and demos (the pattern of every view client).
 */
import type { HealthReport } from '@/utils/diagnostics/health';
import type { LiveSnapshot } from '@/utils/meeting/types';
import type { MessageType, RequestOf } from '@/utils/messages';
import { type Send, sendMessage } from '@/utils/send-message';
import type {
  DateRange,
  ExportFile,
  MeetingDetail,
  RetentionResult,
  Settings,
  SettingsPatch,
  StorageUsage,
  StoredMeeting,
} from '@/utils/store';

export interface MeetingQuery extends DateRange {
  meetingCode?: string;
  title?: string;
  person?: string;
}

export interface RapportClient {
  live(sessionId?: string): Promise<LiveSnapshot | null>;
  latestMeeting(): Promise<StoredMeeting | null>;
  listMeetings(query?: MeetingQuery): Promise<StoredMeeting[]>;
  getMeeting(id: string): Promise<MeetingDetail | null>;
  deleteMeeting(id: string): Promise<boolean>;
  deleteAll(): Promise<void>;
  exportData(): Promise<ExportFile>;
  /** Rejects with an Error whose message names the first problem in the file. */
  importData(data: unknown): Promise<{ added: number; skipped: number }>;
  storageUsage(): Promise<StorageUsage>;
  getSettings(): Promise<Settings>;
  setSettings(patch: SettingsPatch): Promise<{ settings: Settings; retention: RetentionResult }>;
  putReflection(id: string, data: Record<string, unknown>): Promise<boolean>;
  /** The latest per-signal health of the current or last call. */
  health(): Promise<{ report: HealthReport | null; live: boolean }>;
  /** An anonymised sample of the open meeting page; rejects with a message saying what to do. */
  capture(): Promise<string>;
}

export function createMessagingClient(send?: Send): RapportClient {
  const call = <K extends MessageType>(m: RequestOf<K> & { type: K }) => sendMessage<K>(m, send);
  return {
    live: (sessionId) => call({ type: 'ui:live', sessionId }),
    latestMeeting: () => call({ type: 'ui:latest-meeting' }),
    listMeetings: (q = {}) => call({ type: 'ui:list-meetings', ...q }),
    getMeeting: (id) => call({ type: 'ui:get-meeting', id }),
    deleteMeeting: async (id) => (await call({ type: 'ui:delete-meeting', id })).deleted,
    deleteAll: async () => {
      await call({ type: 'ui:delete-all' });
    },
    exportData: () => call({ type: 'ui:export' }),
    importData: async (data) => {
      const r = await call({ type: 'ui:import', data });
      return { added: r.added, skipped: r.skipped };
    },
    storageUsage: () => call({ type: 'ui:storage-usage' }),
    getSettings: () => call({ type: 'ui:get-settings' }),
    setSettings: (patch) => call({ type: 'ui:set-settings', patch }),
    putReflection: async (id, data) => (await call({ type: 'ui:put-reflection', id, data })).saved,
    health: () => call({ type: 'ui:health' }),
    capture: async () => (await call({ type: 'ui:capture' })).html,
  };
}
