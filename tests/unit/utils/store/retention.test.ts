import { beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '@/utils/store';
import { fnv1a, pseudonymsFor } from '@/utils/store/retention';
import { addMeeting, DAY, freshStore, T0 } from './helpers';

describe('retention', () => {
  let store: Store;
  const now = T0 + 100 * DAY;
  beforeEach(async () => {
    store = await freshStore();
    await addMeeting(store, 'old', { startedAt: now - 60 * DAY, others: ['Ada Lovelace', 'Grace Hopper'] });
    await addMeeting(store, 'mid', { startedAt: now - 20 * DAY, others: ['Ada Lovelace'] });
    await addMeeting(store, 'new', { startedAt: now - DAY, others: ['Ada Lovelace'] });
    await store.reflections.put('old', { r: 1 });
  });

  it('keeps everything by default', async () => {
    expect(await store.applyRetention(now)).toEqual({ deleted: 0, pseudonymised: 0 });
    expect(await store.meetings.count()).toBe(3);
  });

  it('deletes meetings older than N days with their acknowledgements and reflections', async () => {
    await store.settings.update({ retentionDays: 30 });
    expect(await store.applyRetention(now)).toEqual({ deleted: 1, pseudonymised: 0 });
    expect((await store.meetings.list()).map((m) => m.id)).toEqual(['mid', 'new']);
    expect(await store.acks.forMeeting('old')).toEqual([]);
    expect(await store.reflections.get('old')).toBeNull();
  });

  it('forgets other people’s names after N days: stable pseudonyms, figures kept, self is "You"', async () => {
    const before = await store.meetings.detail('old');
    await store.settings.update({ forgetNamesAfterDays: 10 });
    expect(await store.applyRetention(now)).toEqual({ deleted: 0, pseudonymised: 2 });
    const after = (await store.meetings.detail('old'))!;
    const names = after.meeting.participants.map((p) => p.name);
    expect(names).toContain('You');
    expect(names.filter((n) => n !== 'You').every((n) => /^Person [0-9A-F]{4,}$/.test(n))).toBe(true);
    expect(JSON.stringify(after)).not.toMatch(/Ada|Grace|Sam Self|dev-0|dev-1/);
    // Figures are the same, in the same order.
    const figures = (d: typeof after) =>
      d.meeting.participants.map((p) => [p.isSelf, p.speakingMs, p.presentMs, p.turns, p.acksGiven]);
    expect(figures(after)).toEqual(figures(before!));
    expect(after.meeting.durationMs).toBe(before!.meeting.durationMs);
    // Acknowledgements follow the new ids; self keeps its id.
    const ids = new Set(after.meeting.participants.map((p) => p.id));
    for (const a of after.acks) {
      expect(ids.has(a.toId)).toBe(true);
      if (a.fromId) expect(ids.has(a.fromId)).toBe(true);
    }
    expect(after.meeting.selfId).toBe('me');
    expect(after.meeting.namesForgottenAt).toBe(now);
    // The name index forgets them too; the recent meeting keeps its names.
    expect((await store.meetings.withPerson('Ada Lovelace')).map((m) => m.id)).toEqual(['new']);
    // Running again changes nothing (stable).
    expect(await store.applyRetention(now + DAY)).toEqual({ deleted: 0, pseudonymised: 0 });
    expect(await store.meetings.detail('old')).toEqual(after);
  });

  it('pseudonyms are a stable hash of id + meeting, unique within a meeting', () => {
    const a = pseudonymsFor('m1', ['x', 'y', 'z']);
    expect(pseudonymsFor('m1', ['z', 'y', 'x'])).toEqual(a);
    expect(new Set(a.values()).size).toBe(3);
    expect(a.get('x')).toBe(fnv1a('m1\u0000x').toString(16).padStart(8, '0').toUpperCase().slice(0, 4));
    expect(pseudonymsFor('m2', ['x']).get('x')).not.toBe(a.get('x'));
    // Many people in one meeting: still unique.
    const many = pseudonymsFor(
      'big',
      Array.from({ length: 2000 }, (_, i) => `p${i}`),
    );
    expect(new Set(many.values()).size).toBe(2000);
  });

  it('pseudonymised meetings export and re-import unchanged', async () => {
    await store.settings.update({ forgetNamesAfterDays: 10 });
    await store.applyRetention(now);
    const file = await store.exportAll(now);
    await store.meetings.deleteAll();
    await store.importData(file);
    expect(await store.exportAll(now)).toEqual(file);
    expect((await store.meetings.get('old'))?.namesForgottenAt).toBe(now);
  });
});
