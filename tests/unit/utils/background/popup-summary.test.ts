import { beforeEach, describe, expect, it } from 'vitest';
import { POPUP_RECENT, type PopupSummary } from '@/utils/background/popup-summary';
import { openStore, type Store } from '@/utils/store';
import { addMeeting, freshName, MIN, meetingEvents, T0 } from '../store/helpers';
import { ManualClock, MEET_SENDER, makeService, PAGE_SENDER, unwrap } from './harness';

type Service = ReturnType<typeof makeService>;

const popup = async (service: Service) =>
  unwrap<PopupSummary>(await service.handle({ type: 'ui:popup' }, PAGE_SENDER));
const ids = (s: PopupSummary) => s.recent.map((e) => e.meeting.id);
const reflection = (meetingId: string) => ({
  meetingId,
  savedAt: T0,
  ratings: { room: 4, interest: null },
  note: 'Ask Ada first next time.',
  intention: 'Invite Ada in early',
  promptIds: [],
});

describe('the popup summary (ui:popup)', () => {
  let store: Store;
  let clock: ManualClock;
  let service: Service;
  beforeEach(async () => {
    store = await openStore({ name: freshName() });
    clock = new ManualClock(T0 + 24 * 60 * MIN);
    service = makeService(store, clock);
  });

  it('an empty store: no meetings, the default switch and read mark', async () => {
    expect(await popup(service)).toEqual({
      tracking: true,
      reflectionsReadUpTo: 0,
      recent: [],
      hasMore: false,
      live: [],
    });
  });

  it('holds the newest meetings, newest first, with acks, and says when there are more', async () => {
    for (let i = 0; i < POPUP_RECENT + 2; i++)
      await addMeeting(store, `m${i}`, { startedAt: T0 + i * 60 * MIN });
    const s = await popup(service);
    expect(ids(s)).toEqual(['m6', 'm5', 'm4', 'm3', 'm2']);
    expect(s.hasMore).toBe(true);
    expect(s.recent[0]!.acks.length).toBe(2);
    expect(s.recent[0]!.saved).toBeNull();
  });

  it('is answered from memory when nothing was written in between', async () => {
    await addMeeting(store, 'm1');
    const first = await popup(service);
    const reads = service.popupSummary.reads;
    expect(await popup(service)).toEqual(first);
    expect(service.popupSummary.reads).toBe(reads);
  });

  it('is updated when a call is finalised', async () => {
    expect((await popup(service)).recent).toEqual([]);
    const events = meetingEvents({ startedAt: T0, others: ['Ada Lovelace'] });
    const reply = await service.handle(
      { type: 'cs:events', sessionId: 'session_0001', platform: 'meet', firstSeq: 1, events },
      MEET_SENDER,
    );
    expect(reply.ok).toBe(true);
    const s = await popup(service);
    expect(ids(s)).toEqual(['session_0001']);
    expect(s.recent[0]!.meeting.people).toContain('ada lovelace');
  });

  it('is updated when a meeting is deleted, and when everything is deleted', async () => {
    await addMeeting(store, 'old', { startedAt: T0 });
    await addMeeting(store, 'new', { startedAt: T0 + 60 * MIN });
    expect(ids(await popup(service))).toEqual(['new', 'old']);
    unwrap(await service.handle({ type: 'ui:delete-meeting', id: 'new' }, PAGE_SENDER));
    expect(ids(await popup(service))).toEqual(['old']);
    unwrap(await service.handle({ type: 'ui:delete-all' }, PAGE_SENDER));
    expect(await popup(service)).toMatchObject({ recent: [], hasMore: false });
  });

  it('is updated when meetings are imported', async () => {
    const sourceStore = await openStore({ name: freshName() });
    await addMeeting(sourceStore, 'imported', { startedAt: T0 + 5 * MIN });
    const file = await sourceStore.exportAll(clock.t);
    expect(await popup(service)).toMatchObject({ recent: [] });
    unwrap(await service.handle({ type: 'ui:import', data: file }, PAGE_SENDER));
    expect(ids(await popup(service))).toEqual(['imported']);
  });

  it('carries a saved reflection once it is saved, and drops one that fails the schema', async () => {
    await addMeeting(store, 'm1', { startedAt: T0 });
    await addMeeting(store, 'm2', { startedAt: T0 + 60 * MIN });
    expect((await popup(service)).recent[0]!.saved).toBeNull();
    unwrap(
      await service.handle({ type: 'ui:put-reflection', id: 'm2', data: reflection('m2') }, PAGE_SENDER),
    );
    // The background stores any object (the page validates before sending); the popup must not trust it.
    unwrap(
      await service.handle(
        { type: 'ui:put-reflection', id: 'm1', data: { ...reflection('m1'), ratings: { room: 9 } } },
        PAGE_SENDER,
      ),
    );
    const s = await popup(service);
    expect(s.recent[0]!.saved).toEqual(reflection('m2'));
    expect(s.recent[1]!.saved).toBeNull();
  });

  it('follows the tracking switch and the read mark', async () => {
    await addMeeting(store, 'm1', { startedAt: T0 });
    expect(await popup(service)).toMatchObject({ tracking: true, reflectionsReadUpTo: 0 });
    unwrap(await service.handle({ type: 'ui:set-settings', patch: { tracking: false } }, PAGE_SENDER));
    expect((await popup(service)).tracking).toBe(false);
    unwrap(await service.handle({ type: 'ui:mark-read', upTo: T0 }, PAGE_SENDER));
    expect((await popup(service)).reflectionsReadUpTo).toBe(T0);
  });

  it('a failed read is not remembered', async () => {
    await addMeeting(store, 'm1');
    const list = store.meetings.list;
    store.meetings.list = async () => {
      throw new Error('disk on fire');
    };
    expect((await service.handle({ type: 'ui:popup' }, PAGE_SENDER)).ok).toBe(false);
    store.meetings.list = list;
    expect(ids(await popup(service))).toEqual(['m1']);
  });

  it('is refused to a content script', async () => {
    const reply = await service.handle({ type: 'ui:popup' }, MEET_SENDER);
    expect(reply).toEqual({ ok: false, error: 'Sender not allowed for ui:popup' });
  });
});
