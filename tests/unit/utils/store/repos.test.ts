import { beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '@/utils/store';
import { DEFAULT_SETTINGS } from '@/utils/store/settings';
import { addMeeting, DAY, freshStore, T0 } from './helpers';

describe('repositories', () => {
  let store: Store;
  beforeEach(async () => {
    store = await freshStore();
    await addMeeting(store, 'a', {
      startedAt: T0,
      code: 'abc-defg-hij',
      title: 'Weekly Sync',
      others: ['Ada'],
    });
    await addMeeting(store, 'b', {
      startedAt: T0 + DAY,
      code: 'abc-defg-hij',
      title: 'weekly  sync',
      others: ['Bob'],
    });
    await addMeeting(store, 'c', { startedAt: T0 + 2 * DAY, title: 'Planning', others: ['Ada', 'Cy'] });
    await addMeeting(store, 'd', {
      startedAt: T0 + 3 * DAY,
      platform: 'zoom',
      code: '123456789',
      others: [],
    });
  });

  it('lists meetings between dates, oldest first, bounds inclusive', async () => {
    expect((await store.meetings.list()).map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
    expect((await store.meetings.list({ from: T0 + DAY, to: T0 + 2 * DAY })).map((m) => m.id)).toEqual([
      'b',
      'c',
    ]);
    expect((await store.meetings.list({ from: T0 + DAY + 1 })).map((m) => m.id)).toEqual(['c', 'd']);
    expect((await store.meetings.list({ to: T0 })).map((m) => m.id)).toEqual(['a']);
    // The index count agrees with the list over the same bounds (used for the unread badge).
    expect(await store.meetings.count({ from: T0 + DAY, to: T0 + 2 * DAY })).toBe(2);
    expect(await store.meetings.count({ from: T0 + DAY + 1 })).toBe(2);
    expect(await store.meetings.count({ to: T0 })).toBe(1);
    expect(await store.meetings.count()).toBe(4);
  });

  it('limit gives the newest meetings first', async () => {
    expect((await store.meetings.list({ limit: 2 })).map((m) => m.id)).toEqual(['d', 'c']);
    expect((await store.meetings.latest())?.id).toBe('d');
  });

  it('finds a recurring call by code and by title (case- and spacing-insensitive)', async () => {
    expect((await store.meetings.byCode('abc-defg-hij')).map((m) => m.id)).toEqual(['a', 'b']);
    expect((await store.meetings.byCode('nope')).map((m) => m.id)).toEqual([]);
    expect((await store.meetings.byTitle('WEEKLY SYNC')).map((m) => m.id)).toEqual(['a', 'b']);
    expect(await store.meetings.byTitle('   ')).toEqual([]);
  });

  it('finds meetings with a person by name, but not self', async () => {
    expect((await store.meetings.withPerson('ada')).map((m) => m.id)).toEqual(['a', 'c']);
    expect((await store.meetings.withPerson(' CY ')).map((m) => m.id)).toEqual(['c']);
    expect(await store.meetings.withPerson('Sam Self')).toEqual([]);
  });

  it('stores figures and acknowledgements without any text', async () => {
    const d = await store.meetings.detail('a');
    expect(d?.meeting.participants.map((p) => p.name).sort()).toEqual(['Ada', 'Sam Self']);
    expect(d?.meeting.endReason).toBe('left');
    expect(d?.meeting.participants.find((p) => p.isSelf)?.speakingMs).toBe(30_000);
    expect(d?.acks.map((a) => [a.fromId, a.toId, a.kind, a.source])).toEqual([
      ['me', 'dev-0', 'thanks', 'caption'],
      ['dev-0', 'me', 'credit', 'chat'],
    ]);
    for (const a of d?.acks ?? [])
      expect(Object.keys(a).sort()).toEqual(['at', 'fromId', 'key', 'kind', 'meetingId', 'source', 'toId']);
    expect(d?.reflection).toBeNull();
  });

  it('deletes one meeting with its acknowledgements and reflection', async () => {
    expect(await store.reflections.put('a', { mood: 3 })).toBe(true);
    expect(await store.meetings.delete('a')).toBe(true);
    expect(await store.meetings.get('a')).toBeUndefined();
    expect(await store.acks.forMeeting('a')).toEqual([]);
    expect(await store.reflections.get('a')).toBeNull();
    expect(await store.meetings.count()).toBe(3);
    expect(await store.meetings.delete('a')).toBe(false);
  });

  it('a reflection needs an existing meeting', async () => {
    expect(await store.reflections.put('zzz', { x: 1 })).toBe(false);
    expect(await store.reflections.get('zzz')).toBeNull();
  });

  it('deletes everything except settings', async () => {
    await store.settings.update({ retentionDays: 90 });
    await store.checkpoints.putMany([
      {
        sessionId: 's1',
        platform: 'meet',
        state: {},
        appliedSeq: 1,
        lastEventT: 1,
        updatedAt: 1,
        createdAt: 1,
        droppedByTab: 0,
        droppedText: 0,
        invalidEvents: 0,
        goodbye: false,
      },
    ]);
    await store.meetings.deleteAll();
    expect(await store.meetings.count()).toBe(0);
    expect(await store.acks.between(0, Number.MAX_SAFE_INTEGER)).toEqual([]);
    expect(await store.checkpoints.all()).toEqual([]);
    expect((await store.settings.get()).retentionDays).toBe(90);
  });

  it('finalising the same meeting twice replaces it instead of duplicating acknowledgements', async () => {
    await addMeeting(store, 'a', { startedAt: T0, others: ['Ada'] });
    expect(await store.acks.forMeeting('a')).toHaveLength(2);
  });

  it('settings default to keeping everything and reject bad values', async () => {
    const fresh = await freshStore();
    expect(await fresh.settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({
      retentionDays: null,
      forgetNamesAfterDays: null,
      tracking: true,
    });
    await expect(fresh.settings.update({ retentionDays: 0 })).rejects.toThrow();
    await expect(fresh.settings.update({ retentionDays: 1.5 })).rejects.toThrow();
    await expect(fresh.settings.update({ overlayDefault: 'sideways' as never })).rejects.toThrow();
    expect(await fresh.settings.update({ forgetNamesAfterDays: 30 })).toEqual({
      ...DEFAULT_SETTINGS,
      forgetNamesAfterDays: 30,
    });
  });

  it('estimates storage used', async () => {
    const u = await store.usage();
    expect(u.meetings).toBe(4);
    expect(u.usedBytes).toBeGreaterThan(1000);
  });
});

describe('settings fallbacks', () => {
  it('a stored field that no longer validates falls back alone, keeping the others', async () => {
    const { parseSettings } = await import('@/utils/store/settings');
    const parsed = parseSettings({
      tracking: false,
      overlayDefault: 'sideways',
      neverTrack: ['abc-defg-hij'],
    });
    expect(parsed.tracking).toBe(false);
    expect(parsed.overlayDefault).toBe('collapsed');
    expect(parsed.neverTrack).toEqual(['abc-defg-hij']);
  });
});
