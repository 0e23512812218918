import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { createStore } from '@/utils/store';
import { DB_VERSION, MIGRATIONS, openRapportDb } from '@/utils/store/db';
import { toStoredMeeting } from '@/utils/store/records';
import { freshName, meetingSummary, T0 } from './helpers';

describe('migrations', () => {
  it('has one numbered migration per version from 1', () => {
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  it('v1 creates every store with its indexes', async () => {
    const db = await openRapportDb({ name: freshName(), version: 1 });
    expect([...db.objectStoreNames].sort()).toEqual(
      ['acknowledgements', 'checkpoints', 'meetings', 'reflections', 'settings'].sort(),
    );
    const tx = db.transaction(['meetings', 'acknowledgements', 'checkpoints']);
    expect([...tx.objectStore('meetings').indexNames].sort()).toEqual([
      'meetingCode',
      'startedAt',
      'titleKey',
    ]);
    expect([...tx.objectStore('acknowledgements').indexNames]).toEqual(['meetingId']);
    expect([...tx.objectStore('checkpoints').indexNames]).toEqual(['updatedAt']);
    db.close();
  });

  it('v1 → v2 on a database filled at v1 adds the people index, backfills it and keeps every record', async () => {
    const name = freshName();
    const v1 = await openRapportDb({ name, version: 1 });
    const { meeting, acks } = toStoredMeeting(
      'm1',
      meetingSummary({ others: ['Ada Lovelace', 'Grace  Hopper'] }),
    );
    // A v1 record has no `people` field.
    const { people: _omit, ...v1Meeting } = meeting;
    const raw = v1 as unknown as import('idb').IDBPDatabase;
    await raw.put('meetings', v1Meeting);
    await raw.put('meetings', { ...v1Meeting, id: 'm2', startedAt: T0 + 1, participants: [] });
    for (const a of acks) await raw.put('acknowledgements', a);
    await raw.put('reflections', { meetingId: 'm1', data: { note: 'kept' } });
    await raw.put('settings', { key: 'settings', value: { retentionDays: 30 } });
    v1.close();

    const v2 = await openRapportDb({ name, version: 2 });
    expect(v2.version).toBe(2);
    const store = createStore(v2);
    expect((await store.meetings.withPerson('grace hopper')).map((m) => m.id)).toEqual(['m1']);
    expect((await store.meetings.withPerson('ADA LOVELACE')).map((m) => m.id)).toEqual(['m1']);
    expect((await store.meetings.get('m2'))?.people).toEqual([]);
    expect(await store.acks.forMeeting('m1')).toHaveLength(acks.length);
    expect(await store.acks.between(T0, T0 + 3_600_000)).toHaveLength(acks.length);
    expect(await store.reflections.get('m1')).toEqual({ note: 'kept' });
    expect((await store.settings.get()).retentionDays).toBe(30);
    const m1 = await store.meetings.get('m1');
    expect({ ...m1, people: undefined }).toEqual({ ...meeting, people: undefined });
    v2.close();
  });

  it('opening an up-to-date database again changes nothing', async () => {
    const name = freshName();
    const a = await openRapportDb({ name });
    await createStore(a).saveFinishedMeeting(toStoredMeeting('x', meetingSummary()).meeting, [], null);
    a.close();
    const b = await openRapportDb({ name });
    expect(await b.count('meetings')).toBe(1);
    b.close();
  });

  it('a failing migration aborts the upgrade and leaves the v1 data untouched', async () => {
    const name = freshName();
    const v1 = await openRapportDb({ name, version: 1 });
    await v1.put('meetings', { ...toStoredMeeting('m1', meetingSummary()).meeting });
    v1.close();
    const original = MIGRATIONS[2]!;
    MIGRATIONS[2] = () => {
      throw new Error('boom');
    };
    const spy = (await import('vitest')).vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await expect(openRapportDb({ name })).rejects.toBeTruthy();
    } finally {
      MIGRATIONS[2] = original;
      spy.mockRestore();
    }
    const again = await openDB(name);
    expect(again.version).toBe(1);
    expect(await again.count('meetings')).toBe(1);
    again.close();
  });
});
