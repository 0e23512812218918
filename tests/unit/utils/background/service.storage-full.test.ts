/**
 * Storage full (issue 24, point 5): IndexedDB writes fail with `QuotaExceededError` mid-call. On the real
 * background service over fake-indexeddb, with the tab's real batcher. The failure is injected where the
 * browser produces it: an object store `put` whose transaction then aborts with `QuotaExceededError`
 * (everything in it rolled back, as IndexedDB does when the quota is hit).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEventBatcher } from '@/utils/content/event-batcher';
import { restoreState } from '@/utils/meeting/checkpoint';
import type { MeetingEvent } from '@/utils/meeting/events';
import { openStore, parseExport, type StorageUsage, type Store, toStoredMeeting } from '@/utils/store';
import { freshName, MIN, meetingSummary, T0 } from '../store/helpers';
import {
  type EventsReply,
  ManualClock,
  MEET_SENDER,
  makeService,
  PAGE_SENDER,
  referenceSummary,
  unwrap,
} from './harness';

const SESSION = 'session_full';

/** Three people taking 15 s turns every 20 s, acknowledgements now and then, ending at `minutes`. */
function call(minutes: number): MeetingEvent[] {
  const ev: MeetingEvent[] = [
    { type: 'call.started', t: T0, platform: 'meet', meetingCode: 'abc-defg-hij', title: 'Weekly' },
    { type: 'participant.joined', t: T0, id: 'me', name: 'Sam', isSelf: true },
    { type: 'participant.joined', t: T0 + 500, id: 'a', name: 'Ada', isSelf: false },
    { type: 'participant.joined', t: T0 + 700, id: 'b', name: 'Bob', isSelf: false },
  ];
  const ids = ['me', 'a', 'b'];
  let k = 0;
  for (let t = T0 + 2000; t < T0 + minutes * MIN - 5000; t += 20_000, k++) {
    const id = ids[k % 3]!;
    ev.push({ type: 'speaking.started', t, id }, { type: 'speaking.stopped', t: t + 15_000, id });
    if (k % 4 === 0)
      ev.push({
        type: 'ack',
        t: t + 16_000,
        fromId: id,
        toId: ids[(k + 1) % 3]!,
        kind: 'thanks',
        source: 'chat',
      });
  }
  ev.push({ type: 'call.ended', t: T0 + minutes * MIN, reason: 'left' });
  return ev;
}

/** Storage is full while `full.on`: every put in these stores aborts its transaction with the quota error. */
const full = { on: false, stores: new Set(['checkpoints', 'meetings', 'acknowledgements']) };
const proto = (globalThis as unknown as { IDBObjectStore: { prototype: IDBObjectStore } }).IDBObjectStore
  .prototype;
const originalPut = proto.put;

describe('storage full mid-call', () => {
  let store: Store;
  let clock: ManualClock;
  beforeEach(async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    store = await openStore({ name: freshName() });
    clock = new ManualClock(T0);
    proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const req = originalPut.apply(this, args);
      if (full.on && full.stores.has(this.name)) {
        // Like a browser at the quota: the write is refused when it lands and the whole transaction aborts
        // with QuotaExceededError (fake-indexeddb's own abort step, with that error).
        const tx = this.transaction as unknown as { _abort(name: string): void; _state?: string };
        req.addEventListener('success', () => tx._abort('QuotaExceededError'), { once: true });
      }
      return req;
    } as IDBObjectStore['put'];
  });
  afterEach(() => {
    proto.put = originalPut;
    full.on = false;
    vi.restoreAllMocks();
  });

  it('recording goes on in memory, overlay and options are told, nothing partial is written, export works; all is written when space returns', async () => {
    // One meeting from before, which the export must keep offering.
    const earlier = toStoredMeeting('earlier', meetingSummary({ startedAt: T0 - 86_400_000 }));
    await store.saveFinishedMeeting(earlier.meeting, earlier.acks, null);
    const service = makeService(store, clock);
    const batcher = createEventBatcher({
      sessionId: SESSION,
      platform: 'meet',
      timers: { setInterval: () => 0, clearInterval: () => undefined },
      now: () => clock.t,
      send: async (m) => unwrap<EventsReply>(await service.handle(m, MEET_SENDER)),
    });
    const events = call(6);
    const end = events.at(-1)!.t;
    const play = async (from: number, to: number) => {
      for (let t = from; t < to; t += 1500) {
        for (const e of events) if (e.t >= t - 1500 && e.t < t) batcher.push(e);
        await clock.advance(Math.max(0, t - clock.t), () => service.idle());
        await batcher.flush('timer');
      }
    };
    const usage = async () =>
      unwrap<StorageUsage>(await service.handle({ type: 'ui:storage-usage' }, PAGE_SENDER));

    await play(T0 + 1500, T0 + 2 * MIN);
    await service.idle();
    const before = await store.checkpoints.get(SESSION);
    expect(before).toBeDefined();
    expect(batcher.stats().storage).toBeNull();

    full.on = true;
    await play(T0 + 2 * MIN, end + 3000); // the rest of the call, its end included
    await service.idle();
    // The tab and the options page are told; the overlay reads the batcher's `storage`.
    expect(batcher.stats().storage).toBe('full');
    expect((await usage()).writeTrouble).toBe('full');
    // Nothing partial: no meeting, no acknowledgements of it, and the checkpoint on disk is the last good
    // one, which still restores.
    expect(await store.meetings.get(SESSION)).toBeUndefined();
    expect(await store.acks.forMeeting(SESSION)).toEqual([]);
    const onDisk = await store.checkpoints.get(SESSION);
    expect(onDisk?.appliedSeq).toBe(before?.appliedSeq);
    expect(() => restoreState(onDisk?.state)).not.toThrow();
    // The tab keeps every event that is not on disk.
    expect(batcher.stats().queued).toBeGreaterThan(0);
    // Export still works while full, and is a valid file.
    const file = unwrap<unknown>(await service.handle({ type: 'ui:export' }, PAGE_SENDER));
    const parsed = parseExport(file);
    expect(parsed.ok && parsed.file.meetings.map((m) => m.id)).toEqual(['earlier']);
    // Retries are spaced, not a loop: a minute of full disk is a handful of attempts.
    const saves = vi.spyOn(store, 'saveFinishedMeeting');
    await clock.advance(MIN, () => service.idle());
    expect(saves.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(saves.mock.calls.length).toBeLessThanOrEqual(7); // every 10 s (retryMs)
    saves.mockRestore();

    full.on = false;
    await clock.advance(15_000, () => service.idle());
    await service.idle();
    const saved = await store.meetings.get(SESSION);
    expect(saved?.participants).toEqual(referenceSummary(events).participants);
    expect(await store.acks.forMeeting(SESSION)).toHaveLength(referenceSummary(events).acks.length);
    expect(await store.checkpoints.get(SESSION)).toBeUndefined();
    expect((await usage()).writeTrouble).toBeUndefined();
    // The tab learns it on its next send and lets go of everything.
    await batcher.flush('manual');
    expect(batcher.stats().storage).toBeNull();
    expect(batcher.stats().queued).toBe(0);
  });
});
