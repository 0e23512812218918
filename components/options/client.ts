/**
 * The options views' only dependency on the rest of the extension: `RapportClient`, defined beside its real
 * implementation in utils/ui-client.ts. Tests and demos use `createMockRapportClient`.
 */
import type { ExportFile, Settings, StorageUsage } from '@/utils/store';
import { DEFAULT_SETTINGS } from '@/utils/store/settings-defaults';
import type { RapportClient } from './client';

export type { MeetingQuery, RapportClient } from '@/utils/ui-client';

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
      throw new Error('Open a call in a tab first, then try again.');
    },
  };
  return client;
}
