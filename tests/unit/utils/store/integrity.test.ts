/**
 * Corrupt stored state (issue 24, point 8): damaged records written straight into fake-indexeddb, as a
 * disk error or an old bug would leave them. The damaged item is set aside (quarantine, kept as found)
 * and reported, everything else keeps working, and the export is still a valid file. Plus the v2 → v3
 * migration that adds the quarantine store.
 */
import type { IDBPDatabase } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackgroundService } from '@/utils/background/service';
import {
  createStore,
  openStore,
  parseExport,
  type StorageUsage,
  type Store,
  toStoredMeeting,
} from '@/utils/store';
import { openRapportDb } from '@/utils/store/db';
import { meetingProblem } from '@/utils/store/integrity';
import { EXT, ManualClock, MEET_SENDER, PAGE_SENDER, unwrap } from '../background/harness';
import { freshName, MIN, meetingEvents, meetingSummary, T0 } from './helpers';

const raw = (s: Store) => s.db as unknown as IDBPDatabase;

async function seed(store: Store) {
  for (const [id, dt] of [
    ['good-1', 0],
    ['good-2', 1],
  ] as const) {
    const { meeting, acks } = toStoredMeeting(id, meetingSummary({ startedAt: T0 + dt * MIN }));
    await store.saveFinishedMeeting(meeting, acks, null);
  }
  const good = toStoredMeeting('x', meetingSummary()).meeting;
  // Three kinds of damage: a figure of the wrong type, a truncated record, and no object at all.
  await raw(store).put('meetings', {
    ...good,
    id: 'bad-type',
    participants: [{ ...good.participants[0], presentMs: 'ten' }],
  });
  await raw(store).put('meetings', { id: 'bad-truncated', startedAt: T0 + 5 * MIN });
  // A checkpoint whose figures are gone, and one that is not even an object with numbers.
  await raw(store).put('checkpoints', {
    sessionId: 'cp-bad-state',
    platform: 'meet',
    state: { v: 1, people: 'garbage' },
    appliedSeq: 40,
    lastEventT: T0 + 9 * MIN,
    updatedAt: T0,
    createdAt: T0,
    droppedByTab: 0,
    droppedText: 0,
    invalidEvents: 0,
    goodbye: false,
  });
  await raw(store).put('checkpoints', { sessionId: 'cp-bad-shape', updatedAt: 'yesterday' });
}

describe('damaged records', () => {
  let store: Store;
  beforeEach(async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    store = await openStore({ name: freshName() });
  });

  it('meetingProblem names the first damaged field and passes every sound meeting', () => {
    const good = toStoredMeeting('x', meetingSummary()).meeting;
    expect(meetingProblem(good)).toBeNull();
    expect(meetingProblem(null)).toBe('not an object');
    expect(meetingProblem({ ...good, durationMs: -1 })).toBe('durationMs: not a duration');
    expect(meetingProblem({ ...good, participants: [{ ...good.participants[0], speakingMs: '5' }] })).toBe(
      'participants[0].speakingMs: not a finite number or null',
    );
  });

  it('on start the background sets them aside, says so in options, and History, export and new calls work', async () => {
    await seed(store);
    const clock = new ManualClock(T0 + 10 * MIN);
    const service = createBackgroundService({ store, extension: EXT, now: clock.now, timers: clock.timers });
    const ask = async <T>(m: unknown) => unwrap<T>(await service.handle(m, PAGE_SENDER));

    const list = await ask<{ id: string }[]>({ type: 'ui:list-meetings' });
    // The unrestorable checkpoint still says a call happened (as a figure-less meeting, see service.ts).
    expect(list.map((m) => m.id).sort()).toEqual(['cp-bad-state', 'good-1', 'good-2']);
    const q = await store.quarantine.list();
    expect(q.map((r) => r.key).sort()).toEqual([
      'checkpoints:cp-bad-shape',
      'checkpoints:cp-bad-state',
      'meetings:bad-truncated',
      'meetings:bad-type',
    ]);
    // Kept exactly as found, with the reason.
    const bad = q.find((r) => r.id === 'bad-type')!;
    expect(bad.reason).toBe('participants[0].presentMs: not a finite number');
    expect((bad.raw as { participants: { presentMs: unknown }[] }).participants[0]!.presentMs).toBe('ten');
    expect(await store.db.count('checkpoints')).toBe(0);

    const usage = await ask<StorageUsage>({ type: 'ui:storage-usage' });
    expect(usage.damaged).toBe(4);
    expect(usage.meetings).toBe(3);

    const file = await ask<unknown>({ type: 'ui:export' });
    const parsed = parseExport(JSON.parse(JSON.stringify(file)));
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(parsed.file.meetings.map((m) => m.id).sort()).toEqual(['cp-bad-state', 'good-1', 'good-2']);

    // A new call is recorded and finalised as usual.
    const events = meetingEvents({ startedAt: T0 + 20 * MIN });
    const r = await service.handle(
      {
        type: 'cs:events',
        sessionId: 'new-call',
        platform: 'meet',
        firstSeq: 1,
        events,
        dropped: 0,
        goodbye: false,
      },
      MEET_SENDER,
    );
    expect(r.ok).toBe(true);
    expect((await store.meetings.get('new-call'))?.participants.length).toBeGreaterThan(0);

    // "Delete all data" deletes the set-aside records too.
    await ask({ type: 'ui:delete-all' });
    expect(await store.quarantine.list()).toEqual([]);
  });

  it('a meeting damaged after start (past the sweep) is left out of the export, set aside, and the file stays valid', async () => {
    const { meeting, acks } = toStoredMeeting('good-1', meetingSummary());
    await store.saveFinishedMeeting(meeting, acks, null);
    // Sound in shape, but a share above 1: only the export schema catches it.
    await raw(store).put('meetings', { ...meeting, id: 'bad-share', balanceIndex: 7 });
    const file = await store.exportAll(T0);
    expect(file.meetings.map((m) => m.id)).toEqual(['good-1']);
    expect(parseExport(JSON.parse(JSON.stringify(file))).ok).toBe(true);
    expect((await store.quarantine.list()).map((r) => r.id)).toEqual(['bad-share']);
    expect(await store.meetings.get('bad-share')).toBeUndefined();
  });

  it('a live call whose checkpoint is damaged keeps it aside (reported) instead of overwriting it silently', async () => {
    await raw(store).put('checkpoints', {
      sessionId: 'live-call',
      platform: 'meet',
      state: { v: 1, people: 'garbage' },
      appliedSeq: 3,
      lastEventT: T0,
      updatedAt: T0 + 10 * MIN, // fresh: not an orphan
      createdAt: T0,
      droppedByTab: 0,
      droppedText: 0,
      invalidEvents: 0,
      goodbye: false,
    });
    const clock = new ManualClock(T0 + 10 * MIN);
    const service = createBackgroundService({ store, extension: EXT, now: clock.now, timers: clock.timers });
    const events = meetingEvents({ startedAt: T0 + 10 * MIN }).slice(0, 3);
    const rr = await service.handle(
      {
        type: 'cs:events',
        sessionId: 'live-call',
        platform: 'meet',
        firstSeq: 4,
        events,
        dropped: 0,
        goodbye: false,
      },
      MEET_SENDER,
    );
    const q = await store.quarantine.list();
    expect(rr.ok).toBe(true);
    expect(q.map((r) => r.key)).toEqual(['checkpoints:live-call']);
    expect((q[0]!.raw as { appliedSeq: number }).appliedSeq).toBe(3);
  });
});

describe('migration v2 → v3', () => {
  it('adds the quarantine store on a database filled at v2 and keeps every record', async () => {
    const name = freshName();
    const v2 = await openRapportDb({ name, version: 2 });
    const { meeting, acks } = toStoredMeeting('m1', meetingSummary());
    await createStore(v2).saveFinishedMeeting(meeting, acks, null);
    await v2.put('reflections', { meetingId: 'm1', data: { note: 'kept' } });
    v2.close();

    const v3 = await openRapportDb({ name });
    expect(v3.version).toBe(3);
    expect([...v3.objectStoreNames]).toContain('quarantine');
    expect([...v3.transaction('quarantine').store.indexNames]).toEqual(['setAside']);
    const store = createStore(v3);
    expect(await store.meetings.get('m1')).toEqual(meeting);
    expect(await store.acks.forMeeting('m1')).toHaveLength(acks.length);
    expect(await store.reflections.get('m1')).toEqual({ note: 'kept' });
    expect(await store.quarantine.list()).toEqual([]);
    expect((await store.usage()).damaged).toBe(0);
    v3.close();
  });
});
