/**
 * What extension pages (popup, options, reflection) need from the background, as an interface so
 * components run against a mock in tests and demos. `createMessagingClient()` is the real one.
 */
import type { HealthReport } from '@/utils/diagnostics/health';
import type { LiveSnapshot } from '@/utils/meeting/types';
import { type MessageType, type RequestOf, type Send, sendMessage } from '@/utils/messages';
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
import { DEFAULT_SETTINGS } from '@/utils/store/settings';

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

/**
 * An in-memory client for component tests and demos: holds an export file's worth of meetings and
 * answers like the background would (without validation beyond the shape check of `importData`).
 */
export function createMockRapportClient(
  initial: Partial<{ meetings: ExportFile['meetings']; usage: StorageUsage }> = {},
) {
  let meetings = [...(initial.meetings ?? [])];
  let settings: Settings = structuredClone(DEFAULT_SETTINGS);
  const client: RapportClient & { importError: string | null } = {
    importError: null,
    live: async () => null,
    latestMeeting: async () => null,
    listMeetings: async () => [],
    getMeeting: async () => null,
    deleteMeeting: async (id) => {
      const before = meetings.length;
      meetings = meetings.filter((m) => m.id !== id);
      return meetings.length < before;
    },
    deleteAll: async () => {
      meetings = [];
    },
    exportData: async () => ({
      format: 'rapport-export',
      version: 1,
      exportedAt: new Date(0).toISOString(),
      meetings: structuredClone(meetings),
    }),
    importData: async () => {
      if (client.importError) throw new Error(client.importError);
      return { added: 0, skipped: 0 };
    },
    storageUsage: async () =>
      initial.usage ?? {
        usedBytes: 2048 * (meetings.length + 1),
        quotaBytes: null,
        meetings: meetings.length,
        approximate: true,
      },
    getSettings: async () => settings,
    setSettings: async (patch) => {
      settings = { ...settings, ...patch };
      return { settings, retention: { deleted: 0, pseudonymised: 0 } };
    },
    putReflection: async () => false,
    health: async () => ({ report: null, live: false }),
    capture: async () => {
      throw new Error('Open a Meet or Zoom call in a tab first, then try again.');
    },
  };
  return client;
}
