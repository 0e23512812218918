/**
 * Seeded meetings for the options page tests: real `MeetingSummary`s from the prompts factory, stored the
 * way the background stores them, and a client that answers from them (through a real store over
 * fake-indexeddb for the export, so the page reads exactly what the background would send).
 */

import { createMockRapportClient, type RapportClient } from '@/components/options/client';
import type { Platform } from '@/utils/meeting/events';
import { openStore, type Store } from '@/utils/store';
import { type StoredAck, type StoredMeeting, toStoredMeeting } from '@/utils/store/records';
import type { SettingsPatch } from '@/utils/store/settings';
import { makeSummary, type SummarySpec } from '../../utils/prompts/factory';

export const DAY = 86_400_000;
export const NOW = Date.UTC(2026, 2, 1, 12);

export interface Seed {
  meeting: StoredMeeting;
  acks: StoredAck[];
  reflection: Record<string, unknown> | null;
}

export function seed(
  id: string,
  spec: SummarySpec,
  opts: {
    daysAgo?: number;
    title?: string | null;
    code?: string | null;
    platform?: Platform;
    ratings?: { room: number | null; interest: number | null };
  } = {},
): Seed {
  const summary = makeSummary(spec);
  const startedAt = NOW - (opts.daysAgo ?? 1) * DAY;
  const { meeting, acks } = toStoredMeeting(id, {
    ...summary,
    startedAt,
    endedAt: startedAt + summary.durationMs,
    platform: opts.platform ?? 'meet',
    title: opts.title === undefined ? null : opts.title,
    meetingCode: opts.code === undefined ? 'abc-defg-hij' : opts.code,
    acks: summary.acks.map((a, i) => ({ ...a, t: startedAt + i * 1000 })),
  });
  const reflection = opts.ratings
    ? { meetingId: id, savedAt: startedAt, ratings: opts.ratings, note: '', intention: '', promptIds: [] }
    : null;
  return { meeting, acks, reflection };
}

/** Me + n others, self speaking `selfMin` of a 30-minute call, others 5 min each. */
export function call(
  id: string,
  opts: Parameters<typeof seed>[2] & {
    others?: string[];
    selfMin?: number | null;
    acksTo?: string[];
    coverage?: SummarySpec['coverage'];
    silent?: string[];
  } = {},
): Seed {
  const others = opts.others ?? ['Sam', 'Ana'];
  return seed(
    id,
    {
      people: [
        { name: 'Me', self: true, spokeMin: opts.selfMin === undefined ? 5 : opts.selfMin },
        ...others.map((name) => ({ name, spokeMin: opts.silent?.includes(name) ? 0 : 5 })),
      ],
      acks: (opts.acksTo ?? []).map((to) => ({ from: 'me', to: to.toLowerCase(), kind: 'thanks' as const })),
      coverage: opts.coverage,
    },
    opts,
  );
}

let dbCounter = 0;

export interface FakeClient extends RapportClient {
  patches: SettingsPatch[];
  deleted: string[];
  store: Store;
}

/** A client over a real store (fake-indexeddb) holding `seeds`; settings as the mock client keeps them. */
export async function fakeClient(seeds: Seed[]): Promise<FakeClient> {
  const store = await openStore({ name: `options-test-${++dbCounter}-${Math.random()}` });
  for (const s of seeds) {
    await store.saveFinishedMeeting(s.meeting, s.acks, null);
    if (s.reflection) await store.reflections.put(s.meeting.id, s.reflection);
  }
  const mock = createMockRapportClient();
  const patches: SettingsPatch[] = [];
  const deleted: string[] = [];
  return {
    ...mock,
    store,
    patches,
    deleted,
    listMeetings: (q = {}) => store.meetings.list(q),
    getMeeting: async (id) => (await store.meetings.detail(id)) ?? null,
    deleteMeeting: async (id) => {
      deleted.push(id);
      return store.meetings.delete(id);
    },
    exportData: () => store.exportAll(NOW),
    putReflection: (id, data) => store.reflections.put(id, data),
    health: async () => ({ report: null, live: false }),
    capture: async () => '',
    setSettings: (patch) => {
      patches.push(patch);
      return mock.setSettings(patch);
    },
  };
}
